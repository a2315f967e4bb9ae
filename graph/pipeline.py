"""Sources in, model out: the I/O edge around the pure readers and extractors."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import rdflib

from graph.extract.item import extract
from graph.gazetteer.regions import region_index
from graph.model.build import GraphBuilder
from graph.problems import Problem
from graph.read.sources import expand, read_source
from graph.readwrite.rdf import to_rdflib
from graph.resources import DATA_DIR

DEFAULT_SOURCES = DATA_DIR / "sources"


@dataclass
class BuildResult:
    graph: nx.MultiDiGraph
    problems: list[Problem]
    items: int = 0
    files: int = 0
    encodings: Counter = field(default_factory=Counter)

    def count(self, node_type: str) -> int:
        return sum(1 for _, t in self.graph.nodes(data="type") if t == node_type)

    def to_rdflib(self) -> rdflib.Graph:
        return to_rdflib(self.graph)

    def summary(self) -> str:
        enc = ", ".join(f"{name} {n}" for name, n in sorted(self.encodings.items()) if name)
        return (
            f"read {self.files} file(s) ({enc or 'no text'}), {self.items} item(s): "
            f"{self.count('policy')} policies, {self.count('activity')} other items, "
            f"{self.count('agency')} agencies, {self.count('region')} regions, "
            f"{self.count('concept')} concepts, {len(set(self.problems))} problem(s)"
        )


def _display(path: Path) -> str:
    """The path as a user would type it: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def build(paths: list[str | Path] | None = None) -> BuildResult:
    """Build the model from files and folders (default: the bundled sources)."""
    files, missing = expand([Path(p) for p in (paths or [DEFAULT_SOURCES])])
    regions = region_index()
    builder = GraphBuilder(regions)
    result = BuildResult(builder.g, builder.problems)
    for name in missing:
        builder.problems.append(Problem(name, 0, "", "no such file or folder"))
    for path in files:
        try:
            data = path.read_bytes()
        except OSError as err:
            builder.problems.append(Problem(str(path), 0, "", f"cannot read: {err.strerror}"))
            continue
        source = read_source(_display(path), data)
        result.files += 1
        result.encodings[source.encoding] += 1
        result.items += len(source.items)
        source_iri = builder.add_source(source)
        for item in source.items:
            builder.add(source_iri, extract(item, regions))
    result.graph = builder.finish()
    return result
