"""The HTTP endpoint, run as a real process, queried by independent clients."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterator

import pytest
from expected import EXPECTED, PARAMS
from rdflib import Graph, Literal
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from servers import policykg_server
from SPARQLWrapper import JSON, SPARQLWrapper

from graph.sparql import query
from graph.sparql.remote import RemoteEndpoint

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def endpoint(kg_file: Path) -> Iterator[str]:
    with policykg_server(kg_file, "--timeout", "3", "--max-rows", "100", "--workers", "4") as url:
        yield url


def get(url: str, headers: dict[str, str] | None = None, method: str = "GET", data: bytes | None = None):
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def q(url: str, text: str) -> str:
    return url + "?" + urllib.parse.urlencode({"query": text})


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_library_questions_over_http_match_the_embedded_store(endpoint: str, name: str) -> None:
    assert query(RemoteEndpoint(endpoint), name, PARAMS.get(name)).rows == EXPECTED[name]


def test_sparqlwrapper_gets_json(endpoint: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setQuery('SELECT ?r WHERE { ?r skos:prefLabel "深圳市"@zh }')
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert rows == [{"r": {"type": "uri", "value": "https://w3id.org/policykg/id/region/440300"}}]


def test_rdflib_sparqlstore_reads_select_and_construct(endpoint: str) -> None:
    remote = Graph(SPARQLStore(endpoint, returnFormat="xml"))
    # rdflib declares its own schema: (https) for SPARQLStore queries, so say which one is meant
    labels = sorted(str(r[0]) for r in remote.query(
        "PREFIX schema: <http://schema.org/> SELECT ?l WHERE { "
        "?r schema:containedInPlace <https://w3id.org/policykg/id/region/CN> ; skos:prefLabel ?l }"))
    assert labels == ["上海市", "广东省", "浙江省"]
    built = remote.query("CONSTRUCT { ?r ?p ?o } WHERE { ?r skos:notation \"440305\" ; ?p ?o }").graph
    assert Literal("南山区", lang="zh") in set(built.objects())


@pytest.mark.parametrize(("accept", "start"), [
    ("text/csv", b"policy,title,date\r\n"),
    ("text/tab-separated-values", b"?policy\t?title\t?date\n"),
    ("application/sparql-results+xml", b"<?xml"),
    ("application/sparql-results+json", b'{"'),
])
def test_content_negotiation(endpoint: str, accept: str, start: bytes) -> None:
    status, headers, body = get(q(endpoint, PARAMS_QUERY), {"Accept": accept})
    assert status == 200 and headers["Content-Type"].startswith(accept) and body.startswith(start)


PARAMS_QUERY = "SELECT ?policy ?title ?date WHERE { ?policy dcterms:title ?title ; eli:date_document ?date } LIMIT 2"


def test_post_form_and_direct_body(endpoint: str) -> None:
    form = urllib.parse.urlencode({"query": "ASK { ?s a eli:LegalResource }"}).encode()
    status, headers, body = get(endpoint, {"Content-Type": "application/x-www-form-urlencoded",
                                           "Accept": "application/sparql-results+json"}, "POST", form)
    assert (status, json.loads(body)["boolean"]) == (200, True)
    assert "Access-Control-Allow-Origin" not in headers  # CORS is off unless --cors names an origin
    status, _, body = get(endpoint, {"Content-Type": "application/sparql-query", "Accept": "text/turtle"}, "POST",
                          "DESCRIBE <https://w3id.org/policykg/id/region/440000>".encode())
    assert status == 200 and "广东省" in body.decode()


def test_library_question_with_parameter_over_get(endpoint: str) -> None:
    url = endpoint + "?" + urllib.parse.urlencode({"question": "policies-in-region", "param.region": "深圳市"})
    status, _, body = get(url, {"Accept": "text/csv"})
    assert status == 200 and body.decode().count("\r\n") == 3


@pytest.mark.parametrize(("method", "headers", "data", "status"), [
    ("POST", {"Content-Type": "application/sparql-update"}, b"INSERT DATA { <a:b> <a:c> <a:d> }", 403),
    ("POST", {"Content-Type": "application/x-www-form-urlencoded"}, b"update=CLEAR+ALL", 403),
    ("PUT", {"Content-Type": "application/n-triples"}, b"<a:b> <a:c> <a:d> .", 405),
    ("DELETE", {}, None, 405),
    ("POST", {"Content-Type": "text/plain"}, b"SELECT * {}", 415),
])
def test_writes_and_wrong_methods_are_refused(endpoint: str, method: str, headers: dict, data: bytes | None, status: int) -> None:
    assert get(endpoint, headers, method, data)[0] == status


def test_update_in_query_parameter_is_refused(endpoint: str) -> None:
    status, _, body = get(q(endpoint, "DELETE WHERE { ?s ?p ?o }"))
    assert status == 403 and b"read-only" in body


def test_malformed_query_points_at_line_and_column(endpoint: str) -> None:
    status, _, body = get(q(endpoint, "SELECT ?s WHERE {\n  ?s ?p ?o .\n  oops }"))
    assert status == 400 and b"line 3, column" in body
    status, _, body = get(q(endpoint, "SELECT ?s WHERE { ?s nope:p ?o }"))
    assert status == 400 and b"unknown prefix 'nope:'" in body


def test_huge_query_is_refused(endpoint: str) -> None:
    huge = ("SELECT * WHERE { ?s ?p ?o } #" + "x" * 2_000_000).encode()
    status, _, body = get(endpoint, {"Content-Type": "application/sparql-query"}, "POST", huge)
    assert status == 413


def test_row_limit_and_time_limit_stop_queries_while_others_are_served(endpoint: str) -> None:
    status, _, body = get(q(endpoint, "SELECT * WHERE { ?s ?p ?o }"))
    assert status == 422 and b"100 row limit" in body
    with ThreadPoolExecutor(8) as pool:
        slow = pool.submit(get, q(endpoint, SLOW))
        quick = [pool.submit(get, q(endpoint, "ASK { ?s ?p ?o }"), {"Accept": "application/sparql-results+json"})
                 for _ in range(12)]
        assert all(f.result()[0] == 200 for f in quick)
        status, _, body = slow.result()
    assert status == 503 and b"time limit" in body


def test_html_page_lists_the_questions_escaped(endpoint: str) -> None:
    status, headers, body = get(endpoint)
    page = body.decode()
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "Policies in a region" in page and "http://" not in page.split("<script")[0].split("<body>")[0]
    assert "<script src" not in page and "<link" not in page
