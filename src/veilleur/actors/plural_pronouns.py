"""Plural subject pronouns of a main clause (« ils », « elles ») → the plural group or
collective actor of the sentences just before (data/linking.yaml ``plural_pronouns``).

- « Des manifestantes ont bloqué la route. Elles ont dénoncé … »: the pronoun agrees in
  number and gender with the group's noun.
- « Selon un collectif de défense des infirmières, … Elles ont manifesté »: a collective
  organisation (``collective_nouns``) is its members, so a plural pronoun may stand for it;
  « elles » only when its name says its members are women (a feminine plural noun in it).
- « Les négociations ont échoué. Elles reprendront »: a plural subject of the pronoun's
  gender that is no actor is the likelier antecedent: nobody.
Runs after the reported-speech pronouns; only free pronouns are touched.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .normalize import fold
from .pronouns import impersonal, morph_gender
from .rules import linking

if TYPE_CHECKING:
    from .linker import DocumentLinker, Found

_SUBJECTS = ("nsubj", "nsubj:pass", "nsubjpass")
_WINDOW = 2              # sentences back to look for the group
_CONFIDENCE = 0.5


def _section(name: str, language: str):
    return ((linking().get("plural_pronouns") or {}).get(name) or {}).get(language) or {}


def _head(linker: "DocumentLinker", found: "Found") -> Token:
    span = linker.doc[found.start:found.end]
    return span.root


def _plural(token: Token) -> bool:
    return token.morph.get("Number") == ["Plur"]


def _agrees(linker: "DocumentLinker", found: "Found", wanted: str, collective: frozenset[str]) -> bool:
    """Can a plural pronoun of gender ``wanted`` stand for this mention?"""
    head = _head(linker, found)
    if found.via == "pronoun":
        return fold(head.text) in _section("pronouns", linker.language) and morph_gender(head) in (None, wanted)
    if (_plural(head) or any(c.dep_ == "det" and _plural(c) for c in head.children)) and head.pos_ in (
            "NOUN", "PROPN", "ADJ"):     # « les États-Unis »: the determiner tells the number
        return morph_gender(head) in (None, wanted)
    if fold(head.lemma_) not in collective or _plural(head):
        return False
    if wanted == "m":
        return True
    # « elles » for « le collectif des infirmières »: its name says its members are women
    return any(_plural(t) and morph_gender(t) == "f" and t.pos_ == "NOUN" for t in linker.doc[found.start:found.end])


def _blocked_by_thing(linker: "DocumentLinker", sentences: list[Span], pronoun: Token, wanted: str) -> bool:
    """Is the last plural subject before the pronoun, of its gender, something no actor is?"""
    for sent in reversed(sentences):
        subjects = [t for t in sent if t.dep_ in _SUBJECTS and t.i < pronoun.i and t.pos_ == "NOUN"
                    and _plural(t) and morph_gender(t) == wanted]
        if subjects:
            return subjects[-1].i not in linker.owner
    return False


def link(linker: "DocumentLinker") -> None:
    lang = linker.language
    pronouns = {fold(k): str(v) for k, v in _section("pronouns", lang).items()}
    if not pronouns:
        return
    collective = frozenset(fold(str(w)) for w in _section("collective_nouns", lang))
    sentences = list(linker.doc.sents)
    index = {tok.i: n for n, sent in enumerate(sentences) for tok in sent}
    for tok in linker.doc:
        wanted = pronouns.get(fold(tok.text))
        if wanted is None or tok.pos_ != "PRON" or tok.dep_ not in _SUBJECTS or not linker.free(tok.i, tok.i + 1):
            continue
        if tok.head.dep_ != "ROOT" or impersonal(tok, lang):
            continue                 # a main clause's subject: « Ils ont manifesté »
        n = index[tok.i]
        window = sentences[max(0, n - _WINDOW):n + 1]
        if _blocked_by_thing(linker, window, tok, wanted):
            continue
        floor = window[0].start
        earlier = sorted((f for f in linker.found if floor <= f.start and f.end <= tok.i), key=lambda f: -f.start)
        for found in earlier:
            if found.via == "place" or (linker.is_person(found.actor_id) and not _plural(_head(linker, found))):
                continue             # one person is no antecedent; « des manifestantes » may be
            if _agrees(linker, found, wanted, collective):
                linker.add(tok.i, tok.i + 1, found.actor_id, _CONFIDENCE, "pronoun")
            break                    # only the nearest group: never reach past another actor
