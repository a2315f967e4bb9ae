"""The explorer's data: the records turned into compact columns the page filters and counts itself.

The page holds one index (a few numbers per policy: date, issuers, regions, concepts, forms); titles
and passages go into numbered side files loaded as scripts when a list shows them, so a page of
100k policies stays small and every view counts from the same columns, whatever the filter.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from graph.namespaces import COUNTRY, ID
from graph.pagekit.style import LEVEL_COLOURS, LEVEL_NAMES
from graph.records.data import LEVELS, Item, PolicyGraph
from graph.records.provinces import DENOMINATOR, provinces, province_code

SHARD = 1000
"""Policies per side file: the newest thousand are the first file, so a list of the latest loads one."""
POLICY_PREFIX = ID + "policy/"
LEVEL_ORDER = (*LEVELS, None)


@dataclass(frozen=True)
class Explorer:
    """The page's index (one JSON object) and the side files' rows: [slug, title, document number if any]
    and passages per shard."""

    index: dict
    titles: list[list[list]]
    passages: list[list[list]]


def date_number(date: str | None) -> int:
    """2021-03-15 → 20210315; a month (2021-05) or a year (2021) pads with zeros, so numbers order as the
    ISO texts do; undated is 0."""
    if not date:
        return 0
    digits = date.replace("-", "")[:8]
    return int(digits.ljust(8, "0")) if digits.isdigit() else 0


def _concept_order(kg: PolicyGraph, counts: Counter) -> list[str]:
    """Concepts with policies and their broader ones, depth first along skos:broader, larger first among siblings."""
    wanted: set[str] = set()
    for concept in counts:
        seen = concept
        while seen and seen not in wanted:
            wanted.add(seen)
            seen = next((b for b in kg.broader.get(seen, ()) if b in kg.nodes), "")
    parent = {c: next((b for b in kg.broader.get(c, ()) if b in wanted and b != c), None) for c in wanted}
    children: dict[str | None, list[str]] = {}
    for c in sorted(wanted, key=lambda c: (-counts[c], kg.name(c), c)):
        children.setdefault(parent[c], []).append(c)
    order: list[str] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        concept = stack.pop()
        if concept in order:
            continue
        order.append(concept)
        stack.extend(reversed(children.get(concept, [])))
    return order + sorted(wanted - set(order))


def _names(kg: PolicyGraph, iri: str) -> list[str]:
    """The other names search and the hash match besides the label: labels in any language, codes, the IRI's slug."""
    node = kg.nodes.get(iri)
    label = kg.name(iri)
    names = [*(node.names if node else ()), iri.rsplit("/", 1)[-1]]
    return list(dict.fromkeys(n for n in names if n and n != label))


# The columns are most of a large page (100k policies): each is written in its shortest plain JSON form,
# which the page's script expands once.

def _steps(values: list[int]) -> list[int]:
    """A column sorted from the largest down, as its first value and then each drop from the one before."""
    return [b - a if i else a for i, (a, b) in enumerate(zip(values, [0, *values]))] if values else []


def _short(values: list[int]) -> int | list[int]:
    """A list of one value as that value (the usual case: one issuer, one region)."""
    return values[0] if len(values) == 1 else values


def _sparse(rows: list[list[int]]) -> dict[str, int | list[int]]:
    """A column that is mostly empty, as its non-empty rows keyed by row number."""
    return {str(i): _short(row) for i, row in enumerate(rows) if row}


def _passage_rows(kg: PolicyGraph, policy: Item, files: dict[str, int]) -> list:
    """[text, start, end, file index] of the policy's first passage, or [] when it has none."""
    for iri in policy.sources:
        passage = kg.passages.get(iri)
        if passage:
            return [passage.text, passage.start, passage.end, files.setdefault(passage.source or "", len(files))]
    return []


def explorer(kg: PolicyGraph) -> Explorer:
    """The index and side files of every policy, newest first."""
    policies = sorted(kg.policies.values(), key=lambda p: (-date_number(p.date), p.iri))
    position = {p.iri: i for i, p in enumerate(policies)}
    concept_counts = Counter(c for p in policies for c in p.concepts if c in kg.nodes)
    concepts = _concept_order(kg, concept_counts)
    concept_at = {c: i for i, c in enumerate(concepts)}
    issuers = sorted({a for p in policies for a in p.issuers}, key=lambda a: (kg.name(a), a))
    agency_at = {a: i for i, a in enumerate(issuers)}
    table = provinces()
    province_at = {p.code: i for i, p in enumerate(table)}
    region_iris = sorted({r for p in policies for r in p.regions}, key=lambda r: (kg.regions[r].code if r in kg.regions else "", r))
    region_at = {r: i for i, r in enumerate(region_iris)}
    forms = sorted({f for p in policies for a in p.assertions for f in kg.forms.get(a, ())}, key=lambda f: (kg.name(f), f))
    form_at = {f: i for i, f in enumerate(forms)}
    sectors: list[str] = sorted({s for a in issuers if a in kg.agencies and (s := kg.agencies[a].sector)})
    sector_at = {s: i for i, s in enumerate(sectors)}
    files: dict[str, int] = {}

    def province_index(region: str | None) -> int:
        code = province_code(kg, region) if region else None
        return province_at.get(code, -1) if code else -1

    def agency_row(iri: str) -> list:
        record = kg.agencies.get(iri)
        level = LEVEL_ORDER.index(record.level if record else None)
        sector = sector_at.get(record.sector, -1) if record and record.sector else -1
        return [kg.name(iri), level, province_index(record.region if record else None), sector, _names(kg, iri)]

    index = {
        "prefix": POLICY_PREFIX,
        "shard": SHARD,
        "denominator": DENOMINATOR,
        "levels": [[level or "unknown", LEVEL_NAMES[level], LEVEL_COLOURS[level]] for level in LEVEL_ORDER],
        "sectors": [[kg.name(s), _names(kg, s)] for s in sectors],
        "agencies": [agency_row(a) for a in issuers],
        "concepts": [[kg.name(c), concept_at.get(next((b for b in kg.broader.get(c, ()) if b in concept_at), ""), -1),
                      _names(kg, c)] for c in concepts],
        "forms": [[kg.name(f), concept_at.get(f, -1)] for f in forms],
        "provinces": [[p.code, p.name, p.short, p.name_en, p.row, p.col] for p in table],
        "regions": [[kg.name(r), kg.regions[r].code if r in kg.regions else "", province_index(r),
                     int(r == COUNTRY), _names(kg, r)] for r in region_iris],
        "files": [],
        "date": _steps([date_number(p.date) for p in policies]),
        "issuers": [_short([agency_at[a] for a in p.issuers]) for p in policies],
        "regionsOf": [_short([region_at[r] for r in p.regions]) for p in policies],
        "conceptsOf": [_short([concept_at[c] for c in p.concepts if c in concept_at]) for p in policies],
        "formsOf": _sparse([sorted({form_at[f] for a in p.assertions for f in kg.forms.get(a, ())}) or ([-1] if p.assertions else [])
                            for p in policies]),
        "implements": _sparse([[position[t] for t in p.implements if t in position] for p in policies]),
    }
    titles = [[p.iri.removeprefix(POLICY_PREFIX), p.title, *([p.number] if p.number else [])] for p in policies]
    passages = [_passage_rows(kg, p, files) for p in policies]
    index["files"] = list(files)
    chunks = range(0, max(len(policies), 1), SHARD)
    return Explorer(index, [titles[i:i + SHARD] for i in chunks], [passages[i:i + SHARD] for i in chunks])
