"""Conversions and file formats, paired by direction as in networkx.readwrite."""

from graph.readwrite.rdf import from_rdflib, to_rdflib

__all__ = ["from_rdflib", "to_rdflib"]
