"""One extraction into the model: its passage, the policies or the activity it names, their issuers,
concepts and legal-equivalence assertions. A policy is its title within a jurisdiction, so the same
title from two items is one node with both passages."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from graph import iris
from graph.extract.equivalence import Equivalence
from graph.extract.issuers import Mention
from graph.extract.item import Extraction, Title
from graph.extract.titles import DocForm, doc_form
from graph.gazetteer import schemes
from graph.model.nodes import Nodes
from graph.model.reference import Reference
from graph.model.schema import ACTIVITY_CLASSES
from graph.namespaces import COUNTRY_CODE
from graph.problems import Problem
from graph.read.items import RawItem, Source
from graph.text import normalize_name

Wrapped = tuple[str, str, str]
"""(IRI of a 关于印发X的通知, the title key of X, the notice's jurisdiction): linked once all items are in."""
Approved = tuple[str, str]
"""(IRI of a policy a session approved, the session's date): the policy's date unless a document states its own."""


class Items:
    """Maps sources and their extractions onto the nodes; problems met on the way are collected."""

    def __init__(self, nodes: Nodes, reference: Reference, problems: list[Problem]) -> None:
        self.nodes = nodes
        self.ref = reference
        self.problems = problems
        self.wrapped: list[Wrapped] = []
        self.approved: list[Approved] = []

    def add_source(self, source: Source) -> str:
        iri = iris.source(source.sha)
        self.nodes.node(iri, title=source.title, source_name=source.url or Path(source.name).name, encoding=source.encoding,
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
        iri = self.nodes.node(iris.passage(source_iri, item.start, item.end),
                              value=item.text, start=item.start, end=item.end)
        self.nodes.edge(iri, "part_of", source_iri)
        return iri

    def _problem(self, item: RawItem, reason: str) -> None:
        excerpt = item.text.replace("\n", " ")[:40]
        self.problems.append(Problem(item.file, item.line, excerpt, reason))

    def _document(self, x: Extraction, passage: str) -> None:
        mains = [t for t in x.titles if t.role == "main"]
        implemented = [self._referenced(t, []) for t in x.titles if t.role == "implemented"]
        cited = [(t.cited_by, self._referenced(t, [])) for t in x.titles if t.role == "cited"]
        repealed = [self._referenced(t, []) for t in x.titles if t.role == "repealed"]
        forwarded = [t for t in x.titles if t.role == "forwarded"]
        policies = [self._policy(t, x, x.issuers if t.issuers is None else list(t.issuers), passage) for t in mains]
        for t, p in zip(mains, policies):
            if not t.issuers:
                self._presumed(p, x)
            self.nodes.node(p, date_publication=x.published, date_in_force=x.in_force, status=t.status)
            if t.inner is not None:
                self.nodes.edge(p, "ensures_implementation_of", self._referenced(t.inner, x.forwarded_issuers))
            if t.changes is not None:
                relation, changed = t.changes
                self.nodes.edge(p, relation, self._referenced(changed, []))
        for n, t in enumerate(forwarded):
            higher = self._referenced(t, x.forwarded_issuers)
            local = self._forwarding_notice(t, x, passage, x.number if n == 0 else None)
            self.nodes.edge(local, "ensures_implementation_of", higher)
            policies.append(local)
        keys = [t.key for t in mains] + [t.key for t in forwarded]
        for p, key in zip(policies, keys):
            for r in implemented:
                self.nodes.edge(p, "ensures_implementation_of", r)
            for by, r in cited:
                if by is None or by == key:  # 其中甲办法根据《C》制定: C is 甲办法's basis, not the other documents'
                    self.nodes.edge(p, "cites", r)
            for r in repealed:
                self.nodes.edge(p, "repeals", r)

    def _activity(self, x: Extraction, passage: str) -> None:
        iri = self.nodes.node(iris.activity(x.item.date, x.item.text), pref_zh=x.label, date=x.item.date,
                              undated=True if x.item.date is None else None)
        self.nodes.classify(iri, ACTIVITY_CLASSES[x.kind])
        self.nodes.edge(iri, "derived_from", passage)
        for m in x.issuers:
            self.nodes.edge(iri, "associated_with", self.ref.agency(m.agency, m.surface))
        if x.region:
            self.nodes.edge(iri, "spatial", self.ref.region(x.region))
        approves = any(t.role == "approved" for t in x.titles)
        for c in self._concepts(x, None, approves):
            self.nodes.edge(iri, "subject", c)
        if not approves:  # a session passing a law: the equivalence the item states is the law's (approved below)
            self._equivalences(iri, x.equivalences, x)
        for t in x.titles:
            if t.role == "approved":
                below = self._below(t, x.region)  # a lower region's document: approving does not issue it
                by = [] if below else [Mention(m.agency, m.surface, True) for m in x.issuers]
                approved = self._policy(t, x, by, passage, dated=False, below=below)
                self._presumed(approved, x)
                if x.item.date:
                    self.approved.append((approved, x.item.date))
                self.nodes.edge(iri, "approves", approved)
            else:
                self.nodes.edge(iri, "references", self._referenced(t, []))

    def _policy(self, t: Title, x: Extraction, issuers: list[Mention], passage: str, dated: bool = True,
                below: str | None = None) -> str:
        """The policy of ``t``, dated by the item unless ``dated`` is False (a session that approved it),
        of region ``below`` when the session approved a lower region's document."""
        own = t.issuers[0].agency.region if t.issuers else None  # a later document's own issuer's region
        region = own or below or x.region or COUNTRY_CODE
        iri = self._policy_node(t, region, issuers)
        self.nodes.node(iri, date_document=x.item.date if dated else None, unnamed_co_issuers=x.unnamed or None,
                        title_derived=True if t.derived else None)
        if x.item.date is None and dated:
            self.nodes.node(iri, undated=True)
        self.nodes.edge(iri, "derived_from", passage)
        for c in self._concepts(x, t.concepts):
            self.nodes.edge(iri, "is_about", c)
        self._equivalences(iri, x.equivalences, x)
        if own is None and x.region is None:
            self._problem(x.item, "no region named: jurisdiction taken as 中国")
        return iri

    def _below(self, t: Title, region: str | None) -> str | None:
        """The region below ``region`` that an approved title names first (甲市条例 approved by the
        province's session): the document is that region's, not the approving body's."""
        named = self.ref.regions.find(normalize_name(t.verbatim))
        return named if named and region and named != region and self.ref.regions.is_within(named, region) else None

    def _policy_node(self, t: Title, region: str, issuers: list[Mention]) -> str:
        iri = self.nodes.node(iris.policy(region, t.key), title=t.verbatim, document_number=t.number)
        self.nodes.edge(iri, "jurisdiction", self.ref.region(region))
        if t.form.form:
            self.nodes.edge(iri, "type_document", self.ref.term(t.form.form.iri))
        if t.form.wrapper:
            self.nodes.edge(iri, "wrapper_type", self.ref.term(t.form.wrapper.iri))
        if t.form.wrapped:
            self.wrapped.append((iri, t.form.wrapped, region))
        for m in issuers:
            agency = self.ref.agency(m.agency, m.surface)
            self.nodes.edge(iri, "passed_by", agency)
            if m.inferred:
                self.nodes.edge(iri, "issuer_inferred", agency)
        return iri

    def _presumed(self, iri: str, x: Extraction) -> None:
        """A body guessed when the item names none (国办发 → 国务院办公厅): not an issuer."""
        for m in x.presumed:
            self.nodes.edge(iri, "presumed_issuer", self.ref.agency(m.agency, m.surface))

    def _referenced(self, t: Title, issuers: list[Mention]) -> str:
        """A document named but not issued by the item (forwarded, implemented): undated unless known."""
        region = issuers[0].agency.region if issuers and issuers[0].agency.region else (self.ref.regions.find(t.norm) or COUNTRY_CODE)
        return self._policy_node(t, region, issuers)

    def _forwarding_notice(self, t: Title, x: Extraction, passage: str, number: str | None) -> str:
        """The untitled notice forwarding ``t`` (a derived title), with the number its header gives."""
        verbatim = f"关于转发《{t.verbatim}》的通知"
        title = Title(verbatim, f"转发《{t.key}》", verbatim, _notice_form(), 0, 0, "main", number=number)
        iri = self._policy(title, x, x.issuers, passage)
        self.nodes.node(iri, title_derived=True)
        return iri

    def _concepts(self, x: Extraction, own: tuple[schemes.Term, ...] | None = None, approving: bool = False) -> list[str]:
        """The item's concepts, or ``own``, a document's when the item issues several (``Title.concepts``);
        legal equivalence among them when it states one, unless ``approving``: a session's is its law's."""
        found = [self.ref.term(c.iri) for c in (x.concepts if own is None else own)]
        equivalence = self.ref.term(iris.concept("legal-equivalence"))
        if approving:
            found = [c for c in found if c != equivalence]
        elif x.equivalences:
            found.append(equivalence)
        return list(dict.fromkeys(found))

    def _equivalences(self, subject: str, found: list[Equivalence], x: Extraction) -> None:
        for eq in found:
            sentence = x.item.text[eq.start:eq.end].strip()
            iri = self.nodes.node(iris.equivalence(subject, sentence, [t.iri for t in eq.electronic]),
                                  statement=sentence, condition=list(eq.conditions), legal_basis=list(eq.basis))
            self.nodes.edge(subject, "asserts", iri)
            for t in eq.electronic:
                self.nodes.edge(iri, "electronic_form", self.ref.term(t.iri))
            for t in eq.traditional:
                self.nodes.edge(iri, "traditional_form", self.ref.term(t.iri))


@lru_cache(maxsize=1)
def _notice_form() -> DocForm:
    return doc_form("通知", schemes.doctypes())
