// Fragment: the PARTY keys k{{i}} of each item, one per party in `parties`.
UNWIND parties AS p{{i}}
WITH *, { dimension: 'PARTY', id: p{{i}}.id, label: p{{i}}.name } AS k{{i}}
