"""What a reader hands on: one raw item per roundup entry or record, with its place in the source."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawItem:
    """An entry of a source, before extraction. ``text`` is verbatim; offsets index the source text."""

    file: str
    line: int
    start: int
    end: int
    text: str
    date: str | None = None
    section: str | None = None
    fields: dict[str, str] = field(default_factory=dict)  # structured records: title, agency, region
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
    description: list[str] = field(default_factory=list)
    items: list[RawItem] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)


class Unreadable(ValueError):
    """A document that gives no text (a scanned PDF, a broken Word file): the reason is a row of rejects.csv."""
