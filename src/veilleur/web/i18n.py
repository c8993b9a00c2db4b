"""Interface text per language, from data/i18n/<lang>.yaml.

The language comes from ``?lang=``, then the ``veilleur_lang`` cookie, then the browser's
Accept-Language; English when none of them names a language we have.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

I18N_DIR = Path(__file__).parent / "data" / "i18n"
LANG_COOKIE = "veilleur_lang"
DEFAULT_LANGUAGE = "en"


@lru_cache(maxsize=None)
def ui_languages() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in I18N_DIR.glob("*.yaml")))


@lru_cache(maxsize=None)
def messages(language: str) -> dict[str, str]:
    with open(I18N_DIR / f"{language}.yaml", encoding="utf-8") as fh:
        return {str(k): str(v) for k, v in yaml.safe_load(fh).items()}


def choose_language(query: str | None, cookie: str | None, accept_language: str | None) -> str:
    available = ui_languages()
    for candidate in (query, cookie):
        if candidate in available:
            return candidate
    for part in (accept_language or "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in available:
            return code
    return DEFAULT_LANGUAGE


class Translator:
    """``t("key", count=3)``: the message in the chosen language, formatted; a missing key
    shows itself so a gap is visible on the page rather than hidden."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._messages = messages(language)

    def __call__(self, key: str, **values: object) -> str:
        text = self._messages.get(key, key)
        return text.format(**values) if values else text
