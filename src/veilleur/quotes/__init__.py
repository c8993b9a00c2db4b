"""Quotes: direct, partial and indirect speech with speakers resolved to actors."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..pipeline import Analysis


def run(analysis: "Analysis") -> None:
    """Fill ``analysis.document.quotes`` (issue: Quotes)."""
    analysis.document.quotes = []
