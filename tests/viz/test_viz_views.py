import re
from html.parser import HTMLParser

import pytest

import viz_expected as expected
from viz_graphs import ID, large_graph, sample_graph
from graph.viz import write_views
from graph.viz.agency_concept import MAX_AGENCIES, agency_concept_view
from graph.records.data import read_graph
from graph.viz import network_view
from graph.viz.network_view import find_node, focus_view, full_view
from graph.pagekit import script_json
from graph.viz.page import page_data, render
from graph.viz.regions import regions_view
from graph.viz.spec import MAX_NODES


class Links(HTMLParser):
    """Every src and href attribute in a page."""

    def __init__(self, text: str):
        super().__init__()
        self.found: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.found += [value or "" for name, value in attrs if name in ("src", "href")]


def test_agency_concept_counts_widths_and_colours():
    g = sample_graph()
    view = agency_concept_view(read_graph(g))
    assert (len(view.nodes), len(view.edges)) == expected.agency_concept(g)
    edge = next(e for e in view.edges if e["from"].endswith("440000-gov") and e["to"].endswith("e-seal"))
    assert [c["title"] for c in edge["tip"]["cards"]] == ["广东省电子印章管理办法"]
    colours = {n["id"].rsplit("/", 1)[-1]: n["color"] for n in view.nodes}
    assert colours["gov-office"] != colours["440000-gov"] != colours["440300-hrss"] != colours["310112-gov"]
    sizes = {n["id"].rsplit("/", 1)[-1]: n["size"] for n in view.nodes}
    assert sizes["440000-gov"] > sizes["310112-gov"]


def test_regions_tree_marks_equivalence():
    g = sample_graph()
    view = regions_view(read_graph(g))
    assert (len(view.nodes), len(view.edges)) == expected.regions(g)
    by_label = {n["label"]: n for n in view.nodes}
    assert by_label["广东省 ⚖"]["shape"] == "star"
    assert by_label["深圳市"]["shape"] == "dot"
    assert by_label["中国 ⚖"]["y"] < by_label["广东省 ⚖"]["y"] < by_label["深圳市"]["y"]
    assert "浙江省" not in by_label


def test_full_and_focus_views_draw_what_the_graph_says():
    g = sample_graph()
    kg = read_graph(g)
    full = full_view(kg)
    assert (len(full.nodes), len(full.edges)) == expected.full(g)
    assert full.note is None
    focus = focus_view(kg, "电子签章")
    assert (len(focus.nodes), len(focus.edges)) == expected.focus(g, str(ID["concept/e-seal"]))
    assert focus.slug == "focus-e-seal"


def test_every_policy_tooltip_has_title_date_issuers_passage():
    full = full_view(read_graph(sample_graph()))
    card = next(n for n in full.nodes if n["id"].endswith("policy/p4"))["tip"]["cards"][0]
    assert card == {
        "title": "深圳市推行电子劳动合同实施方案", "date": "2021-07-20",
        "issuers": "广东省人民政府、深圳市人力资源和社会保障局",
        "passage": "深圳市推行电子劳动合同实施方案。文件明确e-labour-contract。",
    }


def test_find_node_by_any_label_and_explains_misses():
    kg = read_graph(sample_graph())
    assert find_node(kg, "electronic seal").iri == str(ID["concept/e-seal"])
    assert find_node(kg, "440300").iri == str(ID["region/440300"])
    with pytest.raises(LookupError, match="深圳市人力资源和社会保障局"):
        find_node(kg, "深圳市人力")


def test_large_graphs_are_capped_with_a_visible_note():
    kg = read_graph(large_graph(policies=2000, agencies=MAX_AGENCIES + 20))
    full = full_view(kg)
    assert len(full.nodes) == MAX_NODES
    assert f"{MAX_NODES} / {len(kg.nodes)}" in full.note
    assert all(e["from"] in {n["id"] for n in full.nodes} for e in full.edges)
    agencies = agency_concept_view(kg)
    assert sum(n["kind"] == "agency" for n in agencies.nodes) == MAX_AGENCIES
    assert f"{MAX_AGENCIES} / {MAX_AGENCIES + 20}" in agencies.note


def test_edges_past_their_cap_keep_the_best_connected_leave_no_orphan_and_say_so(monkeypatch):
    monkeypatch.setattr(network_view, "MAX_EDGES", 100)
    kg = read_graph(large_graph(policies=400, agencies=10))
    full = full_view(kg)
    assert len(full.edges) == 100
    ends = {end for e in full.edges for end in (e["from"], e["to"])}
    assert {n["id"] for n in full.nodes} == ends  # every node whose links were all cut went with them
    assert full.note == (f"显示 {len(ends)} / 418 个节点（按连接数） showing {len(ends)} of 418 nodes, by degree · "
                         "显示 100 / 800 条边（按两端连接数） showing 100 of 800 edges, by the degree of their ends")
    concepts = {n["id"] for n in full.nodes if n["kind"] == "concept"}
    assert all(e["to"] in concepts for e in full.edges)
    focus = focus_view(kg, "机构3")
    assert len(focus.edges) == 40 and focus.note is None


def test_pages_past_the_caps_show_the_note(tmp_path):
    kg = read_graph(large_graph(policies=2000, agencies=MAX_AGENCIES + 20))
    pages = {p.stem: p.read_text(encoding="utf-8") for p in write_views(kg, tmp_path)}
    assert f'<p class="note" id="note">显示 {MAX_NODES} / {len(kg.nodes)} 个节点' in pages["full-graph"]
    assert f'<p class="note" id="note">显示 {MAX_AGENCIES} / {MAX_AGENCIES + 20} 个机构' in pages["agency-concept"]
    assert 'id="note"' not in pages["regions"]


def test_tooltip_cards_are_written_once_per_page():
    view = agency_concept_view(read_graph(sample_graph()))
    data = page_data(view)
    titles = [card["title"] for card in data["cards"]]
    assert sorted(titles) == sorted({c["title"] for e in view.nodes + view.edges for c in e["tip"]["cards"]})
    edge = next(e for e in data["edges"] if e["from"].endswith("440000-gov") and e["to"].endswith("e-seal"))
    assert [data["cards"][i]["title"] for i in edge["tip"]["cards"]] == ["广东省电子印章管理办法"]


def test_pages_are_offline_utf8_and_escape_source_text(tmp_path):
    g = sample_graph()
    before = set(g)
    paths = write_views(g, tmp_path, focus="电子印章")
    assert set(g) == before
    assert [p.name for p in paths] == ["agency-concept.html", "regions.html", "full-graph.html", "focus-e-seal.html"]
    for path in paths:
        text = path.read_bytes().decode("utf-8")
        assert not [link for link in Links(text).found if re.match(r"\s*(https?:)?//", link)]
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", text)
        assert "bootstrap" not in text.lower()
        assert "<img src=x" not in text
        assert "深圳市" in text


def test_script_json_cannot_close_its_script():
    assert "</script>" not in script_json({"title": "</script><script>alert(1)</script>"})


def test_options_keep_spaces_and_physics_off():
    page = render(full_view(read_graph(sample_graph())))
    assert '"face":"Noto Sans CJK SC' in page
    assert '"physics":{"enabled":false}' in page
