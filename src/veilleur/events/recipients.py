"""Recipients a sentence leaves unnamed but the article gives.

News states an act, then the answers and reactions to it without repeating whom they
answer (the keys are in grammar_<lang>.yaml; a language that lists none has no rule):
- an acceptance or refusal with nothing accepted ("M. X ayant accepté, la séance a été
  suspendue", ``answer_verbs``) answers the latest request made to the one who answers:
  its target is the requester;
- criticism aimed at no one ("les députés ont fait part de leur indignation") shares the
  target of the criticism just stated in its sentence, else reacts to the latest act
  reported by someone else in the sentences before (``reaction_window``);
- a demand or criticism still without an addressee goes to the author of the article's
  main act (antecedents.py) when it is a state (``implied_addressee_kinds``): "les syndicats
  demandaient de porter le salaire minimum à 1 700 €" after "Le gouvernement a décidé …".
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..document import Event
from . import syntax
from .arguments import ActorFinder
from .lexicon import Grammar


def fill_recipients(events: list[Event], doc: Doc, sentences: list[Span], finder: ActorFinder,
                    grammar: Grammar) -> None:
    order = {s.start_char: n for n, s in enumerate(sentences)}
    ranked = sorted((e for e in events if e.sentence[0] in order),
                    key=lambda e: (order[e.sentence[0]], e.trigger[0]))
    answers = grammar.words("answer_verbs")
    window = int(grammar.data.get("reaction_window") or 0)
    for n, event in enumerate(ranked):
        if event.target is not None or event.source is None:
            continue
        span = doc.char_span(event.trigger[0], event.trigger[1], alignment_mode="expand")
        if span is None or not len(span) or _names_content(span):
            continue
        trigger = span.root
        earlier = ranked[:n]
        if trigger.lemma_.lower() in answers:
            _set(event, _requester(event, earlier, order), "answer")
        elif event.category == "ACCUSE" and window:
            _set(event, _reacted_to(event, earlier, order, window, finder), "reaction")
    _implied_addressees(ranked, doc, finder, grammar)


def _implied_addressees(events: list[Event], doc: Doc, finder: ActorFinder, grammar: Grammar) -> None:
    kinds = grammar.words("implied_addressee_kinds")
    categories = grammar.words("implied_addressee_categories")
    if not kinds or not categories:
        return
    author = finder.lead_author(doc)
    if author is None or finder.kinds.get(author[1].actor_id) not in kinds:
        return
    token, mention = author
    for event in events:
        if (event.target is None and event.source not in (None, mention.actor_id)
                and event.category in categories and event.trigger[0] > token.idx):
            _set(event, mention.actor_id, "main_actor")


def _names_content(trigger: Span) -> bool:
    """The trigger says what is accepted or criticised: an object or a clause outside its
    own words ("fait part de son indignation" names nothing)."""
    inside = {t.i for t in trigger}
    head = trigger.root
    return any(t.i not in inside for t in syntax.objects(head)) or any(
        c.dep_ in ("xcomp", "ccomp") and c.i not in inside for c in head.children)


def _requester(event: Event, earlier: list[Event], order: dict[int, int]) -> str | None:
    """The source of the latest request to ``event``'s source, in its sentence or the one
    before."""
    here = order[event.sentence[0]]
    for previous in reversed(earlier):
        if here - order[previous.sentence[0]] > 1:
            return None
        if previous.category == "REQUEST" and previous.target == event.source \
                and previous.source not in (None, event.source):
            return previous.source
    return None


def _reacted_to(event: Event, earlier: list[Event], order: dict[int, int], window: int,
                finder: ActorFinder) -> str | None:
    """Whom the criticism just stated in the sentence aims at ("a réagi contre cette
    annonce, la droite pointant le doigt sur …"), else the author of the latest act reported
    in the sentences before; never ``event``'s source."""
    here = order[event.sentence[0]]
    for previous in reversed(earlier):
        if previous.sentence == event.sentence and previous.category == event.category \
                and previous.target not in (None, event.source):
            return previous.target
    for previous in reversed(earlier):
        distance = here - order[previous.sentence[0]]
        if distance > window:
            return None
        if distance >= 1 and previous.source not in (None, event.source) \
                and finder.can_act(previous.source):
            return previous.source
    return None


def _set(event: Event, target: str | None, how: str) -> None:
    if target is None:
        return
    event.target = target
    event.extra["target_from"] = how
