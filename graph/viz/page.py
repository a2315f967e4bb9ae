"""Render a View into one self-contained HTML page: vis-network inlined from the pyvis package,
no network fetches, all source text escaped, written as UTF-8 whatever the OS."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from pyvis.network import Network

from graph.viz.spec import KIND_NAMES, View

VIS_DIR = "lib/vis-9.1.2"
FONT_FACE = "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, sans-serif"


def options(view: View) -> dict:
    """vis-network options as data (pyvis's string form drops spaces): fixed positions, no physics."""
    large = len(view.nodes) > 500
    return {
        "physics": {"enabled": False},
        "layout": {"randomSeed": 7, "improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": large, "hideEdgesOnZoom": large},
        "nodes": {"font": {"face": FONT_FACE, "size": 14}},
        "edges": {"smooth": False, "color": {"color": "#9aa0a6", "highlight": "#333333"}},
    }


def network_data(view: View) -> dict:
    """Nodes, edges and options as pyvis's Network holds them, lists assigned directly (no per-edge checks)."""
    net = Network(directed=view.directed, cdn_resources="in_line")
    net.nodes = view.nodes
    net.edges = view.edges
    net.options = options(view)
    nodes, edges, _heading, _height, _width, options_json = net.get_network_data()
    return {"nodes": nodes, "edges": edges, "options": json.loads(options_json)}


def script_json(value: object) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' that could close it or open a comment."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@cache
def _asset(package: str, name: str) -> str:
    return files(package).joinpath(name).read_text(encoding="utf-8")


@cache
def _environment() -> Environment:
    return Environment(loader=PackageLoader("graph.viz", "assets"), autoescape=select_autoescape(default=True))


def render(view: View) -> str:
    """The page's HTML text."""
    return _environment().get_template("page.html").render(
        view=view,
        vis_js=_asset("pyvis", f"{VIS_DIR}/vis-network.min.js"),
        vis_css=_asset("pyvis", f"{VIS_DIR}/vis-network.css"),
        page_js=_asset("graph.viz", "assets/page.js"),
        page_css=_asset("graph.viz", "assets/page.css"),
        data_json=script_json({**network_data(view), "filters": view.filters}),
        kind_names=KIND_NAMES,
    )


def write_page(view: View, out_dir: Path) -> Path:
    """Write ``{slug}.html`` into ``out_dir`` as UTF-8 with LF line ends."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{view.slug}.html"
    path.write_text(render(view), encoding="utf-8", newline="\n")
    return path
