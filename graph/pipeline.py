"""Sources in, model out: the I/O edge around the pure readers and extractors."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import networkx as nx
import rdflib

from graph.batch import extract_files
from graph.gcpause import paused
from graph.gazetteer.regions import region_index
from graph.model.build import GraphBuilder
from graph.model.store import Model, to_networkx
from graph.problems import Problem
from graph.read.sources import expand
from graph.readwrite.rdf import to_rdflib
from graph.resources import SOURCES_DIR as DEFAULT_SOURCES


@dataclass
class BuildResult:
    model: Model
    problems: list[Problem]
    items: int = 0
    files: int = 0
    encodings: Counter = field(default_factory=Counter)

    @cached_property
    def graph(self) -> nx.MultiDiGraph:
        """The model as a networkx MultiDiGraph, made on first use."""
        return to_networkx(self.model)

    def count(self, node_type: str) -> int:
        return sum(1 for data in self.model.values() if data["type"] == node_type)

    def to_rdflib(self) -> rdflib.Graph:
        return to_rdflib(self.model)

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


def build(paths: list[str | Path] | None = None, *, jobs: int | None = 1, cache: bool = False,
          progress: Callable[[int, int, int], None] | None = None) -> BuildResult:
    """Build the model from files and folders (default: the bundled sources).

    ``jobs`` worker processes extract files in parallel (0 or None: one per core); ``cache`` reuses the
    extraction of files read before; ``progress(files done, files, items)`` is called per file.
    The model is the same whatever the options.
    """
    with paused():
        return _build(paths or [DEFAULT_SOURCES], jobs, cache, progress)


def _build(paths: list[str | Path], jobs: int | None, cache: bool,
           progress: Callable[[int, int, int], None] | None) -> BuildResult:
    files, missing = expand([Path(p) for p in paths])
    builder = GraphBuilder(region_index())
    result = BuildResult(builder.nodes, builder.problems)
    for name in missing:
        builder.problems.append(Problem(name, 0, "", "no such file or folder"))
    named = [(path, _display(path)) for path in files]
    for done, file in enumerate(extract_files(named, jobs=jobs, cache=cache), 1):
        if file.error:
            builder.problems.append(Problem(file.source.name, 0, "", file.error))
        else:
            result.files += 1
            result.encodings[file.source.encoding] += 1
            result.items += len(file.extractions)
            source_iri = builder.add_source(file.source)
            for x in file.extractions:
                builder.add(source_iri, x)
        if progress:
            progress(done, len(named), result.items)
    result.model = builder.finish()
    return result
