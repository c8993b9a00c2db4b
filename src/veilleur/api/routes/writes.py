"""The two writing endpoints, always behind the token: analyse an input, and ingest it
(analyse and store). Inputs are text, uploaded files or a URL; URLs go through the ingest
fetcher, which refuses private, loopback and link-local addresses. The token check happens
in the app's middleware (api/app.py), before the body is read."""
from __future__ import annotations

import asyncio
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

    # Never the server's own network: the URL comes from whoever holds the token.
    settings = request.app.state.settings.with_(allow_private_urls=False)
    language = language_code(language)
    published = parse_date("published", published, upper=False)
    documents: list[Document] = []
    if text and text.strip():
        documents.append(ingest.document_from_text(text, "<api>", title=title, language=language,
                                                   published=published))
    if url and url.strip():
        documents += _articles(ingest.document_from_raw(ingest.fetch(url.strip(), settings),
                                                        url.strip(), settings))
    for upload in files:
        # The client's file name only names the source (and hints the format): never a path.
        name = Path(upload.filename or "upload").name or "upload"
        raw = ingest.RawInput(upload.file.read(), media_type=upload.content_type, path=name)
        documents += _articles(ingest.document_from_raw(raw, name, settings))
    if not documents:
        raise VeilleurError("E708", input=request.url.path)
    for document in documents:
        document.language = language or document.language
        document.title = title or document.title
        document.published = published or document.published
    return documents


def _articles(results) -> list[Document]:
    out = []
    for item in results:
        if isinstance(item, InputError):
            raise item
        out.append(item)
    return out


def _analyzed(request: Request, documents: list[Document]) -> list[Document]:
    from ...pipeline import analyze_documents

    return list(analyze_documents(documents, size=request.app.state.settings.model_size))


_TEXT = Form(None, description="Article text")
_URL = Form(None, description="http(s) URL to fetch (public addresses only)")
_FILES = File(default_factory=list, description="Files: HTML, text, .gz")
_TITLE = Form(None)
_LANGUAGE = Form(None, description="ISO 639-1; detected when absent")
_PUBLISHED = Form(None, description="YYYY-MM-DD")


async def _in_worker(request: Request, work):
    """Run ``work`` in the app's analysis thread (models and connection stay there)."""
    return await asyncio.get_running_loop().run_in_executor(request.app.state.worker, work)


@router.post("/analyze", summary="Analyse text, files or a URL (token required)")
async def analyze(request: Request, text: Optional[str] = _TEXT, url: Optional[str] = _URL,
                  files: list[UploadFile] = _FILES, title: Optional[str] = _TITLE,
                  language: Optional[str] = _LANGUAGE, published: Optional[str] = _PUBLISHED):
    """The analysis contract of each input, without storing anything."""
    def work():
        documents = _documents(request, text, url, files, title, language, published)
        return [d.to_dict() for d in _analyzed(request, documents)]

    return {"items": await _in_worker(request, work)}


@router.post("/ingest", summary="Analyse and store text, files or a URL (token required)")
async def ingest_inputs(request: Request, text: Optional[str] = _TEXT, url: Optional[str] = _URL,
                        files: list[UploadFile] = _FILES, title: Optional[str] = _TITLE,
                        language: Optional[str] = _LANGUAGE, published: Optional[str] = _PUBLISHED):
    """Analyses each input and stores it; answers the stored article ids."""
    def work():
        documents = _analyzed(request, _documents(request, text, url, files, title, language, published))
        return request.app.state.store.save_many(documents)

    results = await _in_worker(request, work)
    return {"stored": sum(r.new_article or r.new_analysis for r in results),
            "ids": [r.article_id for r in results],
            "near_duplicate_of": [r.near_duplicate_of for r in results]}
