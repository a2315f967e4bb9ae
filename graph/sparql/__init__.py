"""SPARQL over the policy graph: load exports, run library questions, serve and push.

``load_graph`` and ``query`` are the Python API (imported on first use); the command line and the
HTTP endpoint call the same functions.
"""

from typing import TYPE_CHECKING

from graph._lazy import attributes

if TYPE_CHECKING:
    from graph.sparql.errors import QueryError
    from graph.sparql.load import load_graph
    from graph.sparql.run import QueryResult, query

__getattr__, __dir__ = attributes(__name__, {
    "QueryError": "graph.sparql.errors", "load_graph": "graph.sparql.load",
    "QueryResult": "graph.sparql.run", "query": "graph.sparql.run",
})

__all__ = ["QueryError", "QueryResult", "load_graph", "query"]
