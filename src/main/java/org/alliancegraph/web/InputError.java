package org.alliancegraph.web;

import org.jspecify.annotations.Nullable;

/**
 * One rejected value of a request or an import document.
 *
 * @param path where it is, e.g. {@code actors[3].sector}
 * @param value the value given (null when missing)
 * @param message what is wrong, in French
 */
public record InputError(String path, @Nullable Object value, String message) {
}
