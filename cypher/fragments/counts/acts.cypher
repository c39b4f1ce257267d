// Fragment: counts(of: ACTS): every act of a party on an agreement, a refusal (declined) never.
// `day` is the party's own date; `kind` the act (signed, ratified...).
MATCH (party:Party)-[item:ACTED_ON]->(hub:Agreement)
WHERE item.act <> 'declined'
WITH item, hub, party, item.date AS day, item.datePrecision AS dayPrecision, item.act AS kind
