package org.alliancegraph.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.alliancegraph.actor.ActorService;
import org.alliancegraph.neo4j.PendingKeys;
import org.alliancegraph.neo4j.WriteOutcome;
import org.alliancegraph.partnership.PartnershipService;
import org.alliancegraph.project.ProjectService;
import org.alliancegraph.territory.TerritoryRequest;
import org.alliancegraph.territory.TerritoryService;
import org.alliancegraph.web.InputError;
import org.alliancegraph.web.InputErrors;
import org.alliancegraph.web.InvalidInputException;
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

	ImportService(TerritoryService territories, ActorService actors, ProjectService projects,
			PartnershipService partnerships, PlatformTransactionManager transactionManager) {
		this.territories = territories;
		this.actors = actors;
		this.projects = projects;
		this.partnerships = partnerships;
		this.transaction = new TransactionTemplate(transactionManager);
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
