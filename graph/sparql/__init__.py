"""SPARQL over the policy graph: load exports, run library questions, serve and push.

``load_graph`` and ``query`` are the Python API; the command line and the HTTP endpoint
call the same functions.
"""

from .errors import QueryError
from .load import load_graph
from .run import QueryResult, query

__all__ = ["QueryError", "QueryResult", "load_graph", "query"]
