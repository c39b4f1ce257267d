// Fragment: the GraphQL type a node resolves to, picked as entity.ts's kindOfLabels picks it from
// its labels (the entity kinds first, in ENTITY_KINDS' order, else its own label): one short string
// in the answer instead of the list of labels (a fifth of a page's JSON). tests/unit keeps the order.
CASE WHEN {{var}}:Country THEN 'Country' WHEN {{var}}:Organization THEN 'Organization' WHEN {{var}}:Person THEN 'Person' WHEN {{var}}:Agreement THEN 'Agreement' WHEN {{var}}:Initiative THEN 'Initiative' WHEN {{var}}:Sector THEN 'Sector' WHEN {{var}}:Place THEN 'Place' WHEN {{var}}:Source THEN 'Source' ELSE head([l IN labels({{var}}) WHERE NOT l IN ['Record', 'Entity']] + ['Record']) END
