// One Meta node records which dataset was loaded and when.
CREATE CONSTRAINT meta_id_unique IF NOT EXISTS FOR (m:Meta) REQUIRE m.id IS UNIQUE
