// Fragment: {{partners}} (fragments/partners-of, on p, as `partners`) for each party of $ids, one row each.
UNWIND $ids AS pid
MATCH (p:Entity { id: pid })
{{partners}}
RETURN pid AS id, partners AS result
