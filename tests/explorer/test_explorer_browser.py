"""The explorer opened in headless Chromium with the network blocked, on the bundled roundup and on a
small generated corpus: what it lists is what SPARQL finds for the same filter."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import quote

import pytest
from explorer_sparql import policies, province_count
from rdflib import Literal, URIRef
from viz_graphs import POLICIES, XSS, sample_graph
from vocab import ELI, ID

from benchmarks.generate import generate
from graph.cli import main
from graph.site import write_all
from graph.sparql import load_graph, query

DOCS_IMG = Path(__file__).resolve().parents[2] / "docs" / "img"


def _build(sources: list[str], out: Path) -> tuple[Path, object]:
    assert main(["build", *sources, "--out", str(out), "--validate", "never", "--no-cache"]) == 0
    return out / "explorer.html", load_graph(str(out))


@pytest.fixture(scope="module")
def bundled(tmp_path_factory):
    return _build([], tmp_path_factory.mktemp("bundled"))


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    root = tmp_path_factory.mktemp("generated")
    generate(600, root)
    return _build([str(root / "sources")], root / "out")


def ready(v) -> None:
    v.page.wait_for_function("document.querySelector('#policy-list').hasAttribute('data-ready')")


def listed(v) -> set[str]:
    """Every policy the list holds, after asking it to show all."""
    ready(v)
    if v.page.is_visible("#list-all"):
        v.page.click("#list-all")
        ready(v)
    values = v.page.eval_on_selector_all("#policy-list [data-policy]", "els => els.map(e => e.getAttribute('data-policy'))")
    assert len(values) == len(set(values))  # no policy listed twice
    return set(values)


def fragment(**filters: str) -> str:
    return "&".join(f"{k}={quote(v)}" for k, v in filters.items())


BUNDLED_FILTERS = [
    {"concept": "电子印章"},
    {"province": "海南省"},
    {"agency": "国务院办公厅"},
    {"from": "2021-03-01", "to": "2021-06-30"},
    {"level": "provincial", "concept": "电子签名"},
    {"concept": "电子印章", "province": "海南省", "from": "2021-01-01", "to": "2021-12-31"},
]
SPARQL_NAMES = {"from": "start", "to": "end"}


@pytest.mark.parametrize("filters", BUNDLED_FILTERS, ids=lambda f: ",".join(f))
def test_bundled_hash_filters_list_what_sparql_finds(bundled, visit, filters):
    page, g = bundled
    v = visit(page, fragment(**filters))
    expected = policies(g, **{SPARQL_NAMES.get(k, k): value for k, value in filters.items()})
    assert expected and listed(v) == expected
    assert (v.errors, v.blocked, v.dialogs) == ([], [], [])


@pytest.mark.parametrize("hash_, same", [
    ({"level": "国家级", "concept": "e-seal"}, {"level": "national", "concept": "电子印章"}),
    ({"province": "460000"}, {"province": "海南省"}),
    ({"agency": "人社部"}, {"agency": "人力资源和社会保障部"}),
], ids=["level-label-concept-code", "province-code", "agency-alias"])
def test_filter_values_may_be_labels_codes_or_aliases(bundled, visit, hash_, same):
    page, g = bundled
    v = visit(page, fragment(**hash_))
    assert listed(v) == policies(g, **same) != set()


def test_generated_corpus_filters_cells_and_tiles_agree_with_sparql(generated, visit):
    page, g = generated
    v = visit(page, fragment(**{"from": "2023-03-01", "to": "2023-12-31"}))
    expected = policies(g, start="2023-03-01", end="2023-12-31")
    assert len(expected) > 100 and listed(v) == expected  # past one page of the list
    v = visit(page, fragment(concept="电子印章", province="广东省"))
    assert listed(v) == policies(g, concept="电子印章", province="广东省") != set()
    v = visit(page, fragment(level="municipal"))
    assert listed(v) == policies(g, level="municipal") != set()
    cell = v.page.query_selector("#matrix td.cell:not(:empty)")
    agency, concept = cell.get_attribute("data-row"), cell.get_attribute("data-concept")
    cell.click()
    assert listed(v) == policies(g, level="municipal", agency=agency, concept=concept) != set()
    v = visit(page, "view=map")
    ready(v)
    for name in ("广东省", "海南省", "北京市"):
        assert int(v.page.get_attribute(f'#map rect[data-province="{name}"]', "data-count")) == province_count(g, name)
    v.page.click('#map rect[data-province="广东省"]')
    assert listed(v) == policies(g, province="广东省")
    assert v.page.eval_on_selector_all("#cities li", "els => els.length") > 1
    v.screenshot("explorer-map-generated")
    assert (v.errors, v.blocked, v.dialogs) == ([], [], [])


def test_clicking_a_cell_a_row_and_a_column_lists_their_policies(bundled, visit):
    page, g = bundled
    v = visit(page)
    v.page.click('#matrix td.cell[data-row="国务院办公厅"][data-concept="电子证照"]')
    assert listed(v) == policies(g, agency="国务院办公厅", concept="电子证照")
    v.page.click('#matrix th.row[data-row="国务院办公厅"]')
    assert listed(v) == policies(g, agency="国务院办公厅")
    v.page.click('#matrix th.col[data-concept="电子签名"]')
    assert listed(v) == policies(g, concept="电子签名")
    v.screenshot("explorer-matrix")
    v.page.click("#policy-list li")
    v.page.wait_for_selector("#detail[data-policy]")  # the passages' side file loads as a script
    panel = v.page.text_content("#detail")
    assert "来源段落 source passage" in panel and "2021-roundup.txt" in panel and "字符 characters" in panel
    assert v.page.text_content("#detail mark")
    assert v.page.get_attribute("#detail", "data-policy") == v.page.get_attribute("#policy-list li", "data-policy")
    shot = v.screenshot("explorer")
    if os.environ.get("POLICYKG_REFRESH_DOCS"):  # the README's picture, refreshed on purpose only
        shutil.copyfile(shot, DOCS_IMG / "explorer.png")
    assert (v.errors, v.blocked, v.dialogs) == ([], [], [])


def test_grouped_rows_the_row_scale_and_the_network_highlight(bundled, visit):
    page, g = bundled
    v = visit(page, "group=level&scale=row")
    rows = v.page.eval_on_selector_all("#matrix th.row", "els => els.map(e => e.getAttribute('data-row'))")
    assert rows[0] == "省级 provincial" and "国家级 national" in rows
    v.page.click('#matrix th.row[data-row="国家级 national"]')
    assert listed(v) == policies(g, level="national")
    v.page.click('#tabs button[data-view="network"]')
    v.page.click('#network g.node[data-concept="电子劳动合同"]')
    dimmed = v.page.eval_on_selector_all("#network g.node", "els => els.filter(e => !e.classList.contains('dim')).map(e => e.getAttribute('data-row') || e.getAttribute('data-concept'))")
    assert "电子劳动合同" in dimmed and "电子支付" not in dimmed and len(dimmed) < 8
    assert listed(v) == policies(g, concept="电子劳动合同")
    v.screenshot("explorer-network")
    assert (v.errors, v.blocked, v.dialogs) == ([], [], [])


def test_search_finds_aliases_and_english_names_and_says_what_is_not_drawn(bundled, visit):
    page, _ = bundled
    v = visit(page, "concept=" + quote("电子签名"))
    v.page.fill("#search", "人社")
    found = v.page.eval_on_selector_all("#search-results li", "els => els.map(e => e.firstChild.textContent)")
    assert "人力资源和社会保障部" in found
    assert "not drawn in this view" in v.page.text_content("#search-status")
    v.page.fill("#search", "Hainan")
    assert v.page.eval_on_selector_all("#search-results li", "els => els.map(e => e.firstChild.textContent)") == ["海南省"]
    v.page.click("#search-results li")
    assert "province=" + quote("海南省") in v.page.evaluate("location.hash")
    assert (v.errors, v.blocked, v.dialogs) == ([], [], [])


def test_search_finds_a_policy_by_a_fragment_of_its_title_and_pins_it(bundled, visit):
    page, g = bundled
    rows = query(g, 'SELECT ?p ?t WHERE { ?p a eli:LegalResource ; dcterms:title ?t } ORDER BY ?p LIMIT 1').rows
    iri, title = str(rows[0][0]), str(rows[0][1])
    part = title[2:8]
    same = {str(p) for p, t in query(g, "SELECT ?p ?t WHERE { ?p a eli:LegalResource ; dcterms:title ?t }").rows if part in str(t)}
    v = visit(page, "from=2099-01-01")  # lists nothing, so the search itself loads the titles
    ready(v)
    v.page.fill("#search", part)
    v.page.wait_for_selector("#search-results[data-complete]")
    kinds = v.page.eval_on_selector_all("#search-results li[data-kind=policy]", "els => els.map(e => e.firstChild.textContent)")
    assert title in kinds and len(kinds) == len(same)
    assert "未显示 not drawn" in v.page.text_content(f"#search-results li[data-kind=policy]:has-text('{title}')")
    v.page.click(f"#search-results li[data-kind=policy]:has-text('{title}')")
    v.page.wait_for_selector(f"#detail[data-policy='{iri}']")
    assert v.page.text_content("#detail h3") == title
    assert (v.errors, v.blocked, v.dialogs) == ([], [], [])


def test_the_url_restores_the_view(bundled, visit):
    page, g = bundled
    v = visit(page)
    v.page.select_option("#f-concept", "电子印章")
    v.page.click('#tabs button[data-view="map"]')
    v.page.select_option("#map-colour", "first")
    v.page.click('#map rect[data-province="广东省"]')
    first = listed(v)
    assert first == policies(g, concept="电子印章", province="广东省")
    hash_ = v.page.evaluate("location.hash")
    again = visit(page, hash_.lstrip("#"))
    assert listed(again) == first
    assert again.page.is_visible("#view-map") and not again.page.is_visible("#view-matrix")
    assert again.page.input_value("#map-colour") == "first" and again.page.input_value("#f-concept") == "电子印章"
    again.page.evaluate("location.hash = 'province=' + encodeURIComponent('海南省')")
    assert listed(again) == policies(g, province="海南省")
    assert (again.errors, again.blocked, again.dialogs) == ([], [], [])


def test_spread_lists_a_national_document_and_its_followers(bundled, visit):
    page, g = bundled
    v = visit(page, "view=spread")
    ready(v)
    v.page.click("#spread button")
    found = listed(v)
    rows = g.query("""PREFIX eli: <http://data.europa.eu/eli/ontology#>
        SELECT ?n ?l WHERE { ?l eli:ensures_implementation_of ?n }""")
    pairs = {(str(n), str(l)) for n, l in rows}
    national = {n for n, _ in pairs if n in found}
    assert len(national) == 1 and found == national | {l for n, l in pairs if n in national}
    assert v.page.eval_on_selector_all("#diffusion path.step", "els => els.length") >= 1
    v.screenshot("explorer-spread")
    assert (v.errors, v.blocked, v.dialogs) == ([], [], [])


def test_search_finds_a_policy_by_its_document_number(tmp_path, visit):
    g = sample_graph()
    g.add((URIRef(ID + "policy/p2"), ELI.id_local, Literal("沪府办〔2021〕12号")))
    write_all(g, tmp_path)
    v = visit(tmp_path / "explorer.html")
    ready(v)
    v.page.fill("#search", "〔2021〕12")
    v.page.wait_for_selector("#search-results[data-complete]")
    found = v.page.eval_on_selector_all("#search-results li[data-kind=policy]", "els => els.map(e => e.firstChild.textContent)")
    assert found == [dict((key, title) for key, title, *_ in POLICIES)["p2"]]
    assert (v.errors, v.blocked, v.dialogs) == ([], [], [])


def test_hostile_titles_show_as_text_and_run_nothing(tmp_path, visit):
    write_all(sample_graph(), tmp_path)
    v = visit(tmp_path / "explorer.html")
    ready(v)
    titles = v.page.eval_on_selector_all("#policy-list .title", "els => els.map(e => e.textContent)")
    assert XSS in titles
    v.page.click(f"#policy-list li:has-text('{XSS[:4]}')")
    v.page.wait_for_selector("#detail .passage")
    assert XSS in v.page.text_content("#detail")
    assert v.page.evaluate("document.querySelectorAll('img').length") == 0
    assert (v.errors, v.blocked, v.dialogs) == ([], [], [])
