"""The policies the explorer should list for a filter, found by SPARQL through graph.sparql, independently
of the explorer's own index."""

from __future__ import annotations

from rdflib import Graph

from graph.sparql import query

COUNTRY = "https://w3id.org/policykg/id/region/CN"


def policies(g: Graph, concept: str | None = None, province: str | None = None, agency: str | None = None,
             level: str | None = None, start: str | None = None, end: str | None = None) -> set[str]:
    """IRIs of the policies matching every filter given: a concept's, a province's or an agency's
    skos:prefLabel@zh, a level code, a date range (ISO text compared as text, undated left out)."""
    parts = ["?p a eli:LegalResource ."]
    if concept:
        parts.append(f'?p eli:is_about ?c . ?c skos:prefLabel "{concept}"@zh .')
    if province:
        parts.append(f'?p eli:jurisdiction/schema:containedInPlace* ?prov . ?prov skos:prefLabel "{province}"@zh ; '
                     f"schema:containedInPlace <{COUNTRY}> .")
    if agency:
        parts.append(f'?p eli:passed_by ?a . ?a skos:prefLabel "{agency}"@zh .')
    if level:
        parts.append(f"?p eli:passed_by ?al . ?al org:classification <https://w3id.org/policykg/id/level/{level}> .")
    if start or end:
        parts.append("?p eli:date_document ?d .")
        if start:
            parts.append(f'FILTER(STR(?d) >= "{start}")')
        if end:
            parts.append(f'FILTER(STR(?d) <= "{end}")')
    rows = query(g, "SELECT DISTINCT ?p WHERE { " + " ".join(parts) + " }").rows
    return {str(row[0]) for row in rows}


def province_count(g: Graph, province: str) -> int:
    return len(policies(g, province=province))
