"""What the tables and the Gephi files say of a node, read from the model: its label, its date, the
province it lies in, and when it enters the timeline."""

from __future__ import annotations

from functools import cached_property

from graph.model.store import Model
from graph.namespaces import COUNTRY

LINKS = ("passed_by", "associated_with", "jurisdiction", "spatial", "is_about", "subject")
"""Relations by which a dated node brings its agencies, regions and concepts onto the timeline."""
DATED = ("policy", "activity")
"""Kinds of nodes that carry their own date; every other node enters the timeline with the first of them that links to it."""


class Facts:
    """Lookups over one model, each computed once."""

    def __init__(self, model: Model) -> None:
        self.model = model
        self._labels: dict[str, str] = {}

    def targets(self, node: str, relation: str) -> list[str]:
        return self.model.get(node, {}).get(relation, [])

    def label(self, node: str) -> str:
        """The Chinese preferred label, else the title, else the English label, else the IRI's last segment."""
        found = self._labels.get(node)
        if found is None:
            data = self.model.get(node, {})
            values = data.get("pref_zh") or data.get("title") or data.get("pref_en")
            found = self._labels[node] = str(values[0]) if values else node.rsplit("/", 1)[-1]
        return found

    def labels(self, node: str, relation: str) -> list[str]:
        return [self.label(o) for o in self.targets(node, relation)]

    def date(self, node: str) -> str | None:
        data = self.model.get(node, {})
        values = data.get("date_document") or data.get("date")
        return str(values[0]) if values else None

    def province(self, region: str) -> str | None:
        """The province-level region holding ``region`` (itself when it is one); None for 中国."""
        seen = set()
        while region != COUNTRY and region not in seen:
            seen.add(region)
            parents = self.targets(region, "contained_in")
            if not parents or parents[0] == COUNTRY:
                return region
            region = parents[0]
        return None

    def of_kind(self, kind: str) -> list[str]:
        return sorted(iri for iri, data in self.model.items() if data["type"] == kind)

    @cached_property
    def entered(self) -> dict[str, str]:
        """Node → the date it enters the timeline: its own for a policy or activity, else the earliest of
        the dated nodes that link to it (an agency enters with its first document, a region with the
        first policy made there)."""
        first: dict[str, str] = {}
        for iri, data in self.model.items():
            if data["type"] not in DATED or (when := self.date(iri)) is None:
                continue
            first[iri] = when
            for key in LINKS:
                for o in data.get(key, ()):
                    self._enter(first, o, when)
        return first

    def _enter(self, first: dict[str, str], node: str, when: str) -> None:
        """``node`` and the regions holding it enter at ``when`` unless they entered earlier."""
        while node in self.model and (node not in first or when < first[node]):
            first[node] = when
            parents = self.targets(node, "contained_in")
            node = parents[0] if parents else ""
