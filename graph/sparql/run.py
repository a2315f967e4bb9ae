"""Run a query (text or a library question, with bound parameters) and get its rows.

The command line, the HTTP server and Python users all go through ``query`` so they get
the same answers from the same code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Protocol, cast

from oxrdflib import OxigraphStore
from rdflib import Graph
from rdflib.query import ResultRow
from rdflib.term import Identifier, Node

from graph.namespaces import PREFIXES

from . import _oxigraph, lexer
from .errors import QueryError, explain
from .guard import Guard
from .library import Question, bind, labels_query, load_library, parse_question
from .terms import python_value, with_values


@dataclass
class QueryResult:
    """What a query gave: rows of terms for SELECT, a boolean for ASK, a graph for CONSTRUCT/DESCRIBE."""

    kind: str
    vars: list[str] = field(default_factory=list)
    terms: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None
    truncated: bool = False

    @property
    def rows(self) -> list[tuple[Any, ...]]:
        """Rows as plain Python values (str, int, datetime.date, URIRef, None)."""
        return [tuple(python_value(t) for t in row) for row in self.terms]

    def to_dataframe(self):  # -> pandas.DataFrame
        """The rows as a pandas DataFrame (pandas is imported only here, when asked for)."""
        import pandas

        return pandas.DataFrame(self.rows, columns=self.vars)


class Target(Protocol):
    """Anything that runs query text with bound terms: a local graph or a remote endpoint."""

    def execute(self, text: str, bindings: Mapping[str, Node], limit: int | None) -> QueryResult: ...


@dataclass
class LocalGraph:
    """An rdflib Graph (in memory or over Oxigraph) as a query target."""

    graph: Graph
    guard: Guard = field(default_factory=Guard)

    def execute(self, text: str, bindings: Mapping[str, Node], limit: int | None) -> QueryResult:
        return execute_local(self.graph, text, bindings, limit, self.guard)


def execute_local(graph: Graph, text: str, bindings: Mapping[str, Node], limit: int | None = None,
                  guard: Guard | None = None) -> QueryResult:
    """Run text on a Graph with initBindings, once ``guard`` has passed it; stop after ``limit``
    rows and say so."""
    (guard or Guard()).check(text)
    form = lexer.form(text)
    if form in lexer.UPDATE_FORMS:
        raise QueryError("this is a SPARQL Update; only queries are run here")
    if isinstance(graph.store, OxigraphStore):  # its substitutions only reach projected variables
        text, bindings = with_values(text, bindings), {}
    try:
        rows: Iterable[tuple[Node | None, ...]]
        if form == "SELECT" and isinstance(graph.store, _oxigraph.Store):
            names, rows = _oxigraph.select(graph.store.oxigraph, text, PREFIXES)
        else:
            result = graph.query(text, initNs=PREFIXES, initBindings=cast("dict[str, Identifier]", dict(bindings)))
            if result.type == "ASK":
                return QueryResult("ASK", boolean=bool(result.askAnswer))
            if result.type in ("CONSTRUCT", "DESCRIBE"):
                return QueryResult(result.type, graph=result.graph)
            names = [str(v) for v in result.vars or []]
            rows = map(tuple, cast("Iterable[ResultRow]", result))  # rows of a SELECT
        terms: list[tuple[Node | None, ...]] = []
        for row in rows:
            if limit is not None and len(terms) == limit:
                return QueryResult("SELECT", names, terms, truncated=True)
            terms.append(row)
    except QueryError:
        raise
    except Exception as exc:  # parsers and engines raise many types; all mean a bad query
        raise explain(text, exc) from None
    return QueryResult("SELECT", names, terms)


def question_for(text_or_name: str, library: Mapping[str, Question] | None = None) -> Question:
    """A library question by name, or the given query text read as an unnamed question."""
    library = load_library() if library is None else library
    if text_or_name in library:
        return library[text_or_name]
    if not any(ch.isspace() or ch == "{" for ch in text_or_name.strip()):
        raise QueryError(f"no question named '{text_or_name}'; see `policykg query --list`")
    return parse_question("query", text_or_name)


def query(
    target: Graph | Target,
    text_or_name: str,
    params: Mapping[str, str | Node] | None = None,
    *,
    limit: int | None = None,
    library: Mapping[str, Question] | None = None,
    guard: Guard | None = None,
) -> QueryResult:
    """Run a library question (by name) or query text on a graph or endpoint, with parameters.

    Parameter values may be labels (广东省), codes, IRIs, dates or rdflib terms; they are
    turned into RDF terms by the question's ``# param:`` types and bound, never pasted.
    On a local graph, ``guard`` says what the query may do (default: no SERVICE calls).
    """
    runner: Target = LocalGraph(target, guard or Guard()) if isinstance(target, Graph) else target
    question = question_for(text_or_name, library)

    def labels(kind: str, text: str | None) -> list[tuple[Node, Node]]:
        found = runner.execute(labels_query(kind, text), {}, None)
        return [cast("tuple[Node, Node]", tuple(row)) for row in found.terms]

    bindings = bind(question, params or {}, labels)
    return runner.execute(question.text, bindings, limit)


