/** The HTTP conventions shared by every feature: problem details, validation errors, paging, security. */
@NullMarked
package org.alliancegraph.web;

import org.jspecify.annotations.NullMarked;
