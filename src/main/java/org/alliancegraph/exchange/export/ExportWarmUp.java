package org.alliancegraph.exchange.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.alliancegraph.territory.WarmUp;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON and CSV documents of a small territory, written once after a start to nowhere: the first export a user
 * asks for then finds the reads of territories, actors, projects and partnerships planned and their writers compiled.
 */
@Component
@Order(2)
class ExportWarmUp implements WarmUp {

	private final DocumentExport documents;

	private final JsonMapper json;

	ExportWarmUp(DocumentExport documents, JsonMapper json) {
		this.documents = documents;
		this.json = json;
	}

	@Override
	public void warmUp(String code) {
		JsonDocumentWriter.write(json, documents.content(code), OutputStream.nullOutputStream());
		try {
			CsvDocumentWriter.write(documents.content(code), OutputStream.nullOutputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
