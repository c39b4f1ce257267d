// Fragment: `filter: { signatory }` of agreements: that person signed it.
EXISTS { ({{var}})<-[:SIGNED]-(:Entity { id: $signatory }) }
