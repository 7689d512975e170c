package org.alliancegraph.project;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The phases of a territorial project, from the first idea to the sharing of what was learnt. */
public enum ProjectPhase {

	EMERGENCE, EXPERIMENTATION, DEPLOYMENT, CAPITALISATION;

	static final Set<String> NAMES = Arrays.stream(values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());
}
