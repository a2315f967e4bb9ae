"""The plain-library paths the benchmarks compare against write the same graph as policykg."""

import pytest
import rdflib
from rdflib.compare import isomorphic

from benchmarks import baseline
from graph.pipeline import DEFAULT_SOURCES, build
from graph.readwrite.ntriples import generate_ntriples


@pytest.mark.parametrize("store", sorted(baseline.STORES))
def test_a_baseline_writes_the_graph_policykg_writes(store, tmp_path, capsys):
    assert baseline.main([store, str(DEFAULT_SOURCES), str(tmp_path)]) == 0
    assert '"triples": 2047' in capsys.readouterr().out
    ours = rdflib.Graph().parse(data=generate_ntriples(build().model), format="nt")
    for name, form in (("graph.nt", "nt"), ("graph.ttl", "turtle")):
        assert isomorphic(rdflib.Graph().parse(tmp_path / name, format=form), ours)
