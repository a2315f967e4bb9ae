"""The prefixes every query may use without declaring them.

Passed to every backend (rdflib's initNs, pyoxigraph's prefixes) so that an undeclared
``schema:`` means ``http://schema.org/`` everywhere, never rdflib's own https default.
"""

from __future__ import annotations

PREFIXES: dict[str, str] = {
    "eli": "http://data.europa.eu/eli/ontology#",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "http://schema.org/",
    "oa": "http://www.w3.org/ns/oa#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "pkg": "https://w3id.org/policykg/ontology#",
    "id": "https://w3id.org/policykg/id/",
}


def shorten(iri: str) -> str:
    """Write an IRI as prefix:local when a known namespace covers it, for people to read."""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri
