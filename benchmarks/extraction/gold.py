"""The development corpus's gold files: one JSON per document, one record per item, checked on load.

A record here and a record read from a build (``benchmarks.extraction.facts``) have the same shape,
so the scorer compares like with like. The fields are documented in ``benchmarks/corpus/README.md``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from graph.gazetteer import schemes
from graph.namespaces import COUNTRY_CODE
from graph.read.formats import kind_of
from graph.read.sources import read_source
from graph.text import as_read, normalize, one_line

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
KINDS = ("policy", "news", "event", "statement", "meeting")
DOCUMENT_FIELDS = {"document", "layout", "sources", "notes", "items"}
ITEM_FIELDS = {
    "text", "kind", "date", "title", "agencies", "region", "region_code", "province", "concepts",
    "equivalence", "equivalence_forms", "forwards", "cites", "number", "status", "note",
}
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


class GoldError(ValueError):
    """A gold file that does not follow the schema: the message names the file and the item."""


@dataclass(frozen=True)
class Record:
    """One item: its kind, facts and, for gold, the span of its anchor text; for a build, its passages."""

    kind: str
    date: str | None = None
    title: str | None = None
    agencies: frozenset[str] = frozenset()
    region: str | None = None  # six-digit code; 100000 is China
    concepts: frozenset[str] = frozenset()
    equivalence: bool = False
    electronic_forms: frozenset[str] = frozenset()
    forwards: frozenset[str] = frozenset()  # normalized titles
    cites: frozenset[str] = frozenset()  # normalized titles
    number: str | None = None
    spans: tuple[tuple[int, int], ...] = ()
    label: str = ""  # what a miss report shows

    @property
    def province(self) -> str | None:
        if self.region is None or self.region == COUNTRY_CODE:
            return self.region
        return self.region[:2] + "0000"


@dataclass
class Document:
    name: str
    text: str
    gold: list[Record]
    layout: str = ""
    sources: list[dict] = field(default_factory=list)
    folder: Path = CORPUS
    items: list[dict] = field(default_factory=list)  # the gold items as written, for a perturbed copy

    @property
    def path(self) -> Path:
        return self.folder / self.name


@lru_cache(maxsize=1)
def concept_labels() -> frozenset[str]:
    return frozenset(t.pref_zh for t in schemes.of_kind("concept"))


def title_key(title: str) -> str:
    """Titles compare without spaces or characters that show nothing, in Simplified, width-folded characters."""
    return re.sub(r"\s+", "", normalize(as_read(title)))


def load(gold_path: Path) -> Document:
    """A gold file and its text, checked: unknown fields, kinds, dates, concepts or anchors raise GoldError."""
    where = gold_path.name
    try:
        data = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldError(f"{where}: {exc}") from exc
    if not isinstance(data, dict) or set(data) - DOCUMENT_FIELDS or "items" not in data:
        raise GoldError(f"{where}: a document is an object with {sorted(DOCUMENT_FIELDS)} (items required)")
    name = data.get("document") or gold_path.name.replace(".gold.json", ".txt")
    text = document_text(gold_path.parent / name)
    records = [record(item, text, f"{where} item {n}") for n, item in enumerate(data["items"], 1)]
    return Document(name, text, records, data.get("layout", ""), data.get("sources", []), gold_path.parent,
                    data["items"])


def document_text(path: Path) -> str:
    """The text the build reads: a page's article (``.html``), a Word or PDF file's text, else the file
    itself, so that anchors and the build's passages count characters of the same text."""
    data = path.read_bytes()
    if kind_of(path.name, data) is None:
        return data.decode("utf-8")
    return read_source(path.name, data).text


def record(item: dict, text: str, where: str, start: int | None = None) -> Record:
    """One gold item, checked; its anchor ``text`` occurs once in the document, or, when ``start`` is
    given (a perturbed copy, where a rewritten anchor may repeat), stands at ``start``."""
    unknown = set(item) - ITEM_FIELDS
    if unknown:
        raise GoldError(f"{where}: unknown field(s) {sorted(unknown)}")
    anchor = item.get("text")
    if not anchor or not (text.count(anchor) == 1 if start is None else text.startswith(anchor, start)):
        raise GoldError(f"{where}: 'text' must occur exactly once in the document: {anchor!r}")
    kind = item.get("kind")
    if kind not in KINDS:
        raise GoldError(f"{where}: kind {kind!r} is not one of {KINDS}")
    date = item.get("date")
    if date is not None and not DATE.fullmatch(date):
        raise GoldError(f"{where}: date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    title = item.get("title")
    cited = [*item.get("forwards", []), *item.get("cites", [])]
    readable = text if start is None else one_line(as_read(text))  # a perturbed title reads without breaks
    for t in [title, *cited] if title else cited:
        if t not in readable:
            raise GoldError(f"{where}: title {t!r} does not occur verbatim in the document")
    concepts = frozenset(item.get("concepts", []))
    if concepts - concept_labels():
        raise GoldError(f"{where}: unknown concept(s) {sorted(concepts - concept_labels())}")
    forms = item.get("equivalence_forms", {})
    electronic = frozenset(forms.get("electronic", []))
    if electronic - concept_labels():
        raise GoldError(f"{where}: unknown electronic form(s) {sorted(electronic - concept_labels())}")
    equivalence = item.get("equivalence", False)
    if equivalence and "同等法律效力" not in concepts:
        raise GoldError(f"{where}: an item asserting equivalence is also about 同等法律效力")
    code = item.get("region_code")
    if code is not None and not re.fullmatch(r"\d{6}", code):
        raise GoldError(f"{where}: region_code {code!r} is not six digits")
    start = text.index(anchor) if start is None else start
    return Record(
        kind=kind, date=date, title=title, agencies=frozenset(item.get("agencies", [])), region=code,
        concepts=concepts, equivalence=bool(equivalence), electronic_forms=electronic,
        forwards=frozenset(map(title_key, item.get("forwards", []))),
        cites=frozenset(map(title_key, item.get("cites", []))), number=item.get("number"),
        spans=((start, start + len(anchor)),), label=title or anchor,
    )


def documents(folder: Path = CORPUS) -> list[Document]:
    return [load(p) for p in sorted(folder.glob("*.gold.json"))]
