"""Event locations: a place named in the sentence ("à Minsk", "in Kyiv") or the
dateline, geocoded from the actors' gazetteer (actors/data/places.tsv when present, and
the capitals and countries of countries.tsv)."""
from __future__ import annotations

import csv
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Span, Token

from .lexicon import Grammar

PLACE_LABELS = {"LOC", "GPE", "FAC"}
# "MINSK, 3 sept (AFP) -", "KYIV (Reuters) -", "Paris, le 3 mai -"
_DATELINE = re.compile(r"^\s*([A-ZÀ-Ý][A-Za-zÀ-ÿ' .-]{1,40}?)\s*(?:,|\(|—|–| - )")


def fold(name: str) -> str:
    name = unicodedata.normalize("NFKD", name.replace("’", "'"))
    name = "".join(c for c in name if not unicodedata.combining(c)).casefold()
    return re.sub(r"^(?:l'|la |le |les |the )", "", name.strip())


def _rows(filename: str) -> list[dict[str, str]]:
    path = resources.files("veilleur.actors").joinpath(f"data/{filename}")
    if not path.is_file():
        return []
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _coord(value: str | None) -> float | None:
    try:
        return round(float(value), 4) if value not in (None, "") else None
    except ValueError:
        return None


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, dict[str, Any]]:
    """Folded place name → {name, country, lat, lon}. Cities before countries."""
    places: dict[str, dict[str, Any]] = {}

    def add(names, record):
        for name in names:
            if name:
                places.setdefault(fold(name), record)

    for row in _rows("places.tsv"):
        record = {"name": row.get("name"), "country": row.get("country") or None,
                  "lat": _coord(row.get("lat")), "lon": _coord(row.get("lon"))}
        add([row.get("name"), *(row.get("aliases") or "").split("|")], record)
    for row in _rows("countries.tsv"):
        capital = row.get("capital_fr") or row.get("capital_en")
        record = {"name": capital, "country": row.get("iso3"),
                  "lat": _coord(row.get("lat")), "lon": _coord(row.get("lon"))}
        add([row.get("capital_fr"), row.get("capital_en"),
             *(row.get("capital_aliases") or "").split("|")], record)
    for row in _rows("countries.tsv"):
        # A country as a place: its name and ISO code; no single point stands for it.
        record = {"name": row.get("name_fr") or row.get("name_en"), "country": row.get("iso3"),
                  "lat": None, "lon": None}
        add([row.get("name_fr"), row.get("name_en")], record)
    return places


def geocode(name: str) -> dict[str, Any] | None:
    record = gazetteer().get(fold(name))
    if record is None:
        return None
    return {**record, "name": name}


def _place_span(token: Token) -> Span | None:
    if token.ent_type_ in PLACE_LABELS:
        for ent in token.doc.ents:
            if ent.start <= token.i < ent.end:
                return ent
    if token.pos_ == "PROPN":
        return token.doc[token.i:token.i + 1]
    return None


def sentence_location(sentence: Span, grammar: Grammar, exclude: set[int]) -> dict | None:
    """The first place of the sentence introduced by a locative preposition."""
    preps = grammar.words("location_preps")
    for token in sentence:
        if token.i in exclude or token.lower_ not in preps:
            continue
        place_token = token.head if token.dep_ == "case" else token.nbor(1) if token.i + 1 < sentence.end else None
        if token.dep_ == "prep":
            place_token = next((c for c in token.children if c.dep_ == "pobj"), None)
        if place_token is None or place_token.i in exclude or place_token.i <= token.i:
            continue
        span = _place_span(place_token)
        if span is not None:
            found = geocode(span.text)
            if found:
                return found
    return None


def dateline_location(text: str) -> dict | None:
    m = _DATELINE.match(text)
    if not m or not m.group(1).isupper():
        return None
    return geocode(m.group(1).strip().title())
