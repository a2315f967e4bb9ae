"""Issuer clauses (``A、B联合印发``, ``A等6部门``, ``X转发Y``) to normalized bodies.

Central bodies come from the gazetteer; local ones are composed from region + stem + suffix,
checked against the suffix the region's level calls for (厅 provincial, 局 municipal and 直辖市).
A body no stem names keeps its written name (never snapped to a near stem or to the government);
co-issuers written without their region (``杭州市公安局、市大数据局``) are read in the first one's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from graph.patterns.dates import cn_number
from graph.gazetteer.agencies import SUFFIX_FULL, Agency, Stem, central, level_of, stems
from graph.gazetteer.regions import Region, RegionIndex
from graph import iris
from graph.namespaces import COUNTRY_CODE
from graph.text import lengths_by_first_char, prefixes

SEPARATORS = re.compile(r"^(?:[、，,;；|/\s]|和|与|及|以及|会同|联合|同)+")
PLATE = re.compile(r"\s*\((?:[^()《》，,。]{2,30})\)")
FORMER = re.compile(r"原(?=国家|国务院|中国|[\u4e00-\u9fff]{1,8}?(?:省|市|区|县))")  # 原国家工商行政管理总局: the body of its time
PARTY = "中共"  # 中共甲市委办公室: before a region's name, its Party body
PARTY_SECTOR = "party"  # a stem of this sector names a Party body: 中共 opens its name
JOINING_CHARS = frozenset("和与及同联会以")  # a joining word may open a region's name (和平县, 同心县)
FORWARD = re.compile(r"^(?:转发|转载|转)")
WHERE = re.compile(r"在[^，,。；;、《》]{1,30}、")  # 在自贸区、: a body's place up to the next name
VERBS = re.compile(r"^(?:正式|联合|共同|近日|日前|分别)?(?:印发|发布|出台|公布|下发|发出|制定|修订|公开|推出|发文)")
# 十三届全国人大常委会第三十次会议: the session of a body is that body.
SESSION = re.compile(r"^(?:第?[一二三四五六七八九十]{1,3}届|第[一二三四五六七八九十百零〇\d]{1,5}次(?:全体|常务|主任)?(?:会议)?)")
TERM = re.compile(r"第?[一二三四五六七八九十]{1,3}届")  # 第十三届 between a region and its legislature
COUNT = re.compile(r"^等\s*(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})?\s*(?:个)?(?:部门|单位|机构|部委|家)")
SUB_UNIT = re.compile(r"^(办公厅|办公室|(?:(?!会同|联合|印发|发布|转发|召开|主持|等|和|与|及)[\u4e00-\u9fff]){2,10}?(?:司|局|中心(?!支行)|办公室|分行|支行|总部))")
# 甲市“四最”办 before a co-issuer: an office named by a slogan in quotes, which no gazetteer names.
NICKNAMED = re.compile(r"[\u4e00-\u9fff]{0,12}?[“\"][\u4e00-\u9fff]{1,10}[”\"][\u4e00-\u9fff]{0,6}?[办组室](?=、|和|与|及|会同)")
# 国务院办公厅电子政务办: a unit's 办公室 written 办, the unit named in full (电子政务办公室).
# Not a unit: words opening with a preposition (以国办发…), or 办 opening a word or a number (办理, 国办发).
SHORT_OFFICE = re.compile(r"^(?![以在于对为向将就按经由])((?:(?!会同|联合|印发|发布|转发|召开|主持|等|和|与|及)[\u4e00-\u9fff]){2,10}?)"
                          r"办(?![公理法事结发函字])")
NOT_A_NAME = r"(?!转发|转载|印发|发布|召开|出台|公布|联合|会同|举行|主持|审议|审定|下发|关于|近日|日前|正式|的|根据|依据|按照|结合|围绕|针对|牵头)"
NAME_FOLLOWS = re.compile(NOT_A_NAME)
BODY_END = (r"(?:联席会议办公室|领导小组办公室|办公厅|办公室|管理委员会|管委会|委员会|管理局|法院|检察院|总工会|工会|联合会|协会"
            r"|人民政府|分局|研究室|厅|局|委|办|中心|小组)")
# A reform's name may stand quoted in it (甲省推进“放管服”改革协调小组办公室).
UNKNOWN_BODY = re.compile(  # 管委会 alone after a zone's name (两江新区管委会) is the zone's committee
    rf"(?:管委会|管理委员会|(?:{NOT_A_NAME}(?:[\u4e00-\u9fff]|[“\"][\u4e00-\u9fff]{{1,10}}[”\"])){{1,24}}?{BODY_END})"
    r"(?=等|、|和|与|及|联合|会同|发布|印发|转发|出台|公布|召开|下发|关于|《|[，,:：。\s“\"(]|$"
    r"|(?:于\s*)?(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:发布|印发|转发|出台|公布|召开|下发))"
)  # 某办公室2022年1月2日印发: the day of its action may stand between a body and its verb
# A body named with no region at all (火星市数字办, 国家电子文件管理部际联席会议办公室): only right
# before an issuing verb, a title or a co-issuer, and not opening with a word that starts a sentence.
UNPLACED_BODY = re.compile(
    rf"(?!为|在|对|据|经|由|按照|根据|依据|各|该|本|我|其|这|此|全省|全市|全区|全县|记者)(?:{NOT_A_NAME}[\u4e00-\u9fff]){{1,20}}?{BODY_END}"
    r"(?=等|、|和|与|及|联合|会同|发布|印发|转发|出台|公布|下发|制定|《|\()"
)
# A region is the subject of an action (北京市发布, 上海市于5月1日印发, 江苏省根据《A》印发): it stands
# for its government only when its sentence goes on to an action.
ACTS = re.compile(r"[^。；;!！?？\n]{0,40}?(?:印发|发布|出台|公布|下发|颁布|制定|转发|转载|召开|举行|审议|表决|推出|发文|部署)")
GENERIC = re.compile(r"级|以上|有关|相关|其他|所在|当地|各")
NATIONAL_WORDS = ("国家", "国务院", "中央", "全国", "中国", "中华人民共和国")
# The level words a co-issuer's name opens with when its region is the previous body's (市大数据局).
LEVEL_WORD = re.compile(r"(?:自治区|自治州|省|市|州|区|县|旗)")
LEVEL_OF_WORD = {"自治区": 1, "省": 1, "自治州": 2, "州": 2, "市": 2, "区": 3, "县": 3, "旗": 3}
DIVISION = re.compile(r"[\u4e00-\u9fff]{1,5}?(?:新区|区|县|旗|市)(?=人民政府|政府)")
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
    forwards: bool = False  # 转发 was written: the title that follows is the forwarded document


def parse_issuers(text: str, regions: RegionIndex, context: str | None = None) -> IssuerClause:
    """Read the bodies at the start of ``text`` (normalized); stop at the first word that is not one.
    ``context``: the region a first body written without its own (省财政厅) belongs to."""
    out = IssuerClause()
    pos, target = 0, out.issuers
    while pos < len(text):
        rest = text[pos:]
        if (m := SEPARATORS.match(rest)) and (stop := _separator_end(text, pos, pos + m.end(), regions)) > pos:
            pos = stop
            continue
        if m := FORMER.match(rest):
            pos += m.end()
            continue
        if rest.startswith(PARTY) and regions.match_at(text, pos + len(PARTY), short_cities=True):
            pos += len(PARTY)
            continue
        if m := SESSION.match(rest):
            pos += m.end()
            continue
        if m := NICKNAMED.match(rest):  # 甲市“四最”办、: an office known by its slogan, with no official name
            out.unnamed += 1
            if placed := regions.match_at(text, pos, short_cities=True):
                context = placed[0]  # 、市公安局 after it: a body of its region
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
            out.forwards = out.forwards or m.group() != "转"
            pos += m.end()
            continue
        if target is out.forwarded and (m := VERBS.match(rest)):
            pos += m.end()
            continue
        found = _body_at(text, pos, regions, out.problems,
                         _last_region(target) or _last_region(out.issuers) or context)
        if found is None:
            break
        mention, pos = found
        target.append(mention)
        if plate := PLATE.match(text, pos):  # 国家电子文件管理部际联席会议办公室(国家密码管理局): the same body's other name
            pos = plate.end()
        pos = _after_where(text, pos, regions)
    out.end = pos
    return out


def _after_where(text: str, pos: int, regions: RegionIndex) -> int:
    """甲局在自贸区、乙局在两市率先启动…: where a body acts (在 + a place) stands between it and the next
    body; the position of that body's separator when one follows (a body, not a place acting), else ``pos``."""
    if not text.startswith("在", pos):
        return pos
    clause = WHERE.match(text, pos)
    if clause is None:
        return pos
    found = _body_at(text, clause.end(), regions, [], None)
    return clause.end() - 1 if found is not None and not found[0].inferred else pos


def _separator_end(text: str, start: int, end: int, regions: RegionIndex) -> int:
    """Where the joining words at ``start`` end: before a region whose name opens with one (和平县, 同心县)."""
    for pos in range(start, end):
        if text[pos] in JOINING_CHARS and regions.match_at(text, pos, short_cities=True):
            return pos
    return end


def _last_region(mentions: list[Mention]) -> str | None:
    """The region of the last local body named: the one a co-issuer without its region belongs to."""
    if mentions and (region := mentions[-1].agency.region) and region != COUNTRY_CODE:
        return region
    return None


def _body_at(text: str, pos: int, regions: RegionIndex, problems: list[str],
             context: str | None = None) -> tuple[Mention, int] | None:
    by_id, surfaces = central()
    for size in _central_lengths().get(text[pos:pos + 1], ()):  # prefixes() inlined: tried at every position
        if pos + size <= len(text) and (agency_id := surfaces.get(text[pos:pos + size])) \
                and not text.startswith("部门", pos + size - 1):  # 人社部门 are the HR departments, not 人社部
            return _central_at(text, pos, pos + size, by_id[agency_id], regions, problems)
    region_match = regions.match_at(text, pos, short_cities=True)
    if region_match is not None:
        code, end = region_match
        return _local_at(text, pos, end, regions, code, problems)
    if not NAME_FOLLOWS.match(text, pos):  # the clause ends at its verb: most items stop here
        return None
    if context and (found := _in_context(text, pos, regions, context, problems)):
        return found
    if ambiguous := regions.ambiguous_at(text, pos):
        codes, end = ambiguous
        placed = [c for c in codes if context and (regions.is_within(c, context) or regions.is_within(context, c))]
        if len(placed) == 1:  # 南山区人社局 in an item about 深圳市: that city's 南山区
            return _local_at(text, pos, end, regions, placed[0], problems)
        return _ambiguous_at(text, pos, regions, codes, end, problems)
    return _unplaced_at(text, pos, regions, problems)


def _in_context(text: str, pos: int, regions: RegionIndex, context: str,
                problems: list[str]) -> tuple[Mention, int] | None:
    """``杭州市公安局、市大数据局``, ``浙江省财政厅、省人社厅``, ``…、人社局``: a co-issuer written without
    its region is a body of the previous one's region, at the level its opening word names."""
    if found := _stem_at(text, pos, regions.by_code[context]):
        stem, stop = found
        return _stem_mention(text, pos, stop, regions, context, stem, problems)
    word = LEVEL_WORD.match(text, pos)
    code = word and region_of_level(regions, context, word.group())
    if not word or not code or not NAME_FOLLOWS.match(text, word.end()):
        return None
    return _local_at(text, pos, word.end(), regions, code, problems)


def region_of_level(regions: RegionIndex, code: str, word: str) -> str | None:
    """The region of ``code``'s chain a level word stands for (市 in 北京市's districts is 北京市)."""
    want = LEVEL_OF_WORD[word]
    for region in regions.chain(code):
        if region.level == want or (word == "市" and region.is_municipality):
            return region.code
    return None


def _ambiguous_at(text: str, start: int, regions: RegionIndex, codes: tuple[str, ...], end: int,
                  problems: list[str]) -> tuple[Mention, int] | None:
    """``南山区人社局`` with no city: the name fits several regions, so the body keeps its written name
    and no region; reported with the candidates."""
    sample = regions.by_code[codes[0]]
    found = _stem_at(text, end, sample) or _unknown_at(text, end, regions)
    stop = found[1] if found else end
    written = text[start:stop]
    name = written if found else written + "人民政府"
    agency = Agency(id=iris.unplaced_agency_slug(name), name=name, level=level_of(sample), region=None, known=False)
    mention = (Mention(agency, written), stop) if found else _region_as_subject(text, start, end, agency)
    if mention is not None:
        candidates = ", ".join(f"{regions.body_prefix(c)} {c}" for c in codes)
        problems.append(f"ambiguous region {text[start:end]} ({candidates}): issuer kept as {name}, no jurisdiction")
    return mention


def _unplaced_at(text: str, start: int, regions: RegionIndex, problems: list[str]) -> tuple[Mention, int] | None:
    """A body named with no region a gazetteer knows: kept with its written name, national when its
    name says so (国家…, 全国…), else of no known region."""
    m = UNPLACED_BODY.match(text, start)
    if m is None or _generic(m.group()):
        return None
    name = text[start:_glued_end(text, start, m.end(), regions)]
    national = name.startswith(NATIONAL_WORDS)
    problems.append(f"unknown agency {name}: kept as written, " + ("national" if national else "no region known"))
    agency = Agency(id=iris.unplaced_agency_slug(name), name=name, level="national" if national else "",
                    region=COUNTRY_CODE if national else None, known=False)
    return Mention(agency, name), start + len(name)


_NAME_END = re.compile(BODY_END)


def _glued_end(text: str, start: int, end: int, regions: RegionIndex) -> int:
    """Where the first of two names written back to back without a separator ends (中共甲市委办公室甲市
    人民政府办公室, as joint issuers head a title): at a body's ending right after which a body the
    gazetteer knows is written by its full name; ``end`` when none follows inside the name (中共甲市委
    网信办: a short name goes on the name before it)."""
    for m in _NAME_END.finditer(text, start + 1, end):
        at = m.end()
        if at == end or not (text[at] in _central_lengths() or regions.match_at(text, at, short_cities=True)):
            continue  # no central body's name or region's opens there: most endings stop here
        if (found := _body_at(text, at, regions, [])) is not None:
            mention = found[0]
            if mention.agency.known and not mention.inferred and mention.surface == mention.agency.name:
                return at
    return end


def _central_at(text: str, start: int, end: int, agency: Agency, regions: RegionIndex,
                problems: list[str]) -> tuple[Mention, int]:
    end = _skip_typo(text, start, end, problems)
    sub = SUB_UNIT.match(text[end:]) or SHORT_OFFICE.match(text[end:])
    if sub:
        unit = sub.group(1) if sub.re is SUB_UNIT else sub.group(1) + "办公室"
        by_id, surfaces = central()
        if (named := surfaces.get(agency.name + unit)) and by_id[named].parent == agency.id:  # a unit of its own in the gazetteer
            return Mention(by_id[named], text[start:end + sub.end()]), end + sub.end()
        office = unit in {"办公厅", "办公室"}
        # 国家税务总局深圳市税务局, 国家金融监督管理总局江苏监管局: a central body's branch in a region serves it
        branch = regions.match_at(unit, 0, short_cities=True)
        region = regions.by_code[branch[0]] if branch else None
        child = Agency(id=iris.office_slug(agency.id) if office else iris.sub_unit_slug(agency.id, unit),
                       name=agency.name + unit, level=level_of(region) if region else "national",
                       region=region.code if region else agency.region, parent=agency.id, sector=agency.sector,
                       name_en=f"General Office of the {agency.name_en}" if office and agency.name_en else None)
        end += sub.end()
        return Mention(child, text[start:end]), end
    return Mention(agency, text[start:end]), end


def _generic(name: str) -> bool:
    """人民法院, 公安局, 县级以上人民政府, 有关部门办公室: a kind of body, not one body."""
    if GENERIC.search(name):
        return True
    by_form = stems()[1]
    return name in by_form or any(name.endswith(s) and name[:-len(s)] in by_form for s in SUFFIXES)


def _local_at(text: str, start: int, end: int, regions: RegionIndex, code: str,
              problems: list[str]) -> tuple[Mention, int] | None:
    if (term := TERM.match(text, end)) and _stem_at(text, term.end(), regions.by_code[code]):
        end = term.end()  # 甲市第十五届人民代表大会常务委员会: the body of its term is the body
    if not NAME_FOLLOWS.match(text, end):
        return _region_as_subject(text, start, end, government(regions, code))
    found = _stem_at(text, end, regions.by_code[code])
    goes_on = found and found[0][0].bare and _name_goes_on(text, found[1])
    unknown = _unknown_at(text, end, regions) if not found or goes_on else None
    if found and not (unknown and unknown[1] > found[1]):
        return _with_office(text, start, *_stem_mention(text, start, found[1], regions, code, found[0], problems))
    if unknown:
        return _unknown_mention(text, start, end, unknown[1], regions, code, problems)
    return _region_as_subject(text, start, end, government(regions, code))


_OFFICE = re.compile(r"办公室|办公厅")


def _with_office(text: str, start: int, mention: Mention, stop: int) -> tuple[Mention, int]:
    """安徽省质量技术监督局办公室: a bureau's own office is a body of its own under the bureau, as a
    ministry's 办公厅 is (a government's 办公厅 is its stem's own suffix, already read)."""
    if (m := _OFFICE.match(text, stop)) is None:
        return mention, stop
    body = mention.agency
    office = Agency(id=iris.office_slug(body.id), name=body.name + m.group(), level=body.level, region=body.region,
                    parent=body.id, sector=body.sector, known=body.known, part_of=body)
    return Mention(office, text[start:m.end()], inferred=mention.inferred), m.end()


def _region_as_subject(text: str, start: int, end: int, body: Agency) -> tuple[Mention, int] | None:
    """``江苏省发布``: a region that acts is its government, marked inferred; a region that opens a
    name or a phrase (广东省电子印章管理办法) names no body."""
    if not ACTS.match(text, end):
        return None
    return Mention(body, text[start:end], inferred=True), end


def _stem_at(text: str, pos: int, region: Region) -> tuple[tuple[Stem, str], int] | None:
    """The standard stem written at ``pos`` with the suffix it takes, and where it ends; a suffix
    outside the stem's own (人社中心) is no match, so that body keeps its written name."""
    by_form = stems()[1]
    for _, form in prefixes(text, pos, _stem_lengths()):
        after = pos + len(form)
        for stem, suffix in _stems_by_suffix(by_form.get(form, ()), text[after:after + 3], region):
            if _word_goes_on(stem, suffix, text, after):
                continue
            return (stem, suffix), after + len(suffix)
    return None


def _word_goes_on(stem: Stem, suffix: str, text: str, after: int) -> bool:
    """A one-character stem written bare (甲市委) names the body only where its name ends: before a
    verb, a separator or the next body (市委市政府), not inside a word (甲市委托第三方)."""
    return len(stem.stem) == 1 and not suffix and _name_goes_on(text, after) and LEVEL_WORD.match(text, after) is None


def _unknown_at(text: str, pos: int, regions: RegionIndex) -> tuple[None, int] | None:
    m = UNKNOWN_BODY.match(text, pos)
    return (None, _glued_end(text, pos, m.end(), regions)) if m else None


def _name_goes_on(text: str, pos: int) -> bool:
    """Does a name go on after a bare stem (人民政府研究室)? Not before a verb, a separator or punctuation."""
    return pos < len(text) and "\u4e00" <= text[pos] <= "\u9fff" and text[pos] not in "、和与及等" \
        and NAME_FOLLOWS.match(text, pos) is not None


def _stem_mention(text: str, start: int, stop: int, regions: RegionIndex, code: str, found: tuple[Stem, str],
                  problems: list[str]) -> tuple[Mention, int]:
    stem, suffix = found
    region = regions.by_code[code]
    stop = _skip_typo(text, start, stop, problems)
    surface = text[start:stop]
    written = SUFFIX_FULL.get(suffix, suffix)
    expected = stem.suffix_for(region)
    if {written, expected} == {"厅", "局"}:
        problems.append(f"{surface}: {written} does not fit a {level_of(region)} body; "
                        f"named {regions.body_prefix(code)}{stem.stem}{expected}")
        written = expected
    return Mention(_local_body(regions, code, stem.slug, written), surface), stop


def _unknown_mention(text: str, start: int, end: int, stop: int, regions: RegionIndex, code: str,
                     problems: list[str]) -> tuple[Mention, int]:
    """A body of a known region that no stem names: its written name after the region's full prefix;
    a division the table lacks (江干区人民政府: renamed or abolished) is said so."""
    region = regions.by_code[code]
    name = regions.body_prefix(code) + text[end:stop]
    if division := DIVISION.match(text, end):
        problems.append(f"unknown division {division.group()} in {text[start:stop]} (renamed or abolished?): "
                        f"kept as {name}, a body of {region.name}")
    else:
        problems.append(f"unknown agency {text[start:stop]}: kept as {name}")
    agency = Agency(id=iris.unknown_agency_slug(region.code, name), name=name, level=level_of(region),
                    region=region.code, parent=iris.government_slug(region.code), known=False)
    return Mention(agency, text[start:stop]), stop


def _stems_by_suffix(candidates: Iterable[Stem], after: str, region: Region) -> list[tuple[Stem, str]]:
    """The stems that fit the text after a stem form, with the suffix each takes: a stem takes only a
    suffix of its own (大数据中心 is the 中心, not the 局, of 大数据); the longest written wins
    (人民政府办公厅 is the office, not the government), then the one the region's level calls for."""
    found = []
    written = SUFFIX.match(after)
    for stem in candidates:
        if written and SUFFIX_FULL.get(written.group(), written.group()) in stem.family:
            found.append((stem, written.group()))
        elif stem.bare:
            found.append((stem, ""))
    return sorted(found, key=lambda pair: (-len(pair[1]), SUFFIX_FULL.get(pair[1], pair[1]) != pair[0].suffix_for(region)))


@lru_cache(maxsize=4096)
def _local_body(regions: RegionIndex, code: str, slug: str, written: str) -> Agency:
    """A region's body named by a standard stem, with the body that took over a defunct one. One
    object per body: the same bodies come back item after item, and an object shared by a file's
    extractions is pickled once."""
    region = regions.by_code[code]
    stem = stems()[0][slug]
    if slug == "gov":
        return Agency(id=iris.government_slug(code), name=regions.government_name(code), level=level_of(region),
                      region=code, sector=stem.sector)
    successor = stems()[0][stem.successor] if stem.successor else None
    party = PARTY if stem.sector == PARTY_SECTOR else ""
    return Agency(id=iris.local_agency_slug(code, slug), name=f"{party}{regions.body_prefix(code)}{stem.stem}{written}",
                  level=level_of(region), region=code, parent=iris.government_slug(code), sector=stem.sector,
                  successor=_local_body(regions, code, successor.slug, successor.suffix_for(region)) if successor else None)


@lru_cache(maxsize=1)
def _central_lengths() -> dict[str, list[int]]:
    return lengths_by_first_char(central()[1])


@lru_cache(maxsize=1)
def _stem_lengths() -> dict[str, list[int]]:
    return lengths_by_first_char(stems()[1])


@lru_cache(maxsize=4096)
def government(regions: RegionIndex, code: str) -> Agency:
    """A region's government, one object per region (see ``_local_body``)."""
    return Agency(id=iris.government_slug(code), name=regions.government_name(code), level=level_of(regions.by_code[code]),
                  region=code, sector="government")


def _typo_end(text: str, end: int) -> int:
    """``人社局局``, ``发展改革委会``: where a name with a doubled suffix ends (not ``委会同``)."""
    prev, nxt = text[end - 1:end], text[end:end + 1]
    if nxt and (prev == nxt and prev in "局厅部委" or (prev, nxt) == ("委", "会")) and text[end:end + 2] != "会同":
        return end + 1
    return end


def _skip_typo(text: str, start: int, end: int, problems: list[str]) -> int:
    """A doubled suffix is read as a typo and reported."""
    stop = _typo_end(text, end)
    if stop != end:
        problems.append(f"typo in agency name {text[start:stop]}: read as {text[start:end]}")
    return stop
