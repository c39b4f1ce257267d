// Every loaded node has a stable id; loads MERGE on it.
CREATE CONSTRAINT record_id_unique IF NOT EXISTS FOR (n:Record) REQUIRE n.id IS UNIQUE
