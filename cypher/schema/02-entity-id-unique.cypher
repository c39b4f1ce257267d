// Entity ids are unique across types, so any id can anchor a lookup or a traversal.
CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE
