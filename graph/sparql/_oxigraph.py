"""SELECT rows read from pyoxigraph directly, each distinct term made an rdflib term once.

Through rdflib, oxrdflib builds a dict and a fresh rdflib term for every cell of every row. Large
answers repeat the same agencies, regions, concepts and counts, so converting each distinct term
once reads them several times faster (``python -m benchmarks.sparql_bench``).
"""

from __future__ import annotations

from typing import Iterator, Mapping

import pyoxigraph
from oxrdflib import OxigraphStore
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from graph.readwrite.rdf import Terms


class Store(OxigraphStore):
    """oxrdflib's store over a pyoxigraph store that policykg opened, kept at hand for ``select``."""

    def __init__(self, oxigraph: pyoxigraph.Store) -> None:
        super().__init__(store=oxigraph)
        self.oxigraph = oxigraph

    def close(self, commit_pending_transaction: bool = False) -> None:
        """Let go of the store, so an on-disk one is unlocked for the next opening."""
        super().close(commit_pending_transaction)
        del self.oxigraph


def rdflib_term(term: pyoxigraph.NamedNode | pyoxigraph.BlankNode | pyoxigraph.Literal) -> Node:
    """The rdflib term oxrdflib would give, so both paths return equal rows."""
    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def select(store: pyoxigraph.Store, text: str,
           prefixes: Mapping[str, str]) -> tuple[list[str], Iterator[tuple[Node | None, ...]]]:
    """The variable names and the rows, read as they are asked for."""
    solutions = store.query(text, prefixes=dict(prefixes))
    assert isinstance(solutions, pyoxigraph.QuerySolutions), "select() is given SELECT queries only"
    made = Terms(rdflib_term)
    made[None] = None  # an unbound cell stays unbound
    return [v.value for v in solutions.variables], (tuple(map(made.__getitem__, solution)) for solution in solutions)
