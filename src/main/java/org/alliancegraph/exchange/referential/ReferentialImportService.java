package org.alliancegraph.exchange.referential;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.alliancegraph.exchange.importing.ImportResult;
import org.alliancegraph.history.ChangeSource;
import org.alliancegraph.neo4j.DataVersion;
import org.alliancegraph.write.ExistingKeys;
import org.alliancegraph.write.EntitySnapshot;
import org.alliancegraph.write.GraphWrites;
import org.alliancegraph.write.WriteOutcome;
import org.alliancegraph.web.InputErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * Imports the French territory referential (régions, départements, EPCI, communes actuelles; see
 * {@link TerritoryReferential}) all or nothing: the files are read and checked first, every error reported
 * with its file, record and field; then the territories are upserted by code in one transaction, with
 * batched {@code UNWIND} statements. A territory already as in the files is not touched, so a second run
 * changes nothing.
 *
 * <p>Unlike the import document, which replaces a territory's links wholesale, this import owns only the
 * official facts: name, level, population, former codes, and the PART_OF links to régions, départements and
 * EPCI. Need indicators and links to custom areas, which users add, are kept.
 */
@Service
public class ReferentialImportService {

	private static final Logger log = LoggerFactory.getLogger(ReferentialImportService.class);

	/** The facts this import owns of the stored territories of a batch. */
	private static final String STORED = """
			UNWIND $codes AS c
			MATCH (t:Territory {code: c})
			RETURN t.code AS code, t.name AS name, t.level AS level, t.population AS population,
			       t.formerCodes AS formerCodes, t.version AS version,
			       COLLECT { MATCH (t)-[:PART_OF]->(p) WHERE p.level <> 'CUSTOM' RETURN p.code ORDER BY p.code }
			         AS partOf""";

	private static final String WRITE_TERRITORIES = """
			UNWIND $rows AS row
			MERGE (t:Territory {code: row.code})
			SET t.name = row.name, t.level = row.level, t.population = row.population, t.formerCodes = row.formerCodes,
			    t.version = row.version""";

	/** Official PART_OF links only: those to custom areas are the users'. */
	private static final String WRITE_OFFICIAL_PARENTS = """
			UNWIND $rows AS row
			MATCH (t:Territory {code: row.code})
			CALL (t) {
			  MATCH (t)-[old:PART_OF]->(p) WHERE p.level <> 'CUSTOM'
			  DELETE old
			}
			CALL (t, row) {
			  UNWIND row.partOf AS parentCode
			  MATCH (p:Territory {code: parentCode})
			  MERGE (t)-[:PART_OF]->(p)
			}""";

	private static final int BATCH = 5_000;

	private final TerritoryReferential referential;

	private final ExistingKeys existingKeys;

	private final Neo4jClient neo4j;

	private final DataVersion dataVersion;

	private final GraphWrites writes;

	ReferentialImportService(JsonMapper json, ExistingKeys existingKeys, Neo4jClient neo4j, DataVersion dataVersion,
			GraphWrites writes) {
		this.referential = new TerritoryReferential(json);
		this.existingKeys = existingKeys;
		this.neo4j = neo4j;
		this.dataVersion = dataVersion;
		this.writes = writes;
	}

	/**
	 * Reads, checks and (unless {@code dryRun}) writes the referential.
	 *
	 * @throws org.alliancegraph.web.InvalidInputException (422) with every error, nothing written
	 */
	public ImportResult apply(ReferentialFiles files, boolean dryRun) throws IOException {
		long start = System.nanoTime();
		InputErrors errors = new InputErrors();
		List<String> missing = files.missing();
		missing.forEach(name -> errors.add(name, null, "fichier manquant : le référentiel se compose de "
				+ String.join(", ", ReferentialFiles.NAMES)));
		errors.throwIfAny();
		TerritoryReferential.Content content = referential.read(files, existingKeys::territories, errors);
		errors.throwIfAny();
		long read = System.nanoTime();
		ImportResult result = dryRun ? writes.rehearse(() -> write(content.entries(), true))
				: writes.write(() -> write(content.entries(), false));
		log.info("Référentiel territorial : {} régions, {} départements, {} EPCI, {} communes actuelles ({} autres"
				+ " enregistrements ignorés, {} membres d'EPCI hors fichier) ; {} créés, {} modifiés, {} inchangés ;"
				+ " lecture {} ms, écriture {} ms{}", content.count("REGION"), content.count("DEPARTEMENT"),
				content.count("EPCI"), content.count("COMMUNE"), content.skippedCommunes(), content.membersOutside(),
				result.created(), result.updated(), result.unchanged(), (read - start) / 1_000_000,
				(System.nanoTime() - read) / 1_000_000, dryRun ? " (essai à blanc)" : "");
		return result;
	}

	private ImportResult write(List<TerritoryReferential.Entry> entries, boolean dryRun) {
		ImportResult.Tally tally = new ImportResult.Tally();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int from = 0; from < entries.size(); from += BATCH) {
			List<TerritoryReferential.Entry> batch = entries.subList(from, Math.min(entries.size(), from + BATCH));
			Map<String, Map<String, Object>> stored = new HashMap<>();
			neo4j.query(STORED)
				.bind(batch.stream().map(TerritoryReferential.Entry::code).toList())
				.to("codes")
				.fetch()
				.all()
				.forEach(row -> stored.put((String) row.get("code"), row));
			for (TerritoryReferential.Entry entry : batch) {
				Map<String, Object> current = stored.get(entry.code());
				WriteOutcome outcome = current == null ? WriteOutcome.CREATED
						: same(entry, current) ? WriteOutcome.UNCHANGED : WriteOutcome.UPDATED;
				tally.add(kind(entry.level()), outcome);
				if (outcome != WriteOutcome.UNCHANGED) {
					Long version = current == null ? null : (Long) current.get("version");
					rows.add(row(entry, version == null ? 0L : version + 1));
				}
			}
		}
		// the history records each changed territory's whole content, as the API's writes do
		EntitySnapshot changed = writes.snapshot("territory", rows.stream().map(r -> (String) r.get("code")).toList());
		for (int from = 0; from < rows.size(); from += BATCH) {
			neo4j.query(WRITE_TERRITORIES).bind(rows.subList(from, Math.min(rows.size(), from + BATCH))).to("rows").run();
		}
		for (int from = 0; from < rows.size(); from += BATCH) {
			neo4j.query(WRITE_OFFICIAL_PARENTS).bind(rows.subList(from, Math.min(rows.size(), from + BATCH)))
				.to("rows")
				.run();
		}
		if (!rows.isEmpty()) {
			dataVersion.bump();
			changed.record(ChangeSource.REFERENTIAL);
		}
		return tally.result(dryRun);
	}

	private static boolean same(TerritoryReferential.Entry entry, Map<String, Object> stored) {
		List<?> former = (List<?>) stored.get("formerCodes");
		return entry.name().equals(stored.get("name")) && entry.level().equals(stored.get("level"))
				&& Objects.equals(entry.population(), stored.get("population"))
				&& entry.partOf().equals(stored.get("partOf"))
				&& entry.formerCodes().equals(former == null ? List.of() : former);
	}

	private static Map<String, Object> row(TerritoryReferential.Entry entry, long version) {
		Map<String, Object> row = new HashMap<>();
		row.put("code", entry.code());
		row.put("name", entry.name());
		row.put("level", entry.level());
		row.put("population", entry.population());
		row.put("formerCodes", entry.formerCodes().isEmpty() ? null : entry.formerCodes());
		row.put("partOf", entry.partOf());
		row.put("version", version);
		return row;
	}

	/** The counts' keys: "regions", "departements", "epci", "communes", as the files are named. */
	private static String kind(String level) {
		return switch (level) {
			case "EPCI" -> "epci";
			default -> level.toLowerCase(Locale.ROOT) + "s";
		};
	}
}
