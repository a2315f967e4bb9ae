"""Extractions to the model (``graph.model.store``): the store, the reference data, the item mapper and
the whole-graph passes, put together for one build."""

from __future__ import annotations

from graph.extract.item import Extraction
from graph.gazetteer.regions import RegionIndex
from graph.model import passes
from graph.model.items import Items
from graph.model.nodes import Nodes
from graph.model.reference import Reference
from graph.model.store import Model
from graph.problems import Problem
from graph.read.items import Source


class GraphBuilder:
    """Adds sources and their extractions to one graph; ``finish`` links what spans items."""

    def __init__(self, regions: RegionIndex) -> None:
        self.store = Nodes()
        self.nodes: Model = self.store.model
        self.problems: list[Problem] = []
        self.reference = Reference(self.store, regions)
        self.items = Items(self.store, self.reference, self.problems)

    def add_source(self, source: Source) -> str:
        return self.items.add_source(source)

    def add(self, source_iri: str, x: Extraction) -> None:
        self.items.add(source_iri, x)

    def finish(self) -> Model:
        passes.finish(self.store, self.reference, self.items.wrapped, self.items.approved, self.problems)
        return self.nodes
