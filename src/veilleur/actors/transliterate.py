"""Latin spellings of a Cyrillic name by the French, English and German conventions.

English comes from iuliia's schemas (Wikipedia, ICAO passports, BGN/PCGN); French and
German press conventions, which iuliia lacks, are data (data/translit/*.yaml) read by the
small rule engine below. Belarusian and Ukrainian official spellings (Lukashenka,
Uladzimir) are not derivable from the Russian form: the data lists them as aliases.
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ..errors import VeilleurError

SCHEME_DIR = Path(__file__).parent / "data" / "translit"
VOWELS = frozenset("аеёиоуыэюяіїєў")
_ENGLISH_SCHEMAS = ("WIKIPEDIA", "ICAO_DOC_9303", "BGN_PCGN")


@dataclass(frozen=True)
class Rule:
    source: str
    target: str
    at: str | None = None
    after: str | None = None
    before: str | None = None

    def applies(self, word: str, i: int) -> bool:
        end = i + len(self.source)
        if word[i:end] != self.source:
            return False
        if self.at == "start" and i != 0 or self.at == "end" and end != len(word):
            return False
        if self.after is not None and not (i > 0 and _in(word[i - 1], self.after)):
            return False
        if self.before is not None and not (end < len(word) and _in(word[end], self.before)):
            return False
        return True


def _in(letter: str, spec: str) -> bool:
    return letter in VOWELS if spec == "vowel" else letter in spec


@dataclass(frozen=True)
class Scheme:
    language: str
    rules: tuple[Rule, ...]
    letters: dict[str, str]

    def word(self, word: str) -> str:
        lower, out, i = word.lower(), [], 0
        while i < len(lower):
            for rule in self.rules:
                if rule.applies(lower, i):
                    out.append(rule.target)
                    i += len(rule.source)
                    break
            else:
                out.append(self.letters.get(lower[i], lower[i]))
                i += 1
        text = "".join(out)
        return text[:1].upper() + text[1:] if word[:1].isupper() else text

    def translate(self, text: str) -> str:
        # Hyphenated parts are words of their own (Римский-Корсаков).
        return " ".join("-".join(self.word(part) for part in token.split("-"))
                        for token in text.split())


@lru_cache(maxsize=None)
def scheme(language: str) -> Scheme:
    path = SCHEME_DIR / f"{language}.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        rules = tuple(sorted((Rule(str(r["from"]), str(r["to"]), r.get("at"), r.get("after"),
                                   r.get("before")) for r in data.get("rules") or []),
                             key=lambda r: -len(r.source)))
        letters = {str(k): str(v or "") for k, v in data["letters"].items()}
    except (OSError, KeyError, TypeError, yaml.YAMLError) as exc:
        raise VeilleurError("E201", input=str(path), detail=f"transliteration scheme: {exc}") from None
    return Scheme(language, rules, letters)


def is_cyrillic(text: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in text)


def transliterate(text: str, language: str) -> list[str]:
    """Spellings of a Cyrillic ``text`` for readers of ``language`` (fr, en, de)."""
    if language == "en":
        import iuliia

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out = [getattr(iuliia, name).translate(text) for name in _ENGLISH_SCHEMAS]
        return list(dict.fromkeys(s.replace("\u2019", "").replace("'", "") for s in out))
    return [scheme(language).translate(text)]


@lru_cache(maxsize=50_000)
def latin_variants(text: str) -> tuple[str, ...]:
    """French, English and German spellings of a Cyrillic name (empty for Latin input)."""
    if not is_cyrillic(text):
        return ()
    found: dict[str, None] = {}
    for language in ("fr", "en", "de"):
        for variant in transliterate(text, language):
            found.setdefault(variant, None)
    return tuple(found)
