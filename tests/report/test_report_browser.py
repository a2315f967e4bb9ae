"""The report page opened in headless Chromium with the network blocked."""

from pathlib import Path

from viz_graphs import sample_graph

from graph.report import write_report
from graph.viz import write_views


def test_report_loads_offline_with_every_chart_decoded(tmp_path: Path, visit):
    g = sample_graph()
    v = visit(write_report(g, tmp_path, write_views(g, tmp_path)))
    widths = v.page.evaluate("Array.from(document.images).map(i => i.complete ? i.naturalWidth : 0)")
    assert len(widths) == 4 and min(widths) > 400
    assert v.page.evaluate("document.querySelectorAll('#missing tbody tr').length") == 32
    v.screenshot("report")
    v.page.click("text=机构–概念 Agency–concept")
    v.page.wait_for_load_state("load")
    assert v.page.evaluate("network.body.data.nodes.length") == 9
    assert (v.errors, v.blocked, v.dialogs) == ([], [], [])
