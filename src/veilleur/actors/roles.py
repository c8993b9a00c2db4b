"""Role phrases: "le ministre russe des Affaires étrangères", "the French president",
"le secrétaire général de l'Otan", "son homologue biélorusse".

A title (data/roles.yaml) is found on folded words, with a country marker inside it,
after it, before it, or as "de/of + country"; the linker then asks the knowledge base
who held that role there at the article's date.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from .kb import KnowledgeBase
from .normalize import DETERMINERS
from .rules import Title, role_words, titles
from .wordview import WordView

_MAX_NAME_WORDS = 5


@dataclass(frozen=True)
class RoleMatch:
    start: int                  # token indices [start, end)
    end: int
    role: str | None            # None for a counterpart ("son homologue")
    country: str | None = None
    organization: str | None = None
    countries: tuple[str, ...] = ()     # the title's only countries, when restricted
    former: bool = False


class RoleFinder:
    def __init__(self, kb: KnowledgeBase, language: str) -> None:
        self.kb = kb
        self.language = language
        self.titles = titles(language)
        self.counterparts = role_words("counterpart", language)
        self.former_words = role_words("former", language)
        self.of_words = role_words("of", language)

    # -- markers ----------------------------------------------------------------------------
    def demonym_at(self, view: WordView, i: int) -> tuple[str | None, int]:
        """(country, words used) for a demonym at word ``i`` (one country only)."""
        for n in (2, 1):
            if i + n <= len(view) and (i + n - 1) in view.last_of:
                isos = self.kb.demonyms.get(" ".join(view.words[i:i + n]))
                if isos and len(isos) == 1:
                    return next(iter(isos)), n
        return None, 0

    def named_at(self, view: WordView, i: int) -> tuple[str | None, str | None, int]:
        """(country, organisation, words used) for a KB country or organisation name at ``i``."""
        for n in range(min(_MAX_NAME_WORDS, len(view) - i), 0, -1):
            if (i + n - 1) not in view.last_of:
                continue
            entries = self.kb.names.get(" ".join(view.words[i:i + n]))
            if not entries:
                continue
            ids = {e.actor_id for e in entries if e.via in ("name", "alias", "capital")}
            govs = {a[4:] for a in ids if a.startswith("gov:")}
            orgs = {a for a in ids if not a.startswith("gov:") and self.kb.actors[a].kind != "person"}
            if len(govs) == 1 and not orgs:
                return next(iter(govs)), None, n
            if len(orgs) == 1 and not govs:
                return None, next(iter(orgs)), n
        return None, None, 0

    # -- phrases ----------------------------------------------------------------------------
    def find(self, doc: Doc) -> list[RoleMatch]:
        view = WordView.of(doc)
        found: list[RoleMatch] = []
        i = 0
        while i < len(view):
            match, next_i = self._at(view, i) if i in view.first_of else (None, i + 1)
            if match:
                found.append(match)
            i = max(next_i, i + 1)
        return found

    def _at(self, view: WordView, i: int) -> tuple[RoleMatch | None, int]:
        w = view.words
        former = False
        start = i
        while i < len(view) and w[i] in self.former_words:
            former, i = True, i + 1
        if i >= len(view):
            return None, i
        if w[i] in self.counterparts:
            return self._counterpart(view, start, i, former)
        country, used = self.demonym_at(view, i)
        if not used and self.language == "en":
            country, _org, used = self.named_at(view, i)
            # "Russia's foreign minister": the name then the possessive 's.
            if used and not (i + used < len(view) and w[i + used] == "s"):
                country, used = None, 0
            elif used:
                used += 1
        j = i + used
        for title in self.titles.get(w[j] if j < len(view) else "", ()):
            end, inner = self._title_at(view, j, title, allow_demonym=country is None)
            if end is None:
                continue
            country = country or inner
            organization = None
            if country is None:
                end2, country, organization = self._after(view, end)
                end = end2
            tok_start = view.owner[start]
            tok_end = view.owner[end - 1] + 1
            return RoleMatch(tok_start, tok_end, title.role, country, organization,
                             title.countries, former), end
        return None, i + 1

    def _title_at(self, view: WordView, j: int, title: Title, allow_demonym: bool):
        """End word of ``title`` at ``j`` and a demonym met inside or right after it."""
        w = view.words
        k, country = j, None
        for n, word in enumerate(title.words):
            if n > 0 and allow_demonym and country is None and k < len(view) and w[k] != word:
                country, used = self.demonym_at(view, k)
                k += used
            if k >= len(view) or w[k] != word:
                return None, None
            k += 1
        if (k - 1) not in view.last_of:
            return None, None
        if allow_demonym and country is None:
            country, used = self.demonym_at(view, k)
            k += used
        return k, country

    def _after(self, view: WordView, k: int) -> tuple[int, str | None, str | None]:
        """'de la Russie', 'of France', "de l'Otan" after a title."""
        w = view.words
        if k < len(view) and w[k] in self.of_words:
            m = k + 1
            while m < len(view) and w[m] in DETERMINERS:
                m += 1
            country, organization, used = self.named_at(view, m)
            if used:
                return m + used, country, organization
        return k, None, None

    def _counterpart(self, view: WordView, start: int, i: int, former: bool):
        country, used = self.demonym_at(view, i + 1)
        end = i + 1 + used
        if not used:
            end, country, _org = self._after(view, i + 1)
        if not country and start > 0:      # "his Belarusian counterpart"
            country, used = self.demonym_at(view, i - 1)
            if used:
                start = i - used
        return RoleMatch(view.owner[start], view.owner[end - 1] + 1, None, country,
                         former=former), end
