package org.alliancegraph.partnership;

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
import org.alliancegraph.project.ActorRole;
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
 * Partnerships: validation (type, dates, intensity, at least two distinct existing members, supported
 * projects, domains), upserts, deletion. A write replaces the partnership's MEMBER_OF, SUPPORTS and
 * IN_DOMAIN links wholesale, in one statement.
 *
 * <p>Partnerships are read with one Cypher projection ({@link NodeReader}) rather than mapped on
 * {@link Partnership}: the mapping is slow at scale, and members and supported projects belong to other features
 * (Spring Data Neo4j refuses a second entity class for a label).
 */
@Service
public class PartnershipService {

	static final String KIND = "Le partenariat";

	static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

	static final int MAX_DESCRIPTION = 5000;

	/**
	 * What is read of a partnership {@code n}: its properties, members, supported projects and domains, in one
	 * row. Plain Cypher rather than the repository's mapping, which is slow at the scale of an import.
	 */
	private static final String CONTENT = """
			RETURN n.id AS id, n.type AS type, n.start AS start, n.end AS end, n.intensity AS intensity,
			       n.description AS description, n.version AS version,
			       COLLECT { MATCH (a:Actor)-[m:MEMBER_OF]->(n) RETURN {actor: a.id, role: m.role} } AS members,
			       COLLECT { MATCH (n)-[:SUPPORTS]->(p:Project) RETURN p.id } AS supports,
			       COLLECT { MATCH (n)-[:IN_DOMAIN]->(d:Domain) RETURN d.code } AS domains""";

	/** Sets the properties and writes the links of the partnership {@code x} of {@code row}. */
	private static final String SET_AND_LINK = """
			SET x.type = row.type, x.start = row.start, x.end = row.end, x.intensity = row.intensity,
			    x.description = row.description, x.version = row.version
			WITH x, row
			CALL (x, row) {
			  UNWIND row.members AS m
			  MATCH (a:Actor {id: m.actor})
			  CREATE (a)-[:MEMBER_OF {role: m.role}]->(x)
			}
			CALL (x, row) {
			  UNWIND row.supports AS projectId
			  MATCH (p:Project {id: projectId})
			  MERGE (x)-[:SUPPORTS]->(p)
			}
			CALL (x, row) {
			  UNWIND row.domains AS code
			  MATCH (d:Domain {code: code})
			  MERGE (x)-[:IN_DOMAIN]->(d)
			}""";

	/** Rewrites stored partnerships: their links are replaced wholesale. */
	private static final String UPDATE = """
			UNWIND $rows AS row
			MATCH (x:Partnership {id: row.id})
			CALL (x) {
			  MATCH (x)-[old:SUPPORTS|IN_DOMAIN]->()
			  DELETE old
			}
			CALL (x) {
			  MATCH (x)<-[old:MEMBER_OF]-(:Actor)
			  DELETE old
			}
			""" + SET_AND_LINK;

	/**
	 * Creates partnerships the same transaction found absent: no merge (it would lock each key in the index) and
	 * no old links to delete, the bulk of a first load.
	 */
	private static final String CREATE = """
			UNWIND $rows AS row
			CREATE (x:Partnership {id: row.id})
			""" + SET_AND_LINK;

	/** Partnerships per write statement and per lock-and-read: a large import keeps each statement bounded. */
	private static final int BATCH = 2_000;

	private static final String DELETE = """
			MATCH (x:Partnership {id: $id}) DETACH DELETE x RETURN count(*)""";

	private final PartnershipRepository repository;

	private final Neo4jClient neo4j;

	private final NodeReader<PartnershipResponse> reader;

	private final ReferenceVocabularies vocabularies;

	private final ExistingKeys existing;

	private final DataVersion dataVersion;

	private final GraphWrites writes;

	PartnershipService(PartnershipRepository repository, Neo4jClient neo4j, ReferenceVocabularies vocabularies,
			ExistingKeys existing, DataVersion dataVersion, GraphWrites writes) {
		this.repository = repository;
		this.neo4j = neo4j;
		this.reader = new NodeReader<>(neo4j, PartnershipResponse.class, "Partnership", CONTENT,
				PartnershipService::response, PartnershipResponse::id);
		this.vocabularies = vocabularies;
		this.existing = existing;
		this.dataVersion = dataVersion;
		this.writes = writes;
	}

	/**
	 * A page of partnerships, the most recent first; every filter may be null.
	 *
	 * @param territory a territory code: partnerships with a member located in or active in it or in a
	 *     territory PART_OF it, at any depth
	 * @param actor an actor id: partnerships it is a member of
	 * @param active a date: partnerships begun by then and not ended before
	 * @param q a part of the id or of the description, whatever the case
	 */
	@Transactional(readOnly = true)
	public Page<PartnershipResponse> list(@Nullable String territory, @Nullable String type, @Nullable String domain,
			@Nullable String actor, @Nullable LocalDate active, @Nullable String q, Pageable pageable) {
		Page<String> ids = repository.findIds(blankToNull(territory), blankToNull(type), blankToNull(domain),
				blankToNull(actor), active, blankToNull(q), pageable);
		return new PageImpl<>(reader.read(ids.getContent()), pageable, ids.getTotalElements());
	}

	/**
	 * At most {@code limit} partnerships whose id comes after {@code after} ({@code ""} for the first), in id
	 * order: the whole graph read page by page, each page as cheap as the first.
	 */
	@Transactional(readOnly = true)
	public List<PartnershipResponse> listAfter(String after, int limit) {
		return reader.after(after, limit);
	}

	@Transactional(readOnly = true)
	public PartnershipResponse get(String id) {
		List<PartnershipResponse> found = reader.read(List.of(id));
		if (found.isEmpty()) {
			throw new NotFoundException(KIND, id);
		}
		return found.get(0);
	}

	@Transactional(readOnly = true)
	public boolean exists(String id) {
		return repository.existsById(id);
	}

	public PartnershipResponse create(PartnershipRequest request) {
		return writes.write(() -> {
			SingleWrites.validateOne(request, this::validate);
			SingleWrites.requireNew(reader.read(List.of(request.id())), PartnershipResponse::version, KIND, request.id());
			upsert(request.content()); // a version has no meaning for a creation
			return get(request.id());
		});
	}

	public PartnershipResponse update(String id, PartnershipRequest request) {
		return writes.write(() -> {
			SingleWrites.requireAddressKey("id", request.id(), id);
			if (!repository.existsById(id)) {
				throw new NotFoundException(KIND, id);
			}
			PartnershipRequest withId = request.withId(id);
			SingleWrites.validateOne(withId, this::validate);
			upsert(withId);
			return get(id);
		});
	}

	/**
	 * Checks a batch of partnerships (one for a single write, many for an import). Actors and projects they
	 * reference may exist in the database or be among {@code pending}; existence is checked in one query
	 * per kind for the whole batch.
	 *
	 * @param errors errors about the batch as a whole (partnerships have none so far: the import checks
	 *     duplicate keys)
	 * @param errorsAt where the errors of the i-th request go (e.g. {@code partnerships[i]})
	 */
	@Transactional(readOnly = true)
	public void validate(List<PartnershipRequest> requests, PendingKeys pending, InputErrors errors,
			IntFunction<InputErrors> errorsAt) {
		Set<String> actors = new HashSet<>();
		Set<String> projects = new HashSet<>();
		for (PartnershipRequest r : requests) {
			r.members().stream().filter(m -> m != null && m.actor() != null).forEach(m -> actors.add(m.actor()));
			r.supports().stream().filter(Objects::nonNull).forEach(projects::add);
		}
		Set<String> knownActors = PendingKeys.known(actors, pending.actors(), existing::actors);
		Set<String> knownProjects = PendingKeys.known(projects, pending.projects(), existing::projects);
		for (int i = 0; i < requests.size(); i++) {
			PartnershipRequest r = requests.get(i);
			InputErrors at = errorsAt.apply(i);
			validateFields(r, at);
			validateMembers(r, knownActors, at);
			for (int s = 0; s < r.supports().size(); s++) {
				String project = r.supports().get(s);
				if (project == null || !knownProjects.contains(project)) {
					at.add("supports[" + s + "]", project, "projet inconnu");
				}
			}
			for (int d = 0; d < r.domains().size(); d++) {
				String domain = r.domains().get(d);
				if (domain == null || !vocabularies.contains(Vocabulary.DOMAINS, domain)) {
					at.add("domains[" + d + "]", domain, unknownCode(Vocabulary.DOMAINS));
				}
			}
		}
	}

	/**
	 * Writes one validated partnership; the actors and projects it references must exist. Nothing is written
	 * when the stored partnership already has this content.
	 *
	 * @throws ConflictException when the request carries a version that is not the stored one
	 */
	public WriteOutcome upsert(PartnershipRequest request) {
		return upsertAll(List.of(request)).get(0);
	}

	/**
	 * Writes validated partnerships (distinct ids; the actors and projects they reference must exist),
	 * skipping those whose stored content already equals the request's. Batches of {@value #BATCH}: one
	 * statement locks and reads the stored partnerships, one creates the new ones and one rewrites the changed
	 * ones, with {@code UNWIND}; the data version moves once. A request carrying a {@code version} that
	 * differs from the stored one fails the whole call with 409 (the caller's transaction then writes nothing).
	 *
	 * @return the outcome of each request, in order
	 */
	public List<WriteOutcome> upsertAll(List<PartnershipRequest> requests) {
		return upsertAll(requests, stored -> {
		});
	}

	/**
	 * As {@link #upsertAll(List)}, telling {@code replaced} the stored content of each partnership it updates, before
	 * the write: what an import journals to undo itself.
	 */
	public List<WriteOutcome> upsertAll(List<PartnershipRequest> requests, Consumer<PartnershipRequest> replaced) {
		return writes.write(() -> BatchedUpserts.write(requests, BATCH, PartnershipRequest::id, "partnerships",
				batch -> upsertBatch(batch, replaced),
				dataVersion));
	}

	private List<WriteOutcome> upsertBatch(List<PartnershipRequest> requests, Consumer<PartnershipRequest> replaced) {
		Map<String, Long> current = new HashMap<>();
		Map<String, PartnershipRequest> stored = new HashMap<>();
		reader.read(requests.stream().map(PartnershipRequest::id).toList()).forEach(x -> {
			current.put(x.id(), x.version());
			stored.put(x.id(), x.asRequest().content());
		});
		for (PartnershipRequest r : requests) {
			Long version = current.get(r.id());
			if (r.version() != null && !r.version().equals(version)) {
				throw ConflictException.staleVersion(KIND, r.id(), r.version(), version);
			}
		}
		List<WriteOutcome> outcomes = new ArrayList<>(requests.size());
		List<Map<String, Object>> created = new ArrayList<>();
		List<Map<String, Object>> updated = new ArrayList<>();
		for (PartnershipRequest r : requests) {
			PartnershipRequest content = r.content();
			if (!stored.containsKey(r.id())) {
				outcomes.add(WriteOutcome.CREATED);
				created.add(row(content, 0L));
			}
			else if (content.equals(stored.get(r.id()))) {
				outcomes.add(WriteOutcome.UNCHANGED);
			}
			else {
				outcomes.add(WriteOutcome.UPDATED);
				replaced.accept(stored.get(r.id()));
				Long version = current.get(r.id());
				updated.add(row(content, version == null ? 0L : version + 1));
			}
		}
		if (!created.isEmpty()) {
			neo4j.query(CREATE).bind(created).to("rows").run();
		}
		if (!updated.isEmpty()) {
			neo4j.query(UPDATE).bind(updated).to("rows").run();
		}
		return outcomes;
	}

	private static Map<String, Object> row(PartnershipRequest content, long version) {
		List<Map<String, Object>> members = new ArrayList<>();
		for (MemberRequest m : content.members()) {
			members.add(Map.of("actor", m.actor(), "role", m.role()));
		}
		Map<String, Object> row = new HashMap<>();
		row.put("id", content.id());
		row.put("type", content.type());
		row.put("start", content.start());
		row.put("end", content.end());
		row.put("intensity", content.intensity());
		row.put("description", content.description());
		row.put("version", version);
		row.put("members", members);
		row.put("supports", content.supports());
		row.put("domains", content.domains());
		return row;
	}

	/** Deletes a partnership with its links; nothing references a partnership, so nothing guards it. */
	public void delete(String id) {
		writes.write(() -> {
			long deleted = neo4j.query(DELETE).bind(id).to("id").fetchAs(Long.class).one().orElse(0L);
			if (deleted == 0) {
				throw new NotFoundException(KIND, id);
			}
			dataVersion.bump();
		});
	}

	/** As the repository's mapping gave it, with lists sorted. */
	private static PartnershipResponse response(Record row) {
		return new PartnershipResponse(row.get("id").asString(), row.get("type").asString(null),
				row.get("start").asLocalDate(null), row.get("end").asLocalDate(null),
				row.get("intensity").isNull() ? null : row.get("intensity").asInt(),
				row.get("description").asString(null),
				row.get("members")
					.asList(v -> new MemberRequest(v.get("actor").asString(), v.get("role").asString(null)))
					.stream()
					.sorted(PartnershipRequest.MEMBER_ORDER)
					.toList(),
				row.get("supports").asList(Value::asString).stream().sorted().toList(),
				row.get("domains").asList(Value::asString).stream().sorted().toList(),
				row.get("version").isNull() ? null : row.get("version").asLong());
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private void validateFields(PartnershipRequest r, InputErrors at) {
		if (r.id() == null || r.id().isBlank()) {
			at.add("id", r.id(), "l'identifiant est obligatoire");
		}
		else if (!ID.matcher(r.id()).matches()) {
			at.add("id", r.id(), "identifiant mal formé : de 1 à 100 lettres, chiffres ou « _ . : - »");
		}
		if (r.type() == null || !vocabularies.contains(Vocabulary.PARTNERSHIP_TYPES, r.type())) {
			at.add("type", r.type(), unknownCode(Vocabulary.PARTNERSHIP_TYPES));
		}
		if (r.start() == null) {
			at.add("start", null, "la date de début est obligatoire");
		}
		else if (r.end() != null && r.end().isBefore(r.start())) {
			at.add("end", r.end(), "la fin précède le début (" + r.start() + ")");
		}
		if (r.intensity() != null && (r.intensity() < 1 || r.intensity() > 3)) {
			at.add("intensity", r.intensity(), "l'intensité va de 1 (faible) à 3 (forte)");
		}
		if (r.description() != null && r.description().length() > MAX_DESCRIPTION) {
			at.add("description", r.description().substring(0, 50) + "…",
					"la description dépasse " + MAX_DESCRIPTION + " caractères");
		}
	}

	private static void validateMembers(PartnershipRequest r, Set<String> knownActors, InputErrors at) {
		Map<String, Integer> seen = new HashMap<>();
		for (int k = 0; k < r.members().size(); k++) {
			MemberRequest m = r.members().get(k);
			String path = "members[" + k + "]";
			if (m == null) {
				at.add(path, null, "membre vide");
				continue;
			}
			if (m.actor() == null || m.actor().isBlank()) {
				at.add(path + ".actor", m.actor(), "l'acteur est obligatoire");
			}
			else {
				Integer first = seen.putIfAbsent(m.actor(), k);
				if (first != null) {
					at.add(path + ".actor", m.actor(), "acteur déjà membre (members[" + first + "])");
				}
				else if (!knownActors.contains(m.actor())) {
					at.add(path + ".actor", m.actor(), "acteur inconnu");
				}
			}
			if (m.role() == null || !ActorRole.NAMES.contains(m.role())) {
				at.add(path + ".role", m.role(), "rôle inconnu ; " + ActorRole.EXPECTED_FR);
			}
		}
		if (seen.size() < 2) {
			at.add("members", r.members().stream().map(m -> m == null ? null : m.actor()).toList(),
					"un partenariat réunit au moins deux acteurs distincts");
		}
	}

	private static String unknownCode(Vocabulary vocabulary) {
		return vocabulary.nameFr() + " inconnu ; voir /api/v1/reference/" + vocabulary.path();
	}
}
