"""Dates an entry is anchored on: the one it opens with, a date alone on a line, one written after
the title or at the end of the entry, and 同日/当月 that repeat the previous entry's date."""

from __future__ import annotations

import re
from typing import NamedTuple

from graph.patterns.dates import DATE, DATE_RE, MONTH_DATE, MONTH_DATE_RE, YEAR, cn_number, iso, month_parts, parts, year_of
from graph.text import normalize_name
from graph.patterns.markers import (BODY_END, DAY_LEAD_RE, DOTTED_MONTH_RE, ISSUER_LEAD_RE, LEADING_DATE_RE, LEADING_MONTH_RE, SAME_DAY_RE, SAME_MONTH_RE,
                                    SAME_YEAR_RE, SINCE_LEAD_RE, SINCE_RE, YEAR_LEAD_RE)


class DateMark(NamedTuple):
    """A date found at ``start:end``: its written parts (day None for a month-only date, month 0
    and day None for a year-only one), or, for 同日/当月/同年, ``same`` = "day", "month" or "year"
    and no parts."""

    start: int
    end: int
    year: int | None = None
    month: int = 0
    day: int | None = None
    same: str | None = None
    passing: bool = False  # a year read in passing (自2016年《X》…起, X's year): no year for the dates after it


def of_date(m: re.Match[str], offset: int = 0) -> DateMark:
    year, month, day = parts(m)
    return DateMark(m.start() + offset, m.end() + offset, year, month, day)


def of_month(m: re.Match[str], offset: int = 0) -> DateMark:
    year, month = month_parts(m)
    return DateMark(m.start() + offset, m.end() + offset, year, month, None)


def leading(norm: str) -> DateMark | None:
    """The date an entry opens with (``2021年3月5日，``, ``[2021年8月6日]``, ``3月，``, ``30日，``, ``同日，``,
    ``自2016年《X》…起``, X's year); its span covers the lead up to the entry's body. None for a
    date read in passing."""
    if m := LEADING_DATE_RE.match(norm):
        d = DATE_RE.search(norm, 0, m.end())
        return of_date(d)._replace(start=0, end=m.end()) if d else None
    if m := LEADING_MONTH_RE.match(norm):
        year = year_of(m.group("y")) if m.group("y") else None
        return DateMark(0, m.end(), year, cn_number(m.group("m")) or 0, None)
    if m := DAY_LEAD_RE.match(norm):  # 30日以…公布: a day of the month before, no month of its own
        return DateMark(0, m.end(), None, 0, cn_number(m.group("d")))
    if (m := SINCE_LEAD_RE.match(norm)) and "《" not in _sentence(norm):  # 从2014年起，…便开始研究推进
        if m.group("sy"):
            return DateMark(0, m.end(), year_of(m.group("sy")), cn_number(m.group("sm") or "") or 0, None)
        d = DATE_RE.search(norm, 0, m.end())
        return of_date(d)._replace(start=0, end=m.end()) if d else None
    if m := YEAR_LEAD_RE.match(norm):
        return DateMark(0, m.end(), year_of(m.group("y")), 0, None)
    if norm[:1].isdigit() and (m := DOTTED_MONTH_RE.match(norm)):
        return DateMark(0, m.end(), int(m.group("y")), int(m.group("m")), None)
    if m := SAME_DAY_RE.match(norm):
        return DateMark(0, m.end(), same="day")
    if m := SAME_MONTH_RE.match(norm):
        return DateMark(0, m.end(), same="month")
    if m := SAME_YEAR_RE.match(norm):
        if (day := leading(norm[m.end():])) is not None and day.year is None and day.month:  # 同年6月23日: that year's day
            return day._replace(start=0, end=m.end() + day.end)
        return DateMark(0, m.end(), same="year")
    if m := SINCE_RE.match(norm):
        alone = m.group("sy")
        mark = within(norm, 0, m.end()) if alone is None else DateMark(0, 0, year_of(alone), passing=True)
        return mark._replace(start=0, end=m.end()) if mark else None
    return None


_SENTENCE_END = re.compile(r"[。；;!！?？]")


def _sentence(norm: str) -> str:
    end = _SENTENCE_END.search(norm)
    return norm[:end.end()] if end else norm


# 该应用于2021年3月上线: a short subject, then 于 and the date of what it did.
_STATED_RE = re.compile(rf"^\s*[^，,。；;!！?？《》:：]{{1,12}}?于\s*(?:{DATE}|{MONTH_DATE})")


# 乙局同日对《办法》进行解读: a body, then the day of the sentence before.
_SAME_DAY_AFTER_RE = re.compile(rf"^\s*[^，,。；;!！?？《》:：]{{1,16}}?{BODY_END}\s*(?:同日|当日|当天|同一天)")


def stated(norm: str) -> DateMark | None:
    """The date a sentence gives its subject's action (``该平台于2021年3月上线``), right after
    ``于``, or 同日 right after the body acting (``乙局同日对《办法》进行解读``): the date of that
    action, whatever the sentence then says."""
    if m := _STATED_RE.match(norm):
        return within(norm, m.start(), m.end())
    if m := _SAME_DAY_AFTER_RE.match(norm):
        return DateMark(m.start(), m.end(), same="day")
    return None


_OPENING_RE = re.compile(rf"^\s*\[?{DATE}")


def opening(norm: str) -> DateMark | None:
    """The date a paragraph opens with, even one read in passing (``2019年4月26日发布的《…》``): the
    date of the title a compilation's paragraph is about."""
    if mark := leading(norm):
        return mark
    m = _OPENING_RE.match(norm)
    return of_date(DATE_RE.search(norm, 0, m.end())) if m else None  # type: ignore[arg-type]


_WEEKDAY = r"(?:\s*\((?:周|星期|礼拜)[^)]{1,2}\))?"
_LINE_MAX = 30  # a date or month alone on a line is short: longer lines are not tried
DATE_LINE_RE = re.compile(rf"^\s*[\[(]?{DATE}[\])]?{_WEEKDAY}\s*[:：]?\s*$")
MONTH_LINE_RE = re.compile(
    r"^\s*[\[(]?(?:(?P<y>\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*)?(?P<m>[一二三四五六七八九十]{1,3}|\d{1,2})\s*月份?"
    r"[\])]?\s*[:：]?\s*$")


def date_line(norm: str) -> DateMark | None:
    """A line that is only a day date (``1月5日``, ``【3月4日】``, ``3月6日（周五）``): the date of
    the paragraph under it."""
    if len(norm) <= _LINE_MAX and DATE_LINE_RE.match(norm) and (m := DATE_RE.search(norm)):
        return of_date(m)
    return None


def month_line(norm: str) -> DateMark | None:
    """A line that is only a month (``一月``, ``3月份``, ``【2019年12月】``): a header whose entries
    are dated to that month unless they give their own date."""
    m = MONTH_LINE_RE.match(norm) if len(norm) <= _LINE_MAX else None
    month = cn_number(m.group("m")) if m else None
    if m is None or month is None or not 1 <= month <= 12:
        return None
    return DateMark(m.start(), m.end(), year_of(m.group("y")) if m.group("y") else None, month, None)


# After the title: (国办发〔2022〕3号，2022年1月20日), （2020年6月3日印发）, 发布日期：2020-06-03, a
# date closing the entry, or one of the clause that names the issuer (《…》，2021年1月由甲局发布).
_TRAILING = (
    re.compile(rf"\(\s*(?:[^()]{{0,80}}[，,;；\s])?(?:{DATE}|{MONTH_DATE})\s*(?:印发|发布|公布|施行)?\s*\)"),
    re.compile(rf"(?:发布|印发|成文|发文)?(?:日期|时间)\s*[:：]\s*(?:{DATE}|{MONTH_DATE})"),
    re.compile(rf"[》\s，,](?:{DATE}|{MONTH_DATE})\s*(?:印发|发布|公布)?\s*[。.]?\s*$"),
    re.compile(rf"》\s*(?:已)?于\s*(?:{DATE})(?!\s*起)[^，,。；;]{{0,30}}?(?:颁布|公布|印发|发布|审议通过|表决通过|通过|签署)"),
    re.compile(rf"》\s*[，,]\s*(?:{DATE}|{MONTH_DATE})(?!\s*起)\s*由[^，,。；;]{{2,30}}?(?:颁布|公布|印发|发布|出台|制定)"),
    re.compile(r"(?<=[\u4e00-\u9fff)])\d{4}[-./]\d{1,2}[-./]\d{1,2}\s*$"),  # 甲省召开推进会2022-01-20: a list entry's date cell
    # 甲厅根据…，于2021年10月22日制定印发《X》, 甲办于5月20日发布公告: the day its body acted, later in the sentence
    re.compile(rf"于\s*(?:{DATE}|{MONTH_DATE})\s*(?:正式|联合)?(?:制定|研究)?(?:印发|发布|公布|出台|颁布|下发)"),
)


_NOTE_RE = re.compile(rf"^\s*\(\s*{DATE}\s*(?P<by>[^()，,。；;]{{0,30}}?)\s*(?:印发|发布|公布|颁布|制定|通过)\s*\)\s*。?\s*$")


def note(norm: str) -> tuple[DateMark, str] | None:
    """``（2003年12月17日某省档案局印发）`` alone on a line: the date and issuer of the title above it."""
    m = _NOTE_RE.match(norm) if len(norm) <= 60 else None
    day = DATE_RE.search(norm) if m else None
    return (of_date(day), m.group("by")) if m and day else None


def trailing(norm: str) -> DateMark | None:
    """A date written after the title or at the end of an entry that does not open with one."""
    for pattern in _TRAILING:
        if m := pattern.search(norm):
            return within(norm, m.start(), m.end())
    return None


_ISSUED_YEAR = re.compile(rf"({YEAR})\s*年")


def issued(body: str) -> DateMark | None:
    """The day written between an entry's issuer and its action (``某市人民政府办公室2020年12月3日
    印发《…》``, ``某局于3月5日发布《…》``): the date of the document it issues."""
    pos = body.find("《")
    m = ISSUER_LEAD_RE.match(body, 0, pos) if pos > 0 else None
    if m is not None and m.group("year") is not None:  # 甲部(2020)印发《…》: a review's citation, dated by its year
        return DateMark(m.start("year"), m.end("year"), int(m.group("year")), 0, None)
    if m is None or m.group("issued") is None:
        return None
    if (day := within(body, m.start("issued"), m.end("issued"))) is not None:
        return day
    year = _ISSUED_YEAR.match(body, m.start("issued"))  # 甲局2020年发布《…》: the year alone
    return DateMark(year.start(), year.end(), year_of(year.group(1)), 0, None) if year else None


# 2022年4月27日发布的《甲方案》，…: an entry whose subject is the document and the day it was published.
_PUBLISHED_OF_RE = re.compile(rf"^\s*{DATE}\s*(?:正式)?(?:印发|发布|公布|出台|颁布)的\s*《")


def published_of(body: str) -> DateMark | None:
    """The day of the document an entry opens by naming as published that day (``2022年4月27日发布的
    《甲方案》``), which ``leading`` reads as a date in passing."""
    return within(body, 0, m.end()) if (m := _PUBLISHED_OF_RE.match(body)) is not None else None


# (记者 张三)《甲办法》5月26日公布: a report that opens with a title, then the day it was issued.
_TITLED_RE = re.compile(rf"^\s*(?:\([^()]{{0,15}}\)\s*)?《[^《》]+》\s*(?:于\s*)?{DATE}\s*(?:正式)?(?:印发|发布|公布|出台|颁布|下发)")


def titled(body: str) -> DateMark | None:
    """The day written right after the title a report opens with (``《甲办法》5月26日公布``): that
    document's date."""
    m = _TITLED_RE.match(body)
    return within(body, body.index("》"), m.end()) if m else None


def within(norm: str, start: int = 0, end: int | None = None) -> DateMark | None:
    """The first day date in ``norm[start:end]``, else the first month date."""
    end = len(norm) if end is None else end
    if m := DATE_RE.search(norm, start, end):
        return of_date(m)
    if m := MONTH_DATE_RE.search(norm, start, end):
        return of_month(m)
    return None


# 某市数据局 www.example.gov.cn 时间:2022-12-30 来源:…: a page's byline, the body publishing the article and its day.
_BYLINE_RE = re.compile(rf"^\s*(?P<by>[\u4e00-\u9fff]{{1,40}}?{BODY_END})\s*[A-Za-z0-9.\-/:]*\s*"
                        rf"(?:发布|发表)?(?:时间|日期)\s*[:：]\s*{DATE}")


def byline(norm: str) -> tuple[tuple[int, int], DateMark] | None:
    """The span of the body a byline names, and its day (``某市数据局 时间:2022-12-30 来源:…``)."""
    m = _BYLINE_RE.match(norm)
    day = DATE_RE.search(norm, m.end("by")) if m else None
    return (m.span("by"), of_date(day)) if m and day else None


ARTICLE_DATE_RE = re.compile(rf"^\s*(?:发布|发表|更新)?(?:时间|日期)\s*[:：]\s*{DATE}")


def article_date(norm: str) -> str | None:
    """发布时间：2024年1月5日 (or 日期：2021-12-31): the date an article is published, at its precision."""
    if (m := ARTICLE_DATE_RE.match(norm)) and (found := parts(m))[0]:
        return iso(*found)  # type: ignore[arg-type]
    return None


_YEAR_CELL = re.compile(r"\s*((?:19|20)\d{2})\s*年?(?:度)?\s*")


def cell(norm: str) -> DateMark | None:
    """The date a table's date cell holds: a day or a month (its year perhaps left to the context), or
    a year alone (2020年, 2020)."""
    if mark := within(norm):
        return mark
    year = _YEAR_CELL.fullmatch(norm)
    return DateMark(0, len(norm), int(year.group(1)), 0, None) if year else None


def value(text: str) -> str | None:
    """The ISO value of a cell that holds one full date, in any written form, at its precision: a
    day, a month, or a year alone (2020年, 2020)."""
    mark = cell(normalize_name(text))
    return iso(mark.year, mark.month or None, mark.day) if mark is not None and mark.year is not None else None
