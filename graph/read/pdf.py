"""PDF files with a text layer to text (pypdf), normalized by ``graph.read.layout``; a scanned PDF,
which has none, is refused with that reason."""

from __future__ import annotations

import io

import pypdf
from pypdf.errors import PdfReadError

from graph.read.items import Unreadable
from graph.read.layout import readable


def pdf_text(data: bytes) -> tuple[str, str | None]:
    """The document's text, pages one after the other, and its title from the document information."""
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        locked = reader.is_encrypted and not reader.decrypt("")
        pages = [] if locked else [page.extract_text() or "" for page in reader.pages]
        title = None if locked or not reader.metadata else reader.metadata.title
    except (PdfReadError, ValueError, KeyError, TypeError) as err:
        raise Unreadable(f"not a readable PDF ({err})") from None
    if locked:
        raise Unreadable("encrypted PDF: nothing read")
    text = readable("\n".join(pages))
    if not text.strip():
        raise Unreadable(f"scanned PDF without a text layer ({len(pages)} page(s)): nothing read; run OCR on it first")
    return text, title or None
