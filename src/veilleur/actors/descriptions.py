"""Definite descriptions and repeated names: what an article says about an actor after
naming it.

- A provisional actor's name, once found, is that actor wherever the article writes it
  again ("Febelfin" tagged once by the NER and missed the second time).
- "le graphiste portugais Miguel Neiva … le graphiste", "le syndicat SUD-PTT … le
  syndicat": a noun the article put before or beside a name refers back to that actor.
- Definite nouns of data/linking.yaml ``descriptions``: collective institutions of the
  article's country ("la police", "les autorités"), kinds of organisation ("la fédération")
  and occupations ("l'expert") refer to the last such actor named before them.
- Spokespeople ("un porte-parole de la police") speak for the organisation they belong to.
A noun with a complement that says whose it is ("le président du club") is left alone.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from . import provisional
from .normalize import fold
from .records import government_id
from .rules import linking

_DEFINITE = {"le", "la", "les", "l'", "l", "the", "du", "des", "au", "aux", "ce", "cette", "ces", "this", "these"}
_COMPLEMENT_DEPS = {"nmod", "prep", "compound", "appos", "flat:name"}
_CONTRACTED = {"du", "des", "au", "aux"}
_SOURCE_PREPOSITIONS = {"selon", "apres", "d'apres", "par", "according", "by"}
_CLOSING_MARKS = {"»", "”", '"'}
_TARGET_DEPS = {"obj", "obl:arg", "iobj", "dobj", "pobj"}
_PERSON_WINDOW = 6            # sentences back to look for the person an occupation names


@lru_cache(maxsize=None)
def descriptions(section: str, language: str):
    entries = (linking().get("descriptions") or {}).get(section, {}).get(language) or []
    if isinstance(entries, dict):
        return {fold(str(k)): str(v) for k, v in entries.items()}
    return frozenset(fold(str(w)) for w in entries)


def _definite(token: Token) -> Token | None:
    for child in token.lefts:
        if child.dep_ in ("det", "det:poss") and fold(child.text) in _DEFINITE:
            return child
        if child.dep_ == "case" and fold(child.text) in _CONTRACTED:
            return child                 # "des autorités": de + les
    return None


def _preposition(case: Token) -> str:
    """A preposition folded without its elision mark (« d' » → « d »)."""
    return fold(case.text).rstrip("'")


def _quoted_away(subject: Token, verb: Token) -> bool:
    """« … le chimpanzé » a poursuivi l'expert: a "subject" inside the quotation before the
    verb is the parser reaching into the quote."""
    return subject.i < verb.i and any(t.text in _CLOSING_MARKS for t in subject.doc[subject.i + 1:verb.i])


def _possessive(token: Token) -> Token | None:
    """'son' of 'son avocat', 'their' of 'their lawyer'."""
    for child in token.lefts:
        if child.dep_ in ("det", "det:poss", "poss", "nmod:poss") and (
                "Yes" in child.morph.get("Poss") or child.tag_ == "PRP$"):
            return child
    return None


def _indefinite(token: Token) -> Token | None:
    for child in token.lefts:
        if child.dep_ == "det":
            return child
    return None


class DescriptionLinking:
    """DocumentLinker's passes over repeated names and definite descriptions (a mixin)."""

    # repeated names ---------------------------------------------------------------------------
    def _link_repeated_names(self) -> None:
        text = self.document.text
        for actor in list(self.actors.values()):
            if not actor.id.startswith(provisional.PREFIX) or actor.kind == "person":
                continue
            for name in {actor.name, *actor.aliases}:
                if len(name) < 3 or not name[:1].isupper():
                    continue
                for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
                    span = self.doc.char_span(m.start(), m.end())
                    if span is not None and self.free(span.start, span.end):
                        self.add(span.start, span.end, actor.id, 0.5, "name")

    # descriptions -----------------------------------------------------------------------------
    def _link_descriptions(self) -> None:
        lang = self.language
        collective = descriptions("collective", lang)
        org_nouns = descriptions("organizations", lang)
        person_nouns = descriptions("persons", lang)
        spokespeople = descriptions("spokespeople", lang)
        introduced = self._introducing_nouns()
        doc = self.doc
        for tok in doc:
            nominal = tok.pos_ == "NOUN" or tok.pos_ == "ADJ" and tok.dep_ != "amod"   # "la scientifique"
            if not nominal or not self.free(tok.i, tok.i + 1):
                continue
            noun = fold(tok.lemma_)
            if noun in spokespeople or fold(tok.text) in spokespeople:
                continue
            if noun not in introduced and fold(tok.text) in introduced or noun not in org_nouns and fold(tok.text) in org_nouns:
                noun = fold(tok.text)
            det = _definite(tok)
            possessive = _possessive(tok)
            if det is None and possessive is not None:
                self._possessive_description(tok, possessive, noun, introduced, person_nouns, spokespeople)
                continue
            if det is None:
                if noun in org_nouns and self._acting(tok, spokespeople):
                    self._described_organization(tok, org_nouns[noun])
                continue
            if noun in org_nouns and self._named_by_proper_noun(tok) and self._acting(tok, spokespeople):
                self._described_organization(tok, org_nouns[noun])   # "l'université de Caen"
                continue
            if noun in org_nouns and (self._acting(tok, spokespeople) or tok.dep_ in _TARGET_DEPS):
                preps = self._naming_prepositions(tok)
                if preps:         # « la Cour d'assises », « la coordination nationale pour la défense de … »
                    self._described_organization(tok, org_nouns[noun], preps)
                    continue
            earlier = introduced.get(noun)
            known = earlier is not None and earlier[0] < tok.i and tok.dep_ in _TARGET_DEPS
            if self._whose(tok) or not (self._acting(tok, spokespeople) or known):
                continue         # a noun the article gave an actor is that actor as a target too
            start = det.i
            if not self.free(start, tok.i + 1):
                continue
            end = self._np_end(tok)
            actor_id, via = None, "description"
            earlier = introduced.get(noun)
            plural = tok.morph.get("Number") == ["Plur"]     # "des syndicats" is not one union
            if plural and noun not in collective:
                continue
            if earlier and earlier[0] < tok.i:
                actor_id = earlier[1]
            elif noun in org_nouns:
                if self._epithet(tok):
                    continue         # « la firme à la pomme » is a name of its own, not « la firme »
                actor_id = self._last_organization(tok.i, org_nouns[noun], noun, introduced, org_nouns,
                                                   self._country_word(tok))
            elif noun in person_nouns and tok.morph.get("Number") != ["Plur"]:
                actor_id = self._last_person(tok)
            elif noun in collective:
                actor_id, via = self._collective(tok, collective[noun]), "collective"
            if actor_id:
                self.add(start, end, actor_id, 0.6, via)
        for tok in doc:                    # spokespeople, once their organisations are known
            noun = fold(tok.lemma_)
            if tok.pos_ not in ("NOUN", "PROPN") or not (noun in spokespeople or fold(tok.text) in spokespeople):
                continue
            det = _indefinite(tok)
            start = det.i if det is not None else tok.i
            if not self.free(start, tok.i + 1):
                continue
            for child in tok.children:
                if child.dep_ == "prep":      # English "a spokesman for the ministry"
                    child = next((c for c in child.children if c.dep_ == "pobj"), child)
                found = self.owner.get(child.i)
                if child.dep_ in _COMPLEMENT_DEPS | {"pobj"} and found and not self.is_person(found.actor_id):
                    self.add(start, tok.i + 1, found.actor_id, 0.6, "spokesperson")
                    break
                if child.dep_ == "compound" and fold(child.lemma_) in collective and self.free(child.i, child.i + 1):
                    actor_id = self._collective(child, collective[fold(child.lemma_)])   # "a police spokesman"
                    if actor_id:
                        self.add(start, tok.i + 1, actor_id, 0.6, "spokesperson")
                    break

    def _possessive_description(self, tok: Token, det: Token, noun: str, introduced, person_nouns,
                                spokespeople) -> None:
        """'son complice de toujours, Jean Dupont … son complice': the person the article
        introduced with that noun; 'a révélé son avocate': someone the article does not name,
        a provisional person (never the possessor, who is someone else)."""
        if not self._acting(tok, spokespeople) or not self.free(det.i, tok.i + 1):
            return
        end = self._np_end(tok)
        earlier = introduced.get(noun)
        if earlier and earlier[0] < det.i:
            self.add(det.i, end, earlier[1], 0.6, "description")
        elif noun in person_nouns and tok.morph.get("Number") != ["Plur"]:
            actor = self.provisional(provisional.provisional_id(f"{det.text} {tok.text}"), tok.text, "person", None)
            self.add(det.i, end, actor.id, 0.5, "description")

    def _acting(self, tok: Token, spokespeople, depth: int = 0) -> bool:
        """Is the description where an actor stands: a subject or agent, "selon l'expert",
        "par la police", "un porte-parole de la police", an apposition?"""
        if tok.dep_ in self.deps or tok.dep_ in ("appos", "conj"):
            return True
        head = tok.head
        if tok.dep_ in ("obj", "dobj") and head.pos_ == "VERB" and head.i < tok.i \
                and not any(c.dep_.startswith("nsubj") and not _quoted_away(c, head) for c in head.children):
            return True             # an inverted subject parsed as object: "a indiqué la police"
        case = {fold(c.text + "".join(f.text for f in c.children if f.dep_ == "fixed"))
                for c in tok.children if c.dep_ in ("case", "mark")}   # "D'" + fixed "après"
        if case & _SOURCE_PREPOSITIONS:
            return True
        if tok.dep_ == "pobj" and (fold(head.text) in _SOURCE_PREPOSITIONS or fold(head.head.text) == "according"):
            return True             # "by the police", "according to the police"
        if tok.dep_.startswith("nmod") and head.pos_ == "NOUN" and depth == 0 and head.i != tok.i \
                and self._acting(head, spokespeople, 1):
            return True             # "selon les informations des autorités"
        if tok.dep_ == "pobj" and fold(head.head.lemma_) in spokespeople:
            return True             # "a spokesman for the police"
        return head.i != tok.i and (fold(head.lemma_) in spokespeople or fold(head.text) in spokespeople)

    def _naming_prepositions(self, tok: Token) -> frozenset[str]:
        """The prepositions whose complement makes a definite organisation noun a body's
        name: "de" after a capitalised noun in mid-sentence (« la Cour d'assises », « le
        Tribunal de commerce »), and a purpose (« la coordination pour la défense de … »);
        none for a plain description."""
        purpose = descriptions("naming_prepositions", self.language)
        preps = {_preposition(g) for c in tok.rights if c.dep_.startswith("nmod")
                 for g in c.children if g.dep_ == "case"}
        if preps & purpose:
            return frozenset(purpose | self._of_words)
        if tok.text[:1].isupper() and not tok.is_sent_start and preps & self._of_words:
            return frozenset(self._of_words)
        return frozenset()

    def _described_organization(self, tok: Token, kind: str, preps: frozenset[str] | None = None) -> None:
        """'selon un collectif de défense des droits des femmes': an organisation the article
        describes without naming it is a provisional actor named by that description."""
        det = next((c for c in tok.lefts if c.dep_ == "det"), None)
        preps = preps or self._of_words
        complement = [c for c in tok.rights if c.dep_.startswith("nmod")
                      and any(_preposition(g) in preps for g in c.children if g.dep_ == "case")]
        if det is None or not complement:
            return
        end = max(t.i for t in complement[0].subtree) + 1
        # « deux des plus importantes associations »: the numeral picks a part of the group
        start = min([det.i, *(c.i for c in tok.lefts if c.dep_ == "nummod" and c.i < det.i)])
        if end - tok.i > 10 or not self.free(start, end):
            return
        name = self.doc[tok.i:end].text
        actor = self.provisional(provisional.provisional_id(self.doc[start:end].text if start < det.i else name),
                                 name, kind, None)
        self.add(start, end, actor.id, 0.5, "description")

    def _named_by_proper_noun(self, tok: Token) -> bool:
        """'l'université de Caen', 'la fédération de Bavière': a "de" complement that is a
        name no other actor holds makes the description the organisation's name."""
        return any(c.dep_.startswith("nmod") and c.pos_ == "PROPN" and c.i > tok.i
                   and any(fold(g.text) in self._of_words for g in c.children if g.dep_ == "case")
                   for c in tok.children)

    def _np_end(self, tok: Token) -> int:
        """The description's end: the noun and the adjectives right after it."""
        end = tok.i + 1
        while end < len(self.doc) and self.doc[end].dep_ == "amod" and self.doc[end].head.i == tok.i \
                and self.free(end, end + 1):
            end += 1
        return end

    def _whose(self, tok: Token) -> bool:
        """Does a complement, a name or a country word say whose this noun is ("la police de
        la ville", "le président du club", "the police of Lyon", "leur avocat")?"""
        for child in tok.children:
            if child.dep_ in ("nmod:poss", "poss"):
                return True
            if child.dep_ == "amod" and child.i in self.owner:
                return True
            if child.i < tok.i:
                continue
            if child.dep_ in ("appos", "flat:name", "compound") or child.pos_ == "PROPN" and child.i <= tok.i + 2:
                return True
            if child.dep_.startswith("nmod") and any(fold(c.text) in self._of_words for c in child.children if c.dep_ == "case"):
                return True
            if child.dep_ == "prep" and fold(child.text) in self._of_words:
                return True
        return False

    def _introducing_nouns(self) -> dict[str, tuple[int, str]]:
        """Nouns the article put before or beside an actor's name: 'le graphiste portugais
        Miguel Neiva', 'le syndicat SUD-PTT', 'la fédération des banques, Febelfin'."""
        doc = self.doc
        out: dict[str, tuple[int, str]] = {}
        for found in sorted(self.found, key=lambda f: f.start):
            if found.via not in ("name", "alias") or found.actor_id.startswith("gov:"):
                continue
            head = doc[found.start].head
            i = found.start - 1
            while i >= 0 and doc[i].pos_ == "ADJ":
                i -= 1
            candidates = []
            if i >= 0 and doc[i].pos_ == "NOUN" and _definite(doc[i]) is not None:
                candidates.append(doc[i])
            if doc[found.start].dep_ == "appos" and head.pos_ == "NOUN":
                candidates.append(head)
            if self.is_person(found.actor_id):
                candidates += self._said_of_person(found)
            described = self._described_before(found)
            if described is not None:
                candidates.append(described)
                det = _definite(described)
                if det is not None and self.free(det.i, found.start - 1):
                    self.add(det.i, found.start - 1, found.actor_id, 0.7, "description")
            for noun in candidates:
                if noun.i in self.owner and self.owner[noun.i].actor_id != found.actor_id:
                    continue
                key_ = fold(noun.lemma_)
                if key_ not in out:
                    out[key_] = (noun.i, found.actor_id)
        return out

    def _said_of_person(self, found) -> list[Token]:
        """"Jean Dupont, avocat de …" (an apposition right after the name) and "il était
        l'avocat de …" (the predicate of a clause whose subject is the person)."""
        doc = self.doc
        out = []
        if found.end + 1 < len(doc) and doc[found.end].text == "," and doc[found.end + 1].pos_ == "NOUN" \
                and doc[found.end + 1].dep_ == "appos":
            out.append(doc[found.end + 1])
        subject = doc[found.start:found.end].root
        head = subject.head
        if subject.dep_ == "nsubj" and head.pos_ == "NOUN" and head.i > subject.i \
                and any(c.dep_ == "cop" for c in head.children):
            out.append(head)
        return out

    def _described_before(self, found) -> Token | None:
        """'la fédération des banques, Febelfin, …': the definite (or possessive) noun phrase
        just before a name set off by commas describes it."""
        doc = self.doc
        if found.start < 3 or doc[found.start - 1].text != "," or (found.end < len(doc) and doc[found.end].text not in ",.;:»)"):
            return None
        tok = doc[found.start - 2]
        while tok.dep_ in ("nmod", "amod") and tok.head.i < tok.i and tok.head.i >= found.start - 8:
            tok = tok.head
        if tok.pos_ != "NOUN" and doc[found.start].head.i < found.start:
            tok = doc[found.start].head      # "son complice de toujours, Jean Dupont": the name hangs on it
        i = found.start - 2
        while tok.pos_ != "NOUN" and i > found.start - 5 and doc[i].pos_ in ("ADV", "ADP", "ADJ"):
            i -= 1                           # the same when the parser has cut the phrase off
            tok = doc[i]
        if tok.pos_ != "NOUN" or (_definite(tok) or _possessive(tok)) is None or tok.i < found.start - 8:
            return None   # "son complice de toujours, Jean Dupont" describes him too
        return tok

    def _epithet(self, tok: Token) -> bool:
        """Does a prepositional complement other than "de" make this organisation noun an
        epithet (« la firme à la pomme », « la société au losange »)? Its referent is known
        from the base's aliases, never as "the last company"."""
        return any(c.dep_.startswith("nmod") and c.i > tok.i and any(
            g.dep_ == "case" and fold(g.text) not in self._of_words for g in c.children)
            for c in tok.children)

    def _country_word(self, tok: Token) -> frozenset[str]:
        """The countries a demonym adjective of the description may name (« la société
        coréenne »: either Korea)."""
        for adj in (c for c in tok.children if c.dep_ == "amod"):
            isos = self.kb.demonym_countries(adj.text)
            if isos:
                return frozenset(isos)
        return frozenset()

    def _last_organization(self, before: int, kind: str, noun: str, introduced, org_nouns,
                           countries: frozenset[str] = frozenset()) -> str | None:
        """The last organisation of that kind named before; failing one, the most named
        organisation of unknown kind (a provisional one the base cannot type). A country
        word in the description rules out organisations of another known country."""
        # an actor introduced as "le syndicat X" is of that noun's kind, whatever its name
        kinds = {actor_id: org_nouns[n] for n, (_, actor_id) in introduced.items() if n in org_nouns}
        counts: dict[str, int] = {}
        for found in sorted((f for f in self.found if f.end <= before), key=lambda f: -f.start):
            actor = self.actors.get(found.actor_id)
            if actor is None or actor.kind == "person" or found.via == "place":
                continue
            if countries and actor.country and actor.country not in countries:
                continue         # « la société coréenne » is not a company the article placed elsewhere
            if actor.kind == kind or kinds.get(actor.id) == kind or noun in fold(actor.name).split():
                return actor.id
            if actor.kind == "other" and actor.id.startswith(provisional.PREFIX) and actor.id not in kinds:
                counts[actor.id] = counts.get(actor.id, 0) + 1
        if not counts:
            return None
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])      # most named; recency breaks ties
        return ranked[0][0]

    def _last_person(self, tok: Token) -> str | None:
        sents = list(self.doc.sents)
        sent_start = tok.sent.start
        index = next((k for k, s in enumerate(sents) if s.start == sent_start), 0)
        floor = sents[max(0, index - _PERSON_WINDOW)].start
        det = _definite(tok)          # "la spécialiste": the article tells an epicene noun's gender
        gender = (det.morph.get("Gender") if det is not None else None) or tok.morph.get("Gender")
        wanted = {"Masc": "m", "Fem": "f"}.get(gender[0]) if gender else None
        recent = [f.actor_id for f in sorted((f for f in self.found if floor <= f.start and f.end <= tok.i),
                                             key=lambda f: -f.start) if self.is_person(f.actor_id)]
        for actor_id in recent:
            have = self.gender_of(actor_id)
            if wanted and have and have != wanted:
                continue
            return actor_id
        if wanted == "m" and recent:
            return recent[0]   # "l'expert" is also said of a woman (generic masculine); "l'experte" is not of a man
        # Further back: the article's only person so far ("l'astronome Michel Mayor … le chercheur").
        persons = {f.actor_id for f in self.found if f.end <= tok.i and self.is_person(f.actor_id)}
        if len(persons) == 1:
            only = next(iter(persons))
            have = self.gender_of(only)
            if not (wanted == "f" and have == "m"):
                return only
        return None

    def _collective(self, tok: Token, kind: str) -> str | None:
        """'la police' → the police of the article's country; a provisional actor when the
        article names no country."""
        home = self.home_country()
        if home and government_id(home) in self.kb.actors:
            if kind == "government":
                return government_id(home)
            prefix = linking()["institution_ids"][kind]
            template = linking()["institution_names"][kind].get(self.language) or "{country}"
            name = template.format(country=self.kb.countries[home].name(self.language))
            return self.provisional(f"{prefix}:{home}", name, kind, home).id
        name = tok.text
        return self.provisional(provisional.provisional_id(fold(tok.lemma_)), name, kind, None).id
