"""Every view opened in headless Chromium with the network blocked."""

import pytest

import viz_expected as expected
from viz_graphs import ID, XSS, large_graph, sample_graph
from graph.viz import write_views
from graph.viz.spec import MAX_NODES

@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    g = sample_graph()
    paths = write_views(g, tmp_path_factory.mktemp("views"), focus="电子印章")
    return g, {p.stem: p for p in paths}


def drawn(visit) -> tuple[int, int]:
    return tuple(visit.page.evaluate("[network.body.data.nodes.length, network.body.data.edges.length]"))


@pytest.mark.parametrize("name", ["agency-concept", "regions", "full-graph", "focus-e-seal"])
def test_view_loads_offline_and_draws_the_graph(pages, visit, name):
    g, paths = pages
    counts = {
        "agency-concept": expected.agency_concept(g), "regions": expected.regions(g),
        "full-graph": expected.full(g), "focus-e-seal": expected.focus(g, str(ID["concept/e-seal"])),
    }
    v = visit(paths[name])
    assert drawn(v) == counts[name]
    shown = counts[name][0]
    if name == "full-graph":
        shown = expected.shown_at_first(g, expected.full_nodes(g))
        assert shown < counts[name][0]
    assert v.page.evaluate("network.body.nodeIndices.length") == shown
    v.screenshot(name)
    assert (v.errors, v.blocked, v.dialogs) == ([], [], [])


def test_structural_kinds_start_hidden_and_their_box_shows_them(pages, visit):
    g, paths = pages
    v = visit(paths["full-graph"])
    assert not v.page.is_checked('input[data-kind="level"]') and v.page.is_checked('input[data-kind="agency"]')
    v.page.check('input[data-kind="level"]')
    assert v.page.evaluate("network.body.data.nodes.get({filter: n => n.kind === 'level' && !n.hidden}).length") == 4


def test_tooltips_name_relations_in_words_and_show_no_iri(pages, visit):
    v = visit(pages[1]["full-graph"])
    tips = v.page.evaluate("network.body.data.edges.get().map(e => e.title.textContent)")
    assert any(t.startswith("发布 issued by") for t in tips) and not any("eli:" in t for t in tips)
    nodes = v.page.evaluate("network.body.data.nodes.get().map(n => n.title.textContent)")
    assert not any("https://" in t for t in nodes)


def test_search_finds_a_chinese_label(pages, visit):
    v = visit(pages[1]["full-graph"])
    v.page.fill("#search", "电子签章")
    v.page.press("#search", "Enter")
    assert v.page.evaluate("network.getSelectedNodes()") == [str(ID["concept/e-seal"])]
    assert v.page.text_content("#search-status").startswith("找到 1 个")


def test_type_filter_hides_one_kind(pages, visit):
    v = visit(pages[1]["full-graph"])
    v.page.uncheck('input[data-kind="policy"]')
    hidden = "network.body.data.nodes.get({filter: n => n.hidden && ['policy', 'agency', 'concept', 'region'].includes(n.kind)}).map(n => n.kind)"
    assert v.page.evaluate(hidden) == ["policy"] * 5
    v.page.check('input[data-kind="policy"]')
    assert v.page.evaluate(hidden) == []


def test_markup_in_a_title_shows_as_text_and_runs_nothing(pages, visit):
    v = visit(pages[1]["full-graph"])
    target = str(ID["policy/p5"])
    v.page.evaluate(f"network.focus({target!r}, {{scale: 1.5, animation: false}})")
    point = v.page.evaluate(f"""(() => {{
        const p = network.canvasToDOM(network.getPosition({target!r}));
        const box = document.getElementById('network').getBoundingClientRect();
        return [box.left + p.x, box.top + p.y];
    }})()""")
    v.page.mouse.move(point[0] - 30, point[1] - 30)
    v.page.mouse.move(*point)
    v.page.wait_for_selector("div.vis-tooltip", state="visible")
    assert XSS in v.page.text_content("div.vis-tooltip")
    v.screenshot("tooltip-escaped")
    assert v.page.evaluate("document.querySelectorAll('img').length") == 0
    assert (v.dialogs, v.errors) == ([], [])


def test_capped_page_draws_the_cap_and_shows_the_note(tmp_path, visit):
    page = next(p for p in write_views(large_graph(policies=2000), tmp_path) if p.stem == "full-graph")
    v = visit(page)
    assert drawn(v)[0] == MAX_NODES
    assert v.page.is_visible("#note")
    assert v.page.text_content("#note").startswith(f"显示 {MAX_NODES} / 2068 个节点")
    assert (v.errors, v.blocked, v.dialogs) == ([], [], [])
