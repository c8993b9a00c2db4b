"""Fixtures for the event tests: the Veilleur pipeline, loaded once per session."""
from __future__ import annotations

import pytest

from veilleur import Document
from veilleur.pipeline import analyze_documents


def analyze_texts(texts: list[str], language: str, published: str | None = None) -> list[Document]:
    documents = [Document(source=f"<test {i}>", text=t, language=language, published=published)
                 for i, t in enumerate(texts)]
    return list(analyze_documents(documents))


@pytest.fixture(scope="session")
def analyze():
    """analyze(text, language="fr", published=None) -> Document (events filled)."""
    def run(text: str, language: str = "fr", published: str | None = None) -> Document:
        return analyze_texts([text], language, published)[0]
    return run


def names(document: Document) -> list[tuple[str, str | None, str | None]]:
    """(cameo, source name, target name) of every event."""
    by_id = {a.id: a.name for a in document.actors}
    return [(e.cameo, by_id.get(e.source), by_id.get(e.target)) for e in document.events]
