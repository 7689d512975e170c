// Search by name that folds accents and case ("drome" finds Drôme, "sante" finds « … de santé »), ranked by
// relevance: full-text indexes with Lucene's standard tokenizer and ASCII folding. Queried through
// db.index.fulltext.queryNodes with what NameSearch makes of the words typed (folded, each also as a prefix).

CREATE FULLTEXT INDEX territory_names IF NOT EXISTS FOR (t:Territory) ON EACH [t.name]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX project_names IF NOT EXISTS FOR (p:Project) ON EACH [p.name]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX partnership_texts IF NOT EXISTS FOR (x:Partnership) ON EACH [x.description, x.id]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
