"""A graph's triples as columns grouped by predicate, so reading does its per-triple work in C.

At 100k items (2.1M triples) a Python loop bucketing each triple by subject took 2 s and each
further pass over the buckets as long again; here the triples are split into subject and object
columns and sorted by predicate with NumPy, and the per-triple steps that remain (kinds, links)
are map/compress/Counter calls over those columns. Python loops run per subject asked about.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import compress
from operator import itemgetter
from typing import TypeVar

import numpy as np
from rdflib.term import Identifier, Node

from graph.records.terms import IS_IRI

Triple = tuple[Node, Node, Node]
"""A triple as rdflib's Graph yields it."""
V = TypeVar("V")
Column = tuple[list[Identifier], list[Identifier]]
"""Subjects and objects of one predicate's triples, row by row, in the graph's order."""


class Table:
    """The triples by predicate IRI, plus each subject in order of first appearance: made from triples, or
    from columns already grouped by predicate (``graph.readwrite.rdf.rdflib_columns``).

    Terms stay rdflib's: their hash is str's own, and a term met again is mostly the same object, so
    lookups rarely reach rdflib's Python ``__eq__``.
    """

    def __init__(self, subjects: Iterable[Identifier], columns: dict[str, Column]) -> None:
        self.subjects: dict[Identifier, None] = dict.fromkeys(subjects)  # in order of first appearance
        self.columns = columns
        self._by_subject: dict[str, dict[Identifier, Sequence[Identifier]]] = {}

    @classmethod
    def from_triples(cls, triples: Iterable[Triple]) -> Table:
        rows = triples if isinstance(triples, (list, tuple)) else list(triples)
        predicates = list(map(itemgetter(1), rows))
        names = {p: str(p) for p in dict.fromkeys(predicates)}
        codes = {name: code for code, name in enumerate(dict.fromkeys(names.values()))}
        code_of = {p: codes[name] for p, name in names.items()}
        row_codes = np.fromiter(map(code_of.__getitem__, predicates), dtype=np.intp, count=len(rows))
        order = np.argsort(row_codes, kind="stable")
        subjects = np.fromiter(map(itemgetter(0), rows), dtype=object, count=len(rows))
        objects = np.fromiter(map(itemgetter(2), rows), dtype=object, count=len(rows))
        ends = np.cumsum(np.bincount(row_codes, minlength=len(codes))).tolist()
        first_seen = subjects.tolist()
        subjects, objects = subjects[order], objects[order]
        return cls(first_seen, {name: (subjects[start:end].tolist(), objects[start:end].tolist())
                                for name, start, end in zip(codes, [0, *ends], ends)})

    def objects(self, predicate: str, subject: Identifier) -> Sequence[Identifier]:
        """The objects of ``subject`` along ``predicate``, in the graph's order."""
        grouped = self._by_subject.get(predicate)
        if grouped is None:
            grouped = self._by_subject[predicate] = self._group(predicate)
        return grouped.get(subject, ())

    def _group(self, predicate: str) -> dict[Identifier, Sequence[Identifier]]:
        """Objects by subject, built in C where each subject has one (most predicates)."""
        subjects, objects = self.columns.get(predicate, ([], []))
        single: dict[Identifier, Sequence[Identifier]] = dict(zip(subjects, zip(objects)))
        if len(single) == len(subjects):
            return single
        return dict(per_subject(subjects, objects))

    def rows(self, predicate: str, test: Mapping[type, bool]) -> Column:
        """The rows of ``predicate`` whose object passes ``test`` (IS_IRI or IS_LITERAL), in order."""
        subjects, objects = self.columns.get(predicate, ([], []))
        keep = list(map(test.__getitem__, map(type, objects)))
        return list(compress(subjects, keep)), list(compress(objects, keep))

    def iri_objects(self) -> set[Identifier]:
        """Every distinct object that is an IRI."""
        found: set[Identifier] = set()
        for _, objects in self.columns.values():
            found.update(iri_only(objects))
        return found


def iri_only(terms: list[Identifier]) -> list[Identifier]:
    """The IRIs among ``terms``, in order."""
    return list(compress(terms, map(IS_IRI.__getitem__, map(type, terms))))


def per_subject(subjects: list[Identifier], values: list[V]) -> dict[Identifier, list[V]]:
    """``values`` grouped by their subject, in order."""
    grouped: dict[Identifier, list[V]] = {}
    for s, value in zip(subjects, values):
        found = grouped.get(s)
        if found is None:
            grouped[s] = [value]
        else:
            found.append(value)
    return grouped
