"""Finding lexicon triggers in a sentence: single lemmas and gapped phrases."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .lexicon import Entry, Lexicon

# Words inside a named entity are names, not triggers ("Conseil de sécurité", "Attack FC").
NAME_LABELS = {"PER", "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "WORK_OF_ART", "EVENT"}


@dataclass
class TriggerMatch:
    entry: Entry
    tokens: list[Token]
    head: Token

    @property
    def start_char(self) -> int:
        return self.tokens[0].idx

    @property
    def end_char(self) -> int:
        last = self.tokens[-1]
        return last.idx + len(last.text)


def token_keys(token: Token) -> tuple[str, ...]:
    lemma, lower = token.lemma_.lower(), token.lower_
    return (lemma,) if lemma == lower else (lemma, lower)


def _matches_word(token: Token, word: str) -> bool:
    return word in token_keys(token) or token.lower_.rstrip("'") == word.rstrip("'")


def _phrase_at(entry: Entry, sentence: Span, first: int) -> list[Token] | None:
    tokens = [sentence.doc[first]]
    position = first
    for word in entry.words[1:]:
        for step in range(1, entry.gap + 2):
            i = position + step
            if i >= sentence.end:
                return None
            if _matches_word(sentence.doc[i], word):
                tokens.append(sentence.doc[i])
                position = i
                break
        else:
            return None
    return tokens


def _syntactic_head(tokens: list[Token]) -> Token:
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in inside or token.head is token:
            return token
    return tokens[0]


def find_triggers(sentence: Span, lexicon: Lexicon) -> list[TriggerMatch]:
    candidates: list[TriggerMatch] = []
    for token in sentence:
        if token.ent_type_ in NAME_LABELS and token.pos_ == "PROPN":
            continue
        for key in token_keys(token):
            for entry in lexicon.by_first_word.get(key, ()):
                tokens = _phrase_at(entry, sentence, token.i) if len(entry.words) > 1 else [token]
                if not tokens:
                    continue
                head = _syntactic_head(tokens) if len(tokens) > 1 else token
                if entry.pos and head.pos_ not in entry.pos:
                    continue
                candidates.append(TriggerMatch(entry, tokens, head))
    # Longest phrases win; a word belongs to one trigger only.
    candidates.sort(key=lambda m: (-len(m.entry.words), m.tokens[0].i))
    taken: set[int] = set()
    chosen = []
    for match in candidates:
        ids = {t.i for t in match.tokens}
        if ids & taken:
            continue
        taken |= ids
        chosen.append(match)
    return sorted(chosen, key=lambda m: m.tokens[0].i)
