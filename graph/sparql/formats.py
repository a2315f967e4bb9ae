"""Write query results: an aligned table for people, the W3C result formats for programs.

JSON and XML come from rdflib's serializers; CSV and TSV are written here because rdflib has
no TSV writer and its CSV writer differs from the W3C rules for blank nodes and ASK.
"""

from __future__ import annotations

import csv
import io
import re

from rdflib import BNode, Literal, URIRef, Variable
from rdflib.query import Result
from rdflib.term import Identifier, Node
from wcwidth import wcswidth

from graph.namespaces import PREFIXES, curie
from graph.readwrite.formats import ANSWERS

from .run import QueryResult
from .terms import sparql_term

RESULT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH_TYPES = {name: ANSWERS[name].media_type for name in sorted(ANSWERS, key=lambda name: name != "turtle")}
"""The formats of graph/readwrite/formats.py a graph result is written in; Turtle first, what a client
accepting anything gets."""
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
MAX_CELL = 60


def _cell(term: Node | None) -> str:
    if term is None:
        return ""
    text = curie(str(term)) if isinstance(term, URIRef) else str(term)
    text = _CONTROL.sub(lambda m: "\\n" if m.group() == "\n" else " ", text)
    if isinstance(term, BNode):
        text = f"_:{term}"
    if wcswidth(text) > MAX_CELL:
        while wcswidth(text) > MAX_CELL - 1:
            text = text[:-1]
        text += "…"
    return text


def _is_number(term: Node | None) -> bool:
    return isinstance(term, Literal) and isinstance(term.toPython(), (int, float))


def _pad(text: str, width: int, right: bool) -> str:
    gap = " " * (width - wcswidth(text))
    return gap + text if right else text + gap


def table(result: QueryResult) -> str:
    """Columns aligned by display width, so 广东省 takes the room of six Latin letters."""
    if result.kind == "ASK":
        return "yes" if result.boolean else "no"
    cells = [[_cell(t) for t in row] for row in result.terms]
    numeric = [all(_is_number(row[i]) for row in result.terms if row[i] is not None) for i in range(len(result.vars))]
    widths = [max([wcswidth(v)] + [wcswidth(row[i]) for row in cells]) for i, v in enumerate(result.vars)]
    lines = ["  ".join(_pad(v, w, False) for v, w in zip(result.vars, widths)).rstrip()]
    lines.append("  ".join("─" * w for w in widths))
    lines += ["  ".join(_pad(c, w, n) for c, w, n in zip(row, widths, numeric)).rstrip() for row in cells]
    count = f"{len(cells)} row{'s' if len(cells) != 1 else ''}"
    lines.append(count + (" (stopped at the row limit)" if result.truncated else ""))
    return "\n".join(lines)


def _rdflib_result(result: QueryResult) -> Result:
    out = Result(result.kind)
    if result.kind == "ASK":
        out.askAnswer = bool(result.boolean)
        return out
    out.vars = [Variable(v) for v in result.vars]
    out.bindings = [
        {Variable(v): t for v, t in zip(result.vars, row) if isinstance(t, Identifier)} for row in result.terms
    ]
    return out


def _csv_value(term: Node | None) -> str:
    if term is None:
        return ""
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def _tsv_value(term: Node | None) -> str:
    if term is None:
        return ""
    return f"_:{term}" if isinstance(term, BNode) else sparql_term(term)


def serialize(result: QueryResult, fmt: str) -> bytes:
    """The result in one of RESULT_TYPES (SELECT, ASK) or GRAPH_TYPES (CONSTRUCT, DESCRIBE)."""
    if result.graph is not None:
        if fmt not in GRAPH_TYPES:
            raise ValueError(f"a graph result is written as {', '.join(GRAPH_TYPES)}, not {fmt}")
        for prefix, namespace in PREFIXES.items():
            result.graph.bind(prefix, namespace, override=True, replace=True)
        return result.graph.serialize(format=ANSWERS[fmt].rdflib, encoding="utf-8")
    if fmt in ("json", "xml"):
        buffer = io.BytesIO()
        _rdflib_result(result).serialize(buffer, format=fmt, encoding="utf-8")
        return buffer.getvalue()
    if fmt == "csv":
        text = io.StringIO()
        writer = csv.writer(text, lineterminator="\r\n")
        if result.kind == "ASK":
            writer.writerow(["_askResult"])
            writer.writerow(["true" if result.boolean else "false"])
        else:
            writer.writerow(result.vars)
            writer.writerows([_csv_value(t) for t in row] for row in result.terms)
        return text.getvalue().encode("utf-8")
    if fmt == "tsv":
        if result.kind == "ASK":
            return f"?_askResult\n{'true' if result.boolean else 'false'}\n".encode()
        lines = ["\t".join(f"?{v}" for v in result.vars)]
        lines += ["\t".join(_tsv_value(t) for t in row) for row in result.terms]
        return ("\n".join(lines) + "\n").encode("utf-8")
    raise ValueError(f"a SELECT or ASK result is written as {', '.join(RESULT_TYPES)}, not {fmt}")
