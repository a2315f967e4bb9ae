"""Pieces every HTML page of the project shares (views, report, explorer): safe inline JSON, packaged
assets, templates that escape, and one legend of colours and shapes.

It sits below the page packages, which import it and never each other.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files

from jinja2 import Environment, PackageLoader, Template, select_autoescape

__all__ = ["asset", "chart_page", "script_json", "template"]


def script_json(value: object) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' that could close it or open a comment."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@cache
def asset(package: str, name: str) -> str:
    """A text file shipped inside ``package`` (read once per process)."""
    return files(package).joinpath(name).read_text(encoding="utf-8")


@cache
def template(package: str, name: str) -> Template:
    """The Jinja template ``assets/name`` of ``package``, every value escaped unless marked safe."""
    environment = Environment(loader=PackageLoader(package, "assets"), autoescape=select_autoescape(default=True))
    return environment.get_template(name)


def chart_page(spec: dict, title: str) -> str:
    """One chart (a spec as the report's, see charts.js) as a page of its own, e.g. for a notebook's iframe."""
    return template("graph.pagekit", "chart.html").render(
        title=title, spec_json=script_json(spec), charts_js=asset("graph.pagekit", "assets/charts.js"),
        charts_css=asset("graph.pagekit", "assets/charts.css"))
