"""Dates as Chinese and ISO texts write them, and their values at the precision written.

A date value is an ISO string: ``2021-03-05`` (day), ``2021-03`` (month only), ``2021`` (year
only); a month-only date is never padded to a day. Chinese numerals (``二〇二一年十一月十七日``)
are read from the matched groups; the text itself is never rewritten, so offsets stay.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

CN_NUM = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
          "九": 9, "十": 10}
_CN_DIGITS = "〇零一二三四五六七八九"
_ZEROS = {"0": 0, "○": 0, "O": 0}  # a numeral year's zero typed as a digit, a circle or a letter (二00五, 二○○五)
_CN_SMALL = "[一二三四五六七八九十]{1,3}"  # 1..31
YEAR = rf"(?:\d{{4}}|[{_CN_DIGITS}{''.join(_ZEROS)}]{{4}})"
# After its year, a month's two digits may be split by a typo's space (2021年1 2月), and a day's after
# its month (6月1 6日: a PDF line broken between them).
_MONTH = rf"(?:\d{{1,2}}(?!\s\d\s*月)|(?<=年)\d\s\d|(?<=年\s)\d\s\d|{_CN_SMALL})"
_DAY = rf"(?:\d{{1,2}}(?!\s\d\s*[日号])|(?<=月)\d\s\d|(?<=月\s)\d\s\d|{_CN_SMALL})"
_D = rf"(?<!\d)(?:(?P<y>{YEAR})\s*年\s*)?(?P<m>{_MONTH})\s*月\s*(?P<d>{_DAY})\s*[日号]"
_ISO = r"(?<![\d.])(?P<iy>\d{4})\s*(?P<sep>[-./])\s*(?P<im>\d{1,2})\s*(?P=sep)\s*(?P<id>\d{1,2})(?!\d|\.\d)"
DATE = f"(?:{_D}|{_ISO})"
DATE_RE = re.compile(DATE)
# A month with its year and no day after it: 2020年5月, 二〇一九年十二月.
MONTH_DATE = rf"(?<!\d)(?P<my>{YEAR})\s*年\s*(?P<mm>{_MONTH})\s*月(?!\s*(?:\d{{1,2}}|{_CN_SMALL})\s*[日号])"
MONTH_DATE_RE = re.compile(MONTH_DATE)
YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")


def cn_number(text: str) -> int | None:
    """1..99 written in digits (a space between them is a typo: 1 2) or Chinese numerals (十二, 二十一)."""
    if " " in text:
        text = text.replace(" ", "")
    if text.isdigit():
        return int(text)
    if not text or any(ch not in CN_NUM for ch in text):
        return None
    if "十" not in text:
        return CN_NUM[text] if len(text) == 1 else None
    tens, _, units = text.partition("十")
    digits = [CN_NUM[ch] for ch in tens + units]
    if len(tens) > 1 or len(units) > 1 or not all(1 <= d <= 9 for d in digits):
        return None
    return (CN_NUM[tens] if tens else 1) * 10 + (CN_NUM[units] if units else 0)


def year_of(text: str) -> int | None:
    """A year written in digits or digit by digit in numerals (二〇二一, 二00五)."""
    if text.isdigit():
        return int(text)
    digits = [CN_NUM.get(ch, _ZEROS.get(ch)) for ch in text]
    if any(d is None or d > 9 for d in digits):
        return None
    return int("".join(map(str, digits)))


def parts(m: re.Match[str]) -> tuple[int | None, int, int]:
    """(year or None, month, day) of a DATE match; 0 for a numeral that is no number."""
    if m.group("iy"):
        return int(m.group("iy")), int(m.group("im")), int(m.group("id"))
    year = m.group("y")
    return (year_of(year) if year else None), cn_number(m.group("m")) or 0, cn_number(m.group("d")) or 0


def month_parts(m: re.Match[str]) -> tuple[int | None, int]:
    """(year, month) of a MONTH_DATE match."""
    return year_of(m.group("my")), cn_number(m.group("mm")) or 0


def make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """The ISO value at the precision given (2021, 2021-03, 2021-03-05), or None when impossible."""
    if not 1000 <= year <= 9999:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
    found = make_date(year, month, day)
    return found.isoformat() if found else None


_EPOCH = re.compile(r"\s*(?P<s>\d{9,10})(?:\d{3})?\s*")  # seconds, perhaps with milliseconds
_BEIJING = timezone(timedelta(hours=8))


def epoch_day(text: str) -> str | None:
    """The ISO day of a Unix timestamp in seconds or milliseconds (1650851148000), as an API exports
    a date: read in Beijing time, where a day's midnight is 16:00 UTC the day before."""
    m = _EPOCH.fullmatch(text)
    if m is None:
        return None
    return datetime.fromtimestamp(int(m.group("s")), _BEIJING).date().isoformat()


_SERIAL = re.compile(r"\s*(?P<d>\d{5})(?:[.．]\d+)?\s*")  # whole days, perhaps with the time of day as a fraction
_SERIAL_EPOCH = date(1899, 12, 30)


def serial_day(text: str) -> str | None:
    """The ISO day of a spreadsheet's serial day number (44098 is 2020-09-24), as an export from
    Excel writes a date cell: days counted from 1899-12-30, the 1900 system's day 0 (its false
    1900-02-29 included)."""
    m = _SERIAL.fullmatch(text)
    days = int(m.group("d")) if m else 0  # digits of any width (４４０９８)
    return (_SERIAL_EPOCH + timedelta(days=days)).isoformat() if days >= 10000 else None

