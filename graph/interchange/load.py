"""An export read back into the model, with Oxigraph's parser (rdflib's takes minutes on a large export)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph

from graph.model.store import Model
from graph.readwrite.rdf import literal_kind, model_from_rows

EXPORT = "graph.nt"


class ExportError(Exception):
    """An export that is missing or cannot be read: one line for the user."""


def read_export(path: str | Path) -> Model:
    """The model of an export file, or of a build folder's ``graph.nt``."""
    path = Path(path)
    file = path / EXPORT if path.is_dir() else path
    if not file.is_file():
        raise ExportError(f"no export at {file}: run `policykg build` first, or name an export with --graph")
    try:
        fmt = pyoxigraph.RdfFormat.from_extension(file.suffix.lstrip(".")) if file.suffix else None
    except ValueError:
        fmt = None
    if fmt is None:
        raise ExportError(f"cannot tell the RDF format of {file} from its extension (.nt, .ttl, .jsonld)")
    try:
        with file.open("rb") as fh:
            return model_from_rows(_rows(pyoxigraph.parse(fh, format=fmt)))
    except SyntaxError as err:
        raise ExportError(f"{file} is not valid {fmt.name}: {str(err).splitlines()[0]}") from None
    except OSError as err:
        raise ExportError(f"cannot read {file}: {err.strerror}") from None


def _rows(triples):
    for t in triples:
        o = t.object
        if isinstance(o, pyoxigraph.Literal):
            yield t.subject.value, t.predicate.value, o.value, literal_kind(o.language, o.datatype.value)
        else:
            yield t.subject.value, t.predicate.value, o.value, None
