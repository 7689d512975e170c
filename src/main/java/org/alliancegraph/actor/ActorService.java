package org.alliancegraph.actor;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

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
import org.springframework.util.Assert;

/**
 * Actors: validation (identifiers, vocabularies, territories, SIREN/SIRET/RNA unique and well formed),
 * upserts, guarded deletion. A write replaces an actor's LOCATED_IN and ACTIVE_IN links wholesale, in one
 * statement for any number of actors.
 */
@Service
public class ActorService {

	static final String KIND = "L'acteur";

	/** Sizes of organisation, after the INSEE categories (micro, PME, ETI, grande entreprise). */
	static final List<String> SIZES = List.of("MICRO", "SMALL", "MEDIUM", "LARGE");

	/** The only sector whose actors may carry catalyst missions. */
	static final String NETWORK = "NETWORK";

	static final int MAX_DESCRIPTION = 10_000;

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

	private static final Pattern RNA = Pattern.compile("W\\d{9}");

	/**
	 * What is read of an actor {@code n}: its properties and the codes of its territories, in one row. Plain
	 * Cypher rather than the repository's mapping, which would load each territory with its ancestors.
	 */
	private static final String CONTENT = """
			RETURN n.id AS id, n.name AS name, n.sector AS sector,
			       head(COLLECT { MATCH (n)-[:LOCATED_IN]->(t:Territory) RETURN t.code }) AS locatedIn,
			       COLLECT { MATCH (n)-[:ACTIVE_IN]->(t:Territory) RETURN t.code } AS activeIn,
			       n.siren AS siren, n.siret AS siret, n.rna AS rna, n.size AS size, n.website AS website,
			       n.description AS description, n.missions AS missions, n.version AS version""";

	private static final String WRITE = """
			UNWIND $rows AS row
			MERGE (a:Actor {id: row.id})
			SET a.name = row.name, a.sector = row.sector, a.siren = row.siren, a.siret = row.siret, a.rna = row.rna,
			    a.size = row.size, a.website = row.website, a.description = row.description,
			    a.missions = row.missions, a.version = row.version
			WITH a, row
			CALL (a) {
			  MATCH (a)-[old:LOCATED_IN|ACTIVE_IN]->()
			  DELETE old
			}
			CALL (a, row) {
			  MATCH (seat:Territory {code: row.locatedIn})
			  MERGE (a)-[:LOCATED_IN]->(seat)
			}
			CALL (a, row) {
			  UNWIND row.activeIn AS code
			  MATCH (t:Territory {code: code})
			  MERGE (a)-[:ACTIVE_IN]->(t)
			}""";

	/** Which actors hold given SIREN, SIRET and RNA numbers (one index seek per value). */
	private static final String HOLDERS = """
			UNWIND $sirens AS v MATCH (a:Actor {siren: v}) RETURN 'siren' AS field, v AS value, a.id AS holder
			UNION ALL
			UNWIND $sirets AS v MATCH (a:Actor {siret: v}) RETURN 'siret' AS field, v AS value, a.id AS holder
			UNION ALL
			UNWIND $rnas AS v MATCH (a:Actor {rna: v}) RETURN 'rna' AS field, v AS value, a.id AS holder""";

	private static final String REFERENCES = """
			MATCH (a:Actor {id: $id})
			RETURN
			  COLLECT { MATCH (a)-[:MEMBER_OF]->(p:Partnership) RETURN DISTINCT p.id AS id ORDER BY id LIMIT 20 }
			    AS partnerships,
			  COLLECT { MATCH (a)-[:CONTRIBUTES_TO|FUNDS]->(p:Project) RETURN DISTINCT p.id AS id ORDER BY id LIMIT 20 }
			    AS projects""";

	/**
	 * Deletes the actor with its links, and the partnerships it leaves with fewer than two members; returns
	 * their ids. The partnerships and projects that only lose a link to it get a new version, so that stale
	 * edits of them fail.
	 */
	private static final String DELETE = """
			MATCH (a:Actor {id: $id})
			CALL (a) {
			  MATCH (a)-[:MEMBER_OF]->(p:Partnership)
			  WITH DISTINCT a, p
			  WHERE COUNT { MATCH (other:Actor)-[:MEMBER_OF]->(p) WHERE other <> a RETURN DISTINCT other } < 2
			  WITH p, p.id AS partnership
			  DETACH DELETE p
			  RETURN collect(partnership) AS deletedPartnerships
			}
			CALL (a) {
			  MATCH (a)-[:MEMBER_OF|CONTRIBUTES_TO|FUNDS]->(x)
			  WHERE x:Partnership OR x:Project
			  WITH DISTINCT x
			  SET x.version = coalesce(x.version, 0) + 1
			}
			DETACH DELETE a
			RETURN deletedPartnerships""";

	private final ActorRepository repository;

	private final Neo4jClient neo4j;

	private final NodeReader<ActorResponse> reader;

	private final ExistingKeys existingKeys;

	private final ReferenceVocabularies vocabularies;

	private final DataVersion dataVersion;

	private final GraphWrites writes;

	ActorService(ActorRepository repository, Neo4jClient neo4j, ExistingKeys existingKeys,
			ReferenceVocabularies vocabularies, DataVersion dataVersion, GraphWrites writes) {
		this.repository = repository;
		this.neo4j = neo4j;
		this.reader = new NodeReader<>(neo4j, ActorResponse.class, "Actor", CONTENT,
				ActorService::response, ActorResponse::id);
		this.existingKeys = existingKeys;
		this.vocabularies = vocabularies;
		this.dataVersion = dataVersion;
		this.writes = writes;
	}

	/**
	 * A page of actors; every filter may be null. An unknown sector, domain, SDG or territory is an error
	 * (422), not an empty page, so that a typing mistake does not pass for an absence.
	 */
	@Transactional(readOnly = true)
	public Page<ActorResponse> list(@Nullable String territory, @Nullable String sector, @Nullable String domain,
			@Nullable String sdg, @Nullable String q, Pageable pageable) {
		territory = stripToNull(territory);
		sector = stripToNull(sector);
		domain = stripToNull(domain);
		sdg = stripToNull(sdg);
		q = stripToNull(q);
		InputErrors errors = new InputErrors();
		checkFilter(errors, "sector", sector, Vocabulary.SECTORS);
		checkFilter(errors, "domain", domain, Vocabulary.DOMAINS);
		checkFilter(errors, "sdg", sdg, Vocabulary.SDGS);
		if (territory != null && existingKeys.territories(List.of(territory)).isEmpty()) {
			errors.add("territory", territory, "territoire inconnu");
		}
		errors.throwIfAny();
		Page<String> ids = repository.findIds(territory, sector, domain, sdg, q, pageable);
		return new PageImpl<>(reader.read(ids.getContent()), pageable, ids.getTotalElements());
	}

	/**
	 * At most {@code limit} actors whose id comes after {@code after} ({@code ""} for the first), in id order:
	 * the whole graph read page by page, each page as cheap as the first.
	 */
	@Transactional(readOnly = true)
	public List<ActorResponse> listAfter(String after, int limit) {
		return reader.after(after, limit);
	}

	@Transactional(readOnly = true)
	public ActorResponse get(String id) {
		return reader.read(List.of(id)).stream().findFirst().orElseThrow(() -> new NotFoundException(KIND, id));
	}

	@Transactional(readOnly = true)
	public boolean exists(String id) {
		return repository.existsById(id);
	}

	public ActorResponse create(ActorRequest request) {
		return writes.write(() -> {
			SingleWrites.validateOne(request, this::validate);
			String id = request.id();
			Assert.state(id != null, "validated");
			SingleWrites.requireNew(reader.read(List.of(id)), ActorResponse::version, KIND, id);
			upsert(request);
			return get(id);
		});
	}

	/** Full replacement of an existing actor; the body's id, if any, must be the one of the address. */
	public ActorResponse update(String id, ActorRequest request) {
		SingleWrites.requireAddressKey("id", request.id(), id);
		return writes.write(() -> {
			if (!repository.existsById(id)) {
				throw new NotFoundException(KIND, id);
			}
			ActorRequest withId = request.withId(id);
			SingleWrites.validateOne(withId, this::validate);
			upsert(withId);
			return get(id);
		});
	}

	/**
	 * Checks a batch of actors (one for a single write, many for an import), collecting every error.
	 * Territories referenced by {@code locatedIn} and {@code activeIn} may exist in the database or be among
	 * {@code pending}. Within the batch, ids must be distinct and no two actors may share a SIREN, SIRET or
	 * RNA; against the database, none of these may be held by another actor (a number moving from one actor
	 * to another must first be removed from the one that holds it).
	 *
	 * @param errors errors about the batch as a whole (none at present; kept for the import's signature)
	 * @param errorsAt where the errors of the i-th request go (e.g. {@code actors[i]})
	 */
	@Transactional(readOnly = true)
	public void validate(List<ActorRequest> requests, PendingKeys pending, InputErrors errors,
			IntFunction<InputErrors> errorsAt) {
		validate(requests, pending, new ClaimedNumbers(), errors, errorsAt);
	}

	/**
	 * As {@link #validate(List, PendingKeys, InputErrors, IntFunction)} for one batch of a larger import checked
	 * batch by batch: {@code claimed} holds the numbers of the batches checked before, and receives this one's.
	 */
	@Transactional(readOnly = true)
	public void validate(List<ActorRequest> requests, PendingKeys pending, ClaimedNumbers claimed,
			InputErrors errors, IntFunction<InputErrors> errorsAt) {
		Set<String> territories = new HashSet<>();
		for (ActorRequest r : requests) {
			if (r.locatedIn() != null) {
				territories.add(r.locatedIn());
			}
			territories.addAll(r.activeIn());
		}
		Set<String> known = PendingKeys.known(territories, pending.territories(), existingKeys::territories);
		Map<String, Map<String, String>> holders = storedHolders(requests);

		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < requests.size(); i++) {
			ActorRequest r = requests.get(i);
			InputErrors at = errorsAt.apply(i);
			boolean idValid = validateId(r, at);
			if (idValid) {
				Integer first = positions.putIfAbsent(r.id(), i);
				if (first != null) {
					at.add("id", r.id(), "identifiant en double dans ce lot : déjà donné à l'acteur n° " + (first + 1));
				}
			}
			validateFields(r, at);
			validateTerritories(r, known, at);
			if (r.siren() != null && SirenNumber.isValidSiren(r.siren())) {
				checkUnique(r, "siren", "SIREN", r.siren(), holders, claimed, at);
			}
			if (r.siret() != null && SirenNumber.isValidSiret(r.siret())) {
				checkUnique(r, "siret", "SIRET", r.siret(), holders, claimed, at);
			}
			if (r.rna() != null && RNA.matcher(r.rna()).matches()) {
				checkUnique(r, "rna", "numéro RNA", r.rna(), holders, claimed, at);
			}
		}
	}

	/** Writes one validated actor; its territories must exist. */
	public WriteOutcome upsert(ActorRequest request) {
		return upsertAll(List.of(request)).get(0);
	}

	/**
	 * Writes validated actors (distinct ids; their territories must exist) in one statement, skipping those
	 * whose stored content already equals the request's. A request carrying a {@code version} that differs
	 * from the stored one fails the whole call with 409.
	 *
	 * @return the outcome of each request, in order
	 */
	public List<WriteOutcome> upsertAll(List<ActorRequest> requests) {
		return upsertAll(requests, stored -> {
		});
	}

	/**
	 * As {@link #upsertAll(List)}, telling {@code replaced} the stored content of each actor it updates, before
	 * the write: what an import journals to undo itself.
	 */
	public List<WriteOutcome> upsertAll(List<ActorRequest> requests, Consumer<ActorRequest> replaced) {
		return writes.write(() -> write(requests, replaced));
	}

	private List<WriteOutcome> write(List<ActorRequest> requests, Consumer<ActorRequest> replaced) {
		List<String> ids = new ArrayList<>(requests.size());
		for (ActorRequest r : requests) {
			Assert.state(r.id() != null, "an actor to write has an id");
			ids.add(r.id());
		}
		Assert.isTrue(new HashSet<>(ids).size() == ids.size(), "actors to write have distinct ids");
		if (requests.isEmpty()) {
			return List.of();
		}
		Map<String, Long> current = new HashMap<>();
		Map<String, ActorRequest> stored = new HashMap<>();
		reader.read(ids).forEach(a -> {
			current.put(a.id(), a.version());
			stored.put(a.id(), a.asRequest());
		});
		for (ActorRequest r : requests) {
			if (r.version() != null && !r.version().equals(current.get(r.id()))) {
				throw ConflictException.staleVersion(KIND, r.id(), r.version(), current.get(r.id()));
			}
		}
		List<WriteOutcome> outcomes = new ArrayList<>(requests.size());
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ActorRequest r : requests) {
			boolean exists = current.containsKey(r.id());
			if (exists && r.content().equals(stored.get(r.id()))) {
				outcomes.add(WriteOutcome.UNCHANGED);
				continue;
			}
			// a node written around the service may have no version yet: it starts at 0
			Long version = current.get(r.id());
			outcomes.add(exists ? WriteOutcome.UPDATED : WriteOutcome.CREATED);
			if (exists) {
				replaced.accept(stored.get(r.id()));
			}
			rows.add(row(r, version == null ? 0L : version + 1));
		}
		if (!rows.isEmpty()) {
			neo4j.query(WRITE).bind(rows).to("rows").run();
			dataVersion.bump();
		}
		return outcomes;
	}

	/**
	 * Deletes an actor that takes part in no partnership and no project. With {@code cascade}
	 * (administrators), its memberships, contributions and fundings go with it, and so do the partnerships
	 * left with fewer than two members.
	 */
	public ActorDeletion delete(String id, boolean cascade) {
		return writes.write(() -> deleteLocked(id, cascade));
	}

	private ActorDeletion deleteLocked(String id, boolean cascade) {
		Map<String, Object> references = neo4j.query(REFERENCES)
			.bind(id)
			.to("id")
			.fetch()
			.one()
			.orElseThrow(() -> new NotFoundException(KIND, id));
		Map<String, Object> blocking = new LinkedHashMap<>();
		references.forEach((k, v) -> {
			if (!((Collection<?>) v).isEmpty()) {
				blocking.put(k, v);
			}
		});
		if (!cascade && !blocking.isEmpty()) {
			throw new ConflictException(KIND + " « " + id + " » est encore référencé (" + String.join(", ",
					blocking.keySet().stream().map(ActorService::describeReference).toList())
					+ ") ; supprimez ces liens ou utilisez ?cascade=true (administrateur).",
					Map.of("references", references));
		}
		Map<String, Object> result = neo4j.query(DELETE).bind(id).to("id").fetch().one().orElseThrow();
		@SuppressWarnings("unchecked")
		List<String> deleted = (List<String>) result.get("deletedPartnerships");
		dataVersion.bump();
		return new ActorDeletion(id, deleted.stream().sorted().toList());
	}

	private static String describeReference(String key) {
		return "partnerships".equals(key) ? "membre de partenariats" : "contributeur ou financeur de projets";
	}

	private boolean validateId(ActorRequest r, InputErrors at) {
		if (r.id() == null || r.id().isBlank()) {
			at.add("id", r.id(), "l'identifiant est obligatoire");
			return false;
		}
		if (!ID.matcher(r.id()).matches()) {
			at.add("id", r.id(), "identifiant mal formé : 1 à 100 caractères parmi les lettres non accentuées, les"
					+ " chiffres et « _ », « . », « : », « - »");
			return false;
		}
		return true;
	}

	private void validateFields(ActorRequest r, InputErrors at) {
		if (r.name() == null || r.name().isBlank()) {
			at.add("name", r.name(), "le nom est obligatoire");
		}
		else if (r.name().length() > 200) {
			at.add("name", r.name(), "le nom dépasse 200 caractères");
		}
		if (r.sector() == null || r.sector().isBlank()) {
			at.add("sector", r.sector(), "le secteur est obligatoire ; voir " + referencePath(Vocabulary.SECTORS));
		}
		else if (!vocabularies.contains(Vocabulary.SECTORS, r.sector())) {
			at.add("sector", r.sector(), "secteur inconnu ; voir " + referencePath(Vocabulary.SECTORS));
		}
		String siren = r.siren();
		if (siren != null) {
			if (!SirenNumber.isWellFormedSiren(siren)) {
				at.add("siren", siren, "SIREN mal formé : 9 chiffres attendus, sans espace (ex. 732829320)");
			}
			else if (!SirenNumber.isValidSiren(siren)) {
				at.add("siren", siren, "SIREN invalide : la clé de contrôle (Luhn) ne correspond pas");
			}
		}
		String siret = r.siret();
		if (siret != null) {
			if (!SirenNumber.isWellFormedSiret(siret)) {
				at.add("siret", siret, "SIRET mal formé : 14 chiffres attendus, sans espace (ex. 73282932000074)");
			}
			else if (!SirenNumber.isValidSiret(siret)) {
				at.add("siret", siret, "SIRET invalide : la clé de contrôle (Luhn) ne correspond pas");
			}
			else if (siren != null && SirenNumber.isValidSiren(siren) && !siret.startsWith(siren)) {
				at.add("siret", siret, "le SIRET doit commencer par le SIREN de l'acteur (" + siren + ")");
			}
		}
		if (r.rna() != null && !RNA.matcher(r.rna()).matches()) {
			at.add("rna", r.rna(), "numéro RNA mal formé : « W » suivi de 9 chiffres attendu (ex. W751234567)");
		}
		if (r.size() != null && !SIZES.contains(r.size())) {
			at.add("size", r.size(), "taille inconnue ; attendu : MICRO, SMALL, MEDIUM ou LARGE");
		}
		if (r.website() != null && !isHttpUrl(r.website())) {
			at.add("website", r.website(),
					"adresse de site invalide : une URL complète en http:// ou https:// est attendue (ex. https://exemple.fr)");
		}
		if (r.description() != null && r.description().length() > MAX_DESCRIPTION) {
			at.add("description", r.description().substring(0, 80) + "…",
					"la description dépasse " + MAX_DESCRIPTION + " caractères");
		}
		// with an unknown sector, the sector error alone is reported
		if (!r.missions().isEmpty() && r.sector() != null && !NETWORK.equals(r.sector())
				&& vocabularies.contains(Vocabulary.SECTORS, r.sector())) {
			at.add("missions", r.missions(), "les missions de catalyseur ne concernent que les acteurs du secteur "
					+ NETWORK + " (tête de réseau, catalyseur territorial) ; secteur donné : " + r.sector());
		}
		for (int m = 0; m < r.missions().size(); m++) {
			String mission = r.missions().get(m);
			if (!vocabularies.contains(Vocabulary.CATALYST_MISSIONS, mission)) {
				at.add("missions[" + m + "]", mission,
						"mission de catalyseur inconnue ; voir " + referencePath(Vocabulary.CATALYST_MISSIONS));
			}
		}
	}

	private static void validateTerritories(ActorRequest r, Set<String> known, InputErrors at) {
		if (r.locatedIn() == null || r.locatedIn().isBlank()) {
			at.add("locatedIn", r.locatedIn(), "le territoire du siège est obligatoire");
		}
		else if (!known.contains(r.locatedIn())) {
			at.add("locatedIn", r.locatedIn(), "territoire inconnu");
		}
		for (int t = 0; t < r.activeIn().size(); t++) {
			String code = r.activeIn().get(t);
			if (!known.contains(code)) {
				at.add("activeIn[" + t + "]", code, "territoire inconnu");
			}
		}
	}

	/**
	 * A SIREN, SIRET or RNA may belong to one actor only: not to another actor of the database, nor to
	 * another actor of the same batch.
	 */
	private static void checkUnique(ActorRequest r, String field, String nameFr, String value,
			Map<String, Map<String, String>> holders, ClaimedNumbers claimed, InputErrors at) {
		String holder = holders.getOrDefault(field, Map.of()).get(value);
		if (holder != null && !holder.equals(r.id())) {
			at.add(field, value, nameFr + " déjà utilisé par l'acteur « " + holder + " »");
			return;
		}
		String first = claimed.claim(field, value, String.valueOf(r.id()));
		if (first != null && !first.equals(r.id())) {
			at.add(field, value, nameFr + " déjà utilisé par l'acteur « " + first + " » dans ce même lot");
		}
	}

	/** field → value → id of the stored actor holding it, for the numbers of the requests. */
	private Map<String, Map<String, String>> storedHolders(List<ActorRequest> requests) {
		Set<String> sirens = collect(requests, ActorRequest::siren);
		Set<String> sirets = collect(requests, ActorRequest::siret);
		Set<String> rnas = collect(requests, ActorRequest::rna);
		Map<String, Map<String, String>> holders = new HashMap<>();
		if (sirens.isEmpty() && sirets.isEmpty() && rnas.isEmpty()) {
			return holders;
		}
		neo4j.query(HOLDERS)
			.bindAll(Map.of("sirens", sirens, "sirets", sirets, "rnas", rnas))
			.fetch()
			.all()
			.forEach(row -> holders.computeIfAbsent((String) row.get("field"), f -> new HashMap<>())
				.put((String) row.get("value"), (String) row.get("holder")));
		return holders;
	}

	private static Set<String> collect(List<ActorRequest> requests, Function<ActorRequest, @Nullable String> field) {
		Set<String> values = new HashSet<>();
		for (ActorRequest r : requests) {
			String v = field.apply(r);
			if (v != null) {
				values.add(v);
			}
		}
		return values;
	}

	/** As the repository's mapping gave it: lists sorted, no missions read as an empty list. */
	private static ActorResponse response(Record row) {
		return new ActorResponse(row.get("id").asString(), row.get("name").asString(null),
				row.get("sector").asString(null), row.get("locatedIn").asString(null),
				row.get("activeIn").asList(Value::asString).stream().sorted().toList(), row.get("siren").asString(null),
				row.get("siret").asString(null), row.get("rna").asString(null), row.get("size").asString(null),
				row.get("website").asString(null), row.get("description").asString(null),
				row.get("missions").asList(Value::asString, List.of()).stream().sorted().toList(),
				row.get("version").isNull() ? null : row.get("version").asLong());
	}

	private static Map<String, Object> row(ActorRequest r, long version) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", r.id());
		row.put("name", r.name());
		row.put("sector", r.sector());
		row.put("locatedIn", r.locatedIn());
		row.put("activeIn", r.activeIn());
		row.put("siren", r.siren());
		row.put("siret", r.siret());
		row.put("rna", r.rna());
		row.put("size", r.size());
		row.put("website", r.website());
		row.put("description", r.description());
		row.put("missions", r.missions().isEmpty() ? null : r.missions());
		row.put("version", version);
		return row;
	}

	private void checkFilter(InputErrors errors, String parameter, @Nullable String code, Vocabulary vocabulary) {
		if (code != null && !vocabularies.contains(vocabulary, code)) {
			errors.add(parameter, code, vocabulary.nameFr() + " inconnu ; voir " + referencePath(vocabulary));
		}
	}

	private static String referencePath(Vocabulary vocabulary) {
		return "/api/v1/reference/" + vocabulary.path();
	}

	private static boolean isHttpUrl(String text) {
		if (text.length() > 2000) {
			return false;
		}
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme();
			return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static @Nullable String stripToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
