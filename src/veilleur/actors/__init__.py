"""Actors: knowledge base, linking, coreference.

``run(analysis)`` fills ``analysis.document.actors`` and ``analysis.mentions``.
"""
from __future__ import annotations

from .mentions import Mention, MentionIndex
from .stage import run

__all__ = ["Mention", "MentionIndex", "run"]
