"""Actors test fixtures: a small knowledge base of real facts and parsed documents."""
from __future__ import annotations

from pathlib import Path

import pytest

from veilleur.actors.kb import build_kb
from veilleur.actors.linker import DocumentLinker
from veilleur.document import Block, Document
from veilleur.nlp import load_pipeline
from veilleur.pipeline import make_spacy_doc

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def fixture_kb():
    return build_kb([FIXTURES])


@pytest.fixture(scope="session")
def link(fixture_kb):
    """link(text, published=..., language=..., blocks=...) → the DocumentLinker after linking."""

    def run(text: str, published: str | None = None, language: str = "fr",
            blocks: list[Block] | None = None, kb=None) -> DocumentLinker:
        document = Document(source="<test>", text=text, language=language, published=published,
                            blocks=blocks or [Block("body", (0, len(text)))])
        nlp = load_pipeline(language)
        doc = nlp(make_spacy_doc(nlp, document))
        linker = DocumentLinker(kb or fixture_kb, document, doc, language)
        linker.link()
        return linker

    return run


@pytest.fixture(scope="session")
def mentions_of():
    """mentions_of(linker) → {mention text: actor id} (the last mention of a text wins)."""

    def run(linker: DocumentLinker) -> dict[str, str]:
        text = linker.document.text
        return {text[m.start:m.end]: m.actor_id for m in linker.mentions()}

    return run
