package org.alliancegraph.exchange.export;

import java.io.OutputStream;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** The import document as JSON, one entry at a time: {@code {"territories": [...], "actors": [...], ...}}. */
final class JsonDocumentWriter {

	private JsonDocumentWriter() {
	}

	static void write(JsonMapper json, DocumentExport.Content content, OutputStream out) {
		try (JsonGenerator generator = json.createGenerator(out)) {
			generator.writeStartObject();
			generator.writeName("territories");
			generator.writeStartArray();
			content.territories(generator::writePOJO);
			generator.writeEndArray();
			generator.writeName("actors");
			generator.writeStartArray();
			content.actors(generator::writePOJO);
			generator.writeEndArray();
			generator.writeName("projects");
			generator.writeStartArray();
			content.projects(generator::writePOJO);
			generator.writeEndArray();
			generator.writeName("partnerships");
			generator.writeStartArray();
			content.partnerships(generator::writePOJO);
			generator.writeEndArray();
			generator.writeEndObject();
		}
	}
}
