"""Checks a query must pass before any engine sees it: no SERVICE call to an unnamed host,
no nesting deep enough to overflow a parser's stack, no text larger than allowed.

Both engines would make HTTP requests on a query's behalf (``SERVICE``), and pyoxigraph's
recursive parser segfaults on a few thousand nested brackets, so these are refused from the
token stream, the same way for the command line, the server and Python callers.
"""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass, field

from graph.namespaces import PREFIXES

from . import lexer
from .errors import QueryError

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_OPEN, _CLOSE = set("{(["), set("})]")
_PREFIX_OPERATORS = set("!+-^")


class Refused(QueryError):
    """A query this endpoint will not run as a matter of policy (not a syntax error)."""


class TooLarge(QueryError):
    """A query longer than the size limit."""


def unescaped(text: str) -> str:
    """The text with SPARQL's ``\\uXXXX`` escapes applied, as rdflib reads it before parsing
    (SPARQL 1.1 §19.2): ``\\u0053ERVICE`` is SERVICE to it."""

    def char(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else match.group()

    return _ESCAPE.sub(char, text)


def depth(tokens: list[lexer.Token]) -> int:
    """How deep the query nests: open brackets, plus runs of prefix operators (``!!!x``),
    each of which is one more level of recursion in a parser."""
    deepest = level = run = 0
    for token in tokens:
        if token.kind == "other" and token.text in _OPEN:
            level += 1
        elif token.kind == "other" and token.text in _CLOSE:
            level = max(level - 1, 0)
        run = run + 1 if token.kind == "other" and token.text in _PREFIX_OPERATORS else 0
        deepest = max(deepest, level + run)
    return deepest


def _declared_prefixes(tokens: list[lexer.Token]) -> dict[str, str]:
    declared = dict(PREFIXES)
    for keyword, name, iri in zip(tokens, tokens[1:], tokens[2:]):
        if keyword.kind == "word" and keyword.text.upper() == "PREFIX" and name.kind == "pname" and iri.kind == "iri":
            declared[name.text.rstrip(":")] = iri.text[1:-1]
    return declared


def _service_iri(target: lexer.Token, prefixes: dict[str, str]) -> str:
    if target.kind == "iri":
        return target.text[1:-1]
    if target.kind == "pname":
        prefix, _, local = target.text.partition(":")
        if prefix in prefixes:
            return prefixes[prefix] + local
        raise QueryError(f"unknown prefix '{prefix}:' in SERVICE {target.text}")
    raise Refused(f"SERVICE {target.text} is refused: name the endpoint as an IRI")


@dataclass(frozen=True)
class Guard:
    """What a query may do here. ``allow_service`` holds host names (or ``host:port``) that
    ``SERVICE`` may call; empty, the default, means no request ever leaves."""

    allow_service: frozenset[str] = field(default_factory=frozenset)
    max_depth: int = 64
    max_bytes: int = 1_000_000

    def check(self, text: str) -> None:
        """Raise Refused, TooLarge or QueryError if the query must not reach the engine."""
        size = len(text.encode("utf-8"))
        if size > self.max_bytes:
            raise TooLarge(f"the query is {size} bytes; the limit is {self.max_bytes}")
        tokens = list(lexer.tokens(unescaped(text)))
        nesting = depth(tokens)
        if nesting > self.max_depth:
            raise QueryError(f"the query nests {nesting} levels deep; the limit is {self.max_depth}")
        prefixes = _declared_prefixes(tokens)
        for at, token in enumerate(tokens):
            if token.kind != "word" or token.text.upper() != "SERVICE":
                continue
            following = [t for t in tokens[at + 1:at + 3] if not (t.kind == "word" and t.text.upper() == "SILENT")]
            if not following:
                raise QueryError("SERVICE needs an endpoint IRI")
            self._allow(_service_iri(following[0], prefixes))

    def _allow(self, iri: str) -> None:
        url = urllib.parse.urlsplit(iri)
        host = (url.hostname or "").lower()
        try:
            port = url.port
        except ValueError:
            port = None
        if host and (host in self.allow_service or f"{host}:{port}" in self.allow_service):
            return
        if not self.allow_service:
            raise Refused(f"SERVICE <{iri}> is refused: this endpoint sends no requests to other servers "
                          "unless started with --allow-service HOST")
        raise Refused(f"SERVICE <{iri}> is refused: its host is not one of --allow-service "
                      f"{', '.join(sorted(self.allow_service))}")
