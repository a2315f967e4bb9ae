"""The one table between the networkx model and RDF: attribute and relation names ↔ predicates.

Node ids are IRIs; a node's ``type`` is the IRI segment after ``id/`` (policy, agency …); its
``classes`` are its rdf:type values; every other attribute is a list of literal values.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph.namespaces import DCTERMS, ELI, OA, ORG, OWL, PKG, PROV, SCHEMA, SKOS


@dataclass(frozen=True)
class Attr:
    predicate: str
    kind: str  # zh | en | str | date | int | bool | iri


ATTRS: dict[str, Attr] = {
    "title": Attr(DCTERMS + "title", "zh"),
    "date_document": Attr(ELI + "date_document", "date"),
    "date": Attr(DCTERMS + "date", "date"),
    "pref_zh": Attr(SKOS + "prefLabel", "zh"),
    "pref_en": Attr(SKOS + "prefLabel", "en"),
    "alt_zh": Attr(SKOS + "altLabel", "zh"),
    "alt_en": Attr(SKOS + "altLabel", "en"),
    "definition_zh": Attr(SKOS + "definition", "zh"),
    "definition_en": Attr(SKOS + "definition", "en"),
    "notation": Attr(SKOS + "notation", "str"),
    "value": Attr(PROV + "value", "zh"),
    "start": Attr(OA + "start", "int"),
    "end": Attr(OA + "end", "int"),
    "source_name": Attr(DCTERMS + "source", "str"),
    "description": Attr(DCTERMS + "description", "zh"),
    "statement": Attr(PKG + "statement", "zh"),
    "condition": Attr(PKG + "condition", "zh"),
    "legal_basis": Attr(PKG + "legalBasis", "zh"),
    "unnamed_co_issuers": Attr(PKG + "unnamedCoIssuers", "int"),
    "undated": Attr(PKG + "undated", "bool"),
    "issuer_unknown": Attr(PKG + "issuerUnknown", "bool"),
    "title_derived": Attr(PKG + "titleDerived", "bool"),
    "legal_effect_rule": Attr(PKG + "legalEffectRule", "str"),
    "legal_effect_confidence": Attr(PKG + "legalEffectConfidence", "str"),
    "encoding": Attr(PKG + "encoding", "str"),
    "document_number": Attr(PKG + "documentNumber", "str"),
    "same_as": Attr(OWL + "sameAs", "iri"),
}

RELATIONS: dict[str, str] = {
    "passed_by": ELI + "passed_by",
    "issuer_inferred": PKG + "issuerInferred",
    "jurisdiction": ELI + "jurisdiction",
    "is_about": ELI + "is_about",
    "type_document": ELI + "type_document",
    "wrapper_type": PKG + "wrapperType",
    "ensures_implementation_of": ELI + "ensures_implementation_of",
    "publishes": PKG + "publishes",
    "approves": PKG + "approves",
    "references": DCTERMS + "references",
    "derived_from": PROV + "wasDerivedFrom",
    "associated_with": PROV + "wasAssociatedWith",
    "spatial": DCTERMS + "spatial",
    "subject": DCTERMS + "subject",
    "asserts": PKG + "assertsEquivalence",
    "electronic_form": PKG + "electronicForm",
    "traditional_form": PKG + "traditionalForm",
    "legal_effect": PKG + "legalEffect",
    "part_of": DCTERMS + "isPartOf",
    "sub_organization_of": ORG + "subOrganizationOf",
    "area_served": SCHEMA + "areaServed",
    "classification": ORG + "classification",
    "sector": PKG + "sector",
    "contained_in": SCHEMA + "containedInPlace",
    "broader": SKOS + "broader",
    "in_scheme": SKOS + "inScheme",
}

CLASSES: dict[str, tuple[str, ...]] = {
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

ACTIVITY_CLASSES: dict[str, str] = {
    "news": PKG + "NewsItem",
    "event": PKG + "Event",
    "statement": PKG + "Statement",
    "meeting": PKG + "Meeting",
}

PREDICATE_ATTRS: dict[tuple[str, str], str] = {(a.predicate, a.kind): name for name, a in ATTRS.items()}
PREDICATE_RELATIONS: dict[str, str] = {p: name for name, p in RELATIONS.items()}
