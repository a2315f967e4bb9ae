"""A small SPARQL scanner: enough to find keywords, prefixed names and the WHERE group.

It skips comments, strings and IRIs, so a brace or keyword inside a value is never taken
for syntax. Used to bind parameters as a VALUES block, to point at an unknown prefix and to
tell a query from an update before anything runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
               |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w]+)
  | (?P<pname>(?:[^\W\d][\w\-.]*)?:(?:[\w\-.:%]|\\.)*)
  | (?P<word>[^\W\d][\w\-]*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)

QUERY_FORMS = {"SELECT", "CONSTRUCT", "ASK", "DESCRIBE"}
UPDATE_FORMS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    offset: int


def tokens(text: str) -> Iterator[Token]:
    """Significant tokens of a query (no spaces, no comments)."""
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "other"
        if kind not in ("space", "comment"):
            yield Token(kind, match.group(), match.start())


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def form(text: str) -> str | None:
    """The query or update form (SELECT, INSERT …) named by the first keyword after the prologue."""
    for token in tokens(text):
        if token.kind == "word" and token.text.upper() in QUERY_FORMS | UPDATE_FORMS:
            return token.text.upper()
    return None


def prefix_use(text: str, prefix: str) -> tuple[int, int] | None:
    """Line and column of the first prefixed name using ``prefix``, or None."""
    for token in tokens(text):
        if token.kind == "pname" and token.text.split(":", 1)[0] == prefix:
            return position(text, token.offset)
    return None


def where_group_start(text: str) -> int:
    """Offset just after the ``{`` that opens the query's WHERE group."""
    seen_where = False
    first_brace = None
    query_form = form(text)
    for token in tokens(text):
        if token.kind == "word" and token.text.upper() == "WHERE":
            seen_where = True
        elif token.kind == "other" and token.text == "{":
            if seen_where:
                return token.offset + 1
            if first_brace is None:
                first_brace = token.offset + 1
    if first_brace is not None and query_form in ("SELECT", "ASK"):
        return first_brace
    raise ValueError("cannot bind parameters: the query has no WHERE group")
