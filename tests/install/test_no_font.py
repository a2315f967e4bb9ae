"""README command 1 on a machine with no CJK font: the build succeeds, and the report says why it has no charts."""

from __future__ import annotations

from fresh import BIN, fresh_env, needs_mount, run_without_fonts


@needs_mount
def test_build_succeeds_without_any_font(tmp_path):
    result = run_without_fonts([str(BIN / "policykg"), "build"], tmp_path, fresh_env(tmp_path))
    assert result.returncode == 0, result.stderr
    notices = result.stderr.splitlines()
    assert len(notices) == 1 and notices[0].startswith("policykg: report charts left out: no CJK font")
    assert "Traceback" not in result.stderr
    assert result.stdout.splitlines()[-1].startswith("wrote 2039 triples to out/graph.nt")
    page = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert 'id="no-charts"' in page and "<img" not in page
    assert {p.name for p in (tmp_path / "out").iterdir()} >= {
        "graph.nt", "graph.ttl", "graph.jsonld", "rejects.csv", "index.html", "agency-concept.html",
        "regions.html", "full-graph.html"}
