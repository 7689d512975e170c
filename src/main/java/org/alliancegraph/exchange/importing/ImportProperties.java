package org.alliancegraph.exchange.importing;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the imports.
 *
 * @param workDir this instance's own folder ({@code ALLIANCE_IMPORT_WORK_DIR}): its identity among the instances
 *     sharing the database, and the uploads of running jobs; one instance a folder (the journals and the jobs' state
 *     are in the database)
 * @param singleTransactionEntries imports up to this many entries are written in one transaction; larger ones
 *     chunk by chunk, journaled
 * @param asyncThreshold CSV uploads larger than this run as a job ({@code 202})
 * @param asyncThresholdEntries JSON documents with more entries than this run as a job
 * @param heartbeat how often an instance says in the database that it is alive, and publishes its jobs' progress
 * @param instanceLease an instance silent for longer is taken for stopped: the others undo its cut-short imports
 */
@ConfigurationProperties("alliance.import")
public record ImportProperties(@DefaultValue("./data/imports") Path workDir,
		@DefaultValue("20000") int singleTransactionEntries, @DefaultValue("10MB") DataSize asyncThreshold,
		@DefaultValue("20000") int asyncThresholdEntries, @DefaultValue("PT2S") Duration heartbeat,
		@DefaultValue("PT1M") Duration instanceLease) {
}
