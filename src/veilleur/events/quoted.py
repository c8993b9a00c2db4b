"""Quoted criticism: a quotation whose own words condemn ("C'est inacceptable", « cette
mesure populiste », « Déni de démocratie ») is its speaker criticising (PLOVER ACCUSE,
CAMEO 111: criticize or denounce) the actor it blames.

The words are data (``data/criticism_<lang>.yaml``; no file, no rule). The blamed actor is
the one the quotation names, a subject first ("… où HP a augmenté ses dividendes"), else the
author of the act a demonstrative points at ("cette mesure populiste", antecedents.py). A
quotation that blames nobody named is no event, nor is a negated judgement ("ce n'est pas
scandaleux") or one in a sport report. A condemning quotation that names nobody, right
after a quotation of the same speaker, blames whom that one names.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Iterable

import yaml
from spacy.tokens import Doc, Span, Token

from ..document import Event, Quote
from ..errors import VeilleurError
from . import syntax
from .arguments import ActorFinder, Argument
from .cameo import cameo_code
from .matching import TriggerMatch, token_keys

if TYPE_CHECKING:
    from .coder import CodingContext, EventCoder

QUOTE_TYPES = ("direct", "partial", "indirect")


@dataclass(frozen=True)
class CriticismLexicon:
    cameo: str
    reliability: float
    words: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]


def parse_criticism(data: dict, name: str) -> CriticismLexicon:
    try:
        code = str(data["cameo"])
        words = frozenset(w.lower() for w in data["words"])
    except (KeyError, TypeError) as exc:
        raise VeilleurError("E301", input=name, detail=f"needs cameo and words ({exc})") from exc
    cameo_code(code)  # raises E302 for an unknown code
    phrases = tuple(tuple(p.lower().split()) for p in data.get("phrases") or [])
    return CriticismLexicon(code, float(data.get("reliability", 0.6)), words, phrases)


@lru_cache(maxsize=None)
def load_criticism(language: str) -> CriticismLexicon | None:
    path = resources.files(__package__).joinpath(f"data/criticism_{language}.yaml")
    if not path.is_file():
        return None
    return parse_criticism(yaml.safe_load(path.read_text(encoding="utf-8")) or {}, path.name)


def _judgements(tokens: list[Token], lexicon: CriticismLexicon,
                negation: frozenset[str]) -> list[list[Token]]:
    """The condemning words of a quotation, each as its tokens; negated ones left out."""
    found: list[list[Token]] = []
    for n, token in enumerate(tokens):
        for phrase in lexicon.phrases:
            words = tokens[n:n + len(phrase)]
            if len(words) == len(phrase) and all(p in token_keys(w) for p, w in zip(phrase, words)):
                found.append(words)
        if set(token_keys(token)) & lexicon.words and not any(
                c.lower_ in negation for c in token.children):
            found.append([token])
    return found


def _blamed(tokens: list[Token], speaker: str, finder: ActorFinder,
            places: frozenset[str]) -> list[Argument]:
    """The actor a quotation blames: a named subject, else any other name (not a place),
    else the author of a demonstrative act noun."""
    named: list[tuple[int, Argument]] = []
    for token in tokens:
        mention = finder.mentions.for_token(token)
        if mention is None or mention.actor_id == speaker or mention.via == "place":
            continue
        if syntax.prep_of(token) in places:
            continue  # "310 emplois en France": where, not who
        rank = 0 if token.dep_ in syntax.SUBJECT | syntax.PASSIVE_SUBJECT else 1
        named.append((rank, Argument(mention.actor_id, token, mention, "subtree")))
    if named:
        return [min(named, key=lambda pair: pair[0])[1]]
    for token in tokens:
        if token.lemma_.lower() in finder.act_nouns:
            found = [a for a in finder.find(token) if a.actor_id != speaker]
            if found:
                return found[:1]
    return []


def _speaker_argument(quote: Quote, doc: Doc, finder: ActorFinder) -> Argument | None:
    """The speaker as an argument (for the location: the speaker's place is not where)."""
    if not quote.speaker_span:
        return None
    span = doc.char_span(quote.speaker_span[0], quote.speaker_span[1], alignment_mode="expand")
    mention = finder.mentions.at(*quote.speaker_span)
    if span is None or mention is None or mention.actor_id != quote.speaker:
        return None
    return Argument(quote.speaker, span.root, mention, "head")


def criticism_events(coder: "EventCoder", quotes: Iterable[Quote], doc: Doc, finder: ActorFinder,
                     context: "CodingContext", sentences: list[Span]) -> list[Event]:
    lexicon = load_criticism(coder.language)
    if lexicon is None:
        return []
    code = cameo_code(lexicon.cameo)
    negation = coder.grammar.words("negation")
    places = coder.grammar.words("location_preps")
    events = []
    previous: Quote | None = None
    for quote in sorted(quotes, key=lambda q: q.span[0]):
        before, previous = previous, quote
        if quote.type not in QUOTE_TYPES or not quote.speaker:
            continue
        span = doc.char_span(quote.span[0], quote.span[1], alignment_mode="expand")
        sentence = next((s for s in sentences if s.start_char <= quote.span[0] < s.end_char), None)
        if span is None or sentence is None or coder._off_topic(sentence):
            continue
        tokens = list(span)
        judgements = _judgements(tokens, lexicon, negation)
        blamed = _blamed(tokens, quote.speaker, finder, places) if judgements else []
        if judgements and not blamed and before is not None and before.speaker == quote.speaker:
            # « Il y a là une volonté … scandaleuse ! » right after the same speaker's
            # « procédé de l'opposition … »: the speaker goes on about whom he named
            earlier = doc.char_span(before.span[0], before.span[1], alignment_mode="expand")
            blamed = _blamed(list(earlier), quote.speaker, finder, places) if earlier is not None else []
        if not blamed:
            continue
        words = judgements[0]
        source = _speaker_argument(quote, doc, finder)
        trigger_sentence = words[0].sent
        match = TriggerMatch(None, words, words[0])
        found_date = coder._date(trigger_sentence, match, "asserted", context)
        events.append(Event(
            category=code.category, cameo=code.code, mode=code.mode, goldstein=code.goldstein,
            quad_class=code.quad_class, source=quote.speaker, target=blamed[0].actor_id,
            trigger=(match.start_char, match.end_char),
            sentence=(trigger_sentence.start_char, trigger_sentence.end_char),
            modality="asserted", date=found_date.date.isoformat() if found_date else None,
            location=coder._location(trigger_sentence, code.code, source, blamed[0], context),
            confidence=round(lexicon.reliability * min(1.0, quote.confidence + 0.2), 3),
            extra={"trigger_text": doc.text[match.start_char:match.end_char],
                   "quote": list(quote.span)}))
    return events
