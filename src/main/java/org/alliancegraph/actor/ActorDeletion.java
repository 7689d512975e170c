package org.alliancegraph.actor;

import java.util.List;

/**
 * What a deletion removed besides the actor itself.
 *
 * @param id the deleted actor
 * @param deletedPartnerships partnerships deleted with it because they were left with fewer than two
 *     members (only with {@code ?cascade=true})
 */
public record ActorDeletion(String id, List<String> deletedPartnerships) {

	public ActorDeletion {
		deletedPartnerships = List.copyOf(deletedPartnerships);
	}
}
