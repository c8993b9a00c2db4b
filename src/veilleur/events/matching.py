"""Finding lexicon triggers in a sentence: single lemmas and gapped phrases."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .lexicon import Entry, Lexicon
from .syntax import preposition_form

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


def _fallback_keys(token: Token, suffixes: dict[str, str]) -> list[str]:
    """Infinitive guesses for a form the tagger left unlemmatised ("téléphoné")."""
    lower = token.lower_
    participle = "Part" in token.morph.get("VerbForm") or lower.endswith(("é", "ée", "és", "ées", "ant"))
    if token.pos_ != "VERB" and not participle:
        return []  # "des signes" is not a form of "signer"
    return [lower[: -len(end)] + repl for end, repl in suffixes.items()
            if lower.endswith(end) and len(lower) > len(end) + 2]


def _matches_word(token: Token, word: str) -> bool:
    # "s'en est prise au gouvernement" matches "en prendre à"
    return (word in token_keys(token) or token.lower_.rstrip("'") == word.rstrip("'")
            or preposition_form(token.lower_) == word)


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
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return tokens[0]


def find_triggers(sentence: Span, lexicon: Lexicon,
                  fallback_suffixes: dict[str, str] | None = None) -> list[TriggerMatch]:
    candidates: list[TriggerMatch] = []
    for token in sentence:
        if token.ent_type_ in NAME_LABELS and token.pos_ == "PROPN":
            continue
        keys = [k for k in token_keys(token) if k in lexicon.by_first_word]
        if not keys and fallback_suffixes:
            keys = [k for k in _fallback_keys(token, fallback_suffixes) if k in lexicon.by_first_word][:1]
        found: list[TriggerMatch] = []
        for key in keys:
            for entry in lexicon.by_first_word[key]:
                tokens = _phrase_at(entry, sentence, token.i) if len(entry.words) > 1 else [token]
                if tokens:
                    head = _syntactic_head(tokens) if len(tokens) > 1 else token
                    found.append(TriggerMatch(entry, tokens, head))
        # The part of speech only chooses between entries: taggers often mislabel a
        # trigger ("La France aide le Liban" tagged as a noun), so a lone entry stays.
        fitting = [m for m in found if not m.entry.pos or m.head.pos_ in m.entry.pos]
        candidates.extend(fitting or [m for m in found if len(m.entry.words) == 1][:1])
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
