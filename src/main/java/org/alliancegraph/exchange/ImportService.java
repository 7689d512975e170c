package org.alliancegraph.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.alliancegraph.actor.ActorService;
import org.alliancegraph.neo4j.DataVersion;
import org.alliancegraph.neo4j.ExistingKeys;
import org.alliancegraph.neo4j.PendingKeys;
import org.alliancegraph.neo4j.WriteOutcome;
import org.alliancegraph.partnership.PartnershipService;
import org.alliancegraph.project.ProjectService;
import org.alliancegraph.territory.TerritoryRequest;
import org.alliancegraph.territory.TerritoryService;
import org.alliancegraph.web.InputError;
import org.alliancegraph.web.InputErrors;
import org.alliancegraph.web.InvalidInputException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies an import document all or nothing: every entry is validated first (errors reported together,
 * with their paths), then everything is upserted in one transaction. Upserts are by key and skip entries
 * already as in the document, so importing the same document twice creates and updates nothing the
 * second time. A dry run does the same work in a transaction that is rolled back, so its counts are exact.
 */
@Service
public class ImportService {

	private final TerritoryService territories;

	private final ActorService actors;

	private final ProjectService projects;

	private final PartnershipService partnerships;

	private final TransactionTemplate transaction;

	/** Entries per upsert call: each call is a few statements, and progress moves between calls. */
	private static final int WRITE_CHUNK = 5_000;

	/** Deletes what a first load created, by key, when it fails half-way (see {@link #applyAsJob}). */
	private static final Map<String, String> UNDO = Map.of(
			"partnerships", "UNWIND $keys AS k MATCH (n:Partnership {id: k}) DETACH DELETE n",
			"projects", "UNWIND $keys AS k MATCH (n:Project {id: k}) DETACH DELETE n",
			"actors", "UNWIND $keys AS k MATCH (n:Actor {id: k}) DETACH DELETE n",
			"territories", "UNWIND $keys AS k MATCH (n:Territory {code: k}) DETACH DELETE n");

	private static final int UNDO_CHUNK = 10_000;

	private final ExistingKeys existing;

	private final Neo4jClient neo4j;

	private final DataVersion dataVersion;

	ImportService(TerritoryService territories, ActorService actors, ProjectService projects,
			PartnershipService partnerships, PlatformTransactionManager transactionManager, ExistingKeys existing,
			Neo4jClient neo4j, DataVersion dataVersion) {
		this.territories = territories;
		this.actors = actors;
		this.projects = projects;
		this.partnerships = partnerships;
		this.transaction = new TransactionTemplate(transactionManager);
		this.existing = existing;
		this.neo4j = neo4j;
		this.dataVersion = dataVersion;
	}

	/**
	 * The import of a job. When none of the document's keys is in the database yet (a first load, the usual
	 * large import), one transaction for hundreds of thousands of entries would hold them all in the embedded
	 * server's memory and take long to commit; so the document is validated first, as always, then written chunk
	 * by chunk, each chunk in its own transaction, remembering every key it created; if a chunk fails, what the
	 * job created is deleted by key and the job fails: nothing stays half-written. Other readers may see the load
	 * grow while it runs. When some key exists already (an update), or for a dry run, the whole document is
	 * written in one transaction as by {@link #apply(ImportDocument, boolean)}.
	 */
	ImportResult applyAsJob(ImportDocument document, boolean dryRun, ImportProgress progress) {
		if (dryRun || anyExists(document)) {
			return apply(document, dryRun, progress);
		}
		List<InputError> errors = check(document);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		progress.validated(document.size());
		ImportResult.Tally tally = new ImportResult.Tally();
		Map<String, List<String>> created = new LinkedHashMap<>();
		try {
			chunks(document.territories(), Integer.MAX_VALUE, territories::upsertAll, TerritoryRequest::code,
					"territories", tally, created, progress);
			chunks(document.actors(), WRITE_CHUNK, actors::upsertAll, a -> a.id(), "actors", tally, created, progress);
			chunks(document.projects(), WRITE_CHUNK, projects::upsertAll, p -> p.id(), "projects", tally, created,
					progress);
			chunks(document.partnerships(), WRITE_CHUNK, partnerships::upsertAll, x -> x.id(), "partnerships", tally,
					created, progress);
		}
		catch (RuntimeException ex) {
			undo(created);
			throw ex;
		}
		return tally.result(false);
	}

	private boolean anyExists(ImportDocument document) {
		return !existing.territories(document.territories().stream().map(TerritoryRequest::code).toList()).isEmpty()
				|| !existing.actors(document.actors().stream().map(a -> a.id()).toList()).isEmpty()
				|| !existing.projects(document.projects().stream().map(p -> p.id()).toList()).isEmpty()
				|| !existing.partnerships(document.partnerships().stream().map(x -> x.id()).toList()).isEmpty();
	}

	/** Writes a section, each chunk in its own transaction; the keys it created go to {@code created}. */
	private <T> void chunks(List<T> entries, int size, Function<List<T>, List<WriteOutcome>> upsertAll,
			Function<T, String> key, String kind, ImportResult.Tally tally, Map<String, List<String>> created,
			ImportProgress progress) {
		for (int from = 0; from < entries.size(); from += size) {
			List<T> chunk = entries.subList(from, (int) Math.min(entries.size(), (long) from + size));
			List<WriteOutcome> outcomes = transaction.execute(status -> upsertAll.apply(chunk));
			for (int i = 0; i < chunk.size(); i++) {
				tally.add(kind, outcomes.get(i));
				if (outcomes.get(i) == WriteOutcome.CREATED) {
					created.computeIfAbsent(kind, k -> new ArrayList<>()).add(key.apply(chunk.get(i)));
				}
			}
			progress.written(chunk.size());
		}
	}

	/** Deletes what was created, the last written first, in chunks. */
	private void undo(Map<String, List<String>> created) {
		for (String kind : List.of("partnerships", "projects", "actors", "territories")) {
			List<String> keys = created.getOrDefault(kind, List.of());
			for (int from = 0; from < keys.size(); from += UNDO_CHUNK) {
				List<String> chunk = keys.subList(from, Math.min(keys.size(), from + UNDO_CHUNK));
				transaction.executeWithoutResult(status -> neo4j.query(UNDO.get(kind)).bind(chunk).to("keys").run());
			}
		}
		transaction.executeWithoutResult(status -> dataVersion.bump());
	}

	public ImportResult apply(ImportDocument document, boolean dryRun) {
		return apply(document, dryRun, ImportProgress.NONE);
	}

	/**
	 * Validates then writes, all or nothing, in one transaction.
	 *
	 * @param progress told how many entries have been validated, then written
	 */
	ImportResult apply(ImportDocument document, boolean dryRun, ImportProgress progress) {
		return transaction.execute(status -> {
			List<InputError> errors = check(document);
			if (!errors.isEmpty()) {
				throw new InvalidInputException(errors);
			}
			progress.validated(document.size());
			ImportResult.Tally tally = new ImportResult.Tally();
			territories.upsertAll(document.territories()).forEach(outcome -> tally.add("territories", outcome));
			progress.written(document.territories().size());
			write(document.actors(), actors::upsertAll, "actors", tally, progress);
			write(document.projects(), projects::upsertAll, "projects", tally, progress);
			write(document.partnerships(), partnerships::upsertAll, "partnerships", tally, progress);
			if (dryRun) {
				status.setRollbackOnly();
			}
			return tally.result(dryRun);
		});
	}

	/**
	 * Every error of a document, with its path ({@code actors[3].sector}), nothing thrown. Territories go in
	 * one batch, since a batch writes all its nodes before their PART_OF links.
	 */
	List<InputError> check(ImportDocument document) {
		InputErrors errors = new InputErrors();
		validate(document, errors);
		return errors.list();
	}

	/** Upserts a section in chunks, so that progress moves while a large import writes. */
	private static <T> void write(List<T> entries, Function<List<T>, List<WriteOutcome>> upsertAll, String kind,
			ImportResult.Tally tally, ImportProgress progress) {
		for (int from = 0; from < entries.size(); from += WRITE_CHUNK) {
			List<T> chunk = entries.subList(from, Math.min(entries.size(), from + WRITE_CHUNK));
			upsertAll.apply(chunk).forEach(outcome -> tally.add(kind, outcome));
			progress.written(chunk.size());
		}
	}

	private void validate(ImportDocument document, InputErrors errors) {
		Set<String> territoryCodes = uniqueKeys(document.territories(), TerritoryRequest::code, "territories", "code",
				errors);
		Set<String> actorIds = uniqueKeys(document.actors(), a -> a.id(), "actors", "id", errors);
		Set<String> projectIds = uniqueKeys(document.projects(), p -> p.id(), "projects", "id", errors);
		uniqueKeys(document.partnerships(), p -> p.id(), "partnerships", "id", errors);
		PendingKeys pending = new PendingKeys(territoryCodes, actorIds, projectIds);
		territories.validate(document.territories(), pending, errors.at("territories"),
				i -> errors.at("territories[" + i + "]"));
		actors.validate(document.actors(), pending, errors.at("actors"), i -> errors.at("actors[" + i + "]"));
		projects.validate(document.projects(), pending, errors.at("projects"), i -> errors.at("projects[" + i + "]"));
		partnerships.validate(document.partnerships(), pending, errors.at("partnerships"),
				i -> errors.at("partnerships[" + i + "]"));
	}

	/** The keys of one section; a key given twice is an error at its second place. */
	private static <T> Set<String> uniqueKeys(List<T> entries, Function<T, String> key, String section, String field,
			InputErrors errors) {
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			String k = key.apply(entries.get(i));
			if (k == null) {
				continue;
			}
			Integer first = seen.putIfAbsent(k, i);
			if (first != null) {
				errors.at(section + "[" + i + "]").add(field, k,
						"clé en double dans le document (déjà en " + section + "[" + first + "])");
			}
		}
		return seen.keySet();
	}
}
