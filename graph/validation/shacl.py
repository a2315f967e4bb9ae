"""Validate a graph against ontology/shapes.ttl (pySHACL) and the closed vocabulary."""

from __future__ import annotations

import pyshacl
from rdflib import Graph, Literal, Node
from rdflib.namespace import SH

from graph.resources import load_ontology, load_shapes
from graph.validation.closed import declared_terms, undeclared_terms
from graph.validation.violation import Violation, sort_key

__all__ = ["Violation", "validate"]


def validate(graph: Graph) -> list[Violation]:
    """All SHACL results and undeclared terms of `graph`, sorted; an empty list means it conforms.

    The shapes run over a private copy of `graph` merged with the ontology and schemes, so
    subclass targets (pkg:Meeting ⊑ prov:Activity) apply and the concepts that sh:class
    checks (eli:is_about → skos:Concept) are found without the export copying the schemes.
    pySHACL's ont_graph is not enough for that: it mixes in only RDFS/OWL axioms, not the
    SKOS concepts. `graph` itself is not modified.
    """
    ontology = load_ontology()
    combined = Graph()
    combined += graph
    combined += ontology
    _, results, _ = pyshacl.validate(
        combined,
        shacl_graph=load_shapes(),
        inference="none",
        allow_warnings=True,
        inplace=True,
    )
    found = [_violation(results, r) for r in results.subjects(SH.resultSeverity, None)]
    found += undeclared_terms(graph, declared_terms(ontology))
    return sorted(set(found), key=sort_key)


def _violation(results: Graph, result: Node) -> Violation:
    path = results.value(result, SH.resultPath)
    severity = results.value(result, SH.resultSeverity)
    return Violation(
        focus=str(results.value(result, SH.focusNode)),
        path=str(path) if path is not None else "",
        message=_message(results, result),
        severity=str(severity).rsplit("#", 1)[-1],
    )


def _message(results: Graph, result: Node) -> str:
    """The shape's sh:message (English when several), else pySHACL's own wording."""
    messages = sorted(m for m in results.objects(result, SH.resultMessage) if isinstance(m, Literal))
    english = [m for m in messages if m.language in (None, "en")]
    chosen = english or messages
    return str(chosen[0]) if chosen else "constraint not satisfied"
