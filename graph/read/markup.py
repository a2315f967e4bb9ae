"""HTML fragments inside a value (a record's summary exported by a content system: ``<p>…</p>``,
``<strong>``, ``&nbsp;``) to the plain text a roundup line would hold: one paragraph a line."""

from __future__ import annotations

import html
import re

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^<>]*>")
_BLOCKS = frozenset({"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
                     "section", "article", "table", "ul", "ol", "blockquote"})
_BREAKS = re.compile(r"[ \t\u3000\xa0]*\n[\s\u3000\xa0]*")


def has_markup(value: str) -> bool:
    """The value holds at least one HTML tag (a bare ``<`` of ``<10万元`` is no tag)."""
    return "<" in value and _TAG.search(value) is not None


def markup_text(value: str) -> str:
    """The text of an HTML fragment: tags dropped, a block's edge a line break, entities decoded."""
    text = _TAG.sub(lambda m: "\n" if m.group(2).lower() in _BLOCKS else "", value)
    return _BREAKS.sub("\n", html.unescape(text)).strip()
