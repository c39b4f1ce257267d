// Fragment: counts(of: MEMBERSHIPS): every membership of a party in an initiative (attendance
// included: the KIND key tells it apart). `day` is when it began, by the party's own date.
MATCH (party:Party)-[item:MEMBER_OF]->(hub:Initiative)
WITH item, hub, party, item.since AS day, item.sincePrecision AS dayPrecision, item.kind AS kind
