"""Groups named by their members, and "ni A ni B" coordination, for event arguments.

"ni les syndicats, comme Force ouvrière ainsi que la CGT et Solidaires, ni les organisations
patronales tel le Medef": the named members are the actors (one event each), not the generic
group, and the second "ni" member is coordinated with the first even where the parser hung it
elsewhere. Marker words are data (``example_markers``, ``list_joiners`` and ``list_stops`` in
grammar_<lang>.yaml); a singular or proper name before "comme" is a comparison ("la France,
comme l'Allemagne, …"), not a group, and is left alone.
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Token


class Enumerations:
    def __init__(self, grammar, mention_at: Callable[[Token], object | None]) -> None:
        self.markers = grammar.words("example_markers")
        self.joiners = grammar.words("list_joiners")
        self.stops = grammar.words("list_stops")
        self.ni = grammar.words("negative_coordinators")
        self.mention_at = mention_at

    def expand(self, tokens: list[tuple[Token, object]]) -> list[tuple[Token, object]]:
        """(token, mention) pairs with groups replaced by their named members and "ni"
        partners added."""
        if not tokens or not self.markers:
            return tokens
        out: list[tuple[Token, object]] = []
        for token, mention in tokens:
            out += self._members(token, mention) or [(token, mention)]
        out += self._ni_partners(*tokens[-1])
        return out

    @staticmethod
    def _after(token: Token, mention) -> Token | None:
        """The first token after ``mention`` (which ``token`` is part of), in its sentence."""
        for following in token.doc[token.i:token.sent.end]:
            if following.idx >= mention.end:
                return following
        return None

    def _members(self, token: Token, mention) -> list[tuple[Token, object]]:
        if not (token.pos_ == "NOUN" and "Plur" in token.morph.get("Number")):
            return []
        nxt = self._after(token, mention)
        if nxt is not None and nxt.text == ",":
            nxt = nxt.nbor(1) if nxt.i + 1 < token.sent.end else None
        if nxt is None or nxt.lower_ not in self.markers:
            return []
        return self._listed(nxt, {a.i for a in token.ancestors})

    def _listed(self, marker: Token, governors: set[int]) -> list[tuple[Token, object]]:
        """Names listed after ``marker``, each after the marker or a joiner ("comme A ainsi
        que B et C"), up to a stop word or the group's own verb; words in between (relative
        clauses) are skipped."""
        out: list[tuple[Token, object]] = []
        j, end = marker.i + 1, marker.sent.end
        while j < end:
            token = marker.doc[j]
            if token.lower_ in self.stops or token.lower_ in self.ni or token.i in governors:
                break
            mention = self.mention_at(token)
            if mention is None:
                j += 1
                continue
            before = token.doc[j - 1]
            while before.pos_ == "DET" and before.i > marker.i:
                before = token.doc[before.i - 1]
            joined = {before.lower_, f"{token.doc[before.i - 1].lower_} {before.lower_}"}
            if before.i == marker.i or joined & self.joiners:
                out.append((token, mention))
            while j < end and marker.doc[j].idx < mention.end:
                j += 1
        return out

    def _ni_partners(self, token: Token, mention) -> list[tuple[Token, object]]:
        """"ni A … ni B": B (with its listed members) when A follows a "ni"."""
        start = token
        while start.i > start.sent.start and start.doc[start.i - 1].idx >= mention.start:
            start = start.doc[start.i - 1]
        before = start.doc[start.i - 1] if start.i > start.sent.start else None
        while before is not None and before.pos_ == "DET" and before.i > before.sent.start:
            before = before.doc[before.i - 1]
        if before is None or before.lower_ not in self.ni:
            return []
        for j in range(token.i + 1, token.sent.end):
            if token.doc[j].lower_ in self.ni:
                for k in range(j + 1, min(j + 4, token.sent.end)):
                    partner = token.doc[k]
                    found = self.mention_at(partner) if partner.pos_ != "DET" else None
                    if found is not None:
                        return self._members(partner, found) or [(partner, found)]
                return []
        return []
