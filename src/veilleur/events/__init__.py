"""Events: lexicon triggers, arguments from the dependency tree, CAMEO/PLOVER coding."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..pipeline import Analysis


def run(analysis: "Analysis") -> None:
    """Fill ``analysis.document.events`` (issue: Event coder)."""
    analysis.document.events = []
