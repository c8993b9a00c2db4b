"""The demo corpus: short French and English news articles written for Veilleur about real
public events (in the project's own words), each with a title line and a date line.
``veilleur demo`` ingests them."""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path

ARTICLE_SUFFIXES = (".txt", ".html")


def article_paths() -> list[Path]:
    """The sample articles, in name order."""
    folder = Path(str(files(__name__)))
    return sorted(p for p in folder.iterdir() if p.suffix in ARTICLE_SUFFIXES)
