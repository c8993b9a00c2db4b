"""Provisional actors stage: named entities become provisional actors.

Replaced by knowledge-base linking (issue: Actors); kept minimal so later stages can run.
"""
from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from ..document import Actor
from .mentions import Mention

if TYPE_CHECKING:
    from ..pipeline import Analysis

_LABEL_KIND = {"PER": "person", "PERSON": "person", "ORG": "other", "NORP": "civilians",
               "GPE": "government", "LOC": "government"}


def provisional_id(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    return "x:" + "-".join(re.findall(r"[a-z0-9]+", folded))


def run(analysis: "Analysis") -> None:
    document, doc = analysis.document, analysis.doc
    actors: dict[str, Actor] = {}
    for ent in doc.ents:
        kind = _LABEL_KIND.get(ent.label_)
        if kind is None:
            continue
        actor_id = provisional_id(ent.text)
        actor = actors.setdefault(actor_id, Actor(actor_id, ent.text, kind))
        actor.mentions.append((ent.start_char, ent.end_char))
        analysis.mentions.add(Mention(ent.start_char, ent.end_char, actor_id, 0.5))
    document.actors = list(actors.values())
