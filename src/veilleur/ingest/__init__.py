"""Ingest: read inputs, decode, extract, clean with evidence, blocks, language, dates.

Public entry points (used by the CLI, runners and stores):
- ``load(inputs, settings)`` yields a cleaned Document, or an InputError, per article;
- ``document_from_text(text, source, ...)`` cleans one plain text into a Document;
- ``document_from_raw(raw, source, ...)`` reads one RawInput (bytes as received) again,
  e.g. to re-ingest what a store kept;
- ``feed_items`` / ``feed_item_document`` / ``fetch_conditional`` for feed watchers.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from ..document import Document
from ..errors import InputError
from ..settings import Settings, load_settings
from .article import build_document
from .decode import decode, gunzip
from .feeds import FeedItem, feed_items
from .fetch import fetch, fetch_conditional
from .formats import FORMATS, detect_format
from .html import extract_page, fragment_paragraphs, looks_like_html
from .raw import RawInput
from .sources import expand, read
from .tabular import Row, csv_rows, json_rows, jsonl_rows

__all__ = ["FORMATS", "FeedItem", "RawInput", "document_from_raw", "document_from_text",
           "feed_item_document", "feed_items", "fetch", "fetch_conditional", "load"]

Result = Document | InputError


def document_from_text(text: str, source: str = "<text>", *, title: str | None = None,
                       language: str | None = None, published: str | None = None) -> Document:
    """Clean a plain text into a Document: blocks, language and date found in the text
    unless given."""
    return build_document(source, text, title=title, language=language, published=published)


def load(inputs: Iterable[str], settings: Settings | None = None, *,
         field_map: dict[str, str] | None = None,
         input_format: str | None = None) -> Iterator[Result]:
    """One Document per article of every input, or an InputError naming what failed;
    a failing input never stops the others."""
    settings = settings or load_settings()
    for spec in inputs:
        for name in expand(spec):
            if isinstance(name, InputError):
                yield name
                continue
            try:
                raw = read(name, settings)
            except InputError as exc:
                yield exc
                continue
            yield from document_from_raw(raw, name, settings, field_map=field_map,
                                         input_format=input_format)


def document_from_raw(raw: RawInput, source: str, settings: Settings | None = None, *,
                      field_map: dict[str, str] | None = None,
                      input_format: str | None = None) -> Iterator[Result]:
    """The articles in one input as received."""
    settings = settings or load_settings()
    try:
        data = gunzip(raw.data, settings.max_input_bytes, source)
        text, raw.encoding = decode(data, source, raw.media_type)
        fmt = input_format or detect_format(raw.url or source, raw.media_type, text)
        if fmt not in FORMATS:
            raise InputError("E901", source, detail=f"unknown input format {fmt}")
    except InputError as exc:
        yield exc
        return
    try:
        if fmt == "text":
            yield build_document(source, text, meta={"url": raw.url}, raw=raw)
        elif fmt == "html":
            yield _html_document(text, raw.url, source, raw)
        elif fmt == "feed":
            yield from _feed_documents(data, source, raw, settings)
        else:
            readers = {"jsonl": jsonl_rows, "json": json_rows, "csv": csv_rows}
            for row in readers[fmt](text, source, field_map or {}):
                yield row if isinstance(row, InputError) else _row_document(row, source, raw)
    except InputError as exc:
        yield exc


def _html_document(html: str, url: str | None, source: str, raw: RawInput | None,
                   **known) -> Document:
    page = extract_page(html, url, source)
    meta = {"author": known.get("author") or page.author, "site": known.get("site") or page.site,
            "url": page.url or url, "description": page.description}
    document = build_document(source, "\n\n".join(page.paragraphs),
                              title=known.get("title") or page.title,
                              published=known.get("published") or page.published,
                              language=known.get("language"), meta=meta, raw=raw,
                              title_in_text=True)
    document.language = document.language or page.language
    return document


def _row_document(row: Row, source: str, dump: RawInput) -> Result:
    from .dates import normalize_date

    f = row.fields
    where = f"{source}#{row.number}"
    # the row as received, not the whole dump again for each of its rows
    raw = RawInput(row.raw.encode("utf-8"), row.media_type, "utf-8", _str(f["url"]) or dump.url,
                   dump.path)
    language = (_str(f["language"]) or "").lower()
    known = {"title": _str(f["title"]), "published": normalize_date(f["published"]),
             "language": language[:2] if language[:2].isalpha() else None,
             "author": _str(f["author"]), "site": _str(f["site"])}
    body = _str(f["html"]) or _str(f["text"])
    if not body:
        return InputError("E004", where)
    try:
        if _str(f["html"]) or looks_like_html(body):
            return _html_document(body, _str(f["url"]), where, raw, **known)
    except InputError:
        pass  # an HTML cell without an article: read its text
    if looks_like_html(body):
        body = "\n\n".join(fragment_paragraphs(body))
    meta = {"author": known["author"], "site": known["site"], "url": _str(f["url"]), "row": row.number}
    return build_document(where, body, title=known["title"], language=known["language"],
                          published=known["published"], meta=meta, raw=raw, title_in_text=True)


def _str(value) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def _feed_documents(data: bytes, source: str, raw: RawInput,
                    settings: Settings) -> Iterator[Result]:
    for item in feed_items(data, source):
        try:
            yield feed_item_document(item, raw, settings, feed_url=source)
        except InputError as exc:
            yield exc


def feed_item_document(item: FeedItem, raw: RawInput, settings: Settings | None = None, *,
                       feed_url: str | None = None) -> Document:
    """The article of one feed item (``raw`` is the feed as received): the item's own
    content when it is the full text, else its page, fetched and extracted."""
    settings = settings or load_settings()
    where = item.link or f"{feed_url or raw.url or raw.path}#{item.number}"
    known = {"title": item.title, "published": item.published, "author": item.author,
             "site": item.site}
    if not item.is_full and item.link:
        page = fetch(item.link, settings)
        text, page.encoding = decode(gunzip(page.data, settings.fetch_max_bytes, where), where,
                                     page.media_type)
        return _html_document(text, page.url or item.link, where, page, **known)
    meta = {"author": item.author, "site": item.site, "url": item.link, "feed": raw.url or raw.path}
    body = "\n\n".join(fragment_paragraphs(item.html))
    if not body:
        raise InputError("E004", where)
    # the item as received, not the whole feed again for each of its items
    item_raw = RawInput(item.html.encode("utf-8"), "text/html", "utf-8", item.link or raw.url)
    return build_document(where, body, title=item.title,
                          published=item.published, meta=meta, raw=item_raw, title_in_text=True)
