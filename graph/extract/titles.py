"""Titles in 《》 (nested 〈〉 and 《》 kept) and the document form they end with."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.gazetteer.schemes import Term, doctypes, ending_form
from graph.patterns.markers import WRAPPER_RE
from graph.patterns.markers import strip_trailing_brackets as _strip

BY_THEN_TITLE = re.compile(r"^(?P<by>[^〈《〉》]*)[〈《](?P<title>[^〈《〉》]+(?:[〈《][^〈〉《》]*[〉》][^〈〉《》]*)*)[〉》]$")
NESTED = re.compile(r"^[〈《](?P<title>[^〈〉《》]+(?:[〈《][^〈〉《》]*[〉》][^〈〉《》]*)*)[〉》]$")
BARE_WRAPPER = re.compile(r"^(?P<inner>.+?)的(?P<form>通知|通告|公告|函)$")
# 白水县人民政府办公室转发《A》《B》和《C》的通知: a forwarding notice's own title, the forwarded ones in it
FORWARDING = re.compile(r"^(?P<by>[^《》〈〉<>]+?)转发(?P<inner>[《〈<].*[》〉>])\s*的(?P<form>通知|通告|函|决定|意见)$")
NESTING = re.compile(r"[《〈<》〉>]")
_PIECE = r"[《〈<](?:[^《〈<》〉>]|[《〈<][^《〈<》〉>]*[》〉>])+[》〉>]"  # one bracketed title, one nesting deep
LISTED = re.compile(rf"^(?P<by>[^《〈<》〉>]*)(?P<titles>{_PIECE}(?:\s*(?:、|和|及|以及|与)?\s*{_PIECE})+)$")
QUOTES = re.compile(r"[“”\"'‘’「」『』\s]")
BRACKETS = re.compile(r"[《》]")
BARE_TITLE = re.compile(r"\s*(?P<title>[^，,。；;:：《》()\s][^，,。；;:：《》]{1,100}?)\s*(?P<remark>\([^()]*\))?\s*[。.]?\s*"
                        r"(?:(?<=\D)\d{4}[-./]\d{1,2}[-./]\d{1,2})?\s*")  # a list's date glued on (…若干规定2019-04-30)
# What a remark after a title holds (bodies, a number, a date, 同上), unlike a title's own (试行), (2021-2025年).
_REMARK = re.compile(r"[局厅部委办府院会署行司处室]|中心|\d\s*号|\d\s*日|同上")
_TITLE_PART = re.compile(r"\(\s*(?:\d{4}\s*[-—–至]\s*\d{4}\s*年?|\d{4}\s*年?\s*(?:版|修订|修正)?)\s*\)")


@dataclass(frozen=True)
class TitleSpan:
    start: int  # offsets of the text inside the outer 《》
    end: int


@dataclass(frozen=True)
class DocForm:
    form: Term | None
    wrapper: Term | None = None
    wrapped: str | None = None  # normalized title of the document a 关于印发…的通知 publishes
    forwards: str | None = None  # the title (as written) a 关于转发…的通知 forwards
    forwards_by: str | None = None  # who issued it, when the title names them (转发国家发展改革委等部门〈X〉)


# Where the title of a 《 left unclosed ends: at the clause's end, or before a bracket holding its number.
UNCLOSED_END = re.compile(r"[，,。；;！!？?:：\n]|\((?=[^()]{0,30}号)")


def find_titles(norm: str) -> tuple[list[TitleSpan], list[int]]:
    """Outer 《…》 spans, and the offsets of 《 left unclosed. A 《 never closed (``印发《甲办法，…``)
    still gives its title, up to the end of its clause; one the next 《 finds past a clause end was
    never closed either."""
    spans: list[TitleSpan] = []
    unclosed: list[int] = []
    stack: list[int] = []
    for m in BRACKETS.finditer(norm):  # only the brackets: a Python loop over every character is slow
        i = m.start()
        if m.group() == "《":
            if stack and UNCLOSED_END.search(norm, stack[0] + 1, i):
                _recover(norm, stack[0], spans, unclosed)
                stack.clear()
            stack.append(i)
        elif stack:
            start = stack.pop()
            if not stack and i > start + 1:
                spans.append(TitleSpan(start + 1, i))
    if stack:
        _recover(norm, stack[0], spans, unclosed)
    return spans, unclosed


def _recover(norm: str, start: int, spans: list[TitleSpan], unclosed: list[int]) -> None:
    """The title of the 《 at ``start`` that nothing closed: up to the last document form its clause
    names (《甲规则已于…会议通过 → 甲规则; 《乙办法(试行)公布 → 乙办法(试行)), else to the clause's end."""
    unclosed.append(start)
    end = m.start() if (m := UNCLOSED_END.search(norm, start + 1)) else len(norm.rstrip())
    end = _last_form_end(norm, start + 1, end) or end
    if end > start + 2:
        spans.append(TitleSpan(start + 1, end))


def _last_form_end(norm: str, start: int, end: int) -> int | None:
    """The last offset in ``norm[start:end]`` where the words since ``start`` end with a document form,
    perhaps followed by the title's own brackets ((试行), (2021-2023年))."""
    forms = doctypes()
    for at in range(end, start + 1, -1):
        words = norm[start:at]
        if not words.endswith(")"):
            if ending_form(words, forms) is not None:
                return at
        elif (own := _TITLE_OWN.search(words)) and ending_form(words[:own.start()], forms) is not None:
            return at
    return None


_TITLE_OWN = re.compile(r"\((?:试行|暂行|征求意见稿|草案|修订|修正|\d{4}[^()]{0,12})\)$")


def bare_title(norm: str, start: int, forms: tuple[Term, ...]) -> TitleSpan | None:
    """An entry that is only a title without 《》 (甲省人民政府办公厅关于印发乙办法的通知, 甲省电子印章
    管理办法(试行), as directories list them), then perhaps a remark in brackets (its bodies, number or
    date): the title's span, when it ends with a document form."""
    m = BARE_TITLE.fullmatch(norm, start)
    if m is None:
        return None
    remark = m.group("remark")
    if remark and (_TITLE_PART.fullmatch(remark) or not _REMARK.search(remark)):  # the title's own brackets
        end = m.end("remark")
    else:
        end = m.end("title")
    if _form(norm[m.start("title"):end], forms) is None:
        return None
    return TitleSpan(m.start("title"), end)


PASSED_LAW = re.compile(r"(?:审议通过|表决通过|通过|颁布|修正|修订)了?\s*(?P<title>[^，,。；;:：《》()\s]{2,40}?(?:法典|法|决定|条例))"
                        r"(?=\s*(?:[，,。；;(]|$))")


def passed_law(norm: str, start: int) -> TitleSpan | None:
    """A law or decision named without 《》 after the word that passes it (通过电子签名法,
    表决通过关于加强网络信息保护的决定): its span. The caller asks it only of a legislature's clauses."""
    m = PASSED_LAW.search(norm, start)
    return TitleSpan(m.start("title"), m.end("title")) if m else None


# 安徽省政府办公厅出台推进…工作的通知，要求…: a document named without 《》 right after its issuing verb,
# up to the clause end, reading 关于… or …的通知 (出台多项措施 names no document).
NAMED_BARE = re.compile(r"\s*(?:联合|正式|近日|日前)?\s*(?:印发|发布|出台|公布|下发|颁布|制定)了?\s*"
                        r"(?P<title>关于[^，,。；;:：《》()]{4,60}?|[^，,。；;:：《》()]{4,60}?的(?:通知|意见|决定|通告|公告|函))"
                        r"\s*(?=[，,。；;]|$)")


def named_bare(norm: str, start: int, forms: tuple[Term, ...]) -> TitleSpan | None:
    """A document an issuer names in running text without 《》 (出台推进…工作的通知): its span, when
    the words after the issuing verb end the clause with a document form."""
    m = NAMED_BARE.match(norm, start)
    if m is None or _form(m.group("title"), forms) is None:
        return None
    return TitleSpan(m.start("title"), m.end("title"))


def title_key(norm_title: str) -> str:
    """The form two mentions of one title share: no quotes, spaces or 〈〉 variants."""
    return QUOTES.sub("", norm_title).replace("〈", "《").replace("〉", "》")


def doc_form(norm_title: str, forms: tuple[Term, ...]) -> DocForm:
    """关于印发X的通知 gives 通知 as wrapper and X's own form; any other title its last form word."""
    title = QUOTES.sub("", norm_title)
    if (m := FORWARDING.match(title)) and m.group("by") != "关于":  # by a body, not 关于转发《X》 (below)
        listed = pieces(m.group("inner"))
        return DocForm(None, _form(m.group("form"), forms), None, listed[0] if listed else None)
    if m := WRAPPER_RE.search(title):
        inner = unnest(m.group("inner"))
        if m.group("verb") == "转发":  # the notice implements X, it does not publish it
            written = WRAPPER_RE.search(norm_title.strip())  # X with its quotes, as it stands in the title
            by, forwarded = split_forwarded(written.group("inner") if written else inner)
            return DocForm(None, _form(m.group("form") or "", forms), None, forwarded, by)
        return DocForm(_form(inner, forms), _form(m.group("form") or "", forms), title_key(_strip(inner)))
    if m := BARE_WRAPPER.match(_strip(title)):
        inner_form = _form(m.group("inner"), forms)
        if inner_form is not None and not m.group("inner").startswith("关于"):
            return DocForm(inner_form, _form(m.group("form"), forms), title_key(_strip(m.group("inner"))))
    return DocForm(_form(title, forms))


def split_forwarded(inner: str) -> tuple[str | None, str]:
    """``国家发展改革委等部门〈X〉``: the issuers named before a nested title, and the title."""
    m = BY_THEN_TITLE.match(inner.strip())
    if m is not None:
        return m.group("by") or None, m.group("title")
    if (listed := LISTED.match(inner.strip())) is not None:  # 〈A〉和〈B〉: the first forwarded, whole
        return listed.group("by") or None, pieces(listed.group("titles"))[0]
    return None, unnest(inner)


def pieces(title: str) -> list[str]:
    """The titles nested at the top level of ``title``, whichever brackets they are written in:
    关于印发〈A〉<B>和《C》的通知 → [A, B, C]; their own nested titles stay inside them."""
    out: list[str] = []
    depth = start = 0
    for m in NESTING.finditer(title):
        if m.group() in "《〈<":
            if depth == 0:
                start = m.end()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                out.append(title[start:m.start()])
    return out


def unnest(title: str) -> str:
    """〈X〉 or 《X》 standing for a whole title inside another: X (its own 〈〉 kept)."""
    m = NESTED.match(title.strip())
    return m.group("title") if m else title


def _form(title: str, forms: tuple[Term, ...]) -> Term | None:
    """The form ``title`` ends with, its trailing brackets ((试行), (2021-2025年)) left out."""
    return ending_form(_strip(title), forms)
