"""Salience of the persons a pronoun may stand for (data/salience.yaml): each earlier mention
scores its grammatical role (a main clause's subject above a subordinate's, above any other
role), minus its distance in sentences and paragraphs, plus a bonus for the article's main
person (the person of the title, else the subject of the lead's first sentence), who stays a
candidate however far back. The best score among the persons that agree wins; a tie is nobody."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Iterable

from spacy.tokens import Doc, Token

from .rules import _read

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "expl:subj", "csubj"})
_MAIN_CLAUSE = frozenset({"ROOT", "parataxis"})


@lru_cache(maxsize=None)
def data() -> dict[str, Any]:
    return _read("salience.yaml")


@dataclass(frozen=True)
class Candidate:
    actor_id: str
    token: int           # the mention's root token
    sentence: int
    paragraph: int
    role: str            # main_clause_subject | subordinate_subject | other_role


def is_grammatical_subject(token: Token) -> bool:
    """A subject dependency, and the first of its head: the parser sometimes labels the
    object of « X a rencontré Y » a second subject."""
    return token.dep_ in SUBJECT_DEPS and not any(
        c.dep_ in SUBJECT_DEPS and c.i < token.i for c in token.head.children)


def role_of(token: Token) -> str:
    if token.dep_ in data()["topic_dependencies"] and token.head.dep_ == "ROOT" and token.i < token.head.i:
        return "main_clause_subject"   # « X, président du groupe, est intervenu » parsed as a vocative
    if not is_grammatical_subject(token):
        return "other_role"
    head = token.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head          # « X a signé puis a annoncé »: the first verb's clause
    return "main_clause_subject" if head.dep_ in _MAIN_CLAUSE else "subordinate_subject"


def inside_quotes(doc: Doc) -> set[int]:
    """Tokens between opening and closing quotation marks (« » “ ” and straight quotes)."""
    inside: set[int] = set()
    depth, straight = 0, False
    for tok in doc:
        if tok.text in ("«", "“"):
            depth += 1
        elif tok.text in ("»", "”"):
            depth = max(0, depth - 1)
        elif tok.text == '"':
            straight = not straight
        elif depth or straight:
            inside.add(tok.i)
    return inside


def paragraph_index(doc: Doc, blocks: Iterable[Any]) -> list[int]:
    """Token index → the number of the block (paragraph) it lies in."""
    starts = sorted(b.span[0] for b in blocks)
    return [max(0, bisect_right(starts, tok.idx) - 1) for tok in doc]


def person_mentions(doc: Doc, person_at: dict[int, str], sent_of: dict[int, int],
                    paragraph_of: list[int]) -> list[Candidate]:
    """One candidate per person mention (contiguous tokens of one actor), at its root."""
    out: list[Candidate] = []
    i = 0
    while i < len(doc):
        pid = person_at.get(i)
        if not pid:
            i += 1
            continue
        end = i
        while person_at.get(end + 1) == pid:
            end += 1
        inside = range(i, end + 1)
        root = next((doc[t] for t in inside if doc[t].head.i not in inside or doc[t].head.i == t), doc[i])
        out.append(Candidate(pid, root.i, sent_of[root.i], paragraph_of[root.i], role_of(root)))
        i = end + 1
    return out


def main_person(doc: Doc, candidates: list[Candidate], blocks: Iterable[Any]) -> str | None:
    """The person of the title, else the subject of the lead's first sentence."""
    blocks = sorted(blocks, key=lambda b: b.span[0])
    for block in blocks:
        if block.kind == "title":
            start, end = block.span
            for c in candidates:
                if start <= doc[c.token].idx < end:
                    return c.actor_id
    body = next((b for b in blocks if b.kind != "title"), None)
    if body is None and blocks:
        return None
    lead_start = body.span[0] if body else 0
    first = next((s for s in doc.sents if s.end_char > lead_start), None)
    if first is None:
        return None
    return next((c.actor_id for c in candidates
                 if first.start <= c.token < first.end and c.role == "main_clause_subject"), None)


def best(candidates: list[Candidate], before: int, sentence: int, paragraph: int, main: str | None,
         accept: Callable[[str], bool]) -> str | None:
    """The most salient accepted person mentioned before token ``before``; None on a tie."""
    w = data()["weights"]
    window = int(data()["window"])
    scores: dict[str, float] = {}
    for c in candidates:
        if c.token >= before or not accept(c.actor_id):
            continue
        if sentence - c.sentence > window:
            if c.actor_id == main:      # the main person stays a candidate however far back,
                # scored as a secondary mention at the window's edge
                far = w["other_role"] + w["per_sentence"] * window + w["main_person"]
                scores[main] = max(scores.get(main, float("-inf")), far)
            continue
        score = (w[c.role] + w["per_sentence"] * (sentence - c.sentence)
                 + w["per_paragraph"] * (paragraph - c.paragraph)
                 + (w["main_person"] if c.actor_id == main else 0))
        scores[c.actor_id] = max(scores.get(c.actor_id, float("-inf")), score)
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]
