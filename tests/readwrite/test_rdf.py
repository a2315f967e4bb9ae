"""Model ↔ RDF loses nothing; N-Triples are sorted and byte-identical run to run."""

import networkx as nx
import rdflib
from rdflib.compare import isomorphic

from graph.pipeline import DEFAULT_SOURCES, build
from graph.readwrite import from_rdflib, to_rdflib
from graph.readwrite.exports import write_exports
from graph.readwrite.ntriples import generate_ntriples, term
from graph.readwrite._convert import Lit


def test_round_trip_through_rdflib_is_lossless():
    g = build([DEFAULT_SOURCES]).graph
    back = from_rdflib(to_rdflib(g))
    assert nx.utils.graphs_equal(g, back)
    assert isomorphic(to_rdflib(back), to_rdflib(g))


def test_ntriples_are_sorted_and_deterministic():
    first = generate_ntriples(build([DEFAULT_SOURCES]).graph)
    second = generate_ntriples(build([DEFAULT_SOURCES]).graph)
    assert first == second
    rows = first.splitlines()
    assert rows == sorted(rows)


def test_literal_escaping():
    assert term(Lit('a "b"\n\\', "zh")) == '"a \\"b\\"\\n\\\\"@zh'
    assert term(Lit("2021-01-05", datatype="http://www.w3.org/2001/XMLSchema#date")).endswith("#date>")


def test_three_exports_hold_the_same_graph(tmp_path):
    g = build([DEFAULT_SOURCES]).graph
    write_exports(g, tmp_path)
    nt = rdflib.Graph().parse(tmp_path / "graph.nt")
    ttl = rdflib.Graph().parse(tmp_path / "graph.ttl")
    jsonld = rdflib.Graph().parse(tmp_path / "graph.jsonld", format="json-ld")
    assert isomorphic(nt, ttl)
    assert isomorphic(nt, jsonld)
    assert '"@context"' in (tmp_path / "graph.jsonld").read_text(encoding="utf-8")
    assert not list(tmp_path.glob(".graph.*"))
