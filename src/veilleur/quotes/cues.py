"""Cues on the dependency parse: speech verbs, their speakers and their reported clauses.

Works on spaCy's UD (French) and ClearNLP (English) labels. A cue is a speech verb of the
lexicon; its speaker is its subject (inherited through participles, conjuncts and relative
pronouns), or the inverted subject of an incise ("…, a-t-il déclaré", "…, said the minister").
"""
from __future__ import annotations

from dataclasses import dataclass

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
    """The "-il" of "a-t-il déclaré", wherever the parser attached it."""
    for token in verb.doc[max(verb.sent.start, verb.i - 3):verb.i]:
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
    for child in verb.rights:
        if child.pos_ not in NOMINAL or child.dep_ in ("obl:mod", "obl", "npadvmod", "nmod:tmod"):
            continue
        if not _has_case(child):
            return child
        # "a déclaré à l'AFP Gilles-Éric Séralini": the name after the addressee
        for name in child.rights:
            if name.pos_ == "PROPN" and not _has_case(name):
                return name
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
    if not _finite(verb):
        return False, None  # "…, dénonçant un complot" is a participle, not an incise
    group_start = verb_group_start(verb)
    before = doc[group_start - 1] if group_start > verb.sent.start else None
    if before is not None and before.text in CLOSING_MARKS:
        # Right after a closing mark a verb is an incise ("» averti Météo France").
        inverted = _inverted_speaker(verb)
        return True, inverted if inverted is not None else subject_of(verb)
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


def reported_clause(verb: Token, language: str) -> tuple[int, int] | None:
    """Token range [start, end) of the clause a speech verb reports ("a affirmé que …")."""
    for child in _clause_heads(verb):
        tokens = list(child.subtree)
        marks = [t for t in tokens if t.lower_ in COMPLEMENTIZERS and t.head.i == child.i]
        if language == "fr" and not marks:
            continue  # French ccomp without "que" is a direct quote or a parse error
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
    if end - start < 3 or not any(t.pos_ in ("VERB", "AUX") for t in verb.doc[start:end]):
        return None
    return start, end


def find_markers(sent: Span, lexicon: Lexicon) -> list[tuple[Marker, int, int]]:
    """Markers in ``sent`` as (marker, first token index, last token index + 1)."""
    found = []
    lowered = [t.lower_ for t in sent]
    for marker in lexicon.markers:
        n = len(marker.words)
        for i in range(len(lowered) - n + 1):
            if tuple(lowered[i:i + n]) == marker.words:
                found.append((marker, sent.start + i, sent.start + i + n))
    return found


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


def marker_clause(sent: Span, first: int, last: int, speaker: Token | None) -> tuple[int, int] | None:
    """Token range a marker attributes: the sentence around the marker phrase."""
    doc = sent.doc
    # The marker's noun phrase ends at the next comma ("Selon X, …"), else with its subtree.
    named_until = max([c.right_edge.i for c in speaker.children if c.dep_ == "appos"], default=last) \
        if speaker is not None else last   # "Selon son producteur, Michel Nouader, …"
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
