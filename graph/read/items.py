"""What a reader hands on: one raw item per roundup entry or record, with its place in the source."""

from __future__ import annotations

from dataclasses import dataclass, field

# fields[INFERRED_AGENCY] = "carried": fields["agency"] was not written in the item but carried
# from an earlier sentence (该局, 市人社局 after 深圳市人社局); extraction reads it as inferred.
INFERRED_AGENCY = "agency_inferred"
# fields[PLACE]: what the section header or article headline over the item names first (淄博 of
# 一、淄博：搭建平台, 宁夏 of 宁夏：电子劳动合同实现掌上签): the place
# of bodies written without their region (市人社局) and of items that name none, when it is a region.
PLACE = "place"
# fields[REPORTS] = "earlier": the item reports (据…报道, …电) documents only that earlier items of its
# source named: news about them, not their issuance again.
REPORTS = "reports"
# fields[AMENDS]: the title of the document an item amends, where the reader found that out of the item's own
# text (a law's headnote: 根据…《乙决定》第一次修正 under 《甲法》 makes 乙决定 an item that amends 甲法).
AMENDS = "amends"
# fields[ABOUT]: the title of the document the page (or the section the item is in) interprets (X of 《X》政策解读):
# a short name of it in the item (《规划》 for 《甲省数字政府建设总体规划》) stands for it.
ABOUT = "about"


@dataclass
class RawItem:
    """An entry of a source, before extraction. ``text`` is verbatim (a record's or table row's is
    composed from its fields); offsets index the source text. ``date`` is ISO at the precision
    written: ``2021-03-05``, ``2021-03`` (month only) or ``2021``. ``fields`` keys: title, agency,
    region, date, number, text, ``INFERRED_AGENCY`` when the agency is carried, not written,
    ``PLACE`` the section header's place, and ``REPORTS`` when the item reports documents earlier items named."""

    file: str
    line: int
    start: int
    end: int
    text: str
    date: str | None = None
    section: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    document: bool = False  # one whole document (a disclosure page): its title is fields["title"], the titles in its text are documents it cites


@dataclass
class Source:
    """A source document: its text, the items read from it, and what is not an item."""

    name: str
    sha: str
    encoding: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None  # where a web page was fetched or saved from: its dcterms:source
    site: str | None = None  # a web page's site name: a government portal's names its pages' region
    description: list[str] = field(default_factory=list)
    items: list[RawItem] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)


class Unreadable(ValueError):
    """A document that gives no text (a scanned PDF, a broken Word file): the reason is a row of rejects.csv."""
