"""Modality of an event: negated, hypothetical, future, past_reported or asserted.

Read from the trigger, its auxiliaries and the words that govern it (``va discuter``,
``pourrait``, ``n'a pas condamné``, ``Oublié le temps où … accusait``, ``en 2010``).
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from .lexicon import Grammar

_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
# Links from a trigger up to the words that qualify it.
_GOVERNED_BY = {"xcomp", "ccomp", "obj", "dobj", "nmod", "obl", "obl:arg", "acl", "pobj", "prep",
                "advcl", "conj", "attr", "ROOT"}


def _governors(head: Token, limit: int = 3) -> list[Token]:
    out, current = [], head
    for _ in range(limit):
        if current.dep_ not in _GOVERNED_BY or current.head.i == current.i:
            break
        current = current.head
        out.append(current)
    return out


def _aux(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_.startswith("aux") or c.dep_ == "cop"]


def modality(head: Token, match: list[Token], grammar: Grammar,
             published_year: int | None, negation: bool = True) -> str:
    """``negation=False``: the negation is part of the trigger ("ne satisfait pas")."""
    inside = {t.i for t in match}
    governors = _governors(head)
    near = [head, *_aux(head)]
    chain = [head, *governors]
    lemmas = lambda tokens: {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}  # noqa: E731
    negators = grammar.words("negation") if negation else frozenset()
    # Negation sits on the trigger, or on the verb governing an infinitive ("n'a pas voulu
    # condamner"); a negation elsewhere in the governing clause does not reach the event.
    negatable = [head, *_aux(head)] + ([head.head, *_aux(head.head)] if head.dep_ == "xcomp" else [])
    for token in negatable:
        if any(c.i not in inside and (c.lower_ in negators or c.lemma_.lower() in negators)
               and c.dep_ in ("advmod", "neg", "det", "cc") for c in token.children):
            return "negated"
        if negation and _ne_ni(token, grammar):
            return "negated"
    # "a nié avoir sanctionné", "dément toute attaque": the denied act is not asserted
    if lemmas(governors[:1]) & grammar.words("denial_governors"):
        return "negated"
    # "a dit qu'elle soutiendrait": a present conditional reported after a past verb is
    # the future seen from then, not a hypothesis
    if _future_in_the_past(head):
        return "future"
    hypothetical = grammar.words("hypothetical_governors")
    if any(_conditional(t) for t in near + [a for g in governors for a in [g, *_aux(g)]]):
        return "hypothetical"
    if lemmas([*_aux(head), *governors]) & hypothetical:
        return "hypothetical"
    if any(c.dep_ == "mark" and c.lower_ in grammar.words("hypothetical_marks")
           for t in chain for c in t.children):
        return "hypothetical"
    future = grammar.words("future_governors")
    if any("Fut" in t.morph.get("Tense") for t in near + [a for g in governors[:1] for a in [g, *_aux(g)]]):
        return "future"
    if lemmas([*_aux(head), *governors]) & future:
        return "future"
    # English "will extend the curfew": the auxiliary of the verb governing a noun trigger
    if grammar.data.get("governor_aux_future") and governors and lemmas(_aux(governors[0])) & future:
        return "future"
    if head.pos_ in ("NOUN", "PROPN") and lemmas(list(head.children)) & grammar.words("future_modifiers"):
        return "future"
    if lemmas(governors) & grammar.words("background_governors"):
        return "past_reported"
    if _imperfect(head) or _pluperfect(head):
        return "past_reported"
    if published_year and any(_YEAR.match(t.text) and int(t.text) < published_year
                              for t in head.subtree if t.i not in inside and t.head.i in {head.i, *[c.i for c in head.children]}):
        return "past_reported"
    return "asserted"


def _ne_ni(verb: Token, grammar: Grammar) -> bool:
    """"ne satisfait ni A ni B": "ne" negates when a dependent carries "ni" (``negation_by_ne``);
    alone it may be expletive ("avant qu'il ne parte") or restrictive ("ne … que")."""
    partners = grammar.words("negation_by_ne")
    return bool(partners) and any(c.lower_ in ("ne", "n'") for c in verb.children) and any(
        g.lower_ in partners for c in verb.children for g in c.children if g.dep_ == "cc")


def _imperfect(verb: Token) -> bool:
    # French imparfait on a finite trigger: background narration.
    return (verb.pos_ == "VERB" and "Imp" in verb.morph.get("Tense")
            and "Ind" in verb.morph.get("Mood") and not _conditional(verb))


def _conditional(verb: Token) -> bool:
    """Conditional mood; the French tagger often reads "soutiendrait" as an imperfect. A
    conditional is the future stem + "-ait": "-rait" that is not the imperfect of a verb
    whose stem ends in r ("déclarait", "courait")."""
    if "Cnd" in verb.morph.get("Mood"):
        return True
    form, lemma = verb.lower_, verb.lemma_.lower()
    if "Imp" not in verb.morph.get("Tense") or verb.pos_ not in ("VERB", "AUX"):
        return False
    for ending in ("raient", "rait", "rais"):
        if form.endswith(ending):
            return form != lemma[:-2] + ending[1:]
    return False


def _future_in_the_past(verb: Token) -> bool:
    """A present conditional (no auxiliary) in the complement clause of a past verb."""
    if not _conditional(verb) or _aux(verb) or verb.dep_ != "ccomp":
        return False
    governor = verb.head
    return any(a.lemma_.lower() in ("avoir", "être") for a in _aux(governor)) or _imperfect(governor)


def _pluperfect(verb: Token) -> bool:
    for aux in _aux(verb):
        if aux.lemma_.lower() in ("avoir", "être") and "Imp" in aux.morph.get("Tense"):
            return True
        if aux.lower_ == "had" and verb.tag_ == "VBN":
            return True
    return False


def announced(head: Token, grammar: Grammar) -> bool:
    """Is the trigger's event announced or intended (future tense or a future governor)?
    With a negation this makes a refusal ("would not provide", "ne va pas libérer")."""
    near = [head, *_aux(head), *_governors(head)]
    if any("Fut" in t.morph.get("Tense") for t in near):
        return True
    words = {t.lemma_.lower() for t in near[1:]} | {t.lower_ for t in near[1:]}
    return bool(words & grammar.words("future_governors"))
