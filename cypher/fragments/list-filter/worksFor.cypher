// Fragment: `filter: { worksFor }` of people: held a position in the organization.
EXISTS { ({{var}})-[:HELD_POSITION]->(:Entity { id: $worksFor }) }
