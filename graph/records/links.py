"""The links between nodes, kept as the table's columns and spelled out only for the nodes a view draws.

At 100k items the graph has 1.2M links and a view draws at most 8,000 of them: building every
link as a record and sorting them all took longer than drawing every page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import cached_property
from itertools import compress
from operator import and_, itemgetter

from rdflib.term import Identifier

from graph.gcpause import paused
from graph.records.table import Column, Table
from graph.records.terms import IS_IRI


@dataclass(frozen=True)
class Link:
    source: str
    target: str
    relation: str


class Network:
    """Links from a node to a node along any property but rdf:type, one per (source, relation, target).

    ``nodes`` maps each node's term to its IRI; ``relations`` names each predicate IRI that links.
    """

    def __init__(self, table: Table, nodes: Mapping[Identifier, str], relations: Mapping[str, str]):
        self._table = table
        self._nodes = nodes
        self._relations = relations
        self._terms = {iri: term for term, iri in nodes.items()}

    @cached_property
    def _linked(self) -> dict[str, Column]:
        """Each relation's links, without repeats, in the graph's order."""
        with paused():
            return self._link()

    def _link(self) -> dict[str, Column]:
        linked: dict[str, Column] = {}
        is_node = self._nodes.__contains__
        for predicate, relation in self._relations.items():
            subjects, objects = self._table.columns[predicate]
            iris = list(map(IS_IRI.__getitem__, map(type, objects)))  # before hashing: a Literal's hash is Python code
            subjects, objects = list(compress(subjects, iris)), list(compress(objects, iris))
            keep = list(map(and_, map(is_node, subjects), map(is_node, objects)))
            found = linked.setdefault(relation, ([], []))
            found[0].extend(compress(subjects, keep))
            found[1].extend(compress(objects, keep))
        for relation, (subjects, objects) in linked.items():
            pairs = dict.fromkeys(zip(subjects, objects))
            if len(pairs) < len(subjects):
                linked[relation] = (list(map(itemgetter(0), pairs)), list(map(itemgetter(1), pairs)))
        return linked

    @cached_property
    def degree(self) -> Counter[str]:
        """Links per node over the whole graph, both ends counted (a self-link counts twice)."""
        ends: Counter[Identifier] = Counter()
        for subjects, objects in self._linked.values():
            ends.update(subjects)
            ends.update(objects)
        counts: Counter[str] = Counter()
        for term, count in ends.items():
            iri = self._nodes[term]
            counts[iri] = counts.get(iri, 0) + count
        return counts

    def among(self, keep: Collection[str]) -> list[Link]:
        """The links with both ends in ``keep``, sorted by source, relation and target."""
        inside = {self._terms[iri] for iri in keep if iri in self._terms}.__contains__
        name = self._nodes
        found: set[tuple[str, str, str]] = set()
        for relation, (subjects, objects) in self._linked.items():
            both = map(and_, map(inside, subjects), map(inside, objects))
            found.update((name[s], relation, name[o]) for s, o in compress(zip(subjects, objects), both))
        return [Link(source, target, relation) for source, relation, target in sorted(found)]

    def touching(self, iri: str) -> set[str]:
        """The nodes linked to or from ``iri``."""
        centre = {self._terms[iri]} if iri in self._terms else set()
        name = self._nodes
        around: set[str] = set()
        for subjects, objects in self._linked.values():
            around.update(name[o] for o in compress(objects, map(centre.__contains__, subjects)))
            around.update(name[s] for s in compress(subjects, map(centre.__contains__, objects)))
        return around

    def all(self) -> tuple[Link, ...]:
        """Every link, sorted by source, relation and target."""
        return tuple(self.among(self._terms))
