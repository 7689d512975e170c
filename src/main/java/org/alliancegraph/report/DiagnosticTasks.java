package org.alliancegraph.report;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;

/**
 * The pool the analyses of a report run on, and the wall and CPU times of each, for the log of the report.
 */
@Component
class DiagnosticTasks {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final ExecutorService pool;

	DiagnosticTasks() {
		int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
		AtomicInteger count = new AtomicInteger();
		this.pool = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "diagnostic-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@PreDestroy
	void stop() {
		pool.shutdownNow();
	}

	/**
	 * Runs one analysis on the report's pool, so that the analyses of a report use every core: they are
	 * independent and read the same cached projection (exact betweenness also spreads over the common pool).
	 * Records the task's wall and thread CPU time for the log.
	 */
	<T> CompletableFuture<T> async(String name, Map<String, String> timings, Supplier<T> analysis) {
		return CompletableFuture.supplyAsync(() -> timed(name, timings, analysis), pool);
	}

	/** Runs a task, recording its wall and thread CPU time for the log. */
	static <T> T timed(String name, Map<String, String> timings, Supplier<T> task) {
		long wall = System.nanoTime();
		long cpu = THREADS.getCurrentThreadCpuTime();
		try {
			return task.get();
		}
		finally {
			timings.put(name, (System.nanoTime() - wall) / 1_000_000 + "/"
					+ (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000);
		}
	}

	/** CPU time of the whole JVM (all threads, the common pool's too), or 0 where the JVM does not tell. */
	static long processCpuNanos() {
		return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
				? os.getProcessCpuTime() : 0;
	}

	/** The answer of a task; its own exception when it failed (a 404 stays a 404). */
	static <T> T join(CompletableFuture<T> task) {
		try {
			return task.join();
		}
		catch (java.util.concurrent.CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}
}
