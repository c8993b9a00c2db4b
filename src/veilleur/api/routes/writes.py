"""The two writing endpoints, always behind the token: analyse an input, and ingest it
(analyse and store). Inputs are text, uploaded files or a URL; URLs go through the ingest
fetcher, which refuses private, loopback and link-local addresses. The token check happens
in the app's middleware (api/app.py), before the body is read."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Optional

from fastapi import APIRouter, File, Form, Request, UploadFile

from ...document import Document
from ...errors import InputError, VeilleurError
from ..filters import language_code, parse_date

router = APIRouter(tags=["write"])


def _documents(request: Request, text: Optional[str], url: Optional[str],
               files: list[UploadFile], title: Optional[str], language: Optional[str],
               published: Optional[str]) -> list[Document]:
    """Cleaned Documents for every input given, through the ingest stage."""
    from ... import ingest

    settings = request.app.state.settings.with_(allow_private_urls=False)
    language = language_code(language)
    published = parse_date("published", published, upper=False)
    documents: list[Document] = []
    if text and text.strip():
        documents.append(ingest.document_from_text(text, "<api>", title=title, language=language,
                                                   published=published))
    if url and url.strip():
        documents.extend(_loaded(ingest, [_checked_url(url.strip())], settings))
    for upload in files:
        documents.extend(_from_upload(ingest, upload, settings))
    if not documents:
        raise VeilleurError("E708", input=request.url.path)
    for document in documents:
        document.language = language or document.language
        document.title = title or document.title
        document.published = published or document.published
    return documents


def _checked_url(url: str) -> str:
    from urllib.parse import urlsplit

    from ...ingest.addresses import check_host

    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise InputError("E012", url, scheme=parts.scheme or "(none)")
    if not parts.hostname:
        raise VeilleurError("E704", input=url, name="url", detail="no host name")
    # Checked before ingest fetches it, so no request ever leaves for a private address.
    check_host(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80), url)
    return url


def _loaded(ingest, specs: list[str], settings) -> list[Document]:
    out = []
    for item in ingest.load(specs, settings):
        if isinstance(item, InputError):
            raise item
        out.append(item)
    return out


def _from_upload(ingest, upload: UploadFile, settings) -> list[Document]:
    """Ingest reads files by name (type from the suffix), so the upload goes to a temporary
    file keeping only its suffix: the client's file name never becomes a path."""
    name = Path(upload.filename or "upload.txt").name
    suffix = "".join(Path(name).suffixes[-2:])[:16] or ".txt"
    handle, path = tempfile.mkstemp(suffix=suffix)
    try:
        with os.fdopen(handle, "wb") as fh:
            fh.write(upload.file.read())
        documents = _loaded(ingest, [path], settings)
    finally:
        os.unlink(path)
    for document in documents:
        document.source = name
    return documents


def _analyzed(request: Request, documents: list[Document]) -> list[Document]:
    from ...pipeline import analyze_documents

    return list(analyze_documents(documents, size=request.app.state.settings.model_size))


_TEXT = Form(None, description="Article text")
_URL = Form(None, description="http(s) URL to fetch (public addresses only)")
_FILES = File(default_factory=list, description="Files: HTML, text, .gz")
_TITLE = Form(None)
_LANGUAGE = Form(None, description="ISO 639-1; detected when absent")
_PUBLISHED = Form(None, description="YYYY-MM-DD")


@router.post("/analyze", summary="Analyse text, files or a URL (token required)")
def analyze(request: Request, text: Optional[str] = _TEXT, url: Optional[str] = _URL,
            files: list[UploadFile] = _FILES, title: Optional[str] = _TITLE,
            language: Optional[str] = _LANGUAGE, published: Optional[str] = _PUBLISHED):
    """The analysis contract of each input, without storing anything."""
    documents = _analyzed(request, _documents(request, text, url, files, title, language, published))
    return {"items": [d.to_dict() for d in documents]}


@router.post("/ingest", summary="Analyse and store text, files or a URL (token required)")
def ingest_inputs(request: Request, text: Optional[str] = _TEXT, url: Optional[str] = _URL,
                  files: list[UploadFile] = _FILES, title: Optional[str] = _TITLE,
                  language: Optional[str] = _LANGUAGE, published: Optional[str] = _PUBLISHED):
    """Analyses each input and stores it; answers the stored article ids."""
    documents = _analyzed(request, _documents(request, text, url, files, title, language, published))
    results = request.app.state.store.save_many(documents)
    return {"stored": sum(r.new_article or r.new_analysis for r in results),
            "ids": [r.article_id for r in results],
            "near_duplicate_of": [r.near_duplicate_of for r in results]}
