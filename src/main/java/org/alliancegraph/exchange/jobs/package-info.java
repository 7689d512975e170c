/**
 * Import jobs: large imports run in the background one at a time, their progress, and their state kept on disk so
 * that it reads the same after a restart, a job a stop cut short reading as failed.
 */
@NullMarked
package org.alliancegraph.exchange.jobs;

import org.jspecify.annotations.NullMarked;
