"""Rule-based sentence boundaries, set before the parser.

The statistical parser of fr_core_news_md splits news text at odd places ("La visite de
Mikhaïl | Michoustine ce jeudi"); the parser respects boundaries set before it, so we set
them from punctuation and paragraph breaks, which is what news prose follows.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_ENDERS = {".", "!", "?", "…", "...", "?!", "!?"}
_CLOSERS = {"»", "”", '"', ")", "'"}
# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "St", "Ste", "Mr", "Mrs", "Ms", "Jr", "Sr",
    "Gen", "Gén", "Col", "Lt", "Sgt", "Capt", "Gov", "Sen", "Rep", "Prof", "Mgr", "No", "n°",
    "av", "J.-C", "etc", "cf", "p", "vol", "art", "al", "U.S", "U.N", "Inc", "Ltd", "Co", "Corp",
    "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "janv", "févr", "oct", "nov", "déc",
}


def _starts_sentence(doc: Doc, i: int) -> bool:
    tok, prev = doc[i], doc[i - 1]
    if "\n" in prev.whitespace_ or prev.is_space and "\n" in prev.text:
        return True
    if tok.is_space:
        return False
    # Walk back over closing quotes/brackets to the real sentence-final mark.
    j = i - 1
    while j > 0 and doc[j].text in _CLOSERS:
        j -= 1
    last = doc[j]
    if last.text in _ENDERS or last.text.endswith("..."):
        if j > 0 and doc[j - 1].text in _ABBREVIATIONS and not doc[j - 1].whitespace_:
            return False
        first = tok.text[:1]
        return first.isupper() or first.isdigit() or first in "«“\"—–-("
    return False


@Language.factory("veilleur_sentences")
def make_sentence_boundaries(nlp: Language, name: str) -> "SentenceBoundaries":
    return SentenceBoundaries()


class SentenceBoundaries:
    """Sets ``is_sent_start`` on every token; the parser keeps those boundaries."""

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        # Blocks (a caption glued to the end of a paragraph, say) always start a sentence.
        block_starts = set(doc.user_data.get("veilleur_block_starts", ()))
        doc[0].is_sent_start = True
        for i in range(1, len(doc)):
            doc[i].is_sent_start = doc[i].idx in block_starts or _starts_sentence(doc, i)
        return doc
