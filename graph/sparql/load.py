"""Load the build's exports into an rdflib Graph, in memory or over an on-disk Oxigraph store."""

from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pyoxigraph
from rdflib import Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from graph.readwrite.formats import export_names, of_file

from ._oxigraph import Store, rdflib_term
from .errors import QueryError

EXPORT_NAMES = export_names()
_STAMP = "policykg-source.json"


def export_file(path: str | Path = "out") -> Path:
    """The RDF file to read: the file itself, or the first export of EXPORT_NAMES a folder holds."""
    path = Path(path)
    if path.is_dir():
        for name in EXPORT_NAMES:
            if (path / name).is_file():
                return path / name
        raise QueryError(f"no export in {path}: expected one of {', '.join(EXPORT_NAMES)}")
    if not path.is_file():
        raise QueryError(f"no RDF file or folder at {path}")
    return path


def load_graph(path: str | Path = "out", store: str = "oxigraph") -> Graph:
    """Read exports into a Graph: ``store="oxigraph"`` is Oxigraph in memory, ``"oxigraph:DIR"``
    keeps it on disk in DIR, ``"memory"`` is rdflib's own store (pure Python: tens of times slower
    to load and query a large graph).

    An Oxigraph folder already loaded from the same unchanged file is reused as it is, so a
    large graph is parsed once and queried many times.
    """
    file = export_file(path)
    if store == "memory":
        graph = Graph(bind_namespaces="none")
        with _reading(file):
            for triple in pyoxigraph.parse(path=str(file), format=_ox_format(file)):
                graph.add((rdflib_term(triple.subject), rdflib_term(triple.predicate), rdflib_term(triple.object)))
        return graph
    if store == "oxigraph":
        oxigraph = pyoxigraph.Store()
        _bulk_load(oxigraph, file)
        return _over(oxigraph)
    if store.startswith("oxigraph:") and store != "oxigraph:":
        return _load_oxigraph(file, Path(store.split(":", 1)[1]))
    raise QueryError(f"unknown store {store!r}: use 'memory', 'oxigraph' or 'oxigraph:DIR'")


def _over(store: pyoxigraph.Store) -> Graph:
    return Graph(store=Store(store), identifier=DATASET_DEFAULT_GRAPH_ID, bind_namespaces="none")


def _ox_format(file: Path) -> pyoxigraph.RdfFormat:
    fmt = of_file(file.name)
    if fmt is None:
        raise QueryError(f"cannot tell the RDF format of {file} from its extension")
    return getattr(pyoxigraph.RdfFormat, fmt.oxigraph)


@contextmanager
def _reading(file: Path) -> Iterator[None]:
    """A malformed or unreadable export becomes one line naming the file and the line."""
    try:
        yield
    except SyntaxError as exc:
        message = (exc.msg or "not valid RDF").splitlines()[0]
        raise QueryError(f"{file}, line {exc.lineno}: {message}") from None
    except OSError as exc:
        raise QueryError(f"cannot read {file}: {exc.strerror or exc}") from None


def _bulk_load(store: pyoxigraph.Store, file: Path) -> None:
    ox_format = _ox_format(file)
    with _reading(file):
        store.bulk_load(path=str(file), format=ox_format)


def _load_oxigraph(file: Path, folder: Path) -> Graph:
    stat = file.stat()
    stamp = {"file": str(file.resolve()), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
    folder.mkdir(parents=True, exist_ok=True)
    store = pyoxigraph.Store(str(folder))
    stamp_file = folder / _STAMP
    if stamp_file.is_file() and json.loads(stamp_file.read_text(encoding="utf-8")) == stamp:
        return _over(store)
    stamp_file.unlink(missing_ok=True)
    store.clear()
    _bulk_load(store, file)
    store.flush()
    stamp_file.write_text(json.dumps(stamp), encoding="utf-8")
    return _over(store)
