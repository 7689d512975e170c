// Change records store each content once (a record's `after` is the next record's `before`, or the entity as it is
// now) and the codes of the territories they stand in as one space-separated string, kept in the record itself.
// The feed's time filters scan the records in seq order, which the reads already walk, so `at` needs no index.

DROP INDEX change_at IF EXISTS;

MATCH (c:Change) WHERE c.after IS NOT NULL OR (c.territories IS NOT NULL AND NOT c.territories IS :: STRING)
SET c.territories = CASE WHEN c.territories IS :: STRING THEN c.territories
                    ELSE reduce(codes = null, code IN c.territories | coalesce(codes + ' ', '') + code) END
REMOVE c.after;
