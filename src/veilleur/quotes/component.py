"""The spaCy component ``veilleur_quotes``: quotes on a plain spaCy Doc.

For spaCy users outside the Veilleur pipeline: ``nlp.add_pipe("veilleur_quotes")`` (after the
parser) fills ``doc.spans["veilleur_quotes"]`` with the quoted content spans, labelled by
type, and ``doc.user_data["veilleur_quotes"]`` with the contract dicts. With no actors stage,
speakers stay as text (extra "speaker_text"); Veilleur's own pipeline runs quotes.run instead.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..actors.mentions import MentionIndex
from ..document import Document
from .extract import extract_quotes
from .speech_acts import add_speech_acts

SPAN_KEY = "veilleur_quotes"


@Language.factory("veilleur_quotes")
def make_quotes(nlp: Language, name: str) -> "QuotesComponent":
    return QuotesComponent(nlp.lang)


class QuotesComponent:
    def __init__(self, language: str) -> None:
        self.language = language

    def __call__(self, doc: Doc) -> Doc:
        document = Document(source="<doc>", text=doc.text, language=self.language)
        quotes = extract_quotes(document, doc, MentionIndex())
        add_speech_acts(quotes, self.language)
        spans = []
        for quote in quotes:
            span = doc.char_span(*quote.span, label=quote.type, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[SPAN_KEY] = spans
        doc.user_data[SPAN_KEY] = [q.to_dict() for q in quotes]
        return doc
