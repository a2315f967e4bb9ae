"""IRIs of the public vocabulary and of the project's own terms (see docs/design.md)."""

from __future__ import annotations

from functools import lru_cache

ELI = "http://data.europa.eu/eli/ontology#"
DCTERMS = "http://purl.org/dc/terms/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "http://schema.org/"
OA = "http://www.w3.org/ns/oa#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
PKG = "https://w3id.org/policykg/ontology#"
ID = "https://w3id.org/policykg/id/"
WD = "http://www.wikidata.org/entity/"

PREFIXES: dict[str, str] = {
    "eli": ELI,
    "dcterms": DCTERMS,
    "skos": SKOS,
    "org": ORG,
    "prov": PROV,
    "schema": SCHEMA,
    "oa": OA,
    "xsd": XSD,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "pkg": PKG,
    "wd": WD,
    "id": ID,
}
"""The one table of prefixes: bound in every export and rdflib graph, declared for every query (rdflib's
initNs, pyoxigraph's prefixes, so an undeclared ``schema:`` means ``http://schema.org/`` everywhere,
never rdflib's https default), and the JSON-LD context (ontology/context.jsonld, tested equal)."""
_LONGEST_FIRST = sorted(((iri, prefix) for prefix, iri in PREFIXES.items()), key=lambda x: -len(x[0]))

COUNTRY = ID + "region/CN"
COUNTRY_CODE = "100000"


def split(iri: str) -> tuple[str, str] | None:
    """(prefix, local name) of ``iri`` under the longest namespace of PREFIXES that holds it, or None.

    Instances are tested first and not cached: there are millions of them, and few vocabulary terms.
    """
    if iri.startswith(ID):
        return "id", iri[len(ID):]
    return _split_vocabulary(iri)


@lru_cache(maxsize=4096)
def _split_vocabulary(iri: str) -> tuple[str, str] | None:
    for namespace, prefix in _LONGEST_FIRST:
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return prefix, iri[len(namespace):]
    return None


def curie(iri: str) -> str:
    """``prefix:local`` where a namespace of PREFIXES holds ``iri``, else the IRI itself: for people to
    read, and JSON-LD's compacted form (its context declares PREFIXES)."""
    found = split(iri)
    return iri if found is None else f"{found[0]}:{found[1]}"
