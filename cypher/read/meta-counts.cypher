// The dataset's size, for `meta`: hubs, and the acts and memberships that carry their own date.
RETURN COUNT { (:Agreement) } AS agreements, COUNT { (:Initiative) } AS initiatives,
       COUNT { ()-[:ACTED_ON]->() } AS acts, COUNT { ()-[:MEMBER_OF]->() } AS memberships,
       COUNT { ()-[r:ACTED_ON]->() WHERE r.date IS NOT NULL } + COUNT { ()-[m:MEMBER_OF]->() WHERE m.since IS NOT NULL } AS datedActsAndMemberships,
       COUNT { (:Source) } AS sources, COUNT { (:Person) } AS people
