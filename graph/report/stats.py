"""The report's numbers, computed from the graph's records as plain tables (no drawing here)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from graph.namespaces import COUNTRY
from graph.records.data import PolicyGraph
from graph.records.provinces import Province, provinces_of

OTHER = "其他 other"


@dataclass(frozen=True)
class Series:
    """Rows × columns of counts, with labels: one chart's data."""

    rows: list[str]
    columns: list[str]
    values: list[list[int]]


def monthly_by_concept(kg: PolicyGraph, top: int = 8) -> Series:
    """Dated policies per month (rows) for the ``top`` concepts and the rest (columns); a policy counts once per concept."""
    totals = Counter(c for p in kg.policies.values() if p.date for c in p.concepts)
    leaders = [c for c, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]
    counts: dict[str, Counter] = defaultdict(Counter)
    for policy in kg.policies.values():
        if policy.date:
            for concept in policy.concepts:
                counts[policy.date[:7]][concept if concept in leaders else OTHER] += 1
    columns = leaders + ([OTHER] if any(OTHER in c for c in counts.values()) else [])
    months = _month_range(sorted(counts))
    return Series(months, [kg.name(c) if c != OTHER else c for c in columns],
                  [[counts[m][c] for c in columns] for m in months])


def _month_range(months: list[str]) -> list[str]:
    """Every month from the first to the last, so gaps show as zero."""
    if not months:
        return []
    year, month = map(int, months[0].split("-"))
    out = []
    while f"{year:04d}-{month:02d}" <= months[-1]:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def agency_concept(kg: PolicyGraph, top: int = 20) -> Series:
    """Policies per agency (the ``top`` issuers) and concept."""
    pairs = Counter((a, c) for p in kg.policies.values() for a in p.issuers for c in p.concepts)
    per_agency = Counter(a for p in kg.policies.values() for a in p.issuers if p.concepts)
    agencies = [a for a, _ in sorted(per_agency.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]
    concepts = sorted({c for _, c in pairs}, key=lambda c: (-sum(pairs[(a, c)] for a in agencies), c))
    return Series([kg.name(a) for a in agencies], [kg.name(c) for c in concepts],
                  [[pairs[(a, c)] for c in concepts] for a in agencies])


def policies_per_province(kg: PolicyGraph, provinces: tuple[Province, ...]) -> dict[str, int]:
    """Policies whose jurisdiction lies in each province (code → count), zero included."""
    counts = Counter(code for p in kg.policies.values() for code in provinces_of(kg, p))
    return {p.code: counts[p.code] for p in provinces}


def first_equivalence(kg: PolicyGraph) -> tuple[dict[str, str], str | None]:
    """Earliest date a dated policy or activity asserted legal equivalence, per province code and nationally."""
    by_province: dict[str, str] = {}
    national: str | None = None
    for item in [*kg.policies.values(), *kg.activities.values()]:
        if not (item.assertions and item.date):
            continue
        codes = provinces_of(kg, item)
        for code in codes:
            by_province[code] = min(by_province.get(code, item.date), item.date)
        if COUNTRY in item.regions:
            national = min(national or item.date, item.date)
    return by_province, national


def headline(kg: PolicyGraph, provinces: tuple[Province, ...]) -> list[tuple[str, str]]:
    """The numbers a reader wants first."""
    dates = sorted(p.date for p in kg.policies.values() if p.date)
    covered = sum(1 for n in policies_per_province(kg, provinces).values() if n)
    assertions = {a for i in [*kg.policies.values(), *kg.activities.values()] for a in i.assertions}
    return [
        ("政策 policies", str(len(kg.policies))),
        ("时间跨度 period", f"{dates[0]} – {dates[-1]}" if dates else "—"),
        ("发布机构 issuing agencies", str(len({a for p in kg.policies.values() for a in p.issuers}))),
        ("有政策的省级地区 provinces with policy", f"{covered} / {len(provinces)}"),
        ("同等法律效力表述 legal-equivalence assertions", str(len(assertions))),
        ("活动 activities", str(len(kg.activities))),
    ]
