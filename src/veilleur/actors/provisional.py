"""Actors the knowledge base does not know: a stable id from the normalised name, a kind
and a country guessed from context ("du Centre biélorusse d'études stratégiques" → BLR)."""
from __future__ import annotations

from spacy.tokens import Span

from .demonyms import country_of
from .kb import KnowledgeBase
from .normalize import slug, words
from .rules import linking, organization_kinds

PREFIX = "x:"


def cameo_for(country: str | None, kind: str) -> str | None:
    """CAMEO code of an actor known only by country and kind: RUS + GOV/MIL/COP/… ."""
    if not country:
        return None
    return country + (linking()["cameo_suffixes"].get(kind) or "")


def provisional_id(name: str) -> str:
    return PREFIX + slug(name)


def organization_kind(name: str) -> str:
    ws = words(name)
    for head, kind in organization_kinds():
        n = len(head)
        if any(ws[i:i + n] == head for i in range(len(ws) - n + 1)):
            return kind
    return "other"


def country_in(span: Span, kb: KnowledgeBase, language: str) -> str | None:
    """A country named inside a span by a demonym or a country name."""
    found = set()
    for tok in span:
        iso = country_of(kb, tok.text, language)
        if iso and not iso.startswith("bloc:"):
            found.add(iso)
    for entry_ids in (kb.names.get(" ".join(words(tok.text)), ()) for tok in span if tok.text[:1].isupper()):
        found.update(e.actor_id[4:] for e in entry_ids if e.actor_id.startswith("gov:") and e.via == "name")
    return next(iter(found)) if len(found) == 1 else None


def country_around(span: Span, kb: KnowledgeBase, language: str) -> str | None:
    """A person's country from a demonym next to the name: "l'analyste russe X",
    "le Camerounais X", "X, sociologue français, …"."""
    doc = span.doc
    sent = span.sent
    before = doc[max(sent.start, span.start - 3):span.start]
    for tok in reversed(before):
        if tok.is_punct:
            break
        iso = _demonym(tok, kb, language)
        if iso:
            return iso
    i = span.end
    if i < sent.end and doc[i].text == ",":
        for tok in doc[i + 1:min(sent.end, i + 5)]:
            if tok.is_punct:
                break
            iso = _demonym(tok, kb, language)
            if iso:
                return iso
    return None


def _demonym(tok, kb: KnowledgeBase, language: str) -> str | None:
    if tok.pos_ not in ("ADJ", "NOUN", "PROPN"):
        return None
    iso = country_of(kb, tok.text, language)
    return iso if iso and not iso.startswith("bloc:") else None
