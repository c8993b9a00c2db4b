"""Subject pronouns (il/elle, he/she) of speech and action verbs → the last salient
compatible actor: the subject of the clause before when it is a person of a compatible
gender, or an organisation or state whose noun has the pronoun's grammatical gender (« La
Commission a regretté … Elle a ajouté »); nobody when that subject is a thing of the
pronoun's gender ("La visite … Elle doit")."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .normalize import fold
from .rules import folded_map, folded_set, linking


@dataclass(frozen=True)
class Subject:
    token: int
    sentence: int
    actor_id: str | None       # a person or an organisation, or None for anything else
    gender: str | None
    plural: bool = False
    person: bool = True


def _gender(token: Token) -> str | None:
    g = token.morph.get("Gender")
    return {"Masc": "m", "Fem": "f"}.get(g[0]) if g else None


def impersonal(pronoun: Token, language: str) -> bool:
    verb = pronoun.head
    if fold(verb.lemma_) in folded_set("impersonal_verbs", language):
        return True
    clitics = folded_set("impersonal_clitics", language)
    if any(fold(c.text) in clitics and c.i < verb.i for c in verb.children):
        return True          # il y a
    # "il est probable que", "it is clear that": an adjective with a copula.
    if verb.pos_ == "ADJ" and any(c.dep_ == "cop" for c in verb.children):
        return True
    # "il est prévu de reporter", "it is expected that": a passive with a clause for subject.
    passive = any(c.dep_ in ("aux:pass", "auxpass", "cop") for c in verb.children)
    return passive and any(c.dep_ in ("xcomp", "ccomp", "csubj", "csubj:pass", "csubjpass")
                           and any(m.dep_ == "mark" and fold(m.text) in ("de", "d", "d'", "que", "qu'", "that", "to")
                                   for m in c.children)
                           for c in verb.children)


def resolve(doc: Doc, language: str, person_at: dict[int, str], gender_of,
            thing_at: dict[int, str] | None = None) -> dict[int, tuple[str, float]]:
    """Pronoun token index → (actor id, confidence).

    ``person_at`` maps token indices inside resolved person mentions to the person's id,
    ``thing_at`` those inside organisation and state mentions to their id;
    ``gender_of(id)`` gives a person's "m", "f" or None."""
    thing_at = thing_at or {}
    pronouns = folded_map("pronouns", language)
    subject_deps = set(linking()["agent_dependencies"])
    sent_of = {}
    for n, sent in enumerate(doc.sents):
        for tok in sent:
            sent_of[tok.i] = n
    subjects: list[Subject] = []
    persons_seen: list[tuple[int, int, str]] = []    # (token, sentence, id)
    out: dict[int, tuple[str, float]] = {}
    for tok in doc:
        pid = person_at.get(tok.i)
        if pid and person_at.get(tok.i - 1) != pid:      # the first token of a mention
            persons_seen.append((tok.i, sent_of[tok.i], pid))
        if tok.dep_ not in subject_deps:
            continue
        folded = fold(tok.text)
        if folded in pronouns and tok.pos_ == "PRON":
            wanted = pronouns[folded]
            if impersonal(tok, language):
                continue
            found = _antecedent(subjects, persons_seen, sent_of[tok.i], wanted, gender_of)
            if found:
                out[tok.i] = found
                subjects.append(Subject(tok.i, sent_of[tok.i], found[0], wanted))
            else:
                subjects.append(Subject(tok.i, sent_of[tok.i], None, wanted))
            continue
        if tok.pos_ in ("NOUN", "PROPN", "PRON"):
            thing = None if pid else thing_at.get(tok.i)
            subjects.append(Subject(tok.i, sent_of[tok.i], pid or thing, gender_of(pid) if pid else _gender(tok),
                                    not pid and tok.morph.get("Number") == ["Plur"], person=thing is None))
    return out


def _compatible(gender: str | None, wanted: str) -> bool:
    return gender is None or gender == wanted


def _antecedent(subjects, persons_seen, sentence, wanted, gender_of):
    # A plural subject never competes with il/elle, he/she.
    last = next((s for s in reversed(subjects) if sentence - s.sentence <= 1 and not s.plural), None)
    if last is not None:
        if last.actor_id and last.person and _compatible(last.gender, wanted):
            return last.actor_id, 0.8
        if last.actor_id and not last.person and last.gender == wanted:
            return last.actor_id, 0.7    # an organisation: its noun's gender must agree
        if last.actor_id is None and last.gender == wanted:
            return None           # a thing of the pronoun's gender is the likelier antecedent
    # Otherwise the last person of the pronoun's (known) gender in the two sentences before.
    recent = [pid for _tok, sent, pid in reversed(persons_seen) if sentence - sent <= 2]
    known = list(dict.fromkeys(pid for pid in recent if gender_of(pid) == wanted))
    if len(known) == 1:
        return known[0], 0.6
    return None
