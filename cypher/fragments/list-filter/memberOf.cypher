// Fragment: `filter: { memberOf }` of parties: a member (attending is not membership).
EXISTS { ({{var}})-[m:MEMBER_OF]->(:Entity { id: $memberOf }) WHERE m.kind <> 'attended' }
