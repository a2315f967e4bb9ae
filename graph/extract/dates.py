"""Chinese and ISO dates, and the patterns that tell an item's own date from a date in passing."""

from __future__ import annotations

import re
from datetime import date

CN_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

_D = r"(?:(?P<y>\d{4})\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]"
_ISO = r"(?P<iy>\d{4})\s*[-./]\s*(?P<im>\d{1,2})\s*[-./]\s*(?P<id>\d{1,2})(?!\d)"
DATE = f"(?:{_D}|{_ISO})"
DATE_RE = re.compile(DATE)


def cn_number(text: str) -> int | None:
    """1..99 written in digits or Chinese numerals (十二, 二十一)."""
    if text.isdigit():
        return int(text)
    if not text or any(ch not in CN_NUM for ch in text):
        return None
    if "十" not in text:
        return CN_NUM[text] if len(text) == 1 else None
    tens, _, units = text.partition("十")
    value = (CN_NUM.get(tens, 0) if tens else 1) * 10 + (CN_NUM.get(units, 0) if units else 0)
    return value if value < 100 else None


def parts(m: re.Match[str]) -> tuple[int | None, int, int]:
    """(year or None, month, day) of a DATE match."""
    if m.group("iy"):
        return int(m.group("iy")), int(m.group("im")), int(m.group("id"))
    year = m.group("y")
    return (int(year) if year else None), int(m.group("m")), int(m.group("d"))


def make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")
