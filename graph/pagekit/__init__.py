"""Pieces every HTML page of the project shares (views, report, explorer): safe inline JSON, packaged
assets, templates that escape, and one legend of colours and shapes.

It sits below the page packages, which import it and never each other.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files

from jinja2 import Environment, PackageLoader, Template, select_autoescape

__all__ = ["asset", "script_json", "template"]


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
