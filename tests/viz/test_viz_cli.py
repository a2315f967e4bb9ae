import argparse

from viz_graphs import sample_graph

from graph.site.cli import add_commands


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="policykg")
    add_commands(parser.add_subparsers())
    args = parser.parse_args(["viz", *argv])
    return args.func(args)


def test_viz_writes_explorer_views_focus_and_report(tmp_path, capsys):
    export = tmp_path / "graph.nt"
    sample_graph().serialize(export, format="nt", encoding="utf-8")
    assert run("--graph", str(tmp_path), "--focus", "电子印章", "--out", str(tmp_path / "site")) == 0
    written = sorted(p.name for p in (tmp_path / "site").iterdir())
    assert written == ["agency-concept.html", "explorer-data", "explorer.html", "focus-e-seal.html", "full-graph.html",
                       "index.html", "regions.html"]
    assert "index.html" in capsys.readouterr().out


def test_unknown_focus_is_an_error_message(tmp_path, capsys):
    sample_graph().serialize(tmp_path / "graph.nt", format="nt", encoding="utf-8")
    assert run("--graph", str(tmp_path / "graph.nt"), "--focus", "不存在", "--out", str(tmp_path)) == 2
    assert "no node is labelled '不存在'" in capsys.readouterr().err
