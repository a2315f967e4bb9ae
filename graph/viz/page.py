"""Render a View into one self-contained HTML page: vis-network inlined from the pyvis package,
no network fetches, all source text escaped, written as UTF-8 whatever the OS."""

from __future__ import annotations

import json
from pathlib import Path

from pyvis.network import Network

from graph.pagekit import asset, script_json, template
from graph.pagekit.style import KIND_NAMES
from graph.viz.spec import View

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


def share_cards(elements: list[dict], table: dict[tuple, int]) -> list[dict]:
    """``elements`` with each tooltip card replaced by its index in ``table`` (card items → index).

    Tips repeat the same documents (an agency's newest policies appear on each of its edges), and
    cards inline were most of a large page: 10.5 of 12.5 MB in the agency view at 10k items.
    """
    shared = []
    for element in elements:
        tip = element.get("tip")
        if tip:
            keys = (tuple(card.items()) for card in tip["cards"])
            element = {**element, "tip": {**tip, "cards": [table.setdefault(key, len(table)) for key in keys]}}
        shared.append(element)
    return shared


def page_data(view: View) -> dict:
    """What the page script reads: the network, the legend filters and the shared card table."""
    table: dict[tuple, int] = {}
    data = network_data(view)
    data["nodes"] = share_cards(data["nodes"], table)
    data["edges"] = share_cards(data["edges"], table)
    return {**data, "filters": view.filters, "cards": [dict(key) for key in table], "start": view.start}


def render(view: View) -> str:
    """The page's HTML text."""
    return template("graph.viz", "page.html").render(
        view=view,
        vis_js=asset("pyvis", f"{VIS_DIR}/vis-network.min.js"),
        vis_css=asset("pyvis", f"{VIS_DIR}/vis-network.css"),
        page_js=asset("graph.viz", "assets/page.js"),
        page_css=asset("graph.viz", "assets/page.css"),
        data_json=script_json(page_data(view)),
        kind_names=KIND_NAMES,
    )


def write_page(view: View, out_dir: Path) -> Path:
    """Write ``{slug}.html`` into ``out_dir`` as UTF-8 with LF line ends."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{view.slug}.html"
    path.write_text(render(view), encoding="utf-8", newline="\n")
    return path
