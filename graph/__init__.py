"""policykg: a knowledge graph of Chinese policy on electronic signatures, seals and contracts."""

from graph.pipeline import BuildResult, Options, build, build_folder
from graph.readwrite.exports import write_exports
from graph.sparql import QueryError, QueryResult, load_graph, query

__all__ = ["BuildResult", "Options", "QueryError", "QueryResult", "build", "build_folder", "load_graph", "query",
           "write_exports"]
