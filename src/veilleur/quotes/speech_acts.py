"""The CAMEO speech act of a quote: 01x (statement) or 02x (appeal), from its cue.

PLOVER, and so Veilleur's events, do not code plain statements and appeals; a quote keeps
what its speaker did as ``cameo`` (data/speech_acts.yaml by cue class, or the ``cameo`` of
the cue verb in speech_verbs_<lang>.yaml). Cues whose act is an event (accuse, threaten,
promise, demand …) get none: the events stage codes them.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

from ..document import Quote
from ..errors import VeilleurError
from .lexicon import Lexicon, load_lexicon

SPEECH_ROOTS = ("01", "02")
COLON_CUE = ":"  # extract.py's cue_lemma for "Name: « … »" quotes


def parse_class_codes(data: dict, path: str) -> dict[str, str | None]:
    classes = (data or {}).get("classes")
    if not isinstance(classes, dict):
        raise VeilleurError("E402", path, detail="needs a 'classes' table")
    for cls, code in classes.items():
        if code is not None and not (isinstance(code, str) and code[:2] in SPEECH_ROOTS):
            raise VeilleurError("E402", path, detail=f"{cls}: {code!r} is not a CAMEO 01/02 code")
    return dict(classes)


@lru_cache(maxsize=None)
def class_codes() -> dict[str, str | None]:
    path = resources.files(__package__).joinpath("data", "speech_acts.yaml")
    return parse_class_codes(yaml.safe_load(path.read_text(encoding="utf-8")), str(path))


def speech_act(quote: Quote, lexicon: Lexicon) -> str | None:
    """The CAMEO 01/02 code of what the speaker of ``quote`` does, or None."""
    lemma = quote.extra.get("cue_lemma")
    verb = lexicon.verbs.get(lemma) if lemma else None
    if verb is not None and verb.cameo:
        return verb.cameo
    cls = "colon" if lemma == COLON_CUE else quote.extra.get("cue_class")
    return class_codes().get(cls) if cls else None


def add_speech_acts(quotes: list[Quote], language: str | None) -> None:
    lexicon = load_lexicon(language or "en")
    for quote in quotes:
        code = speech_act(quote, lexicon)
        if code is not None:
            quote.extra["cameo"] = code
