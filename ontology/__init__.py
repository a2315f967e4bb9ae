"""Package data, not code: the ontology, its shapes and the SPARQL questions, shipped as graph.ontology."""
