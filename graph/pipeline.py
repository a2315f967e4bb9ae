"""Sources in, model out: the I/O edge around the pure readers and extractors."""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Callable
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Literal

import networkx as nx
import rdflib

from graph.batch import extract_files
from graph.forked import can_fork, forked
from graph.gcpause import paused
from graph.gazetteer.regions import region_index
from graph.model.build import GraphBuilder
from graph.model.store import Model, to_networkx
from graph.outfolder import cannot_write, staged
from graph.problems import Problem, UserError, write_rejects
from graph.read.fetch import fetch_all
from graph.read.formats import is_url
from graph.read.sources import expand
from graph.read.texts import keep_text
from graph.readwrite.exports import DOCUMENTS, SPLIT_FROM, chosen, write_exports
from graph.readwrite.rdf import rdflib_columns, to_rdflib
from graph.resources import SOURCES_DIR as DEFAULT_SOURCES

if TYPE_CHECKING:
    from graph.records.table import Table

VALIDATE_LIMIT = 25_000  # pySHACL checks about 2,000 triples a second on this project's shapes
Progress = Callable[[int, int, int], None]


@dataclass
class BuildResult:
    model: Model
    problems: list[Problem]
    items: int = 0
    files: int = 0
    encodings: Counter = field(default_factory=Counter)
    unread: list[Problem] = field(default_factory=list)
    """Inputs that could not be read at all (missing, a dangling link, no permission, gone midway);
    each is also among the problems, so a row of rejects.csv."""

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
          progress: Callable[[int, int, int], None] | None = None, texts: Path | None = None) -> BuildResult:
    """Build the model from files, folders and http(s) URLs (default: the bundled sources).

    ``jobs`` worker processes extract files in parallel (0 or None: one per core); ``cache`` reuses the
    extraction of files read before; ``progress(files done, files, items)`` is called per file;
    ``texts`` is a folder to keep each source's text in, as ``<source hash>.txt``: the text that
    passage spans index (a page's article, a PDF's text layer), so that a span can be shown.
    The model is the same whatever the options.
    """
    with paused(), tempfile.TemporaryDirectory(prefix="policykg-pages-") as pages:
        return _build(paths or [DEFAULT_SOURCES], jobs, cache, progress, texts, Path(pages))


def _build(paths: list[str | Path], jobs: int | None, cache: bool,
           progress: Callable[[int, int, int], None] | None, texts: Path | None, pages: Path) -> BuildResult:
    files, skipped = expand([Path(p) for p in paths if not is_url(str(p))])
    fetched, failed = fetch_all([str(p) for p in paths if is_url(str(p))], pages)
    builder = GraphBuilder(region_index())
    result = BuildResult(builder.nodes, builder.problems)
    result.unread.extend(Problem(_display(path), 0, "", reason) for path, reason in skipped)
    result.unread.extend(Problem(err.url, 0, "", err.reason) for err in failed)
    named = [(path, _display(path)) for path in files] + fetched
    for done, file in enumerate(extract_files(named, jobs=jobs, cache=cache), 1):
        if file.unread:
            result.unread.append(Problem(file.source.name, 0, "", file.error or "cannot read"))
        elif file.error:
            builder.problems.append(Problem(file.source.name, 0, "", file.error))
        else:
            result.files += 1
            result.encodings[file.source.encoding] += 1
            result.items += len(file.extractions)
            source_iri = builder.add_source(file.source)
            if texts is not None:
                keep_text(texts, file.source)
            for x in file.extractions:
                builder.add(source_iri, x)
        if progress:
            progress(done, len(named), result.items)
    builder.problems.extend(result.unread)
    result.model = builder.finish()
    return result


@dataclass(frozen=True)
class Options:
    """How ``build_folder`` builds: the options of ``policykg build``, with its defaults."""

    formats: tuple[str, ...] = tuple(DOCUMENTS)
    views: bool = True
    validate: Literal["auto", "always", "never"] = "auto"
    jobs: int | None = 0
    cache: bool = True
    keep_going: bool = False


@dataclass(frozen=True)
class Built:
    """What a build into a folder says: ``lines`` for stdout, ``warnings`` (inputs skipped) for stderr."""

    lines: list[str]
    warnings: list[str]


def build_folder(sources: list[str | Path] | None = None, out: str | Path = "out", options: Options = Options(),
                 progress: Progress | None = None) -> Built:
    """Everything ``policykg build`` does: read, extract, model, exports, validation, rejects, views.

    The files are written aside and swapped into ``out`` together at the end (see graph.outfolder), so
    ``out`` always holds one whole build. Raises UserError, with a one-line message, when ``out`` is held
    by another build or cannot be written, when nothing could be read, or when an input could not be
    read and ``options.keep_going`` is false; ``out`` is then left as it was.
    """
    out = Path(out)
    formats = chosen(options.formats)
    with paused(), _writing(out), staged(out) as staging:
        return _build_into(sources, out, staging, formats, options, progress)


@contextmanager
def _writing(out: Path) -> Iterator[None]:
    """An OS error met writing ``out`` becomes one line naming it and what to do."""
    try:
        yield
    except OSError as err:
        if err.filename is None or _inside(Path(err.filename), out):
            raise UserError(cannot_write(out, err)) from err
        raise


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def _build_into(sources: list[str | Path] | None, out: Path, staging: Path, formats: list[str], options: Options,
                progress: Progress | None) -> Built:
    result = build(sources, jobs=options.jobs, cache=options.cache, progress=progress, texts=staging / "sources")
    warnings = _check_inputs(result, options.keep_going, out)
    with ExitStack() as stack:  # a large graph's views are written beside its exports, in a forked copy
        beside = (stack.enter_context(forked(_views, result.model, staging, what="writing the views"))
                  if options.views and len(result.model) >= SPLIT_FROM and can_fork() else None)
        triples = write_exports(result.model, staging, formats)
        lines = [result.summary(), _validated(result, triples, options.validate, out)]
        write_rejects(result.problems, staging / "rejects.csv")
        report = "not written (--no-views)"
        if beside is not None:
            report = str(out / beside())
        elif options.views:
            from graph.records.table import Table

            table = Table(*rdflib_columns(result.model))
            del result  # the views read their records from the table: the model is freed once that is made
            report = str(out / _pages(table, staging))
    files = ", ".join(f"graph.{name}" for name in formats)
    lines.append(f"wrote {triples} triples to {out}/{files}; problems in {out}/rejects.csv; report {report}")
    return Built(lines, warnings)


def _pages(table: Table, staging: Path) -> Path:
    """Every page of the build from its table; the report's path inside ``staging``."""
    from graph.site import write_all  # here, not at the top: the pages load jinja2 and pyvis

    return write_all(table, staging).relative_to(staging)


def _views(model: Model, staging: Path) -> Path:
    """The pages of ``model``, read into their table first (what a forked copy of the build does)."""
    from graph.records.table import Table

    return _pages(Table(*rdflib_columns(model)), staging)


def _check_inputs(result: BuildResult, keep_going: bool, out: Path) -> list[str]:
    """Refuse a build that read nothing, or one that missed an input unless told to go on; the warnings
    to print when it goes on."""
    if result.items == 0:
        reasons = "; ".join(str(p) for p in sorted(set(result.problems))[:3]) or "no input"
        raise UserError(f"nothing could be read: {reasons}")
    if not result.unread:
        return []
    first = "; ".join(str(p) for p in result.unread[:3]) + (f"; and {len(result.unread) - 3} more" if len(result.unread) > 3 else "")
    if not keep_going:
        raise UserError(f"{len(result.unread)} input(s) could not be read: {first}; {out} is left as it was "
                        "(put them right, or pass --keep-going to build from the rest)")
    return [f"policykg: {len(result.unread)} input(s) skipped (rows in {out}/rejects.csv): {first}"]


def _validated(result: BuildResult, triples: int, validate: str, out: Path) -> str:
    """Run the SHACL shapes when asked (auto: on a graph small enough), adding findings to the problems."""
    if validate == "never" or (validate == "auto" and triples > VALIDATE_LIMIT):
        return f"SHACL: not run ({triples} triples; --validate auto stops at {VALIDATE_LIMIT}): run `policykg validate {out}`"
    from graph.validation.shacl import validate as shacl  # here, not at the top: pySHACL loads slowly

    violations = shacl(result.to_rdflib())
    result.problems.extend(Problem("(graph)", 0, str(v.focus), f"SHACL {v.severity}: {v.message}") for v in violations)
    errors = sum(v.severity == "Violation" for v in violations)
    return f"SHACL: {errors} violation(s), {len(violations) - errors} warning(s)"
