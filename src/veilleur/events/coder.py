"""The event coder: lexicon triggers → arguments from syntax → CAMEO/PLOVER coding →
modality, date, location and confidence, sentence by sentence."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from spacy.tokens import Doc, Span, Token

from ..actors.mentions import MentionIndex
from ..document import Event, Quote
from . import syntax
from .arguments import ActorFinder, Argument, Roles, find_roles
from .coding import final_code, is_business_cooperation, is_reciprocal, located_at_target
from .lexicon import Entry, Grammar, load_grammar, load_lexicon
from .matching import TriggerMatch, find_triggers, token_keys
from .modality import announced, modality as modality_of
from .places import dateline_location, sentence_location
from .quoted import criticism_events
from .recipients import fill_recipients
from .timex import DateMention, find_dates, parse_published

# Links through which a control verb ("refuser de", "accuser X de", "appeler à") governs
# the trigger it absorbs.
_ABSORBED_VIA = {"xcomp", "ccomp", "obj", "dobj", "acl", "nmod", "obl", "obl:arg", "advcl",
                 "pobj", "prep", "mark", "pcomp"}  # pcomp: English "an appeal for deploying troops"
_MODALITY_FACTOR = {"asserted": 1.0, "negated": 0.9, "future": 0.9, "past_reported": 0.9,
                    "hypothetical": 0.8}
_HOW_FACTOR = {"head": 1.0, "relative": 0.95, "possessive": 0.9, "subtree": 0.9,
               "inherited": 0.9, "antecedent": 0.8}
# How the actors stage tied the mention to its actor (Mention.via).
_VIA_FACTOR = {"name": 1.0, "alias": 1.0, "surname": 0.95, "title": 0.9, "role": 0.9,
               "metonymy": 0.9, "demonym": 0.85, "pronoun": 0.8}


@dataclass
class CodingContext:
    """What the coder needs to know about the document beyond one sentence."""

    language: str
    published: str | None = None
    dateline: dict | None = None
    actor_kinds: dict[str, str] | None = None


def language_of(language: str | None) -> str:
    return "fr" if (language or "").startswith("fr") else "en"


@dataclass
class _Candidate:
    match: TriggerMatch
    roles: Roles
    absorbed_code: str | None = None   # the code of the trigger a control verb swallowed


def _inside_actor(head, mentions: MentionIndex) -> bool:
    if head.dep_ != "compound" or head.head.i <= head.i:
        return False
    mention = mentions.for_token(head)
    return mention is not None and mention is mentions.for_token(head.head)


class EventCoder:
    def __init__(self, language: str) -> None:
        self.language = language_of(language)
        self.lexicon = load_lexicon(self.language)
        self.grammar: Grammar = load_grammar(self.language)

    def code_doc(self, doc: Doc, mentions: MentionIndex, context: CodingContext,
                 sentences: Iterable[Span] | None = None, quotes: Iterable[Quote] = ()) -> list[Event]:
        finder = ActorFinder(mentions, self.grammar, context.actor_kinds)
        if len({t.lower_ for t in doc if self._is_off_topic(t)}) >= 3:
            return []  # a sport report: its "attacks" and "meetings" are games
        events: list[Event] = []
        sentences = list(sentences if sentences is not None else doc.sents)
        for sentence in sentences:
            events.extend(self.code_sentence(sentence, finder, context))
        events.extend(criticism_events(self, quotes, doc, finder, context, sentences))
        fill_recipients(events, doc, sentences, finder, self.grammar)
        return _deduplicate(events)

    def code_sentence(self, sentence: Span, finder: ActorFinder,
                      context: CodingContext) -> list[Event]:
        matches = find_triggers(sentence, self.lexicon, self.grammar.data.get("lemma_fallback_suffixes"))
        # a modifier inside an actor's phrase is not a trigger ("riot police", "strike force")
        # nor a word used as a preposition ("according to", "following")
        matches = [m for m in matches if not _inside_actor(m.head, finder.mentions)
                   and not (m.head.dep_ == "prep" and len(m.tokens) == 1)
                   and not self._in_locution(m)]
        if not matches or self._off_topic(sentence):
            return []
        candidates = [_Candidate(m, find_roles(m.entry, m.head, m.tokens, finder, self.grammar))
                      for m in matches]
        candidates = _absorb(candidates)
        coded = [(c, self._events_of(c, sentence, context)) for c in candidates]
        coded = _drop_coded_objects(coded, by_inherited_source=self.language == "en")
        return [event for _, events in coded for event in events]

    def _in_locution(self, match: TriggerMatch) -> bool:
        """French "à la demande de X": a prepositional locution saying on whose request the
        main act was done, not an event of its own (``locution_nouns``)."""
        head = match.head
        return (len(match.tokens) == 1 and head.lemma_.lower() in self.grammar.words("locution_nouns")
                and syntax.prep_of(head) in self.grammar.words("locution_preps"))

    def _off_topic(self, sentence: Span) -> bool:
        return any(self._is_off_topic(t) for t in sentence)

    def _is_off_topic(self, token: Token) -> bool:
        # English "match" is a sport word as a noun, not as a verb ("match the offer")
        return (token.lower_ in self.grammar.words("off_topic_words")
                and token.pos_ not in self.grammar.words("off_topic_skip_pos"))

    def _events_of(self, candidate: _Candidate, sentence: Span,
                   context: CodingContext) -> list[Event]:
        match, roles = candidate.match, candidate.roles
        entry = match.entry
        _, year = parse_published(context.published)
        modality = modality_of(match.head, match.tokens, self.grammar, year)
        if entry.negative:  # "ne satisfait pas": the negation is the meaning
            if modality != "negated":
                return []
            modality = modality_of(match.head, match.tokens, self.grammar, year, negation=False)
        code = self._select_code(entry, match, roles, modality, context)
        if code is None:
            return []
        refused = modality == "negated" and announced(match.head, self.grammar)
        cameo = final_code(code, modality, refused)
        if not cameo.is_event:
            return []
        if roles.sources == [] and roles.targets == []:
            return []
        pairs = _pairs(roles, code)
        found_date = self._date(sentence, match, modality, context)
        date = found_date.date.isoformat() if found_date else None
        events = []
        extra = {"trigger_text": sentence.doc.text[match.start_char:match.end_char]}
        if found_date is not None and found_date.precision != "day":
            extra["date_precision"] = found_date.precision
        if candidate.absorbed_code and cameo.category == "AGREE":
            code = candidate.absorbed_code  # "agreed to lift the sanctions": the lifting
        if cameo.code != code:
            extra["intended_cameo"] = code  # the announced event itself, as CAMEO coders code it
        for source, target in pairs:
            if source is not None and target is not None and source.actor_id == target.actor_id:
                target = None
                # "le voyage des étudiants en Espagne": no one visits their own country
                if len(roles.targets) > 1 or located_at_target(code):
                    continue
            if source is None and target is None:
                continue
            kinds = context.actor_kinds or {}
            if is_business_cooperation(cameo.category, [kinds.get(a.actor_id) for a in (source, target) if a]):
                continue
            location = self._location(sentence, cameo.code, source, target, context)
            events.append(Event(
                category=cameo.category, cameo=cameo.code, mode=cameo.mode,
                goldstein=cameo.goldstein, quad_class=cameo.quad_class,
                source=source.actor_id if source else None,
                target=target.actor_id if target else None,
                trigger=(match.start_char, match.end_char),
                sentence=(sentence.start_char, sentence.end_char),
                modality=modality, date=date, location=location,
                confidence=_confidence(entry, match, source, target, modality),
                extra=dict(extra)))
        return events

    def _select_code(self, entry: Entry, match: TriggerMatch, roles: Roles, modality: str,
                     context: CodingContext) -> str | None:
        for need in entry.needs:
            if not self._holds(need, True, match, roles, modality, context):
                return None
        for variant in entry.variants:
            if all(self._holds(key, value, match, roles, modality, context)
                   for key, value in variant.when.items()):
                return variant.cameo
        return entry.cameo

    def _holds(self, key: str, value, match: TriggerMatch, roles: Roles, modality: str,
               context: CodingContext) -> bool:
        wanted = set(value) if isinstance(value, list) else {value}
        if key == "target":
            return bool(roles.targets) or (len(roles.sources) > 1 and is_reciprocal(match.entry.cameo))
        if key == "object":
            if value is True:
                return roles.object is not None
            return self._object_is_actor(roles, context, person="person" in wanted)
        if key == "content":  # what is asked or refused: an object, a recipient or a clause
            return (roles.object is not None or bool(roles.targets)
                    or any(c.dep_ in ("xcomp", "ccomp") for c in match.head.children))
        if key == "actor_object":
            return self._object_is_actor(roles, context, person=False)
        if key == "complement":
            preps = set(match.entry.target_preps or self.grammar.words("target_preps"))
            # "appeler Israël à cesser …": the complement is an infinitive clause
            return bool((roles.preps | _clause_marks(match.head)) & preps)
        if key == "infinitive":  # "inviter Israël à faire preuve de retenue": urging, not inviting
            return bool(_clause_marks(match.head)) == bool(value)
        if key == "source":  # "le voyage des touristes en Grèce": no one acts, no event
            return bool(roles.sources)
        if key in ("source_kind", "target_kind"):  # who acts or undergoes, by actor kind
            arguments = roles.sources if key == "source_kind" else roles.targets
            kinds = context.actor_kinds or {}
            return any(kinds.get(a.actor_id) in wanted for a in arguments)
        if key == "prep":
            return bool(roles.preps & wanted)
        if key == "object_lemma":
            return roles.object is not None and roles.object.lemma_.lower() in wanted
        if key == "complement_lemma":
            inside = {t.i for t in match.tokens}
            return any(t.lemma_.lower() in wanted or t.lower_ in wanted
                       for t in match.head.subtree if t.i not in inside)
        if key in ("source_lemma", "target_lemma"):  # who acts or undergoes: "clashed with rioters"
            arguments = roles.sources if key == "source_lemma" else roles.targets
            # the argument's own noun, or the noun it modifies ("Tunisian rioters"); not the
            # trigger it hangs on ("l'offensive … contre le gouvernement")
            return any({*token_keys(a.token), *token_keys(syntax.phrase_noun(a.token))} & wanted
                       for a in arguments)
        if key == "modality":
            return modality in wanted
        if key == "no_target":
            return not roles.targets
        return False

    def _object_is_actor(self, roles: Roles, context: CodingContext, person: bool) -> bool:
        obj = roles.object
        if obj is None:
            return False
        if obj.lemma_.lower() in self.grammar.words("person_nouns") or obj.pos_ == "PROPN":
            return True
        if obj.lower_ in self.grammar.words("relative_pronouns") and roles.targets:
            return True  # "Imran Qadir, que le ministre a reçu": the antecedent was found
        kinds = context.actor_kinds or {}
        for target in roles.targets:
            # "welcomed Reagan's statement": the owner of the object is not the object
            owner = target.token.dep_ in ("poss", "nmod:poss") and target.token.head.i == obj.i
            # "protesting election results in Monrovia": a place in the object is no actor
            owner = owner or _behind_place(target.token, obj, self.grammar.words("location_preps"))
            if target.token in obj.subtree and not owner and (
                    not person or kinds.get(target.actor_id) == "person"):
                return True
        return False

    def _date(self, sentence: Span, match: TriggerMatch, modality: str,
              context: CodingContext) -> DateMention | None:
        if not context.published:
            found = find_dates(sentence.text, self.language, None)
        else:
            found = find_dates(sentence.text, self.language, context.published,
                               future=modality == "future")
        if not found:
            return None
        offset = match.start_char - sentence.start_char
        return min(found, key=lambda d: abs(d.start - offset))

    def _location(self, sentence: Span, code: str, source: Argument | None,
                  target: Argument | None, context: CodingContext) -> dict | None:
        exclude = set()
        for arg in (source, target):
            if arg is not None and not (arg is target and located_at_target(code)):
                exclude.add(arg.token.i)
        return sentence_location(sentence, self.grammar, exclude) or context.dateline


def _clause_marks(head: Token) -> set[str]:
    """The words introducing the infinitive clauses a trigger governs ("à" in "a invité
    Israël à faire preuve de retenue", "to" in "urged Israel to show restraint")."""
    return {m.lower_ for c in head.children if c.dep_ in ("xcomp", "advcl")
            for m in c.children if m.dep_ == "mark"}


def _behind_place(token: Token, top: Token, places: frozenset[str]) -> bool:
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ in places:
            return True
        token = token.head
    return False


def _pairs(roles: Roles, code: str) -> list[tuple[Argument | None, Argument | None]]:
    """(source, target) pairs; a compound subject of a reciprocal event with no target
    pairs its members ("the US, Russia and Switzerland met")."""
    # "La Russie et la Chine se sont rencontrées à Pékin": a target that is one of the
    # members (the place of the meeting) is no other party
    members = {a.actor_id for a in roles.sources}
    if len(roles.sources) > 1 and is_reciprocal(code) and all(t.actor_id in members for t in roles.targets):
        return [(a, b) for i, a in enumerate(roles.sources) for b in roles.sources[i + 1:]]
    return [(s, t) for s in (roles.sources or [None]) for t in (roles.targets or [None])]


def _absorb(candidates: list[_Candidate]) -> list[_Candidate]:
    """A control verb swallows the trigger of its complement ("refuser de discuter",
    "accuser X de s'ingérer") and borrows its target when it has none."""
    absorbed: set[int] = set()
    # "lifted the curfew", "called for sanctions", "accepted the demands": a nominal
    # trigger that is the object of a verbal trigger and has no actor of its own (only the
    # verb's subject, inherited) is what that event is about, not a second event.
    # Only when the verb's entry names that noun in a variant ("lift" + curfew).
    heads = {c.match.head.i: c.match.entry for c in candidates if not syntax.is_nominal(c.match.head)}
    for inner in candidates:
        head = inner.match.head
        governor = head.head.head if head.dep_ == "pobj" else head.head  # English "for X"
        outer = heads.get(governor.i)
        if (outer is not None and syntax.is_nominal(head) and inner.roles.inherited
                and (not inner.roles.targets or inner.roles.aimed) and governor.i != head.i
                and any(head.lemma_.lower() in (v.when.get("complement_lemma") or ())
                        for v in outer.variants)
                and (head.dep_ in syntax.OBJECT or syntax.prep_of(head) is not None)):
            absorbed.add(id(inner))
    # "un accord de coopération avec le Kosovo": a noun trigger that is the "de" complement
    # of another noun trigger and has no actor of its own is what that act is about.
    nominal_heads = {c.match.head.i for c in candidates if syntax.is_nominal(c.match.head)}
    for inner in candidates:
        head = inner.match.head
        if (syntax.is_nominal(head) and inner.roles.inherited and head.dep_.startswith("nmod")
                and head.head.i in nominal_heads and syntax.prep_of(head) == "de"):
            absorbed.add(id(inner))
    # "went on hunger strike to demand X": the demand is what the protest says, not a
    # second event.
    for outer in candidates:
        if not outer.match.entry.cameo.startswith("14"):
            continue
        anchors = {outer.match.head.i, *(v.i for v in syntax.governing_verbs(outer.match.head))}
        for inner in candidates:
            head = inner.match.head
            if inner.match.entry.cameo.startswith("10") and head.dep_ in ("advcl", "xcomp", "acl") \
                    and head.head.i in anchors:
                absorbed.add(id(inner))
    for outer in candidates:
        if not outer.match.entry.absorbs:
            continue
        # a reported modal ("said Sudan must return …") governs through the verb it helps
        anchor = outer.match.head
        if outer.match.entry.reported and anchor.dep_.startswith("aux"):
            anchor = anchor.head
        for inner in candidates:
            if inner is outer or id(inner) in absorbed:
                continue
            if inner.match.head.i == anchor.i != outer.match.head.i or _governs(anchor, inner.match.head):
                absorbed.add(id(inner))
                outer.absorbed_code = outer.absorbed_code or inner.match.entry.cameo
                if not outer.roles.targets and not outer.match.entry.reported:
                    outer.roles.targets = inner.roles.targets
    return [c for c in candidates if id(c) not in absorbed]


def _drop_coded_objects(coded: list[tuple[_Candidate, list[Event]]],
                        by_inherited_source: bool) -> list[tuple[_Candidate, list[Event]]]:
    """A noun trigger that is the direct object of a verb trigger which was coded restates
    the verb's event when it has the verb's own code ("a signé un accord avec le Kosovo"),
    and in English also when its source is only that verb's subject ("would not provide
    support to Israel", "signed an agreement with China")."""
    coded_verbs = {c.match.head.i: c.match.entry.cameo for c, events in coded
                   if events and not syntax.is_nominal(c.match.head)}
    out = []
    for candidate, events in coded:
        head = candidate.match.head
        if (syntax.is_nominal(head) and head.dep_ in syntax.OBJECT and head.head.i in coded_verbs
                and ((by_inherited_source and candidate.roles.inherited)
                     or coded_verbs[head.head.i] == candidate.match.entry.cameo)):
            events = []
        out.append((candidate, events))
    return out


def _governs(outer: Token, inner: Token, depth: int = 3) -> bool:
    current = inner
    for _ in range(depth):
        if current.dep_ not in _ABSORBED_VIA or current.head.i == current.i:
            return False
        current = current.head
        if current.i == outer.i:
            return True
    return False


def _confidence(entry: Entry, match: TriggerMatch, source: Argument | None,
                target: Argument | None, modality: str) -> float:
    score = entry.reliability * _MODALITY_FACTOR.get(modality, 0.9)
    for arg, missing in ((source, 0.6), (target, 0.9)):
        if arg is None:
            score *= missing
            continue
        score *= _HOW_FACTOR.get(arg.how, 0.9) * _VIA_FACTOR.get(arg.mention.via, 0.9)
        score *= 0.6 + 0.4 * arg.mention.confidence
        distance = syntax.path_length(match.head, arg.token)
        score *= max(0.7, 1.0 - 0.03 * max(0, distance - 1))
    return round(min(1.0, max(0.0, score)), 3)


def _deduplicate(events: list[Event]) -> list[Event]:
    seen: set[tuple] = set()
    # "X n'a pas apprécié la baisse, et regrette le moment choisi": the same source's event
    # of the same category in the sentence, once with a recipient, needs no copy without one
    aimed = {(e.sentence, e.category, e.source) for e in events if e.target is not None}
    out = []
    for event in events:
        key = (event.sentence, event.category, event.source, event.target)
        if key in seen or (event.target is None and event.source is not None
                           and key[:3] in aimed):
            continue
        seen.add(key)
        out.append(event)
    return out
