package org.alliancegraph.web;

import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The query parameters of every endpoint of the API, checked before any is bound, since Spring MVC would
 * otherwise make do silently: a parameter the endpoint does not know (a typo of a filter) or a single-valued one
 * given twice ({@code sector=A&sector=B}, which would be read as {@code "A,B"}) is refused with 400; a page number
 * that is not a non-negative integer, a page size outside 1 to {@code alliance.api.max-page-size}, a
 * {@code sort} (lists have a fixed order), a malformed escape or a control character in a value are refused with
 * 422. Each error names the parameter and shows the value sent.
 */
final class QueryParameterCheck implements HandlerInterceptor {

	/** What an endpoint accepts: its parameters' names, those that may repeat, whether it is paged or open. */
	private record Accepted(Set<String> names, Set<String> repeatable, boolean paged, boolean open) {
	}

	/** The fixed orders of the lists, as {@code sort} is refused. */
	private static final Map<String, String> ORDERS = Map.of("/api/v1/actors", "par nom, puis par identifiant",
			"/api/v1/projects", "par nom, puis par identifiant", "/api/v1/partnerships",
			"de la date de début la plus récente à la plus ancienne, puis par identifiant", "/api/v1/territories",
			"par niveau (région, département, EPCI, commune, autre), puis par nom et par code");

	private static final Set<String> PAGING = Set.of("page", "size", "sort");

	private final int maxPageSize;

	private final ConcurrentMap<Method, Accepted> accepted = new ConcurrentHashMap<>();

	QueryParameterCheck(int maxPageSize) {
		this.maxPageSize = maxPageSize;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (request.getDispatcherType() != DispatcherType.REQUEST || !(handler instanceof HandlerMethod method)
				|| !method.getBeanType().getName().startsWith("org.alliancegraph.")) {
			return true;
		}
		Accepted endpoint = accepted.computeIfAbsent(method.getMethod(), m -> accepted(method));
		InputErrors misplaced = new InputErrors();
		InputErrors invalid = new InputErrors();
		Map<String, List<String>> query = parse(request.getQueryString(), misplaced);
		query.forEach((name, values) -> {
			Object shown = values.size() == 1 ? values.get(0) : values;
			if (!endpoint.open() && !endpoint.names().contains(name) && !(endpoint.paged() && PAGING.contains(name))) {
				List<String> names = new ArrayList<>(endpoint.names());
				if (endpoint.paged()) {
					names.addAll(List.of("page", "size"));
				}
				misplaced.add(name, shown, "paramètre inconnu à cette adresse : il est refusé, pas ignoré"
						+ (names.isEmpty() ? " ; cette adresse n'en accepte aucun"
								: " ; paramètres acceptés : " + String.join(", ", new TreeSet<>(names))));
			}
			else if (values.size() > 1 && !endpoint.repeatable().contains(name)) {
				misplaced.add(name, values, "paramètre donné " + values.size() + " fois alors qu'il n'accepte qu'une"
						+ " valeur : donnez-le une seule fois");
			}
			for (String value : values) {
				int index = ControlCharacters.firstForbidden(value);
				if (index >= 0) {
					invalid.add(name, value, ControlCharacters.messageFr(value, index));
				}
			}
		});
		if (misplaced.isEmpty() && endpoint.paged()) {
			checkPaging(query, request.getRequestURI(), invalid);
		}
		if (!misplaced.isEmpty()) {
			throw new InvalidInputException(HttpStatus.BAD_REQUEST, misplaced.list());
		}
		invalid.throwIfAny();
		return true;
	}

	private void checkPaging(Map<String, List<String>> query, String uri, InputErrors errors) {
		String page = single(query, "page");
		if (page != null && !isIntegerIn(page, 0, Integer.MAX_VALUE)) {
			errors.add("page", page, "numéro de page : un entier positif ou nul est attendu (la première page est 0)");
		}
		String size = single(query, "size");
		if (size != null && !isIntegerIn(size, 1, maxPageSize)) {
			errors.add("size", size, "taille de page : un entier de 1 à " + maxPageSize + " est attendu");
		}
		String sort = single(query, "sort");
		if (sort != null) {
			String order = ORDERS.entrySet()
				.stream()
				.filter(e -> uri.startsWith(e.getKey()))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse("fixe");
			errors.add("sort", sort, "tri non pris en charge : cette liste est toujours triée " + order
					+ " ; retirez le paramètre sort");
		}
	}

	private static @Nullable String single(Map<String, List<String>> query, String name) {
		List<String> values = query.get(name);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	private static boolean isIntegerIn(String text, long min, long max) {
		if (text.isEmpty() || text.length() > 10 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return false;
		}
		long value = Long.parseLong(text);
		return value >= min && value <= max;
	}

	/** Names to values in the order of the query; a malformed escape is an error of its parameter. */
	private static Map<String, List<String>> parse(@Nullable String query, InputErrors errors) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (query == null || query.isEmpty()) {
			return parameters;
		}
		for (String pair : query.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String rawName = eq < 0 ? pair : pair.substring(0, eq);
			String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
			String name = decode(rawName);
			String value = decode(rawValue);
			if (name == null || value == null) {
				errors.add(name == null ? rawName : name, rawValue, "séquence d'échappement mal formée dans l'adresse :"
						+ " « % » doit être suivi de deux chiffres hexadécimaux formant de l'UTF-8 (ex. %C3%A9 pour é)");
				continue;
			}
			parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
		}
		return parameters;
	}

	/** Null when malformed, or when the bytes are not UTF-8 (the decoder would have put U+FFFD). */
	private static @Nullable String decode(String raw) {
		try {
			String decoded = URLDecoder.decode(raw, StandardCharsets.UTF_8);
			return decoded.indexOf('\uFFFD') >= 0 && raw.indexOf('\uFFFD') < 0 ? null : decoded;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Accepted accepted(HandlerMethod method) {
		Set<String> names = new TreeSet<>();
		Set<String> repeatable = new TreeSet<>();
		boolean paged = false;
		boolean open = false;
		for (MethodParameter parameter : method.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
			Class<?> type = parameter.getParameterType();
			if (Pageable.class.isAssignableFrom(type)) {
				paged = true;
			}
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param == null) {
				continue;
			}
			if (Map.class.isAssignableFrom(type)) {
				open = true;
				continue;
			}
			String name = !param.name().isEmpty() ? param.name()
					: !param.value().isEmpty() ? param.value() : parameter.getParameterName();
			if (name == null) {
				open = true;
				continue;
			}
			names.add(name);
			if (Collection.class.isAssignableFrom(type) || type.isArray()) {
				repeatable.add(name);
			}
		}
		return new Accepted(Set.copyOf(names), Set.copyOf(repeatable), paged, open);
	}
}
