"""Ingest: read inputs, decode, extract, clean with evidence, blocks, language, dates.

Public entry points (used by the CLI, runners and stores):
- ``load(inputs, settings)`` yields a cleaned Document, or an InputError, per article;
- ``document_from_text(text, source, ...)`` cleans one plain text into a Document.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from ..document import Block, Document
from ..errors import InputError
from ..settings import Settings, load_settings


def document_from_text(text: str, source: str = "<text>", *, title: str | None = None,
                       language: str | None = None, published: str | None = None) -> Document:
    """A Document whose blocks are the text's paragraphs (minimal; ingest issue extends)."""
    blocks = []
    pos = 0
    for para in text.split("\n\n"):
        start = text.index(para, pos)
        stripped = para.strip()
        if stripped:
            s = start + para.index(stripped)
            blocks.append(Block("body", (s, s + len(stripped))))
        pos = start + len(para)
    return Document(source=source, text=text, title=title, language=language or "fr",
                    published=published, blocks=blocks)


def load(inputs: Iterable[str], settings: Settings | None = None) -> Iterator[Document | InputError]:
    settings = settings or load_settings()
    for spec in inputs:
        try:
            with open(spec, encoding="utf-8") as fh:
                yield document_from_text(fh.read(), spec)
        except OSError as exc:
            yield InputError("E001", spec) if isinstance(exc, FileNotFoundError) else InputError("E006", spec)
