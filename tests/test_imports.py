"""Importing one part of the package loads only what that part needs: the package ``__init__``s
import their API on first use."""

import json
import subprocess
import sys

import pytest

HEAVY = ("rdflib", "pyoxigraph", "oxrdflib", "networkx", "pyvis", "jinja2", "pandas", "matplotlib")


def loaded(statement: str) -> list[str]:
    """The heavy libraries in sys.modules after ``statement`` runs in a fresh interpreter."""
    code = f"import sys, json\n{statement}\nprint(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


@pytest.mark.parametrize("statement", ["import graph", "from graph.extract.item import extract"])
def test_the_extractor_loads_no_rdf_or_graph_library(statement):
    assert loaded(statement) == []


def test_the_api_is_still_there_on_first_use():
    assert {"rdflib", "networkx"} <= set(loaded("import graph; graph.build"))
    assert "rdflib" in loaded("from graph.readwrite import to_rdflib")
    assert "pyoxigraph" in loaded("from graph.sparql import load_graph")


def test_the_lazy_api_is_listed_and_a_missing_name_is_an_attribute_error():
    import graph

    assert {"build", "load_graph", "write_exports"} <= set(dir(graph))
    with pytest.raises(AttributeError, match="no attribute 'biuld'"):
        graph.biuld  # noqa: B018
