// The partnerships' list, the most recent first, reads them in the order of this index: a deep page then costs
// a partial sort of the partnerships that begin on the same day, not a sort of them all.

CREATE INDEX partnership_start IF NOT EXISTS FOR (p:Partnership) ON (p.start);
