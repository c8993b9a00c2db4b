"""Trigger lexicons (data/triggers_<lang>.yaml): words and phrases mapped to CAMEO codes.

An entry is a single lemma (``lemma``) or a phrase of lemmas (``phrase``, matched in order
with at most ``gap`` other words between them), its CAMEO code, optional ``variants``
(conditions that select another code), argument hints and example sentences that the tests
run through the coder.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..errors import VeilleurError
from .cameo import cameo_code

ENTRY_KEYS = {"lemma", "phrase", "pos", "cameo", "genitive", "source_preps", "target_preps",
              "needs", "absorbs", "reported", "reliability", "variants", "examples", "gap", "note",
              "negative", "inverse"}
CONDITION_KEYS = {"prep", "object", "object_lemma", "complement_lemma", "modality", "no_target",
                  "source_lemma", "target_lemma", "source_kind", "target_kind", "infinitive"}
NEEDS = {"target", "source", "object", "actor_object", "complement", "content"}


@dataclass(frozen=True)
class Variant:
    when: dict[str, Any]
    cameo: str


@dataclass(frozen=True)
class Entry:
    words: tuple[str, ...]              # one lemma, or a phrase's lemmas in order
    cameo: str
    pos: tuple[str, ...] = ()
    genitive: str = "source"            # nouns: does "de X"/"X's" give the source or target?
    source_preps: tuple[str, ...] = ()
    target_preps: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    absorbs: bool = False               # control verb: swallows its complement's trigger
    reported: bool = False              # modal of a reported clause ("X said Y must …"):
                                        # source = who said it, target = the clause's subject
    reliability: float = 0.8
    gap: int = 3
    variants: tuple[Variant, ...] = ()
    examples: tuple[tuple[str, str | None], ...] = field(default=(), compare=False)
    negative: bool = False              # the negated verb is the trigger ("ne satisfait pas"):
                                        # fires only when negated, and the event is asserted
    inverse: bool = False               # the object feels what the subject did ("cette annonce
                                        # ne satisfait pas les syndicats"): object → source

    @property
    def label(self) -> str:
        return " ".join(self.words)


@dataclass
class Lexicon:
    language: str
    entries: list[Entry]
    by_first_word: dict[str, list[Entry]]


def _tuple(value: Any) -> tuple:
    if value is None:
        return ()
    return tuple(value) if isinstance(value, (list, tuple)) else (value,)


def _bad(language: str, detail: str) -> VeilleurError:
    return VeilleurError("E301", input=f"triggers_{language}.yaml", detail=detail)


def _expand_groups(when: dict[str, Any], groups: dict[str, list]) -> dict[str, Any]:
    """A condition value naming one of the lexicon's `groups` stands for its members, so
    that one sense rule ("a civic actor attacks a political one") reads the same everywhere."""
    out: dict[str, Any] = {}
    for key, value in when.items():
        if isinstance(value, str) and value in groups:
            value = list(groups[value])
        elif isinstance(value, list):
            value = [w for name in value for w in groups.get(name, [name])]
        out[key] = value
    return out


def parse_entry(raw: dict[str, Any], language: str, groups: dict[str, list] | None = None) -> Entry:
    unknown = set(raw) - ENTRY_KEYS
    label = raw.get("lemma") or raw.get("phrase")
    if unknown:
        raise _bad(language, f"{label}: unknown keys {sorted(unknown)}")
    if bool(raw.get("lemma")) == bool(raw.get("phrase")):
        raise _bad(language, f"{label}: give exactly one of lemma or phrase")
    words = (raw["lemma"],) if raw.get("lemma") else tuple(str(raw["phrase"]).split())
    variants = []
    for v in raw.get("variants") or []:
        bad = set(v.get("when") or {}) - CONDITION_KEYS
        if bad or "cameo" not in v:
            raise _bad(language, f"{label}: bad variant {v}")
        variants.append(Variant(_expand_groups(dict(v["when"]), groups or {}),
                                str(v["cameo"])))
    needs = _tuple(raw.get("needs"))
    if set(needs) - NEEDS:
        raise _bad(language, f"{label}: unknown needs {needs}")
    examples = tuple((str(e[0]), None if e[1] is None else str(e[1]))
                     for e in raw.get("examples") or [])
    if not examples:
        raise _bad(language, f"{label}: every entry needs an example sentence")
    entry = Entry(tuple(w.lower() for w in words), str(raw["cameo"]), _tuple(raw.get("pos")),
                  raw.get("genitive", "source"), _tuple(raw.get("source_preps")),
                  _tuple(raw.get("target_preps")), needs, bool(raw.get("absorbs")),
                  bool(raw.get("reported")),
                  float(raw.get("reliability", 0.8)), int(raw.get("gap", 3)), tuple(variants),
                  examples, bool(raw.get("negative")), bool(raw.get("inverse")))
    for code in [entry.cameo, *(v.cameo for v in entry.variants)]:
        cameo_code(code)  # raises E302 for an unknown code
    return entry


def parse_lexicon(data: dict[str, Any], language: str) -> Lexicon:
    groups = {str(k): list(v) for k, v in (data.get("groups") or {}).items()}
    entries = [parse_entry(raw, language, groups) for raw in data.get("entries") or []]
    index: dict[str, list[Entry]] = {}
    for entry in entries:
        index.setdefault(entry.words[0], []).append(entry)
    # Longer phrases first, so that "pas question de discuter" wins over "discuter".
    for group in index.values():
        group.sort(key=lambda e: -len(e.words))
    return Lexicon(language, entries, index)


@lru_cache(maxsize=None)
def load_lexicon(language: str) -> Lexicon:
    path = resources.files(__package__).joinpath(f"data/triggers_{language}.yaml")
    if not path.is_file():
        return Lexicon(language, [], {})
    return parse_lexicon(yaml.safe_load(path.read_text(encoding="utf-8")) or {}, language)


@dataclass(frozen=True)
class Grammar:
    """Per-language function words (data/grammar_<lang>.yaml)."""

    language: str
    data: dict[str, Any]

    def words(self, key: str) -> frozenset[str]:
        # called per token by the coder: build each set once (the data is read-only)
        cache = self.__dict__.setdefault("_words_cache", {})
        if key not in cache:
            cache[key] = frozenset(self.data.get(key) or ())
        return cache[key]

    @property
    def compound_preps(self) -> dict[str, str]:
        return dict(self.data.get("compound_preps") or {})


@lru_cache(maxsize=None)
def load_grammar(language: str) -> Grammar:
    path = resources.files(__package__).joinpath(f"data/grammar_{language}.yaml")
    if not path.is_file():
        path = resources.files(__package__).joinpath("data/grammar_en.yaml")
    return Grammar(language, yaml.safe_load(path.read_text(encoding="utf-8")) or {})
