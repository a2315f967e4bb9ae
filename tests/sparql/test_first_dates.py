"""The "first date" questions order a month-precision date against day dates: engines do not compare
xsd:gYearMonth with xsd:date, so the questions take the least of the dates' texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import concept, policy, region
from vocab import ELI, ID, PKG, SCHEMA, SKOS
from rdflib import RDF, XSD, Graph, Literal

from graph.sparql import load_graph, query


def _graph() -> Graph:
    """Two 广东省 policies about 电子印章 asserting equivalence: one dated to a day, an earlier one to a month."""
    g = Graph()
    for code, label, parent in (("CN", "中国", None), ("440000", "广东省", "CN")):
        g.add((region(code), SKOS.prefLabel, Literal(label, lang="zh")))
        if parent:
            g.add((region(code), SCHEMA.containedInPlace, region(parent)))
    g.add((concept("e-seal"), SKOS.prefLabel, Literal("电子印章", lang="zh")))
    for key, date in (("day", Literal("2021-06-01", datatype=XSD.date)), ("month", Literal("2021-05", datatype=XSD.gYearMonth))):
        g.add((policy(key), RDF.type, ELI.LegalResource))
        g.add((policy(key), ELI.date_document, date))
        g.add((policy(key), ELI.jurisdiction, region("440000")))
        g.add((policy(key), ELI.is_about, concept("e-seal")))
        g.add((policy(key), PKG.assertsEquivalence, ID[f"equivalence/{key}"]))
    return g


@pytest.fixture(params=["rdflib", "oxigraph"])
def graph(request: pytest.FixtureRequest, tmp_path: Path) -> Graph:
    g = _graph()
    if request.param == "rdflib":
        return g
    (tmp_path / "graph.nt").write_text(g.serialize(format="nt"), encoding="utf-8")
    return load_graph(tmp_path, "oxigraph")


MONTH = Literal("2021-05", datatype=XSD.gYearMonth)


def test_diffusion_starts_at_the_month(graph: Graph) -> None:
    assert [row[-1] for row in query(graph, "concept-diffusion").terms] == [MONTH]


def test_equivalence_starts_at_the_month(graph: Graph) -> None:
    assert [row[2] for row in query(graph, "equivalence-provinces").terms] == [MONTH]
    assert query(graph, "equivalence-provinces").rows[0][3] == 2
