package org.alliancegraph.report;

import java.time.LocalDate;
import java.util.List;

import org.alliancegraph.territory.TerritoryResponse;
import org.alliancegraph.territory.TerritoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Once the service is up, renders in the background the PDF report of one small territory (a commune, else an
 * EPCI): the first report a user asks for after a start then finds the PDF renderer and its fonts loaded, the
 * queries of the projection and the report planned and the analyses compiled, instead of paying for all of it.
 * {@code alliance.report.warm-up=false} turns it off.
 */
@Component
class ReportWarmUp {

	private static final Logger log = LoggerFactory.getLogger(ReportWarmUp.class);

	private final DiagnosticService diagnostics;

	private final ReportRenderer renderer;

	private final TerritoryService territories;

	private final boolean enabled;

	ReportWarmUp(DiagnosticService diagnostics, ReportRenderer renderer, TerritoryService territories,
			@Value("${alliance.report.warm-up:true}") boolean enabled) {
		this.diagnostics = diagnostics;
		this.renderer = renderer;
		this.territories = territories;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (!enabled) {
			return;
		}
		Thread thread = new Thread(this::warmUp, "report-warm-up");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	private void warmUp() {
		long start = System.nanoTime();
		try {
			for (String level : List.of("COMMUNE", "EPCI")) {
				List<TerritoryResponse> first = territories.list(level, null, null, PageRequest.of(0, 1)).getContent();
				if (!first.isEmpty()) {
					renderer.pdf(diagnostics.build(first.get(0).code(), LocalDate.now(), "fr"));
					log.info("Rapport de mise en route ({}) rendu en {} ms / warm-up report rendered", first.get(0).code(),
							(System.nanoTime() - start) / 1_000_000);
					return;
				}
			}
		}
		catch (RuntimeException ex) {
			// a warm-up that fails (database not ready yet…) only leaves the first report slower
			log.debug("Mise en route du rapport interrompue / report warm-up stopped", ex);
		}
	}
}
