"""Personal pronouns → the actor they stand for (salience.py scores the persons).

Subject pronouns (il/elle, he/she):
- in a leading subordinate, the subject of the main clause after it (cataphora: « Avant
  qu'il ne parte, X a … »);
- else the grammatical subject of the clause before when it is a person of a compatible
  gender, or an organisation or state whose noun has the pronoun's grammatical gender (« La
  Commission a regretté … Elle a ajouté »); nobody when that subject is a thing of the
  pronoun's gender ("La visite … Elle doit");
- else the most salient person of the pronoun's gender (role, distance, the article's main
  person).
Object pronouns (« X l'a reçu », le/la/lui, him/her): the most salient agreeing person other
than the clause's own subject. Impersonal uses ("il faut", "il y a") are nobody."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from spacy.tokens import Doc, Token

from . import salience
from .normalize import fold
from .rules import folded_map, folded_set, linking

_SUBJECT_CONFIDENCE = 0.8
_ORGANISATION_CONFIDENCE = 0.7
_CATAPHORA_CONFIDENCE = 0.7
_SALIENT_CONFIDENCE = 0.6
_OBJECT_CONFIDENCE = 0.5
NEUTER = "n"             # "it": an organisation or a thing, never a person


@dataclass(frozen=True)
class Subject:
    token: int
    sentence: int
    actor_id: str | None       # a person or an organisation, or None for anything else
    gender: str | None
    plural: bool = False
    person: bool = True


def morph_gender(token: Token) -> str | None:
    """"m", "f" or None, from the tagger's Gender feature."""
    g = token.morph.get("Gender")
    return {"Masc": "m", "Fem": "f"}.get(g[0]) if g else None


def _pronoun_text(token: Token) -> str:
    return fold(token.text).lstrip("-")      # « a-t-il »: the token is "-il"


def impersonal(pronoun: Token, language: str) -> bool:
    if _pronoun_text(pronoun) not in folded_set("impersonal_pronouns", language):
        return False         # « elle semble satisfaite »: a feminine or plural pronoun is someone
    verb = pronoun.head
    if fold(verb.lemma_) in folded_set("impersonal_verbs", language):
        return True
    clitics = folded_set("impersonal_clitics", language)
    if fold(verb.lemma_) in folded_set("impersonal_clitic_verbs", language) and any(
            fold(c.text) in clitics and c.i < verb.i for c in verb.children):
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
            thing_at: dict[int, str] | None = None,
            blocks: Iterable[Any] = ()) -> dict[int, tuple[str, float]]:
    """Pronoun token index → (actor id, confidence).

    ``person_at`` maps token indices inside resolved person mentions to the person's id,
    ``thing_at`` those inside organisation and state mentions to their id;
    ``gender_of(id)`` gives a person's "m", "f" or None; ``blocks`` are the document's
    blocks (paragraphs, title)."""
    thing_at = thing_at or {}
    blocks = list(blocks)
    pronouns = folded_map("pronouns", language)
    subject_deps = set(linking()["agent_dependencies"])
    sent_of = {}
    for n, sent in enumerate(doc.sents):
        for tok in sent:
            sent_of[tok.i] = n
    paragraph_of = salience.paragraph_index(doc, blocks)
    candidates = salience.person_mentions(doc, person_at, sent_of, paragraph_of)
    main = salience.main_person(doc, candidates, blocks)
    quoted = salience.inside_quotes(doc)
    subjects: list[Subject] = []
    out: dict[int, tuple[str, float]] = {}
    for tok in doc:
        if tok.dep_ not in subject_deps:
            continue
        if fold(tok.text) == "-t" and tok.i + 1 < len(doc):
            tok = doc[tok.i + 1]        # « a-t-elle »: the parser may make "-t" the subject
        if _pronoun_text(tok) in pronouns and tok.pos_ == "PRON":
            wanted = pronouns[_pronoun_text(tok)]
            if impersonal(tok, language):
                continue
            found = _cataphor(tok, person_at, gender_of, wanted) or _antecedent(
                subjects, candidates, tok, sent_of[tok.i], paragraph_of[tok.i], wanted, gender_of, main)
            subjects.append(Subject(tok.i, sent_of[tok.i], found[0] if found else None, wanted))
            if found:
                out[tok.i] = found
                candidates.append(salience.Candidate(found[0], tok.i, sent_of[tok.i], paragraph_of[tok.i],
                                                     salience.role_of(tok)))
            continue
        if tok.pos_ in ("NOUN", "PROPN", "PRON") and salience.is_grammatical_subject(tok) and tok.i not in quoted:
            # a passive's agent is no subject here: « Le club a été racheté par X » is about the club;
            # a subject inside a quotation is the speaker's words, not the narrative's
            pid = person_at.get(tok.i)
            thing = None if pid else thing_at.get(tok.i)
            subjects.append(Subject(tok.i, sent_of[tok.i], pid or thing, gender_of(pid) if pid else morph_gender(tok),
                                    not pid and tok.morph.get("Number") == ["Plur"], person=thing is None))
    candidates.sort(key=lambda c: c.token)
    out.update(_objects(doc, language, candidates, sent_of, paragraph_of, main, gender_of, person_at, out))
    return out


def _compatible(gender: str | None, wanted: str) -> bool:
    return wanted != NEUTER and (gender is None or gender == wanted)


def _organisation_agrees(gender: str | None, wanted: str) -> bool:
    return wanted == NEUTER or gender == wanted      # "it" stands for any organisation


def _cataphor(pronoun: Token, person_at, gender_of, wanted) -> tuple[str, float] | None:
    """« Avant qu'il ne parte, X a remis son rapport »: the main clause's subject after a
    leading subordinate that holds the pronoun."""
    clause = pronoun.head
    main = clause.head
    if clause.dep_ != "advcl" or main.i == clause.i or clause.i > main.i:
        return None
    for subject in main.children:
        if subject.dep_ in salience.SUBJECT_DEPS and subject.i > clause.i:
            pid = next((person_at[t.i] for t in subject.subtree if t.i in person_at), None)
            if pid and gender_of(pid) == wanted:
                return pid, _CATAPHORA_CONFIDENCE
            return None
    return None


def _antecedent(subjects, candidates, pronoun, sentence, paragraph, wanted, gender_of, main):
    # A plural subject never competes with il/elle, he/she.
    last = next((s for s in reversed(subjects) if sentence - s.sentence <= 1 and not s.plural), None)
    if last is not None:
        if last.actor_id and last.person and _compatible(last.gender, wanted):
            return last.actor_id, _SUBJECT_CONFIDENCE
        if last.actor_id and not last.person and _organisation_agrees(last.gender, wanted):
            return last.actor_id, _ORGANISATION_CONFIDENCE    # an organisation: its noun's gender must agree
        if last.actor_id is None and (last.gender == wanted or wanted == NEUTER):
            return None           # a thing of the pronoun's gender is the likelier antecedent
    # Otherwise the most salient person of the pronoun's (known) gender.
    found = salience.best(candidates, pronoun.i, sentence, paragraph, main, lambda a: gender_of(a) == wanted)
    return (found, _SALIENT_CONFIDENCE) if found else None


def _objects(doc, language, candidates, sent_of, paragraph_of, main, gender_of, person_at, subjects_found):
    """Object pronouns « X l'a reçu », "Y received him": the most salient agreeing person who
    is not the subject of the pronoun's own clause."""
    table = {fold(str(k)): v for k, v in (salience.data()["object_pronouns"].get(language) or {}).items()}
    deps = set(salience.data()["object_dependencies"])
    out: dict[int, tuple[str, float]] = {}
    for tok in doc:
        if tok.pos_ != "PRON" or tok.dep_ not in deps or fold(tok.text) not in table:
            continue
        wanted = table[fold(tok.text)]
        if wanted is None and tok.head.morph.get("VerbForm") == ["Part"]:
            wanted = morph_gender(tok.head)        # « l'a reçue »: the participle agrees with it
        own = {person_at.get(t.i) or (subjects_found.get(t.i) or (None,))[0]
               for c in tok.head.children if c.dep_ in salience.SUBJECT_DEPS for t in c.subtree}
        found = salience.best(candidates, tok.i, sent_of[tok.i], paragraph_of[tok.i], main,
                              lambda a: a not in own and (gender_of(a) == wanted if wanted else True))
        if found:
            out[tok.i] = (found, _OBJECT_CONFIDENCE)
    return out
