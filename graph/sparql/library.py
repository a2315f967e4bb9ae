"""The question library: named SPARQL files with a header, and their typed parameters.

Each ``ontology/queries/NAME.rq`` starts with ``# title:``, ``# answers:`` and optional
``# param: name type`` lines. Parameter values arrive as text (a label, a code, an IRI, a
date) and leave as RDF terms, so they are bound and never pasted into the query.
"""

from __future__ import annotations

import datetime
import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Mapping

from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from graph.namespaces import PREFIXES
from graph.resources import QUERIES_DIR

from .errors import QueryError
from .terms import check_iri, sparql_term

NODE_TYPES = {
    "region": PREFIXES["schema"] + "AdministrativeArea",
    "concept": PREFIXES["skos"] + "Concept",
    "agency": PREFIXES["org"] + "Organization",
}
PARAM_TYPES = set(NODE_TYPES) | {"literal", "date", "iri"}
_HEADER = re.compile(r"^#\s*(title|answers|param)\s*:\s*(.*?)\s*$")


@dataclass(frozen=True)
class Param:
    name: str
    type: str


@dataclass(frozen=True)
class Question:
    name: str
    title: str
    answers: str
    params: tuple[Param, ...]
    text: str


def parse_question(name: str, text: str) -> Question:
    """Read a question's header comments; a text without a header is a question with no params."""
    fields: dict[str, str] = {}
    params: list[Param] = []
    for line in text.splitlines():
        match = _HEADER.match(line.strip())
        if not match:
            if line.strip() and not line.lstrip().startswith("#"):
                break
            continue
        key, value = match.groups()
        if key != "param":
            fields[key] = value
            continue
        parts = value.split()
        if len(parts) != 2 or parts[1] not in PARAM_TYPES:
            raise QueryError(f"{name}: bad '# param: {value}' (want: name {'|'.join(sorted(PARAM_TYPES))})")
        params.append(Param(parts[0], parts[1]))
    return Question(name, fields.get("title", name), fields.get("answers", ""), tuple(params), text)


def load_library(folder: Path = QUERIES_DIR) -> dict[str, Question]:
    """Every question in the folder, by file stem, in name order."""
    return {
        file.stem: parse_question(file.stem, file.read_text(encoding="utf-8"))
        for file in sorted(folder.glob("*.rq"))
    }


def labels_query(kind: str, text: str | None = None) -> str:
    """SELECT ?node ?label over the labels and codes of one node type; given ``text``, only those
    whose label is that text, in Chinese or untagged (a graph of 100k items has 40,000 agency
    labels). The text is written as two literal terms to look up, not compared with ``STR()``:
    Virtuoso 7.2 reads a non-ASCII value bound that way as ``????``."""
    wanted = "" if text is None else (
        "VALUES ?label { " + " ".join(sparql_term(Literal(text, lang=lang)) for lang in ("zh", None)) + " } ")
    return (
        "SELECT ?node ?label WHERE { " + wanted + "?node a <" + NODE_TYPES[kind] + "> . "
        "{ ?node skos:prefLabel ?label } UNION { ?node skos:altLabel ?label } "
        "UNION { ?node skos:notation ?label } }"
    )


Labels = Callable[[str, str | None], Iterable[tuple[Node, Node]]]
"""labels(kind, text): (node, label) pairs of that kind whose label is ``text``, or all when None."""


def _by_label(pairs: Iterable[tuple[Node, Node]]) -> dict[str, set[URIRef]]:
    by_label: dict[str, set[URIRef]] = {}
    for node, label in pairs:
        if isinstance(label, Literal) and label.language in (None, "zh") and isinstance(node, URIRef):
            by_label.setdefault(str(label), set()).add(node)
    return by_label


def _resolve_node(kind: str, value: str, labels: Labels) -> URIRef:
    if value.startswith(("http://", "https://", "urn:")):
        return check_iri(value)
    found = _by_label(labels(kind, value)).get(value, set())
    if len(found) == 1:
        return next(iter(found))
    if found:
        listed = ", ".join(sorted(str(n) for n in found))
        raise QueryError(f"{kind} '{value}' is ambiguous: {listed}; give the IRI instead")
    by_label = _by_label(labels(kind, None))  # every label, only to suggest near ones
    near = [label for label in sorted(by_label) if value and (value in label or label in value)]
    near += [m for m in difflib.get_close_matches(value, sorted(by_label), n=5, cutoff=0.5) if m not in near]
    hint = f"; did you mean {', '.join(near[:5])}?" if near else ""
    raise QueryError(f"unknown {kind} '{value}'{hint}")


def to_term(param: Param, value: str | Node, labels: Labels) -> Node:
    """The RDF term for one parameter value (rdflib terms pass through unchanged)."""
    if isinstance(value, Node):
        return value
    if param.type in NODE_TYPES:
        return _resolve_node(param.type, value, labels)
    if param.type == "date":
        try:
            return Literal(datetime.date.fromisoformat(value).isoformat(), datatype=XSD.date)
        except ValueError:
            raise QueryError(f"parameter {param.name}: '{value}' is not a date (YYYY-MM-DD)") from None
    if param.type == "iri":
        try:
            return check_iri(value)
        except ValueError as exc:
            raise QueryError(f"parameter {param.name}: {exc}") from None
    return Literal(value)


def bind(question: Question, values: Mapping[str, str | Node], labels: Labels) -> dict[str, Node]:
    """Check the given values against the declared params and turn each into a term."""
    declared = {p.name: p for p in question.params}
    unknown = sorted(set(values) - set(declared))
    if unknown and declared:
        raise QueryError(
            f"{question.name} takes {', '.join(declared)}; unknown parameter {', '.join(unknown)}"
        )
    missing = [name for name in declared if name not in values]
    if missing:
        wanted = ", ".join(f"{p.name} ({p.type})" for p in question.params)
        raise QueryError(f"{question.name} needs --param for {', '.join(missing)}; it takes {wanted}")
    return {
        name: to_term(declared.get(name, Param(name, "literal")), value, labels)
        for name, value in values.items()
    }
