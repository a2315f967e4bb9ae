"""After with_transitive_broader(), a query for a broad topic finds policies tagged with a narrower one."""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from graph.namespaces import ELI, ID
from graph.reasoning import ancestors, broader_map, with_transitive_broader

E_CONTRACT = URIRef(f"{ID}concept/e-contract")
E_LABOUR = URIRef(f"{ID}concept/e-labour-contract")
E_INVOICE = URIRef(f"{ID}concept/e-invoice")
IS_ABOUT = URIRef(ELI + "is_about")
QUERY = f"""
PREFIX eli: <{ELI}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?p WHERE {{ ?p eli:is_about/skos:broaderTransitive* <{E_CONTRACT}> }} ORDER BY ?p
"""


def tagged(pairs: list[tuple[str, URIRef]]) -> Graph:
    g = Graph()
    for name, concept in pairs:
        policy = URIRef(f"{ID}policy/{name}")
        g.add((policy, RDF.type, URIRef(ELI + "LegalResource")))
        g.add((policy, IS_ABOUT, concept))
    return g


def test_query_for_e_contract_finds_labour_contract_policies():
    g = tagged([("a", E_LABOUR), ("b", E_CONTRACT), ("c", E_INVOICE)])
    found = [str(row.p) for row in with_transitive_broader(g).query(QUERY)]
    assert found == [f"{ID}policy/a", f"{ID}policy/b"]


def test_closure_is_transitive_and_does_not_retag():
    g = tagged([("c", E_INVOICE)])
    out = with_transitive_broader(g)
    assert (E_INVOICE, SKOS.broaderTransitive, URIRef(f"{ID}concept/e-document")) in out
    assert (URIRef(f"{ID}concept/e-document"), SKOS.narrowerTransitive, E_INVOICE) in out
    assert set(out.triples((None, IS_ABOUT, None))) == set(g.triples((None, IS_ABOUT, None)))
    assert len(g) == 2


def test_hierarchy_from_the_graph_itself_and_from_narrower():
    a, b, c = (URIRef(f"urn:x:{n}") for n in "abc")
    g = Graph()
    g.add((a, SKOS.broader, b))
    g.add((c, SKOS.narrower, b))
    parents = broader_map([g])
    assert ancestors(a, parents) == {b, c}
    assert (a, SKOS.broaderTransitive, c) in with_transitive_broader(g, schemes=Graph())


def test_cycles_terminate():
    a, b = URIRef("urn:x:a"), URIRef("urn:x:b")
    g = Graph()
    g.add((a, SKOS.broader, b))
    g.add((b, SKOS.broader, a))
    assert ancestors(a, broader_map([g])) == {a, b}
