// What the service instances sharing one database need to coordinate large imports: each instance's heartbeat,
// the jobs' state (readable from every instance), the lock that runs one import at a time, and the journals
// that undo an import cut short, whichever instance ran it.

CREATE CONSTRAINT service_instance_id IF NOT EXISTS FOR (i:ServiceInstance) REQUIRE i.id IS UNIQUE;
CREATE CONSTRAINT import_job_id IF NOT EXISTS FOR (j:ImportJob) REQUIRE j.id IS UNIQUE;
CREATE INDEX import_job_finished IF NOT EXISTS FOR (j:ImportJob) ON (j.finishedAt);
CREATE CONSTRAINT import_lock_name IF NOT EXISTS FOR (l:ImportLock) REQUIRE l.name IS UNIQUE;
CREATE CONSTRAINT import_journal_id IF NOT EXISTS FOR (j:ImportJournal) REQUIRE j.id IS UNIQUE;
CREATE INDEX import_journal_chunk IF NOT EXISTS FOR (c:ImportJournalChunk) ON (c.journal);

// The property keys the instances' periodic queries read, known from the start: on a database that never ran an
// import, the planner would otherwise warn of unknown keys at every heartbeat. Written once on a node at once
// deleted (Neo4j keeps a property key once it has been used).
CREATE (k:ImportJob {id: '', owner: '', state: '', view: '', finishedAt: 0, job: '', askedAt: 0, done: false,
                     openedAt: 0, claimedAt: 0, journal: '', seq: 0, line: '', heartbeat: 0})
DELETE k;
