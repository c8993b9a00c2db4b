"""English generic agents, after the linker's own passes.

- Generic agents (data/agents_en.yaml): "Russian diplomats" (government), "Palestinian
  prisoners" (civilians), "Afghan rebels" (rebels), "police in Cairo", "troops from Chad";
  a demonym heading a plural group ("Iraqi Kurds") names the country's population.
Reported-speech pronouns ("Syria said it would …") are reported_pronouns.py's.
Only tokens no earlier pass linked are touched.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .demonyms import country_of
from .normalize import fold
from .provisional import provisional_id
from .records import government_id
from .rules import _read, linking

if TYPE_CHECKING:
    from .linker import DocumentLinker

_MODIFIERS = {"amod", "compound", "nmod", "npadvmod"}


@lru_cache(maxsize=None)
def agents() -> dict:
    data = _read("agents_en.yaml")
    by_word: dict[tuple[str, ...], str] = {}
    for kind, nouns in data["agents"].items():
        for noun in nouns:
            by_word[tuple(fold(noun).split())] = kind
    return {**data, "by_word": by_word}


def _kind_of(token: Token) -> tuple[str | None, int]:
    """(kind, first token) for an agent noun ending at ``token``: "riot police" is two words."""
    table = agents()["by_word"]
    lemma = fold(token.lemma_)
    for n in (2, 1):
        if n == 2 and token.i > 0:
            prev = token.doc[token.i - 1]
            kind = table.get((fold(prev.lemma_), lemma)) or table.get((fold(prev.text), fold(token.text)))
            if kind:
                return kind, prev.i
        elif n == 1:
            kind = table.get((lemma,)) or table.get((fold(token.text),))
            if kind:
                return kind, token.i
    return None, token.i


def _country_from_mention(linker: "DocumentLinker", token: Token) -> str | None:
    found = linker.owner.get(token.i)
    if found is None:
        return None
    actor = linker.actors.get(found.actor_id)
    if found.actor_id.startswith("gov:"):
        return found.actor_id[4:]
    return actor.country if actor is not None and actor.kind != "person" else None


def _country(linker: "DocumentLinker", head: Token) -> tuple[str | None, int]:
    """The country of an agent noun and the first token of its phrase."""
    language = linker.language
    start = head.i
    frontier = [head]
    for _ in range(2):  # "Israeli army bulldozers": Israeli ← army ← bulldozers
        nxt = []
        for tok in frontier:
            for child in tok.children:
                if child.i > head.i:
                    continue
                if child.dep_ in _MODIFIERS or child.dep_ == "poss":
                    iso = _two_word_demonym(linker, child)
                    if iso:
                        return iso, min(child.i - 1, start)
                    iso = country_of(linker.kb, child.text, language)
                    if iso is None or iso.startswith("bloc:"):
                        iso = _country_from_mention(linker, child)
                    if iso and not iso.startswith("bloc:"):
                        return iso, min(child.i, start) if child.dep_ != "poss" else start
                    nxt.append(child)
        frontier = nxt
    return None, start


def _two_word_demonym(linker: "DocumentLinker", token: Token) -> str | None:
    """"South Korean", "North Korean": a demonym of two words, the first modifying the second."""
    if token.i == 0:
        return None
    first = token.doc[token.i - 1]
    if first.head.i != token.i or first.dep_ not in _MODIFIERS:
        return None
    iso = country_of(linker.kb, f"{first.text} {token.text}", linker.language)
    return iso if iso and not iso.startswith("bloc:") else None


def _split_coordinated(linker: "DocumentLinker", iso: str | None, first: int) -> tuple[str | None, int]:
    """"French and German diplomats": the first demonyms name their states, the agent noun
    goes with the last one (the event coder collects them all)."""
    if iso is None:
        return iso, first
    modifier = linker.doc[first]
    conjuncts = [c for c in modifier.children if c.dep_ == "conj"]
    last = conjuncts[-1] if conjuncts else None
    last_iso = country_of(linker.kb, last.text, linker.language) if last is not None else None
    if last_iso is None or last_iso.startswith("bloc:") or last_iso == iso:
        return iso, first
    for token in [modifier, *conjuncts[:-1]]:
        token_iso = country_of(linker.kb, token.text, linker.language)
        if token_iso and not token_iso.startswith("bloc:") and government_id(token_iso) in linker.kb.actors \
                and token.i not in linker.owner and linker.free(token.i, token.i + 1):
            linker.add(token.i, token.i + 1, government_id(token_iso), 0.5, "demonym")
    return last_iso, last.i


def _has_named_complement(linker: "DocumentLinker", head: Token) -> bool:
    """An agent noun whose "of/from/in" complement is a linked actor or place."""
    preps = set(agents().get("country_preps") or [])
    return any(child.dep_ == "prep" and child.lower_ in preps and pobj.dep_ == "pobj"
               and any(t.i in linker.owner for t in pobj.subtree)
               for child in head.children for pobj in child.children)


def _owning_organisation(linker: "DocumentLinker", head: Token) -> Token | None:
    """A modifier of ``head`` linked to an organisation with no country of its own."""
    for child in head.children:
        if child.dep_ in ("compound", "poss", "nmod") and child.i < head.i:
            tip = max(child.subtree, key=lambda t: t.i)
            found = linker.owner.get(tip.i) or linker.owner.get(child.i)
            actor = linker.actors.get(found.actor_id) if found else None
            if actor is not None and actor.kind not in ("person", "country") and not actor.country \
                    and not found.actor_id.startswith("gov:"):
                return tip if tip.i in linker.owner else child
    return None


def _group_noun(linker: "DocumentLinker", token: Token) -> str | None:
    """"Iraqi Kurds", "Bosnian Serbs": a capitalised plural group named with a demonym."""
    if token.pos_ not in ("PROPN", "NOUN") or not token.text[:1].isupper() or not token.text.endswith("s"):
        return None
    for child in token.children:
        if child.dep_ in ("amod", "compound") and child.i == token.i - 1:
            iso = country_of(linker.kb, child.text, linker.language)
            if iso and not iso.startswith("bloc:"):
                return iso
    return None


def _link_agents(linker: "DocumentLinker") -> None:
    doc = linker.doc
    data = agents()
    for token in doc:
        if token.pos_ not in ("NOUN", "PROPN") or token.i in linker.owner:
            continue
        # the head of its noun phrase only ("army" in "army bulldozers" is a modifier)
        if token.dep_ in ("compound",) and token.head.pos_ in ("NOUN", "PROPN") and token.head.i > token.i:
            continue
        if _has_named_complement(linker, token):
            continue  # "the army of Syria", "residents of Gaza": events find the name itself
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children):
            continue  # "withdraw its troops": the subject's own forces, not another actor
        kind, first = _kind_of(token)
        owner = _owning_organisation(linker, token) if kind else None
        if owner is not None:  # "U.N. helicopters", "NATO troops", "Red Cross officials"
            found = linker.owner[owner.i]
            linker.add(token.i, token.i + 1, found.actor_id, round(found.confidence * 0.8, 3), "metonymy")
            continue
        iso = None
        if kind is None:
            iso = _group_noun(linker, token)
            if iso is None:
                continue
            kind, first = "civilians", token.i - 1
        else:
            iso, first_mod = _country(linker, token)
            iso, first_mod = _split_coordinated(linker, iso, first_mod)
            first = min(first, first_mod)
        if token.pos_ == "PROPN" and kind != "civilians" and token.text[:1].isupper() and token.i > 0 \
                and iso is None:
            continue  # a name ("Force Ouvrière") the linker left alone
        start, end = first, token.i + 1
        while start < end and start in linker.owner:
            start += 1
        if start >= end or not linker.free(start, end):
            continue
        if iso and kind == "government":
            if government_id(iso) in linker.kb.actors:
                linker.add(start, end, government_id(iso), 0.6, "demonym")
            continue
        prefix = (linking().get("institution_ids") or {}).get(kind) or data["kind_ids"].get(kind)
        if iso and prefix and iso in linker.kb.countries:
            template = (linking()["institution_names"].get(kind) or {}).get("en") \
                or data["kind_names"].get(kind) or "{country}"
            name = template.format(country=linker.kb.countries[iso].name("en"))
            actor = linker.provisional(f"{prefix}:{iso}", name, kind, iso)
            linker.add(start, end, actor.id, 0.6, "demonym")
        elif not iso and (kind != "civilians" or token.dep_ in ("nsubj", "nsubjpass")
                          or any(t.i in linker.owner for t in token.sent)):
            # people of no stated country are actors when they act ("Prisoners rioted") or
            # another actor of the sentence acts on them, not in "forecasters warned residents"
            # keep the phrase's modifiers: "Moslem fundamentalist demonstrators"
            while start > 0 and doc[start - 1].head.i == token.i and start - 1 not in linker.owner \
                    and doc[start - 1].dep_ in ("amod", "compound") and doc[start - 1].is_alpha:
                start -= 1
            words = [t for t in doc[start:end] if t.pos_ != "DET"]
            if not words:
                continue
            phrase = " ".join(t.lemma_.lower() for t in words)
            actor = linker.provisional(provisional_id(phrase), doc[words[0].i:end].text, kind, None)
            linker.add(words[0].i, end, actor.id, 0.45, "role")


def _plural_demonym(linker: "DocumentLinker", token: Token) -> str | None:
    """"The Palestinians", "Israelis": a capitalised plural of a demonym."""
    text = token.text
    if token.pos_ not in ("PROPN", "NOUN") or not text[:1].isupper() or not text.endswith("s"):
        return None
    iso = country_of(linker.kb, text[:-1], linker.language)
    return iso if iso and not iso.startswith("bloc:") else None


def _link_demonyms(linker: "DocumentLinker") -> None:
    """A demonym adjective on any other noun names its state ("rejected an Australian
    ultimatum", "Israeli air raids"), and a plural demonym its people ("Palestinians")."""
    for token in linker.doc:
        if token.i in linker.owner or not token.is_alpha:
            continue
        if token.dep_ == "amod" and token.head.pos_ == "NOUN" and token.head.i > token.i \
                and token.head.i not in linker.owner:
            iso = country_of(linker.kb, token.text, linker.language)
            if iso and not iso.startswith("bloc:") and government_id(iso) in linker.kb.actors \
                    and linker.free(token.i, token.i + 1):
                linker.add(token.i, token.i + 1, government_id(iso), 0.4, "demonym")
            continue
        iso = _plural_demonym(linker, token)
        if iso and government_id(iso) in linker.kb.actors and linker.free(token.i, token.i + 1):
            linker.add(token.i, token.i + 1, government_id(iso), 0.5, "demonym")


def link(linker: "DocumentLinker") -> None:
    """Add English generic agents and demonyms to ``linker``."""
    if linker.language != "en":
        return
    _link_agents(linker)
    _link_demonyms(linker)
