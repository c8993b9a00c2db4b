"""Demonyms that name an actor: "les autorités biélorusses" (government), "l'armée russe"
(military), "soutien russe" (the state acting), "complot occidental" (a bloc),
"les Russes"."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from .kb import KnowledgeBase
from .normalize import fold, key
from .rules import folded_set, institution_kinds, linking, organization_kinds


@dataclass(frozen=True)
class DemonymActor:
    start: int           # token indices [start, end)
    end: int
    kind: str
    target: str          # ISO3 or a bloc id
    confidence: float
    group: str | None = None   # "association croate": a group named by its kind of body


def blocs() -> dict[str, dict]:
    return {b["id"]: b for b in linking().get("blocs") or []}


@lru_cache(maxsize=None)      # looked up for every word of every article
def bloc_adjectives(language: str) -> dict[str, str]:
    return {fold(a): b["id"] for b in blocs().values() for a in (b.get("adjectives") or {}).get(language) or []}


def country_of(kb: KnowledgeBase, word: str, language: str) -> str | None:
    isos = kb.demonym_countries(word)
    if len(isos) == 1:
        return next(iter(isos))
    return bloc_adjectives(language).get(fold(word))


def find(doc: Doc, kb: KnowledgeBase, language: str) -> list[DemonymActor]:
    heads = institution_kinds("institutions", language)
    acts = folded_set("act_nouns", language)
    bodies = {ws[0]: kind for ws, kind in organization_kinds() if len(ws) == 1}
    found: list[DemonymActor] = []
    for tok in doc:
        if tok.is_punct or not tok.is_alpha:
            continue
        target = country_of(kb, tok.text, language)
        if target is None:
            continue
        head = tok.head
        lemma = fold(head.lemma_)
        if tok.dep_ in ("amod", "compound", "nmod") and head.i != tok.i and head.pos_ in ("NOUN", "PROPN"):
            kind = heads.get(lemma)
            if kind:
                lo, hi = min(tok.i, head.i), max(tok.i, head.i) + 1
                found.append(DemonymActor(lo, hi, kind, target, 0.8))
                continue
            if lemma in acts:
                found.append(DemonymActor(tok.i, tok.i + 1, "government", target, 0.6))
                continue
            kind = bodies.get(lemma)
            if kind and not target.startswith("bloc:"):
                lo, hi = min(tok.i, head.i), max(tok.i, head.i) + 1
                found.append(DemonymActor(lo, hi, kind, target, 0.6, f"{lemma} {fold(tok.lemma_)}"))
                continue
        # "les Russes", "the Russians": a capitalised demonym used as a noun.
        if tok.text[:1].isupper() and tok.pos_ in ("NOUN", "PROPN") and tok.i > 0 and key(tok.text) == fold(tok.text):
            if tok.dep_ not in ("amod", "compound") and (tok.morph.get("Number") == ["Plur"] or tok.text.endswith("s")):
                found.append(DemonymActor(tok.i, tok.i + 1, "government", target, 0.5))
    return found
