// Fragment: a node's relationships of one type going out, each with its far node, in the order
// read/outgoing-links.cypher gives (so compiled answers equal loader answers). {{relRead}} and
// {{toRead}} read the selected properties and the order keys once, as maps; {{relProps}} and
// {{node}} answer from those maps.
// {{from}} {{rel}} {{type}} {{to}}: variables and a relationship type from the field plan, never input.
COLLECT { MATCH ({{from}})-[{{rel}}:{{type}}]->({{to}}:Record)
  WITH {{rel}}, {{to}}, {{relRead}} AS {{rel}}_read, {{toRead}} AS {{to}}_read
  ORDER BY {{rel}}_read.position, coalesce({{rel}}_read.date, {{rel}}_read.since, {{to}}_read.signedOn), {{to}}_read.name, {{to}}_read.id
  RETURN { rel: {{relProps}}, node: {{node}} } }
