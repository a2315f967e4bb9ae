"""The ontology files parse, declare every project term of docs/design.md, and hold the schemes it lists."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from graph.namespaces import ID, PKG, PREFIXES
from graph.resources import CONTEXT_FILE, DATA_DIR, ONTOLOGY_DIR, load_ontology
from graph.validation.closed import declared_terms, undeclared_terms

DESIGN = (Path(__file__).resolve().parents[2] / "docs" / "design.md").read_text(encoding="utf-8")
TTL_FILES = sorted(ONTOLOGY_DIR.glob("*.ttl"))
SCHEMES = ("concepts", "forms", "doctypes", "levels", "legal-effect")


def design_concept_slugs() -> dict[str, str]:
    """zh prefLabel → slug from the 'Concept slugs' paragraph of design.md."""
    paragraph = DESIGN.split("Concept slugs (prefLabel@zh → slug):", 1)[1].split("\n\n", 1)[0]
    return dict(re.findall(r"(\S+?) ([a-z][a-z-]+)[,.]", paragraph))


def labels(g: Graph, node: URIRef, prop: URIRef, lang: str) -> list[str]:
    return [str(o) for o in g.objects(node, prop) if isinstance(o, Literal) and o.language == lang]


def concepts_in(g: Graph, scheme: str) -> set[URIRef]:
    return set(g.subjects(SKOS.inScheme, URIRef(f"{ID}scheme/{scheme}")))


@pytest.mark.parametrize("path", TTL_FILES, ids=lambda p: p.name)
def test_every_ttl_file_parses(path):
    assert len(Graph().parse(path, format="turtle")) > 0


def test_context_is_local_and_binds_every_project_prefix():
    context = json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]
    assert context == PREFIXES


def test_design_lists_all_23_concepts():
    assert len(design_concept_slugs()) == 23


@pytest.mark.parametrize("zh, slug", sorted(design_concept_slugs().items()))
def test_concept_exists_with_exact_labels_and_definitions(zh, slug):
    g = load_ontology()
    node = URIRef(f"{ID}concept/{slug}")
    assert labels(g, node, SKOS.prefLabel, "zh") == [zh]
    assert len(labels(g, node, SKOS.prefLabel, "en")) == 1
    assert len(labels(g, node, SKOS.definition, "zh")) == 1
    assert len(labels(g, node, SKOS.definition, "en")) == 1
    assert (node, SKOS.inScheme, URIRef(f"{ID}scheme/concepts")) in g


@pytest.mark.parametrize("child, parent", [
    ("e-labour-contract", "e-contract"),
    ("e-collective-contract", "e-contract"),
    ("e-business-licence", "e-licence"),
    ("e-invoice", "e-accounting-voucher"),
    ("e-accounting-voucher", "e-document"),
])
def test_concept_hierarchy(child, parent):
    assert (URIRef(f"{ID}concept/{child}"), SKOS.broader, URIRef(f"{ID}concept/{parent}")) in load_ontology()


def test_seal_synonyms_are_matched():
    alts = labels(load_ontology(), URIRef(f"{ID}concept/e-seal"), SKOS.altLabel, "zh")
    assert {"电子签章", "电子公章"} <= set(alts)


def test_design_pkg_terms_are_all_declared_with_bilingual_labels():
    g = load_ontology()
    terms = sorted(set(re.findall(r"pkg:(\w+)", DESIGN)))
    declared = declared_terms(g)
    assert len(terms) >= 25
    for term in terms:
        node = URIRef(PKG + term)
        assert node in declared, term
        for prop in (RDFS.label, RDFS.comment):
            assert labels(g, node, prop, "zh") and labels(g, node, prop, "en"), (term, prop)


@pytest.mark.parametrize("sub, relation, sup", [
    ("NewsItem", RDFS.subClassOf, "http://www.w3.org/ns/prov#Activity"),
    ("Meeting", RDFS.subClassOf, "http://www.w3.org/ns/prov#Activity"),
    ("LegalEquivalenceAssertion", RDFS.subClassOf, "http://www.w3.org/ns/prov#Entity"),
    ("issuerInferred", RDFS.subPropertyOf, "http://data.europa.eu/eli/ontology#passed_by"),
    ("succeededBy", RDFS.subPropertyOf, "http://purl.org/dc/terms/isReplacedBy"),
    ("publishes", RDFS.subPropertyOf, "http://purl.org/dc/terms/relation"),
    ("status", RDFS.domain, "http://data.europa.eu/eli/ontology#LegalResource"),
])
def test_alignment_to_standard_terms(sub, relation, sup):
    assert (URIRef(PKG + sub), relation, URIRef(sup)) in load_ontology()


def test_ontology_uses_only_declared_terms():
    g = load_ontology()
    assert undeclared_terms(g, declared_terms(g)) == []


@pytest.mark.parametrize("scheme", SCHEMES)
def test_scheme_concepts_are_labelled_and_hierarchy_stays_inside(scheme):
    g = load_ontology()
    members = concepts_in(g, scheme)
    assert members
    for node in members:
        assert (node, RDF.type, SKOS.Concept) in g
        assert len(labels(g, node, SKOS.prefLabel, "zh")) == 1, node
        assert len(labels(g, node, SKOS.prefLabel, "en")) == 1, node
        parents = set(g.objects(node, SKOS.broader))
        assert parents <= members, node
        assert bool(parents) != ((node, SKOS.topConceptOf, URIRef(f"{ID}scheme/{scheme}")) in g), node


@pytest.mark.parametrize("scheme", SCHEMES)
def test_no_label_names_two_concepts_of_a_scheme(scheme):
    g = load_ontology()
    owners: dict[str, set[URIRef]] = {}
    for node in concepts_in(g, scheme):
        for label in labels(g, node, SKOS.prefLabel, "zh") + labels(g, node, SKOS.altLabel, "zh"):
            owners.setdefault(label, set()).add(node)
    assert {label: nodes for label, nodes in owners.items() if len(nodes) > 1} == {}


def test_doctypes_cover_the_issue_list_and_nest_narrower_forms():
    g = load_ontology()
    by_label = {labels(g, n, SKOS.prefLabel, "zh")[0]: n for n in concepts_in(g, "doctypes")}
    for form in "通知 办法 意见 方案 规划 纲要 条例 规则 指引 指南 决定 计划 规定 函 细则 公告 通告 决议 批复 标准 规范 解释 答复 报告 要点 清单 目录 法 建议".split():
        assert form in by_label, form
    for narrow, broad in [("指导意见", "意见"), ("实施意见", "意见"), ("实施方案", "方案"), ("行动方案", "方案"),
                          ("行动计划", "计划"), ("实施细则", "细则"), ("工作要点", "要点")]:
        assert (by_label[narrow], SKOS.broader, by_label[broad]) in g


def test_legal_effect_groups():
    g = load_ontology()
    effect = lambda slug: URIRef(f"{ID}effect/{slug}")  # noqa: E731
    assert {effect("departmental-rules"), effect("local-government-rules")} == set(g.subjects(SKOS.broader, effect("rules")))
    assert set(g.subjects(SKOS.broader, effect("normative-document"))) == {
        effect("state-council-normative-document"), effect("departmental-normative-document"),
        effect("local-normative-document")}
    assert labels(g, effect("local-regulation"), SKOS.prefLabel, "zh") == ["地方性法规"]


def test_levels():
    g = load_ontology()
    assert {labels(g, n, SKOS.prefLabel, "zh")[0] for n in concepts_in(g, "levels")} == {"国家级", "省级", "市级", "区县级"}
    assert URIRef(f"{ID}level/county") in concepts_in(g, "levels")


def test_wikidata_provinces():
    with (DATA_DIR / "wikidata_provinces.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    codes = [r["code"] for r in rows]
    assert len(rows) == 33 and len(set(codes)) == 33
    assert all(re.fullmatch(r"[1-8]\d0000", c) for c in codes)
    assert all(re.fullmatch(r"Q[1-9]\d*", r["qid"]) for r in rows)
    assert "710000" not in codes
    assert {"440000": "Q15175", "110000": "Q956", "820000": "Q14773"}.items() <= {r["code"]: r["qid"] for r in rows}.items()


def test_ontology_header_is_owl():
    assert (URIRef("https://w3id.org/policykg/ontology"), RDF.type, OWL.Ontology) in load_ontology()
