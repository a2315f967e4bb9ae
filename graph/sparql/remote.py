"""Run queries on any SPARQL 1.1 endpoint (a team's Oxigraph or Virtuoso) over HTTP.

Parameters are bound as a VALUES block at the start of the WHERE group, each term written
by ``terms.sparql_term`` so no value can change the query's structure.
"""

from __future__ import annotations

import io
import urllib.parse
from dataclasses import dataclass
from typing import Mapping

from rdflib import Graph
from rdflib.query import Result
from rdflib.term import Node

from graph.namespaces import PREFIXES
from graph.readwrite.formats import NTRIPLES

from . import lexer
from .client import send
from .errors import QueryError
from .run import QueryResult
from .terms import with_values


def with_prefixes(text: str) -> str:
    """The query with the project's prefixes declared first, as the local stores assume them."""
    declared = {t.text.split(":", 1)[0] for t in lexer.tokens(text) if t.kind == "pname"}
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items() if p in declared]
    return "\n".join(lines + [text])


@dataclass
class RemoteEndpoint:
    """A remote SPARQL query URL (e.g. Oxigraph's /query, Virtuoso's /sparql)."""

    url: str
    timeout: float = 60.0

    def execute(self, text: str, bindings: Mapping[str, Node], limit: int | None) -> QueryResult:
        form = lexer.form(text)
        if form in lexer.UPDATE_FORMS:
            raise QueryError("this is a SPARQL Update; only queries are run here")
        graph_form = form in ("CONSTRUCT", "DESCRIBE")
        accept = NTRIPLES.media_type if graph_form else "application/sparql-results+json"
        body = urllib.parse.urlencode({"query": with_prefixes(with_values(text, bindings))}).encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept}
        _, _, payload = send(self.url, "POST", body, headers, self.timeout)
        if graph_form:
            return QueryResult(form or "CONSTRUCT", graph=Graph().parse(data=payload.decode("utf-8"), format=NTRIPLES.rdflib))
        parsed = Result.parse(io.BytesIO(payload), format="json")
        if parsed.type == "ASK":
            return QueryResult("ASK", boolean=bool(parsed.askAnswer))
        variables = parsed.vars or []
        names = [str(v) for v in variables]
        terms: list[tuple[Node | None, ...]] = [tuple(row.get(v) for v in variables) for row in parsed.bindings]
        truncated = limit is not None and len(terms) > limit
        return QueryResult("SELECT", names, terms[:limit] if truncated else terms, truncated=truncated)
