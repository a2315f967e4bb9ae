"""Push the exports to a real Oxigraph server and ask it the library's questions."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from expected import EXPECTED, PARAMS
from servers import oxigraph_missing, oxigraph_server

from graph.sparql import QueryError, query
from graph.sparql.push import push, store_url
from graph.sparql.remote import RemoteEndpoint

pytestmark = pytest.mark.skipif(oxigraph_missing(), reason="the `oxigraph` server (pip install oxigraph) is not installed")


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph-db")) as url:
        yield url


@pytest.fixture(scope="module")
def pushed(oxigraph: str, kg_file: Path) -> str:
    assert push(kg_file, f"{oxigraph}/store") in (200, 201, 204)
    return oxigraph


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_server_answers_like_the_embedded_store(pushed: str, name: str) -> None:
    assert query(RemoteEndpoint(f"{pushed}/query"), name, PARAMS.get(name)).rows == EXPECTED[name]


def test_named_graph_is_replaced_not_appended(oxigraph: str, kg_file: Path, tmp_path: Path) -> None:
    iri = "https://w3id.org/policykg/graph/test"
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"
    push(kg_file, f"{oxigraph}/store", iri)
    first = query(RemoteEndpoint(f"{oxigraph}/query"), count).rows
    small = tmp_path / "graph.nt"
    small.write_text('<https://w3id.org/policykg/id/region/CN> <http://www.w3.org/2004/02/skos/core#notation> "100000" .\n',
                     encoding="utf-8")
    push(tmp_path, f"{oxigraph}/store", iri)
    assert first[0][0] > 100 and query(RemoteEndpoint(f"{oxigraph}/query"), count).rows == [(1,)]


def test_http_failure_is_reported_clearly(oxigraph: str, kg_file: Path) -> None:
    with pytest.raises(QueryError, match="HTTP 404"):
        push(kg_file, f"{oxigraph}/no-such-path")


def test_store_url_quotes_the_graph_iri() -> None:
    assert store_url("http://h/store", None) == "http://h/store?default"
    assert store_url("http://h/crud?x=1", "http://g/a b", "graph-uri") == "http://h/crud?x=1&graph-uri=http%3A%2F%2Fg%2Fa%20b"
