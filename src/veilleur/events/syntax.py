"""Reading the dependency tree the same way for French (UD) and English (ClearNLP labels)."""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from .lexicon import Grammar

SUBJECT = {"nsubj", "csubj", "expl:subj"}
PASSIVE_SUBJECT = {"nsubj:pass", "nsubjpass", "csubjpass"}
OBJECT = {"obj", "dobj"}
AGENT = {"obl:agent", "agent"}
# Clauses whose subject is the governing clause's subject when they have none of their own.
# English "acomp": "Syria is willing to withdraw" (withdraw ← willing ← is ← Syria).
CONTROLLED = {"xcomp", "advcl", "conj", "acl", "advcl:cleft", "acomp"}
# Dependents that open another clause: argument searches do not cross them.
CLAUSES = {"acl:relcl", "relcl", "advcl", "ccomp", "parataxis", "csubj", "xcomp", "conj", "appos",
           "acl"}
# A participle or adjective-like verb hanging on a noun: look further up for the subject.
NOMINAL_LINKS = {"nmod", "acl", "amod", "obl", "obl:mod"}
_PREP_FORMS = {"au": "à", "aux": "à", "du": "de", "des": "de", "d'": "de", "d": "de"}


def is_nominal(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN")


def is_active_participle(verb: Token) -> bool:
    """English "-ing" (VBG); French present participle ("réclamant") or compound one with
    "ayant" ("M. Baupin ayant accepté"): the noun it hangs on does it."""
    if verb.tag_ == "VBG":
        return True
    if "Part" not in verb.morph.get("VerbForm"):
        return False
    return "Pres" in verb.morph.get("Tense") or any(
        c.dep_.startswith("aux") and c.lemma_ == "avoir" and "Part" in c.morph.get("VerbForm")
        for c in verb.children)


def is_passive(verb: Token) -> bool:
    """A passive verb; French pronominal verbs ("s'est engagée") are often parsed with a
    passive subject but are active."""
    children = list(verb.children)
    if any(c.dep_.startswith("expl") and c.lemma_ == "se" for c in children):
        return False  # "Donald Trump s'en est pris à la Chine": être is the pronominal auxiliary
    if any(c.dep_ in ("aux:pass", "auxpass") for c in children):
        return True
    if any(c.dep_.startswith("aux") and c.lemma_ == "avoir" for c in children):
        return False  # "L'Iran a réagi": a compound past with avoir is active (a misparsed nsubj:pass)
    reflexive = any(c.dep_.startswith("expl") for c in children)
    return not reflexive and any(c.dep_ in PASSIVE_SUBJECT for c in children)


def subjects(verb: Token) -> list[Token]:
    passive = is_passive(verb)
    return [c for c in verb.children
            if c.dep_ in SUBJECT or (not passive and c.dep_ in PASSIVE_SUBJECT)]


def preposition_form(word: str) -> str:
    """The preposition a contracted article stands for ("au" → "à", "des" → "de")."""
    return _PREP_FORMS.get(word, word)


def prep_of(token: Token) -> str | None:
    """The preposition introducing ``token`` (its case/mark children; English: the prep head)."""
    cases = [c for c in token.children if c.dep_ in ("case", "fixed") and c.i < token.i]
    if cases:
        words = [preposition_form(c.lower_) for c in cases]
        return " ".join(words)
    if token.dep_ == "pobj" and token.head.dep_ in ("prep", "agent"):
        return token.head.lower_ if token.head.dep_ == "prep" else "by"
    return None


def complements(token: Token, grammar: Grammar) -> Iterator[tuple[str, Token]]:
    """(preposition, noun) pairs for the prepositional complements of ``token``."""
    compound = grammar.compound_preps
    for child in token.children:
        if child.dep_ in ("prep", "agent") or (child.dep_ == "dative" and child.pos_ == "ADP"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    yield from _with_compound(child.lower_ if child.dep_ != "agent" else "by",
                                              pobj, compound)
        elif child.dep_ == "dative" and is_nominal(child):
            yield "to", child
        elif child.dep_ == "advmod" and child.lower_ in compound:
            # "auprès de l'Ukraine" parsed as an adverb governing its noun
            for inner in child.children:
                if is_nominal(inner):
                    yield compound[child.lower_], inner
        elif child.dep_.startswith(("obl", "nmod", "iobj")):
            prep = prep_of(child)
            if prep:
                yield from _with_compound(prep, child, compound)
        elif child.dep_ in ("acl", "advcl") and child.lower_ in grammar.words("verb_tagged_preps"):
            # "son soutien envers le Liban": the tagger read the preposition as a participle
            for inner in child.children:
                if inner.dep_ in (*OBJECT, "xcomp") and is_nominal(inner):
                    yield child.lower_, inner


def _with_compound(prep: str, noun: Token, compound: dict[str, str]) -> Iterator[tuple[str, Token]]:
    # "de la part de X": the noun "part" names a compound preposition; X is the complement.
    name = compound.get(noun.lemma_.lower())
    if name:
        for inner in noun.children:
            if inner.dep_.startswith(("nmod", "obl")) or inner.dep_ == "prep":
                target = next((c for c in inner.children if c.dep_ == "pobj"), inner) \
                    if inner.dep_ == "prep" else inner
                yield name, target
                return
    yield prep, noun


def objects(verb: Token) -> list[Token]:
    # A bare proper noun parsed as xcomp ("appelé Israël à …") is an object too.
    found = [c for c in verb.children if c.dep_ in OBJECT
             or (c.dep_ == "xcomp" and c.pos_ == "PROPN")]
    if not found:
        # An object misparsed as a bare oblique ("a attaqué l'Ukraine jeudi matin") or as a
        # partitive "de" ("a massacré des civils").
        found = [c for c in verb.children if c.dep_.startswith("obl") and is_nominal(c)
                 and c.left_edge.i == verb.i + 1 and not is_passive(verb)
                 and [t.lower_ for t in c.children if t.dep_ == "case"] in ([], ["des"], ["du"])][:1]
    if verb.dep_ in ("acl:relcl", "relcl"):
        # "X, que le ministre a reçu lundi": French "que" is the object of its clause, even
        # labelled a mark, and "lundi" then is no object
        relative = [c for c in verb.children if c.pos_ == "PRON" and "Rel" in c.morph.get("PronType")
                    and c.lower_ in ("que", "qu'") and c.i < verb.i][:1]
        found = relative or found
    if not found:
        # English "kidnapped up to 16 advisers": the quantity "up to" parsed as a particle.
        found = [n for prt in verb.children if prt.dep_ == "prt" and prt.lower_ == "up"
                 for to in prt.children if to.lower_ == "to"
                 for n in to.children if n.dep_ == "pobj" and any(m.dep_ == "nummod" for m in n.children)][:1]
    return found


def governing_verbs(token: Token, max_steps: int = 3) -> list[Token]:
    """The verbs above a noun through object/complement links, nearest first (light verbs:
    "donner des signes de soutien", "annoncer la mise sur pied")."""
    current, verbs = token, []
    for _ in range(max_steps):
        if current.dep_ in SUBJECT | PASSIVE_SUBJECT or current.head.i == current.i:
            break
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            verbs.append(current)
            if subjects(current) or current.dep_ not in NOMINAL_LINKS:
                break
    return verbs


def within_clause(token: Token) -> Iterator[Token]:
    """``token``'s subtree without the clauses it governs, breadth first."""
    queue = [token]
    while queue:
        current = queue.pop(0)
        yield current
        queue.extend(c for c in current.children if c.dep_ not in CLAUSES)


def titled_name(token: Token) -> Token | None:
    """The name set right after a title noun, with no comma between ("la ministre
    Claire Dufresne", "l'opposant Ilia Sokolov"): the name, not the title, is the actor. A
    comma makes a real apposition ("X, le président de Y"), which is not the phrase's actor."""
    for child in token.children:
        if child.dep_ == "appos" and is_nominal(child) and child.i > token.i \
                and not any(t.is_punct for t in token.doc[token.i + 1:child.i]):
            return child
    return None


def path_length(a: Token, b: Token) -> int:
    """Number of dependency arcs between two tokens of one sentence."""
    up_a = [a, *a.ancestors]
    up_b = {t.i: n for n, t in enumerate([b, *b.ancestors])}
    for n, t in enumerate(up_a):
        if t.i in up_b:
            return n + up_b[t.i]
    return len(up_a) + len(up_b)


def phrase_noun(token: Token) -> Token:
    """The noun a modifier belongs to: "Tunisian" → "rioters" in "Tunisian rioters"."""
    for _ in range(3):
        if token.dep_ not in ("amod", "compound", "poss", "nmod") or token.head.i == token.i:
            break
        token = token.head
    return token


def is_subordinate_clause(token: Token) -> bool:
    """A clause the parser took for a noun phrase: "Alors que la gauche était en minorité,
    X est intervenu" hangs "minorité" on "intervenu" as its subject, but "minorité" has a
    subordinating mark and a subject of its own."""
    children = list(token.children)
    return (any(c.dep_ == "mark" for c in children)
            and any(c.dep_ in SUBJECT | PASSIVE_SUBJECT | {"cop"} for c in children))


def word_before_verb_group(verb: Token) -> Token | None:
    """The word right before a verb, its auxiliaries and clitics, skipping a parenthesis:
    where a French subject stands ("François Brottes (PS) est intervenu")."""
    group = [verb, *(c for c in verb.children if c.dep_.startswith(("aux", "expl")) and c.i < verb.i)]
    i = min(t.i for t in group) - 1
    doc, start = verb.doc, verb.sent.start
    if i >= start and doc[i].text == ")":
        while i >= start and doc[i].text != "(":
            i -= 1
        i -= 1
    return doc[i] if i >= start else None
