package org.alliancegraph.exchange.importing;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the imports.
 *
 * @param workDir journals of large imports and the state of import jobs ({@code ALLIANCE_IMPORT_WORK_DIR}); keep it
 *     with the database: a journal left there undoes its import at start-up
 * @param singleTransactionEntries imports up to this many entries are written in one transaction; larger ones
 *     chunk by chunk, journaled
 * @param asyncThreshold CSV uploads larger than this run as a job ({@code 202})
 * @param asyncThresholdEntries JSON documents with more entries than this run as a job
 */
@ConfigurationProperties("alliance.import")
public record ImportProperties(@DefaultValue("./data/imports") Path workDir,
		@DefaultValue("20000") int singleTransactionEntries, @DefaultValue("10MB") DataSize asyncThreshold,
		@DefaultValue("20000") int asyncThresholdEntries) {
}
