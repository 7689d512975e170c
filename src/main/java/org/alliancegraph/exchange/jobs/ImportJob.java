package org.alliancegraph.exchange.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.alliancegraph.exchange.importing.ImportProgress;
import org.alliancegraph.exchange.importing.ImportResult;
import org.alliancegraph.history.ChangeOrigin;
import org.jspecify.annotations.Nullable;

/**
 * A large import running in the background, and what {@code GET /api/v1/imports/jobs/{id}} shows of it. Its
 * progress moves through two phases and never goes back: reading and checking (up to 50 %, by bytes read for CSV
 * files, by entries checked for a JSON document), then writing (the rest, by entries written).
 */
public final class ImportJob implements ImportProgress {

	enum State {
		QUEUED, RUNNING, SUCCEEDED, FAILED
	}

	/**
	 * The answer of the job endpoint.
	 *
	 * @param rowsRead CSV rows read (JSON: entries)
	 * @param rowsValidated entries (territories, actors, projects, partnerships) that passed validation
	 * @param rowsWritten entries written or found unchanged
	 * @param errors as the synchronous import reports them, when the job failed
	 */
	public record View(String id, State state, double progress, long rowsRead, long rowsValidated, long rowsWritten,
			int created, int updated, int unchanged, boolean dryRun, List<?> errors, Instant submittedAt,
			@Nullable Instant finishedAt, @Nullable ImportResult result) {

		/** Whether the job is over (it succeeded or failed), so that nothing it does is still to come. */
		public boolean finished() {
			return state == State.SUCCEEDED || state == State.FAILED;
		}

		/** The view of a job a stop of the service cut short: failed, and undone from its journal. */
		View interrupted() {
			return new View(id, State.FAILED, progress, rowsRead, rowsValidated, rowsWritten, 0, 0, 0, dryRun,
					List.of(Map.of("message", "import interrompu par un arrêt du service : ce qu'il avait écrit a été"
							+ " annulé (au redémarrage, ou par une autre instance) ; relancez-le / import cut short by a"
							+ " stop of the service, undone at restart or by another instance")),
					submittedAt, Instant.now(), null);
		}
	}

	private final String id = ChangeOrigin.newImportId();

	private final Instant submittedAt = Instant.now();

	private final long totalBytes;

	private final boolean dryRun;

	private final AtomicLong bytesRead = new AtomicLong();

	private final AtomicLong rowsRead = new AtomicLong();

	private final AtomicLong rowsValidated = new AtomicLong();

	private final AtomicLong rowsWritten = new AtomicLong();

	private volatile State state = State.QUEUED;

	private volatile long entries;

	private volatile double progress;

	private volatile @Nullable ImportResult result;

	private volatile List<?> errors = List.of();

	private volatile @Nullable Instant finishedAt;

	/** @param totalBytes the size of what will be read, 0 when it is already in memory */
	public ImportJob(long totalBytes, boolean dryRun) {
		this.totalBytes = totalBytes;
		this.dryRun = dryRun;
	}

	public String id() {
		return id;
	}

	public void bytesRead(long bytes) {
		bytesRead.addAndGet(bytes);
		advance(totalBytes == 0 ? 0 : 0.5 * Math.min(1.0, (double) bytesRead.get() / totalBytes));
	}

	@Override
	public void read(long rows) {
		rowsRead.addAndGet(rows);
	}

	@Override
	public void validated(long rows) {
		rowsValidated.addAndGet(rows);
		if (totalBytes == 0 && rowsRead.get() > 0) {
			advance(0.5 * Math.min(1.0, (double) rowsValidated.get() / rowsRead.get()));
		}
	}

	@Override
	public void counted(long total) {
		entries = total;
		advance(0.5);
	}

	@Override
	public void written(long rows) {
		rowsWritten.addAndGet(rows);
		advance(entries == 0 ? 0.5 : 0.5 + 0.5 * Math.min(1.0, (double) rowsWritten.get() / entries));
	}

	void running() {
		state = State.RUNNING;
	}

	void succeeded(ImportResult outcome) {
		result = outcome;
		advance(1.0);
		finishedAt = Instant.now();
		state = State.SUCCEEDED;
	}

	void failed(List<?> why) {
		errors = List.copyOf(why);
		finishedAt = Instant.now();
		state = State.FAILED;
	}

	/** Progress only moves forward, whatever order the phases report in. */
	private synchronized void advance(double to) {
		if (to > progress) {
			progress = to;
		}
	}

	public View view() {
		ImportResult r = result;
		return new View(id, state, progress, rowsRead.get(), rowsValidated.get(), rowsWritten.get(),
				r == null ? 0 : r.created(), r == null ? 0 : r.updated(), r == null ? 0 : r.unchanged(), dryRun, errors,
				submittedAt, finishedAt, r);
	}
}
