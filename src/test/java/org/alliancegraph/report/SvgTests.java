package org.alliancegraph.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

class SvgTests {

	@Test
	void shouldWriteWellFormedSvgWithEscapedTextAndWholePixelSize() throws Exception {
		Svg svg = new Svg(680, 489.6, "Réseau <des> acteurs & \"amis\"");
		svg.text(10, 10, "Vergers & Cie <Nyons>", "start", "");
		svg.rect(0.125, 1, 2, 3, "#fff", "");

		Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
			.parse(new ByteArrayInputStream(svg.toString().getBytes(StandardCharsets.UTF_8)))
			.getDocumentElement();

		assertThat(root.getAttribute("width")).isEqualTo("680");
		assertThat(root.getAttribute("height")).isEqualTo("490");
		assertThat(root.getAttribute("aria-label")).isEqualTo("Réseau <des> acteurs & \"amis\"");
		assertThat(root.getTextContent()).isEqualTo("Vergers & Cie <Nyons>");
		assertThat(svg.toString()).contains("x=\"0.13\"");
	}

	@Test
	void shouldShortenLongLabelsWithAnEllipsis() {
		assertThat(Svg.shorten("Coopération économique", 12)).isEqualTo("Coopération…");
		assertThat(Svg.shorten("Culture", 12)).isEqualTo("Culture");
	}

	@Test
	void shouldWrapANameAtItsSpacesWithoutCuttingIt() {
		// "1. Réseau Alliances & Territoires" has 33 characters: "Territoires" goes to the second line
		assertThat(Svg.wrap("1. Réseau Alliances & Territoires Drôme-Ardèche", 32))
			.containsExactly("1. Réseau Alliances &", "Territoires Drôme-Ardèche");
		assertThat(Svg.wrap("Intercommunalité-très-longue-sans-espace et la suite", 10))
			.containsExactly("Intercommunalité-très-longue-sans-espace", "et la", "suite");
		assertThat(Svg.wrap("Culture", 32)).containsExactly("Culture");
	}

	@Test
	void shouldPickRoundAxisSteps() {
		assertThat(ReportCharts.niceStep(0.4)).isEqualTo(1);
		assertThat(ReportCharts.niceStep(23)).isEqualTo(50);
		assertThat(ReportCharts.niceStep(180)).isEqualTo(200);
	}
}
