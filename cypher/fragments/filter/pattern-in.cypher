// Filter: a relationship {{rel}} of the types from {{to}} to {{from}}.
({{from}})<-[{{rel}}:{{types}}]-({{to}})
