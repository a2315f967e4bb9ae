"""A small export that satisfies every shape: one policy, one meeting, one agency, a region chain."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS, XSD
from vocab import DCTERMS, ELI, ID, OA, ORG, PKG, PROV, SCHEMA

POLICY = ID["policy/440300-0123456789abcdef"]
MEETING = ID["activity/2021-11-17-0123456789abcdef"]
AGENCY = ID["agency/440300-gov"]
PASSAGE = ID["passage/abc-0-10"]
SOURCE = ID["source/abc"]
CN, GD, SZ = ID["region/CN"], ID["region/440000"], ID["region/440300"]
ASSERTION = ID["equivalence/0123456789abcdef"]


def region(g: Graph, node: URIRef, code: str, name: str, parent: URIRef | None) -> None:
    g.add((node, RDF.type, SCHEMA.AdministrativeArea))
    g.add((node, SKOS.notation, Literal(code)))
    g.add((node, SKOS.prefLabel, Literal(name, lang="zh")))
    if parent is not None:
        g.add((node, SCHEMA.containedInPlace, parent))


def valid_graph() -> Graph:
    g = Graph()
    region(g, CN, "100000", "中国", None)
    region(g, GD, "440000", "广东省", CN)
    region(g, SZ, "440300", "深圳市", GD)
    g.add((AGENCY, RDF.type, ORG.Organization))
    g.add((AGENCY, SKOS.prefLabel, Literal("深圳市人民政府", lang="zh")))
    g.add((AGENCY, SCHEMA.areaServed, SZ))
    g.add((POLICY, RDF.type, ELI.LegalResource))
    g.add((POLICY, DCTERMS.title, Literal("关于加快智慧城市和数字政府建设的若干意见", lang="zh")))
    g.add((POLICY, ELI.date_document, Literal("2021-01-05", datatype=XSD.date)))
    g.add((POLICY, ELI.passed_by, AGENCY))
    g.add((POLICY, ELI.jurisdiction, SZ))
    g.add((POLICY, ELI.is_about, ID["concept/e-signature"]))
    g.add((POLICY, ELI.type_document, ID["doctype/several-opinions"]))
    g.add((POLICY, PKG.legalEffect, ID["effect/local-normative-document"]))
    g.add((POLICY, PKG.legalEffectRule, Literal("issuer-form:government-document")))
    g.add((POLICY, PKG.legalEffectConfidence, Literal("high")))
    g.add((POLICY, PROV.wasDerivedFrom, PASSAGE))
    g.add((POLICY, PKG.assertsEquivalence, ASSERTION))
    g.add((ASSERTION, RDF.type, PKG.LegalEquivalenceAssertion))
    g.add((ASSERTION, PKG.electronicForm, ID["concept/e-seal"]))
    g.add((ASSERTION, PKG.traditionalForm, ID["form/physical-seal"]))
    g.add((ASSERTION, PKG.statement, Literal("可靠的电子签章与盖章有同等法律效力", lang="zh")))
    g.add((ASSERTION, PKG.legalBasis, Literal("《中华人民共和国电子签名法》第十四条", lang="zh")))
    g.add((MEETING, RDF.type, PKG.Meeting))
    g.add((MEETING, SKOS.prefLabel, Literal("国务院常务会议", lang="zh")))
    g.add((MEETING, DCTERMS.date, Literal("2021-11-17", datatype=XSD.date)))
    g.add((MEETING, PROV.wasDerivedFrom, PASSAGE))
    g.add((MEETING, PKG.approves, POLICY))
    g.add((PASSAGE, PROV.value, Literal("深圳市人民政府发布《关于加快智慧城市和数字政府建设的若干意见》", lang="zh")))
    g.add((PASSAGE, DCTERMS.isPartOf, SOURCE))
    g.add((PASSAGE, OA.start, Literal(0)))
    g.add((PASSAGE, OA.end, Literal(10)))
    return g
