"""Pronouns subject of a reported clause stand for the reporting clause's subject: "Syria
said it would withdraw", « Samsung annonçait qu'il allait déposer un recours », « les
syndicats ont affirmé qu'ils … » (data/linking.yaml ``reported_pronouns``: the kind of actor
each pronoun may stand for, and the grammatical number its antecedent must have when the
language marks it). Runs after every other pass; only free pronouns are touched.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .pronouns import impersonal
from .rules import linking

if TYPE_CHECKING:
    from .linker import DocumentLinker

_SUBJECTS = ("nsubj", "nsubjpass", "nsubj:pass")
_REPORTED = {"ccomp", "xcomp", "advcl", "conj", "parataxis"}


def _table(language: str) -> dict[str, dict[str, str]]:
    raw = (linking().get("reported_pronouns") or {}).get(language) or {}
    return {str(k): ({"kind": v} if isinstance(v, str) else dict(v)) for k, v in raw.items()}


def _number(subject: Token) -> str | None:
    if any(c.dep_ == "conj" for c in subject.children):
        return "Plur"                    # « Samsung et Apple ont dit qu'ils … »
    number = subject.morph.get("Number")
    return number[0] if number else None


def link(linker: "DocumentLinker") -> None:
    table = _table(linker.language)
    if not table:
        return
    for token in linker.doc:
        wanted = table.get(token.lower_)
        if wanted is None or token.pos_ != "PRON" or token.i in linker.owner or token.dep_ not in _SUBJECTS:
            continue
        if impersonal(token, linker.language):
            continue                     # « l'Otan estime qu'il faut agir »
        clause = token.head
        if clause.dep_ not in _REPORTED or clause.head.i == clause.i:
            continue
        governor = clause.head
        while governor.dep_ == "conj" and governor.head.i != governor.i and not any(
                c.dep_ in _SUBJECTS for c in governor.children):
            governor = governor.head  # "X rejected the plan and said they …": X said it
        for subject in governor.children:
            if subject.dep_ not in _SUBJECTS or subject.i > token.i:
                continue
            found = linker.owner.get(subject.i)
            if found is None:
                found = next((linker.owner[t.i] for t in subject.subtree if t.i in linker.owner), None)
            if found is None:
                continue
            is_person = linker.is_person(found.actor_id)
            number = _number(subject)
            agrees = not wanted.get("number") or number is None or number == wanted["number"]
            if is_person == (wanted["kind"] == "person") and agrees:
                linker.add(token.i, token.i + 1, found.actor_id, round(found.confidence * 0.8, 3), "pronoun")
            break
