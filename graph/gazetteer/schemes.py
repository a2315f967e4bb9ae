"""SKOS schemes shipped in ontology/: the labels the matchers use, read once and cached."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from graph.gazetteer.cache import cached_json
from graph import iris
from graph.resources import ONTOLOGY_DIR
from graph.text import normalize


SCHEMES: dict[str, tuple[str, str]] = {
    "concept": ("concepts.ttl", "concepts"),
    "form": ("concepts.ttl", "forms"),
    "doctype": ("doctypes.ttl", "doctypes"),
    "level": ("levels.ttl", "levels"),
    "sector": ("sectors.ttl", "sectors"),
    "effect": ("legal-effect.ttl", "legal-effect"),
}
"""Term kind → (the file in ontology/ holding its scheme, the scheme's slug)."""


@dataclass(frozen=True)
class Term:
    iri: str
    pref_zh: str
    pref_en: str | None
    labels: tuple[str, ...]  # normalized zh labels the matcher looks for
    broader: tuple[str, ...]


def _read(filename: str) -> list[list]:
    import rdflib
    from rdflib.namespace import SKOS

    g = rdflib.Graph().parse(ONTOLOGY_DIR / filename, format="turtle")

    def labels(concept: rdflib.term.Node, *predicates: rdflib.URIRef) -> list[rdflib.Literal]:
        return [v for p in predicates for v in g.objects(concept, p) if isinstance(v, rdflib.Literal)]

    rows = []
    for concept in sorted(set(g.subjects(SKOS.inScheme, None)), key=str):
        found = {lit: lit.language for lit in labels(concept, SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)}
        zh = sorted(str(v) for v, lang in found.items() if lang and lang.startswith("zh"))
        preferred = labels(concept, SKOS.prefLabel)
        pref_zh = next((str(v) for v in preferred if v.language and v.language.startswith("zh")), None)
        pref_en = next((str(v) for v in preferred if v.language == "en"), None)
        schemes = sorted(str(s) for s in g.objects(concept, SKOS.inScheme))
        broader = sorted(str(b) for b in g.objects(concept, SKOS.broader))
        rows.append([str(concept), schemes, pref_zh, pref_en, zh, broader])
    return rows


@lru_cache(maxsize=None)
def terms(filename: str, scheme: str) -> tuple[Term, ...]:
    """The concepts of the scheme IRI ``scheme`` in ``filename``."""
    data = (ONTOLOGY_DIR / filename).read_bytes()
    rows = cached_json(f"scheme-{filename}", hashlib.sha1(data).hexdigest(), lambda: _read(filename))
    return tuple(
        Term(iri, pref_zh or "", pref_en, tuple(sorted({normalize(label) for label in zh})), tuple(broader))
        for iri, schemes, pref_zh, pref_en, zh, broader in rows
        if scheme in schemes
    )


# The matches the schemes' editorial notes (ontology/concepts.ttl) rule out. A label right after one
# of these words is inside another word: 互联网签约 is no 网签, 推广应用签名验签 no app signing, 电子盖章
# no physical seal. 互认 alone is mutual recognition of e-signatures, certificates or licences only
# where its sentence names another topic (检查检验结果互认 is about medical tests).
NOT_AFTER: dict[str, dict[str, str]] = {
    "concept": {"网签": "联", "应用签名": "推广|广泛|全面|深化|加快|扩大"},
    "form": {"盖章": "电子"},
}
IN_COMPANY: dict[str, frozenset[str]] = {"concept": frozenset({"互认"})}
_SENTENCE_END = re.compile(r"[。；;!！?？\n]")


class Matcher:
    """Finds the labels of a scheme in text, longest first, without overlaps; ``not_after`` maps a label
    to the words it may not follow, ``in_company`` lists labels that count only beside another one
    in their sentence."""

    def __init__(self, scheme_terms: tuple[Term, ...], not_after: dict[str, str] | None = None,
                 in_company: frozenset[str] = frozenset()) -> None:
        self.by_label = {label: t for t in scheme_terms for label in t.labels}
        self.pattern = re.compile(_longest_first(self.by_label)) if self.by_label else re.compile(r"(?!)")
        self.not_after = {label: re.compile(f"(?:{words})$") for label, words in (not_after or {}).items()}
        self.in_company = in_company
        self.guarded = frozenset(self.not_after) | in_company

    def terms_in(self, text: str) -> list[Term]:
        """The terms whose labels occur in ``text``, each once, in the order they first appear. Labels
        are made unique first: strings hash in C, a Term's dataclass hash runs in Python. Only a text
        holding a guarded label is scanned again, match by match."""
        labels = dict.fromkeys(self.pattern.findall(text))
        if not self.guarded.isdisjoint(labels):
            labels = dict.fromkeys(m.group() for m in self.pattern.finditer(text) if self._stands(text, m))
        return list(dict.fromkeys(map(self.by_label.__getitem__, labels)))

    def _stands(self, text: str, m: re.Match[str]) -> bool:
        label = m.group()
        if (before := self.not_after.get(label)) and before.search(text, max(0, m.start() - 4), m.start()):
            return False
        if label not in self.in_company:
            return True
        start = max((e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
        end = (e.start() if (e := _SENTENCE_END.search(text, m.end())) else len(text))
        return any(other not in self.in_company for other in self.pattern.findall(text[start:m.start()] + "。" + text[m.end():end]))


def _longest_first(words: Iterable[str]) -> str:
    """A regex matching the longest of ``words`` at a position, like their alternation sorted longest
    first, but with shared prefixes factored out (电子(?:印章|签名|…)): the engine then follows the
    one branch the text takes instead of trying every word at every position."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _branches(trie)


def _branches(node: dict[str, dict]) -> str:
    """The regex of a trie node: one branch per next character, optional when a word ends here (the
    greedy ``?`` tries the longer words first)."""
    branches = [re.escape(ch) + _branches(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" not in node:
        return body
    return f"(?:{body})?" if len(branches) == 1 else f"{body}?"


def of_kind(kind: str) -> tuple[Term, ...]:
    """The terms of a term kind's scheme (``concept``, ``form`` …, the segment after ``id/``)."""
    filename, slug = SCHEMES[kind]
    return terms(filename, iris.scheme(slug))


@lru_cache(maxsize=None)
def matcher(kind: str) -> Matcher:
    return Matcher(of_kind(kind), NOT_AFTER.get(kind), IN_COMPANY.get(kind, frozenset()))


def concepts() -> Matcher:
    return matcher("concept")


def forms() -> Matcher:
    return matcher("form")


def doctypes() -> tuple[Term, ...]:
    return of_kind("doctype")


def ending_form(text: str, forms: tuple[Term, ...]) -> Term | None:
    """The term of the longest label ``text`` ends with (the first such term of ``forms`` on a tie):
    a title's document form, for the reader and the extractor alike."""
    by_label, lengths = _suffix_index(forms)
    for size in lengths:
        if size <= len(text) and (term := by_label.get(text[len(text) - size:])):
            return term
    return None


_SuffixIndex = tuple[dict[str, Term], list[int]]
_SUFFIX_INDEXES: dict[int, tuple[tuple[Term, ...], _SuffixIndex]] = {}


def _suffix_index(forms: tuple[Term, ...]) -> _SuffixIndex:
    """Label → first term of ``forms`` with it, and the label lengths longest first, so that a title
    is looked up once per length instead of tested against every label. Kept per ``forms`` by
    identity: hashing each Term on every call would cost more than the scan it saves."""
    entry = _SUFFIX_INDEXES.get(id(forms))
    if entry is None or entry[0] is not forms:
        by_label: dict[str, Term] = {}
        for term in forms:
            for label in term.labels:
                by_label.setdefault(label, term)
        entry = forms, (by_label, sorted({len(label) for label in by_label}, reverse=True))
        _SUFFIX_INDEXES[id(forms)] = entry
    return entry[1]
