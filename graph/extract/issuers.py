"""Issuer clauses (``A、B联合印发``, ``A等6部门``, ``X转发Y``) to normalized bodies.

Central bodies come from the gazetteer; local ones are composed from region + stem + suffix,
checked against the suffix the region's level calls for (厅 provincial, 局 municipal and 直辖市).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from graph.extract.dates import cn_number
from graph.gazetteer.agencies import SUFFIX_FULL, Agency, Stem, central, level_of, stems
from graph.gazetteer.regions import Region, RegionIndex
from graph import iris
from graph.text import lengths_by_first_char, prefixes

SEPARATORS = re.compile(r"^(?:[、，,;；|/\s]|和|与|及|以及|会同|联合|同)+")
FORWARD = re.compile(r"^(?:转发|转载|转)")
VERBS = re.compile(r"^(?:正式|联合|共同|近日|日前|分别)?(?:印发|发布|出台|公布|下发|发出|制定|修订|公开|推出|发文)")
COUNT = re.compile(r"^等\s*(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})?\s*(?:个)?(?:部门|单位|机构|部委|家)")
SUB_UNIT = re.compile(r"^(办公厅|办公室|(?:(?!会同|联合|印发|发布|转发|召开|主持|等|和|与|及)[\u4e00-\u9fff]){2,10}?(?:司|局|中心|办公室))")
NOT_A_NAME = r"(?!转发|转载|印发|发布|召开|出台|公布|联合|会同|举行|主持|审议|下发)"
NAME_FOLLOWS = re.compile(NOT_A_NAME)
UNKNOWN_BODY = re.compile(
    rf"^(?:{NOT_A_NAME}[\u4e00-\u9fff]){{1,24}}?(?:联席会议办公室|领导小组办公室|办公厅|办公室|管理委员会|管委会|委员会|管理局|法院|检察院|厅|局|委|办|中心|小组)"
    r"(?=等|、|和|与|及|联合|会同|发布|印发|转发|出台|公布|召开|下发|《|[，,:：。\s“\"]|$)"
)
SUFFIXES = ("委员会", "办公厅", "办公室", "厅", "局", "委", "办", "中心")
SUFFIX = re.compile("|".join(SUFFIXES))  # the first of SUFFIXES a text starts with, in one C call


@dataclass(frozen=True)
class Mention:
    """A body named (or implied) in an issuer clause, with its surface form as written."""

    agency: Agency
    surface: str
    inferred: bool = False


@dataclass
class IssuerClause:
    issuers: list[Mention] = field(default_factory=list)
    forwarded: list[Mention] = field(default_factory=list)
    unnamed: int = 0
    end: int = 0
    problems: list[str] = field(default_factory=list)


def parse_issuers(text: str, regions: RegionIndex) -> IssuerClause:
    """Read the bodies at the start of ``text`` (normalized); stop at the first word that is not one."""
    out = IssuerClause()
    pos, target = 0, out.issuers
    while pos < len(text):
        rest = text[pos:]
        if m := SEPARATORS.match(rest):
            pos += m.end()
            continue
        if m := COUNT.match(rest):
            total = cn_number(m.group("n") or "")
            named = len(out.issuers)
            out.unnamed = max(total - named, 0) if total else 0
            pos += m.end()
            continue
        if m := FORWARD.match(rest):
            target = out.forwarded
            pos += m.end()
            continue
        if target is out.forwarded and (m := VERBS.match(rest)):
            pos += m.end()
            continue
        found = _body_at(text, pos, regions, out.problems)
        if found is None:
            break
        mention, pos = found
        target.append(mention)
    out.end = pos
    return out


def _body_at(text: str, pos: int, regions: RegionIndex, problems: list[str]) -> tuple[Mention, int] | None:
    by_id, surfaces = central()
    for size in _central_lengths().get(text[pos:pos + 1], ()):  # prefixes() inlined: tried at every position
        if pos + size <= len(text) and (agency_id := surfaces.get(text[pos:pos + size])):
            return _central_at(text, pos, pos + size, by_id[agency_id], problems)
    region_match = regions.match_at(text, pos, short_cities=True)
    if region_match is None:
        return None
    code, end = region_match
    return _local_at(text, pos, end, regions, code, problems)


def _central_at(text: str, start: int, end: int, agency: Agency, problems: list[str]) -> tuple[Mention, int]:
    end = _skip_typo(text, start, end, problems)
    sub = SUB_UNIT.match(text[end:])
    if sub:
        unit = sub.group(1)
        office = unit in {"办公厅", "办公室"}
        child = Agency(id=iris.office_slug(agency.id) if office else iris.sub_unit_slug(agency.id, unit),
                       name=agency.name + unit, level="national", region=agency.region, parent=agency.id,
                       sector=agency.sector,
                       name_en=f"General Office of the {agency.name_en}" if office and agency.name_en else None)
        end += sub.end()
        return Mention(child, text[start:end]), end
    return Mention(agency, text[start:end]), end


def _local_at(text: str, start: int, end: int, regions: RegionIndex, code: str, problems: list[str]) -> tuple[Mention, int]:
    region = regions.by_code[code]
    rest = text[end:]
    if not NAME_FOLLOWS.match(rest):
        return Mention(_government(regions, code), text[start:end], inferred=True), end
    by_form = stems()[1]
    for _, form in prefixes(rest, 0, _stem_lengths()):
        for stem, suffix in _stems_by_suffix(by_form.get(form, ()), rest[len(form):], region):
            stop = _skip_typo(text, start, end + len(form) + len(suffix), problems)
            surface = text[start:stop]
            written = SUFFIX_FULL.get(suffix, suffix)
            expected = stem.suffix_for(region)
            if {written, expected} == {"厅", "局"}:
                problems.append(f"{surface}: {written} does not fit a {level_of(region)} body; "
                                f"named {regions.body_prefix(code)}{stem.stem}{expected}")
                written = expected
            return Mention(_local_body(regions, code, stem.slug, stem.stem, stem.sector, written), surface), stop
    unknown = UNKNOWN_BODY.match(rest)
    if unknown:
        stop = end + unknown.end()
        name = regions.body_prefix(code) + text[end:stop]
        problems.append(f"unknown agency {text[start:stop]}: kept as {name}")
        agency = Agency(id=iris.unknown_agency_slug(region.code, name), name=name, level=level_of(region),
                        region=region.code, parent=iris.government_slug(region.code), known=False)
        return Mention(agency, text[start:stop]), stop
    return Mention(_government(regions, code), text[start:end], inferred=True), end


def _stems_by_suffix(candidates: Iterable[Stem], after: str, region: Region) -> list[tuple[Stem, str]]:
    """The stems that fit the text after a stem form, with the suffix each takes; a stem whose own
    suffix is the one written comes first (大数据中心 is the 中心, not the 局, of 大数据)."""
    found = []
    for stem in candidates:
        if stem.bare:
            found.append((stem, ""))
        elif m := SUFFIX.match(after):
            found.append((stem, m.group()))
    return sorted(found, key=lambda pair: SUFFIX_FULL.get(pair[1], pair[1]) != pair[0].suffix_for(region))


@lru_cache(maxsize=4096)
def _local_body(regions: RegionIndex, code: str, slug: str, stem: str, sector: str, written: str) -> Agency:
    """A region's body named by a standard stem. One object per body: the same bodies come back item
    after item, and an object shared by a file's extractions is pickled once."""
    region = regions.by_code[code]
    if slug == "gov":
        return Agency(id=iris.government_slug(code), name=regions.government_name(code), level=level_of(region),
                      region=code, sector=sector)
    return Agency(id=iris.local_agency_slug(code, slug), name=f"{regions.body_prefix(code)}{stem}{written}",
                  level=level_of(region), region=code, parent=iris.government_slug(code), sector=sector)


@lru_cache(maxsize=1)
def _central_lengths() -> dict[str, list[int]]:
    return lengths_by_first_char(central()[1])


@lru_cache(maxsize=1)
def _stem_lengths() -> dict[str, list[int]]:
    return lengths_by_first_char(stems()[1])


@lru_cache(maxsize=4096)
def _government(regions: RegionIndex, code: str) -> Agency:
    """A region's government, one object per region (see ``_local_body``)."""
    return Agency(id=iris.government_slug(code), name=regions.government_name(code), level=level_of(regions.by_code[code]),
                  region=code, sector="government")


def _skip_typo(text: str, start: int, end: int, problems: list[str]) -> int:
    """``人社局局``, ``发展改革委会``: a doubled suffix is read as a typo and reported (not ``委会同``)."""
    prev, nxt = text[end - 1:end], text[end:end + 1]
    if nxt and (prev == nxt and prev in "局厅部委" or (prev, nxt) == ("委", "会")) and text[end:end + 2] != "会同":
        problems.append(f"typo in agency name {text[start:end + 1]}: read as {text[start:end]}")
        return end + 1
    return end
