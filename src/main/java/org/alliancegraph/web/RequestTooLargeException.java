package org.alliancegraph.web;

import java.io.IOException;

/** Raised while reading a body that grows past the limit (bodies sent without a length). */
class RequestTooLargeException extends IOException {

	RequestTooLargeException(long limit) {
		super("Le corps de la requête dépasse la taille maximale autorisée (" + limit + " octets).");
	}
}
