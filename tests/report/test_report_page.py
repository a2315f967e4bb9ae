import json
import os
import re
import subprocess
import sys
from pathlib import Path

from rdflib import Literal
from rdflib.namespace import SKOS
from viz_graphs import ID, XSS, sample_graph

from graph.report import charts, write_report
from graph.report.stats import Series
from graph.site import write_all


def test_heatmap_leaves_out_concepts_no_shown_agency_has():
    spec = charts.heatmap(Series(["甲", "乙"], ["电子印章", "电子签名", "电子合同"], [[1, 0, 2], [0, 0, 1]]))
    assert spec == {"kind": "heatmap", "rows": ["甲", "乙"], "columns": ["电子印章", "电子合同"], "values": [[1, 2], [0, 1]]}


def test_report_links_the_explorer_first_embeds_chart_data_and_lists_missing_provinces(tmp_path):
    g = sample_graph()
    g.add((ID["agency/310112-gov"], SKOS.altLabel, Literal(XSS, lang="zh")))
    page = write_all(g, tmp_path).read_text(encoding="utf-8")
    assert re.findall(r'<a href="([^"]+)"', page) == ["explorer.html", "agency-concept.html", "regions.html", "full-graph.html"]
    assert "<img" not in page and "data:image/png" not in page
    specs = json.loads(re.search(r'<script type="application/json" id="chart-data">(.*?)</script>', page, re.S).group(1))
    assert [s["kind"] for s in specs] == ["stacked", "heatmap", "bars", "dates"]
    assert specs[2] == {"kind": "bars", "labels": ["广东省", "上海市"], "values": [2, 1], "xLabel": "政策数 policies"}
    assert specs[3]["labels"] == ["广东省"] and specs[3]["national"] == "2022-01-20"
    assert not re.search(r'(src|href)="\s*(https?:)?//', page)
    missing = page[page.index('id="missing"'):]
    assert "<td>北京市</td>" in missing and "<td>广东省</td>" not in missing and "<td>上海市</td>" not in missing
    assert "2 / 34" in page and "含港澳台" in page
    assert "<img src=x" not in page


def test_pages_are_written_without_a_drawing_library_or_a_font(tmp_path):
    """The build's pages need no system font: no drawing library is even loaded to write them."""
    script = (
        "import sys; from viz_graphs import sample_graph; from graph.site import write_all; "
        f"write_all(sample_graph(), {str(tmp_path)!r}); "
        "print(sorted(m for m in ('matplotlib', 'PIL', 'fontTools') if m in sys.modules))"
    )
    tests = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tests / "viz"), str(tests)])}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip() == "[]"
