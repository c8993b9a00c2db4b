"""The linker's linguistic data (data/roles.yaml, data/linking.yaml), loaded once."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import VeilleurError
from .normalize import fold, words

DATA_DIR = Path(__file__).parent / "data"


def _read(name: str) -> dict[str, Any]:
    path = DATA_DIR / name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise VeilleurError("E201", input=str(path), detail=str(exc).splitlines()[0]) from None
    if not isinstance(data, dict):
        raise VeilleurError("E201", input=str(path), detail="expected a mapping")
    return data


@dataclass(frozen=True)
class Title:
    role: str
    words: tuple[str, ...]
    countries: tuple[str, ...] = ()   # the only countries where the title names this role


@lru_cache(maxsize=None)
def titles(language: str) -> dict[str, list[Title]]:
    """Titles of ``language`` by first word, longest first."""
    by_first: dict[str, list[Title]] = {}
    for role, per_language in _read("roles.yaml")["roles"].items():
        for entry in per_language.get(language) or []:
            text, countries = (entry, ()) if isinstance(entry, str) else (
                entry["title"], tuple(entry.get("countries") or ()))
            ws = words(text)
            if ws:
                by_first.setdefault(ws[0], []).append(Title(role, ws, countries))
    for group in by_first.values():
        group.sort(key=lambda t: -len(t.words))
    return by_first


@lru_cache(maxsize=None)
def role_words(group: str, language: str) -> frozenset[str]:
    """Folded words of roles.yaml's counterpart / former / of lists."""
    return frozenset(fold(w) for w in _read("roles.yaml")[group].get(language) or [])


@lru_cache(maxsize=None)
def linking() -> dict[str, Any]:
    return _read("linking.yaml")


@lru_cache(maxsize=None)
def folded_set(section: str, language: str) -> frozenset[str]:
    """A linking.yaml list for one language, folded."""
    return frozenset(fold(str(w)) for w in linking()[section].get(language) or [])


@lru_cache(maxsize=None)
def folded_map(section: str, language: str) -> dict[str, str]:
    return {fold(str(k)): str(v) for k, v in (linking()[section].get(language) or {}).items()}


@lru_cache(maxsize=None)
def institution_kinds(section: str, language: str) -> dict[str, str]:
    """Folded lemma → actor kind, from linking.yaml's ``institutions``."""
    out: dict[str, str] = {}
    for kind, per_language in linking()[section].items():
        for lemma in per_language.get(language) or []:
            out.setdefault(fold(str(lemma)), kind)
    return out


@lru_cache(maxsize=None)
def organization_kinds() -> list[tuple[tuple[str, ...], str]]:
    return [(words(str(w)), kind) for kind, ws in linking()["organization_kinds"].items() for w in ws]


@lru_cache(maxsize=None)
def first_names() -> dict[str, str]:
    """Folded given name → "m" or "f" (data/first_names.yaml)."""
    data = _read("first_names.yaml")
    return {fold(str(n)): gender for gender in ("m", "f") for n in data.get(gender) or []}
