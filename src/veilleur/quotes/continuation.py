"""Speakers of quotes without a cue of their own, in text order: a floating quote takes the
actor its lead-in is about, a pronoun the actors stage left unresolved the subject of the
sentence before; failing that, both continue the previous quote's speaker."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..actors.mentions import MentionIndex
from ..actors.normalize import fold
from ..actors.rules import first_names
from . import cues as C
from .speakers import Speaker, bare_title, is_pronoun, resolve

if TYPE_CHECKING:
    from .extract import Candidate

FLOATING_PARAGRAPHS = 1       # a floating quote continues a speaker at most this far back


def _lead_subject(doc: Doc, at: int, region_start: int, previous: Candidate | None,
                  mentions: MentionIndex, text: str, pronoun: Token | None = None) -> Speaker | None:
    """The actor the words leading to a quote are about. For a floating quote (``pronoun``
    None) opening at ``at``: the subject of its own sentence's main verb before the quote
    ("X est intervenu, trouvant le « … »"), else of the sentence just before it when no quote
    came in between ("X a demandé la parole. « … »"). For a pronoun the actors stage left
    unresolved ("Selon lui, …"), that previous sentence's subject when its gender agrees."""
    first = doc.char_span(at, at + 1, alignment_mode="expand")
    if first is None:
        return None
    sent = first[0].sent
    sentences = [] if pronoun is not None else [sent]
    if sent.start > 0:
        before = doc[sent.start - 1].sent
        if before.start_char >= region_start and (previous is None or previous.end <= before.start_char):
            sentences.append(before)
    for s in sentences:
        root = s.root
        if root.idx >= at or root.pos_ not in ("VERB", "AUX", "NOUN", "ADJ"):
            continue
        head = C.subject_of(root) or next(
            (t for t in root.lefts if t.dep_ in ("vocative", "dislocated") and t.pos_ == "PROPN"), None)
        if head is None or head.idx >= at or head.i < s.start:
            continue
        if pronoun is not None and _genders_differ(pronoun, head):
            continue
        speaker = resolve(mentions, text, head)
        if speaker.actor_id is not None:
            return Speaker(speaker.actor_id, speaker.span, speaker.text, speaker.confidence * 0.85, "lead_in")
    return None


def _genders_differ(a: Token, b: Token) -> bool:
    ga, gb = _gender(a), _gender(b)
    return bool(ga and gb and ga != gb)


def _gender(token: Token) -> str | None:
    """A name's gender from its given name (the tagger guesses "Masc" for most names), else
    the tagger's."""
    if token.pos_ == "PROPN":
        first = next(t for t in token.subtree if t.pos_ == "PROPN")
        given = first_names().get(fold(first.text))
        if given:
            return {"m": "Masc", "f": "Fem"}[given]
    gender = token.morph.get("Gender")
    return gender[0] if gender else None


def resolve_speakers(candidates: list[Candidate], mentions: MentionIndex, text: str,
                     doc: Doc | None = None, regions=None) -> None:
    """Resolve speakers in text order. A floating quote takes the actor its lead-in is about,
    an unresolved pronoun the subject of the sentence before; failing that, both continue
    the previous quote's speaker within FLOATING_PARAGRAPHS paragraphs."""
    previous: Candidate | None = None
    for c in candidates:
        if c.speaker is None and c.speaker_head is not None:
            c.speaker = resolve(mentions, text, c.speaker_head)
        unresolved_pronoun = (c.speaker is not None and c.speaker.actor_id is None and c.speaker_head is not None
                              and (is_pronoun(c.speaker_head) or bare_title(c.speaker_head)))
        if doc is not None and regions and c.region >= 0 and (c.detector == "floating" or unresolved_pronoun):
            at = c.speaker_head.idx if unresolved_pronoun else (c.outer[0] if c.outer else c.start)
            lead = _lead_subject(doc, at, regions[c.region][0], previous, mentions, text,
                                 c.speaker_head if unresolved_pronoun else None)
            if lead is not None:
                if unresolved_pronoun:  # the pronoun stays where it is written
                    lead = Speaker(lead.actor_id, c.speaker.span, c.speaker.text, lead.confidence, lead.via)
                c.speaker, unresolved_pronoun = lead, False
        if (c.detector == "floating" and c.speaker is None or unresolved_pronoun) and previous is not None \
                and previous.speaker is not None and 0 <= c.region - previous.region <= FLOATING_PARAGRAPHS:
            inherited = previous.speaker
            # A pronoun or a bare title stays where it is written; a floating quote points at
            # the earlier name.
            span, words = (c.speaker.span, c.speaker.text) if unresolved_pronoun else (inherited.span, inherited.text)
            c.speaker = Speaker(inherited.actor_id, span, words, inherited.confidence * 0.85, "previous_quote")
        if c.speaker is not None and (c.speaker.actor_id is not None or not unresolved_pronoun):
            previous = c
