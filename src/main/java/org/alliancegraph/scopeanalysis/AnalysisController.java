package org.alliancegraph.scopeanalysis;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.alliancegraph.projection.Scope;
import org.alliancegraph.reference.ListFilters;
import org.alliancegraph.reference.Vocabulary;
import org.alliancegraph.web.InputErrors;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Operation;
import org.alliancegraph.territory.TerritoryLevel;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The analyses of API.md. Every one takes {@code territory} (that territory and all that is PART_OF it;
 * omitted: the whole graph), {@code at} (omitted: today), and optionally {@code sector} and {@code domain}
 * filters (repeatable).
 */
@RestController
@Tag(name = "Analyses", description = "Catalyseurs, manques, articulations, alliances suggérées, trajectoire, scénarios, comparaison aux pairs / the analyses of a scope")
@RequestMapping("/api/v1/analysis")
class AnalysisController {

	private static final int MAX_LIMIT = 1000;

	private static final int MAX_TRAJECTORY_POINTS = 60;

	private static final int MAX_WAIT_SECONDS = 60;

	private final AnalysisBundles bundles;

	private final ListFilters filters;

	private final PeerBenchmarks benchmarks;

	AnalysisController(AnalysisBundles bundles, ListFilters filters, PeerBenchmarks benchmarks) {
		this.bundles = bundles;
		this.filters = filters;
		this.benchmarks = benchmarks;
	}

	@Operation(summary = "Catalyseurs d'un périmètre / Catalysts of a scope",
			description = "Les acteurs qui rendent possible la coopération des autres, classés, avec l'explication de "
					+ "chacun. / The actors that make others' cooperation possible, ranked, each with why.")
	@GetMapping("/catalysts")
	AnalysisAnswers.Catalysts catalysts(@RequestParam(required = false) @Nullable String territory,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate at,
			@RequestParam(required = false) @Nullable Set<String> sector,
			@RequestParam(required = false) @Nullable Set<String> domain,
			@RequestParam(defaultValue = "20") int limit) {
		return bundles.of(checkedScope(territory, at, sector, domain, limit)).catalysts(limit);
	}

	@Operation(summary = "Manques d'un périmètre / Gaps of a scope",
			description = "Secteurs absents, paires de secteurs sans lien, besoins sans projets, fragmentation, "
					+ "communautés. / Absent sectors, sector pairs without ties, needs without projects, "
					+ "fragmentation, communities.")
	@GetMapping("/gaps")
	AnalysisAnswers.Gaps gaps(@RequestParam(required = false) @Nullable String territory,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate at,
			@RequestParam(required = false) @Nullable Set<String> sector,
			@RequestParam(required = false) @Nullable Set<String> domain) {
		return bundles.of(checkedScope(territory, at, sector, domain, null)).gaps();
	}

	@Operation(summary = "Alliances suggérées / Suggested alliances")
	@GetMapping("/suggestions")
	AnalysisAnswers.Suggestions suggestions(@RequestParam(required = false) @Nullable String territory,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate at,
			@RequestParam(required = false) @Nullable Set<String> sector,
			@RequestParam(required = false) @Nullable Set<String> domain,
			@RequestParam(defaultValue = "20") int limit) {
		return bundles.of(checkedScope(territory, at, sector, domain, limit)).suggestions(limit);
	}

	@Operation(summary = "Articulations entre territoires / Inter-territory articulations",
			description = "Points d'articulation, ponts, liens entre territoires et leur connectivité ; between=A,B "
					+ "pour une paire. / Articulation points, bridges, territory links and their connectivity; "
					+ "between=A,B for one pair.")
	@GetMapping("/articulations")
	AnalysisAnswers.Articulations articulations(@RequestParam(required = false) @Nullable String territory,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate at,
			@RequestParam(required = false) @Nullable Set<String> sector,
			@RequestParam(required = false) @Nullable Set<String> domain,
			@RequestParam(required = false) @Nullable String between) {
		InputErrors errors = new InputErrors();
		Scope scope = scope(territory, at, sector, domain, errors);
		List<String> pair = null;
		if (between != null) {
			pair = List.of(between.split(",", -1)).stream().map(String::strip).toList();
			if (pair.size() != 2 || pair.get(0).isEmpty() || pair.get(1).isEmpty() || pair.get(0).equals(pair.get(1))) {
				errors.add("between", between, "attendu : deux codes de territoire différents séparés par une virgule");
			}
		}
		errors.throwIfAny();
		return bundles.of(scope).articulations(pair);
	}

	/**
	 * Each actor's departure alone (actors cut off from the largest component, components left, territory links
	 * lost), most cut off first, and the greedy departure sequence that breaks the network.
	 */
	@Operation(summary = "Robustesse du réseau / Network robustness")
	@GetMapping("/robustness")
	AnalysisAnswers.Robustness robustness(@RequestParam(required = false) @Nullable String territory,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate at,
			@RequestParam(required = false) @Nullable Set<String> sector,
			@RequestParam(required = false) @Nullable Set<String> domain,
			@RequestParam(defaultValue = "50") int limit) {
		return bundles.of(checkedScope(territory, at, sector, domain, limit)).robustness(limit);
	}

	/**
	 * What if some actors left ({@code without=ID,ID}), some partnerships ended ({@code withoutPartnerships=ID,ID})
	 * and some ties were made ({@code with=A:B,C:D}): the figures before and after, the actors cut off, the
	 * territory links and catalysts that change; {@code lang=en} for the summary in English.
	 */
	@Operation(summary = "Scénario de départs / What-if scenario")
	@GetMapping("/scenario")
	AnalysisAnswers.Scenario scenario(@RequestParam(required = false) @Nullable String territory,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate at,
			@RequestParam(required = false) @Nullable Set<String> sector,
			@RequestParam(required = false) @Nullable Set<String> domain,
			@RequestParam(required = false) @Nullable String without,
			@RequestParam(required = false) @Nullable String withoutPartnerships,
			@RequestParam(required = false) @Nullable String with,
			@Parameter(schema = @Schema(allowableValues = { "fr"
			, "en" })) @RequestParam(defaultValue = "fr") String lang) {
		InputErrors errors = new InputErrors();
		Scope scope = scope(territory, at, sector, domain, errors);
		if (!lang.equals("fr") && !lang.equals("en")) {
			errors.add("lang", lang, "langue attendue : fr ou en");
		}
		errors.throwIfAny();
		AnalysisBundle bundle = bundles.of(scope);
		ScenarioChanges changes = ScenarioChanges.parse(without, withoutPartnerships, with, bundle.graph(), errors);
		errors.throwIfAny();
		return bundle.scenario(changes, lang.equals("en"));
	}

	/**
	 * The territory's headline indicators against its peers': the territories of level {@code peers} (default: its
	 * own) within {@code within} (default: its région; {@code FR}: the whole graph), with their quartiles and its
	 * percentile. When the peers' indicators take longer than {@code wait} seconds (0–60, default 10), 202 with how
	 * far they are and, in {@code Location}, the request to make again; {@code peerFigures=true} lists every peer's
	 * indicators too.
	 */
	@Operation(summary = "Comparaison aux territoires pairs / Benchmark against peer territories")
	@GetMapping("/benchmark")
	ResponseEntity<Object> benchmark(@RequestParam(required = false) @Nullable String territory,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate at,
			@Parameter(description = "Niveau des pairs (défaut : celui du territoire) / "
					+ "the peers' level (default: the territory's)",
					schema = @Schema(implementation = TerritoryLevel.class))
			@RequestParam(required = false) @Nullable String peers,
			@RequestParam(required = false) @Nullable String within,
			@RequestParam(defaultValue = "10") int wait, @RequestParam(defaultValue = "false") boolean peerFigures,
			HttpServletRequest request) {
		if (wait < 0 || wait > MAX_WAIT_SECONDS) {
			InputErrors errors = new InputErrors();
			errors.add("wait", wait, "doit être compris entre 0 et " + MAX_WAIT_SECONDS + " (secondes)");
			errors.throwIfAny();
		}
		PeerBenchmarks.Outcome outcome = benchmarks.benchmark(territory, at == null ? LocalDate.now() : at, peers,
				within, Duration.ofSeconds(wait), peerFigures);
		if (outcome instanceof PeerBenchmarks.Ready ready) {
			return ResponseEntity.ok(ready.benchmark());
		}
		String query = request.getQueryString();
		return ResponseEntity.accepted()
			.location(URI.create(request.getRequestURI() + (query == null ? "" : "?" + query)))
			.header(HttpHeaders.RETRY_AFTER, "2")
			.body(outcome);
	}

	/**
	 * The actors and ties that SDGs ({@code sdg}) and partnership types ({@code type}) keep in the scope on the
	 * date: an actor contributing to a project aiming at one of the SDGs or member of an active partnership of one
	 * of the types, a tie that such a project or partnership makes; both given, what both keep.
	 */
	@Operation(summary = "Acteurs et liens retenus par ODD et types de partenariat / "
			+ "Actors and ties kept by SDGs and partnership types")
	@GetMapping("/highlight")
	AnalysisAnswers.Highlight highlight(@RequestParam(required = false) @Nullable String territory,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate at,
			@RequestParam(required = false) @Nullable Set<String> sector,
			@RequestParam(required = false) @Nullable Set<String> domain,
			@Parameter(description = "Numéros d'ODD (1 à 17), répétés ou séparés par des virgules / "
					+ "SDG numbers (1 to 17), repeated or comma-separated")
			@RequestParam(required = false) @Nullable Set<String> sdg,
			@Parameter(description = "Codes de types de partenariat ; voir /api/v1/reference/partnership-types / "
					+ "partnership type codes")
			@RequestParam(required = false) @Nullable Set<String> type) {
		InputErrors errors = new InputErrors();
		Scope scope = scope(territory, at, sector, domain, errors);
		Set<String> sdgs = codes(sdg, Vocabulary.SDGS, "sdg", errors);
		Set<String> types = codes(type, Vocabulary.PARTNERSHIP_TYPES, "type", errors);
		if (sdgs.isEmpty() && types.isEmpty()) {
			errors.add("sdg", null, "au moins un ODD (sdg) ou un type de partenariat (type) attendu");
		}
		errors.throwIfAny();
		return bundles.of(scope).highlight(sdgs, types);
	}

	@Operation(summary = "Trajectoire dans le temps / Trajectory over time",
			description = "Les chiffres clés à chaque date de from à to, au pas step (ISO 8601). / "
					+ "The headline figures at each date from from to to, every step (ISO 8601).")
	@GetMapping("/trajectory")
	AnalysisAnswers.Trajectory trajectory(@RequestParam(required = false) @Nullable String territory,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "P1Y") String step,
			@RequestParam(required = false) @Nullable Set<String> sector,
			@RequestParam(required = false) @Nullable Set<String> domain) {
		InputErrors errors = new InputErrors();
		LocalDate end = to == null ? LocalDate.now() : to;
		LocalDate start = from == null ? end.minusYears(8) : from;
		Scope scope = scope(territory, end, sector, domain, errors);
		Period period = null;
		try {
			period = Period.parse(step);
			if (period.isNegative() || period.isZero() || period.toTotalMonths() < 1 && period.getDays() < 7) {
				errors.add("step", step, "le pas doit être d'au moins une semaine (ex. P1Y, P6M, P1M)");
				period = null;
			}
		}
		catch (DateTimeParseException ex) {
			errors.add("step", step, "durée ISO 8601 attendue (ex. P1Y, P6M)");
		}
		if (start.isAfter(end)) {
			errors.add("from", start, "la date de début est postérieure à la date de fin (" + end + ")");
		}
		else if (period != null && points(start, end, period) > MAX_TRAJECTORY_POINTS) {
			errors.add("step", step, "trop de dates (plus de " + MAX_TRAJECTORY_POINTS + ") : allongez le pas ou"
					+ " raccourcissez la période");
		}
		errors.throwIfAny();
		return bundles.trajectory(scope, start, end, period);
	}

	/** The scope of the parameters, and the limit when there is one; 422 with every error. */
	private Scope checkedScope(@Nullable String territory, @Nullable LocalDate at, @Nullable Set<String> sectors,
			@Nullable Set<String> domains, @Nullable Integer limit) {
		InputErrors errors = new InputErrors();
		Scope scope = scope(territory, at, sectors, domains, errors);
		if (limit != null) {
			checkLimit(limit, errors);
		}
		errors.throwIfAny();
		return scope;
	}

	private Scope scope(@Nullable String territory, @Nullable LocalDate at, @Nullable Set<String> sectors,
			@Nullable Set<String> domains, InputErrors errors) {
		Set<String> s = codes(sectors, Vocabulary.SECTORS, "sector", errors);
		Set<String> d = codes(domains, Vocabulary.DOMAINS, "domain", errors);
		String code = territory == null || territory.isBlank() ? null : territory.strip();
		return new Scope(code, at == null ? LocalDate.now() : at, s, d);
	}

	/** The codes given (none: empty), each of which must be in {@code vocabulary}. */
	private Set<String> codes(@Nullable Set<String> given, Vocabulary vocabulary, String parameter,
			InputErrors errors) {
		Set<String> codes = given == null ? Set.of() : given;
		codes.forEach(code -> filters.code(errors, parameter, code, vocabulary));
		return codes;
	}

	private static void checkLimit(int limit, InputErrors errors) {
		if (limit < 1 || limit > MAX_LIMIT) {
			errors.add("limit", limit, "doit être compris entre 1 et " + MAX_LIMIT);
		}
	}

	private static int points(LocalDate from, LocalDate to, Period step) {
		int n = 0;
		for (LocalDate d = from; !d.isAfter(to) && n <= MAX_TRAJECTORY_POINTS; d = d.plus(step)) {
			n++;
		}
		return n;
	}
}
