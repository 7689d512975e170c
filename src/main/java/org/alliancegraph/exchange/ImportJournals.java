package org.alliancegraph.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alliancegraph.actor.ActorRequest;
import org.alliancegraph.actor.ActorService;
import org.alliancegraph.neo4j.DataVersion;
import org.alliancegraph.neo4j.GraphWrites;
import org.alliancegraph.neo4j.InitialData;
import org.alliancegraph.partnership.PartnershipRequest;
import org.alliancegraph.partnership.PartnershipService;
import org.alliancegraph.project.ProjectRequest;
import org.alliancegraph.project.ProjectService;
import org.alliancegraph.territory.TerritoryRequest;
import org.alliancegraph.territory.TerritoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The journals of large imports ({@link ImportJournal}), in {@code alliance.import.work-dir}: opened when an
 * import starts writing, undone when it fails, and, at start-up, undone for every import a stop cut short, before
 * anything else reads the database — so a large import is all or nothing even across a crash.
 */
@Component
@Order(10)
class ImportJournals implements InitialData {

	private static final Logger log = LoggerFactory.getLogger(ImportJournals.class);

	/** Deletes what an import created, by key; one statement a section so that each uses its key's index. */
	private static final Map<String, String> DELETE = Map.of(
			"territories", "UNWIND $keys AS k MATCH (n:Territory {code: k}) DETACH DELETE n",
			"actors", "UNWIND $keys AS k MATCH (n:Actor {id: k}) DETACH DELETE n",
			"projects", "UNWIND $keys AS k MATCH (n:Project {id: k}) DETACH DELETE n",
			"partnerships", "UNWIND $keys AS k MATCH (n:Partnership {id: k}) DETACH DELETE n");

	private final Path folder;

	private final JsonMapper json;

	private final Neo4jClient neo4j;

	private final GraphWrites writes;

	private final DataVersion dataVersion;

	private final TerritoryService territories;

	private final ActorService actors;

	private final ProjectService projects;

	private final PartnershipService partnerships;

	ImportJournals(ImportProperties properties, JsonMapper json,
			Neo4jClient neo4j, GraphWrites writes, DataVersion dataVersion,
			TerritoryService territories, ActorService actors, ProjectService projects,
			PartnershipService partnerships) {
		this.folder = properties.workDir().resolve("journals");
		this.json = json;
		this.neo4j = neo4j;
		this.writes = writes;
		this.dataVersion = dataVersion;
		this.territories = territories;
		this.actors = actors;
		this.projects = projects;
		this.partnerships = partnerships;
	}

	/** A new journal for the import {@code id}. */
	ImportJournal open(String id) throws IOException {
		return ImportJournal.create(folder.resolve(id + ".journal"), json);
	}

	/** Forgets the journal of an import that finished. */
	void finished(ImportJournal journal) throws IOException {
		journal.done();
		journal.close();
		Files.deleteIfExists(journal.file());
	}

	/** Undoes what the journal's import wrote, then forgets the journal. */
	void undo(ImportJournal journal) throws IOException {
		journal.close();
		undo(journal.file());
	}

	/** At start-up: undoes the imports a stop cut short. */
	@Override
	public void load() {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (DirectoryStream<Path> journals = Files.newDirectoryStream(folder, "*.journal")) {
			for (Path file : journals) {
				if (ImportJournal.each(file, json, line -> {
				})) {
					Files.delete(file);
					continue;
				}
				log.warn("Import interrompu par un arrêt : annulation de ce qu'il avait écrit ({}) / undoing an"
						+ " import cut short by a stop", file.getFileName());
				undo(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Deletes what the import created and writes back what it replaced, one journal line a transaction. Deleting
	 * detaches, and what was replaced references only what existed before the import, so the order of the lines
	 * does not matter.
	 */
	private void undo(Path file) throws IOException {
		ImportJournal.each(file, json, line -> {
			if (line.has("done")) {
				return;
			}
			ImportSection<?> section = ImportSection.named(line.get("section").asString());
			writes.write(() -> {
				if (line.has("created")) {
					List<String> keys = new ArrayList<>();
					line.get("created").forEach(k -> keys.add(k.asString()));
					neo4j.query(DELETE.get(section.name())).bind(keys).to("keys").run();
					dataVersion.bump();
				}
				else {
					restore(section, line.get("replaced"));
				}
			});
		});
		Files.delete(file);
	}

	private void restore(ImportSection<?> section, JsonNode stored) {
		switch (section.name()) {
			case "territories" -> territories.upsertAll(list(stored, TerritoryRequest.class));
			case "actors" -> actors.upsertAll(list(stored, ActorRequest.class));
			case "projects" -> projects.upsertAll(list(stored, ProjectRequest.class));
			default -> partnerships.upsertAll(list(stored, PartnershipRequest.class));
		}
	}

	private <T> List<T> list(JsonNode nodes, Class<T> type) {
		List<T> list = new ArrayList<>();
		nodes.forEach(n -> list.add(json.treeToValue(n, type)));
		return list;
	}
}
