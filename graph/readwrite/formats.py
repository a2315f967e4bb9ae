"""The one table of RDF file formats: what the exports write, the loaders read, the endpoint answers in.

Each row pairs a format's names in every tool (the name users type, the file suffix, the media type,
rdflib's and Oxigraph's names) with the writer of its export, as rdflib's plugin registry keeps one
entry per format for its parsers, serializers and command line. The export rows come first, N-Triples
first of all: its lines are the triples counted, and it is the sorted, byte-stable export the other
commands read first.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph.readwrite import jsonld, ntriples, turtle
from graph.readwrite._document import Document


@dataclass(frozen=True)
class RdfFormat:
    name: str
    """What ``--format`` and the endpoint's ``format=`` take."""
    suffixes: tuple[str, ...]
    """File suffixes without the dot; an export is written to ``graph.<first suffix>``."""
    media_type: str
    rdflib: str
    """rdflib's parser and serializer name."""
    oxigraph: str
    """The name of its ``pyoxigraph.RdfFormat`` member."""
    answers: bool
    """Whether a CONSTRUCT or DESCRIBE result is written in it (a graph, not a dataset, format)."""
    writer: Document | None = None
    """The export's writer, for the formats the build writes."""

    @property
    def suffix(self) -> str:
        return self.suffixes[0]


FORMATS: tuple[RdfFormat, ...] = (
    RdfFormat("nt", ("nt",), "application/n-triples", "nt", "N_TRIPLES", True, ntriples.DOCUMENT),
    RdfFormat("turtle", ("ttl",), "text/turtle", "turtle", "TURTLE", True, turtle.DOCUMENT),
    RdfFormat("jsonld", ("jsonld", "json"), "application/ld+json", "json-ld", "JSON_LD", True, jsonld.DOCUMENT),
    RdfFormat("rdfxml", ("rdf", "owl", "xml"), "application/rdf+xml", "xml", "RDF_XML", True),
    RdfFormat("nquads", ("nq",), "application/n-quads", "nquads", "N_QUADS", False),
    RdfFormat("trig", ("trig",), "application/trig", "trig", "TRIG", False),
    RdfFormat("n3", ("n3",), "text/n3", "n3", "N3", False),
)
EXPORTS: dict[str, RdfFormat] = {f.suffix: f for f in FORMATS if f.writer is not None}
"""The build's exports by suffix (``--formats nt,ttl,jsonld``), N-Triples first."""
ANSWERS: dict[str, RdfFormat] = {f.name: f for f in FORMATS if f.answers}
"""The formats of a graph result, by the name ``--format`` and ``format=`` take."""
BY_SUFFIX: dict[str, RdfFormat] = {suffix: f for f in FORMATS for suffix in f.suffixes}
NTRIPLES = FORMATS[0]


def export_names() -> list[str]:
    """The export files a folder may hold, in the order they are read: ``graph.nt`` first."""
    return [f"graph.{suffix}" for suffix in EXPORTS]


def of_file(name: str) -> RdfFormat | None:
    """The format a file name's suffix gives, or None."""
    return BY_SUFFIX.get(name.rsplit(".", 1)[-1].lower()) if "." in name else None
