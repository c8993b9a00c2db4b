"""Find the knowledge base's names in a parsed Doc (the actors' entity ruler).

Matching runs on folded words (case, accents and apostrophes ignored), so "OTAN", "l'Otan"
and "Otan" meet one key; case is then checked against how the data writes the name
(acronyms stay upper case, proper names capitalised), so "eu" (avoir) is never the EU.
The compiled gazetteer is built once per knowledge base and cached.
"""
from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .kb import AliasEntry, KnowledgeBase
from .normalize import DETERMINERS, key
from .wordview import WordView

MAX_WORDS = 12


@dataclass(frozen=True)
class NameMatch:
    start: int              # token indices [start, end)
    end: int
    start_char: int
    end_char: int
    entries: tuple[AliasEntry, ...]       # KB names matching here (may be several actors)
    surname_of: frozenset[str]            # persons whose surname this is

    @property
    def actor_ids(self) -> list[str]:
        """The actors named here; a proper name outranks a metonymy (the Kremlin as an
        organisation of its own beats the Kremlin as a seat of the Russian state)."""
        proper = [e.actor_id for e in self.entries if e.via in ("name", "alias")]
        return list(dict.fromkeys(proper or [e.actor_id for e in self.entries]))


class Gazetteer:
    """Every KB name and surname as word tuples, with the prefixes that may grow into one."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.prefixes: set[tuple[str, ...]] = set()
        self.keys: dict[tuple[str, ...], str] = {}
        for k in list(kb.names) + list(kb.surnames):
            ws = tuple(k.split())
            if not ws or len(ws) > MAX_WORDS:
                continue
            self.keys[ws] = k
            for n in range(1, len(ws) + 1):
                self.prefixes.add(ws[:n])

    def matches(self, doc: Doc) -> list[NameMatch]:
        view = WordView.of(doc)
        found: list[NameMatch] = []
        i = 0
        while i < len(view):
            match = self._longest_at(doc, view, i) if i in view.first_of else None
            if match is None:
                i += 1
                continue
            found.append(match)
            while i < len(view) and view.owner[i] < match.end:
                i += 1
        return found

    def _longest_at(self, doc: Doc, view: WordView, i: int) -> NameMatch | None:
        flat, owner = view.words, view.owner
        ends = []
        j = i
        while j < len(flat) and j - i < MAX_WORDS and tuple(flat[i:j + 1]) in self.prefixes:
            if j in view.last_of and tuple(flat[i:j + 1]) in self.keys:
                ends.append(j)
            j += 1
        for j in reversed(ends):
            start_tok, end_tok = doc[owner[i]], doc[owner[j]]
            span = doc[start_tok.i:end_tok.i + 1]
            k = self.keys[tuple(flat[i:j + 1])]
            # A one-word name that is also a function word ("In", "Le") is that word.
            stop = len(span) == 1 and span[0].is_stop and not (len(span.text) > 1 and span.text.isupper())
            entries = tuple(e for e in self.kb.names.get(k, ()) if case_fits(e, span.text) and not stop)
            surname_of = frozenset(self.kb.surnames.get(k, ())) if _capitalised(span.text) and not stop else frozenset()
            if entries or surname_of:
                return NameMatch(span.start, span.end, span.start_char, span.end_char, entries, surname_of)
        return None


def _capitalised(text: str) -> bool:
    return text[:1].isupper() or text[:1].isdigit()


def case_fits(entry: AliasEntry, text: str) -> bool:
    """Does the text's case agree with how the data writes this name?"""
    if any(c.isupper() for c in entry.surface[1:]) and " " not in entry.surface and not entry.acronym:
        # Mixed case ("LeT", "eBay") is written exactly so; "Let" is a verb.
        return text == entry.surface or text.isupper() and len(text) > 3
    if entry.acronym:
        letters = [c for c in text if c.isalpha()]
        if all(c.isupper() for c in letters):
            return True
        # "Otan", "Onu": long acronyms are also written as names in French.
        return len(letters) >= 4 and _capitalised(text)
    if _capitalised(_without_determiners(entry.surface)):
        return _capitalised(text)
    return True


def _without_determiners(surface: str) -> str:
    """'the States' → 'States': the name's case is that of its first real word."""
    parts = surface.split()
    while len(parts) > 1 and key(parts[0]) in DETERMINERS:
        parts = parts[1:]
    text = " ".join(parts)
    return text[2:] if text[:2].lower() in ("l'", "d'") else text


_gazetteers: "weakref.WeakKeyDictionary[KnowledgeBase, Gazetteer]" = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def gazetteer(kb: KnowledgeBase) -> Gazetteer:
    with _lock:
        g = _gazetteers.get(kb)
        if g is None:
            g = _gazetteers[kb] = Gazetteer(kb)
    return g


_LABELS = {"person": "PER", "government": "LOC", "igo": "ORG"}


@Language.factory("veilleur_actor_ruler")
def make_actor_ruler(nlp: Language, name: str) -> "ActorRuler":
    return ActorRuler(nlp.lang)


class ActorRuler:
    """A spaCy component for users outside Veilleur's pipeline (after the parser and NER):
    adds the KB names the statistical NER missed to ``doc.ents`` and leaves the actors
    stage's linking in ``doc.user_data["veilleur_mentions"]`` (a MentionIndex, which the
    ``veilleur_events`` component reads) and ``doc.user_data["veilleur_actors"]``."""

    def __init__(self, language: str) -> None:
        self.language = language

    def __call__(self, doc: Doc) -> Doc:
        from ..document import Document
        from .kb import load_kb
        from .linker import DocumentLinker
        from .mentions import MentionIndex

        kb = load_kb()
        spans = []
        for m in gazetteer(kb).matches(doc):
            kinds = {kb.actors[a].kind for a in m.actor_ids if a in kb.actors}
            label = _LABELS.get(next(iter(kinds)), "ORG") if len(kinds) == 1 else "PER" if m.surname_of else None
            if label:
                spans.append(Span(doc, m.start, m.end, label=label))
        if doc.has_annotation("DEP"):
            document = Document(source="<doc>", text=doc.text, language=self.language,
                                published=doc.user_data.get("published"))
            linker = DocumentLinker(kb, document, doc, self.language)
            linker.link()
            doc.user_data["veilleur_mentions"] = MentionIndex(linker.mentions())
            doc.user_data["veilleur_actors"] = [a.to_dict() for a in linker.contract_actors()]
        doc.ents = filter_spans(list(doc.ents) + spans)
        return doc
