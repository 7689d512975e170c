package org.alliancegraph.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.alliancegraph.web.ControlCharacters;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a {@link DiagnosticReport} as an XHTML page (Thymeleaf template {@code templates/report/diagnostic.html})
 * and that same page as a PDF (openhtmltopdf, SVG through Batik). The PDF embeds DejaVu Sans, shipped in
 * {@code report/fonts/} with its licence, so accented letters are real text whatever fonts the machine has.
 */
@Component
class ReportRenderer {

	static final String FONT_FAMILY = "DejaVu Sans";

	private final ITemplateEngine templates;

	private final ReportTexts texts;

	private final byte[] regular;

	private final byte[] bold;

	/**
	 * The PDFs of the reports the report cache holds, by report (identity): the same report asked again is not
	 * rendered again, and a new report (new data, date or language) is a new key.
	 */
	private final Cache<DiagnosticReport, byte[]> pdfs = Caffeine.newBuilder().weakKeys().maximumSize(8).build();

	ReportRenderer(ITemplateEngine templates, ReportTexts texts) {
		this.templates = templates;
		this.texts = texts;
		this.regular = bytes("report/fonts/DejaVuSans.ttf");
		this.bold = bytes("report/fonts/DejaVuSans-Bold.ttf");
	}

	/** The report as a self-contained XHTML page: styles and SVG charts inline. */
	String html(DiagnosticReport report) {
		String lang = report.lang();
		ReportFormat format = new ReportFormat(lang);
		Map<String, String> labels = texts.labels(lang);
		Map<String, Object> variables = new HashMap<>();
		variables.put("r", report);
		variables.put("t", labels);
		variables.put("f", format);
		variables.put("say", new ReportSentences(lang, labels, format, report.labels()));
		variables.put("charts", new ReportCharts(report, labels, format).all());
		variables.put("css", texts.css());
		variables.put("methods", texts.methods(lang));
		variables.put("maxNodes", NetworkLayout.MAX_NODES);
		variables.put("trajectoryYears", DiagnosticTrajectory.YEARS);
		Context context = new Context("en".equals(lang) ? Locale.UK : Locale.FRANCE, variables);
		// names stored before control characters were refused would make the page invalid XHTML, and the PDF fail
		return ControlCharacters.strip(templates.process("report/diagnostic", context));
	}

	/** The report's page rendered to PDF (A4), once per report. */
	byte[] pdf(DiagnosticReport report) {
		return pdfs.get(report, r -> pdf(html(r)));
	}

	/** The page rendered to PDF (A4). */
	byte[] pdf(String html) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
		builder.useSVGDrawer(new BatikSVGDrawer());
		builder.withHtmlContent(html, null);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] bytes(String path) {
		try (InputStream in = ReportRenderer.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
