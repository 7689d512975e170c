package org.alliancegraph.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import org.alliancegraph.neo4j.BatchedUpserts;
import org.alliancegraph.neo4j.DataVersion;
import org.alliancegraph.neo4j.ExistingKeys;
import org.alliancegraph.neo4j.GraphWrites;
import org.alliancegraph.neo4j.NodeReader;
import org.alliancegraph.neo4j.PendingKeys;
import org.alliancegraph.neo4j.WriteOutcome;
import org.alliancegraph.reference.ReferenceVocabularies;
import org.alliancegraph.reference.Vocabulary;
import org.alliancegraph.web.ConflictException;
import org.alliancegraph.web.InputErrors;
import org.alliancegraph.web.NotFoundException;
import org.alliancegraph.web.SingleWrites;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects: validation (phase, dates, referenced territories and actors, vocabularies), upserts, guarded
 * deletion. A write replaces the project's TARGETS and tag links and the CONTRIBUTES_TO and FUNDS links
 * of its actors wholesale, in one statement.
 *
 * <p>Projects are read with one Cypher projection ({@link NodeReader}) rather than mapped on {@link Project}: the
 * mapping is slow at scale, and the {@code Actor} entity belongs to the actor feature (Spring Data Neo4j refuses a
 * second entity class for the same label).
 */
@Service
public class ProjectService {

	static final String KIND = "Le projet";

	static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

	static final int MAX_DESCRIPTION = 5000;

	/**
	 * What is read of a project {@code n}: its properties, the codes it is tagged with and its actors' links, in
	 * one row. Plain Cypher rather than the repository's mapping, which would load each target with its ancestors.
	 */
	private static final String CONTENT = """
			RETURN n.id AS id, n.name AS name, n.description AS description, n.phase AS phase, n.start AS start,
			       n.end AS end, n.version AS version,
			       COLLECT { MATCH (n)-[:TARGETS]->(t:Territory) RETURN t.code } AS targets,
			       COLLECT { MATCH (n)-[:IN_DOMAIN]->(d:Domain) RETURN d.code } AS domains,
			       COLLECT { MATCH (n)-[:CONTRIBUTES_TO_SDG]->(s:Sdg) RETURN s.code } AS sdgs,
			       COLLECT { MATCH (n)-[:USES_LEVER]->(l:Lever) RETURN l.code } AS levers,
			       COLLECT { MATCH (a:Actor)-[c:CONTRIBUTES_TO]->(n)
			                 RETURN {actor: a.id, role: c.role, since: c.since, until: c.until} } AS contributors,
			       COLLECT { MATCH (a:Actor)-[f:FUNDS]->(n)
			                 RETURN {actor: a.id, amountEur: f.amountEur, year: f.year, instrument: f.instrument} }
			         AS funders""";

	private static final String WRITE = """
			UNWIND $rows AS row
			MERGE (p:Project {id: row.id})
			SET p.name = row.name, p.description = row.description, p.phase = row.phase, p.start = row.start,
			    p.end = row.end, p.version = row.version
			WITH p, row
			CALL (p) {
			  MATCH (p)-[old:TARGETS|IN_DOMAIN|CONTRIBUTES_TO_SDG|USES_LEVER]->()
			  DELETE old
			}
			CALL (p) {
			  MATCH (p)<-[old:CONTRIBUTES_TO|FUNDS]-(:Actor)
			  DELETE old
			}
			CALL (p, row) {
			  UNWIND row.targets AS code
			  MATCH (t:Territory {code: code})
			  MERGE (p)-[:TARGETS]->(t)
			}
			CALL (p, row) {
			  UNWIND row.domains AS code
			  MATCH (d:Domain {code: code})
			  MERGE (p)-[:IN_DOMAIN]->(d)
			}
			CALL (p, row) {
			  UNWIND row.sdgs AS code
			  MATCH (s:Sdg {code: code})
			  MERGE (p)-[:CONTRIBUTES_TO_SDG]->(s)
			}
			CALL (p, row) {
			  UNWIND row.levers AS code
			  MATCH (l:Lever {code: code})
			  MERGE (p)-[:USES_LEVER]->(l)
			}
			CALL (p, row) {
			  UNWIND row.contributors AS c
			  MATCH (a:Actor {id: c.actor})
			  CREATE (a)-[:CONTRIBUTES_TO {role: c.role, since: c.since, until: c.until}]->(p)
			}
			CALL (p, row) {
			  UNWIND row.funders AS f
			  MATCH (a:Actor {id: f.actor})
			  CREATE (a)-[:FUNDS {amountEur: f.amountEur, year: f.year, instrument: f.instrument}]->(p)
			}""";

	/** Projects per write statement and per lock-and-read: a large import keeps each statement bounded. */
	private static final int BATCH = 1_000;

	private static final String REFERENCES = """
			MATCH (p:Project {id: $id})
			RETURN COLLECT { MATCH (x:Partnership)-[:SUPPORTS]->(p) RETURN x.id ORDER BY x.id LIMIT 20 } AS supportedBy""";

	/** The partnerships that supported it lose a link: their version moves, so stale edits of them fail. */
	private static final String DELETE = """
			MATCH (p:Project {id: $id})
			CALL (p) {
			  MATCH (x:Partnership)-[:SUPPORTS]->(p)
			  SET x.version = x.version + 1
			}
			DETACH DELETE p""";

	private final ProjectRepository repository;

	private final Neo4jClient neo4j;

	private final NodeReader<ProjectResponse> reader;

	private final ReferenceVocabularies vocabularies;

	private final ExistingKeys existing;

	private final DataVersion dataVersion;

	private final GraphWrites writes;

	ProjectService(ProjectRepository repository, Neo4jClient neo4j, ReferenceVocabularies vocabularies,
			ExistingKeys existing, DataVersion dataVersion, GraphWrites writes) {
		this.repository = repository;
		this.neo4j = neo4j;
		this.reader = new NodeReader<>(neo4j, ProjectResponse.class, "Project", CONTENT,
				ProjectService::response, ProjectResponse::id);
		this.vocabularies = vocabularies;
		this.existing = existing;
		this.dataVersion = dataVersion;
		this.writes = writes;
	}

	/**
	 * A page of projects, ordered by name; every filter may be null.
	 *
	 * @param territory a territory code: projects that target it or a territory PART_OF it, at any depth
	 * @param q a part of the name, whatever the case
	 */
	@Transactional(readOnly = true)
	public Page<ProjectResponse> list(@Nullable String territory, @Nullable String domain, @Nullable Integer sdg,
			@Nullable String phase, @Nullable String q, Pageable pageable) {
		Page<String> ids = repository.findIds(blankToNull(territory), blankToNull(domain),
				sdg == null ? null : sdg.toString(), blankToNull(phase), blankToNull(q), pageable);
		return new PageImpl<>(reader.read(ids.getContent()), pageable, ids.getTotalElements());
	}

	/**
	 * At most {@code limit} projects whose id comes after {@code after} ({@code ""} for the first), in id order:
	 * the whole graph read page by page, each page as cheap as the first.
	 */
	@Transactional(readOnly = true)
	public List<ProjectResponse> listAfter(String after, int limit) {
		return reader.after(after, limit);
	}

	@Transactional(readOnly = true)
	public ProjectResponse get(String id) {
		List<ProjectResponse> found = reader.read(List.of(id));
		if (found.isEmpty()) {
			throw new NotFoundException(KIND, id);
		}
		return found.get(0);
	}

	@Transactional(readOnly = true)
	public boolean exists(String id) {
		return repository.existsById(id);
	}

	public ProjectResponse create(ProjectRequest request) {
		return writes.write(() -> {
			SingleWrites.validateOne(request, this::validate);
			SingleWrites.requireNew(reader.read(List.of(request.id())), ProjectResponse::version, KIND, request.id());
			upsert(request.content()); // a version has no meaning for a creation
			return get(request.id());
		});
	}

	public ProjectResponse update(String id, ProjectRequest request) {
		return writes.write(() -> {
			SingleWrites.requireAddressKey("id", request.id(), id);
			if (!repository.existsById(id)) {
				throw new NotFoundException(KIND, id);
			}
			ProjectRequest withId = request.withId(id);
			SingleWrites.validateOne(withId, this::validate);
			upsert(withId);
			return get(id);
		});
	}

	/**
	 * Checks a batch of projects (one for a single write, many for an import). Territories and actors they
	 * reference may exist in the database or be among {@code pending}; existence is checked in one query
	 * per kind for the whole batch.
	 *
	 * @param errors errors about the batch as a whole (projects have none so far: the import checks
	 *     duplicate keys)
	 * @param errorsAt where the errors of the i-th request go (e.g. {@code projects[i]})
	 */
	@Transactional(readOnly = true)
	public void validate(List<ProjectRequest> requests, PendingKeys pending, InputErrors errors,
			IntFunction<InputErrors> errorsAt) {
		Set<String> territories = new HashSet<>();
		Set<String> actors = new HashSet<>();
		for (ProjectRequest r : requests) {
			r.targets().stream().filter(Objects::nonNull).forEach(territories::add);
			r.contributors().stream().filter(c -> c != null && c.actor() != null).forEach(c -> actors.add(c.actor()));
			r.funders().stream().filter(f -> f != null && f.actor() != null).forEach(f -> actors.add(f.actor()));
		}
		Set<String> knownTerritories = PendingKeys.known(territories, pending.territories(), existing::territories);
		Set<String> knownActors = PendingKeys.known(actors, pending.actors(), existing::actors);
		for (int i = 0; i < requests.size(); i++) {
			ProjectRequest r = requests.get(i);
			InputErrors at = errorsAt.apply(i);
			validateFields(r, at);
			validateTargetsAndTags(r, knownTerritories, at);
			validateContributors(r, knownActors, at);
			validateFunders(r, knownActors, at);
		}
	}

	/**
	 * Writes one validated project; the territories and actors it references must exist. Nothing is written
	 * when the stored project already has this content.
	 *
	 * @throws ConflictException when the request carries a version that is not the stored one
	 */
	public WriteOutcome upsert(ProjectRequest request) {
		return upsertAll(List.of(request)).get(0);
	}

	/**
	 * Writes validated projects (distinct ids; the territories and actors they reference must exist), skipping
	 * those whose stored content already equals the request's. Batches of {@value #BATCH}: one statement locks
	 * and reads the stored projects, one writes the changed ones with {@code UNWIND}; the data version moves once. A request carrying a {@code version} that differs from the
	 * stored one fails the whole call with 409 (the caller's transaction then writes nothing).
	 *
	 * @return the outcome of each request, in order
	 */
	public List<WriteOutcome> upsertAll(List<ProjectRequest> requests) {
		return upsertAll(requests, stored -> {
		});
	}

	/**
	 * As {@link #upsertAll(List)}, telling {@code replaced} the stored content of each project it updates, before
	 * the write: what an import journals to undo itself.
	 */
	public List<WriteOutcome> upsertAll(List<ProjectRequest> requests, Consumer<ProjectRequest> replaced) {
		return writes.write(() -> BatchedUpserts.write(requests, BATCH, ProjectRequest::id, "projects", 
				batch -> upsertBatch(batch, replaced),
				dataVersion));
	}

	private List<WriteOutcome> upsertBatch(List<ProjectRequest> requests, Consumer<ProjectRequest> replaced) {
		Map<String, Long> current = new HashMap<>();
		Map<String, ProjectRequest> stored = new HashMap<>();
		reader.read(requests.stream().map(ProjectRequest::id).toList()).forEach(p -> {
			current.put(p.id(), p.version());
			stored.put(p.id(), p.asRequest().content());
		});
		for (ProjectRequest r : requests) {
			Long version = current.get(r.id());
			if (r.version() != null && !r.version().equals(version)) {
				throw ConflictException.staleVersion(KIND, r.id(), r.version(), version);
			}
		}
		List<WriteOutcome> outcomes = new ArrayList<>(requests.size());
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ProjectRequest r : requests) {
			ProjectRequest content = r.content();
			Long version = current.get(r.id());
			if (version != null && content.equals(stored.get(r.id()))) {
				outcomes.add(WriteOutcome.UNCHANGED);
				continue;
			}
			outcomes.add(version == null ? WriteOutcome.CREATED : WriteOutcome.UPDATED);
			if (version != null) {
				replaced.accept(stored.get(r.id()));
			}
			rows.add(row(content, version == null ? 0L : version + 1));
		}
		if (!rows.isEmpty()) {
			neo4j.query(WRITE).bind(rows).to("rows").run();
		}
		return outcomes;
	}

	private static Map<String, Object> row(ProjectRequest content, long version) {
		List<Map<String, Object>> contributors = new ArrayList<>();
		for (ContributorRequest c : content.contributors()) {
			Map<String, Object> row = new HashMap<>();
			row.put("actor", c.actor());
			row.put("role", c.role());
			row.put("since", c.since());
			row.put("until", c.until());
			contributors.add(row);
		}
		List<Map<String, Object>> funders = new ArrayList<>();
		for (FunderRequest f : content.funders()) {
			Map<String, Object> row = new HashMap<>();
			row.put("actor", f.actor());
			row.put("amountEur", f.amountEur());
			row.put("year", f.year());
			row.put("instrument", f.instrument());
			funders.add(row);
		}
		Map<String, Object> row = new HashMap<>();
		row.put("id", content.id());
		row.put("name", content.name());
		row.put("description", content.description());
		row.put("phase", content.phase());
		row.put("start", content.start());
		row.put("end", content.end());
		row.put("version", version);
		row.put("targets", content.targets());
		row.put("domains", content.domains());
		row.put("sdgs", content.sdgs().stream().map(String::valueOf).toList());
		row.put("levers", content.levers());
		row.put("contributors", contributors);
		row.put("funders", funders);
		return row;
	}

	/**
	 * Deletes a project with its contributions, fundings and tags. A project that partnerships support is
	 * kept unless {@code cascade} (administrators): then their SUPPORTS links go with it.
	 */
	public void delete(String id, boolean cascade) {
		writes.write(() -> {
			@SuppressWarnings("unchecked")
			List<String> supportedBy = (List<String>) neo4j.query(REFERENCES)
				.bind(id)
				.to("id")
				.fetch()
				.one()
				.orElseThrow(() -> new NotFoundException(KIND, id))
				.get("supportedBy");
			if (!supportedBy.isEmpty() && !cascade) {
				throw new ConflictException(KIND + " « " + id + " » est soutenu par des partenariats ("
						+ String.join(", ", supportedBy) + ") ; retirez-le de leurs « supports » ou utilisez"
						+ " ?cascade=true (administrateur).", Map.of("references", Map.of("supportedBy", supportedBy)));
			}
			neo4j.query(DELETE).bind(id).to("id").run();
			dataVersion.bump();
		});
	}

	/** As the repository's mapping gave it, with lists sorted. */
	private static ProjectResponse response(Record row) {
		return new ProjectResponse(row.get("id").asString(), row.get("name").asString(null),
				row.get("description").asString(null), row.get("phase").asString(null), date(row.get("start")),
				date(row.get("end")), codes(row.get("targets")), codes(row.get("domains")),
				row.get("sdgs").asList(v -> Integer.valueOf(v.asString())).stream().sorted().toList(),
				codes(row.get("levers")),
				row.get("contributors").asList(ProjectService::contributor).stream()
					.sorted(ProjectRequest.CONTRIBUTOR_ORDER)
					.toList(),
				row.get("funders").asList(ProjectService::funder).stream().sorted(ProjectRequest.FUNDER_ORDER).toList(),
				row.get("version").isNull() ? null : row.get("version").asLong());
	}

	private static List<String> codes(Value v) {
		return v.asList(Value::asString).stream().sorted().toList();
	}

	private static ContributorRequest contributor(Value v) {
		return new ContributorRequest(v.get("actor").asString(), v.get("role").asString(null), date(v.get("since")),
				date(v.get("until")));
	}

	private static FunderRequest funder(Value v) {
		return new FunderRequest(v.get("actor").asString(), v.get("amountEur").isNull() ? null : v.get("amountEur").asDouble(),
				v.get("year").isNull() ? null : v.get("year").asInt(), v.get("instrument").asString(null));
	}

	private static @Nullable LocalDate date(Value v) {
		return v.isNull() ? null : v.asLocalDate();
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static void validateFields(ProjectRequest r, InputErrors at) {
		if (r.id() == null || r.id().isBlank()) {
			at.add("id", r.id(), "l'identifiant est obligatoire");
		}
		else if (!ID.matcher(r.id()).matches()) {
			at.add("id", r.id(), "identifiant mal formé : de 1 à 100 lettres, chiffres ou « _ . : - »");
		}
		if (r.name() == null || r.name().isBlank()) {
			at.add("name", r.name(), "le nom est obligatoire");
		}
		else if (r.name().length() > 200) {
			at.add("name", r.name(), "le nom dépasse 200 caractères");
		}
		if (r.description() != null && r.description().length() > MAX_DESCRIPTION) {
			at.add("description", r.description().substring(0, 50) + "…",
					"la description dépasse " + MAX_DESCRIPTION + " caractères");
		}
		if (r.phase() == null || !ProjectPhase.NAMES.contains(r.phase())) {
			at.add("phase", r.phase(),
					"phase inconnue ; attendu : EMERGENCE, EXPERIMENTATION, DEPLOYMENT ou CAPITALISATION");
		}
		if (r.start() == null) {
			at.add("start", null, "la date de début est obligatoire");
		}
		else if (r.end() != null && r.end().isBefore(r.start())) {
			at.add("end", r.end(), "la fin précède le début (" + r.start() + ")");
		}
	}

	private void validateTargetsAndTags(ProjectRequest r, Set<String> knownTerritories, InputErrors at) {
		for (int t = 0; t < r.targets().size(); t++) {
			String code = r.targets().get(t);
			if (code == null || !knownTerritories.contains(code)) {
				at.add("targets[" + t + "]", code, "territoire inconnu");
			}
		}
		validateCodes(r.domains(), Vocabulary.DOMAINS, "domains", at);
		validateCodes(r.levers(), Vocabulary.LEVERS, "levers", at);
		for (int s = 0; s < r.sdgs().size(); s++) {
			Integer sdg = r.sdgs().get(s);
			if (sdg == null || !vocabularies.contains(Vocabulary.SDGS, sdg.toString())) {
				at.add("sdgs[" + s + "]", sdg, "ODD inconnu ; attendu : un numéro de 1 à 17");
			}
		}
	}

	private void validateContributors(ProjectRequest r, Set<String> knownActors, InputErrors at) {
		Map<String, Integer> seen = new HashMap<>();
		// dates are checked against the project's interval only when it is valid: one error is enough
		LocalDate start = r.start();
		LocalDate end = start != null && r.end() != null && !r.end().isBefore(start) ? r.end() : null;
		for (int k = 0; k < r.contributors().size(); k++) {
			ContributorRequest c = r.contributors().get(k);
			String path = "contributors[" + k + "]";
			if (c == null) {
				at.add(path, null, "contribution vide");
				continue;
			}
			validateActor(c.actor(), knownActors, path, at);
			if (c.actor() != null) {
				Integer first = seen.putIfAbsent(c.actor(), k);
				if (first != null) {
					at.add(path + ".actor", c.actor(),
							"acteur déjà cité parmi les contributeurs (contributors[" + first + "])");
				}
			}
			if (c.role() == null || !ActorRole.NAMES.contains(c.role())) {
				at.add(path + ".role", c.role(), "rôle inconnu ; " + ActorRole.EXPECTED_FR);
			}
			LocalDate since = c.since();
			if (since != null && start != null && since.isBefore(start)) {
				at.add(path + ".since", since, "la contribution commence avant le début du projet (" + start + ")");
			}
			else if (since != null && end != null && since.isAfter(end)) {
				at.add(path + ".since", since, "la contribution commence après la fin du projet (" + end + ")");
			}
			if (c.until() != null && since != null && c.until().isBefore(since)) {
				at.add(path + ".until", c.until(), "la fin de la contribution précède son début (" + since + ")");
			}
			else if (c.until() != null && end != null && c.until().isAfter(end)) {
				at.add(path + ".until", c.until(), "la contribution se termine après la fin du projet (" + end + ")");
			}
		}
	}

	private void validateFunders(ProjectRequest r, Set<String> knownActors, InputErrors at) {
		Map<List<Object>, Integer> seen = new HashMap<>();
		for (int k = 0; k < r.funders().size(); k++) {
			FunderRequest f = r.funders().get(k);
			String path = "funders[" + k + "]";
			if (f == null) {
				at.add(path, null, "financement vide");
				continue;
			}
			validateActor(f.actor(), knownActors, path, at);
			Double amount = f.amountEur();
			if (amount == null) {
				at.add(path + ".amountEur", null, "le montant est obligatoire");
			}
			else if (amount.isNaN() || amount.isInfinite() || amount < 0) {
				at.add(path + ".amountEur", amount, "le montant doit être un nombre positif ou nul");
			}
			if (f.year() == null) {
				at.add(path + ".year", null, "l'année est obligatoire");
			}
			else if (f.year() < 1990 || f.year() > 2100) {
				at.add(path + ".year", f.year(), "l'année doit être comprise entre 1990 et 2100");
			}
			if (f.instrument() != null && !vocabularies.contains(Vocabulary.FUNDING_INSTRUMENTS, f.instrument())) {
				at.add(path + ".instrument", f.instrument(), unknownCode(Vocabulary.FUNDING_INSTRUMENTS));
			}
			if (f.actor() != null) {
				List<Object> key = new ArrayList<>();
				key.add(f.actor());
				key.add(f.year());
				key.add(f.instrument());
				Integer first = seen.putIfAbsent(key, k);
				if (first != null) {
					at.add(path, f.actor(), "financement en double : même acteur, même année et même instrument que funders["
							+ first + "]");
				}
			}
		}
	}

	private static void validateActor(@Nullable String actor, Set<String> knownActors, String path, InputErrors at) {
		if (actor == null || actor.isBlank()) {
			at.add(path + ".actor", actor, "l'acteur est obligatoire");
		}
		else if (!knownActors.contains(actor)) {
			at.add(path + ".actor", actor, "acteur inconnu");
		}
	}

	private void validateCodes(List<String> codes, Vocabulary vocabulary, String field, InputErrors at) {
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			if (code == null || !vocabularies.contains(vocabulary, code)) {
				at.add(field + "[" + i + "]", code, unknownCode(vocabulary));
			}
		}
	}

	static String unknownCode(Vocabulary vocabulary) {
		return vocabulary.nameFr() + " inconnu ; voir /api/v1/reference/" + vocabulary.path();
	}
}
