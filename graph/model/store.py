"""The model as plain dicts, and its networkx view.

A build holds every node as one dict: ``type`` (the IRI segment after ``id/``), ``classes``, each
attribute and each outgoing relation, all as lists. networkx keeps a dict per edge and two per
node pair, which at 100k items made the graph three times larger than the data; the builder and
the exports therefore work on this form, and ``to_networkx`` gives users the MultiDiGraph.

In the MultiDiGraph an attribute holding one value is that value (``"电子印章"``, ``2021``, ``True``) and
one holding several is their JSON array (``'["人社部", "人力资源社会保障部"]'``), so that
``nx.write_gexf`` and ``nx.write_graphml``, which take scalars only, write the graph users get. A
string that starts with ``[`` is always such an array, which keeps the conversion back exact.
"""

from __future__ import annotations

import json
from typing import Any

import networkx as nx

from graph.model.schema import RELATIONS

Model = dict[str, dict[str, Any]]
"""Node IRI → {"type": str, "classes": [...], attribute or relation name: [values]}."""


def scalar(values: Any) -> Any:
    """An attribute's values as networkx's writers take them: one as itself, several as a JSON array."""
    if type(values) is not list:
        return values
    if len(values) == 1 and not (isinstance(values[0], str) and values[0].startswith("[")):
        return values[0]
    return json.dumps(values, ensure_ascii=False)


def listed(value: Any) -> Any:
    """The values ``scalar`` made ``value`` from (a list is taken as it is)."""
    if type(value) is list:
        return value
    if isinstance(value, str) and value.startswith("["):
        return json.loads(value)
    return [value]


def to_networkx(model: Model) -> nx.MultiDiGraph:
    """Nodes keep their attributes, as scalars; each relation target becomes an edge keyed by the relation."""
    g = nx.MultiDiGraph()
    g.add_nodes_from((iri, {k: v if k == "type" else scalar(v) for k, v in data.items() if k not in RELATIONS})
                     for iri, data in model.items())
    g.add_edges_from((iri, o, k) for iri, data in model.items() for k, v in data.items() if k in RELATIONS for o in v)
    return g


def from_networkx(g: nx.MultiDiGraph) -> Model:
    """The dict form of a MultiDiGraph in this model's shape (from ``to_networkx`` or ``from_rdflib``)."""
    model: Model = {}
    for iri, data in g.nodes(data=True):
        record = {k: v if k == "type" else listed(v) for k, v in data.items()}
        for o, keyed in g.succ[iri].items():
            for relation in keyed:
                record.setdefault(relation, []).append(o)
        for relation in RELATIONS:
            if relation in record:
                record[relation] = sorted(record[relation])
        model[iri] = record
    return model


def as_model(g: Model | nx.MultiDiGraph) -> Model:
    """Readers and writers take either form."""
    return from_networkx(g) if isinstance(g, nx.Graph) else g
