package org.alliancegraph.scopeanalysis;

import java.util.Objects;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * A part of an {@link AnalysisBundle}: computed by the first caller, while simultaneous callers wait for that
 * result instead of computing it again (single flight); a computation that fails is tried again by the next caller.
 */
final class ComputedOnce<T> implements Supplier<T> {

	private @Nullable Supplier<T> computation;

	private @Nullable T value;

	ComputedOnce(Supplier<T> computation) {
		this.computation = Objects.requireNonNull(computation, "computation");
	}

	@Override
	public synchronized T get() {
		Supplier<T> pending = this.computation;
		if (pending != null) {
			this.value = Objects.requireNonNull(pending.get(), "computed value");
			this.computation = null;
		}
		return Objects.requireNonNull(this.value);
	}

	/** Whether the value is there already. */
	synchronized boolean computed() {
		return this.computation == null;
	}
}
