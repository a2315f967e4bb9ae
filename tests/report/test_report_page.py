import base64
import re
import warnings

from rdflib import Literal
from rdflib.namespace import SKOS
from viz_graphs import ID, XSS, sample_graph

from graph.report import write_report
from graph.report.charts import cjk_family, timeline
from graph.report.stats import Series
from graph.viz import write_views


def test_charts_use_a_cjk_font_and_draw_chinese_without_missing_glyphs():
    assert "CJK" in cjk_family() or "Hei" in cjk_family()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        uri = timeline(Series(["2021-01", "2021-02"], ["电子印章", "电子签名"], [[1, 2], [3, 0]]))
    assert base64.b64decode(uri.split(",", 1)[1]).startswith(b"\x89PNG")


def test_report_links_views_embeds_charts_and_lists_missing_provinces(tmp_path):
    g = sample_graph()
    g.add((ID["agency/310112-gov"], SKOS.altLabel, Literal(XSS, lang="zh")))
    page = write_report(g, tmp_path, write_views(g, tmp_path)).read_text(encoding="utf-8")
    assert re.findall(r'<a href="([^"]+)">', page) == ["agency-concept.html", "regions.html", "full-graph.html"]
    assert len(re.findall(r'<img src="data:image/png;base64,', page)) == 4
    assert not re.search(r'(src|href)="\s*(https?:)?//', page)
    missing = page[page.index('id="missing"'):]
    assert "<td>北京市</td>" in missing and "<td>广东省</td>" not in missing and "<td>上海市</td>" not in missing
    assert "2 / 34" in page
    assert "<img src=x" not in page
