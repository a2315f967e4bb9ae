"""Extractions to the model (``graph.model.store``): one node per policy, agency, region and concept, merged by
identity (a policy is its title within a jurisdiction), every item traced to its passage."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from graph.extract.equivalence import Equivalence
from graph.extract.issuers import Mention
from graph.extract.item import Extraction, Title
from graph.extract.titles import DocForm, doc_form
from graph.gazetteer import schemes
from graph.gazetteer.agencies import Agency, central
from graph.gazetteer.regions import RegionIndex
from graph.legal_effect import Issuer, infer_legal_effect
from graph.model.schema import ACTIVITY_CLASSES, CLASSES
from graph.model.store import Model
from graph.namespaces import COUNTRY, COUNTRY_CODE, ID, WD, digest, instance
from graph.problems import Problem
from graph.read.items import RawItem, Source
from graph.resources import DATA_DIR
from graph.text import normalize


@lru_cache(maxsize=1)
def _wikidata() -> dict[str, str]:
    with (DATA_DIR / "wikidata_provinces.csv").open(encoding="utf-8", newline="") as fh:
        return {row["code"]: row["qid"] for row in csv.DictReader(fh)}


class GraphBuilder:
    """Adds sources and their extractions to one graph; ``finish`` links what spans items."""

    def __init__(self, regions: RegionIndex) -> None:
        self.nodes: Model = {}
        self.regions = regions
        self.problems: list[Problem] = []
        self._wrapped: list[tuple[str, str, str]] = []  # (notice IRI, wrapped title key, jurisdiction)

    # --- nodes -----------------------------------------------------------------------------

    def node(self, iri: str, **attrs: object) -> str:
        """Add or merge a node; attribute values (one, or a list) accumulate as lists without repeats;
        None adds nothing."""
        data = self.nodes.get(iri)
        if data is None:
            kind = iri[len(ID):iri.index("/", len(ID))]
            data = self.nodes[iri] = {"type": kind, "classes": list(CLASSES[kind])}
        for key, value in attrs.items():
            if value is None:
                continue
            values = data.get(key)
            for v in value if type(value) is list else (value,):
                if values is None:
                    values = data[key] = [v]
                elif v not in values:
                    values.append(v)
        return iri

    def edge(self, s: str, relation: str, o: str) -> None:
        targets = self.nodes[s].setdefault(relation, [])
        if o not in targets:
            targets.append(o)

    def targets(self, node: str, relation: str) -> list[str]:
        return self.nodes[node].get(relation, [])

    def region(self, code: str) -> str:
        iri = COUNTRY if code == COUNTRY_CODE else instance("region", code)
        if iri in self.nodes:
            return iri
        r = self.regions.by_code[code]
        self.node(iri, pref_zh=r.name, notation=code, same_as=WD + _wikidata()[code] if code in _wikidata() else None)
        if r.parent:
            self.edge(iri, "contained_in", self.region(r.parent))
        return iri

    def term(self, iri: str, scheme_file: str, scheme: str) -> str:
        """A SKOS concept with its labels and broader chain, so exports are self-contained."""
        if iri in self.nodes:
            return iri
        found = {t.iri: t for t in schemes.terms(scheme_file, scheme)}
        t = found[iri]
        self.node(iri, pref_zh=t.pref_zh, pref_en=t.pref_en)
        scheme_iri = self.node(ID + scheme)
        self.edge(iri, "in_scheme", scheme_iri)
        for b in t.broader:
            if b in found:
                self.edge(iri, "broader", self.term(b, scheme_file, scheme))
        return iri

    def agency(self, agency: Agency, surface: str | None = None) -> str:
        iri = instance("agency", agency.id)
        new = iri not in self.nodes
        self.node(iri, pref_zh=agency.name, pref_en=agency.name_en,
                  alt_zh=surface if surface and surface != agency.name else None)
        if not new:
            return iri
        self.edge(iri, "area_served", self.region(agency.region))
        self.edge(iri, "classification", self.term(ID + "level/" + agency.level, "levels.ttl", "scheme/levels"))
        if agency.sector:
            self.edge(iri, "sector", self.term(ID + "sector/" + agency.sector, "sectors.ttl", "scheme/sectors"))
        parent = self._parent(agency)
        if parent is not None:
            self.edge(iri, "sub_organization_of", self.agency(parent))
        return iri

    def _parent(self, agency: Agency) -> Agency | None:
        if not agency.parent:
            return None
        by_id = central()[0]
        if agency.parent in by_id:
            return by_id[agency.parent]
        return Agency(id=agency.parent, name=self.regions.government_name(agency.region), level=agency.level,
                      region=agency.region, sector="government")

    # --- items -----------------------------------------------------------------------------

    def add_source(self, source: Source) -> str:
        iri = instance("source", source.sha)
        self.node(iri, title=source.title, source_name=Path(source.name).name, encoding=source.encoding,
                  description=source.description, date=source.date)
        for line, reason in source.problems:
            self.problems.append(Problem(source.name, line, "", reason))
        return iri

    def add(self, source_iri: str, x: Extraction) -> None:
        item = x.item
        passage = self._passage(source_iri, item)
        for reason in x.problems:
            self._problem(item, reason)
        if item.date is None:
            self._problem(item, "no date: kept undated")
        if x.kind == "document":
            self._document(x, passage)
        else:
            self._activity(x, passage)

    def _passage(self, source_iri: str, item: RawItem) -> str:
        sha = source_iri.rsplit("/", 1)[1]
        iri = instance("passage", f"{sha}-{item.start}-{item.end}")
        self.node(iri, value=item.text, start=item.start, end=item.end)
        self.edge(iri, "part_of", source_iri)
        return iri

    def _problem(self, item: RawItem, reason: str) -> None:
        excerpt = item.text.replace("\n", " ")[:40]
        self.problems.append(Problem(item.file, item.line, excerpt, reason))

    def _document(self, x: Extraction, passage: str) -> None:
        mains = [t for t in x.titles if t.role == "main"]
        implemented = [self._referenced(t, []) for t in x.titles if t.role == "implemented"]
        forwarded = [t for t in x.titles if t.role == "forwarded"]
        policies = [self._policy(t, x, x.issuers, passage) for t in mains]
        for t in forwarded:
            higher = self._referenced(t, x.forwarded_issuers)
            local = self._forwarding_notice(t, x, passage)
            self.edge(local, "ensures_implementation_of", higher)
            policies.append(local)
        for p in policies:
            for r in implemented:
                self.edge(p, "ensures_implementation_of", r)

    def _activity(self, x: Extraction, passage: str) -> None:
        iri = instance("activity", f"{x.item.date or 'undated'}-{digest(x.item.text)}")
        self.node(iri, pref_zh=x.label, date=x.item.date, undated=True if x.item.date is None else None)
        self.nodes[iri]["classes"] = sorted({*self.nodes[iri]["classes"], ACTIVITY_CLASSES[x.kind]})
        self.edge(iri, "derived_from", passage)
        for m in x.issuers:
            self.edge(iri, "associated_with", self.agency(m.agency, m.surface))
        if x.region:
            self.edge(iri, "spatial", self.region(x.region))
        for c in self._concepts(x):
            self.edge(iri, "subject", c)
        self._equivalences(iri, x.equivalences, x)
        for t in x.titles:
            if t.role == "approved":
                self.edge(iri, "approves", self._policy(t, x, [Mention(m.agency, m.surface, True) for m in x.issuers], passage))
            else:
                self.edge(iri, "references", self._referenced(t, []))

    def _policy(self, t: Title, x: Extraction, issuers: list[Mention], passage: str) -> str:
        region = x.region or COUNTRY_CODE
        iri = self._policy_node(t, region, issuers)
        self.node(iri, date_document=x.item.date, unnamed_co_issuers=x.unnamed or None)
        if x.item.date is None:
            self.node(iri, undated=True)
        self.edge(iri, "derived_from", passage)
        for c in self._concepts(x):
            self.edge(iri, "is_about", c)
        self._equivalences(iri, x.equivalences, x)
        if x.region is None:
            self._problem(x.item, "no region named: jurisdiction taken as 中国")
        return iri

    def _policy_node(self, t: Title, region: str, issuers: list[Mention]) -> str:
        iri = _policy_iri(region, t.key)
        self.node(iri, title=t.verbatim, document_number=t.number)
        self.edge(iri, "jurisdiction", self.region(region))
        if t.form.form:
            self.edge(iri, "type_document", self.term(t.form.form.iri, "doctypes.ttl", "scheme/doctypes"))
        if t.form.wrapper:
            self.edge(iri, "wrapper_type", self.term(t.form.wrapper.iri, "doctypes.ttl", "scheme/doctypes"))
        if t.form.wrapped:
            self._wrapped.append((iri, t.form.wrapped, region))
        for m in issuers:
            agency = self.agency(m.agency, m.surface)
            self.edge(iri, "passed_by", agency)
            if m.inferred:
                self.edge(iri, "issuer_inferred", agency)
        return iri

    def _referenced(self, t: Title, issuers: list[Mention]) -> str:
        """A document named but not issued by the item (forwarded, implemented): undated unless known."""
        region = issuers[0].agency.region if issuers else (self.regions.find(t.norm) or COUNTRY_CODE)
        return self._policy_node(t, region, issuers)

    def _forwarding_notice(self, t: Title, x: Extraction, passage: str) -> str:
        verbatim = f"关于转发《{t.verbatim}》的通知"
        title = Title(verbatim, f"转发《{t.key}》", verbatim, _notice_form(), 0, 0, "main")
        iri = self._policy(title, x, x.issuers, passage)
        self.node(iri, title_derived=True)
        return iri

    def _concepts(self, x: Extraction) -> list[str]:
        iris = [self.term(c.iri, "concepts.ttl", "scheme/concepts") for c in x.concepts]
        if x.equivalences:
            iris.append(self.term(ID + "concept/legal-equivalence", "concepts.ttl", "scheme/concepts"))
        return list(dict.fromkeys(iris))

    def _equivalences(self, subject: str, found: list[Equivalence], x: Extraction) -> None:
        for eq in found:
            sentence = x.item.text[eq.start:eq.end].strip()
            iri = instance("equivalence", digest(subject + sentence + "".join(t.iri for t in eq.electronic)))
            self.node(iri, statement=sentence, condition=list(eq.conditions), legal_basis=list(eq.basis))
            self.edge(subject, "asserts", iri)
            for t in eq.electronic:
                self.edge(iri, "electronic_form", self.term(t.iri, "concepts.ttl", "scheme/concepts"))
            for t in eq.traditional:
                self.edge(iri, "traditional_form", self.term(t.iri, "concepts.ttl", "scheme/forms"))

    # --- whole-graph passes ----------------------------------------------------------------

    def finish(self) -> Model:
        self._link_published()
        self._settle_policies()
        self._one_preferred_label()
        for data in self.nodes.values():
            for key, value in data.items():
                if len(value) > 1 and key != "type":
                    value.sort(key=str)
        return self.nodes

    def _one_preferred_label(self) -> None:
        """SKOS allows one prefLabel per language, but one body can be written under several names
        that share its id (吉林省大数据局, 吉林省大数据办): the first in sort order stays preferred
        whatever the order of the sources, the others become alternative labels."""
        for data in self.nodes.values():
            for pref, alt in (("pref_zh", "alt_zh"), ("pref_en", "alt_en")):
                names = data.get(pref)
                if names and len(names) > 1:
                    first, *others = sorted(names)
                    data[pref] = [first]
                    alternatives = data.setdefault(alt, [])
                    alternatives.extend(n for n in others if n not in alternatives)

    def _link_published(self) -> None:
        """关于印发X的通知 → X, when X is a policy of the same jurisdiction in the graph (its IRI
        follows from the title key and the jurisdiction)."""
        for notice, wrapped, region in self._wrapped:
            target = _policy_iri(region, wrapped)
            if target in self.nodes and target != notice:
                self.edge(notice, "publishes", target)

    def _settle_policies(self) -> None:
        """One date per policy (the earliest, others reported); issuer or explicit unknown; legal effect."""
        for iri, data in list(self.nodes.items()):
            if data["type"] != "policy":
                continue
            dates = sorted(data.get("date_document", []))
            if len(dates) > 1:
                self.problems.append(Problem("", 0, data["title"][0], f"dates differ between sources: {', '.join(dates)}; kept {dates[0]}"))
                data["date_document"] = dates[:1]
            if dates:
                data.pop("undated", None)
            else:
                data["undated"] = [True]
            issuers = self.targets(iri, "passed_by")
            if not issuers:
                data["issuer_unknown"] = [True]
            self._legal_effect(iri, data, issuers)

    def _level(self, agency: str) -> str:
        levels = self.targets(agency, "classification")
        return levels[0].rsplit("/", 1)[1] if levels else "national"

    def _legal_effect(self, iri: str, data: dict, issuers: list[str]) -> None:
        forms = self.targets(iri, "type_document")
        form = self.nodes[forms[0]]["pref_zh"][0] if forms else None
        bodies = [Issuer(self.nodes[a]["pref_zh"][0], self._level(a)) for a in sorted(issuers)]
        number = data.get("document_number", [None])[0]
        effect = infer_legal_effect(form, bodies, number and normalize(number), data["title"][0])
        self.edge(iri, "legal_effect", self.term(ID + "effect/" + effect.effect, "legal-effect.ttl", "scheme/legal-effect"))
        data["legal_effect_rule"] = [effect.rule]
        data["legal_effect_confidence"] = [effect.confidence]
        for reason in effect.problems:
            self.problems.append(Problem("", 0, data["title"][0], reason))


def _policy_iri(region: str, key: str) -> str:
    """A policy is its title within a jurisdiction."""
    return instance("policy", f"{region}-{digest(key)}")


@lru_cache(maxsize=1)
def _notice_form() -> DocForm:
    return doc_form("通知", schemes.doctypes())

