"""The report page opened in headless Chromium with the network blocked: charts drawn as SVG in the page."""

from pathlib import Path

from viz_graphs import sample_graph

from graph.site import write_all


def test_report_draws_its_charts_in_the_page_with_values_on_hover_and_integer_ticks(tmp_path: Path, visit):
    v = visit(write_all(sample_graph(), tmp_path))
    charts = v.page.evaluate("""Array.from(document.querySelectorAll('figure[data-chart]')).map(f => ({
        marks: f.querySelectorAll('svg .mark').length,
        tips: Array.from(f.querySelectorAll('svg .mark title')).map(t => t.textContent),
        ticks: Array.from(f.querySelectorAll('svg text.tick')).map(t => t.textContent)}))""")
    assert [c["marks"] for c in charts] == [7, 20, 2, 1]  # segments, cells, bars, dots
    assert "广东省: 2" in charts[2]["tips"] and "广东省: 2021-03-15" in charts[3]["tips"]
    counts = [t for t in charts[2]["ticks"] if t.isdigit()]
    assert counts == ["0", "1", "2"]
    assert "广东省人民政府 × 电子印章: 1" in charts[1]["tips"]
    legend_box = v.page.evaluate("document.querySelector('figure[data-chart=\"0\"] .chart-legend').getBoundingClientRect().bottom")
    plot_top = v.page.evaluate("document.querySelector('figure[data-chart=\"0\"] svg').getBoundingClientRect().top")
    assert legend_box <= plot_top  # the legend sits above the plot, covering no bar
    assert v.page.evaluate("document.querySelectorAll('#missing tbody tr').length") == 32
    v.screenshot("report")
    v.page.click("text=机构–概念 Agency–concept")
    v.page.wait_for_load_state("load")
    assert v.page.evaluate("network.body.data.nodes.length") == 9
    assert (v.errors, v.blocked, v.dialogs) == ([], [], [])
