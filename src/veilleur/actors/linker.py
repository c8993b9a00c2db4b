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
from . import groups, pronouns, provisional
from .context import Zones, date_window
from .descriptions import DescriptionLinking
from .entities import EntityLinking
from .kb import KbActor, KnowledgeBase
from .mentions import Mention
from .normalize import fold, key, words
from .provisional import cameo_for
from .records import government_id
from .role_linking import RoleLinking
from .roles import RoleFinder
from .ruler import NameMatch, gazetteer
from .rules import first_names, folded_map, folded_set, linking, role_words


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


class DocumentLinker(EntityLinking, RoleLinking, DescriptionLinking):
    def __init__(self, kb: KnowledgeBase, document: Document, doc: Doc, language: str) -> None:
        self.kb, self.document, self.doc, self.language = kb, document, doc, language
        self.first_day, self.last_day = date_window(document.published)
        self.zones = Zones.of(document)
        self.found: list[Found] = []
        self.owner: dict[int, Found] = {}        # token → the mention covering it
        self.pending_persons: list[Span] = []     # unknown person names not linked yet
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
        name = actor.name_at(self.language, self.first_day)    # "UMP" in 2012, not "Les Républicains"
        aliases = [n for n in actor.all_names() if n != name][:20]
        return DocActor(actor.id, name, actor.kind, actor.country, actor.wikidata, actor.cameo,
                        aliases, actor.gender)

    def provisional(self, actor_id: str, name: str, kind: str, country: str | None) -> DocActor:
        actor = self.actors.get(actor_id)
        if actor is None:
            actor = self.actors[actor_id] = DocActor(actor_id, name, kind, country, cameo=cameo_for(country, kind))
        elif name != actor.name and name not in actor.aliases:
            actor.aliases.append(name)
        if country and not actor.country:
            actor.country, actor.cameo = country, cameo_for(country, actor.kind)
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
        matches = gazetteer(self.kb).matches(doc)
        namesakes = self._namesakes(matches)
        for match in matches:
            if any(i in role_tokens for i in range(match.start, match.end)) or not self.free(match.start, match.end):
                continue
            if not match.entries and self._name_goes_on(match):
                continue                 # "Michel" of "Michel Nouader" is not Charles Michel
            if self._surname_alias(match) in namesakes:
                continue                 # "Yvan Colonna" here: no "Colonna" is Catherine Colonna
            ids = match.actor_ids
            if len(ids) == 1 and not match.surname_of:
                self._link_name(match, ids[0])
            else:
                later.append(match)
        self._captions()
        unknown_persons, single_orgs = self._entities(role_tokens)
        self.pending_persons = unknown_persons      # a title beside one of them is that person's
        for role in roles:
            if role.role is not None:
                self._link_role(role)
        for actor in demonym_rules.find(doc, self.kb, self.language):
            if self.free(actor.start, actor.end):
                self._link_demonym(actor)
        # Shared names first; bare surnames once every full name of the article is known
        # ("Colonna" is the Yvan Colonna of this article, not a namesake of the base).
        for match in later:
            if match.entries:
                self._link_later(match)
        bare = {(m.start, m.end) for m in later if not m.entries}
        for span in unknown_persons:
            if self.free(span.start, span.end) and (span.start, span.end) not in bare:
                self._link_unknown_person(span)
        for match in later:
            if not match.entries:
                self._link_later(match)
        for span in unknown_persons:      # bare surnames nobody here or in office bears
            if self.free(span.start, span.end):
                self._link_unknown_person(span)
        for span in single_orgs:
            if self.free(span.start, span.end):
                self._link_single_org(span)
        for role in roles:
            if role.role is None and self.free(role.start, role.end):
                self._link_counterpart(role)
        self._link_repeated_names()
        self._link_descriptions()
        groups.link(self)                # « l'État », « la gauche », « des hackers »
        self._link_pronouns()

    # names -------------------------------------------------------------------------------
    def _link_name(self, match: NameMatch, actor_id: str, confidence: float | None = None) -> None:
        vias = {e.via for e in match.entries if e.actor_id == actor_id}
        via = "name" if "name" in vias else "alias" if "alias" in vias else next(iter(vias), "name")
        kb_actor = self.kb.actors[actor_id]
        if kb_actor.kind == "government" and via in ("name", "alias", "capital"):
            span = self.doc[match.start:match.end]
            if self._inside_organization_name(span):
                return                   # "France Télécom", "le Groupe France Télécom": an organisation
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

    def _surname_alias(self, match: NameMatch) -> str | None:
        """The one person a one-word name of the base stands for ("Colonna"), else None."""
        ids = match.actor_ids
        if match.end - match.start != 1 or len(ids) != 1 or self.kb.actors[ids[0]].kind != "person":
            return None
        return ids[0]

    def _namesakes(self, matches: list[NameMatch]) -> set[str]:
        """Persons of the base whose surname the article gives another first name:
        "Yvan Colonna" is not Catherine Colonna, so neither is a bare "Colonna" here."""
        out = set()
        for match in matches:
            person = self._surname_alias(match)
            if person is None or match.start == 0:
                continue
            before = self.doc[match.start - 1]
            if not (before.is_alpha and before.text[:1].isupper() and before.pos_ == "PROPN") \
                    or self._is_title_word(before):
                continue
            actor = self.kb.actors[person]
            given = {words(n)[0] for n in actor.all_names() if len(words(n)) > 1}
            if given and words(before.text)[:1] and words(before.text)[0] not in given:
                out.add(person)
        return out

    def _inside_organization_name(self, span: Span) -> bool:
        """Is this country name one word of a longer organisation name the NER found, beside
        another capitalised word of that name ("France Télécom", "Russia Today", "Air France",
        "Royal Air Maroc")?"""
        doc, nxt, prev = self.doc, span.end, span.start - 1
        if nxt < len(doc) and doc[nxt].text[:1].isupper() and doc[nxt].pos_ == "PROPN":
            return any(e.label_ == "ORG" and e.start <= span.start and e.end > nxt for e in doc.ents)
        if prev >= 0 and doc[prev].is_alpha and doc[prev].text[:1].isupper() and doc[prev].pos_ not in ("DET", "ADP") \
                and not self._is_title_word(doc[prev]):
            return any(e.label_ == "ORG" and e.start <= prev and e.end >= span.end for e in doc.ents)
        return False

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
            return
        # A bare surname the article never introduces: only someone in office at the
        # article's date is that famous ("Poutine", "Obama"), not a namesake in the base.
        in_office = [p for p in match.surname_of if any(self._held(r) for r in self.kb.actors[p].roles)]
        if len(in_office) == 1:
            self.add(match.start, match.end, in_office[0], 0.7, "surname")

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
        self.add_institution(actor.start, actor.end, actor.kind, iso, actor.confidence)

    def add_institution(self, start: int, end: int, kind: str, iso: str, confidence: float) -> None:
        """A country's military, police, legislature, judiciary or population (``mil:RUS``…)."""
        prefix = linking()["institution_ids"][kind]
        template = linking()["institution_names"][kind].get(self.language) or "{country}"
        name = template.format(country=self.kb.countries[iso].name(self.language))
        doc_actor = self.provisional(f"{prefix}:{iso}", name, kind, iso)
        self.add(start, end, doc_actor.id, confidence, "demonym")

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
        thing_at = {i: f.actor_id for i, f in self.owner.items()
                    if not self.is_person(f.actor_id) and f.via not in ("place", "pronoun")}
        for i, (actor_id, confidence) in pronouns.resolve(self.doc, self.language, person_at, self.gender_of,
                                                          thing_at, self.document.blocks).items():
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
        home = groups.article_country(self)
        if not home:
            return
        for actor in self.actors.values():
            if actor.id.startswith(provisional.PREFIX) and actor.country is None:
                actor.country, actor.cameo = home, cameo_for(home, actor.kind)

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
