"""Cues on the dependency parse: speech verbs, their speakers and their reported clauses.

Works on spaCy's UD (French) and ClearNLP (English) labels. A cue is a speech verb of the
lexicon; its speaker is its subject (inherited through participles, conjuncts and relative
pronouns), or the inverted subject of an incise ("…, a-t-il déclaré", "…, said the minister").
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Span, Token

from .lexicon import Lexicon, Marker, SpeechVerb

SUBJECTS = {"nsubj", "nsubj:pass", "nsubjpass", "csubj", "expl:subj"}
AGENTS = {"obl:agent", "agent"}
# Verbs that share their head's subject ("en précisant", "and added", "to say").
SHARING = {"advcl", "xcomp", "conj", "acl", "dep", "fixed", "advmod"}
# Pronouns the French parser marks as subjects that are no speaker ("dont X dénonce").
NOT_SUBJECTS = {"dont", "où", "y", "en"}
RELATIVE_PRONOUNS = {"qui", "lequel", "laquelle", "who", "which", "that"}
NOMINAL = {"NOUN", "PROPN", "PRON"}
CLOSING_MARKS = {"»", "”", '"'}
INCISE_BEFORE = {",", "»", "”", '"', "—", "–", "-", "“"}
# Right-hand dependents that make a verb a lead-in rather than an incise.
OBJECTS = {"obj", "dobj", "ccomp", "xcomp", "obl:arg", "attr", "acomp", "iobj", "dative"}
COMPLEMENTIZERS = {"que", "qu'", "that"}
# Prepositions that deny the speech act of the verb they introduce ("sans dire", "without saying").
DENYING = {"sans", "without"}
CLITIC_EPENTHESIS = "-t"
CLITIC_PRONOUNS = {"-il", "-elle", "-ils", "-elles", "-on", "-t-il", "-t-elle", "-t-on"}


@dataclass
class Cue:
    """A speech cue: its words, lexicon entry and speaker head (None when unknown)."""

    start: int               # character span of the cue words
    end: int
    lemma: str
    cls: str
    reliability: float
    speaker: Token | None
    incise: bool = False


def verb_group_start(verb: Token) -> int:
    """Token index where the verb group starts ("a-t-il déclaré" starts at "a")."""
    start = verb.i
    for child in verb.children:
        if child.i < verb.i and (child.dep_.startswith(("aux", "expl")) or child.dep_ == "neg"
                                 or child.text in (CLITIC_EPENTHESIS,)
                                 or child.text.startswith("-") and child.dep_ in SUBJECTS):
            start = min(start, child.i)
    return start


def _clitic_subject(verb: Token) -> Token | None:
    """The "-il" of "a-t-il déclaré" or "appuie-t-il", wherever the parser attached it."""
    before = verb.doc[max(verb.sent.start, verb.i - 3):verb.i]
    after = verb.doc[verb.i + 1:min(verb.sent.end, verb.i + 3)]
    for token in [*before, *after]:
        if token.lower_ in CLITIC_PRONOUNS:
            return token
    return None


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The speaker head of a cue verb: subject, agent, or the subject it shares."""
    subjects = [c for c in verb.children
                if c.dep_ in SUBJECTS and c.text != CLITIC_EPENTHESIS and c.lower_ not in NOT_SUBJECTS]
    named = [c for c in subjects if c.lower_ not in RELATIVE_PRONOUNS]
    if named:
        return named[0]
    if subjects and verb.dep_ in ("acl:relcl", "relcl"):
        return verb.head  # "le ministre, qui a déclaré …": the relative's antecedent
    for child in verb.children:
        if child.dep_ in AGENTS:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            return objects[0] if objects else child
    if depth < 3 and verb.dep_ in SHARING and verb.head.i != verb.i:
        shared = subject_of(verb.head, depth + 1)
        if shared is not None:
            return shared
    root = verb.sent.root
    if depth == 0 and _participle(verb) and root.i != verb.i:
        return subject_of(root, depth + 1)  # "…, estimant que": the main clause's subject
    for child in verb.lefts:  # "Joji Otaki, auteur de l'étude ayant fourni …, précise"
        if child.dep_ in ("advcl", "acl"):
            for grandchild in child.lefts:
                if grandchild.dep_ in SUBJECTS and grandchild.pos_ in ("PROPN", "NOUN"):
                    return grandchild
    return None


def unsaid(verb: Token) -> bool:
    """A speech verb the sentence says was not uttered: "sans (pouvoir) dire", "without saying"."""
    for node in (verb, verb.head) if verb.dep_ == "xcomp" else (verb,):
        if any(c.lower_ in DENYING and c.dep_ in ("mark", "case") for c in node.children):
            return True
        if node.dep_ in ("pcomp", "pobj") and node.head.lower_ in DENYING:
            return True  # English hangs "saying" under "without"
    return False


def passive(verb: Token) -> bool:
    """An agentless passive ("Il est prévu que", "a été annoncé"); reflexives are active."""
    children = list(verb.children)
    if any(c.dep_ in AGENTS for c in children) or any(c.dep_.startswith("expl") and c.dep_ != "expl:subj" for c in children):
        return False
    return any(c.dep_ in ("aux:pass", "auxpass") or c.dep_.startswith("aux") and c.lemma_ == "être"
               for c in children)


def speakerless_by_form(verb: Token) -> bool:
    """A cue that cannot have a speaker: an agentless passive ("est prévu"), an infinitive,
    an imperative or a sentence-initial verb ("Rappelons que", "À noter que")."""
    if passive(verb):
        return True
    if "Inf" in verb.morph.get("VerbForm") or "Imp" in verb.morph.get("Mood") or verb.tag_ == "VB":
        return True
    return verb.i == verb.sent.start


def _participle(verb: Token) -> bool:
    return verb.tag_ == "VBG" or ("Part" in verb.morph.get("VerbForm")
                                  and "Pres" in verb.morph.get("Tense"))


def _inverted_speaker(verb: Token) -> Token | None:
    clitic = _clitic_subject(verb)
    if clitic is not None:
        return clitic
    subjects = [c for c in verb.rights if c.dep_ in SUBJECTS and c.pos_ in NOMINAL]
    if subjects:  # "explique le président de l'Union, Jean Dupont": the parser's subject
        return subjects[0]
    nominals = [c for c in verb.rights
                if c.pos_ in NOMINAL and c.dep_ not in ("obl:mod", "obl", "npadvmod", "nmod:tmod")]
    for child in nominals:
        if not _has_case(child):
            return child
    for child in nominals:
        # "a déclaré à l'AFP Gilles-Éric Séralini", "à l'agence RIA Novosti Ivan Petrov": the
        # last name after the addressee (the parser hangs it anywhere under the addressee)
        names = []
        for token in child.doc[child.i + 1: child.right_edge.i + 1]:
            if token.is_punct:
                break
            if token.pos_ in ("PROPN", "X") and not _has_case(token):
                names.append(token)
        if names:
            return names[-1]
    return None


def _has_case(token: Token) -> bool:
    return any(c.dep_ in ("case", "prep") for c in token.children) or token.dep_ == "pobj"


def _finite(verb: Token) -> bool:
    if any(c.dep_.startswith("aux") for c in verb.children):
        return True
    forms = verb.morph.get("VerbForm")
    if forms:
        return "Fin" in forms
    return verb.tag_ not in ("VBG", "VBN", "VB", "TO")


def incise(verb: Token) -> tuple[bool, Token | None]:
    """Whether ``verb`` is an incise after the reported words, and its speaker."""
    doc = verb.doc
    group_start = verb_group_start(verb)
    before = doc[group_start - 1] if group_start > verb.sent.start else None
    if not _finite(verb):
        if before is not None and before.text in CLOSING_MARKS and "Past" in verb.morph.get("Tense"):
            # "» averti Météo France": an incise whose auxiliary the writer dropped
            inverted = _inverted_speaker(verb)
            if inverted is not None and inverted.pos_ != "PRON":
                return True, inverted
        return False, None  # "…, dénonçant un complot" is a participle, not an incise
    if before is not None and before.text in CLOSING_MARKS:
        # Right after a closing mark a verb is an incise ("» averti Météo France").
        inverted = _inverted_speaker(verb)
        return True, inverted if inverted is not None else subject_of(verb)
    if before is not None and before.text == "," and group_start - 2 >= verb.sent.start \
            and doc[group_start - 2].text in CLOSING_MARKS:
        # "« … Tout à fait Pierre ! », répondit son ami": a left "subject" is inside the quote.
        inverted = _inverted_speaker(verb)
        if inverted is not None:
            return True, inverted
    if before is not None and before.text in INCISE_BEFORE:
        # A left "subject" heading its own clause ("Le pays est au bord, estime X") is a misparse.
        left_subjects = [c for c in verb.children if c.dep_ in SUBJECTS and c.i < group_start
                         and not any(g.dep_ in ("cop", "nsubj") for g in c.children)]
        leads_in = any(c.dep_ in ("ccomp", "xcomp") for c in verb.rights)
        if not left_subjects and not leads_in:
            return True, _inverted_speaker(verb)
    subject = subject_of(verb)
    if subject is None or subject.i > verb.i or subject.head.i != verb.i:
        return False, None
    first = subject.left_edge.i
    before = doc[first - 1] if first > verb.sent.start else None
    has_object = any(c.dep_ in OBJECTS for c in verb.rights)
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if following is not None and following.text == ":":
        return False, None  # "il a lâché : « … »" leads in
    if before is not None and before.text in INCISE_BEFORE and not has_object:
        return True, subject
    return False, None


def cue_for_verb(verb: Token, entry: SpeechVerb) -> Cue:
    is_incise, inverted = incise(verb)
    speaker = inverted if is_incise else subject_of(verb)
    start = verb.doc[verb_group_start(verb)].idx
    return Cue(start, verb.idx + len(verb.text), entry.lemma, entry.cls, entry.reliability,
               speaker, is_incise)


def _clause_heads(verb: Token):
    """Complement clauses of a verb, and of its object ("denied reports that …")."""
    for child in verb.rights:
        if child.dep_ == "ccomp":
            yield child
        elif child.dep_ in ("obj", "dobj"):
            yield from (g for g in child.rights if g.dep_ in ("acl", "ccomp")
                        and any(m.lower_ in COMPLEMENTIZERS for m in g.children))


def _restrictive(verb: Token, clause: list[Token]) -> bool:
    """French "ne … que" read as a complement clause: the verb bears "ne" and its "que"
    phrase has no verb of its own."""
    negated = any(c.lower_ in ("ne", "n'") for c in verb.children)
    return negated and not any(t.pos_ in ("VERB", "AUX") for t in clause)


def reported_clause(verb: Token, language: str) -> tuple[int, int] | None:
    """Token range [start, end) of the clause a speech verb reports ("a affirmé que …")."""
    for child in _clause_heads(verb):
        tokens = list(child.subtree)
        marks = [t for t in tokens if t.lower_ in COMPLEMENTIZERS and t.head.i == child.i]
        if language == "fr" and not marks:
            continue  # French ccomp without "que" is a direct quote or a parse error
        if language == "fr" and _restrictive(verb, tokens):
            continue  # "ne rapporte que 3 milliards": "ne … que" restricts, it reports nothing
        start = (marks[0].i + 1) if marks else tokens[0].i
        start = max(start, verb.i + 1)
        end = tokens[-1].i + 1
        while end > start and verb.doc[end - 1].is_punct:
            end -= 1
        if end - start >= 2:
            return start, end
    return None


def incise_clause(verb: Token, cue: Cue) -> tuple[int, int] | None:
    """Token range of the words an unmarked incise reports ("La crise est grave, estime X")."""
    if not cue.incise:
        return None
    sent = verb.sent
    first_of_incise = verb_group_start(verb)
    if cue.speaker is not None and cue.speaker.i < verb.i:
        first_of_incise = cue.speaker.left_edge.i
    end = first_of_incise - 1  # the comma or dash
    while end > sent.start and verb.doc[end - 1].is_punct:
        end -= 1
    start = sent.start
    resumed = _resumed_after_incise(verb, cue)
    if resumed is not None:  # "Contrairement aux discours, appuie-t-il, le français est classé …"
        return start, resumed
    if end - start < 3 or not any(t.pos_ in ("VERB", "AUX") for t in verb.doc[start:end]):
        return None
    return start, end


INCISE_LENGTH = 6   # tokens from an incise's verb to the comma closing it ("a estimé le ministre,")


def _resumed_after_incise(verb: Token, cue: Cue) -> int | None:
    """End of the sentence when the reported words go on after a mid-sentence incise with a
    clause of their own ("A, dit-il, le texte est prêt"), not with a relative or a participle
    about the speaker ("…, estime la présidente, qui appelle à l'unité")."""
    doc, sent = verb.doc, verb.sent
    limit = min(verb.i + 1 + INCISE_LENGTH, sent.end)
    comma = next((t.i for t in doc[verb.i + 1:limit] if t.text == ","), None)
    if comma is None or (cue.speaker is not None and cue.speaker.i > comma):
        return None
    end = sent.end
    while end > comma + 1 and doc[end - 1].is_punct:
        end -= 1
    rest = doc[comma + 1:end]
    if len(rest) < 3 or rest[0].lower_ in RELATIVE_PRONOUNS or rest[0].pos_ in ("CCONJ", "SCONJ") \
            or not any(t.pos_ in ("VERB", "AUX") and _finite(t) and t.dep_ not in ("acl:relcl", "relcl", "acl")
                       for t in rest):
        return None
    return end


def incise_inside_marks(verb: Token, first: int, last: int) -> Token | None:
    """The speaker of an incise set between commas inside one pair of marks ("« Cette loi,
    estime la sénatrice X, arrive trop tard »", "« A, a-t-elle déclaré, et b »"), whatever the
    parser made of the quoted words around it (it often takes "loi" for the verb's subject).
    ``first``/``last``: token range of the quoted words. None when ``verb`` is no such incise."""
    doc = verb.doc
    group_start = verb_group_start(verb)
    if group_start - 1 <= first or doc[group_start - 1].text != "," or not _finite(verb):
        return None
    if any(c.dep_ in ("ccomp", "xcomp") or c.lower_ in COMPLEMENTIZERS for c in verb.rights):
        return None  # "…, je dis que …" inside the quotation reports its own clause
    speaker = _inverted_speaker(verb)
    if speaker is None or (speaker.i < verb.i and speaker.lower_ not in CLITIC_PRONOUNS):
        return None
    closing = next((t.i for t in doc[speaker.i + 1:last] if t.text in (",", ".", "!", "?", "…")), last)
    return speaker if closing - verb.i <= 2 * INCISE_LENGTH else None


def reporter_of(verb: Token) -> Token | None:
    """Who a speech verb says spoke, in subject or inverted position ("C'est ce qu'a déclaré
    le ministre": the parser often takes the inverted subject for an object)."""
    subject = subject_of(verb)  # "Ainsi/ADV/nsubj s'exprimait X": no nominal, no subject
    return subject if subject is not None and subject.pos_ in NOMINAL else _inverted_speaker(verb)


def find_markers(sent: Span, lexicon: Lexicon) -> list[tuple[Marker, int, int]]:
    """Markers in ``sent`` as (marker, first token index, last token index + 1)."""
    found = []
    lowered = [t.lower_ for t in sent]
    for marker in lexicon.markers:
        n = len(marker.words)
        for i in range(len(lowered) - n + 1):
            if tuple(lowered[i:i + n]) == marker.words and (
                    not marker.person_only or _opens_on_a_person(sent, i, sent.start + i + n)):
                found.append((marker, sent.start + i, sent.start + i + n))
    return found


PERSONAL_OBJECTS = {"lui", "elle", "eux", "elles", "him", "her", "them"}
PERSON_ENTITIES = {"PER", "PERSON"}


def _opens_on_a_person(sent: Span, offset: int, last: int) -> bool:
    """A ``person_only`` marker opens its sentence and introduces a named person or a
    personal pronoun ("Pour le sociologue Paul Morel, …", "Pour elle, …")."""
    speaker = marker_speaker(sent, last) if offset == 0 else None
    if speaker is None:
        return False
    if speaker.lower_ in PERSONAL_OBJECTS:
        return True
    named = [speaker, *(c for c in speaker.children if c.dep_ in ("appos", "flat:name", "nmod"))]
    return any(t.pos_ == "PROPN" and t.ent_type_ in PERSON_ENTITIES for t in named)


def marker_speaker(sent: Span, last: int) -> Token | None:
    """The head of the noun phrase a marker introduces ("selon [le ministère]")."""
    doc = sent.doc
    marker_end = doc[last - 1]
    for child in marker_end.children:
        if child.dep_ == "pobj":
            return child
    commas = [t.i for t in doc[last:sent.end] if t.text == ","]
    if marker_end.dep_ == "case" and marker_end.i < marker_end.head.i < (commas[0] if commas else sent.end):
        return marker_end.head
    for token in doc[last:sent.end]:
        if token.pos_ in NOMINAL:
            return token
    return None


# Dependents that name who issued a data noun ("ses chiffres", "its figures", "Gallup's data").
POSSESSIVES = {"poss", "nmod:poss"}
ISSUER_ENTITIES = {"PER", "PERSON", "ORG", "NORP"}


def issuer_named(noun: Token, actor_noun: Callable[[Token], bool]) -> bool:
    """Whether a data noun says who issued it when the actors stage has no mention for it:
    a possessive ("selon ses estimations"), a person or organisation name ("according to
    figures from Acme Polling"), or a complement that names an institution or a role ("le
    bilan de la préfecture"), not a topic ("le modèle standard de la physique")."""
    for token in noun.subtree:
        if token.i == noun.i:
            continue
        if token.head.i == noun.i and (token.dep_ in POSSESSIVES or "Yes" in token.morph.get("Poss")):
            return True
        if token.pos_ == "PROPN" and token.ent_type_ in ISSUER_ENTITIES:
            return True
    return any(actor_noun(c) for c in _complements(noun))


def _complements(noun: Token):
    """Nouns attached to ``noun`` by a preposition ("de", "of", "from", "by") or as an agent."""
    for child in noun.rights:
        if child.dep_.startswith("nmod") or child.dep_ == "pobj":
            yield child
        elif child.dep_ in ("prep", "agent") or child.dep_ in ("acl", "acl:relcl"):
            yield from (g for g in child.subtree if g.dep_ in ("pobj", "obl:agent", "agent"))


def marker_clause(sent: Span, first: int, last: int, speaker: Token | None) -> tuple[int, int] | None:
    """Token range a marker attributes: the sentence around the marker phrase."""
    doc = sent.doc
    # The marker's noun phrase ends at the next comma ("Selon X, …"), else with its subtree.
    # "Selon son producteur, Michel Nouader, …": an apposition set off by commas; one the parser
    # takes from the reported words ("De l'avis de X, la langue …") is not followed by one.
    named_until = max([c.right_edge.i for c in speaker.children if c.dep_ == "appos"
                       and c.right_edge.i + 1 < sent.end and doc[c.right_edge.i + 1].text == ","],
                      default=last) if speaker is not None else last
    commas = [t.i for t in doc[max(last, named_until):sent.end] if t.text == ","]
    phrase_end = commas[0] if commas else max(last, speaker.right_edge.i + 1 if speaker is not None else last)
    left = _strip_punct(doc, sent.start, first)
    right = _strip_punct(doc, phrase_end, sent.end)
    if left[1] - left[0] < 3:
        start, end = right            # "Selon X, …"
    elif right[1] - right[0] < 3:
        start, end = left             # "…, selon X."
    else:
        start, end = _strip_punct(doc, sent.start, sent.end)  # "A, selon X, B"
    return (start, end) if end - start >= 3 else None


def _strip_punct(doc, start: int, end: int) -> tuple[int, int]:
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return start, end
