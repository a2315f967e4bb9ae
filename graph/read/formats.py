"""Documents that are not plain text (web pages, MHTML archives, Word and Excel files, PDFs): told by their
bytes or their name, turned into text, and read as a roundup, or as one policy when a web page is a
government disclosure page."""

from __future__ import annotations

import email
import email.policy
import importlib
import io
import re
import zipfile
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from graph.read.detect.labels import block
from graph.read.disclosure import read_disclosure
from graph.read.items import Source, Unreadable
from graph.read.roundup import read_roundup
from graph.text import as_read

SUFFIXES = {".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html", ".mhtml": "mhtml",
            ".mht": "mhtml", ".docx": "docx", ".xlsx": "xlsx", ".pdf": "pdf"}
HTML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|meta)\b", re.I | re.S)
MHTML_START = re.compile(rb"^(?:[!-9;-~]+:[^\n]*\n)*?content-type:\s*multipart/related", re.I)


def suffix_of(name: str) -> str:
    """A file's suffix, or a URL's path's (``…/page.html?id=3`` → ``.html``)."""
    path = urlsplit(name).path if is_url(name) else name
    return PurePosixPath(path).suffix.lower()


def is_url(name: str) -> bool:
    return name.startswith(("http://", "https://"))


def kind_of(name: str, data: bytes) -> str | None:
    """html, mhtml, docx, xlsx or pdf by the file's first bytes, else by its suffix; None for text and records."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04") and (office := _office_kind(data)):
        return office
    if MHTML_START.match(data[:2048]):
        return "mhtml"
    if HTML_START.match(data[:2048]):
        return "html"
    return SUFFIXES.get(suffix_of(name))


# The converters of binary documents to text, by kind: each gives (text, title), and is imported when its
# first document comes (pypdf and trafilatura take 0.6-0.7 s to load).
CONVERTERS = {"pdf": ("graph.read.pdf", "pdf_text"), "docx": ("graph.read.docx", "docx_text"),
              "xlsx": ("graph.read.xlsx", "xlsx_text")}


def read_document(kind: str, source: Source, data: bytes) -> Source:
    """Fill ``source`` (named, hashed) from a document of ``kind``; a document that gives no text is reported."""
    if kind not in CONVERTERS:
        return _read_page(source, data, kind)
    module, function = CONVERTERS[kind]
    try:
        text, title = getattr(importlib.import_module(module), function)(data)
    except Unreadable as err:
        source.problems.append((0, str(err)))
        return source
    source.text, source.encoding = as_read(text), kind
    read_roundup(source)
    source.title = source.title or title
    return source


def _read_page(source: Source, data: bytes, kind: str) -> Source:
    from graph.read.html import page_of, read_page

    if kind == "mhtml":
        found = _mhtml_page(data)
        if found is None:
            source.problems.append((0, "MHTML archive without an HTML page: nothing read"))
            return source
        html, charset, location = found
        page = page_of(html, charset)
    else:
        page, location = read_page(data), None
    source.encoding = page.encoding
    source.text = as_read(page.text)
    source.url = source.url or page.url or location
    source.site = page.site
    if not page.text.strip():
        source.problems.append((0, "no article text found in the page: nothing read"))
        return source
    if (header := block(page.lines)) is not None:  # a header table outside the article text
        read_disclosure(source, header)
    else:
        read_roundup(source)
    source.title = page.title or source.title
    source.date = source.date or page.date
    return source


def _mhtml_page(data: bytes) -> tuple[str, str, str | None] | None:
    """The first HTML part of an MHTML archive (as browsers save a page): its text, charset and address."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if not isinstance(payload, bytes):
                continue
            charset = part.get_content_charset() or "utf-8"
            location = part.get("Content-Location") or message.get("Snapshot-Content-Location")
            try:
                return payload.decode(charset, errors="replace"), charset, location
            except LookupError:
                return payload.decode("utf-8", errors="replace"), "utf-8", location
    return None


def _office_kind(data: bytes) -> str | None:
    """docx or xlsx by the part an Office archive holds, whatever its name says."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile:
        return None
    return "docx" if "word/document.xml" in names else "xlsx" if "xl/workbook.xml" in names else None
