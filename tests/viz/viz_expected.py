"""What the views should draw, counted straight from the RDF with SPARQL, independently of graph.viz."""

from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import RDF

PREFIXES = """
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX schema: <http://schema.org/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""
ID = "https://w3id.org/policykg/id/"


def _count(g: Graph, query: str) -> int:
    return int(next(iter(g.query(PREFIXES + query)))[0])


def agency_concept(g: Graph) -> tuple[int, int]:
    pattern = "?p a eli:LegalResource ; eli:passed_by ?a ; eli:is_about ?c ."
    nodes = _count(g, f"SELECT (COUNT(DISTINCT ?a) AS ?n) {{ {pattern} }}") + _count(g, f"SELECT (COUNT(DISTINCT ?c) AS ?n) {{ {pattern} }}")
    edges = _count(g, f"SELECT (COUNT(*) AS ?n) {{ SELECT DISTINCT ?a ?c {{ {pattern} }} }}")
    return nodes, edges


def regions(g: Graph) -> tuple[int, int]:
    kept = "?p a eli:LegalResource ; eli:jurisdiction/schema:containedInPlace* ?r ."
    nodes = _count(g, f"SELECT (COUNT(DISTINCT ?r) AS ?n) {{ {kept} }}")
    edges = _count(g, f"SELECT (COUNT(DISTINCT ?r) AS ?n) {{ {kept} ?r schema:containedInPlace ?up . ?q eli:jurisdiction/schema:containedInPlace* ?up }}")
    return nodes, edges


def full(g: Graph) -> tuple[int, int]:
    nodes = _count(g, f"""SELECT (COUNT(DISTINCT ?x) AS ?n) {{
        {{ ?x ?p ?o }} UNION {{ ?s ?p ?x FILTER(?p != rdf:type) }} FILTER(isIRI(?x) && STRSTARTS(STR(?x), "{ID}")) }}""")
    edges = _count(g, f"""SELECT (COUNT(*) AS ?n) {{ ?s ?p ?o
        FILTER(?p != rdf:type && isIRI(?o) && STRSTARTS(STR(?s), "{ID}") && STRSTARTS(STR(?o), "{ID}")) }}""")
    return nodes, edges


STRUCTURAL = ("passage", "doctype", "level", "sector", "effect", "source", "form")
"""Kinds a network view hides until their legend box is checked, named by the design's IRI scheme."""


def shown_at_first(g: Graph, nodes: set[str]) -> int:
    """Of ``nodes``, those a network view shows before any legend box is touched."""
    return sum(1 for n in nodes if not n.startswith(tuple(f"{ID}{k}/" for k in STRUCTURAL)))


def full_nodes(g: Graph) -> set[str]:
    rows = g.query(PREFIXES + f"""SELECT DISTINCT ?x {{
        {{ ?x ?p ?o }} UNION {{ ?s ?p ?x FILTER(?p != rdf:type) }} FILTER(isIRI(?x) && STRSTARTS(STR(?x), "{ID}")) }}""")
    return {str(row[0]) for row in rows}


def focus(g: Graph, iri: str) -> tuple[int, int]:
    rows = g.query(PREFIXES + f"""SELECT DISTINCT ?x {{
        {{ <{iri}> ?p ?x }} UNION {{ ?x ?p <{iri}> }} FILTER(?p != rdf:type && isIRI(?x) && STRSTARTS(STR(?x), "{ID}")) }}""")
    around = {str(row[0]) for row in rows} | {iri}
    edges = sum(1 for s, p, o in g if str(s) in around and str(o) in around and p != RDF.type)
    return len(around), edges
