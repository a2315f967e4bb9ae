"""The one segmenter: cuts a roundup's lines into items around the anchors the detectors of
``graph.read.detect`` mark. One item per date-led clause or sentence that names a title or an
issuing action, per table row, per numbered entry, per 《title》 alone on its line (with the
paragraph about it); a paragraph under a date line is that date's item. Adding a layout means
adding a detector and one rule here, never a branch per document."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from graph.patterns.dates import YEAR_RE, iso
from graph.patterns.markers import (ACTION_RE, ADOPTED_RE, AMENDED_BY_RE, DATELINE_RE, DOC_NUMBER, IN_FORCE_LEAD, MARKER_RE,
                                    RECENT_RE, REPORT_RE, SINCE_LEAD_RE, YEAR_CLAUSE_RE, YEAR_LEAD_RE, body_start, says)
from graph.read import columns, links
from graph.read.calendar import Calendar
from graph.read.detect import (actions, clauses, entries, issuance, labels, noise, notices, posts, qa, repeats, sections, slides,
                               tables, titles, writer)
from graph.read.detect import dates as dating
from graph.read.items import ABOUT, AMENDS, INFERRED_AGENCY, PLACE, REPORTS, RawItem, Source
from graph.read.records import record_item
from graph.text import normalize, normalize_name, one_line

# Where a head may name its issuer by reference (该局) or without its region (市人社局).
_BACK_HINT = re.compile(r"(?:^|[，,、:：\] .)])(?:该|其|上述|省|市|区|县)")
_NUMBER_CELL = re.compile(rf"\s*\(?\s*(?:文号\s*[:：]\s*)?(?:{DOC_NUMBER.pattern})\s*\)?\s*")  # a remark that is a number
_UNFINISHED = tuple("，,、:：(“《")  # a line ending so continues on the next line
_TITLE_LINE_MAX = 60  # a line this short without a sentence end, naming a title, is a title line
_CLAUSE_PUNCT = re.compile(r"[。，,；;！!？?:：]")
# 乙省为贯彻落实《A》，: a subject implementing a document named, whose own issuer and title follow.
_IMPLEMENTS = re.compile(r"[\u4e00-\u9fff]{2,10}?(?=为了?(?:贯彻)?落实《)")
# Where a clause may open an item: a date (早在…) or 同日 after any clause end; after a sentence end, a
# 《title》, 近日, or a subject dated after 于 (该平台于2021年3月上线); after a colon, an undated
# clause naming a 《title》 (得到推广：甲部印发《…》: the colon introduces the items it lists; a dated one, as
# after 附注：, tells of its title, a repeal say, more than it opens an entry).
_CANDIDATE = re.compile(r"[。；;!！?？，,] *(?=[\d\[据同当〇零一二三四五六七八九十从自早])"
                        r"|[。；;!！?？] *(?=[^。；;!！?？]*《|近日|日前|近期|[^。；;!！?？，,]{1,12}?于)"
                        rf"|[，,] *(?={_IMPLEMENTS.pattern})"
                        r"|[:：] *(?=[^\d\[〇零一二三四五六七八九十。；;!！?？:：][^。；;!！?？:：]*《)")


class Line(NamedTuple):
    """One line of the source; a tuple, as one is built for every line (cheaper than a frozen dataclass)."""

    number: int
    start: int  # offsets of the stripped content in the source text
    end: int
    raw: str
    norm: str


@dataclass
class _Open:
    """The item being read, its normalized text so far, and whether it is a title alone on its
    line still waiting for the paragraph about it."""

    item: RawItem
    norm: str
    awaiting: bool = False
    dated_by_context: bool = False
    head: str = ""  # the line it opened with: a notice's title names its issuer
    dated_below: bool = False  # a list page's title, whose date line comes next
    labelled_below: bool = False  # a directory's numbered title, whose labelled lines (文号：…) come next
    excerpt: bool = False  # its labels ended with an excerpt's label alone (【条文摘录】): its articles follow
    # A whole notice addressed to its recipients (or the document it publishes): the lines after it are its own.
    notice: notices.Addressed | Literal["document"] | None = None
    indent: int = 0  # how far its line is indented: a list entry indented further is nested under it
    entry: bool = False  # a numbered entry (1️⃣ **《X》**): the lines right under it, or bulleted (👉 …), are its own
    interprets: bool = False  # an interpretation's heading (《X》政策解读): its lines are its own up to a dated one
    # It announces itself (现予公布): the body signing it below it, then that body's day, are its own.
    announced: Literal["announces", "signed"] | None = None


@dataclass
class Segmenter:
    """Reads the lines of one source in order; each ``line`` call applies the detectors to it."""

    source: Source
    calendar: Calendar
    block_date: str | None = None  # date of the last date line
    in_block: bool = False  # under a date line, even one whose date could not be resolved
    month_date: str | None = None  # the month of the last month header, for entries without a date
    section: str | None = None
    place: str | None = None  # what the last section header or article headline names first (淄博 of 淄博：…)
    current: _Open | None = None
    written: str | None = None  # the last item that wrote its issuer in full, for 该局 and 市人社局
    table: tables.Table | None = None
    row_above: dict[str, str] | None = None  # the fields of the table's row above, for a cell saying 同上
    in_tail: bool = False  # after 相关阅读: other articles, not items
    passer: tuple[int, str] | None = None  # (line, body) of the last clause naming who passed a law
    doer: tuple[int, str] | None = None  # (line, body) of the last untitled sentence opening with its actor
    named: set[str] = field(default_factory=set)  # the titles the items so far named
    aliases: set[str] = field(default_factory=set)  # the short names the text declared (以下简称“方案”)
    headline: bool = False  # right after a separator line: an article's headline may come
    labelled: bool = False  # under a label (【西安市】) whose item has not opened yet
    about: str | None = None  # the title of the document the page interprets (关于《X》的政策解读)
    about_item: _Open | None = None  # that document's own item, once its text says it is made (制定本办法)
    asked: str = ""  # the question an answer of a Q&A page answers
    writer: tuple[str, str] | None = None  # the body a report's heading names as its writer (我局), and its region (我市)
    boxed: int | None = None  # the line of a section header over a rule (━━━): that rule closes its box
    # The region the page is of: its government portal's (甲省 of 甲省人民政府门户网站), else the one its heading opens with.
    home: str | None = None
    frame: bool | None = None  # in a slide deck (None outside one): the slide is its frame (目录, 谢谢), no items
    feed: bool = False  # a post's time line was met: the lines are a social-media feed's posts
    outline: set[str] = field(default_factory=set)  # how the headers read so far are numbered (一、, (一))
    outlook: bool = False  # in a report's section of its own plans or problems (下一步工作计划): no items


    def line(self, line: Line, previous: str, following: str = "", below: str = "") -> None:
        """Read one non-blank line; ``previous`` and ``following`` are the lines around it ("" for a blank
        line), ``below`` the next line with text."""
        text = line.norm
        self.aliases.update(titles.aliases(text))
        if self.table is not None:
            if tables.rule(text):
                return
            if (heading := tables.section_row(text, self.table)) is not None:  # | 一、国家层面 |, one merged cell
                self._section(line.raw[heading[0]:heading[1]], text[heading[0]:heading[1]])
                return
            if (spans := tables.row(text, self.table)) is not None:
                self._row(line, spans)
                return
            self.table = None
        if (table := tables.header(text)) is not None:
            self.table, self.current, self.row_above = table, None, None
            return
        if self._deck(line) or self._feed(line, following):
            return
        if self.in_tail:
            if not self._real_entry(text):
                return
            self.in_tail = False
        if noise.foreign(text):  # a translation's line: neither an item nor a break in the one it translates
            self.source.description.append(line.raw)
            return
        if noise.tail(text):
            self.in_tail, self.current = True, None
            return
        if noise.contents(text):  # 甲办法 ……… 3: the document it lists comes in the body
            self.current = None
            return
        if below and self._official(line, below):
            return
        if self.current is not None and self.current.notice and not noise.footer(text) and not noise.separator(text):
            if self._published_heading(text):
                self._published(line)
                return
            if not self._leaves_notice(text):
                self._notice_line(line)
                return
            self.current.notice = None
        if (nested := self._nested(line)) == "note":
            self._extend(line, len(text))
            return
        if nested == "session":  # 经乙省…会议批准 under an entry: a session approving the entry's document
            parent = self.current
            self._content(line, previous)
            if parent is not None and self.current is not parent and (title := clauses.first_title(parent.item.text)):
                self.current.item.fields["title"] = title  # type: ignore[union-attr]
            return
        if self.current is not None and self.current.announced and self._signature(text):
            return
        if (mark := dating.date_line(text)) is not None:
            self.block_date = self.calendar.resolve(mark, self.source.problems, line.number)
            self.in_block, self.current = True, None
            return
        if (month := dating.month_line(text)) is not None:
            self._month_header(month)
            return
        if noise.footer(text) or noise.remark(text) or noise.quoted_article(text):
            self.source.description.append(line.raw)
            self.current = None
            return
        if noise.chrome(text):
            return
        if (numbered := entries.entry(text)) is not None:
            self._numbered_entry(line, numbered)
            return
        if self.current is not None and self.current.entry and self._under_entry(text, previous):
            self._entry_line(line)
            return
        if self.current is not None and self.current.interprets and self._interpreting(text):
            self._extend(line, len(text))
            return
        if (interpreted := titles.interpretation(text)) is not None:
            self._interpretation(line, interpreted)
            return
        if qa.question(text):
            self.source.description.append(line.raw)
            self.asked = text
            return
        if (answer := qa.answer(text, bool(self.asked))) is not None:
            self._answer(line, answer)
            return
        if self.current is not None and notices.salutation(text):  # the notice's recipients, no section
            self._extend(line, len(line.norm))
            return
        if noise.separator(text):  # another article: its first paragraph is an item
            if self.boxed != line.number - 1:  # not the rule under a boxed header
                self._new_article()
            return
        if following and noise.separator(following) and sections.header(text) is not None:
            self._header(line)  # 一、法律 between rules (━━━): a section, not the article's headline or item
            self.boxed, self.headline = line.number, False
            return
        if noise.bracketed_headline(text) and (dating.article_date(following) or DATELINE_RE.match(following)):
            self._new_article()  # 【headline】 over 发布时间 or a dateline (本报讯): a column's next brief, read as its headline
        if self.headline:  # the line after a separator: the article's headline, not its item
            self.headline = False
            if noise.headline(text) and dating.leading(text) is None and not MARKER_RE.match(text):
                self.source.description.append(line.raw)
                self.place = sections.place(sections.plain(line.raw))  # 宁夏：电子劳动合同实现掌上签
                return
        awaiting = self.in_block and self.current is None  # a date line wants its paragraph
        if awaiting and (published := dating.article_date(text)) is not None:
            self.calendar.new_article(int(published[:4]))  # 发布时间：… under an article's headline: the page's date, not an entry
            return
        if self.current is not None and self.current.dated_below and dating.article_date(text) is not None:
            self.current.dated_below = False  # the 发布日期 line of the entry above: read with it
            return
        if self.current is not None and self.current.labelled_below and (given := labels.pairs(line.raw)) is not None:
            self._entry_labels(line, given)
            return
        if self.current is not None and self.current.excerpt and self._article(text, following):
            self._extend(line, len(line.norm))
            return
        if following and (start := titles.numbered_title(text)) is not None and labels.pairs(following) is not None:
            self._labelled_entry(line, start)
            return
        if following and titles.listed(text) and issuance.issuance(following) is not None:
            self._untitled_entry(line)  # 甲省电子证照条例 over 2021年3月5日，甲省人大常委会…通过: that document
            return
        if following and (day := dating.article_date(following)) is not None and titles.listed(text):
            self._listed(line, day)
            return
        if (entry := titles.dated_entry(text)) is not None:
            self._dated_entry(line, *entry)
            return
        if following and (found := dating.note(following)) is not None and titles.bare_heading(text):
            self._bare_heading(line, *found)
            return
        if sections.label(text):  # 【西安市】: a section whose first paragraph is an item, like a date line's
            self._header(line)
            self.labelled = True
            return
        if (not awaiting and sections.header(text, alone=not previous and not following) is not None
                and (not titles.bare_entry(text) or sections.outline_style(text) in self.outline)
                and not self._particulars_below(text)):
            self._header(line)
            return
        if (placed := sections.place_label(text)) is not None:  # 江苏：4月9日起，…: an entry of that place, the label no part of it
            self.place, start = placed
            self.current, self.labelled = None, True
            self.calendar.new_place()
            self._content(line._replace(start=line.start + start, raw=line.raw[start:], norm=text[start:]), "")
            return
        if (dash := labels.dashed(text)) is not None:
            self._dashed(line, dash)
            return
        if titles.alone(text) and not self._repeats_awaiting_title(text):
            self._title_alone(line, awaiting)
            return
        if titles.heading(text) and not self.labelled:  # under a label its first line is its item
            self.current = None
            return
        if self.outlook and not ("《" in text and ACTION_RE.search(text)):  # 力争…, 推动…: a plan, unless it issues
            self.current = None
            return
        self._content(line, previous)

    def _signature(self, text: str) -> bool:
        """The signature of the announcement read last (甲院, then its day): part of it, not a date line
        over new items; the paragraph after it goes on telling of the document."""
        assert self.current is not None
        if self.current.announced == "announces" and notices.signer(text):
            self.current.announced = "signed"
            return True
        signed, self.current.announced = self.current.announced == "signed", None
        return signed and dating.date_line(text) is not None

    def _deck(self, line: Line) -> bool:
        """A slide's title (a section) or a line of the deck's frame or speaker notes: read, no item."""
        if (start := slides.title(line.norm)) is not None:
            self._section(line.raw[start:], line.norm[start:])
            self.frame = slides.frame(line.norm, start)
            return True
        if self.frame or (self.frame is not None and slides.notes(line.norm)):
            self.source.description.append(line.raw)
            return True
        return False

    def _feed(self, line: Line, following: str) -> bool:
        """A feed's chrome (its counts, a post's time line) is no item; a post's line is read from its
        original words, its days in the year of its time line, the place its headline names its
        place. A post telling no date or 《title》, or a giveaway, is the account's talk, no item."""
        if posts.chrome(line.norm):
            self.feed = self.feed or posts.stamp(line.norm) is not None  # a share bar (分享 微博) makes no feed
            return True
        stamp = posts.stamp(following)
        if not self.feed and stamp is None:
            return False
        start, headline = posts.post(line.norm)
        body = line.norm[start:]
        if posts.giveaway(body) or not ("《" in body or dating.within(body) or YEAR_RE.search(body)):
            self.source.description.append(line.raw)
            self.current = None
            return True
        if stamp is not None:
            self.calendar.new_article(stamp.year or self.calendar.page)
        if headline is not None:
            self.place = sections.place(sections.plain(headline))
        self._content(line._replace(start=line.start + start, raw=line.raw[start:], norm=posts.pointed(body)), "")
        return True

    def _indent(self, line: Line) -> int:
        return line.start - self.source.text.rfind("\n", 0, line.start) - 1

    def _nested(self, line: Line) -> Literal["note", "session", "own"] | None:
        """A list entry indented under the open item's (``  - 2019-04-23 第二次修正``): its note, part of
        it, unless it is an activity of its own, dated and naming who acts (``own``), or dated and
        naming the session that approves the entry's document without naming it (``session``:
        ``  - 2022-03-29 经乙省…会议批准``); None for any other line."""
        current, marker = self.current, MARKER_RE.match(line.norm)
        if current is None or marker is None or marker.group("bullet") is None or self._indent(line) <= current.indent:
            return None
        body = line.norm[marker.end():]
        if dating.leading(body) is None:
            return "note"
        rest = body[body_start(body):]
        if ADOPTED_RE.match(rest) is not None:
            return "own" if "《" in rest else "session"
        if actions.issuer_lead(rest) is None and actions.doer(rest) is None and titles.all_known(rest, titles.named(current.norm)):
            return "note"
        return "own"

    def _new_article(self) -> None:
        """Another article of a digest: its first paragraph is an item, nothing of the one before goes on."""
        self.current, self.in_block, self.block_date, self.headline = None, True, None, True
        self.calendar.new_article(self.calendar.page)
        self.place = None

    def _repeats_awaiting_title(self, text: str) -> bool:
        current = self.current
        return current is not None and current.awaiting and titles.all_known(text, titles.named(current.norm))

    def _leaves_notice(self, text: str) -> bool:
        """A line after a whole notice that opens something else: a dated entry stating an action, or
        a title line or an entry (dated or led by its issuer) naming a title the notice does not (its
        reproduced text names the same)."""
        assert self.current is not None
        if (mark := dating.leading(text)) is not None and mark.same is None and actions.acts(text[mark.end:]):
            return True
        if "《" not in text or titles.all_known(text, titles.named(self.current.norm) + titles.wrapped(self.current.head)):
            return False
        body = text[body_start(text):]  # (为贯彻落实甲省人民政府《A》要求，…: a basis, the published text's own words)
        opens = dating.leading(text) is not None or (actions.issuer_lead(body) is not None and actions.after_basis(body) == body)
        return opens or titles.alone(text) or (len(text) <= _TITLE_LINE_MAX and clauses.SENTENCE_END.search(text) is None)

    def _published_heading(self, text: str) -> bool:
        """After a notice that publishes a document, that document's heading: a line that is a title
        the notice names (or one ending with it), alone."""
        assert self.current is not None
        if self.current.notice != "publishes" or len(text) > _TITLE_LINE_MAX or _CLAUSE_PUNCT.search(text):
            return False
        line = "".join(text.split()).strip("《》")  # (a space a copy put inside it is no part of it)
        return "《" not in line and any(line.endswith("".join(t.split())) for t in titles.named(self.current.norm))

    def _published(self, line: Line) -> None:
        """The document a notice publishes, reproduced below it: an item of its own, from its heading
        on, with the notice's date and issuer (carried, not written)."""
        assert self.current is not None
        notice = self.current
        opened = self._open(line, 0, len(line.norm), notice.item.date)
        opened.item.document, opened.notice = True, "document"
        opened.item.fields["title"] = line.raw.strip().strip("《》")
        if body := notices.issuer(notice.head):
            opened.item.fields.update({"agency": body, INFERRED_AGENCY: "carried"})

    def _notice_line(self, line: Line) -> None:
        """A line of a whole notice: its signature date, when the notice has none yet, dates it; its
        number alone under its heading (保政函〔2018〕99号) numbers it."""
        assert self.current is not None
        mark = dating.date_line(line.norm)
        if mark is not None and self.current.item.date is None:
            self.current.item.date = self._resolve(mark, line)
        elif self.current.item.document and (number := notices.number_line(line.norm)):
            self.current.item.fields.setdefault("number", line.raw[slice(*number)])
        self._extend(line, len(line.norm))

    def _official(self, line: Line, below: str) -> bool:
        """A document set as an official one is printed (its heading, then its number or the recipients it
        is sent to, its text, its signature and date): a whole document of its own, read to its end."""
        text = line.norm
        if not (below.endswith(("：", ":")) or "号" in below) or ("关于" not in text and "《" not in text):
            return False  # most lines: neither a heading nor over a number or a salutation
        if MARKER_RE.match(text) or not (("关于" in text and titles.listed(text)) or notices.title_line(text)) or not (
                notices.salutation(below) or notices.number_line(below)):
            return False  # (一、甲关于…的通知 over 文号：… is a directory's entry)
        opened = self._document(line, 0, None, one_line(line.raw).strip())
        opened.notice = "forwards" if "转发" in text else "publishes" if titles.wrapped(text) or "印发《" in text else "document"
        return True

    def _real_entry(self, text: str) -> bool:
        """A line after a related-articles heading that is an entry again: a dated 《title》."""
        return dating.date_line(text) is not None or (dating.leading(text) is not None and "《" in text)

    def _month_header(self, mark: dating.DateMark) -> None:
        if mark.year:
            self.calendar.year = mark.year
        year = mark.year or self.calendar.year
        self.month_date = iso(year, mark.month) if year else None
        self.block_date, self.current, self.in_block = None, None, False

    def _header(self, line: Line) -> None:
        if (style := sections.outline_style(line.norm)) is not None:
            self.outline.add(style)
        self._section(line.raw, line.norm)

    def _section(self, raw: str, norm: str) -> None:
        """A new section: its months start afresh, so they never roll the year over."""
        if year := YEAR_RE.search(norm):
            self.calendar.year = self.calendar.section = int(year.group(1))
        marker = MARKER_RE.match(norm)
        self.section = sections.plain(raw[marker.end() if marker else 0:]).rstrip(":：")
        self.place = sections.place(self.section)
        self.outlook = sections.outlook(self.section)
        self.block_date = self.current = self.month_date = None
        self.in_block = self.labelled = False
        self.calendar.restart()

    def _title_alone(self, line: Line, awaiting: bool) -> None:
        """A compilation's title line: an item that takes the paragraph after it (and its date)."""
        mark = dating.trailing(line.norm)
        date = self._resolve(mark, line) if mark else (self.block_date if awaiting else None)
        opened = self._open(line, 0, len(line.norm), date or self.month_date)
        opened.awaiting = True
        opened.dated_by_context = date is None

    def _document(self, line: Line, a: int, date: str | None, title: str) -> _Open:
        """A whole document's item of the line from ``a``, under its own ``title`` (a line that is a
        document's title: a list page's, a directory's, one over its dated note)."""
        opened = self._open(line, a, len(line.norm), date)
        opened.item.document = True
        opened.item.fields["title"] = title
        return opened

    def _listed(self, line: Line, day: str) -> None:
        """A list page's entry: a document's title on its line, its 发布日期 on the next."""
        self._document(line, 0, day, line.raw.strip()).dated_below = True

    def _untitled_entry(self, line: Line) -> None:
        """A document's own title without 《》 (its number in brackets after it) over the sentence of
        its issuance: that document, which the sentence and the paragraph after it tell."""
        number = _NUMBER_AFTER.search(line.norm)
        title = line.raw[:number.start()] if number else line.raw
        self._document(line, 0, None, title.strip()).awaiting = True

    def _labelled_entry(self, line: Line, start: int) -> None:
        """A directory's numbered entry: a document's title over labelled lines (文号：…｜成文日期：…,
        摘录：…) that are its own, the whole document."""
        self._document(line, 0, None, line.raw[start:].strip()).labelled_below = True

    def _entry_labels(self, line: Line, given: list[tuple[str, str]]) -> None:
        """A labelled line under a directory's entry: its date, number and issuer are the entry's (the
        first given wins), an excerpt (摘录：) is its text."""
        assert self.current is not None
        item = self.current.item
        for name, value in columns.dated(dict(reversed(given))).items():
            if name == "date" and item.date is None:
                item.date = dating.value(value)
            elif name in ("number", "agency") and not columns.no_value(value):  # 文号：— gives none
                item.fields.setdefault(name, value)
        self.current.excerpt = given == [("text", "")]  # 【条文摘录】 alone: the articles below are the document's
        self._extend(line, len(line.norm))

    def _article(self, text: str, following: str) -> bool:
        """Under a directory entry's excerpt label, a sentence (第三条 …。, 二、…具有同等法律效力。) that
        opens no entry of its own (a numbered title over labelled lines): an article of that document."""
        if clauses.SENTENCE_END.search(text) is None or sections.header(text) is not None:
            return False
        return not (following and titles.numbered_title(text) is not None and labels.pairs(following) is not None)

    def _issued(self, line: Line, a: int, issued: issuance.Issuance) -> None:
        """The title line's particulars sentence (2019年4月23日，甲省人大常委会第三次会议修正): the title is
        that whole document, its issuer the clause's body, dated by its publication day when a later
        clause gives one; a session that passed or amended it is a meeting item of its own."""
        assert self.current is not None
        item = self.current.item
        item.fields.setdefault("agency", issued.body)
        if issued.published is not None:
            item.date = self._resolve(issued.published, line) or item.date
        if not item.document and (own := titles.named(self.current.head)):
            item.document, item.fields["title"] = True, own[0]
        if (number := _NUMBER_AFTER.search(self.current.head)) is not None:
            item.fields.setdefault("number", item.text[number.start(1):number.end(1)])
        elif issued.number is not None:
            item.fields.setdefault("number", line.raw[a + issued.number[0]:a + issued.number[1]])
        if issued.session and (title := item.fields.get("title")):
            start, end = line.start + a, line.start + a + issued.end
            self.source.items.append(RawItem(
                file=self.source.name, line=line.number, start=start, end=end, text=self.source.text[start:end],
                date=self._resolve(issued.mark, line), section=self.section, fields={"title": title}))

    def _amended(self, line: Line, a: int, b: int) -> None:
        """The documents a headnote says amended the title above it (根据2015年4月24日《乙决定》第一次修正):
        each an item of its own clause, dated by it; the title's item goes on below (its articles)."""
        assert self.current is not None
        amended = self.current.item.fields.get("title")
        for m in AMENDED_BY_RE.finditer(line.norm, a, b):
            start, end = line.start + m.start(), line.start + m.end()
            fields = {"title": line.raw[m.start("title"):m.end("title")], **({AMENDS: amended} if amended else {})}
            if number := _BRACKETED_NUMBER.match(line.norm, m.end("title") + 1):  # 《乙决定》（甲部令第29号）修订
                fields["number"] = line.raw[number.start(1):number.end(1)]
            self.source.items.append(RawItem(
                file=self.source.name, line=line.number, start=start, end=end, text=self.source.text[start:end],
                date=self._resolve(day, line) if (day := dating.within(line.norm, m.start("date"), m.end("date"))) else None,
                section=self.section, fields=fields, document=True))

    def _particulars_below(self, text: str) -> bool:
        """The line under a title alone gives its particulars (甲厅　2022年, which reads like a heading
        too): the title's issuer and date, not a section."""
        return self.current is not None and self.current.awaiting and labels.particulars(text) is not None

    def _particulars(self, line: Line, a: int, given: labels.Particulars) -> None:
        """The line under a title alone giving its issuer, number and date (甲厅　甲发〔2018〕52号　2018年8月31日)."""
        assert self.current is not None
        item, raw = self.current.item, line.raw[a:]
        if given.date and (item.date is None or self.current.dated_by_context):
            item.date = dating.value(raw[slice(*given.date)])
        if given.agency:
            item.fields.setdefault("agency", raw[slice(*given.agency)])
        if given.number:
            item.fields.setdefault("number", raw[slice(*given.number)])
        self._extend(line, len(line.norm))

    def _dashed(self, line: Line, given: labels.Particulars) -> None:
        """A list entry of a 《title》 and its particulars after a dash (《甲办法》 — 甲厅，2020-05-27): an
        item of its own, issued and dated by them (or by the date it opens with)."""
        marker = MARKER_RE.match(line.norm)
        mark = dating.leading(line.norm[marker.end() if marker else 0:])
        date = dating.value(line.raw[slice(*given.date)]) if given.date else self._resolve(mark, line) if mark else self.month_date
        item = self._open(line, 0, len(line.norm), date).item
        for name, span in (("agency", given.agency), ("number", given.number)):
            if span:
                item.fields[name] = line.raw[slice(*span)]

    def _numbered_entry(self, line: Line, found: entries.Entry) -> None:
        """A numbered entry (1️⃣ **《甲办法》**（…，2022年9月28日印发）): the document it titles, dated,
        numbered and issued as its note says; an entry naming no title is an item read from its text."""
        a, b = found.title
        date = self._resolve(found.date, line) if found.date else None
        start = entries.marked(line.norm) or 0
        opened = self._document(line, start, date, line.raw[a:b]) if a < b else self._open(line, start, len(line.norm), date)
        for name, span in (("number", found.number), ("agency", found.by)):
            if span:
                opened.item.fields[name] = line.raw[slice(*span)]
        opened.entry = True

    def _under_entry(self, text: str, previous: str) -> bool:
        """A line of the numbered entry above: right under it, or bulleted (👉 要点：…), and no rule or header."""
        if noise.separator(text) or sections.header(text) is not None:
            return False
        marker = MARKER_RE.match(text)
        return bool(previous) or (marker is not None and marker.group("bullet") is not None)

    def _interpretation(self, line: Line, title: tuple[int, int]) -> None:
        """An interpretation's heading (《甲规划》政策解读) inside a page, as a gazette's 政策解读 section gives
        one: a statement about that document, its short name (《规划》) in the text after it standing for it."""
        self._open(line, 0, len(line.norm), None).interprets = True
        self.about, self.about_item = line.raw[slice(*title)], None

    def _interpreting(self, text: str) -> bool:
        """A line of the interpretation above: its section heads (一、起草背景) and undated paragraphs; a
        dated one tells of a step of its own (2020年11月2日，…会议审议通过), a rule ends it."""
        return not noise.separator(text) and dating.leading(text) is None and not notices.title_line(text)

    def _entry_line(self, line: Line) -> None:
        """A line of the numbered entry above; when the entry's note named no issuer, the body the line
        says issued it (甲办公厅印发，…) or told its news (据甲局介绍) is its issuer."""
        assert self.current is not None
        item, marker = self.current.item, MARKER_RE.match(line.norm)
        start = marker.end() if marker else 0
        if "agency" not in item.fields and (by := entries.issuer(line.norm[start:], item.document)):
            item.fields["agency"] = line.raw[start + by[0]:start + by[1]]
        self._extend(line, len(line.norm))

    def _dated_entry(self, line: Line, start: int, end: int, date: re.Match[str]) -> None:
        """A list entry of a document's title and its date (关于…的通知2023-10-27)."""
        self._document(line, start, self._resolve(dating.of_date(date), line), line.raw[start:end].strip())

    def _bare_heading(self, line: Line, mark: dating.DateMark, by: str) -> None:
        """A title line without 《》 over a dated note (（2003年12月17日某局印发）) and the text of the
        document: that document, its date and issuer from the note."""
        opened = self._document(line, 0, self._resolve(mark, line), line.raw.strip())
        opened.awaiting = True
        if by:
            opened.item.fields["agency"] = by

    def _answer(self, line: Line, start: int) -> None:
        """An answer of a Q&A page, read like a paragraph from ``start`` (its label, 答：/负责人：, is no
        part of an item): it goes on with the open item only when it is about that item's document (its
        question names it); else that item ends."""
        if self.current is not None and not qa.about(self.asked, line.norm[start:], titles.named(self.current.norm)):
            self.current = None
        self.asked = ""
        self._content(line._replace(start=line.start + start, raw=line.raw[start:], norm=line.norm[start:]), "")

    def _content(self, line: Line, previous: str, start: int = 0) -> None:
        text = line.norm
        marker = MARKER_RE.match(text[start:])
        offset = start + (marker.end() if marker else 0)
        if (year := YEAR_CLAUSE_RE.match(text[offset:])) and not (YEAR_LEAD_RE.match(text[offset:]) and (
                clauses.purpose_lead(rest := text[offset + year.end():]) or clauses.TITLE_ACTS.match(rest))):
            self.calendar.year, self.calendar.inferred = int(year.group(1)), False  # 2021年，3月5日…: the year of the dates after it
            offset += year.end()  # (2020年，甲局发布《乙》: the year of the entry itself, its lead)
        bounds = [offset, *self._cuts(text, offset), len(text)]
        if len(bounds) > 2 and not previous and clauses.lead_in(text[bounds[0]:bounds[1]]):
            self.source.description.append(line.raw[:bounds[1]].rstrip())  # 电子印章方面，2021年…: a topic
        else:
            numbered = marker is not None and (marker.group("num") is not None or clauses.acting_bullet(text[bounds[0]:bounds[1]], marker))
            self._first(line, bounds[0], bounds[1], numbered, previous)
        for a, b in zip(bounds[1:], bounds[2:]):
            piece = text[a:b]  # dated by its lead, by 于…, or between its issuer and action (某办公室2022年1月2日印发)
            piece = piece[clauses.colon_lead(piece):]
            mark = dating.leading(piece) or dating.stated(piece) or dating.issued(actions.after_basis(piece[body_start(piece):]))
            self._open(line, a, b, self._resolve(mark, line) if mark else None)

    def _cuts(self, text: str, offset: int) -> list[int]:
        """Where a new item opens inside the line: a sentence (or, for a date, a clause) that opens
        with its date, 同日, or its issuer and action, and names a title or states an action."""
        out: list[int] = []
        known: list[str] | None = None
        for m in _CANDIDATE.finditer(text, offset):
            pos = m.end()
            if clauses.in_title(text, offset, m.start()):
                continue
            rest = text[pos:]
            end = clauses.SENTENCE_END.search(rest)
            sentence = rest[:end.end()] if end else rest
            if known is None:
                known = titles.named(self.current.norm) if self.current else []
            after_comma = text[m.start()] in "，,"
            piece = text[out[-1] if out else offset:pos]
            if after_comma and (clauses.dates_the_piece(piece, sentence) or not actions.after_basis(piece)):
                continue  # 根据《A》，2021年，…: a basis alone is the lead of the clause after it, no item
            if self._cut_here(sentence, after_comma, known + titles.named(text[offset:pos])):
                out.append(clauses.lead_in_start(text, out[-1] if out else offset, m.start()) or pos)
        if self.about is not None and self.about_item is None:
            out = sorted({*out, *(m.end() for m in clauses.SENTENCE_END.finditer(text, offset)
                                  if clauses.makes(text[m.end():], self.about) and m.end() < len(text.rstrip()))})
        return out

    def _cut_here(self, sentence: str, after_comma: bool, known: list[str]) -> bool:
        new_title = "《" in sentence and not titles.all_known(sentence, known)
        if dating.leading(sentence) is not None:
            body = sentence[body_start(sentence):]
            if SINCE_LEAD_RE.match(sentence) and actions.issuer_lead(body) is None and actions.doer(body) is None:
                return False  # 自2022年10月1日起，新办的许可证启用电子证书: when the item's own rule applies
            return new_title or actions.acts(body) or actions.does(body)
        if after_comma:
            return new_title and (subject := _IMPLEMENTS.match(sentence)) is not None and clauses.purpose_lead(sentence[subject.end():])
        if RECENT_RE.match(sentence) or dating.stated(sentence) is not None:  # 近日，甲局对外披露 / 该平台于…上线
            return new_title or actions.acts(sentence) or actions.does(sentence)
        lead = actions.issuer_lead(sentence) or actions.issuer_lead(actions.after_basis(sentence))
        return bool(lead) and new_title and actions.acts(lead or "")

    def _first(self, line: Line, a: int, b: int, numbered: bool, previous: str) -> None:
        """The line's first piece: a new item, the continuation of the open one, or description."""
        text = line.norm
        body = text[a:b]
        current = self.current
        continued = current is not None and previous.endswith(_UNFINISHED)
        if current is not None and current.awaiting:
            current.awaiting = False
            if not numbered and (given := labels.particulars(body)) is not None:
                self._particulars(line, a, given)
                return
            if not numbered and "《" in body and (issued := issuance.issuance(body)) is not None:
                if current.item.date is None or current.dated_by_context:
                    current.item.date = self._resolve(issued.mark, line)
                self._extend(line, b)
                self._issued(line, a, issued)
                self._amended(line, a, b)
                return
            if not numbered and titles.all_known(body, titles.named(current.norm)):
                mark = dating.opening(body)
                if mark and (current.item.date is None or current.dated_by_context):
                    current.item.date = self._resolve(mark, line)
                lead = clauses.lead(body)
                if lead and not actions.refers_back(lead) and (name := actions.actor(lead)):
                    current.item.fields.setdefault("agency", name)  # the paragraph names the title's issuer
                self._extend(line, b)
                if lead is None and (issued := issuance.issuance(body)) is not None:
                    self._issued(line, a, issued)
                return
        mark = dating.leading(body)
        if mark is not None and mark.same and not self.source.items:
            mark = None
        if mark is not None and DATELINE_RE.match(body) and (own := dating.issued(body[body_start(body):])
                                                             or dating.titled(body[body_start(body):])):
            mark = own  # 新华社…电 某办公厅于9月27日印发《X》, 本报…讯 《X》5月26日公布: X's day, not the report's
        if mark is not None and not continued and actions.takes_effect(body[mark.end:]):
            self._in_force_entry(line, b, mark)  # 2024年11月1日《甲办法》正式施行
            return
        if mark is not None and not continued:
            date = self._resolve(mark, line)
            self.block_date, self.in_block = None, False
        elif RECENT_RE.match(body) and current is not None and not continued:
            date = None  # 近日: not the date of the entry above
        elif (in_force := IN_FORCE_LEAD.match(body)) and "《" in body and not continued:
            self._in_force_entry(line, b, dating.within(body, 0, in_force.end()))
            return
        elif numbered and self.writer and clauses.achievement(body[body_start(body):]):
            self.source.description.append(line.raw[:b].rstrip())  # 3. 优化服务。…覆盖四级: the writer's own results
            self.current = None
            return
        elif numbered or self._starts_item(body, not previous):
            trailing = dating.issued(start := body[body_start(body):]) or dating.published_of(start) or dating.trailing(body)
            date = (self._resolve(trailing, line) if trailing else self.block_date) or self.month_date
        elif current is not None and not clauses.aside(body):
            self._extend(line, b)
            return
        elif self.about_item is not None and self.source.items[-1] is self.about_item.item and clauses.names(body, self.about):
            self.current = self.about_item  # 本办法适用于…, under the next section: the interpreted document's text
            self._extend(line, b)
            return
        elif self.writer and writer.by_writer(body[body_start(body):]) and "《" in body:
            self._named_in_passing(line, b)  # 我局严格按照《A》要求…: the documents the writer acts on
            return
        else:
            self.source.description.append(line.raw[:b].rstrip())
            return
        self._open(line, 0, b, date)

    def _named_in_passing(self, line: Line, b: int) -> None:
        """A paragraph of a report's writer at work (我局严格按照《A》（号）要求，…贯彻落实《B》) is no item,
        but each document it names that nothing before named is one of its own: its title and number,
        undated, neither the writer's nor of its place."""
        self.source.description.append(line.raw[:b].rstrip())
        for m in titles.TITLE_RE.finditer(line.norm, 0, b):
            if m.group(1) in self.named or m.group(1) in self.aliases:
                continue
            number = _NUMBER_CELL.match(line.norm, m.end(), b)
            opened = self._open(line, m.start(), number.end() if number and DOC_NUMBER.search(number.group()) else m.end(), None)
            opened.item.fields.pop(PLACE, None)
        self.current = None

    def _in_force_entry(self, line: Line, b: int, mark: dating.DateMark | None) -> None:
        """3月1日起，《甲条例》施行: an item undated, as the day it opens with is when the document takes
        effect, not the document's date."""
        opened = self._open(line, 0, b, None)
        if mark is not None and (day := self._resolve(mark, line)):
            opened.item.fields["in_force"] = day

    def _starts_item(self, body: str, paragraph: bool) -> bool:
        """A paragraph under a date line, one whose own issuer (or, opening a paragraph, whose first
        words) names a document not yet named, or a notice's title line (its salutation and body follow)."""
        if self.about is not None and self.about_item is None and clauses.makes(body, self.about):
            return True  # 为规范…，制定本办法。: the interpreted document's own text begins
        if notices.title_line(body):
            return self.current is None or not titles.all_known(body, titles.named(self.current.norm))
        if self.current is None and (self.in_block or self.labelled):
            return True
        opening = body[body_start(body):]
        if (short := titles.TITLE_RE.match(opening)) and short.group(1) in self.aliases:
            return False  # 《方案》明确…: the document the text declared that short name for, named before
        if actions.issuer_lead(opening) is None and not (paragraph and says(opening)) and not clauses.purpose_lead(opening):
            return False
        return self.current is None or not titles.all_known(body, titles.named(self.current.norm))

    def _open(self, line: Line, a: int, b: int, date: str | None) -> _Open:
        """A new item of ``line.norm[a:b]`` (trailing spaces dropped)."""
        while b > a and line.norm[b - 1].isspace():
            b -= 1
        start, end = line.start + a, line.start + b
        item = RawItem(file=self.source.name, line=line.number, start=start, end=end,
                       text=self.source.text[start:end], date=date, section=self.section)
        if place := self.place or (self.writer[1] if self.writer else None) or self.home:  # a report's is its writer's
            item.fields[PLACE] = place
        self._carry_actor(item, line.norm[a:b])
        if self.writer and "agency" not in item.fields and writer.by_writer(line.norm[a + body_start(line.norm[a:b]):b]):
            item.fields.update({"agency": self.writer[0], INFERRED_AGENCY: "carried"})  # 我局即着手…: the writer acts
        self._mark_report(item, line.norm[a:b])
        if self.current is not None and (back := titles.referred(line.norm[a:b], titles.named(self.current.norm))):
            item.fields["title"] = back  # 最高法正式发布该规则: the document the item above named
            if (order := titles.by_order(line.norm[a:b])) is not None:  # 以甲令第9号公布: under that number
                item.fields["number"] = self.source.text[start + order[0]:start + order[1]]
        if self.source.items and repeats.same_remark(line.norm[a:b]):
            _same_as_above(item, self.source.items[-1], line.norm[a:b])
        self.current = _Open(item, line.norm[a:b], notice=notices.addresses(line.norm[a:b]), head=line.norm[a:b],
                             indent=self._indent(line))
        self.current.announced = "announces" if notices.announces(line.norm[a:b]) else None
        self.labelled = False
        if self.about is not None and "《" in line.norm[a:b]:
            item.fields[ABOUT] = self.about  # 省政府常务会议审议通过《规划》: the document interpreted
        if self.about is not None and self.about_item is None and clauses.makes(line.norm[a:b], self.about):
            item.fields["title"], item.document, self.about_item = self.about, True, self.current
        self.source.items.append(item)
        self.calendar.last = item.date
        return self.current

    def _mark_report(self, item: RawItem, norm: str) -> None:
        """据新华社报道，国务院办公厅印发《X》 after an entry that named X: a report of X, not X again."""
        named = titles.named(norm)
        if named and REPORT_RE.search(norm, 0, body_start(norm)) and self.named.issuperset(named):
            item.fields[REPORTS] = "earlier"
        self.named.update(named)

    def _carry_actor(self, item: RawItem, norm: str) -> None:
        """该局印发《…》: the issuer is the earlier actor's, kept in ``fields`` marked inferred. The
        leads are cut only for an item whose head may refer back, and then for the item before.
        A clause that passes a law without naming who (2004年8月通过电子签名法) takes the body of the
        clause before it on its line (2000年12月，全国人大常委会通过…；). A basis opening the item
        (依据《A》等文件，…，该局制定了《B》) is not its head; a place implementing it (乙省为贯彻落实《A》，) is
        the region of a body written without one after it (由省政府办公厅印发《B》)."""
        if self._carry_passer(item, norm):
            return
        if (subject := _IMPLEMENTS.match(norm)) is not None:  # 乙省为贯彻落实《A》，由省政府办公厅印发《B》
            lead = clauses.lead(actions.after_basis(norm[subject.end():]).removeprefix("由"))
            if lead and (carried := actions.carried(lead, subject.group())):
                item.fields.update({"agency": carried, INFERRED_AGENCY: "carried"})
                return
        norm = actions.after_basis(norm)
        pos = norm.find("《")
        if pos < 0:
            self._carry_doer(item, norm[body_start(norm):])
            return
        if _BACK_HINT.search(norm, 0, pos) is None:
            self.written = norm
            return
        lead = clauses.lead(norm)
        earlier = clauses.lead(self.written) if self.written is not None else None
        if lead and (carried := actions.carried(lead, earlier)):
            item.fields["agency"] = carried
            item.fields[INFERRED_AGENCY] = "carried"
        elif lead:
            self.written = norm

    def _carry_doer(self, item: RawItem, body: str) -> None:
        """从2014年起，原甲局便开始推进…，2017年，部署各地…: an activity naming no body before its verb
        takes the actor of the last sentence of its paragraph that opened with one; one that names it
        by reference (近日，该局对外披露) takes it too."""
        by = actions.doer(body)
        earlier = self.doer[1] if self.doer is not None and self.doer[0] == item.line else None
        carried = actions.carried(by, earlier) if by else earlier if actions.subjectless(body) else None
        if carried:
            item.fields["agency"] = carried
            item.fields[INFERRED_AGENCY] = "carried"
        elif by:
            self.doer = (item.line, by)

    def _carry_passer(self, item: RawItem, norm: str) -> bool:
        by = actions.passer(norm[body_start(norm):])
        if by:
            self.passer = (item.line, by)
        elif by == "" and self.passer is not None and self.passer[0] == item.line:
            item.fields["agency"] = self.passer[1]
            item.fields[INFERRED_AGENCY] = "carried"
            return True
        return False

    def _extend(self, line: Line, b: int) -> None:
        assert self.current is not None
        while b > 0 and line.norm[b - 1].isspace():
            b -= 1
        item = self.current.item
        item.end = line.start + b
        item.text = self.source.text[item.start:item.end]
        self.current.norm += line.norm[:b]
        self.current.notice = self.current.notice or notices.addresses(line.norm[:b])
        self.named.update(titles.named(line.norm[:b]))

    def _row(self, line: Line, spans: list[tables.Span]) -> None:
        """A table row read like a record; a totals row or an export's footer (合计, 导出时间：…) is none."""
        assert self.table is not None
        if columns.closing(line.norm[slice(*spans[0])]):
            self.source.description.append(line.raw)
            self.current = None
            return
        fields = self.row_above = repeats.repeated(tables.row_fields(links.unlinked(line.raw), spans, self.table), self.row_above)
        if tables.timeline(self.table) and "text" in fields:
            self._events(line, spans[self.table.columns.index("text")], fields.get("date"))
            return
        if "number" not in fields and _NUMBER_CELL.fullmatch(normalize_name(fields.get("text", ""))):
            fields["number"] = fields.pop("text").strip("()（） ")
        item = record_item(self.source, line.number, line.start, line.end, fields)
        self.current = None
        if item is None:
            return
        item.date = self._cell_date(fields.get("date"), line)
        item.section = self.section
        self.source.items.append(item)
        self.calendar.last = item.date

    def _cell_date(self, cell: str | None, line: Line) -> str | None:
        """The date of a row's date cell (a day, a month or a year alone, completed by the calendar), or None, reported."""
        mark = dating.cell(normalize_name(cell)) if cell else None
        if cell and mark is None:
            self.source.problems.append((line.number, f"date {cell!r} not understood"))
        return self._resolve(mark, line) if mark else None

    def _events(self, line: Line, span: tables.Span, cell: str | None) -> None:
        """A timeline's row (| 2018年9月 | 甲局通过《A》；30日以甲令第1号公布 |): its event cell read like a
        paragraph under a date line, cut into items as prose is; the row's date dates what opens with
        no date of its own, and gives a day alone (30日) and 同期 their month."""
        a, b = span
        self.block_date, self.in_block, self.current = self._cell_date(cell, line), True, None
        self.written = None  # a row tells its own: no body carries into it from the row above
        self._content(line._replace(start=line.start + a, end=line.start + b, raw=line.raw[a:b], norm=line.norm[a:b]), "")
        self.block_date, self.in_block, self.current = None, False, None

    def _resolve(self, mark: dating.DateMark, line: Line) -> str | None:
        return self.calendar.resolve(mark, self.source.problems, line.number)


_BRACKETED_NUMBER = re.compile(rf"\s*\(\s*({DOC_NUMBER.pattern})\s*\)")
_NUMBER_AFTER = re.compile(rf"\(\s*({DOC_NUMBER.pattern})\s*\)\s*$")  # 《甲办法》（甲局令第4号）


def _same_as_above(item: RawItem, above: RawItem, norm: str) -> None:
    """An entry whose remark says 同上: its bodies (carried) and, unless the remark writes its own, its
    date are those of the entry above."""
    if dating.trailing(norm) is None:
        item.date = above.date
    bodies = above.fields.get("agency") or repeats.remark_bodies(normalize(above.text))
    if bodies and "agency" not in item.fields:
        item.fields.update({"agency": bodies, INFERRED_AGENCY: "carried"})
