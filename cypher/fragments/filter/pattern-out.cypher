// Filter: a relationship {{rel}} of the types from {{from}} to {{to}}.
({{from}})-[{{rel}}:{{types}}]->({{to}})
