package org.alliancegraph.write;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.alliancegraph.web.InputErrors;
import org.jspecify.annotations.Nullable;

/**
 * What a kind of entity (territories, actors, projects, partnerships) brings to the write path: the validation of
 * its requests, how its stored content is read and how changed entities are written. Everything else — upsert by
 * natural key, version checks, conflicts, the data version — is {@link EntityWrites}'.
 *
 * @param name what change records call the kind: {@code territory}, {@code actor}, {@code project},
 *        {@code partnership}
 * @param requestType the request's class, to read a recorded content back
 * @param nameFr the subject of French messages about one entity: « L'acteur », « Le territoire »
 * @param keyField the request field holding the key: {@code id}, {@code code}
 * @param stored reads the stored entities among some keys, by key
 * @param validation checks a batch of requests
 * @param write writes validated content
 * @param deletion deletes one entity (after its checks; with {@code cascade}, what references it too)
 * @param <R> a request: the whole content of one entity, as clients and import documents give it
 */
public record EntityKind<R extends EntityRequest<R>>(String name, Class<R> requestType, String nameFr, String keyField, StoredContent<R> stored,
		Validation<R> validation, Write<R> write, Deletion deletion) {

	/** An entity as stored: its content as a request without version, and its version (none if written around). */
	public record Stored<R>(R content, @Nullable Long version) {
	}

	/** Content to write with the version it gets. */
	public record Versioned<R>(R content, long version) {
	}

	@FunctionalInterface
	public interface StoredContent<R> {

		Map<String, Stored<R>> of(List<String> keys);
	}

	/**
	 * Checks a batch of requests (one for a single write, many for an import), collecting every error: references
	 * may be in the database or among {@code pending}; {@code errors} takes errors about the batch as a whole,
	 * {@code errorsAt} gives where the errors of the i-th request go.
	 */
	@FunctionalInterface
	public interface Validation<R> {

		void validate(List<R> requests, PendingKeys pending, InputErrors errors, IntFunction<InputErrors> errorsAt);
	}

	/** Writes validated content: the entities to create and those to rewrite, with their new version. */
	@FunctionalInterface
	public interface Write<R> {

		void write(List<Versioned<R>> created, List<Versioned<R>> updated);
	}

	/** Deletes one entity: 409 when something still references it, unless {@code cascade}. */
	@FunctionalInterface
	public interface Deletion {

		void delete(String key, boolean cascade);
	}
}
