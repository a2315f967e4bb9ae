"""The passes over the whole model once every item is in: what no single item can decide (links
between items, one date and one preferred label per node, the legal effect from all issuers)."""

from __future__ import annotations

from graph import iris
from graph.gazetteer.agencies import LEVELS, Level
from graph.legal_effect import Issuer, infer_legal_effect
from graph.model.items import Approved, Wrapped
from graph.model.nodes import Nodes
from graph.model.reference import Reference
from graph.problems import Problem
from graph.text import normalize


def finish(nodes: Nodes, ref: Reference, wrapped: list[Wrapped], approved: list[Approved], problems: list[Problem]) -> None:
    """Run every pass, then sort each node's values so the model is the same whatever the item order."""
    link_published(nodes, wrapped)
    date_approved(nodes, approved)
    settle_policies(nodes, ref, problems)
    one_preferred_label(nodes)
    for data in nodes.model.values():
        for key, value in data.items():
            if len(value) > 1 and key != "type":
                value.sort(key=str)


def one_preferred_label(nodes: Nodes) -> None:
    """SKOS allows one prefLabel per language, but one body can be written under several names
    that share its id (吉林省大数据局, 吉林省大数据办): the first in sort order stays preferred
    whatever the order of the sources, the others become alternative labels."""
    for iri, data in nodes.model.items():
        for pref, alt in (("pref_zh", "alt_zh"), ("pref_en", "alt_en")):
            names = data.get(pref)
            if names and len(names) > 1:
                first, *others = sorted(names)
                nodes.set(iri, pref, [first])
                nodes.node(iri, **{alt: others})


def link_published(nodes: Nodes, wrapped: list[Wrapped]) -> None:
    """关于印发X的通知 → X, when X is a policy of the same jurisdiction in the graph (its IRI
    follows from the title key and the jurisdiction)."""
    for notice, key, region in wrapped:
        target = iris.policy(region, key)
        if target in nodes and target != notice:
            nodes.edge(notice, "publishes", target)


def date_approved(nodes: Nodes, approved: list[Approved]) -> None:
    """A policy a session approved (《A》已于…由…会议通过) is dated by the session only when no item
    states the document's own date: a law database's 公布日期 stands beside its adoption date."""
    undated = {iri for iri, _ in approved if not nodes.data(iri).get("date_document")}
    for iri, date in approved:
        if iri in undated:
            nodes.node(iri, date_document=date)


def settle_policies(nodes: Nodes, ref: Reference, problems: list[Problem]) -> None:
    """One date per policy (the earliest, others reported); issuer or explicit unknown (a presumed
    issuer only then); legal effect, read off the issuers or, failing them, the presumed one."""
    for iri, data in list(nodes.model.items()):
        if data["type"] != "policy":
            continue
        dates = sorted(data.get("date_document", []))
        if len(dates) > 1:
            problems.append(Problem("", 0, data["title"][0], f"dates differ between sources: {', '.join(dates)}; kept {dates[0]}"))
            nodes.set(iri, "date_document", dates[:1])
        if dates:
            data.pop("undated", None)
        else:
            nodes.set(iri, "undated", [True])
        issuers = nodes.targets(iri, "passed_by")
        if issuers:
            data.pop("presumed_issuer", None)  # a body named by one source outweighs a guess from another
        else:
            nodes.set(iri, "issuer_unknown", [True])
        _legal_effect(nodes, ref, iri, issuers or nodes.targets(iri, "presumed_issuer"), problems)


_LEVEL_OF: dict[str, Level] = {iris.level(level): level for level in LEVELS.values()}
"""The level of a level concept's IRI."""


def _level(nodes: Nodes, agency: str) -> Level:
    levels = nodes.targets(agency, "classification")
    return _LEVEL_OF[levels[0]] if levels else "national"


def _legal_effect(nodes: Nodes, ref: Reference, iri: str, issuers: list[str], problems: list[Problem]) -> None:
    data = nodes.data(iri)
    forms = nodes.targets(iri, "type_document")
    form = nodes.data(forms[0])["pref_zh"][0] if forms else None
    bodies = [Issuer(nodes.data(a)["pref_zh"][0], _level(nodes, a)) for a in sorted(issuers)]
    number = data.get("document_number", [None])[0]
    effect = infer_legal_effect(form, bodies, number and normalize(number), data["title"][0])
    nodes.edge(iri, "legal_effect", ref.term(iris.effect(effect.effect)))
    nodes.set(iri, "legal_effect_rule", [effect.rule])
    nodes.set(iri, "legal_effect_confidence", [effect.confidence])
    for reason in effect.problems:
        problems.append(Problem("", 0, data["title"][0], reason))
