"""China's administrative divisions, from the ssdlab-region-parser package's reference table.

The package's own parser is not used at run time: it takes seconds to start (pandas, jieba) and
matches short county names inside other words. Its table (GB/T 2260 codes at three levels, data
2026.04) is read once with openpyxl and cached as JSON.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from importlib.resources import files

from graph.gazetteer.cache import cached_json
from graph.namespaces import COUNTRY_CODE
from graph.text import lengths_by_first_char

PACKAGE = "ssdlab-region-parser"
TABLE = ("ssdlab_region_parser.data", "CN_Region_Reference_Library.xlsx")
MUNICIPALITIES = {"110000", "120000", "310000", "500000"}  # 直辖市: their bodies use 局, not 厅
SPECIAL_ADMINISTRATIVE_REGIONS = {"810000", "820000"}  # governed by a 政府, not a 人民政府
# What makes a short county name part of another place's name (钱塘新区 is not 钱塘区).
ZONE_WORDS = ("新区", "开发区", "高新区", "园区", "合作区", "试验区", "示范区", "片区", "保税区")


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    level: int  # 0 country, 1 province, 2 city, 3 county
    parent: str | None
    short: tuple[str, ...] = ()

    @property
    def is_municipality(self) -> bool:
        return self.code in MUNICIPALITIES


def _read_table() -> list[list]:
    import openpyxl

    path = files(TABLE[0]).joinpath(TABLE[1])
    with path.open("rb") as fh:
        book = openpyxl.load_workbook(fh, read_only=True)
        rows = list(book.active.iter_rows(values_only=True))
    header = rows[0]
    want = ("省级名称", "省级关键词", "省份代码", "城市名称", "市级关键词", "城市代码", "区县名称", "区县关键词", "区县代码")
    idx = [header.index(col) for col in want]
    return [[None if r[i] is None else str(r[i]) for i in idx] for r in rows[1:]]


def _regions_from_rows(rows: list[list]) -> dict[str, Region]:
    out: dict[str, Region] = {COUNTRY_CODE: Region(COUNTRY_CODE, "中国", 0, None, ("全国",))}
    for pname, pkw, pcode, cname, ckw, ccode, xname, xkw, xcode in rows:
        if not pcode:
            continue
        out.setdefault(pcode, Region(pcode, pname, 1, COUNTRY_CODE, _short(pkw, pname)))
        parent = pcode
        if ccode and cname and cname != pname and "直辖" not in cname:
            out.setdefault(ccode, Region(ccode, cname, 2, pcode, _short(ckw, cname)))
            parent = ccode
        if xcode and xname and xname != "市辖区" and xcode not in out:
            out[xcode] = Region(xcode, xname, 3, parent, _short(xkw, xname))
    return out


def _short(keywords: str | None, name: str) -> tuple[str, ...]:
    words = (w.strip() for w in (keywords or "").split("|"))
    return tuple(sorted({w for w in words if w and w != name and len(w) >= 2}))


def _load() -> dict[str, Region]:
    version = metadata.version(PACKAGE)
    rows = cached_json(f"regions-{version}", version, lambda: [
        [r.code, r.name, r.level, r.parent, list(r.short)] for r in _regions_from_rows(_read_table()).values()
    ])
    return {code: Region(code, name, level, parent, tuple(short)) for code, name, level, parent, short in rows}


class RegionIndex:
    """Finds regions in text without guessing: ambiguous or short county names need their parent."""

    def __init__(self, regions: dict[str, Region]) -> None:
        self.by_code = regions
        self.full: dict[str, list[str]] = {}
        self.short_names: dict[str, list[str]] = {}
        for r in regions.values():
            if r.level:
                self.full.setdefault(r.name, []).append(r.code)
            for s in r.short:
                self.short_names.setdefault(s, []).append(r.code)
        self.children: dict[str, list[str]] = {}
        for r in regions.values():
            if r.parent:
                self.children.setdefault(r.parent, []).append(r.code)
        self.names = self.full.keys() | self.short_names.keys()
        self.lengths = lengths_by_first_char(self.names)
        self._picked: dict[tuple[str, str | None, bool], str | None] = {}

    def chain(self, code: str) -> list[Region]:
        """The region and its ancestors up to 中国."""
        out = []
        current: str | None = code
        while current:
            out.append(self.by_code[current])
            current = self.by_code[current].parent
        return out

    def body_prefix(self, code: str) -> str:
        """How a body's official name starts: a county's with its parent (深圳市南山区, 上海市闵行区)."""
        region = self.by_code[code]
        if region.level == 3 and region.parent:
            return self.by_code[region.parent].name + region.name
        return region.name

    def government_name(self, code: str) -> str:
        return self.body_prefix(code) + ("政府" if code in SPECIAL_ADMINISTRATIVE_REGIONS else "人民政府")

    def is_within(self, code: str, ancestor: str) -> bool:
        return any(r.code == ancestor for r in self.chain(code))

    def provinces(self) -> list[Region]:
        return sorted((r for r in self.by_code.values() if r.level == 1), key=lambda r: r.code)

    def match_at(self, text: str, pos: int = 0, *, within: str | None = None, short_cities: bool = False) -> tuple[str, int] | None:
        """The most specific region named at ``text[pos:]`` (上海市闵行区 → 闵行区) and where it ends."""
        found = self._one_at(text, pos, within, short_cities)
        if found is None:
            return None
        code, end = found
        while (deeper := self._one_at(text, end, code, True)) is not None:
            code, end = deeper
        return code, end

    def _one_at(self, text: str, pos: int, within: str | None, short_cities: bool) -> tuple[str, int] | None:
        for size in self.lengths.get(text[pos:pos + 1], ()):  # prefixes() inlined: tried at every position
            word = text[pos:pos + size]
            if size < 2 or len(word) < size or word not in self.names:
                continue
            code = self._pick(word, within, short_cities)
            if code and not (word.endswith("市") and text[pos + size:pos + size + 1] == "场") \
                    and not (self._zone_named(word, code) and text.startswith(ZONE_WORDS, pos + size)):
                return code, pos + size
        return None

    def _zone_named(self, word: str, code: str) -> bool:
        """A county's short name before 新区/开发区 … names the zone, not the county (钱塘新区 is not
        钱塘区); a city's short name before one is the zone's city (广州开发区 is in 广州市)."""
        return word not in self.full and self.by_code[code].level == 3

    def ambiguous_at(self, text: str, pos: int = 0) -> tuple[tuple[str, ...], int] | None:
        """A full division name at ``pos`` that several regions bear (南山区), its codes and end: read
        when no region is named at ``pos``, so that the body is kept and the ambiguity reported."""
        for size in self.lengths.get(text[pos:pos + 1], ()):
            word = text[pos:pos + size]
            if len(word) == size and len(codes := self.full.get(word, ())) > 1:
                return tuple(sorted(codes)), pos + size
        return None

    def _pick(self, word: str, within: str | None, short_cities: bool) -> str | None:
        """The one region ``word`` names, or None when it names none or several; remembered, since the
        same names come back in item after item (bounded: ``word`` is always a known name)."""
        key = (word, within, short_cities)
        if key not in self._picked:
            self._picked[key] = self._pick_new(word, within, short_cities)
        return self._picked[key]

    def _pick_new(self, word: str, within: str | None, short_cities: bool) -> str | None:
        candidates = list(self.full.get(word, ()))
        for code in self.short_names.get(word, ()):
            level = self.by_code[code].level
            if level == 1 or (level == 2 and short_cities) or (within and level == 3 and self.by_code[code].parent == within):
                candidates.append(code)
        if within:
            candidates = [c for c in candidates if c != within and self.is_within(c, within)]
        if not candidates:
            return None
        top = min(self.by_code[c].level for c in candidates)
        best = sorted({c for c in candidates if self.by_code[c].level == top})
        return best[0] if len(best) == 1 else None

    def named(self, word: str) -> str | None:
        """The one region ``word`` is the whole name of, full or short, at any level (建德 → 建德市):
        for a word that stands alone (a header's place), not one read in running text."""
        codes = set(self.full.get(word, ())) | set(self.short_names.get(word, ()))
        return codes.pop() if len(codes) == 1 else None

    def find(self, text: str) -> str | None:
        """The first region named in ``text``, refined by a named descendant right after it."""
        for pos, ch in enumerate(text):
            if ch in self.lengths and (found := self.match_at(text, pos)):
                return found[0]
        return None


@lru_cache(maxsize=1)
def region_index() -> RegionIndex:
    return RegionIndex(_load())
