// Fragment: in fragments/partners-of, from the (partner, hub) rows of the -counted fragments: one row
// per partner with its hubs, no start date and no links (none is read, and no from/to applies).
WITH q, null AS since, [] AS links, count(*) AS hubs,
     collect(CASE WHEN NOT initiative THEN hub END) AS agreements,
     apoc.coll.flatten(collect(establishedBy)) AS established
