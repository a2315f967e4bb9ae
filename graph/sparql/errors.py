"""One short, clear error for everything that can go wrong with a query."""

from __future__ import annotations

import re

from rdflib.plugins.sparql import prepareQuery

from graph.namespaces import PREFIXES

from . import lexer


class QueryError(Exception):
    """A query, parameter or endpoint problem, worded for the person who typed it."""


_UNKNOWN_PREFIX = re.compile(r"Unknown namespace prefix\s*:\s*(\S*)")
_OXIGRAPH_AT = re.compile(r"^error at (\d+):(\d+): (.*)$", re.DOTALL)


def explain(text: str, exc: Exception) -> QueryError:
    """Turn a parser's exception into a QueryError with line and column where possible.

    Oxigraph's messages are terse ("expected OPTIONAL" for an unknown prefix), so when it
    rejects a query, rdflib's parser is asked too and its clearer diagnosis is preferred.
    """
    message = str(exc)
    oxigraph = _OXIGRAPH_AT.match(message)
    if oxigraph:
        try:
            prepareQuery(text, initNs=PREFIXES)
        except Exception as rdflib_exc:  # noqa: BLE001 - any parser failure is the diagnosis
            return explain(text, rdflib_exc)
        line, col, found = oxigraph.groups()
        return _pointed(text, int(line), int(col), found)
    prefix = _UNKNOWN_PREFIX.search(message)
    if prefix:
        where = lexer.prefix_use(text, prefix.group(1))
        at = f" at line {where[0]}, column {where[1]}" if where else ""
        return QueryError(f"unknown prefix '{prefix.group(1)}:'{at}; declare it with PREFIX")
    lineno, col = getattr(exc, "lineno", None), getattr(exc, "col", None)
    if lineno is not None and col is not None:
        return _pointed(text, lineno, col, getattr(exc, "msg", message).split("(at char")[0].strip())
    return QueryError(message.splitlines()[0] if message else type(exc).__name__)


def _pointed(text: str, lineno: int, col: int, found: str) -> QueryError:
    lines = text.splitlines()
    line = lines[lineno - 1] if 0 < lineno <= len(lines) else ""
    return QueryError(f"syntax error at line {lineno}, column {col}: {found}\n  {line}\n  {' ' * (col - 1)}^")
