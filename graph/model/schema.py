"""The one schema of the model: each node kind's classes, attributes and relations, and their RDF predicates.

Node ids are IRIs; a node's ``type`` is its kind, the IRI segment after ``id/`` (policy, agency …); its
``classes`` are its rdf:type values; every other key is an attribute (a list of literal values) or a
relation (a list of target IRIs). An attribute or relation is one row below, naming the kinds that
carry it (and, for a relation, the kinds it points to): adding one is a one-line change, and the
builder (``graph.model.nodes``) refuses a key that no row gives the node's kind.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

from graph.namespaces import DCTERMS, ELI, OA, ORG, OWL, PKG, PROV, SCHEMA, SKOS

NodeKind = Literal["policy", "activity", "agency", "region", "concept", "form", "doctype", "level", "sector",
                   "effect", "scheme", "equivalence", "source", "passage"]
ValueKind = Literal["zh", "en", "str", "date", "int", "bool", "iri"]
"""How an attribute's values are written: language-tagged text, plain text, typed literal, or an IRI."""

TERMS: tuple[NodeKind, ...] = ("concept", "form", "doctype", "level", "sector", "effect")
"""Kinds that are SKOS concepts of a scheme in ontology/."""
LABELLED: tuple[NodeKind, ...] = ("agency", *TERMS)
"""Kinds with Chinese and English preferred and alternative labels."""
ITEMS: tuple[NodeKind, ...] = ("policy", "activity")
"""Kinds an item of a roundup becomes."""


@dataclass(frozen=True)
class Attr:
    predicate: str
    kind: ValueKind
    on: tuple[NodeKind, ...]


@dataclass(frozen=True)
class Relation:
    predicate: str
    on: tuple[NodeKind, ...]
    to: tuple[NodeKind, ...]


ATTRS: dict[str, Attr] = {
    "title": Attr(DCTERMS + "title", "zh", ("policy", "source")),
    "date_document": Attr(ELI + "date_document", "date", ("policy",)),
    "date": Attr(DCTERMS + "date", "date", ("activity", "source")),
    "pref_zh": Attr(SKOS + "prefLabel", "zh", (*LABELLED, "region", "activity")),
    "pref_en": Attr(SKOS + "prefLabel", "en", LABELLED),
    "alt_zh": Attr(SKOS + "altLabel", "zh", LABELLED),
    "alt_en": Attr(SKOS + "altLabel", "en", LABELLED),
    "notation": Attr(SKOS + "notation", "str", ("region",)),
    "value": Attr(PROV + "value", "zh", ("passage",)),
    "start": Attr(OA + "start", "int", ("passage",)),
    "end": Attr(OA + "end", "int", ("passage",)),
    "source_name": Attr(DCTERMS + "source", "str", ("source",)),
    "description": Attr(DCTERMS + "description", "zh", ("source",)),
    "statement": Attr(PKG + "statement", "zh", ("equivalence",)),
    "condition": Attr(PKG + "condition", "zh", ("equivalence",)),
    "legal_basis": Attr(PKG + "legalBasis", "zh", ("equivalence",)),
    "unnamed_co_issuers": Attr(PKG + "unnamedCoIssuers", "int", ("policy",)),
    "undated": Attr(PKG + "undated", "bool", ITEMS),
    "issuer_unknown": Attr(PKG + "issuerUnknown", "bool", ("policy",)),
    "title_derived": Attr(PKG + "titleDerived", "bool", ("policy",)),
    "legal_effect_rule": Attr(PKG + "legalEffectRule", "str", ("policy",)),
    "legal_effect_confidence": Attr(PKG + "legalEffectConfidence", "str", ("policy",)),
    "encoding": Attr(PKG + "encoding", "str", ("source",)),
    "document_number": Attr(ELI + "id_local", "str", ("policy",)),
    "date_publication": Attr(ELI + "date_publication", "date", ("policy",)),
    "date_in_force": Attr(ELI + "first_date_entry_in_force", "date", ("policy",)),
    "status": Attr(PKG + "status", "str", ("policy",)),
    "same_as": Attr(OWL + "sameAs", "iri", ("region",)),
}

RELATIONS: dict[str, Relation] = {
    "passed_by": Relation(ELI + "passed_by", ("policy",), ("agency",)),
    "issuer_inferred": Relation(PKG + "issuerInferred", ("policy",), ("agency",)),
    "presumed_issuer": Relation(PKG + "presumedIssuer", ("policy",), ("agency",)),
    "jurisdiction": Relation(ELI + "jurisdiction", ("policy",), ("region",)),
    "is_about": Relation(ELI + "is_about", ("policy",), ("concept",)),
    "type_document": Relation(ELI + "type_document", ("policy",), ("doctype",)),
    "wrapper_type": Relation(PKG + "wrapperType", ("policy",), ("doctype",)),
    "ensures_implementation_of": Relation(ELI + "ensures_implementation_of", ("policy",), ("policy",)),
    "publishes": Relation(PKG + "publishes", ("policy",), ("policy",)),
    "cites": Relation(ELI + "cites", ("policy",), ("policy",)),
    "amends": Relation(ELI + "amends", ("policy",), ("policy",)),
    "repeals": Relation(ELI + "repeals", ("policy",), ("policy",)),
    "approves": Relation(PKG + "approves", ("activity",), ("policy",)),
    "references": Relation(DCTERMS + "references", ("activity",), ("policy",)),
    "derived_from": Relation(PROV + "wasDerivedFrom", ITEMS, ("passage",)),
    "associated_with": Relation(PROV + "wasAssociatedWith", ("activity",), ("agency",)),
    "spatial": Relation(DCTERMS + "spatial", ("activity",), ("region",)),
    "subject": Relation(DCTERMS + "subject", ("activity",), ("concept",)),
    "asserts": Relation(PKG + "assertsEquivalence", ITEMS, ("equivalence",)),
    "electronic_form": Relation(PKG + "electronicForm", ("equivalence",), ("concept",)),
    "traditional_form": Relation(PKG + "traditionalForm", ("equivalence",), ("form",)),
    "legal_effect": Relation(PKG + "legalEffect", ("policy",), ("effect",)),
    "part_of": Relation(DCTERMS + "isPartOf", ("passage",), ("source",)),
    "sub_organization_of": Relation(ORG + "subOrganizationOf", ("agency",), ("agency",)),
    "succeeded_by": Relation(PKG + "succeededBy", ("agency",), ("agency",)),
    "area_served": Relation(SCHEMA + "areaServed", ("agency",), ("region",)),
    "classification": Relation(ORG + "classification", ("agency",), ("level",)),
    "sector": Relation(PKG + "sector", ("agency",), ("sector",)),
    "contained_in": Relation(SCHEMA + "containedInPlace", ("region",), ("region",)),
    "broader": Relation(SKOS + "broader", TERMS, TERMS),
    "in_scheme": Relation(SKOS + "inScheme", TERMS, ("scheme",)),
}

CLASSES: dict[NodeKind, tuple[str, ...]] = {
    "policy": (ELI + "LegalResource", SCHEMA + "Legislation"),
    "activity": (PROV + "Activity",),
    "agency": (ORG + "Organization", SCHEMA + "GovernmentOrganization"),
    "region": (SCHEMA + "AdministrativeArea",),
    "concept": (SKOS + "Concept",),
    "form": (SKOS + "Concept",),
    "doctype": (SKOS + "Concept",),
    "level": (SKOS + "Concept",),
    "sector": (SKOS + "Concept",),
    "effect": (SKOS + "Concept",),
    "scheme": (SKOS + "ConceptScheme",),
    "equivalence": (PKG + "LegalEquivalenceAssertion",),
    "source": (PROV + "Entity",),
    "passage": (PROV + "Entity",),
}
"""The classes every node of a kind has."""

ACTIVITY_CLASSES: dict[str, str] = {
    "news": PKG + "NewsItem",
    "event": PKG + "Event",
    "statement": PKG + "Statement",
    "meeting": PKG + "Meeting",
}
"""The class an activity also has, by the kind of item it was read from."""


@dataclass(frozen=True)
class NodeSchema:
    """What a node of one kind may hold: read off the tables above, never written by hand."""

    kind: NodeKind
    classes: tuple[str, ...]
    subclasses: tuple[str, ...]
    attributes: frozenset[str]
    relations: dict[str, frozenset[NodeKind]]
    """Relation name → the kinds of node it may point to."""


def _schema(kind: NodeKind) -> NodeSchema:
    return NodeSchema(
        kind, CLASSES[kind], tuple(ACTIVITY_CLASSES.values()) if kind == "activity" else (),
        frozenset(name for name, a in ATTRS.items() if kind in a.on),
        {name: frozenset(r.to) for name, r in RELATIONS.items() if kind in r.on})


SCHEMAS: dict[NodeKind, NodeSchema] = {kind: _schema(kind) for kind in get_args(NodeKind)}

PREDICATE_ATTRS: dict[tuple[str, str], str] = {(a.predicate, a.kind): name for name, a in ATTRS.items()}
PREDICATE_RELATIONS: dict[str, str] = {r.predicate: name for name, r in RELATIONS.items()}


class SchemaError(ValueError):
    """A key the schema does not give a node's kind, or a relation to a kind it does not point to."""
