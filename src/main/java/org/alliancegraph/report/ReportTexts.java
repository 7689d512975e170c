package org.alliancegraph.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.alliancegraph.analysis.gap.CommunityStructure;
import org.alliancegraph.scopeanalysis.AnalysisProperties;
import org.springframework.stereotype.Component;

/**
 * The fixed words of the report in each language: headings, captions, labels of phases and levels, short sector
 * labels for the charts ({@code report/labels_fr.properties}, {@code labels_en.properties}) and the methods
 * appendix ({@code report/methods_fr.html}, {@code methods_en.html}). Read once.
 */
@Component
class ReportTexts {

	static final List<String> LANGUAGES = List.of("fr", "en");

	private final Map<String, Map<String, String>> labels = new TreeMap<>();

	private final Map<String, String> methods = new TreeMap<>();

	private final String css;

	/**
	 * @param analysis the thresholds the methods appendix states, as configured; the size limits the analyses and
	 *     the report set in code are read from where they are set
	 */
	ReportTexts(AnalysisProperties analysis) {
		for (String lang : LANGUAGES) {
			Properties properties = new Properties();
			try (InputStream in = resource("report/labels_" + lang + ".properties")) {
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Map<String, String> map = new TreeMap<>();
			properties.forEach((k, v) -> map.put((String) k, (String) v));
			Locale locale = Locale.forLanguageTag(lang.equals("fr") ? "fr-FR" : "en-GB");
			NumberFormat number = NumberFormat.getNumberInstance(locale);
			methods.put(lang, text("report/methods_" + lang + ".html")
				.replace("{exactBetweennessMaxActors}", number.format(analysis.exactBetweennessMaxActors()))
				.replace("{betweennessEpsilon}", number.format(analysis.betweennessEpsilon()))
				.replace("{betweennessDelta}", number.format(analysis.betweennessDelta()))
				.replace("{greedyCommunitiesMaxActors}", number.format(CommunityStructure.DEFAULT_GREEDY_LIMIT)));
			// the trajectory's step changes above the size the report sets
			String largeScope = number.format(DiagnosticTrajectory.LARGE_SCOPE);
			map.replaceAll((key, value) -> value.replace("{largeScope}", largeScope));
			labels.put(lang, Collections.unmodifiableMap(map));
		}
		css = text("report/report.css");
	}

	/** The labels of a language ({@code fr} or {@code en}). */
	Map<String, String> labels(String lang) {
		return labels.get(lang);
	}

	/** One label; the key itself when missing, so that a gap shows instead of failing. */
	String label(String lang, String key) {
		return labels.get(lang).getOrDefault(key, key);
	}

	/** The methods appendix, an XHTML fragment. */
	String methods(String lang) {
		return methods.get(lang);
	}

	String css() {
		return css;
	}

	private static String text(String path) {
		try (InputStream in = resource(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream resource(String path) {
		InputStream in = ReportTexts.class.getClassLoader().getResourceAsStream(path);
		if (in == null) {
			throw new IllegalStateException("missing resource " + path);
		}
		return in;
	}
}
