"""The spaCy component ``veilleur_events``: Veilleur's event coder on a plain spaCy Doc.

For spaCy users outside the Veilleur pipeline: ``nlp.add_pipe("veilleur_events")`` (after
the parser and NER) fills ``doc._.veilleur_events`` with the events in the contract's shape
(actors as ids, listed in ``doc._.veilleur_actors``) and ``doc.spans["veilleur_events"]``
with the trigger spans labelled by PLOVER category. The actors come from a
``MentionIndex`` left in ``doc.user_data["veilleur_mentions"]`` by an earlier component,
else from Veilleur's actors stage run on the Doc.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..actors.mentions import MentionIndex
from ..document import Document
from .coder import CodingContext, EventCoder

SPAN_KEY = "veilleur_events"
for _name in ("veilleur_events", "veilleur_actors"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.factory("veilleur_events", default_config={"published": None})
def make_events(nlp: Language, name: str, published: str | None) -> "EventsComponent":
    return EventsComponent(nlp.lang, published)


class EventsComponent:
    def __init__(self, language: str, published: str | None = None) -> None:
        self.coder = EventCoder(language)
        self.published = published

    def __call__(self, doc: Doc) -> Doc:
        document = Document(source="<doc>", text=doc.text, language=self.coder.language,
                            published=doc.user_data.get("published") or self.published)
        mentions = doc.user_data.get("veilleur_mentions")
        if not isinstance(mentions, MentionIndex):
            mentions = _actors_pass(document, doc)
        context = CodingContext(self.coder.language, document.published,
                                actor_kinds={a.id: a.kind for a in document.actors})
        events = self.coder.code_doc(doc, mentions, context)
        doc._.veilleur_events = [e.to_dict() for e in events]
        doc._.veilleur_actors = [a.to_dict() for a in document.actors]
        spans = [doc.char_span(*e.trigger, label=e.category, alignment_mode="expand") for e in events]
        doc.spans[SPAN_KEY] = [s for s in spans if s is not None]
        return doc


def _actors_pass(document: Document, doc: Doc) -> MentionIndex:
    """Veilleur's actors stage over the Doc: knowledge-base linking and coreference."""
    from ..actors import run as run_actors
    from ..pipeline import Analysis

    analysis = Analysis(document, doc)
    run_actors(analysis)
    return analysis.mentions
