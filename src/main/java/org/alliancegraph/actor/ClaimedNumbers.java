package org.alliancegraph.actor;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The SIREN, SIRET and RNA numbers given so far in one batch of writes, with the actor each was given to: a
 * number belongs to one actor only. An import checked in several parts carries one of these from part to part,
 * so that two actors far apart in a file cannot share a number; it holds the numbers, not the actors.
 */
public final class ClaimedNumbers {

	/** field ("siren", "siret", "rna") → number → actor id */
	private final Map<String, Map<String, String>> holders = new HashMap<>();

	/** Gives {@code value} to {@code actor} unless given already; returns the first holder, or null. */
	@Nullable String claim(String field, String value, String actor) {
		return holders.computeIfAbsent(field, f -> new HashMap<>()).putIfAbsent(value, actor);
	}
}
