"""Every library question gives its exact answer on the fixture graph, in memory and on Oxigraph."""

from __future__ import annotations

from pathlib import Path

import pytest
from expected import EXPECTED, PARAMS
from rdflib import DCTERMS, Graph

from graph.sparql import QueryError, load_graph, query
from graph.sparql.library import load_library


def test_every_question_has_an_expected_answer_and_a_header() -> None:
    library = load_library()
    assert set(library) == set(EXPECTED)
    for question in library.values():
        assert question.title and question.answers, question.name


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_question_in_memory(kg: Graph, name: str) -> None:
    assert query(kg, name, PARAMS.get(name)).rows == EXPECTED[name]


@pytest.fixture(scope="module", params=["in memory", "on disk"])
def oxigraph_kg(request: pytest.FixtureRequest, kg_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Graph:
    if request.param == "in memory":
        return load_graph(kg_file, "oxigraph")
    return load_graph(kg_file, f"oxigraph:{tmp_path_factory.mktemp('ox') / 'store'}")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_question_on_oxigraph_store(oxigraph_kg: Graph, name: str) -> None:
    assert query(oxigraph_kg, name, PARAMS.get(name)).rows == EXPECTED[name]


def test_labels_codes_and_iris_name_the_same_region(kg: Graph) -> None:
    by_label = query(kg, "policies-in-region", {"region": "深圳市"}).rows
    assert [row[0] for row in by_label] == [row[0] for row in query(kg, "policies-in-region", {"region": "440300"}).rows]
    iri = "https://w3id.org/policykg/id/region/440300"
    assert query(kg, "policies-in-region", {"region": iri}).rows == by_label
    assert [row[3] for row in by_label] == ["深圳市", "南山区"]


def test_unknown_label_lists_near_matches(kg: Graph) -> None:
    with pytest.raises(QueryError, match="unknown region '广东'; did you mean 广东省"):
        query(kg, "policies-in-region", {"region": "广东"})


def test_missing_and_unknown_parameters_are_named(kg: Graph) -> None:
    with pytest.raises(QueryError, match="needs --param for region"):
        query(kg, "policies-in-region")
    with pytest.raises(QueryError, match="unknown parameter province"):
        query(kg, "policies-in-region", {"region": "广东省", "province": "x"})
    with pytest.raises(QueryError, match="not a date"):
        query(kg, "policies-between", {"start": "2022-13-01", "end": "2022-12-31"})


HOSTILE = ['"', "}", '") || true || ("', "\n", "> <", "\\", "'" * 3, "' } ; DROP ALL #", "电子印章\"{"]


@pytest.mark.parametrize("keyword", HOSTILE)
def test_hostile_keywords_are_bound_as_data(kg: Graph, oxigraph_kg: Graph, keyword: str) -> None:
    titles = [str(title) for title in kg.objects(None, DCTERMS.title)]
    expected = sorted(title for title in titles if keyword in title)
    for graph in (kg, oxigraph_kg):
        assert sorted(row[1] for row in query(graph, "title-search", {"keyword": keyword}).rows) == expected


def test_hostile_iri_is_refused(kg: Graph) -> None:
    with pytest.raises(QueryError, match="not a valid absolute IRI"):
        query(kg, "node-facts", {"node": "http://x> } ?s ?p ?o . <http://y"})


def test_oxigraph_store_is_reused_when_the_export_is_unchanged(kg_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "store"
    first = load_graph(kg_file, f"oxigraph:{folder}")
    count = len(query(first, "SELECT * WHERE { ?s ?p ?o }").rows)
    first.close()
    stamp = (folder / "policykg-source.json").stat().st_mtime_ns
    again = load_graph(kg_file, f"oxigraph:{folder}")
    assert len(query(again, "SELECT * WHERE { ?s ?p ?o }").rows) == count
    assert (folder / "policykg-source.json").stat().st_mtime_ns == stamp


def test_dataframe_has_the_variables_as_columns(kg: Graph) -> None:
    frame = query(kg, "policies-per-province-month").to_dataframe()
    assert list(frame.columns) == ["province", "provinceLabel", "month", "policies"]
    assert frame["policies"].tolist() == [1, 1, 3]
