// Fragment: in fragments/partners-of, from the (partner, hub) rows of the -dated fragments: one row
// per partner with its partnership's start (the earliest of its links, each from the later of the
// two parties' dates; $partnersFrom/$partnersTo filter on it), its hubs, and its links, kept only
// when read and ordered once the partner is among those returned.
WITH q, hub, initiative, establishedBy, partySince, partnerSince, partySources + partnerSources AS sourceLists,
     CASE WHEN partySince IS NULL OR partnerSince IS NULL THEN null
          WHEN partySince > partnerSince THEN partySince ELSE partnerSince END AS since
WITH q, min(since) AS since, count(*) AS hubs,
     collect(CASE WHEN NOT initiative THEN hub END) AS agreements,
     apoc.coll.flatten(collect(establishedBy)) AS established,
     collect(CASE WHEN $partnersLinks OR $partnersAgreements OR $partnersInitiatives OR $partnersSectors
                  THEN { hub: hub, partySince: partySince, partnerSince: partnerSince, since: since,
                         sourceLists: sourceLists } END) AS links
WHERE ($partnersFrom IS NULL OR since >= date($partnersFrom)) AND ($partnersTo IS NULL OR since <= date($partnersTo))
