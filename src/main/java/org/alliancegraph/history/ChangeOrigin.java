package org.alliancegraph.history;

import java.security.SecureRandom;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who and what a change is made for: its source, the user it is recorded under and the import job, if any. An API
 * write on a request thread needs none declared (the source is {@link ChangeSource#API}, the user the authenticated
 * one); an import, which runs on a job thread of its own, declares its origin around its work with
 * {@link #during(Supplier)}.
 *
 * @param user the authenticated name; {@link #SYSTEM} for what the service does by itself (demo data at start)
 */
public record ChangeOrigin(ChangeSource source, String user, @Nullable String importJob) {

	/** The user of changes no one asked for over HTTP. */
	public static final String SYSTEM = "system";

	private static final int IMPORT_ID_LENGTH = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final ThreadLocal<@Nullable ChangeOrigin> CURRENT = new ThreadLocal<>();

	/** The origin declared on this thread, or an API write by the authenticated user. */
	public static ChangeOrigin current() {
		ChangeOrigin declared = CURRENT.get();
		return declared != null ? declared : new ChangeOrigin(ChangeSource.API, authenticatedUser(), null);
	}

	/**
	 * A new import's id: 12 random lowercase letters and digits (62 bits), short enough to be kept inside each of
	 * the import's records and its index entry (a UUID would take a string block per record).
	 */
	public static String newImportId() {
		StringBuilder id = new StringBuilder(IMPORT_ID_LENGTH);
		for (int i = 0; i < IMPORT_ID_LENGTH; i++) {
			id.append(Character.forDigit(RANDOM.nextInt(36), 36));
		}
		return id.toString();
	}

	/** The user this request is authenticated as, {@link #SYSTEM} outside a request. */
	public static String authenticatedUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken ? SYSTEM
				: authentication.getName();
	}

	/** The same origin with another source: what a restore or a cascade records. */
	public ChangeOrigin withSource(ChangeSource other) {
		return new ChangeOrigin(other, user, importJob);
	}

	/** Runs {@code work} with this origin declared on the current thread. */
	public <T> T during(Supplier<T> work) {
		try (Declared declared = declare()) {
			return work.get();
		}
	}

	/** Declares this origin on the current thread until the answer is closed (for work that throws). */
	public Declared declare() {
		ChangeOrigin previous = CURRENT.get();
		CURRENT.set(this);
		return () -> CURRENT.set(previous);
	}

	/** The declaration of an origin, closed to go back to the one before. */
	@FunctionalInterface
	public interface Declared extends AutoCloseable {

		@Override
		void close();
	}
}
