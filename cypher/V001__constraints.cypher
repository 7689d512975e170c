// Uniqueness of natural keys, and indexes for the filters of the API.
// Applied once at start-up by the schema runner (recorded as a :SchemaMigration node);
// it can also be pasted into Neo4j Browser as it is.

CREATE CONSTRAINT territory_code IF NOT EXISTS FOR (t:Territory) REQUIRE t.code IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT actor_siren IF NOT EXISTS FOR (a:Actor) REQUIRE a.siren IS UNIQUE;
CREATE CONSTRAINT actor_siret IF NOT EXISTS FOR (a:Actor) REQUIRE a.siret IS UNIQUE;
CREATE CONSTRAINT actor_rna IF NOT EXISTS FOR (a:Actor) REQUIRE a.rna IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (p:Project) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT partnership_id IF NOT EXISTS FOR (p:Partnership) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT sector_code IF NOT EXISTS FOR (s:Sector) REQUIRE s.code IS UNIQUE;
CREATE CONSTRAINT partnership_type_code IF NOT EXISTS FOR (t:PartnershipType) REQUIRE t.code IS UNIQUE;
CREATE CONSTRAINT domain_code IF NOT EXISTS FOR (d:Domain) REQUIRE d.code IS UNIQUE;
CREATE CONSTRAINT sdg_code IF NOT EXISTS FOR (s:Sdg) REQUIRE s.code IS UNIQUE;
CREATE CONSTRAINT lever_code IF NOT EXISTS FOR (l:Lever) REQUIRE l.code IS UNIQUE;
CREATE CONSTRAINT catalyst_mission_code IF NOT EXISTS FOR (m:CatalystMission) REQUIRE m.code IS UNIQUE;
CREATE CONSTRAINT funding_instrument_code IF NOT EXISTS FOR (f:FundingInstrument) REQUIRE f.code IS UNIQUE;
CREATE CONSTRAINT indicator_code IF NOT EXISTS FOR (i:Indicator) REQUIRE i.code IS UNIQUE;

CREATE INDEX territory_level IF NOT EXISTS FOR (t:Territory) ON (t.level);
CREATE INDEX territory_name IF NOT EXISTS FOR (t:Territory) ON (t.name);
CREATE INDEX actor_sector IF NOT EXISTS FOR (a:Actor) ON (a.sector);
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
CREATE INDEX project_phase IF NOT EXISTS FOR (p:Project) ON (p.phase);
CREATE INDEX partnership_type IF NOT EXISTS FOR (p:Partnership) ON (p.type);
CREATE INDEX partnership_period IF NOT EXISTS FOR (p:Partnership) ON (p.start, p.end);
