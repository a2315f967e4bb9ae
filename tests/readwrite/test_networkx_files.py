"""The graph users get is written by networkx's own GEXF and GraphML writers, and GraphML gives it back exactly."""

import json

import networkx as nx

from graph.model.store import from_networkx, listed, scalar
from graph.pipeline import build


def test_one_value_is_itself_and_several_are_a_json_array():
    assert scalar(["电子印章"]) == "电子印章" and scalar([3]) == 3 and scalar([True]) is True
    assert json.loads(scalar(["人社部", "人力资源社会保障部"])) == ["人社部", "人力资源社会保障部"]
    assert scalar(["[见附件]"]) == '["[见附件]"]'  # a text that opens with [ stays readable as one value
    for values in (["电子印章"], [3], ["a", "b"], ["[见附件]"], []):
        assert listed(scalar(values)) == values


def test_gexf_and_graphml_write_the_users_graph(tmp_path):
    result = build()
    nx.write_gexf(result.graph, tmp_path / "g.gexf")
    nx.write_graphml(result.graph, tmp_path / "g.graphml")
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() == result.graph.number_of_nodes()
    back = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert from_networkx(back) == result.model
