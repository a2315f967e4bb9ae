"""Turtle written from the model: prefixed where Turtle allows it, the same graph as N-Triples."""

import rdflib
from rdflib.compare import isomorphic

from graph.readwrite.ntriples import generate_ntriples
from graph.readwrite._document import pieces
from graph.readwrite.turtle import DOCUMENT, node_turtle

ID = "https://w3id.org/policykg/id/"
NODE = {
    "type": "policy",
    "classes": ["http://data.europa.eu/eli/ontology#LegalResource"],
    "title": ['关于"电子印章"的通知\n第二行\\'],
    "date_document": ["2021-01-05"],
    "undated": [False],
    "unnamed_co_issuers": [2],
    "passed_by": [ID + "agency/110000-gov", ID + "agency/100000-mohrss"],
    "references": [ID + "policy/ends-with-dot.", ID + "policy/电子印章", "http://example.org/a?b=1"],
}


def test_a_node_block_prefixes_what_it_can_and_writes_the_rest_in_full() -> None:
    assert node_turtle(ID + "policy/x", NODE) == (
        "id:policy\\/x a eli:LegalResource ;\n"
        "    dcterms:references <http://example.org/a?b=1> , <https://w3id.org/policykg/id/policy/ends-with-dot.> ,"
        " <https://w3id.org/policykg/id/policy/电子印章> ;\n"
        '    dcterms:title "关于\\"电子印章\\"的通知\\n第二行\\\\"@zh ;\n'
        '    eli:date_document "2021-01-05"^^xsd:date ;\n'
        "    eli:passed_by id:agency\\/100000-mohrss , id:agency\\/110000-gov ;\n"
        "    pkg:undated false ;\n"
        "    pkg:unnamedCoIssuers 2 .\n\n"
    )


def test_a_node_without_triples_writes_nothing() -> None:
    assert node_turtle(ID + "policy/empty", {"type": "policy"}) == ""


def test_turtle_holds_the_same_graph_as_ntriples() -> None:
    model = {ID + "policy/x": NODE,
             ID + "agency/110000-gov": {"type": "agency", "classes": ["http://www.w3.org/ns/org#Organization"],
                                        "pref_zh": ["北京市人民政府"]}}
    turtle = rdflib.Graph().parse(data="".join(pieces(DOCUMENT, model)), format="turtle")
    ntriples = rdflib.Graph().parse(data=generate_ntriples(model), format="nt")
    assert len(ntriples) == 12 and isomorphic(turtle, ntriples)
