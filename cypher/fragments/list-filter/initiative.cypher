// Fragment: `filter: { initiative }` of agreements: it establishes or implements the initiative.
EXISTS { ({{var}})-[:ESTABLISHES|IMPLEMENTS]->(:Entity { id: $initiative }) }
