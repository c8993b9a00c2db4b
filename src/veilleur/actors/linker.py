"""Linking and coreference in one document: every name, title, metonymy, demonym and
pronoun that refers to an actor becomes a Mention with a confidence, or nothing when two
readings are equally likely.

Order matters: names and role titles first (they are the evidence), then what leans on
them: ambiguous names, surnames, counterparts ("son homologue biélorusse"), pronouns.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..document import Actor, Document
from . import demonyms as demonym_rules
from . import pronouns, provisional
from .context import Zones, date_window
from .kb import PARTICLES, KbActor, KnowledgeBase
from .mentions import Mention
from .normalize import fold, key, words
from .records import government_id
from .roles import RoleFinder, RoleMatch
from .ruler import NameMatch, gazetteer
from .rules import first_names, role_words, folded_map, folded_set, linking

_PERSON_LABELS = ("PER", "PERSON")
_ORG_LABELS = ("ORG",)


@dataclass
class DocActor:
    """An actor as this document knows it: from the base, or provisional."""

    id: str
    name: str
    kind: str
    country: str | None = None
    wikidata: str | None = None
    cameo: str | None = None
    aliases: list[str] = field(default_factory=list)
    gender: str | None = None


@dataclass(frozen=True)
class Found:
    start: int          # token indices [start, end)
    end: int
    actor_id: str
    confidence: float
    via: str


class DocumentLinker:
    def __init__(self, kb: KnowledgeBase, document: Document, doc: Doc, language: str) -> None:
        self.kb, self.document, self.doc, self.language = kb, document, doc, language
        self.first_day, self.last_day = date_window(document.published)
        self.zones = Zones.of(document)
        self.found: list[Found] = []
        self.owner: dict[int, Found] = {}        # token → the mention covering it
        self.actors: dict[str, DocActor] = {}
        self.deps = set(linking()["agent_dependencies"])
        self._of_words = role_words("of", language)

    # -- bookkeeping --------------------------------------------------------------------------
    def free(self, start: int, end: int) -> bool:
        if any(i in self.owner for i in range(start, end)):
            return False
        span = self.doc[start:end]
        return not self.zones.excludes(span.start_char, span.end_char)

    def add(self, start: int, end: int, actor_id: str, confidence: float, via: str) -> None:
        found = Found(start, end, actor_id, round(confidence, 3), via)
        self.found.append(found)
        for i in range(start, end):
            self.owner[i] = found
        if actor_id not in self.actors and actor_id in self.kb.actors:
            self.actors[actor_id] = self._from_kb(self.kb.actors[actor_id])

    def _from_kb(self, actor: KbActor) -> DocActor:
        name = actor.name(self.language)
        aliases = [n for n in actor.all_names() if n != name][:20]
        return DocActor(actor.id, name, actor.kind, actor.country, actor.wikidata, actor.cameo,
                        aliases, actor.gender)

    def provisional(self, actor_id: str, name: str, kind: str, country: str | None) -> DocActor:
        actor = self.actors.get(actor_id)
        if actor is None:
            cameo = f"{country}{'GOV' if kind in ('government', 'person') else ''}" if country else None
            actor = self.actors[actor_id] = DocActor(actor_id, name, kind, country, cameo=cameo)
        elif name != actor.name and name not in actor.aliases:
            actor.aliases.append(name)
        if country and not actor.country:
            actor.country = country
        return actor

    def is_person(self, actor_id: str) -> bool:
        actor = self.actors.get(actor_id)
        return actor is not None and actor.kind == "person"

    # -- the passes ---------------------------------------------------------------------------
    def link(self) -> None:
        doc = self.doc
        roles = [r for r in RoleFinder(self.kb, self.language).find(doc) if self.free(r.start, r.end)]
        role_tokens = {i for r in roles for i in range(r.start, r.end)}
        later: list[NameMatch] = []
        for match in gazetteer(self.kb).matches(doc):
            if any(i in role_tokens for i in range(match.start, match.end)) or not self.free(match.start, match.end):
                continue
            if not match.entries and self._name_goes_on(match):
                continue                 # "Michel" of "Michel Nouader" is not Charles Michel
            ids = match.actor_ids
            if len(ids) == 1 and not match.surname_of:
                self._link_name(match, ids[0])
            else:
                later.append(match)
        self._captions()
        unknown_persons, single_orgs = self._entities(role_tokens)
        for role in roles:
            if role.role is not None:
                self._link_role(role)
        for actor in demonym_rules.find(doc, self.kb, self.language):
            if self.free(actor.start, actor.end):
                self._link_demonym(actor)
        for match in later:
            self._link_later(match)
        for span in unknown_persons:
            if self.free(span.start, span.end):
                self._link_unknown_person(span)
        for span in single_orgs:
            if self.free(span.start, span.end):
                self._link_single_org(span)
        for role in roles:
            if role.role is None and self.free(role.start, role.end):
                self._link_counterpart(role)
        self._link_pronouns()

    # names -------------------------------------------------------------------------------
    def _link_name(self, match: NameMatch, actor_id: str, confidence: float | None = None) -> None:
        vias = {e.via for e in match.entries if e.actor_id == actor_id}
        via = "name" if "name" in vias else "alias" if "alias" in vias else next(iter(vias), "name")
        kb_actor = self.kb.actors[actor_id]
        if kb_actor.kind == "government" and via in ("name", "alias", "capital"):
            span = self.doc[match.start:match.end]
            if self.is_place(span):
                self.add(match.start, match.end, actor_id, 0.5, "place")
                return
            if via == "capital":
                agent = span.root.dep_ in self.deps
                self.add(match.start, match.end, actor_id, 0.9 if agent else 0.7, "metonymy")
                return
        if via == "seat":
            via = "metonymy"
        self.add(match.start, match.end, actor_id, confidence or (0.95 if via == "name" else 0.9), via)

    def is_place(self, span: Span) -> bool:
        """Is this place name a location here ("à Minsk", "in Moscow") rather than an agent?"""
        root = span.root
        if root.dep_ in self.deps:
            return False
        heads = folded_set("locative_heads", self.language)
        preps = folded_set("locative_prepositions", self.language)
        governor, prep = root.head, None
        case = [c for c in root.children if c.dep_ == "case"]
        if case:
            prep = fold(case[0].text)
        elif root.dep_ == "pobj" and root.head.pos_ == "ADP":
            prep, governor = fold(root.head.text), root.head.head
        if fold(governor.lemma_) in heads and governor.i != root.i:
            return True
        if prep in preps and governor.pos_ in ("VERB", "AUX") and not root.dep_.startswith("nsubj"):
            return True
        # The parser may misattach the phrase; the words before the preposition still tell:
        # "arrivé à Minsk", "À Minsk, …" are places, "soutien à Minsk" is not.
        doc, before = span.doc, span.start - 1
        if before < 0 or fold(doc[before].text) not in preps:
            return False
        word = doc[before - 1] if before > 0 else None
        return (word is None or word.is_punct or word.is_sent_end or doc[before].is_sent_start
                or word.pos_ in ("VERB", "AUX") or fold(word.lemma_) in heads)

    def _link_later(self, match: NameMatch) -> None:
        """A name several actors share, or a surname that is also a name ('Hollande')."""
        if not self.free(match.start, match.end):
            return
        in_doc = [a for a in match.actor_ids if a in self.actors]
        persons = [p for p in match.surname_of if p in self.actors]
        candidates = list(dict.fromkeys(in_doc + persons))
        if len(candidates) == 1:
            via = "surname" if candidates[0] in persons and candidates[0] not in in_doc else None
            if via:
                self.add(match.start, match.end, candidates[0], 0.85, via)
            else:
                self._link_name(match, candidates[0], 0.8)
            return
        if candidates:
            return                       # two actors of this article share the name: no link
        if match.entries:
            ids = match.actor_ids
            if len(ids) == 1:
                self._link_name(match, ids[0], 0.8)
            return
        joined = self._surname_in_doc(self.doc[match.start:match.end].text)
        if joined:
            self.add(match.start, match.end, joined, 0.9, "surname")
        elif len(match.surname_of) == 1:
            self.add(match.start, match.end, next(iter(match.surname_of)), 0.7, "surname")

    def _name_goes_on(self, match: NameMatch) -> bool:
        """Is this word part of a longer name (the next or previous word capitalised)?"""
        doc = self.doc
        for i in (match.end, match.start - 1):
            if 0 <= i < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper() and not doc[i].is_sent_start \
                    and doc[i].pos_ == "PROPN" and not (i == match.start - 1 and self._is_title_word(doc[i])):
                return True
        return False

    def _is_title_word(self, token) -> bool:
        folded = fold(token.text).rstrip(".")
        return folded in folded_set("person_titles", self.language) or folded in folded_map("honorifics", self.language)

    def _surname_in_doc(self, text: str) -> str | None:
        """The one person of this article whose surname (or name's last word) is ``text``."""
        wanted = key(text)
        if not wanted:
            return None
        hits = set()
        for actor in self.actors.values():
            if actor.kind != "person":
                continue
            names = [actor.name, *actor.aliases]
            if any(len(words(n)) > 1 and " ".join(words(n)).endswith(" " + wanted) for n in names):
                hits.add(actor.id)
        return next(iter(hits)) if len(hits) == 1 else None

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
                and capitalised(start - 2) and doc[start - 2].is_alpha:
            start -= 2                                     # "Kito de" + "Pavant"
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
        actor_id = provisional.provisional_id(name)
        kind = provisional.organization_kind(name)
        country = (provisional.country_in(span, self.kb, self.language)
                   or provisional.country_around(span, self.kb, self.language))
        self.provisional(actor_id, name, kind, country)
        self.add(span.start, span.end, actor_id, 0.5, "name")
        self._acronym_after(span, actor_id)

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

    # roles -----------------------------------------------------------------------------------
    def _adjacent_person(self, role: RoleMatch) -> str | None:
        """'le président russe Vladimir Poutine', 'Vladimir Poutine, le président russe'."""
        doc = self.doc
        after = role.end + (1 if role.end < len(doc) and doc[role.end].text == "," else 0)
        found = self.owner.get(after)
        if found and found.start == after and self.is_person(found.actor_id):
            return found.actor_id
        before = role.start - 1
        while before >= 0 and doc[before].pos_ == "DET":
            before -= 1
        if before >= 1 and doc[before].text == ",":
            found = self.owner.get(before - 1)
            if found and self.is_person(found.actor_id):
                return found.actor_id
        return None

    def _sole_holder_ever(self, role: str, scope: str) -> bool:
        """Without a date, only an office the base knows one holder of can be resolved."""
        return len({actor_id for actor_id, _ in self.kb.holders.get((role, scope), ())}) == 1

    def holders(self, role: str, scope: str) -> list[str]:
        return self.kb.holders_at(role, scope, self.first_day, self.last_day)

    def _link_role(self, role: RoleMatch) -> None:
        named = self._adjacent_person(role)
        if named:
            self.add(role.start, role.end, named, 0.9, "title")
            return
        if role.former:
            return                      # a former holder: only a name says who
        dated = self.first_day is not None
        scope = role.organization or role.country
        if scope is None and len(role.countries) == 1 and self.language == "en":
            scope = role.countries[0]
        if role.countries and role.country and role.country not in role.countries:
            return
        if scope is not None:
            ids = self.holders(role.role, scope)
            if len(ids) == 1 and (dated or self._sole_holder_ever(role.role, scope)):
                self.add(role.start, role.end, ids[0], 0.85 if dated else 0.6, "role")
            elif not ids and role.country:
                # Nobody in the base: a provisional actor for this office in that country.
                text = self.doc[role.start:role.end].text
                actor = self.provisional(f"role:{role.role}:{role.country}", text, "person", role.country)
                self.add(role.start, role.end, actor.id, 0.5, "role")
            return
        # No country: the last person of this article holding that role ("le président").
        for found in reversed([f for f in self.found if f.end <= role.start]):
            actor = self.kb.actors.get(found.actor_id)
            if actor and any(r.role == role.role and self._held(r) for r in actor.roles):
                self.add(role.start, role.end, actor.id, 0.6, "title")
                return
        # Else the article's own country ("le président de la République" in a story on
        # France), unless a complement says whose ("le président du club").
        home = self.home_country()
        if home and not self._has_complement(role.end):
            ids = self.holders(role.role, home)
            if len(ids) == 1 and (self.first_day or self._sole_holder_ever(role.role, home)):
                self.add(role.start, role.end, ids[0], 0.5, "role")

    def _has_complement(self, i: int) -> bool:
        """'du club', "de l'entreprise" after a title: whose office it is, said in words."""
        doc = self.doc
        if i >= len(doc) or fold(doc[i].text) not in self._of_words:
            return False
        j = i + 1
        while j < len(doc) and doc[j].pos_ == "DET":
            j += 1
        return j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN")

    def home_country(self) -> str | None:
        """The country this article names most often (None on a tie)."""
        counts: dict[str, int] = {}
        for found in self.found:
            if found.actor_id.startswith("gov:"):
                counts[found.actor_id[4:]] = counts.get(found.actor_id[4:], 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None
        return ranked[0][0]

    def _held(self, held) -> bool:
        if self.first_day is None:
            return held.end is None
        return held.overlaps(self.first_day, self.last_day)

    def _link_counterpart(self, role: RoleMatch) -> None:
        """'son homologue biélorusse': same role as the nearest office holder, in that country."""
        if role.country is None:
            return
        sent = self.doc[role.start].sent
        nearby = sorted((f for f in self.found if self.is_person(f.actor_id) and f.start >= sent.start - 60
                         and f.end <= sent.end and f.start != role.start),
                        key=lambda f: (not (sent.start <= f.start < sent.end), abs(f.start - role.start)))
        for found in nearby:
            actor = self.kb.actors.get(found.actor_id)
            if actor is None:
                continue
            for held in actor.roles:
                if held.country and held.country != role.country and self._held(held):
                    ids = self.holders(held.role, role.country)
                    if len(ids) == 1:
                        self.add(role.start, role.end, ids[0], 0.75, "role")
                    return

    # demonyms ------------------------------------------------------------------------------
    def _link_demonym(self, actor: demonym_rules.DemonymActor) -> None:
        if actor.target.startswith("bloc:"):
            if actor.target in self.kb.actors:
                self.add(actor.start, actor.end, actor.target, actor.confidence, "demonym")
            return
        iso = actor.target
        if government_id(iso) not in self.kb.actors:
            return
        if actor.group:
            text = self.doc[actor.start:actor.end].text
            doc_actor = self.provisional(provisional.provisional_id(actor.group), text, actor.kind, iso)
            self.add(actor.start, actor.end, doc_actor.id, actor.confidence, "demonym")
            return
        if actor.kind == "government":
            self.add(actor.start, actor.end, government_id(iso), actor.confidence, "demonym")
            return
        prefix = linking()["institution_ids"][actor.kind]
        template = linking()["institution_names"][actor.kind].get(self.language) or "{country}"
        name = template.format(country=self.kb.countries[iso].name(self.language))
        doc_actor = self.provisional(f"{prefix}:{iso}", name, actor.kind, iso)
        doc_actor.cameo = f"{self.kb.countries[iso].cameo}{ {'military': 'MIL', 'police': 'COP', 'legislature': 'LEG', 'judiciary': 'JUD', 'civilians': 'CVL'}.get(actor.kind, '')}"
        self.add(actor.start, actor.end, doc_actor.id, actor.confidence, "demonym")

    # pronouns ------------------------------------------------------------------------------
    def gender_of(self, actor_id: str | None) -> str | None:
        if actor_id is None:
            return None
        actor = self.actors.get(actor_id)
        if actor is None:
            return None
        if actor.gender:
            return actor.gender
        honorifics = folded_map("honorifics", self.language)
        for found in self.found:
            if found.actor_id == actor_id and found.start > 0:
                prev = fold(self.doc[found.start - 1].text).rstrip(".")
                if prev in honorifics:
                    actor.gender = honorifics[prev]
                    return actor.gender
        given = words(actor.name)[:1]
        if actor.kind == "person" and given and len(words(actor.name)) > 1:
            actor.gender = first_names().get(given[0])
        return actor.gender

    def _link_pronouns(self) -> None:
        person_at = {i: f.actor_id for i, f in self.owner.items() if self.is_person(f.actor_id)}
        for i, (actor_id, confidence) in pronouns.resolve(self.doc, self.language, person_at, self.gender_of).items():
            if self.free(i, i + 1):
                self.add(i, i + 1, actor_id, confidence, "pronoun")

    # results -------------------------------------------------------------------------------
    def mentions(self) -> list[Mention]:
        doc = self.doc
        return [Mention(doc[f.start].idx, doc[f.end - 1].idx + len(doc[f.end - 1].text), f.actor_id,
                        f.confidence, f.via) for f in sorted(self.found, key=lambda f: f.start)]

    def _guess_missing_countries(self) -> None:
        """Provisional people and organisations with no clue of their own belong, as a
        guess, to the country the article is about."""
        home = self.home_country()
        if not home:
            return
        for actor in self.actors.values():
            if actor.id.startswith(provisional.PREFIX) and actor.country is None:
                actor.country = home
                actor.cameo = actor.cameo or (f"{home}GOV" if actor.kind == "person" else None)

    def contract_actors(self) -> list[Actor]:
        self._guess_missing_countries()
        spans: dict[str, list[tuple[int, int]]] = {}
        for m in self.mentions():
            spans.setdefault(m.actor_id, []).append((m.start, m.end))
        out = []
        for actor_id, mention_spans in spans.items():
            a = self.actors[actor_id]
            out.append(Actor(a.id, a.name, a.kind, list(a.aliases), a.country, a.wikidata, a.cameo,
                             sorted(mention_spans)))
        return out
