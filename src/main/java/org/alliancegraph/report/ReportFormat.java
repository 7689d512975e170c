package org.alliancegraph.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How the report writes numbers and dates in its language: "12 345", "0,42", "38 %", "1 janvier 2026" in French;
 * "12,345", "0.42", "38%", "1 January 2026" in English. Formatting only; the figures come from the report.
 */
public final class ReportFormat {

	private static final char NBSP = '\u00A0';

	private final String lang;

	private final Locale locale;

	ReportFormat(String lang) {
		this.lang = lang;
		this.locale = "en".equals(lang) ? Locale.UK : Locale.FRANCE;
	}

	public String integer(long value) {
		DecimalFormat format = new DecimalFormat("#,##0", symbols());
		return format.format(value);
	}

	public String population(@Nullable Long value) {
		return value == null ? "–" : integer(value);
	}

	/** A number with at most {@code digits} decimals. */
	public String decimal(@Nullable Double value, int digits) {
		if (value == null || value.isNaN()) {
			return "–";
		}
		DecimalFormat format = new DecimalFormat("#,##0." + "#".repeat(Math.max(1, digits)), symbols());
		return format.format(value);
	}

	/** A number with exactly {@code digits} decimals. */
	public String fixed(@Nullable Double value, int digits) {
		if (value == null || value.isNaN()) {
			return "–";
		}
		DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits), symbols());
		return format.format(value);
	}

	/** A share in [0, 1] as a percentage, one decimal below 10 %. */
	public String percent(double share) {
		double p = share * 100;
		String number = p > 0 && p < 10 ? decimal(Math.round(p * 10) / 10.0, 1) : integer(Math.round(p));
		return "en".equals(lang) ? number + "%" : number + NBSP + "%";
	}

	/** A benchmark indicator's value: shares as percentages, the density to three decimals, the rest to two. */
	public String indicator(String code, @Nullable Double value) {
		if (value == null) {
			return "–";
		}
		if (code.endsWith("_SHARE")) {
			return percent(value);
		}
		return "DENSITY".equals(code) ? fixed(value, 3) : decimal(value, 2);
	}

	public String date(LocalDate date) {
		return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
	}

	/** A trajectory date on an axis: its year. */
	public String shortDate(LocalDate date) {
		return Integer.toString(date.getYear());
	}

	/** A label with its {@code {0}}, {@code {1}}… replaced by the arguments, already formatted. */
	public String fill(String pattern, Object... args) {
		String result = pattern;
		for (int i = 0; i < args.length; i++) {
			result = result.replace("{" + i + "}", String.valueOf(args[i]));
		}
		return result;
	}

	private DecimalFormatSymbols symbols() {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
		if (!"en".equals(lang)) {
			symbols.setGroupingSeparator(NBSP);
			symbols.setDecimalSeparator(',');
		}
		return symbols;
	}
}
