"""Closed-vocabulary check: every predicate and class used in a graph is declared by the ontology.

A plain Python check rather than SHACL: SHACL core cannot enumerate the declared terms, and one
pass over the distinct predicates and rdf:type objects is fast on any export size.
"""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from graph.validation.violation import Violation

DECLARING_TYPES = frozenset(
    {OWL.Class, RDFS.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property}
)

# The RDF/RDFS/OWL terms an ontology or export may use without declaring: the modelling
# language itself. Listed one by one so a typo such as rdfs:lable is still caught.
BUILTIN_PREDICATES = frozenset(
    {
        RDF.type, RDF.first, RDF.rest,
        RDFS.label, RDFS.comment, RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range,
        RDFS.isDefinedBy, RDFS.seeAlso,
        OWL.sameAs, OWL.versionInfo, OWL.unionOf, OWL.imports,
    }
)
BUILTIN_CLASSES = frozenset(DECLARING_TYPES | {OWL.Ontology, OWL.TransitiveProperty, RDFS.Datatype})


def declared_terms(ontology: Graph) -> frozenset[URIRef]:
    """Every IRI the ontology types as a class or property, plus the built-in modelling terms."""
    declared = {
        s for t in DECLARING_TYPES for s in ontology.subjects(RDF.type, t) if isinstance(s, URIRef)
    }
    return frozenset(declared) | BUILTIN_PREDICATES | BUILTIN_CLASSES


def undeclared_terms(data: Graph, declared: frozenset[URIRef]) -> list[Violation]:
    """One violation per undeclared predicate or class, naming the first node (in IRI order) using it."""
    found: list[Violation] = []
    for predicate in sorted(set(data.predicates(unique=True)) - declared, key=str):
        focus = min(str(s) for s in data.subjects(predicate, None))
        found.append(Violation(focus, str(predicate), f"predicate <{predicate}> is not declared by the ontology"))
    for cls in sorted({o for o in data.objects(None, RDF.type)} - declared, key=str):
        focus = min(str(s) for s in data.subjects(RDF.type, cls))
        found.append(Violation(focus, str(RDF.type), f"class <{cls}> is not declared by the ontology"))
    return found
