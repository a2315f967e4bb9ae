"""Saved web pages to text: the article as trafilatura finds it (navigation, ads, share bars and
related-article lists dropped), with the page's title, date and URL, and the lines of the whole page
for readers that look at its header table (a government disclosure page)."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import lxml.html
import trafilatura

from graph.read.decode import decode

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.IGNORECASE)
BLOCKS = {"p", "div", "td", "th", "tr", "li", "dt", "dd", "br", "h1", "h2", "h3", "h4", "h5", "h6",
          "table", "ul", "ol", "section", "article", "header", "footer", "label", "span", "strong", "b"}
"""Elements whose text stands on its own line in ``Page.lines``: cells and labels of a header table included."""
DATES = {"extensive_search": False, "original_date": True}
"""The page's date from its markup only (meta tags, ``<time>``, the URL): a date guessed from the text is
often another one the page mentions."""
CHINESE_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs"}


@dataclass(frozen=True)
class Page:
    text: str  # the article, one paragraph a line
    encoding: str
    title: str | None
    date: str | None  # ISO
    url: str | None
    lines: tuple[str, ...]  # every text of the page on its own line, in document order
    site: str | None = None  # the site's name (its meta SiteName, og:site_name or title suffix)


def read_page(data: bytes) -> Page:
    """A page's article and metadata; ``text`` is empty when no article could be found."""
    return page_of(*decode_html(data))


def page_of(html: str, encoding: str) -> Page:
    """``read_page`` for a page already decoded (the HTML part of an MHTML archive)."""
    meta = trafilatura.extract_metadata(html, date_config=DATES)
    text = trafilatura.extract(_lists_flattened(html), output_format="txt", include_comments=False, include_tables=True,
                               deduplicate=False, favor_precision=True) or ""
    return Page(text, encoding, meta.title if meta else None, meta.date if meta else None,
                meta.url if meta else None, _lines(html), (meta.sitename if meta else None) or _site(html))


# Government CMSs name the site in a meta tag (<meta name="SiteName" content="甲省人民政府门户网站">) or after the
# page's own title (<title>政策动态 - 甲省人民政府门户网站</title>).
_SITE_META = re.compile(r"""<meta\s+name\s*=\s*["']?SiteName["']?\s+content\s*=\s*["']([^"'<>]+)""", re.IGNORECASE)
_TITLE_SUFFIX = re.compile(r"<title[^>]*>[^<]*?[-_|｜—]\s*([^<\-_|｜—]+?)\s*</title>", re.IGNORECASE)


def _site(html: str) -> str | None:
    """The site's name as a government CMS writes it, where trafilatura finds none."""
    m = _SITE_META.search(html, 0, 5000) or _TITLE_SUFFIX.search(html, 0, 5000)
    return m.group(1).strip() if m else None


INLINE = {"a", "span", "em", "strong", "b", "i", "font", "time", "small", "label"}


def _lists_flattened(html: str) -> str:
    """Each list entry made of links and spans as one line of plain text (<li><a>甲省印发《X》</a>
    <span>2022-03-18</span></li> → 甲省印发《X》2022-03-18): a list page's entries are its content,
    which trafilatura would drop as a block of links, and each entry's date stays on its line."""
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return html
    for entry in tree.iter("li"):
        parts = list(entry.iterdescendants())
        if parts and all(isinstance(e.tag, str) and e.tag.lower() in INLINE for e in parts):
            text = " ".join("".join(entry.itertext()).split())
            for child in list(entry):
                entry.remove(child)
            entry.text = text
    return lxml.html.tostring(tree, encoding="unicode")


def decode_html(data: bytes) -> tuple[str, str]:
    """The page's text: by the charset its ``<meta>`` declares when that is a codec Python knows
    (GB2312 and GBK read as their superset GB18030), else as any text file is decoded."""
    m = META_CHARSET.search(data[:4096])
    if m:
        name = m.group(1).decode("ascii").lower()
        try:
            codec = codecs.lookup(CHINESE_SUPERSETS.get(name, name)).name
        except LookupError:
            codec = ""
        if codec:
            return data.decode(codec, errors="replace"), codec
    decoded = decode(data)
    return decoded.text, decoded.encoding


def _lines(html: str) -> tuple[str, ...]:
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return ()
    for bad in tree.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    for element in tree.iter():
        if isinstance(element.tag, str) and element.tag.lower() in BLOCKS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    return tuple(line for line in (s.strip() for s in tree.text_content().splitlines()) if line)
