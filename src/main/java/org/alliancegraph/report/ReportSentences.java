package org.alliancegraph.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.analysis.Reason;
import org.alliancegraph.analysis.catalyst.CatalystResult;
import org.alliancegraph.analysis.suggestion.Suggestion;

/**
 * Says a code and its values in the report's language, from a pattern of {@code report/labels_*.properties}:
 * {@code {name}} is the value written as the report writes numbers (a {@code share} as a percentage, a sector or
 * domain code by its label, a list joined with "et" / "and"), {@code {name|one|other}} the words that agree with
 * the number (French: singular below 2; English: singular for 1), {@code {name|zero|one|other}} with a form for 0
 * too, {@code #} in them standing for the number ({@code {pairs|aucune paire|# paire|# paires}}). The catalysts'
 * explanations and the
 * suggestions' reasons are said this way from their structured reasons, and so are the key points. Public for the
 * template.
 */
public final class ReportSentences {

	private static final Pattern PLACE = Pattern.compile("\\{(\\w+)((?:\\|[^|}]*)*)}");

	private final String lang;

	private final Map<String, String> t;

	private final ReportFormat format;

	private final DiagnosticReport.Labels names;

	ReportSentences(String lang, Map<String, String> labels, ReportFormat format, DiagnosticReport.Labels names) {
		this.lang = lang;
		this.t = labels;
		this.format = format;
		this.names = names;
	}

	/** The sentence of {@code key} with its places filled from {@code values}; the key itself when missing. */
	String say(String key, Map<String, Object> values) {
		String pattern = t.get(key);
		if (pattern == null) {
			return key;
		}
		Matcher place = PLACE.matcher(pattern);
		StringBuilder out = new StringBuilder();
		while (place.find()) {
			Object value = values.get(place.group(1));
			String text = place.group(2).isEmpty() ? write(place.group(1), value)
					: agreeing(place.group(2).substring(1).split("\\|", -1), value)
						.replace("#", write(place.group(1), value));
			place.appendReplacement(out, Matcher.quoteReplacement(text));
		}
		place.appendTail(out);
		return out.toString();
	}

	/** A reason of {@code kind} ({@code catalyst}, {@code suggestion}); an estimated share has its own pattern. */
	String say(String kind, Reason reason) {
		String key = "reason." + kind + "." + reason.code();
		if (Boolean.TRUE.equals(reason.values().get("estimated"))) {
			key += ".estimated";
		}
		return say(key, reason.values());
	}

	/** Why a catalyst ranks where it does, in the report's language. */
	public String catalyst(CatalystResult catalyst) {
		return String.join(t.getOrDefault("reason.separator", " ; "),
				catalyst.why().stream().map(r -> say("catalyst", r)).toList());
	}

	/** Why an alliance is suggested, in the report's language. */
	public String suggestion(Suggestion suggestion) {
		return String.join(t.getOrDefault("reason.separator", " ; "),
				suggestion.why().stream().map(r -> say("suggestion", r)).toList());
	}

	/** The form of {@code forms} (one, other; or zero, one, other) that agrees with the number. */
	private String agreeing(String[] forms, Object value) {
		double n = value instanceof Number number ? number.doubleValue()
				: value instanceof List<?> list ? list.size() : 0;
		if (forms.length >= 3 && n == 0) {
			return forms[0];
		}
		int one = forms.length >= 3 ? 1 : 0;
		return singular(value) ? forms[one] : forms[Math.min(one + 1, forms.length - 1)];
	}

	private boolean singular(Object value) {
		double n = value instanceof Number number ? number.doubleValue()
				: value instanceof List<?> list ? list.size() : 0;
		return "en".equals(lang) ? n == 1 : n < 2;
	}

	private String write(String name, Object value) {
		if (value == null) {
			return "–";
		}
		if (value instanceof List<?> list) {
			List<String> items = new ArrayList<>(list.size());
			list.forEach(item -> items.add(write(name, item)));
			return joined(items);
		}
		if (value instanceof Double share && name.toLowerCase(java.util.Locale.ROOT).endsWith("share")) {
			return share > 0 && share < 0.005 ? t.getOrDefault("share.belowOne", "< 1 %") : format.percent(share);
		}
		if (value instanceof Double || value instanceof Float) {
			return format.decimal(((Number) value).doubleValue(), 1);
		}
		if (value instanceof Number number) {
			return format.integer(number.longValue());
		}
		String text = value.toString();
		if (name.startsWith("sector")) {
			return names.sectors().getOrDefault(text, text);
		}
		if (name.startsWith("domain")) {
			return names.domains().getOrDefault(text, text);
		}
		return text;
	}

	/** "a, b et c" / "a, b and c". */
	String joined(List<String> items) {
		if (items.size() <= 1) {
			return items.isEmpty() ? "" : items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " " + t.getOrDefault("list.and", "et") + " "
				+ items.get(items.size() - 1);
	}
}
