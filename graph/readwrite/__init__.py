"""Conversions and file formats, paired by direction as in networkx.readwrite (imported on first use)."""

from typing import TYPE_CHECKING

from graph._lazy import attributes

if TYPE_CHECKING:
    from graph.readwrite.rdf import from_rdflib, to_rdflib

__getattr__, __dir__ = attributes(__name__, {"from_rdflib": "graph.readwrite.rdf", "to_rdflib": "graph.readwrite.rdf"})

__all__ = ["from_rdflib", "to_rdflib"]
