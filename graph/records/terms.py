"""What reading needs to know about rdflib terms, answered fast.

rdflib's terms are ABCs: ``isinstance(literal, URIRef)`` runs Python code (0.4 µs) whenever the answer
is no, and reading a graph of 100k items asks it millions of times.
"""

from __future__ import annotations

from rdflib import Literal, URIRef


class KindOfTerm(dict[type, bool]):
    """``test[type(term)]`` is ``isinstance(term, cls)``, worked out once per type of term."""

    def __init__(self, cls: type):
        super().__init__()
        self.cls = cls

    def __missing__(self, kind: type) -> bool:
        self[kind] = answer = issubclass(kind, self.cls)
        return answer


IS_IRI = KindOfTerm(URIRef)
IS_LITERAL = KindOfTerm(Literal)
