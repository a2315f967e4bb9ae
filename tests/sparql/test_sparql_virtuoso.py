"""Push the exports to Debian's Virtuoso, started here on loopback, and ask it the library's
questions: the same answers as the embedded store, past Debian's 10,000-row cap."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.parse
from pathlib import Path
from typing import Iterator

import pytest
from expected import EXPECTED, PARAMS
from servers import ROOT

from benchmarks.triplestores import Virtuoso, virtuoso_missing, virtuoso_server
from graph.sparql import query
from graph.sparql.push import push
from graph.sparql.remote import RemoteEndpoint

pytestmark = pytest.mark.skipif(virtuoso_missing() is not None, reason=str(virtuoso_missing()))
GRAPH = "https://w3id.org/policykg/graph"


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    with virtuoso_server(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server


def in_graph(server: Virtuoso, graph: str = GRAPH) -> RemoteEndpoint:
    """Virtuoso's default graph is the union of all its graphs, system ones too: name ours."""
    return RemoteEndpoint(f"{server.sparql}?{urllib.parse.urlencode({'default-graph-uri': graph})}")


@pytest.fixture(scope="module")
def pushed(virtuoso: Virtuoso, kg_file: Path) -> Virtuoso:
    """Loaded the way a user would: ``policykg push`` with the password in the environment."""
    done = subprocess.run(
        [sys.executable, "-m", "graph.sparql", "push", "--graph", str(kg_file), "--endpoint", virtuoso.store,
         "--graph-param", "graph-uri", "--graph-iri", GRAPH, "--user", "dba"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, env={**os.environ, "POLICYKG_PASSWORD": virtuoso.password})
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"loaded {kg_file} into {GRAPH}")
    return virtuoso


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_virtuoso_answers_like_the_embedded_store(pushed: Virtuoso, name: str) -> None:
    assert query(in_graph(pushed), name, PARAMS.get(name)).rows == EXPECTED[name]


def test_the_command_line_asks_virtuoso(pushed: Virtuoso) -> None:
    done = subprocess.run([sys.executable, "-m", "graph.sparql", "query", "policies-in-region", "--param",
                           "region=深圳市", "--format", "csv", "--endpoint", in_graph(pushed).url],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and len(done.stdout.splitlines()) == 3 and "深圳市电子劳动合同实施方案" in done.stdout


def test_answers_are_not_capped_at_debians_10000_rows(pushed: Virtuoso) -> None:
    rows = query(in_graph(pushed), "SELECT * WHERE { ?s ?p ?o . ?a ?b ?c } LIMIT 12000").rows
    assert len(rows) == 12000


def test_push_replaces_the_graph(virtuoso: Virtuoso, kg_file: Path, tmp_path: Path) -> None:
    graph = "https://w3id.org/policykg/graph/replaced"
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    push(kg_file, virtuoso.store, graph, user="dba", password=virtuoso.password, graph_param="graph-uri")
    assert query(in_graph(virtuoso, graph), count).rows[0][0] > 100
    (tmp_path / "graph.nt").write_text(
        '<https://w3id.org/policykg/id/region/CN> <http://www.w3.org/2004/02/skos/core#notation> "100000" .\n',
        encoding="utf-8")
    push(tmp_path, virtuoso.store, graph, user="dba", password=virtuoso.password, graph_param="graph-uri")
    assert query(in_graph(virtuoso, graph), count).rows == [(1,)]


def test_bulk_loader_errors_are_read_back(virtuoso: Virtuoso, kg_file: Path, tmp_path: Path) -> None:
    virtuoso.bulk_load(kg_file / "graph.nt", "https://w3id.org/policykg/graph/bulk")
    assert query(in_graph(virtuoso, "https://w3id.org/policykg/graph/bulk"), "joint-issuers").rows == EXPECTED["joint-issuers"]
    broken = tmp_path / "broken.nt"
    broken.write_text('<https://w3id.org/policykg/id/a> <http://schema.org/name> "A\n', encoding="utf-8")
    with pytest.raises(RuntimeError, match="line 2: Unterminated"):
        virtuoso.bulk_load(broken, "https://w3id.org/policykg/graph/broken")
