"""Model ↔ RDF loses nothing; N-Triples are sorted and byte-identical run to run."""

import multiprocessing
import os

import networkx as nx
import pytest
import rdflib
from rdflib.compare import isomorphic

from graph.pipeline import DEFAULT_SOURCES, build
from graph.readwrite import from_rdflib, to_rdflib
from graph.model.store import from_networkx, to_networkx
from graph.readwrite import exports
from graph.readwrite.exports import write_exports
from graph.readwrite.ntriples import generate_ntriples, node_lines
from graph.readwrite.rdf import rdflib_columns


def test_round_trip_through_rdflib_is_lossless():
    g = build([DEFAULT_SOURCES]).graph
    back = from_rdflib(to_rdflib(g))
    assert nx.utils.graphs_equal(g, back)
    assert isomorphic(to_rdflib(back), to_rdflib(g))


def test_columns_hold_the_triples_of_the_ntriples_export_once_each():
    model = build([DEFAULT_SOURCES]).model
    subjects, columns = rdflib_columns(model)
    rows = [(s, rdflib.URIRef(p), o) for p, (ss, objects) in columns.items() for s, o in zip(ss, objects)]
    assert len(rows) == len(set(rows)) == 2047
    assert set(rows) == set(rdflib.Graph().parse(data=generate_ntriples(model), format="nt"))
    assert subjects == [rdflib.URIRef(iri) for iri in model]


def test_ntriples_are_sorted_and_deterministic():
    first = generate_ntriples(build([DEFAULT_SOURCES]).graph)
    second = generate_ntriples(build([DEFAULT_SOURCES]).graph)
    assert first == second
    rows = first.splitlines()
    assert rows == sorted(rows)


def test_literal_escaping():
    lines = node_lines("https://w3id.org/policykg/id/policy/x", {"title": ['a "b"\n\\'], "date_document": ["2021-01-05"]})
    assert lines == [
        '<https://w3id.org/policykg/id/policy/x> <http://data.europa.eu/eli/ontology#date_document> '
        '"2021-01-05"^^<http://www.w3.org/2001/XMLSchema#date> .\n',
        '<https://w3id.org/policykg/id/policy/x> <http://purl.org/dc/terms/title> "a \\"b\\"\\n\\\\"@zh .\n',
    ]


def test_model_and_networkx_forms_hold_the_same_graph():
    result = build([DEFAULT_SOURCES])
    assert from_networkx(result.graph) == result.model
    assert nx.utils.graphs_equal(to_networkx(from_networkx(result.graph)), result.graph)
    assert generate_ntriples(result.graph) == generate_ntriples(result.model)


def test_streamed_ntriples_match_rdflibs_in_memory_serializer():
    model = build([DEFAULT_SOURCES]).model
    in_memory = set(to_rdflib(model).serialize(format="nt").splitlines(keepends=True)) - {"\n"}
    assert generate_ntriples(model) == "".join(sorted(in_memory))


def test_subject_order_keeps_lines_sorted_when_one_iri_extends_another():
    model = {iri: {"type": "region", "classes": ["http://schema.org/AdministrativeArea"]}
             for iri in ("https://w3id.org/policykg/id/region/1", "https://w3id.org/policykg/id/region/10",
                         "https://w3id.org/policykg/id/region/1-a")}
    rows = generate_ntriples(model).splitlines()
    assert rows == sorted(rows) and len(rows) == 3


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


def fork_writers(monkeypatch, writers: int = 2) -> None:
    """From here on, exports are shared with forked writers whatever the graph's size and the cores."""
    monkeypatch.setattr(exports, "SPLIT_FROM", 0)
    monkeypatch.setattr(exports, "WRITERS", writers)
    monkeypatch.setattr(exports.os, "cpu_count", lambda: writers)
    monkeypatch.setattr(exports.threading, "active_count", lambda: 1)  # these tests start no thread


def test_exports_written_by_several_processes_are_the_same(tmp_path, monkeypatch):
    model = build([DEFAULT_SOURCES]).model
    write_exports(model, tmp_path / "inline")
    fork_writers(monkeypatch, 3)
    order = sorted(model)
    runs = exports._runs(model, order)
    assert len(runs) == 3 and all(runs) and [iri for run in runs for iri in run] == order
    assert write_exports(model, tmp_path / "apart") == len((tmp_path / "inline" / "graph.nt").read_text().splitlines())
    for name in ("graph.nt", "graph.ttl", "graph.jsonld"):
        assert (tmp_path / "apart" / name).read_bytes() == (tmp_path / "inline" / name).read_bytes()
    assert not list((tmp_path / "apart").glob(".graph.*"))


def test_exports_of_some_formats_are_the_same_bytes_and_replace_the_earlier_build(tmp_path, monkeypatch):
    model = build([DEFAULT_SOURCES]).model
    write_exports(model, tmp_path / "all")
    write_exports(model, tmp_path / "some")
    (tmp_path / "some" / "notes.txt").write_text("the user's own file")
    fork_writers(monkeypatch)
    assert write_exports(model, tmp_path / "some", ["jsonld", "nt"]) == 2047
    assert sorted(p.name for p in (tmp_path / "some").iterdir()) == ["graph.jsonld", "graph.nt", "notes.txt"]
    for name in ("graph.nt", "graph.jsonld"):
        assert (tmp_path / "some" / name).read_bytes() == (tmp_path / "all" / name).read_bytes()
    write_exports(model, tmp_path / "some", ["nt"])
    assert sorted(p.name for p in (tmp_path / "some").iterdir()) == ["graph.nt", "notes.txt"]


@pytest.mark.parametrize(("formats", "message"), [
    (["ttl", "jsonld"], "the exports must include nt"),
    (["nt", "xml", "rdf"], "unknown export format rdf, xml: choose from nt, ttl, jsonld"),
])
def test_exports_of_unknown_formats_or_without_ntriples_are_refused_before_writing(tmp_path, formats, message):
    with pytest.raises(ValueError, match=message):
        write_exports({}, tmp_path / "out", formats)
    assert not (tmp_path / "out").exists()


def test_a_failing_writer_process_fails_the_export_and_leaves_no_file(tmp_path, monkeypatch):
    def fail(*args):
        raise OSError("disk full")

    fork_writers(monkeypatch)
    monkeypatch.setattr(exports, "_write_part", fail)
    with pytest.raises(RuntimeError, match="writing the exports failed in a forked process: OSError: disk full"):
        write_exports(build([DEFAULT_SOURCES]).model, tmp_path)
    assert not list(tmp_path.glob("*.ttl")) and not list(tmp_path.glob(".graph.*"))


def test_a_writer_process_that_cannot_start_fails_the_export_and_leaves_no_file(tmp_path, monkeypatch):
    def refuse(self):
        raise OSError(12, "Cannot allocate memory")

    fork_writers(monkeypatch)
    monkeypatch.setattr(multiprocessing.context.ForkProcess, "start", refuse)
    model = build([DEFAULT_SOURCES]).model
    open_before = len(os.listdir("/proc/self/fd"))
    with pytest.raises(OSError, match="Cannot allocate memory"):
        write_exports(model, tmp_path)
    assert not list(tmp_path.iterdir())
    assert len(os.listdir("/proc/self/fd")) == open_before  # the result pipe is closed too


def test_exports_get_the_permissions_of_the_users_umask(tmp_path):
    old = os.umask(0o022)
    try:
        write_exports(build([DEFAULT_SOURCES]).model, tmp_path)
    finally:
        os.umask(old)
    assert {p.name: p.stat().st_mode & 0o777 for p in tmp_path.iterdir()} == {
        "graph.nt": 0o644, "graph.ttl": 0o644, "graph.jsonld": 0o644}
