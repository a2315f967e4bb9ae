"""policykg: a knowledge graph of Chinese policy on electronic signatures, seals and contracts.

The API below is imported on first use: ``import graph.extract`` loads no RDF or graph library.
"""

from typing import TYPE_CHECKING

from graph._lazy import attributes

if TYPE_CHECKING:
    from graph.pipeline import BuildResult, Options, build, build_folder
    from graph.problems import UserError
    from graph.readwrite.exports import write_exports
    from graph.sparql import QueryError, QueryResult, load_graph, query

__getattr__, __dir__ = attributes(__name__, {
    "BuildResult": "graph.pipeline", "Options": "graph.pipeline", "build": "graph.pipeline",
    "build_folder": "graph.pipeline", "UserError": "graph.problems", "write_exports": "graph.readwrite.exports",
    "QueryError": "graph.sparql", "QueryResult": "graph.sparql", "load_graph": "graph.sparql", "query": "graph.sparql",
})

__all__ = ["BuildResult", "Options", "QueryError", "QueryResult", "UserError", "build", "build_folder", "load_graph", "query",
           "write_exports"]
