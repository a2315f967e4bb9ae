"""《title》 anchors: the titles a clause names, and a title standing alone on its line (a
compilation lists a document's title, then a paragraph about it)."""

from __future__ import annotations

import re

from graph.gazetteer.schemes import doctypes, ending_form
from graph.patterns.dates import DATE
from graph.patterns.markers import ACTION, BY_ORDER, INTERPRETS_RE, MARKER_RE, WRAPPER_RE, strip_trailing_brackets
from graph.read.detect import notices
from graph.read.detect.dates import leading

TITLE_RE = re.compile(r"《([^《》]*)》")
_SPACES = re.compile(r"\s+")
# The line is one 《title》, perhaps after a list marker and before its number or date in brackets.
_ALONE_RE = re.compile(r"《[^《》]{2,}》\s*(?:\([^()]{0,40}\))?\s*[。:：，,;；]?\s*$")


def bare_entry(norm: str) -> bool:
    """A numbered line that is a title without 《》 (a directory's ``3 甲省电子印章管理办法``): an
    entry, not a section header, though it is as short as one."""
    m = MARKER_RE.match(norm)
    return (m is not None and m.group("num") is not None and "《" not in norm
            and ending_form(strip_trailing_brackets(norm), doctypes()) is not None)


def named(norm: str) -> list[str]:
    """The titles written in ``norm``, without their brackets."""
    return TITLE_RE.findall(norm)


# 正式发布该规则, 印发了上述办法: an action on a document named before, by its form alone.
_REFERRED_RE = re.compile(rf"{ACTION}了?\s*(?:该|此|上述|这一)(?P<form>[\u4e00-\u9fff]{{1,3}}?)(?=[，,。；;\s(]|$)")


def referred(clause: str, earlier: list[str]) -> str | None:
    """The document a clause without a 《title》 issues by its form (最高法正式发布该规则 after
    《甲规则》 was named): the last earlier title ending with that form; None when none does. One that
    publishes by an order's number alone (30日以甲市政府令第9号公布) publishes the last earlier title."""
    if "《" in clause:
        return None
    m = _REFERRED_RE.search(clause)
    if m is None:
        return earlier[-1] if earlier and by_order(clause) else None
    return next((t for t in reversed(earlier) if strip_trailing_brackets(t).endswith(m.group("form"))), None)


# 以甲市政府令第9号公布: published as an order, under the order's number.
_BY_ORDER_RE = re.compile(BY_ORDER)


def by_order(clause: str) -> tuple[int, int] | None:
    """The span of the order's number a clause naming no 《title》 publishes its document by
    (30日以甲市政府令第9号公布，自…施行)."""
    m = _BY_ORDER_RE.search(clause) if "令" in clause and "《" not in clause else None
    return m.span("number") if m else None


_ALIAS_RE = re.compile(r"(?:以下简称|以下称|下称|简称)\s*[“\"《]([^“”\"《》]{1,20})[”\"》]")


def aliases(norm: str) -> list[str]:
    """The short names a text declares for the document it names (（以下简称“方案”）, 简称《办法》)."""
    return _ALIAS_RE.findall(norm) if "称" in norm else []


_PAIRS = (("《", "》"), ("(", ")"), ("[", "]"))  # as normalize writes them: （ and 〔 【 folded
_DATE_HEAD = re.compile(r"(?:\d|年|月)$")
_DATE_TAIL = re.compile(r"^\d{0,2}\s*[月日号]")
_YEAR_ALONE = re.compile(r"\s*(?:19|20)\d{2}\s*年\s*")  # a year alone on its line heads the entries under it (大事记)


def awaited(norm: str) -> str:
    """The closing marks a line leaves awaited: a title's 》, a bracket's ) or ] it opened and did not
    close (its title, number or date goes on on the next line, as a PDF's printed line broke it)."""
    return "".join(close for open_, close in _PAIRS if norm.count(open_) > norm.count(close))


def goes_on(previous: str, norm: str) -> bool:
    """``norm`` is the rest of ``previous``, broken where a printed line ended: it closes first a mark
    ``previous`` left open (``《甲省关于推进`` / ``电子证照的意见》``), or ends a date ``previous`` began
    (``2021年6`` / ``月16日``), unless ``previous`` is a year alone, the header of the dates below it."""
    if _DATE_HEAD.search(previous) and _DATE_TAIL.match(norm) and _YEAR_ALONE.fullmatch(previous) is None:
        return True
    for close in awaited(previous):
        open_ = next(o for o, c in _PAIRS if c == close)
        end = norm.find(close)
        if end >= 0 and not 0 <= norm.find(open_) < end:
            return True
    return False


def alone(norm: str) -> bool:
    """``《关于…的意见》`` (or ``1.《…》（国办发〔2022〕3号）``) alone on its line."""
    marker = MARKER_RE.match(norm)
    body = norm[marker.end():] if marker else norm.lstrip()
    return body.startswith("《") and _ALONE_RE.match(body) is not None


_HEADING_MAX = 40
_VERB_RE = re.compile(r"印发|发布|出台|公布|召开|转发|通过|实施|施行")
_SENTENCE_RE = re.compile(r"[。，,；;！!？?:：]")


def heading(norm: str) -> bool:
    """A short line naming a 《title》 with a few words and no sentence (``《电子签名法》修正草案``,
    ``某部关于修改《…》的决定``): a heading over the paragraphs about it, not an item itself. A line
    opening with its date (``• 2019.04 某常委会第二次修正《…》``) is a dated entry."""
    if len(norm) > _HEADING_MAX or "《" not in norm or alone(norm) or _SENTENCE_RE.search(norm) or _VERB_RE.search(norm):
        return False
    marker = MARKER_RE.match(norm)
    return leading(norm[marker.end() if marker else 0:]) is None


_BARE_HEADING_RE = re.compile(r"\s*[\u4e00-\u9fff][\u4e00-\u9fff\d()“”\"\-、]{3,40}\s*")


def bare_heading(norm: str) -> bool:
    """A line that could be a title written without 《》 (某省电子文件管理实施办法): words only, no
    sentence; the reader takes it as one only with a dated note under it."""
    return _BARE_HEADING_RE.fullmatch(norm) is not None


_LISTED_RE = re.compile(r"[^。，,；;！!？?:：]{6,150}")
_HEADLINE_VERB = re.compile(r"印发|发布|出台|公布|转发|推出|制定")


def listed(norm: str) -> bool:
    """A line that is one document's own title, without outer 《》 (甲关于印发《乙》的通知, 丙省电子印章
    管理办法(试行)): an entry of a list page, which dates it on the line below. A headline saying that a
    body issued it (甲省出台电子印章管理办法) is not one: its verb comes without 关于."""
    text = norm.strip()
    if _LISTED_RE.fullmatch(text) is None or ending_form(strip_trailing_brackets(text), doctypes()) is None:
        return False
    verb = _HEADLINE_VERB.search(text)
    return verb is None or "关于" in text[:verb.start()]


HEADING_PART_MAX = 40


def broken_heading(parts: list[str]) -> bool:
    """Two or three short lines that are one document's title, broken where a printed heading broke
    (甲省人民政府办公厅 / 关于印发乙方案的通知): none a title by itself, none with punctuation or a list
    marker, and joined one title that says 关于."""
    if any(not p or len(p) > HEADING_PART_MAX or _SENTENCE_RE.search(p) or MARKER_RE.match(p) for p in parts):
        return False
    if ending_form(strip_trailing_brackets(parts[0].strip()), doctypes()) is not None:
        return False  # the first line is a whole title: the next is something else (its number, a subtitle)
    joined = "".join(p.strip() for p in parts)
    return "关于" in joined and listed(joined)


_WRAPS = frozenset({"印发", "转发", "发布"})
_NOTICE_FORMS = frozenset({"通知", "决定"})


def wrapped(heading: str) -> list[str]:
    """The title a notice's heading publishes or forwards, as ``named`` gives titles (乙办法 of 甲厅关于印发
    乙办法的通知); [] for any other heading."""
    text = heading.strip()
    m = WRAPPER_RE.search(text)
    if m is None or m.group("verb") not in _WRAPS or m.group("form") not in _NOTICE_FORMS or text[m.start("form") - 1] != "的":
        return []
    return [m.group("inner").removeprefix("《").removesuffix("》")]


def numbered_title(norm: str) -> int | None:
    """Where the title of a numbered entry starts when the rest of its line is a document's own
    title without outer 《》 (一、甲关于印发《乙》的通知, 二、丙市人民政府印发《丁》的通知): a directory's
    entry; None for any other line."""
    marker = MARKER_RE.match(norm)
    if marker is None or marker.group("num") is None:
        return None
    body = norm[marker.end():]
    return marker.end() if listed(body) or notices.title_line(body) else None


_DATED_ENTRY = re.compile(rf"(?P<title>.+?)\s*[\[(]?\s*(?P<date>{DATE})\s*[\])]?\s*")


_DATE_ENDS = tuple("0123456789日号)]")


def dated_entry(norm: str) -> tuple[int, int, re.Match[str]] | None:
    """A list entry that is a document's own title with its date after it (关于…的通知2023-10-27, as a
    list page's text runs a link and its date together; 甲省电子印章管理办法 (2021年3月5日)): the
    title's span and the date's match, after any list marker."""
    if not norm.rstrip().endswith(_DATE_ENDS):  # most lines end with none: the costly match is skipped
        return None
    marker = MARKER_RE.match(norm)
    start = marker.end() if marker else 0
    m = _DATED_ENTRY.fullmatch(norm, start)
    if m is None or not listed(m.group("title")):
        return None
    return m.start("title"), m.end("title"), m


def all_known(norm: str, known: list[str]) -> bool:
    """Every title in ``norm`` is (part of) one already named: 《通知》 refers back to 《关于…的通知》;
    spaces and line breaks inside a title (a PDF's wrapping) do not count."""
    found = named(norm)
    if not found:
        return True
    keys = [_SPACES.sub("", k) for k in known]
    return all(any(_SPACES.sub("", title) in k for k in keys) for title in found)


_TITLE_LINE_MAX = 60  # an interpretation's heading is short


def interpretation(norm: str) -> tuple[int, int] | None:
    """The span of the title a heading interprets (甲办法 of ``《甲办法》政策解读``, ``关于《甲办法》的解读``), a
    short line that is no sentence, as a gazette's 政策解读 section heads each one; None for any other line."""
    if "《" not in norm or ("解" not in norm and "问" not in norm) or len(norm) > _TITLE_LINE_MAX:
        return None
    if _SENTENCE_RE.search(norm) or INTERPRETS_RE.match(norm) is None:
        return None
    m = TITLE_RE.search(norm)
    return m.span(1) if m else None
