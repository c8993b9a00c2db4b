"""A Doc seen as folded words, each knowing its token: what name and title matching walk."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from .normalize import words


@dataclass
class WordView:
    words: list[str]        # folded words in text order
    owner: list[int]        # the token index of each word
    first_of: set[int]      # word positions that start a token
    last_of: set[int]       # word positions that end a token

    @classmethod
    def of(cls, doc: Doc) -> "WordView":
        cached = doc.user_data.get("veilleur_wordview")
        if cached is not None:
            return cached
        view = cls([], [], set(), set())
        for tok in doc:
            ws = words(tok.text)
            if not ws:
                continue
            view.first_of.add(len(view.words))
            view.words.extend(ws)
            view.owner.extend([tok.i] * len(ws))
            view.last_of.add(len(view.words) - 1)
        doc.user_data["veilleur_wordview"] = view
        return view

    def __len__(self) -> int:
        return len(self.words)
