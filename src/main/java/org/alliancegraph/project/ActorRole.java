package org.alliancegraph.project;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The role of an actor in a project ({@code CONTRIBUTES_TO.role}) or a partnership ({@code MEMBER_OF.role}). */
public enum ActorRole {

	LEAD, PARTNER, FUNDER;

	/** The codes, to check a value given as text. */
	public static final Set<String> NAMES = Arrays.stream(values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

	/** What a French message lists as the accepted values. */
	public static final String EXPECTED_FR = "attendu : LEAD, PARTNER ou FUNDER";
}
