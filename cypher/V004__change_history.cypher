// The change records of the history (one :Change node per committed change of an entity).
// seq orders them (newest first reads the index backwards); an entity's history is read by kind and key.

CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:Change) REQUIRE c.seq IS UNIQUE;
CREATE INDEX change_entity IF NOT EXISTS FOR (c:Change) ON (c.kind, c.key);
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
CREATE INDEX change_import_job IF NOT EXISTS FOR (c:Change) ON (c.importJob);
