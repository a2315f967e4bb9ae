"""Test graphs in the public vocabulary: a small one that every view test reads, and large ones past the caps."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS
from vocab import DCTERMS as DCT
from vocab import ELI, ID, OA, ORG, PKG, PROV
from vocab import SCHEMA as SDO

XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
XSS = "<img src=x onerror=alert(1)>"
SOURCE = ID["source/sample"]

REGIONS = [  # code, name, parent code
    ("100000", "中国", None), ("440000", "广东省", "100000"), ("440300", "深圳市", "440000"),
    ("310000", "上海市", "100000"), ("310112", "闵行区", "310000"), ("330000", "浙江省", "100000"),
]
AGENCIES = [  # slug, name, level, region code
    ("gov-office", "国务院办公厅", "national", "100000"), ("mohrss", "人力资源和社会保障部", "national", "100000"),
    ("440000-gov", "广东省人民政府", "provincial", "440000"), ("440300-hrss", "深圳市人力资源和社会保障局", "municipal", "440300"),
    ("310112-gov", "闵行区人民政府", "county", "310112"),
]
CONCEPTS = [("e-seal", "电子印章", "electronic seal"), ("e-signature", "电子签名", "electronic signature"),
            ("e-labour-contract", "电子劳动合同", "electronic labour contract"), ("legal-equivalence", "同等法律效力", "legal equivalence")]
POLICIES = [  # key, title, date, issuers, region, concepts, asserts equivalence
    ("p1", "关于加快推进电子证照扩大应用领域和全国互通互认的意见", "2022-01-20", ["gov-office"], "100000", ["e-seal", "e-signature"], True),
    ("p2", "关于推进电子劳动合同相关工作的通知", "2021-07-01", ["mohrss"], "100000", ["e-labour-contract", "e-signature"], False),
    ("p3", "广东省电子印章管理办法", "2021-03-15", ["440000-gov"], "440000", ["e-seal", "legal-equivalence"], True),
    ("p4", "深圳市推行电子劳动合同实施方案", "2021-07-20", ["440300-hrss", "440000-gov"], "440300", ["e-labour-contract"], False),
    ("p5", XSS, "2021-11-02", ["310112-gov"], "310112", ["e-seal"], False),
]


def _iri(kind: str, key: str) -> URIRef:
    return ID[f"{kind}/{key}"]


def sample_graph() -> Graph:
    """Five policies, one activity, six regions, five agencies at four levels, four concepts."""
    g = Graph()
    for code, name, parent in REGIONS:
        region = _iri("region", "CN" if code == "100000" else code)
        g.add((region, RDF.type, SDO.AdministrativeArea))
        g.add((region, SKOS.prefLabel, Literal(name, lang="zh")))
        g.add((region, SKOS.notation, Literal(code)))
        if parent:
            g.add((region, SDO.containedInPlace, _iri("region", "CN" if parent == "100000" else parent)))
    for slug, name, level, code in AGENCIES:
        agency = _iri("agency", slug)
        g.add((agency, RDF.type, ORG.Organization))
        g.add((agency, SKOS.prefLabel, Literal(name, lang="zh")))
        g.add((agency, ORG.classification, _iri("level", level)))
        g.add((agency, SDO.areaServed, _iri("region", "CN" if code == "100000" else code)))
    for slug, zh, en in CONCEPTS:
        concept = _iri("concept", slug)
        g.add((concept, RDF.type, SKOS.Concept))
        g.add((concept, SKOS.prefLabel, Literal(zh, lang="zh")))
        g.add((concept, SKOS.prefLabel, Literal(en, lang="en")))
    g.add((_iri("concept", "e-seal"), SKOS.altLabel, Literal("电子签章", lang="zh")))
    for key, title, date, issuers, code, concepts, equivalent in POLICIES:
        policy, passage = _iri("policy", key), _iri("passage", f"{key}-0-40")
        g.add((policy, RDF.type, ELI.LegalResource))
        g.add((policy, DCT.title, Literal(title, lang="zh")))
        g.add((policy, ELI.date_document, Literal(date, datatype=XSD_DATE)))
        g.add((policy, ELI.jurisdiction, _iri("region", "CN" if code == "100000" else code)))
        g.add((policy, PROV.wasDerivedFrom, passage))
        text = f"{title}。文件明确{'、'.join(concepts)}。"
        g.add((passage, PROV.value, Literal(text, lang="zh")))
        g.add((passage, OA.start, Literal(100 * int(key[1:]))))
        g.add((passage, OA.end, Literal(100 * int(key[1:]) + len(text))))
        g.add((passage, DCT.isPartOf, SOURCE))
        for issuer in issuers:
            g.add((policy, ELI.passed_by, _iri("agency", issuer)))
        for concept in concepts:
            g.add((policy, ELI.is_about, _iri("concept", concept)))
        if equivalent:
            assertion = _iri("equivalence", key)
            g.add((policy, PKG.assertsEquivalence, assertion))
            g.add((assertion, RDF.type, PKG.LegalEquivalenceAssertion))
            g.add((assertion, PKG.statement, Literal("电子印章与实物印章具有同等法律效力", lang="zh")))
            g.add((assertion, PKG.electronicForm, _iri("concept", "e-seal")))
    g.add((SOURCE, DCT.source, Literal("sample.txt")))
    g.add((_iri("policy", "p4"), ELI.ensures_implementation_of, _iri("policy", "p2")))
    g.add((_iri("concept", "e-labour-contract"), SKOS.broader, _iri("concept", "e-signature")))
    activity = _iri("activity", "2021-06-01-launch")
    g.add((activity, RDF.type, PKG.Event))
    g.add((activity, RDF.type, PROV.Activity))
    g.add((activity, SKOS.prefLabel, Literal("深圳市电子印章平台上线", lang="zh")))
    g.add((activity, DCT.date, Literal("2021-06-01", datatype=XSD_DATE)))
    g.add((activity, PROV.wasAssociatedWith, _iri("agency", "440300-hrss")))
    g.add((activity, DCT.subject, _iri("concept", "e-seal")))
    return g


def large_graph(policies: int, agencies: int = 60) -> Graph:
    """Many policies spread over agencies and concepts, to push views past their caps."""
    g = Graph()
    for a in range(agencies):
        g.add((_iri("agency", f"a{a}"), RDF.type, ORG.Organization))
        g.add((_iri("agency", f"a{a}"), SKOS.prefLabel, Literal(f"机构{a}", lang="zh")))
    for c in range(8):
        g.add((_iri("concept", f"c{c}"), SKOS.prefLabel, Literal(f"概念{c}", lang="zh")))
    for p in range(policies):
        policy = _iri("policy", f"p{p}")
        g.add((policy, RDF.type, ELI.LegalResource))
        g.add((policy, DCT.title, Literal(f"政策{p}", lang="zh")))
        g.add((policy, ELI.date_document, Literal(f"2021-{p % 12 + 1:02d}-01", datatype=XSD_DATE)))
        g.add((policy, ELI.passed_by, _iri("agency", f"a{p % agencies}")))
        g.add((policy, ELI.is_about, _iri("concept", f"c{p % 8}")))
    return g
