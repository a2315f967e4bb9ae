"""A small policy graph in the public vocabulary, built once for every SPARQL test.

Three levels of regions (广东省 ⊃ 深圳市 ⊃ 南山区), national and local policies, a joint
issuance, a forwarding chain, equivalence assertions, a source passage, an undated policy,
a title full of quotes and braces, a date of entry into force, a repeal and a draft.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, XSD, Graph, Literal, URIRef
from vocab import DCTERMS as DCT
from vocab import ELI, ID, OA, ORG, PKG, PROV, SCHEMA, SKOS

REGIONS = {  # code: (label, parent code)
    "CN": ("中国", None),
    "440000": ("广东省", "CN"),
    "440300": ("深圳市", "440000"),
    "440305": ("南山区", "440300"),
    "310000": ("上海市", "CN"),
    "330000": ("浙江省", "CN"),
    "330100": ("杭州市", "330000"),
}
AGENCIES = {  # slug: (full name, short forms)
    "gov-office": ("国务院办公厅", ["国办"]),
    "mohrss": ("人力资源和社会保障部", ["人社部", "人力资源社会保障部"]),
    "samr": ("国家市场监督管理总局", ["市场监管总局"]),
    "440000-gov": ("广东省人民政府", []),
    "440300-hrss": ("深圳市人力资源和社会保障局", ["深圳市人社局"]),
    "310000-gov": ("上海市人民政府", []),
    "330100-gov": ("杭州市人民政府", []),
}
CONCEPTS = {  # slug: (zh, en, altLabels)
    "e-signature": ("电子签名", "electronic signature", []),
    "e-seal": ("电子印章", "electronic seal", ["电子签章"]),
    "e-labour-contract": ("电子劳动合同", "electronic labour contract", []),
    "legal-equivalence": ("同等法律效力", "legal equivalence", []),
}
TRICKY_TITLE = '南山区"电子印章"{试点}方案 <第1版>'
POLICIES = [  # key, title, date, issuers, region, concepts, implements, equivalence
    ("p1", "国务院办公厅关于加快推进电子证照扩大应用领域和全国互通互认的意见", "2022-01-20",
     ["gov-office"], "CN", ["e-seal", "e-signature", "legal-equivalence"], None, True),
    ("p2", "人力资源社会保障部办公厅关于订立电子劳动合同有关问题的函", "2021-07-01",
     ["mohrss", "samr"], "CN", ["e-labour-contract", "e-signature"], None, True),
    ("p3", "广东省人民政府关于转发国务院办公厅电子证照意见的通知", "2022-03-05",
     ["440000-gov"], "440000", ["e-seal"], "p1", False),
    ("p4", "深圳市电子劳动合同实施方案", "2022-03-20",
     ["440300-hrss", "440000-gov"], "440300", ["e-labour-contract", "legal-equivalence"], "p3", True),
    ("p5", TRICKY_TITLE, "2022-03-25", ["440300-hrss"], "440305", ["e-seal"], None, False),
    ("p6", "上海市电子印章管理暂行办法", "2021-11-10",
     ["310000-gov"], "310000", ["e-seal", "legal-equivalence"], None, True),
    ("p7", "杭州市电子签名应用指引", "2022-03-01", ["330100-gov"], "330100", ["e-signature"], "p2", False),
    ("p8", "广东省电子印章管理办法", None, ["440000-gov"], "440000", ["e-seal"], None, False),
]
PASSAGE_TEXT = "电子证照与纸质证照具有同等法律效力，可作为法定办事依据和归档材料。"


def region(code: str) -> URIRef:
    return ID[f"region/{code}"]


def agency(slug: str) -> URIRef:
    return ID[f"agency/{slug}"]


def concept(slug: str) -> URIRef:
    return ID[f"concept/{slug}"]


def policy(key: str) -> URIRef:
    code = "100000" if key in ("p1", "p2") else "000000"
    return ID[f"policy/{code}-{key}"]


PASSAGE = ID["passage/0123456789abcdef-10-43"]
SOURCE = ID["source/0123456789abcdef"]


def build_graph() -> Graph:
    """The fixture graph, built triple by triple in the project's vocabulary."""
    g = Graph()
    for code, (label, parent) in REGIONS.items():
        node = region(code)
        g.add((node, RDF.type, SCHEMA.AdministrativeArea))
        g.add((node, SKOS.prefLabel, Literal(label, lang="zh")))
        g.add((node, SKOS.notation, Literal("100000" if code == "CN" else code)))
        if parent:
            g.add((node, SCHEMA.containedInPlace, region(parent)))
    for slug, (name, short_forms) in AGENCIES.items():
        node = agency(slug)
        g.add((node, RDF.type, ORG.Organization))
        g.add((node, SKOS.prefLabel, Literal(name, lang="zh")))
        for short in short_forms:
            g.add((node, SKOS.altLabel, Literal(short, lang="zh")))
    for slug, (zh, en, alts) in CONCEPTS.items():
        node = concept(slug)
        g.add((node, RDF.type, SKOS.Concept))
        g.add((node, SKOS.inScheme, ID["scheme/concepts"]))
        g.add((node, SKOS.prefLabel, Literal(zh, lang="zh")))
        g.add((node, SKOS.prefLabel, Literal(en, lang="en")))
        for alt in alts:
            g.add((node, SKOS.altLabel, Literal(alt, lang="zh")))
    for key, title, date, issuers, where, about, implements, equivalence in POLICIES:
        node = policy(key)
        g.add((node, RDF.type, ELI.LegalResource))
        g.add((node, DCT.title, Literal(title, lang="zh")))
        if date:
            g.add((node, ELI.date_document, Literal(date, datatype=XSD.date)))
        else:
            g.add((node, PKG.undated, Literal(True)))
        for slug in issuers:
            g.add((node, ELI.passed_by, agency(slug)))
        g.add((node, ELI.jurisdiction, region(where)))
        for slug in about:
            g.add((node, ELI.is_about, concept(slug)))
        if implements:
            g.add((node, ELI.ensures_implementation_of, policy(implements)))
        if equivalence:
            assertion = ID[f"equivalence/{key}"]
            g.add((node, PKG.assertsEquivalence, assertion))
            g.add((assertion, RDF.type, PKG.LegalEquivalenceAssertion))
    # the legal life of two documents: p4 takes effect after its date and repeals p3; p5 is a draft
    g.add((policy("p4"), ELI.first_date_entry_in_force, Literal("2022-04-01", datatype=XSD.date)))
    g.add((policy("p4"), ELI.repeals, policy("p3")))
    g.add((policy("p5"), PKG.status, Literal("draft-for-comment")))
    g.add((policy("p1"), PROV.wasDerivedFrom, PASSAGE))
    g.add((PASSAGE, PROV.value, Literal(PASSAGE_TEXT, lang="zh")))
    g.add((PASSAGE, OA.start, Literal(10)))
    g.add((PASSAGE, OA.end, Literal(43)))
    g.add((PASSAGE, DCT.isPartOf, SOURCE))
    g.add((SOURCE, DCT.title, Literal("2022年电子签章政策汇编", lang="zh")))
    return g


@pytest.fixture(scope="session")
def kg() -> Graph:
    """The fixture graph in rdflib's memory store."""
    return build_graph()


@pytest.fixture(scope="session")
def kg_file(tmp_path_factory: pytest.TempPathFactory, kg: Graph) -> Path:
    """The fixture graph written as sorted N-Triples in an export folder, like the build's out/graph.nt."""
    folder = tmp_path_factory.mktemp("out")
    lines = sorted(kg.serialize(format="nt").splitlines())
    (folder / "graph.nt").write_text("\n".join(line for line in lines if line) + "\n", encoding="utf-8")
    return folder
