package org.alliancegraph.report;

import org.alliancegraph.territory.WarmUp;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The PDF report of a small territory, rendered once after a start: the first report a user asks for then finds the
 * PDF renderer and its fonts loaded, the queries of the projection and the report planned and the analyses compiled.
 * The peers' benchmark is left out: it would compute every territory of the région at each start.
 */
@Component
@Order(1)
class ReportWarmUp implements WarmUp {

	private final DiagnosticService diagnostics;

	private final ReportRenderer renderer;

	ReportWarmUp(DiagnosticService diagnostics, ReportRenderer renderer) {
		this.diagnostics = diagnostics;
		this.renderer = renderer;
	}

	@Override
	public void warmUp(String code) {
		renderer.pdf(diagnostics.withoutPeers(code, "fr"));
	}
}
