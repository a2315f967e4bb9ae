"""README command 1 on a machine with no CJK font: the build succeeds with every chart, drawn in the page."""

from __future__ import annotations

from fresh import BIN, fresh_env, needs_mount, run_without_fonts


@needs_mount
def test_build_succeeds_without_any_font(tmp_path):
    result = run_without_fonts([str(BIN / "policykg"), "build"], tmp_path, fresh_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.splitlines()[-1].startswith("wrote 2047 triples to out/graph.nt")
    page = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert page.count('<figure class="chart"') == 4 and "<img" not in page  # SVG drawn by the browser, in its fonts
    assert {p.name for p in (tmp_path / "out").iterdir()} >= {
        "graph.nt", "graph.ttl", "graph.jsonld", "rejects.csv", "index.html", "explorer.html", "explorer-data",
        "agency-concept.html", "regions.html", "full-graph.html"}
