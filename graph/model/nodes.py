"""The builder's store: nodes added and merged by IRI, every key checked against the schema as it is written.

A misspelt key (``titel``, ``pased_by``) used to reach the writers, which had no predicate for it and
wrote only the node's rdf:type lines; here it raises ``SchemaError`` at the line that wrote it.
"""

from __future__ import annotations

from graph.model.schema import SCHEMAS, NodeKind, NodeSchema, SchemaError
from graph.model.store import Model
from graph.namespaces import ID


def kind_of(iri: str) -> NodeKind:
    """The kind of an instance IRI: its segment after ``id/``."""
    kind = iri[len(ID):iri.find("/", len(ID))]
    if not iri.startswith(ID) or kind not in SCHEMAS:
        raise SchemaError(f"{iri}: not an instance IRI of a known kind")
    return kind


def _missing(iri: str, data: dict, what: str, key: str) -> SchemaError:
    return SchemaError(f"{iri}: a {data['type']} has no {what} {key!r} (graph/model/schema.py)")


class Nodes:
    """The model while it is built: ``node`` and ``edge`` add, values accumulate without repeats."""

    def __init__(self) -> None:
        self.model: Model = {}

    def __contains__(self, iri: str) -> bool:
        return iri in self.model

    def data(self, iri: str) -> dict:
        return self.model[iri]

    def schema(self, iri: str) -> NodeSchema:
        return SCHEMAS[self.model[iri]["type"]]

    def node(self, iri: str, **attrs: object) -> str:
        """Add or merge a node; attribute values (one, or a list) accumulate as lists without repeats;
        None adds nothing."""
        data = self.model.get(iri)
        if data is None:
            kind = kind_of(iri)
            data = self.model[iri] = {"type": kind, "classes": list(SCHEMAS[kind].classes)}
        allowed = SCHEMAS[data["type"]].attributes
        for key, value in attrs.items():
            if key not in allowed:
                raise _missing(iri, data, "attribute", key)
            if value is None:
                continue
            values = data.get(key)
            for v in value if type(value) is list else (value,):
                if values is None:
                    values = data[key] = [v]
                elif v not in values:
                    values.append(v)
        return iri

    def set(self, iri: str, key: str, values: list) -> None:
        """Replace an attribute's values (the whole-graph passes settle what items accumulated)."""
        data = self.model[iri]
        if key not in SCHEMAS[data["type"]].attributes:
            raise _missing(iri, data, "attribute", key)
        data[key] = values

    def classify(self, iri: str, cls: str) -> None:
        """Give a node one of the further classes its kind allows (an activity's NewsItem, Meeting …)."""
        data = self.model[iri]
        if cls not in SCHEMAS[data["type"]].subclasses:
            raise SchemaError(f"{iri}: a {data['type']} cannot have class {cls}")
        data["classes"] = sorted({*data["classes"], cls})

    def edge(self, s: str, relation: str, o: str) -> None:
        """Link two nodes already added, by a relation the subject's kind has towards the object's."""
        data = self.model[s]
        targets = SCHEMAS[data["type"]].relations.get(relation)
        if targets is None:
            raise _missing(s, data, "relation", relation)
        if self.model[o]["type"] not in targets:
            raise SchemaError(f"{s} {relation} {o}: a {data['type']}'s {relation} points to {', '.join(sorted(targets))}")
        found = data.setdefault(relation, [])
        if o not in found:
            found.append(o)

    def targets(self, node: str, relation: str) -> list[str]:
        return self.model[node].get(relation, [])
