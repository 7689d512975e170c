package org.alliancegraph.territory;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Once the service is up, runs every {@link WarmUp} (the PDF report, the exports…) in one background thread of low
 * priority, on one small territory (a commune, else an EPCI). {@code alliance.warm-up=false} turns it off.
 */
@Component
class StartUpWarmUp {

	private static final Logger log = LoggerFactory.getLogger(StartUpWarmUp.class);

	private final TerritoryService territories;

	private final List<WarmUp> parts;

	private final boolean enabled;

	StartUpWarmUp(TerritoryService territories, List<WarmUp> parts,
			@Value("${alliance.warm-up:true}") boolean enabled) {
		this.territories = territories;
		this.parts = parts;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (!enabled) {
			return;
		}
		Thread thread = new Thread(this::warmUp, "warm-up");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	private void warmUp() {
		for (String level : List.of("COMMUNE", "EPCI")) {
			List<TerritoryResponse> first = territories.list(level, null, null, PageRequest.of(0, 1)).getContent();
			if (!first.isEmpty()) {
				parts.forEach(part -> run(part, first.get(0).code()));
				return;
			}
		}
	}

	private static void run(WarmUp part, String code) {
		long start = System.nanoTime();
		try {
			part.warmUp(code);
			log.info("Mise en route {} ({}) en {} ms / warm-up done", part.getClass().getSimpleName(), code,
					(System.nanoTime() - start) / 1_000_000);
		}
		catch (RuntimeException ex) {
			// a warm-up that fails (database not ready yet…) only leaves the first request slower
			log.debug("Mise en route interrompue / warm-up stopped", ex);
		}
	}
}
