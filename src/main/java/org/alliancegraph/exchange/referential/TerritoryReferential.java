package org.alliancegraph.exchange.referential;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.alliancegraph.web.InputErrors;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the French territory referential ({@code @etalab/decoupage-administratif}: régions, départements,
 * EPCI, communes) into the territories to write, and checks it. Each file is streamed record by record.
 *
 * <p>The traps of the format, and what is done about them:
 * <ul>
 * <li>codes are strings ("01", "2A004"): a number where a code is expected is an error, never converted;</li>
 * <li>only {@code commune-actuelle} records are communes; déléguées, associées and municipal arrondissements are
 * skipped;</li>
 * <li>a commune does not name its EPCI: membership is read from {@code epci[].membres[].code}, and a commune
 * listed by two EPCI is an error;</li>
 * <li>an EPCI may span several départements: it is PART_OF each département its member communes are in (members
 * absent from {@code communes.json}, as in a filtered referential, are left out);</li>
 * <li>populations: communes {@code population} (INSEE municipal population of the latest vintage), EPCI
 * {@code populationTotale} (DGCL list: total population, previous vintage); départements and régions have none in
 * the files and get the sum of their communes read here. The vintages are never mixed within a level;</li>
 * <li>région and département codes share one namespace in the COG ("84" is both Auvergne-Rhône-Alpes and
 * Vaucluse, "01" both Guadeloupe and Ain: 19 collisions), while a territory's code is unique across levels:
 * régions are stored under {@link #regionCode(String) "R" + their code} ("R84"), départements, EPCI and
 * communes under their own.</li>
 * </ul>
 */
final class TerritoryReferential {

	static final String COMMUNE_ACTUELLE = "commune-actuelle";

	/**
	 * One territory to write.
	 *
	 * @param partOf its official parents (région; département; EPCI and département)
	 * @param formerCodes former INSEE codes of a commune ({@code anciensCodes}), sorted
	 */
	record Entry(String code, String name, String level, @Nullable Long population, List<String> partOf,
			List<String> formerCodes) {
	}

	/**
	 * What the files hold once read.
	 *
	 * @param entries régions, then départements, EPCI and communes, in file order
	 * @param skippedCommunes records of {@code communes.json} that are not {@code commune-actuelle}
	 * @param membersOutside EPCI members absent from {@code communes.json}
	 */
	record Content(List<Entry> entries, int skippedCommunes, int membersOutside) {

		long count(String level) {
			return entries.stream().filter(e -> e.level().equals(level)).count();
		}
	}

	/** The prefix that keeps région codes apart from département codes (see the class comment). */
	static final String REGION_PREFIX = "R";

	/** The stored code of a région: {@code R84} for INSEE's {@code 84}. */
	static String regionCode(String insee) {
		return REGION_PREFIX + insee;
	}

	private record Region(String code, String name, int index) {
	}

	private record Departement(String code, String name, @Nullable String region, int index) {
	}

	private record Epci(String code, String name, @Nullable Long population, List<String> members, int index) {
	}

	private record Commune(String code, String name, @Nullable String departement, @Nullable Long population,
			List<String> formerCodes, int index) {
	}

	private final JsonMapper json;

	/** Reads one record of an array; the parser then stands on the next one, hence no trailing-token check. */
	private final ObjectReader record;

	TerritoryReferential(JsonMapper json) {
		this.json = json;
		this.record = json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
	}

	/**
	 * Reads and checks the files; errors go to {@code errors} with paths such as
	 * {@code communes.json[12].departement}.
	 *
	 * @param stored which of some territory codes are already in the database (parents may be there)
	 */
	Content read(ReferentialFiles files, Function<Set<String>, Set<String>> stored, InputErrors errors)
			throws IOException {
		List<Region> regions = new ArrayList<>();
		List<Departement> departements = new ArrayList<>();
		List<Epci> epcis = new ArrayList<>();
		List<Commune> communes = new ArrayList<>();
		int[] skipped = { 0 };
		records(files, ReferentialFiles.REGIONS, errors, (node, at, i) -> {
			String code = code(node, "code", at);
			String name = text(node, "nom", at);
			if (code != null && name != null) {
				regions.add(new Region(regionCode(code), name, i));
			}
		});
		records(files, ReferentialFiles.DEPARTEMENTS, errors, (node, at, i) -> {
			String code = code(node, "code", at);
			String name = text(node, "nom", at);
			String insee = code(node, "region", at);
			String region = insee == null ? null : regionCode(insee);
			if (code != null && name != null) {
				departements.add(new Departement(code, name, region, i));
			}
		});
		records(files, ReferentialFiles.EPCI, errors, (node, at, i) -> {
			String code = code(node, "code", at);
			String name = text(node, "nom", at);
			Long population = count(node, "populationTotale", at);
			List<String> members = new ArrayList<>();
			JsonNode membres = node.get("membres");
			if (membres == null || !membres.isArray()) {
				at.add("membres", membres == null ? null : membres.toString(), "liste des communes membres attendue");
			}
			else {
				for (int k = 0; k < membres.size(); k++) {
					String member = code(membres.get(k), "code", at.at("membres[" + k + "]"));
					if (member != null) {
						members.add(member);
					}
				}
			}
			if (code != null && name != null) {
				epcis.add(new Epci(code, name, population, members, i));
			}
		});
		records(files, ReferentialFiles.COMMUNES, errors, (node, at, i) -> {
			JsonNode type = node.get("type");
			if (type != null && !COMMUNE_ACTUELLE.equals(type.asString())) {
				skipped[0]++;
				return;
			}
			String code = code(node, "code", at);
			String name = text(node, "nom", at);
			String departement = code(node, "departement", at);
			Long population = count(node, "population", at);
			Set<String> former = new TreeSet<>();
			JsonNode anciens = node.get("anciensCodes");
			if (anciens != null && anciens.isArray()) {
				for (int k = 0; k < anciens.size(); k++) {
					if (anciens.get(k).isString()) {
						former.add(anciens.get(k).asString());
					}
					else {
						at.add("anciensCodes[" + k + "]", anciens.get(k).toString(), NOT_A_STRING);
					}
				}
			}
			if (code != null && name != null) {
				communes.add(new Commune(code, name, departement, population, List.copyOf(former), i));
			}
		});
		return assemble(regions, departements, epcis, communes, skipped[0], stored, errors);
	}

	private static final String NOT_A_STRING = "un code est une chaîne de caractères (\"01\", \"2A004\") : un nombre"
			+ " perdrait les zéros en tête";

	private Content assemble(List<Region> regions, List<Departement> departements, List<Epci> epcis,
			List<Commune> communes, int skipped, Function<Set<String>, Set<String>> stored, InputErrors errors) {
		unique(regions, Region::code, Region::index, ReferentialFiles.REGIONS, errors);
		unique(departements, Departement::code, Departement::index, ReferentialFiles.DEPARTEMENTS, errors);
		unique(epcis, Epci::code, Epci::index, ReferentialFiles.EPCI, errors);
		Set<String> known = new HashSet<>();
		regions.forEach(r -> known.add(r.code()));
		departements.forEach(d -> known.add(d.code()));
		Set<String> referenced = new HashSet<>();
		departements.forEach(d -> referenced.add(d.region()));
		communes.forEach(c -> referenced.add(c.departement()));
		referenced.remove(null);
		referenced.removeAll(known);
		known.addAll(stored.apply(referenced));

		Map<String, Commune> communeByCode = new LinkedHashMap<>();
		for (Commune c : communes) {
			if (communeByCode.putIfAbsent(c.code(), c) != null) {
				errors.at(ReferentialFiles.COMMUNES + "[" + c.index() + "]").add("code", c.code(),
						"commune actuelle en double dans le fichier");
			}
		}
		Map<String, String> epciOf = new HashMap<>();
		int outside = 0;
		Map<String, Set<String>> epciDepartements = new HashMap<>();
		for (Epci e : epcis) {
			Set<String> parents = new TreeSet<>();
			for (int k = 0; k < e.members().size(); k++) {
				String member = e.members().get(k);
				Commune commune = communeByCode.get(member);
				if (commune == null) {
					outside++;
					continue;
				}
				String other = epciOf.putIfAbsent(member, e.code());
				if (other != null && !other.equals(e.code())) {
					errors.at(ReferentialFiles.EPCI + "[" + e.index() + "].membres[" + k + "]").add("code", member,
							"commune déjà membre de l'EPCI " + other + " : une commune appartient à un seul EPCI");
				}
				if (commune.departement() != null) {
					parents.add(commune.departement());
				}
			}
			epciDepartements.put(e.code(), parents);
		}

		Map<String, Long> departementPopulation = new HashMap<>();
		Map<String, String> regionOf = new HashMap<>();
		departements.forEach(d -> regionOf.put(d.code(), d.region()));
		Map<String, Long> regionPopulation = new HashMap<>();
		for (Commune c : communes) {
			if (c.population() != null && c.departement() != null) {
				departementPopulation.merge(c.departement(), c.population(), Long::sum);
				String region = regionOf.get(c.departement());
				if (region != null) {
					regionPopulation.merge(region, c.population(), Long::sum);
				}
			}
		}

		List<Entry> entries = new ArrayList<>();
		for (Region r : regions) {
			entries.add(new Entry(r.code(), r.name(), "REGION", regionPopulation.get(r.code()), List.of(), List.of()));
		}
		for (Departement d : departements) {
			if (d.region() != null && !known.contains(d.region())) {
				errors.at(ReferentialFiles.DEPARTEMENTS + "[" + d.index() + "]").add("region",
						d.region().substring(REGION_PREFIX.length()),
						"région inconnue : absente de regions.json et de la base");
			}
			entries.add(new Entry(d.code(), d.name(), "DEPARTEMENT", departementPopulation.get(d.code()),
					d.region() == null ? List.of() : List.of(d.region()), List.of()));
		}
		for (Epci e : epcis) {
			entries.add(new Entry(e.code(), e.name(), "EPCI", e.population(), List.copyOf(epciDepartements.get(e.code())),
					List.of()));
		}
		for (Commune c : communeByCode.values()) {
			if (c.departement() != null && !known.contains(c.departement())) {
				errors.at(ReferentialFiles.COMMUNES + "[" + c.index() + "]").add("departement", c.departement(),
						"département inconnu : absent de departements.json et de la base");
			}
			Set<String> parents = new TreeSet<>();
			if (c.departement() != null) {
				parents.add(c.departement());
			}
			if (epciOf.containsKey(c.code())) {
				parents.add(epciOf.get(c.code()));
			}
			entries.add(new Entry(c.code(), c.name(), "COMMUNE", c.population(), List.copyOf(parents), c.formerCodes()));
		}
		Set<String> codes = new HashSet<>();
		for (Entry entry : entries) {
			if (!codes.add(entry.code())) {
				errors.add(entry.level().toLowerCase(java.util.Locale.ROOT), entry.code(),
						"code présent à deux niveaux du référentiel (un code de territoire est unique)");
			}
		}
		return new Content(entries, skipped, outside);
	}

	/** Streams the records of one file: an array of objects, read one object at a time. */
	private void records(ReferentialFiles files, String file, InputErrors errors,
			RecordReader reader) throws IOException {
		try (InputStream in = files.open(file); JsonParser parser = json.createParser(in)) {
			if (parser.nextToken() != JsonToken.START_ARRAY) {
				errors.add(file, null, "le fichier doit contenir un tableau JSON d'objets");
				return;
			}
			int i = 0;
			for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY && token != null;
					token = parser.nextToken()) {
				InputErrors at = errors.at(file + "[" + i + "]");
				JsonNode node = record.readValue(parser);
				if (node == null || !node.isObject()) {
					at.add("", node == null ? null : node.toString(), "objet JSON attendu");
				}
				else {
					reader.read(node, at, i);
				}
				i++;
			}
		}
		catch (tools.jackson.core.JacksonException ex) {
			errors.add(file, null, "JSON illisible : " + ex.getOriginalMessage());
		}
	}

	private static @Nullable String code(@Nullable JsonNode node, String field, InputErrors at) {
		JsonNode value = node == null ? null : node.get(field);
		if (value == null || value.isNull()) {
			at.add(field, null, "code manquant");
			return null;
		}
		if (!value.isString()) {
			at.add(field, value.toString(), NOT_A_STRING);
			return null;
		}
		if (value.asString().isBlank()) {
			at.add(field, value.asString(), "code vide");
			return null;
		}
		return value.asString();
	}

	private static @Nullable String text(JsonNode node, String field, InputErrors at) {
		JsonNode value = node.get(field);
		if (value == null || !value.isString() || value.asString().isBlank()) {
			at.add(field, value == null ? null : value.toString(), "nom manquant");
			return null;
		}
		return value.asString();
	}

	private static @Nullable Long count(JsonNode node, String field, InputErrors at) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isIntegralNumber() || value.asLong() < 0) {
			at.add(field, value.toString(), "population : nombre entier positif ou nul attendu");
			return null;
		}
		return value.asLong();
	}

	private static <T> void unique(List<T> records, Function<T, String> code,
			java.util.function.ToIntFunction<T> index, String file, InputErrors errors) {
		Map<String, Integer> seen = new HashMap<>();
		for (T r : records) {
			Integer first = seen.putIfAbsent(code.apply(r), index.applyAsInt(r));
			if (first != null) {
				errors.at(file + "[" + index.applyAsInt(r) + "]").add("code", code.apply(r),
						"code en double dans le fichier (déjà en " + file + "[" + first + "])");
			}
		}
	}

	/** Reads one record of a file. */
	@FunctionalInterface
	private interface RecordReader {

		void read(JsonNode node, InputErrors at, int index);
	}
}
