"""Gold items against a build's items: match them, then count each field's facts.

Matching, in two passes, each record used once:
1. by title: a gold item's title equals a built item's title, or, for a forwarding notice without
   a title of its own on both sides, the titles they forward meet, compared normalized
   (``gold.title_key``); among several, the one whose passage covers the gold anchor wins;
2. by place: a gold item left over matches the built item whose passage overlaps its anchor text
   the most, a built item of the same date first (this is how untitled news items, and items
   whose title was read wrong, are found).

Counts are end to end: a gold item not found loses all its facts (recall), a built item that
matches no gold item counts all its facts as wrong (precision).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from benchmarks.extraction.gold import Record, title_key

FIELDS = ("items", "kind", "titles", "dates", "agencies", "region", "province", "concepts",
          "equivalence", "forms", "forwarding", "cites", "numbers")


@dataclass
class Count:
    tp: int = 0
    gold: int = 0
    got: int = 0

    def add(self, other: Count) -> None:
        self.tp, self.gold, self.got = self.tp + other.tp, self.gold + other.gold, self.got + other.got

    @property
    def precision(self) -> float | None:
        return self.tp / self.got if self.got else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Miss:
    field: str
    item: str
    expected: object
    got: object

    def __str__(self) -> str:
        return f"{self.field}: {self.item}: expected {_show(self.expected)}, got {_show(self.got)}"


@dataclass
class Score:
    counts: dict[str, Count] = field(default_factory=lambda: {f: Count() for f in FIELDS})
    misses: list[Miss] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for f in FIELDS:
            self.counts[f].add(other.counts[f])
        self.misses.extend(other.misses)


def _show(value: object) -> str:
    if isinstance(value, frozenset):
        return "{" + ", ".join(sorted(value)) + "}" if value else "{}"
    return "-" if value is None else str(value)


def _keys(r: Record) -> set[str]:
    return {title_key(r.title)} if r.title else set(r.forwards)


def _overlap(a: Record, b: Record) -> int:
    return max((min(e1, e2) - max(s1, s2) for s1, e1 in a.spans for s2, e2 in b.spans), default=0)


def match(gold: list[Record], got: list[Record]) -> list[tuple[Record | None, Record | None]]:
    """Pairs (gold, got); an unmatched record pairs with None. Gold order is kept, extras follow."""
    free = list(range(len(got)))
    pairs: dict[int, int] = {}
    for gi, g in enumerate(gold):
        candidates = [i for i in free if bool(g.title) == bool(got[i].title) and _keys(g) & _keys(got[i])]
        if candidates:
            best = max(candidates, key=lambda i: (_overlap(g, got[i]), -i))
            pairs[gi] = best
            free.remove(best)
    for gi, g in enumerate(gold):
        if gi in pairs:
            continue
        candidates = [i for i in free if _overlap(g, got[i]) > 0]
        if candidates:
            best = max(candidates, key=lambda i: (got[i].date == g.date, _overlap(g, got[i]), -i))
            pairs[gi] = best
            free.remove(best)
    out: list[tuple[Record | None, Record | None]] = [(g, got[pairs[gi]] if gi in pairs else None) for gi, g in enumerate(gold)]
    out.extend((None, got[i]) for i in free)
    return out


Facts = Callable[[Record], frozenset]
LABEL = 40  # characters of an item's title or text shown in a miss
_SINGLE: dict[str, Callable[[Record], object]] = {
    "kind": lambda r: r.kind,
    "titles": lambda r: r.title,
    "dates": lambda r: r.date,
    "region": lambda r: r.region,
    "province": lambda r: r.province,
    "equivalence": lambda r: True if r.equivalence else None,
    "numbers": lambda r: r.number,
}
_NORMALIZED = {"numbers", "titles"}  # compared as gold.title_key folds them: 〔2022〕 and [2022] are one number, 關於 and 关于 one word
_SETS: dict[str, Facts] = {
    "agencies": lambda r: r.agencies,
    "concepts": lambda r: r.concepts,
    "forms": lambda r: r.electronic_forms,
    "forwarding": lambda r: r.forwards,
    "cites": lambda r: r.cites,
}


def _facts(name: str, r: Record | None) -> frozenset:
    if r is None:
        return frozenset()
    if name in _SETS:
        return _SETS[name](r)
    value = _SINGLE[name](r)
    if value is None or value is False or value == "":
        return frozenset()
    return frozenset([title_key(str(value)) if name in _NORMALIZED else value])


def score(gold: list[Record], got: list[Record], document: str = "") -> Score:
    """Per-field counts and the misses of one document."""
    result = Score()
    for g, o in match(gold, got):
        label = (g or o).label[:LABEL]  # type: ignore[union-attr]
        item = f"{document}: {label}" if document else label
        c = result.counts["items"]
        c.gold += g is not None
        c.got += o is not None
        c.tp += g is not None and o is not None
        if o is None:
            result.misses.append(Miss("items", item, "found", "not found"))
        elif g is None:
            result.misses.append(Miss("items", item, "no item", f"an extra {o.kind}"))
        for name in FIELDS[1:]:
            expected, found = _facts(name, g), _facts(name, o)
            count = result.counts[name]
            count.gold += len(expected)
            count.got += len(found)
            count.tp += len(expected & found)
            if g is not None and o is not None and expected != found:
                shown = (expected, found) if name in _SETS else (_SINGLE[name](g), _SINGLE[name](o))
                result.misses.append(Miss(name, item, *shown))
    return result
