"""Assemble a cleaned Document: text with evidence, blocks, language, publication date."""
from __future__ import annotations

from typing import Any

from ..document import Document
from .blocks import classify, paragraphs
from .clean import clean_text
from .dates import dateline_date, header_date
from .language import detect_language
from .raw import RawInput

HEADER_PARAGRAPHS = 3  # header lines (credits, by-lines, datelines) sit at the top


def build_document(source: str, text: str, *, title: str | None = None,
                   language: str | None = None, published: str | None = None,
                   meta: dict[str, Any] | None = None, raw: RawInput | None = None,
                   title_in_text: bool = False) -> Document:
    """A Document over ``text``. With ``title_in_text`` the title opens the text as its
    own block (extracted articles); otherwise a title line is recognised in the text."""
    title = " ".join(title.split()) if title else None
    if title_in_text and title and text.lstrip().split("\n", 1)[0].strip() != title:
        text = f"{title}\n\n{text}"
    cleaned, offset_map = clean_text(text)
    spans = paragraphs(cleaned)
    title_span = None
    if title_in_text and title and spans and cleaned[spans[0][0]:spans[0][1]] == clean_text(title)[0]:
        title_span = spans[0]
    blocks = classify(cleaned, spans, title_span)
    meta = {k: v for k, v in (meta or {}).items() if v not in (None, "")}
    if offset_map:
        meta["offsets"] = {"of": "extracted text" if title_in_text else "decoded input",
                           "map": offset_map}
    if title is None:
        title_block = next((b for b in blocks if b.kind == "title"), None)
        if title_block is not None:
            title = cleaned[title_block.span[0]:title_block.span[1]]
    if "author" not in meta:
        authors = [b.data["author"] for b in blocks if b.kind == "byline" and b.data.get("author")]
        if authors:
            meta["author"] = ", ".join(dict.fromkeys(authors))
    return Document(
        source=source, text=cleaned, title=title.strip() if title else None,
        language=language or _language(cleaned, blocks),
        published=published or _published(cleaned, blocks),
        blocks=blocks, meta=meta, raw=raw)


def _language(text: str, blocks) -> str | None:
    body = " ".join(text[b.span[0]:b.span[1]] for b in blocks if b.kind in ("title", "body"))
    return detect_language(body or text)


def _published(text: str, blocks) -> str | None:
    """A header's publication date ("date 2020-09 …", "Publié le …"), else a dateline,
    else an update date ("Mis à jour le …") as the closest known."""
    headers = blocks[:HEADER_PARAGRAPHS] + [b for b in blocks if b.kind in ("credit", "byline", "boilerplate")]
    lines = [text[b.span[0]:b.span[1]] for b in headers]
    openings = [text[b.span[0]:b.span[1]] for b in blocks if b.kind == "body"][:2]
    for found in ([header_date(line) for line in lines] + [dateline_date(p) for p in openings]
                  + [header_date(line, updates=True) for line in lines]):
        if found:
            return found
    return None
