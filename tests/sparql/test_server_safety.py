"""What a hostile query or a web page cannot make the real server do: call other servers,
overflow a parser, read answers from a foreign page, answer to a rebound host name."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest
from servers import ROOT, ask, listener, policykg_server

DEEP = "SELECT * WHERE " + "{" * 10_000 + " ?s ?p ?o " + "}" * 10_000
NEGATED = "SELECT * WHERE { ?s ?p ?o FILTER(" + "!" * 10_000 + "true) }"


@pytest.fixture(scope="module")
def remote() -> Iterator[tuple[str, list[str]]]:
    with listener() as found:
        yield found


@pytest.fixture(scope="module")
def endpoint(kg_file: Path) -> Iterator[str]:
    with policykg_server(kg_file, "--timeout", "5") as url:
        yield url


def service_queries(remote: str, itself: str) -> list[str]:
    return [
        f"SELECT * WHERE {{ SERVICE <{remote}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE SILENT <{remote}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?a ?b ?c . SERVICE <{remote}> {{ SERVICE <{remote}> {{ ?s ?p ?o }} }} }}",
        f"SELECT * WHERE {{ SERVICE <{itself}> {{ SERVICE <{itself}> {{ ?s ?p ?o }} }} }}",
        f"PREFIX r: <{remote.rsplit('/', 1)[0]}/> SELECT * WHERE {{ service r:sparql {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{remote}> {{ ?s ?p ?o }} }}",  # rdflib reads \u escapes first
        "SELECT * WHERE { BIND(<%s> AS ?e) SERVICE ?e { ?s ?p ?o } }" % remote,
    ]


def test_service_is_refused_and_no_request_leaves(endpoint: str, remote: tuple[str, list[str]]) -> None:
    url, seen = remote
    for text in service_queries(url, endpoint):
        status, _, body = ask(endpoint, text)
        assert status == 403 and b"SERVICE" in body and b"refused" in body, text
    assert seen == []


def test_allowed_host_is_called_and_others_are_not(kg_file: Path, remote: tuple[str, list[str]]) -> None:
    url, seen = remote
    with policykg_server(kg_file, "--allow-service", "127.0.0.1") as allowed:
        status, _, body = ask(allowed, f"SELECT ?x WHERE {{ SERVICE <{url}> {{ ?x ?p ?o }} }}",
                              headers={"Accept": "application/sparql-results+json"})
        assert status == 200 and [row["x"]["value"] for row in json.loads(body)["results"]["bindings"]] == ["remote"]
        assert len(seen) == 1
        other = url.replace("127.0.0.1", "localhost")
        status, _, body = ask(allowed, f"SELECT * WHERE {{ SERVICE <{other}> {{ ?s ?p ?o }} }}")
        assert status == 403 and b"not one of --allow-service 127.0.0.1" in body
    assert len(seen) == 1
    seen.clear()


def query_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "graph.sparql", "query", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("store", ["oxigraph", "memory"])
def test_command_line_refuses_service_and_fetches_no_from_graph(kg_file: Path, remote: tuple[str, list[str]],
                                                                store: str) -> None:
    url, seen = remote
    done = query_cli("--graph", str(kg_file), "--store", store, "-e", f"SELECT * {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}")
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and done.stderr.startswith(f"policykg: error: SERVICE <{url}> is refused")
    done = query_cli("--graph", str(kg_file), "--store", store, "-e", f"ASK FROM <{url}> {{ ?s ?p ?o }}")
    assert done.returncode == 0
    assert seen == []


def test_deep_nesting_is_refused_before_the_engine(endpoint: str, kg_file: Path) -> None:
    for text in (DEEP, NEGATED):
        status, _, body = ask(endpoint, method="POST", headers={"Content-Type": "application/sparql-query"},
                              body=text.encode())
        assert status == 400 and re.fullmatch(rb"the query nests 100\d\d levels deep; the limit is 64\n", body)
        done = query_cli("--graph", str(kg_file), "-e", text)
        assert done.returncode == 1
        assert re.fullmatch(r"policykg: error: the query nests 100\d\d levels deep; the limit is 64\n", done.stderr)
    status, _, _ = ask(endpoint, "ASK { ?s ?p ?o }")
    assert status == 200  # the server is still up


def test_foreign_host_names_are_refused(endpoint: str) -> None:
    port = endpoint.split(":")[2].split("/")[0]
    for host in (f"attacker.example:{port}", "127.0.0.1:1", f"127.0.0.1.attacker.example:{port}"):
        status, _, body = ask(endpoint, "ASK { ?s ?p ?o }", headers={"Host": host})
        assert status == 421 and b"does not answer to Host" in body, host
    for host in (f"localhost:{port}", f"127.0.0.1:{port}", f"[::1]:{port}"):
        assert ask(endpoint, "ASK { ?s ?p ?o }", headers={"Host": host})[0] == 200, host


def test_cors_is_off_by_default(endpoint: str) -> None:
    port = endpoint.split(":")[2].split("/")[0]
    status, headers, body = ask(endpoint, "ASK { ?s ?p ?o }", headers={"Origin": "http://page.example"})
    assert status == 403 and b"--cors http://page.example" in body and "Access-Control-Allow-Origin" not in headers
    status, headers, _ = ask(endpoint, None, method="OPTIONS",
                             headers={"Origin": "http://page.example", "Access-Control-Request-Method": "POST"})
    assert status == 403 and "Access-Control-Allow-Origin" not in headers
    status, headers, _ = ask(endpoint, "ASK { ?s ?p ?o }", headers={"Origin": f"http://127.0.0.1:{port}"})
    assert status == 200 and "Access-Control-Allow-Origin" not in headers  # the server's own page


@pytest.mark.parametrize(("option", "expected"), [("http://editor.example", "http://editor.example"), ("*", "*")])
def test_cors_option_lets_a_browser_editor_read(kg_file: Path, option: str, expected: str) -> None:
    with policykg_server(kg_file, "--cors", option) as url:
        status, headers, _ = ask(url, None, method="OPTIONS",
                                 headers={"Origin": "http://editor.example", "Access-Control-Request-Method": "POST"})
        assert status == 204 and headers["Access-Control-Allow-Origin"] == expected
        assert "POST" in headers["Access-Control-Allow-Methods"]
        status, headers, _ = ask(url, "ASK { ?s ?p ?o }", headers={"Origin": "http://editor.example"})
        assert status == 200 and headers["Access-Control-Allow-Origin"] == expected
        if option != "*":
            assert ask(url, "ASK { ?s ?p ?o }", headers={"Origin": "http://other.example"})[0] == 403
