"""Speakers: from a speaker's head token to an actor, only through the actors stage.

The actors stage resolves names, titles, roles and pronouns into Analysis.mentions; this
module reads them and never links actors itself. A speaker with no mention keeps its text.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ..actors.mentions import Mention, MentionIndex
from ..actors.normalize import fold
from ..actors.rules import institution_kinds, organization_kinds, titles
from .lexicon import load_lexicon

# Right-hand dependents that end a speaker's noun phrase.
_CLAUSES = {"acl:relcl", "relcl", "acl", "appos", "punct", "parataxis"}
# Left dependents inside a noun phrase ("le [nouveau] ministre", "Vladimir Poutine").
_NP_LEFT = {"det", "amod", "nummod", "compound", "flat", "flat:name", "poss", "nmod:poss",
            "nn", "predet", "quantmod", "advmod"}
# A head's dependents that name it ("le président [François Hollande]").
_NAME_DEPS = {"appos", "flat", "flat:name", "nmod", "compound"}
PERSONAL_PRONOUNS = {"il", "elle", "ils", "elles", "on", "-il", "-elle", "-ils", "-elles",
                     "-on", "he", "she", "they", "we", "i", "nous", "je"}


@dataclass
class Speaker:
    actor_id: str | None
    span: tuple[int, int]
    text: str
    confidence: float = 1.0
    via: str = "mention"


def noun_phrase(head: Token) -> tuple[int, int]:
    """Character span of the speaker's noun phrase, cut before relative clauses and commas."""
    lefts = [c.left_edge for c in head.lefts if c.dep_ in _NP_LEFT]
    start = min(lefts, key=lambda t: t.i) if lefts else head
    while start.i < head.i and (start.is_punct or start.is_space or start.dep_ in ("case", "mark")
                                or start.pos_ == "ADP"):
        start = start.doc[start.i + 1]
    end = head.i
    clauses = [c.left_edge.i for c in head.rights if c.dep_ in _CLAUSES or c.pos_ in ("VERB", "AUX")]
    limit = min(clauses, default=head.right_edge.i + 1)  # "la Commission, [qui a …]"
    for token in head.doc[head.i + 1: min(limit, head.right_edge.i + 1)]:
        if token.text in (",", "(", "«", "“", '"', ":", ";"):
            break
        end = token.i
    doc = head.doc
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].head in (head, head.head):
        end += 1  # a name the parser split into two subjects ("Vladimir" "Poutine")
    last = doc[end]
    return start.idx, last.idx + len(last.text)


def _best_mention(mentions: MentionIndex, head: Token, span: tuple[int, int]) -> Mention | None:
    """The mention at the head itself: "PSA" in "le président du directoire de PSA" is not
    the speaker."""
    mention = mentions.for_token(head)
    if mention is not None:
        return mention
    relative = any(c.dep_ in ("acl:relcl", "relcl") for c in head.children)
    if (head.dep_ == "appos" or relative) and head.head.i < head.i:
        # "Bernard Bonnet, le successeur du préfet, qui a répondu": the name it stands beside
        # (the parser may hang the apposition elsewhere, or not see one)
        first = head.left_edge.i
        beside = [head.head] if head.dep_ == "appos" else []
        beside += [head.doc[first - 2]] if first >= 2 and head.doc[first - 1].text == "," else []
        for token in reversed(beside):
            mention = mentions.for_token(token)
            if mention is not None:
                return mention
    for child in head.rights:  # "la chaîne BFM TV", "le président François Hollande"
        if (child.pos_ == "PROPN" and child.dep_ in _NAME_DEPS
                and (child.idx < span[1] or child.dep_ == "appos")
                and not any(g.dep_ == "case" for g in child.children)):
            mention = mentions.for_token(child)
            if mention is not None:
                return mention
    return _author(mentions, head)


def _author(mentions: MentionIndex, head: Token) -> Mention | None:
    """'selon un rapport de l'INSEE', 'un rapport établi par l'INSEE', 'les informations des
    autorités': a document speaks for the actor named as its author; 'selon le rapport'
    for the author of the report the article named before."""
    try:
        lexicon = load_lexicon(head.doc.lang_)
        documents = lexicon.source_documents | lexicon.data_nouns  # data speak for their issuer too
    except Exception:  # a language without a lexicon
        return None
    if head.lemma_.lower() not in documents and head.lower_ not in documents:
        return None
    mention = _named_author(mentions, head)
    if mention is not None or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children):
        return mention
    for earlier in reversed(head.doc[:head.i]):
        if earlier.pos_ == "NOUN" and earlier.lemma_ == head.lemma_:
            mention = _named_author(mentions, earlier)
            if mention is not None:
                return mention
    return None


_DEFINITE = {"le", "la", "les", "l'", "the", "ce", "cette", "this"}


def _named_author(mentions: MentionIndex, head: Token) -> Mention | None:
    for child in head.rights:
        targets = []
        if child.dep_.startswith("nmod") or child.dep_ == "pobj":
            targets.append(child)
        elif child.dep_ == "prep":
            targets += [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ in ("acl", "acl:relcl"):    # "un rapport établi par l'INSEE"
            targets += [c for c in child.children if c.dep_ in ("obl:agent", "agent", "obl")
                        and any(g.lower_ in ("par", "by") for g in c.children if g.dep_ == "case")]
            targets += [p for c in child.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        for target in targets:
            mention = mentions.for_token(target)
            if mention is not None and mention.via != "place":
                return mention
    return None


def resolve(mentions: MentionIndex, text: str, head: Token) -> Speaker:
    """The actor a speaker head refers to (actor_id None when the actors stage has none)."""
    span = noun_phrase(head)
    mention = _best_mention(mentions, head, span)
    if mention is None:
        return Speaker(None, span, text[span[0]:span[1]], 0.0, "text")
    return Speaker(mention.actor_id, span, text[span[0]:span[1]], mention.confidence, mention.via)


def resolve_span(mentions: MentionIndex, text: str, span: tuple[int, int]) -> Speaker:
    """The actor named at a character span (a caption's speaker)."""
    inside = [m for m in mentions.overlapping(*span)]
    if not inside:
        return Speaker(None, span, text[span[0]:span[1]], 0.0, "text")
    mention = max(inside, key=lambda m: (min(m.end, span[1]) - max(m.start, span[0]), m.confidence))
    return Speaker(mention.actor_id, span, text[span[0]:span[1]], mention.confidence, mention.via)


def actor_noun(token: Token) -> bool:
    """A common noun the actors stage knows as an institution, an organisation's head word
    or a title ("la préfecture", "the ministry", "le ministre"), even where it links none."""
    word = fold(token.lemma_)
    return (token.pos_ in ("NOUN", "PROPN")
            and (word in institution_kinds("institutions", token.doc.lang_) or word in _organization_heads()
                 or word in titles(token.doc.lang_)))


@lru_cache(maxsize=None)
def _organization_heads() -> frozenset[str]:
    return frozenset(ws[0] for ws, _ in organization_kinds() if len(ws) == 1)


def bare_title(head: Token) -> bool:
    """A definite title with no name nor complement ("l'ex-président sénégalais", "la
    ministre"): it refers back to someone the article named, like a pronoun."""
    title = fold(head.lemma_).split("-")[-1]  # "ex-président"
    return (head.pos_ == "NOUN" and title in titles(head.doc.lang_)
            and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children)
            and not any(c.dep_.startswith(("nmod", "appos", "flat", "compound")) or c.dep_ == "prep"
                        or c.pos_ == "PROPN" for c in head.children))


def is_pronoun(head: Token) -> bool:
    return head.pos_ == "PRON" or head.lower_ in PERSONAL_PRONOUNS
