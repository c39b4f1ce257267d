// Sort: a relationship's own id, the last tie-break between two relationships to the same node.
elementId({{rel}})
