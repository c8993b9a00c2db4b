"""Quotes: direct, partial and indirect speech with speakers resolved to actors.

``run(analysis)`` fills ``analysis.document.quotes``; see docs/quotes.md.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .extract import extract_quotes
from .speech_acts import add_speech_acts

if TYPE_CHECKING:
    from ..pipeline import Analysis


def run(analysis: "Analysis") -> None:
    """Fill ``analysis.document.quotes`` from the parse and the actors stage's mentions."""
    analysis.document.quotes = extract_quotes(analysis.document, analysis.doc, analysis.mentions)
    add_speech_acts(analysis.document.quotes, analysis.document.language)
