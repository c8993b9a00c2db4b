"""Named entities the base does not know (spaCy PER/ORG, and MISC that read as people),
and caption blocks: provisional actors with a kind and a country guessed from context."""
from __future__ import annotations

from spacy.tokens import Span

from . import provisional
from .descriptions import descriptions
from .kb import PARTICLES
from .normalize import fold, key, words
from .rules import first_names

_PERSON_LABELS = ("PER", "PERSON")
_ORG_LABELS = ("ORG",)


class EntityLinking:
    """DocumentLinker's passes over named entities and captions (a mixin: it uses the
    linker's doc, owner, actors, add, free, provisional)."""

    # named entities the base does not know ---------------------------------------------------
    def _entities(self, role_tokens: set[int]) -> tuple[list[Span], list[Span]]:
        """(person names, one-word organisation names): both wait until every full name of
        the article is known, since "Tapper" may be the Jake Tapper of a later line."""
        persons, single_orgs = [], []
        for ent in self.doc.ents:
            span = self._trim(ent, role_tokens)
            if span is None or not self.free(span.start, span.end):
                continue
            if ent.label_ in _PERSON_LABELS and self._looks_like_name(span) or self._person_like(ent, span):
                persons.append(self._extend_name(span))
            elif ent.label_ in _ORG_LABELS and span.text[:1].isupper():
                if len(span) > 1:
                    self._link_organization(span)
                elif span[0].pos_ == "PROPN" or span.text.isupper() or not span[0].is_sent_start:
                    single_orgs.append(span)     # "La Poste", "Solidaires": capitalised mid-sentence
        return persons, single_orgs

    def _link_single_org(self, span: Span) -> None:
        person = self._surname_in_doc(span.text)
        if person:                     # "Trump" tagged ORG when Donald Trump is named here
            self.add(span.start, span.end, person, 0.8, "surname")
        else:
            self._link_organization(span)

    def _trim(self, ent: Span, role_tokens: set[int]) -> Span | None:
        """The entity without courtesy/professional titles, determiners, a role title
        ("président Obama") or edge punctuation."""
        start, end = ent.start, ent.end
        while start < end and (start in role_tokens or self.doc[start].is_punct or self._is_title_word(self.doc[start])
                               or self.doc[start].pos_ == "DET"):
            start += 1
        while end > start and (self.doc[end - 1].is_punct or end - 1 in role_tokens):
            end -= 1
        if end <= start or any(i in role_tokens for i in range(start, end)):
            return None
        return self.doc[start:end]

    def _extend_name(self, span: Span) -> Span:
        """Grow a person name the NER cut short: "Armel Le" + "Cléac'h", "Kito" + "de Pavant"."""
        doc = self.doc

        def capitalised(i: int) -> bool:
            return 0 <= i < len(doc) and doc[i].text[:1].isupper() and not doc[i].is_punct \
                and i not in self.owner and not doc[i].is_sent_start

        start, end = span.start, span.end
        for _ in range(3):
            if end < len(doc) and not doc[end - 1].whitespace_ and doc[end].is_alpha and end not in self.owner:
                end += 1                                   # "Cléac'" + "h"
            elif key(doc[end - 1].text) in PARTICLES and capitalised(end):
                end += 1                                   # "Armel Le" + "Cléac'h"
            elif end + 1 < len(doc) and key(doc[end].text) in PARTICLES and doc[end].text.islower() \
                    and capitalised(end + 1):
                end += 2                                   # "Kito" + "de Pavant"
            else:
                break
        if start >= 2 and key(doc[start - 1].text) in PARTICLES and doc[start - 1].text.islower() \
                and capitalised(start - 2) and doc[start - 2].is_alpha and doc[start - 2].pos_ != "NOUN":
            start -= 2                                     # "Kito de" + "Pavant", not "Assassinat de" + "Antoine …"
        return doc[start:end]

    def _person_like(self, ent: Span, span: Span) -> bool:
        """An entity the NER left unlabelled as a person but that reads as one: a known given
        name followed by capitalised words, or a professional title before it."""
        if ent.label_ in _PERSON_LABELS or ent.label_ in _ORG_LABELS or len(span) < 2:
            return False
        if not all(t.text[:1].isupper() for t in span if t.is_alpha and len(t.text) > 3):
            return False
        titled = span.start > ent.start and self._is_title_word(self.doc[span.start - 1])
        return fold(span[0].text) in first_names() or titled

    @staticmethod
    def _looks_like_name(span: Span) -> bool:
        caps = [t for t in span if t.text[:1].isupper() and t.is_alpha]
        return bool(caps) and (any(t.pos_ == "PROPN" for t in span) or len(caps) >= 2) and len(span) <= 5

    def _link_organization(self, span: Span) -> None:
        name = span.text
        earlier = self._short_form_of(span)
        if earlier:                    # « la Cour d'assises … la Cour »
            self.add(span.start, span.end, earlier, 0.5, "description")
            return
        actor_id = provisional.provisional_id(name)
        kind = provisional.organization_kind(name)
        country = (provisional.country_in(span, self.kb, self.language)
                   or provisional.country_around(span, self.kb, self.language))
        self.provisional(actor_id, name, kind, country)
        self.add(span.start, span.end, actor_id, 0.5, "name")
        self._acronym_after(span, actor_id)

    def _short_form_of(self, span: Span) -> str | None:
        """A one-word name that is an organisation noun (« la Cour », « le Tribunal ») is the
        last organisation named before whose name begins with it; None when there is none."""
        word = fold(span.text)
        if len(span) != 1 or word not in descriptions("organizations", self.language):
            return None
        for found in sorted((f for f in self.found if f.end <= span.start), key=lambda f: -f.start):
            actor = self.actors.get(found.actor_id)
            if actor is not None and actor.kind != "person" and len(actor.name.split()) > 1 \
                    and fold(actor.name.split()[0]) == word:
                return actor.id
        return None

    def _acronym_after(self, span: Span, actor_id: str) -> None:
        """'Centre biélorusse d'études stratégiques (BISS)': the acronym is an alias."""
        doc = self.doc
        if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
            acronym = doc[span.end + 1]
            if acronym.text.isupper() and len(acronym.text) >= 2 and self.free(acronym.i, acronym.i + 1):
                actor = self.actors[actor_id]
                if acronym.text not in actor.aliases:
                    actor.aliases.append(acronym.text)
                self.add(acronym.i, acronym.i + 1, actor_id, 0.5, "alias")

    def _link_unknown_person(self, span: Span) -> None:
        name = span.text
        joined = self._surname_in_doc(name) if len(span) == 1 else self._same_person(span)
        if joined:
            self.add(span.start, span.end, joined, 0.85, "surname")
            return
        country = provisional.country_around(span, self.kb, self.language) or self._affiliation_country(span)
        actor = self.provisional(provisional.provisional_id(name), name, "person", country)
        self.add(span.start, span.end, actor.id, 0.5, "name")

    def _same_person(self, span: Span) -> str | None:
        """'V. Poutine' or 'Vladimir V. Poutine': same surname and first initial as a person here."""
        ws = words(span.text)
        for actor in list(self.actors.values()):
            if actor.kind != "person":
                continue
            for n in [actor.name, *actor.aliases]:
                nws = words(n)
                if len(nws) > 1 and nws[-1] == ws[-1] and nws[0][:1] == ws[0][:1]:
                    return actor.id
        return None

    def _affiliation_country(self, span: Span) -> str | None:
        """'X du Centre biélorusse …': the organisation right after the name gives the country."""
        doc = self.doc
        i = span.end
        while i < len(doc) and i < span.end + 3 and doc[i].pos_ in ("ADP", "DET", "PUNCT"):
            i += 1
        found = self.owner.get(i)
        if found and found.actor_id in self.actors and not self.is_person(found.actor_id):
            return self.actors[found.actor_id].country
        for ent in doc.ents:
            if ent.start == i and ent.label_ in _ORG_LABELS:
                return provisional.country_in(ent, self.kb, self.language)
        return None

    # captions --------------------------------------------------------------------------------
    def _captions(self) -> None:
        for block in self.document.blocks_of("caption"):
            affiliation = block.data.get("affiliation") or {}
            org_country = None
            if affiliation.get("span"):
                span = self._without_acronym(self.doc.char_span(*affiliation["span"], alignment_mode="expand"))
                if span is not None:
                    linked = self.owner.get(span.start)
                    if linked is None and self.free(span.start, span.end):
                        self._link_organization(span)
                        linked = self.owner.get(span.start)
                    if linked and linked.actor_id in self.actors:
                        org_country = self.actors[linked.actor_id].country
            speaker = block.data.get("speaker") or {}
            if speaker.get("span"):
                span = self.doc.char_span(*speaker["span"], alignment_mode="expand")
                if span is not None and self.free(span.start, span.end):
                    joined = self._surname_in_doc(span.text) or self._same_person(span)
                    actor_id = joined or self.provisional(provisional.provisional_id(span.text), span.text,
                                                          "person", org_country).id
                    self.add(span.start, span.end, actor_id, 0.8, "name")
                elif span is not None and org_country:
                    linked = self.owner.get(span.start)
                    if linked and linked.actor_id.startswith(provisional.PREFIX):
                        self.actors[linked.actor_id].country = self.actors[linked.actor_id].country or org_country

    @staticmethod
    def _without_acronym(span: Span | None) -> Span | None:
        """'Centre … stratégiques (BISS)' → the name; the acronym is linked as its alias."""
        if span is not None and len(span) > 3 and span[-1].text == ")" and span[-3].text == "(":
            return span.doc[span.start:span.end - 3]
        return span

