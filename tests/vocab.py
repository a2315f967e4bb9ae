"""The public vocabulary as rdflib namespaces, for test graphs written by hand."""

from rdflib import Namespace

from graph import namespaces

ELI = Namespace(namespaces.ELI)
DCTERMS = Namespace(namespaces.DCTERMS)
SKOS = Namespace(namespaces.SKOS)
ORG = Namespace(namespaces.ORG)
PROV = Namespace(namespaces.PROV)
SCHEMA = Namespace(namespaces.SCHEMA)
OA = Namespace(namespaces.OA)
PKG = Namespace(namespaces.PKG)
ID = Namespace(namespaces.ID)
