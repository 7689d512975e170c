package org.alliancegraph.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that no page of a report's PDF carries a mere fragment: read page by page with poppler's {@code
 * pdftotext}, the footer and page number left out, each page either opens on a section heading or holds at least
 * {@value #MIN_WORDS} words — not a lone table row or sentence pushed over from the page before.
 */
final class PdfPages {

	/** About four lines of text: more than a table row, a catalyst's explanation or a closing sentence. */
	static final int MIN_WORDS = 60;

	private PdfPages() {
	}

	/** @return the number of pages */
	static int assertEveryPageHoldsContent(Path pdf, String lang) throws IOException, InterruptedException {
		Properties labels = new Properties();
		try (InputStream in = PdfPages.class.getResourceAsStream("/report/labels_" + lang + ".properties")) {
			labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		Set<String> headings = new TreeSet<>();
		labels.stringPropertyNames().stream().filter(k -> k.startsWith("section.")).map(labels::getProperty)
			.map(PdfPages::ligaturesUndone).forEach(headings::add);
		String footer = ligaturesUndone(labels.getProperty("title"));
		int pages = pages(pdf);
		assertThat(pages).isGreaterThan(1);
		for (int page = 1; page <= pages; page++) {
			List<String> lines = run("pdftotext", "-f", "" + page, "-l", "" + page, "-enc", "UTF-8", pdf.toString(), "-")
				.lines()
				.map(PdfPages::ligaturesUndone)
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith(footer) && !line.matches("\\d+ / \\d+"))
				.toList();
			long words = lines.stream().flatMap(line -> java.util.Arrays.stream(line.split("\\s+")))
				.filter(word -> word.codePoints().anyMatch(Character::isLetterOrDigit))
				.count();
			boolean opensOnHeading = !lines.isEmpty() && headings.contains(lines.get(0));
			assertThat(opensOnHeading || words >= MIN_WORDS)
				.as("page %d of %s opens on %s and holds %d words:%n%s", page, pdf, lines.isEmpty() ? "nothing"
						: lines.get(0), words, String.join("\n", lines))
				.isTrue();
		}
		return pages;
	}

	private static int pages(Path pdf) throws IOException, InterruptedException {
		return run("pdfinfo", pdf.toString()).lines()
			.filter(line -> line.startsWith("Pages:"))
			.mapToInt(line -> Integer.parseInt(line.substring("Pages:".length()).strip()))
			.findFirst()
			.orElseThrow();
	}

	/** pdftotext writes the fi and ff ligatures the font draws as single characters. */
	private static String ligaturesUndone(String text) {
		return text.replace("\uFB01", "fi").replace("\uFB00", "ff").replace("\uFB02", "fl");
	}

	private static String run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] out = process.getInputStream().readAllBytes();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(new String(out, StandardCharsets.UTF_8)).isZero();
		return new String(out, StandardCharsets.UTF_8);
	}

	/** Writes the PDF where the report tests keep their pages, to be looked at. */
	static Path saved(byte[] pdf, String name) throws IOException {
		Path dir = Files.createDirectories(Path.of("target", "report-pages"));
		return Files.write(dir.resolve("diagnostic-" + name + ".pdf"), pdf);
	}
}
