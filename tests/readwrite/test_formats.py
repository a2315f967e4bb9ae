"""The one table of RDF formats agrees with the tools it names, and every reader of formats reads it."""

import pyoxigraph
import pytest
from rdflib import plugin
from rdflib.parser import Parser
from rdflib.serializer import Serializer

from graph.readwrite import exports, formats
from graph.sparql import formats as results
from graph.sparql.load import EXPORT_NAMES


@pytest.mark.parametrize("fmt", formats.FORMATS, ids=lambda f: f.name)
def test_each_row_matches_oxigraph_and_rdflib(fmt):
    ox = getattr(pyoxigraph.RdfFormat, fmt.oxigraph)
    assert (ox.file_extension, ox.media_type) == (fmt.suffix, fmt.media_type)
    assert all(pyoxigraph.RdfFormat.from_extension(s) == ox for s in fmt.suffixes if s not in ("owl", "xml"))
    assert plugin.get(fmt.rdflib, Parser)
    if fmt.answers:
        assert plugin.get(fmt.rdflib, Serializer)


def test_exports_loaders_and_results_read_the_table():
    assert list(exports.DOCUMENTS) == list(formats.EXPORTS) == ["nt", "ttl", "jsonld"]
    assert EXPORT_NAMES == formats.export_names() == ["graph.nt", "graph.ttl", "graph.jsonld"]
    assert results.GRAPH_TYPES == {"turtle": "text/turtle", "nt": "application/n-triples",
                                   "jsonld": "application/ld+json", "rdfxml": "application/rdf+xml"}
    assert next(iter(results.GRAPH_TYPES)) == "turtle"  # what a client accepting */* gets


def test_a_file_name_gives_its_format():
    assert formats.of_file("graph.TTL").rdflib == "turtle"
    assert formats.of_file("ontology.owl").name == "rdfxml"
    assert formats.of_file("notes.txt") is None
    assert formats.of_file("README") is None
