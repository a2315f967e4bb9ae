"""The agency × topic explorer: one page (``explorer.html``) with a matrix, a bipartite network, a
province tile map and the spread of national policy over time, sharing one set of filters kept in the
URL hash, and the policies of the current selection always listed beside them."""

from __future__ import annotations

from pathlib import Path

from graph.explorer.index import explorer
from graph.gcpause import paused
from graph.pagekit import asset, script_json, template
from graph.records.data import PolicyGraph

__all__ = ["write_explorer"]

DATA_DIR = "explorer-data"


def _side_file(kind: str, number: int, rows: list) -> str:
    """A side file: a script handing its rows to the page (scripts load from file: where fetch may not)."""
    return f"PolicyExplorer.receive({script_json(kind)},{number},{script_json(rows)});\n"


def write_explorer(kg: PolicyGraph, out_dir: Path, inline: bool = False) -> Path:
    """Write ``explorer.html`` and its side files (``explorer-data/``, replaced whole) into ``out_dir``;
    ``inline`` puts the side files into the page instead, one file for a notebook's iframe or a small graph."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    data_dir = out_dir / DATA_DIR
    if data_dir.is_dir():
        for old in data_dir.glob("*.js"):
            old.unlink()
    with paused():
        built = explorer(kg)
        sides = {f"{kind}{number}.js": _side_file(kind, number, rows)
                 for kind, shards in (("t", built.titles), ("s", built.passages)) for number, rows in enumerate(shards)}
        if not inline:
            data_dir.mkdir(parents=True, exist_ok=True)
            for name, text in sides.items():
                (data_dir / name).write_text(text, encoding="utf-8", newline="\n")
        page = template("graph.explorer", "explorer.html").render(
            data_json=script_json({**built.index, "dataDir": DATA_DIR}), inline_js=list(sides.values()) if inline else [],
            charts_js=asset("graph.pagekit", "assets/charts.js"), charts_css=asset("graph.pagekit", "assets/charts.css"),
            explorer_js=asset("graph.explorer", "assets/explorer.js"), explorer_css=asset("graph.explorer", "assets/explorer.css"),
        )
    path = out_dir / "explorer.html"
    path.write_text(page, encoding="utf-8", newline="\n")
    return path
