"""The model as plain dicts, and its networkx view.

A build holds every node as one dict: ``type`` (the IRI segment after ``id/``), ``classes``, each
attribute and each outgoing relation, all as lists. networkx keeps a dict per edge and two per
node pair, which at 100k items made the graph three times larger than the data; the builder and
the exports therefore work on this form, and ``to_networkx`` gives users the MultiDiGraph.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from graph.model.schema import RELATIONS

Model = dict[str, dict[str, Any]]
"""Node IRI → {"type": str, "classes": [...], attribute or relation name: [values]}."""


def to_networkx(model: Model) -> nx.MultiDiGraph:
    """Nodes keep their attributes; each relation target becomes an edge keyed by the relation."""
    g = nx.MultiDiGraph()
    g.add_nodes_from((iri, {k: v for k, v in data.items() if k not in RELATIONS}) for iri, data in model.items())
    g.add_edges_from((iri, o, k) for iri, data in model.items() for k, v in data.items() if k in RELATIONS for o in v)
    return g


def from_networkx(g: nx.MultiDiGraph) -> Model:
    """The dict form of a MultiDiGraph in this model's shape (from ``to_networkx`` or ``from_rdflib``)."""
    model: Model = {}
    for iri, data in g.nodes(data=True):
        record = dict(data)
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
