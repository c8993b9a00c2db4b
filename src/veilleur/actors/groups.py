"""Actors an article names with a common noun instead of a name (data/linking.yaml ``groups``).

- State nouns: « l'État », « le gouvernement », « le fisc » are the state of the article's
  country wherever they stand (subject, object, "un prêt par l'État"); « le gouvernement
  Ayrault », « le gouvernement du Parti québécois » the state of that person's or party's
  country. A complement saying what else it is (« l'État de droit ») or an adjective that
  makes it something else (« l'État islamique ») leaves it alone.
- Political groups: « la gauche », « l'opposition », « la classe politique », « les
  syndicats » are provisional actors of the article's country; "la majorité des Français"
  (a quantity) and "à la droite de" (a place) are not.
- Unnamed agents: « des hackers ont volé », « abattu par deux tireurs », « quelques
  associations étudiantes ont manifesté » — a plural group with no name that acts, or is
  acted on, is a provisional actor named by its noun phrase; « ces associations » later is
  the same actor.
Runs after the linker's name and description passes; only free tokens are touched.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .demonyms import country_of
from .normalize import fold
from .provisional import provisional_id
from .records import government_id
from .rules import institution_kinds, linking

if TYPE_CHECKING:
    from .linker import DocumentLinker

_CONFIDENCE = {"state": 0.6, "group": 0.55, "agent": 0.45}


@lru_cache(maxsize=None)
def _section(name: str, language: str):
    return (linking().get("groups") or {}).get(name, {}).get(language) or {}


@lru_cache(maxsize=None)
def _keyed(name: str, language: str) -> dict[tuple[str, ...], str]:
    """Lemma phrases ("classe politique") → kind, longest first."""
    table = {tuple(fold(w) for w in str(k).split()): str(v) for k, v in _section(name, language).items()}
    return dict(sorted(table.items(), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=None)
def _words(name: str, language: str) -> frozenset[str]:
    return frozenset(fold(str(w)) for w in _section(name, language))


@lru_cache(maxsize=None)
def _state_nouns(language: str) -> dict[str, bool]:
    """State noun (folded) → whether it must be written with a capital (« l'État », not « en l'état »)."""
    return {fold(str(w)): str(w)[:1].isupper() for w in _section("state_nouns", language)}


def _determiner(tok: Token) -> tuple[str | None, Token | None]:
    """(kind, token) of a noun's determiner: kinds of linking.yaml ``groups: determiners``
    (definite, contracted, demonstrative, plural) or possessive; (None, None) without one."""
    table = _section("determiners", "any")
    for child in sorted(tok.lefts, key=lambda c: c.i):
        folded = fold(child.text)
        if child.dep_ in ("det:poss", "nmod:poss", "poss") or "Poss=Yes" in str(child.morph):
            return "possessive", child
        if child.dep_ == "case":
            if folded in table.get("contracted", ()):
                return "definite", child          # « du gouvernement »: de + le
            continue
        if child.pos_ == "NUM" or child.dep_ == "nummod":
            return "plural", child                # « deux tireurs »
        for kind in ("definite", "demonstrative", "plural"):
            if folded in table.get(kind, ()):
                return kind, child
    return None, None


class _Phrase:
    """A noun and the adjectives right after it that belong to it."""

    def __init__(self, tok: Token) -> None:
        doc = tok.doc
        end = tok.i + 1
        while end < len(doc) and doc[end].head.i == tok.i and (
                doc[end].dep_ == "amod" or doc[end].dep_ == "acl" and not list(doc[end].children)):
            end += 1             # « individus armés » has its participle parsed as a clause
        self.head, self.end = tok, end
        self.lemmas = tuple(fold(t.lemma_) for t in doc[tok.i:end])
        # surface forms without the plural ending: « armés » → « arme » (lemma « armer »)
        self.forms = tuple({fold(t.text), fold(t.text).removesuffix("s"), fold(t.text).removesuffix("x")}
                           for t in doc[tok.i:end])

    def lookup(self, table: dict[tuple[str, ...], str]) -> tuple[tuple[str, ...], str] | None:
        """The first entry of ``table`` (longest first) the phrase starts with."""
        index = _by_first_word(table)   # only entries whose first word fits: tables are long
        candidates = [*index.get("", ())]
        for word in {self.lemmas[0], *self.forms[0]}:
            candidates.extend(index.get(word, ()))
        for _, key, kind in sorted(candidates, key=lambda c: c[0]):
            if len(key) <= len(self.lemmas) and all(
                    w == lemma or w in forms for w, lemma, forms in zip(key, self.lemmas, self.forms)):
                return key, kind
        return None


_FIRST_WORD_INDEXES: dict[int, tuple[dict, dict]] = {}


def _by_first_word(table: dict[tuple[str, ...], str]) -> dict[str, list[tuple[int, tuple[str, ...], str]]]:
    """First word → (position, key, kind) of the entries of a (cached) table."""
    cached = _FIRST_WORD_INDEXES.get(id(table))
    if cached is None or cached[0] is not table:
        index: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}
        for position, (key, kind) in enumerate(table.items()):
            index.setdefault(key[0] if key else "", []).append((position, key, kind))
        cached = _FIRST_WORD_INDEXES[id(table)] = (table, index)
    return cached[1]


def article_country(linker: "DocumentLinker") -> str | None:
    """The country the article names most; failing a clear one, the country most of its
    actors belong to when it outweighs every other at least twice (an article about
    Belgian banks that names Poland and Russia once each)."""
    home = linker.home_country()
    if home:
        return home
    counts: Counter[str] = Counter()
    for found in linker.found:
        actor = linker.actors.get(found.actor_id)
        if actor is not None and actor.country and found.via != "place":
            counts[actor.country] += 1
    ranked = counts.most_common(2)
    if not ranked or len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]


def _demonym_country(linker: "DocumentLinker", tok: Token) -> str | None:
    """The country a demonym or country word names (not a bloc: « occidental »)."""
    iso = country_of(linker.kb, tok.text, linker.language)
    return iso if iso and not iso.startswith("bloc:") else None


def _complements(tok: Token) -> list[Token]:
    """Nouns after ``tok`` that depend on it: « du Parti québécois », « Ayrault »."""
    return [c for c in tok.children
            if c.i > tok.i and (c.dep_ in ("appos", "flat:name", "compound", "prep") or c.dep_.startswith("nmod"))]


def _owner_country(linker: "DocumentLinker", tok: Token) -> tuple[bool, str | None]:
    """(an actor is named in this phrase, its country)."""
    for t in tok.subtree:
        found = linker.owner.get(t.i)
        if found is None or found.via == "place":
            continue
        if found.actor_id.startswith("gov:"):
            return True, found.actor_id[4:]
        actor = linker.actors.get(found.actor_id)
        return True, actor.country if actor is not None else None
    return False, None


def _link_state_nouns(linker: "DocumentLinker", home: str | None) -> None:
    lang = linker.language
    nouns = _state_nouns(lang)
    allowed = _words("state_adjectives", lang)
    for tok in linker.doc:
        folded = fold(tok.text)
        nominal = tok.pos_ in ("NOUN", "PROPN") or tok.pos_ == "ADJ" and tok.dep_ != "amod"   # « l'exécutif »
        if folded not in nouns or not nominal or not linker.free(tok.i, tok.i + 1):
            continue
        if nouns[folded] and not tok.text[:1].isupper():
            continue
        kind, det = _determiner(tok)
        if kind != "definite" or tok.morph.get("Number") == ["Plur"] or _describes_a_place(linker, det):
            continue
        country, ok = home, True
        for adj in (c for c in tok.children if c.dep_ == "amod"):     # « le gouvernement fédéral », "the federal government"
            iso = _demonym_country(linker, adj)
            if iso:
                country = iso
            elif fold(adj.lemma_) not in allowed:
                ok = False       # « l'État islamique », « le gouvernement provisoire » of a rebellion
        for comp in _complements(tok):
            named, iso = _owner_country(linker, comp)
            if named:
                country = iso or home
            elif comp.pos_ != "PROPN" or any(c.dep_ == "case" for c in comp.children):
                ok = False       # « l'État de droit », « l'État du New Jersey » (a state of a federation)
        country = country or _sentence_country(linker, tok)
        if not ok or not country or government_id(country) not in linker.kb.actors:
            continue
        start = min(det.i, tok.i)
        if linker.free(start, tok.i + 1):
            linker.add(start, tok.i + 1, government_id(country), _CONFIDENCE["state"], "collective")


def _describes_a_place(linker: "DocumentLinker", det: Token) -> bool:
    """« l'Ohio, l'État qui pourrait … »: a state noun set beside a place name is that
    place (a state of a federation), not the country's government."""
    doc = linker.doc
    if det.i < 2 or doc[det.i - 1].text != ",":
        return False
    before = doc[det.i - 2]
    found = linker.owner.get(before.i)
    return found is not None and found.via == "place" or before.ent_type_ in ("LOC", "GPE")


def _sentence_country(linker: "DocumentLinker", tok: Token) -> str | None:
    """When the article has no clear country: the one country its sentence names or whose
    demonym it uses (« les francophones canadiens incitent l'État à … »)."""
    found = set()
    for t in tok.sent:
        owner = linker.owner.get(t.i)
        if owner is not None and owner.actor_id.startswith("gov:"):
            found.add(owner.actor_id[4:])
        elif t.pos_ == "ADJ" and _demonym_country(linker, t):   # « le français » is a language
            found.add(_demonym_country(linker, t))
    return next(iter(found)) if len(found) == 1 else None


def _governed_by(tok: Token, section: str, language: str) -> bool:
    """Is ``tok`` governed by a preposition of ``section``: place_prepositions (« sur la
    gauche » is a direction, not a political side), target_prepositions (« des attaques
    contre des chrétiens »: the group an act is aimed at)?"""
    preps = _words(section, language)
    return any(c.dep_ == "case" and fold(c.text) in preps for c in tok.children)


def _link_political_groups(linker: "DocumentLinker", home: str | None) -> None:
    lang = linker.language
    table = _keyed("political_groups", lang)
    for tok in linker.doc:
        if tok.pos_ not in ("NOUN", "PROPN") or not linker.free(tok.i, tok.i + 1):
            continue
        hit = _Phrase(tok).lookup(table)
        if hit is None:
            continue
        key, kind = hit
        det_kind, det = _determiner(tok)
        if det_kind not in ("definite", "demonstrative") or _governed_by(tok, "place_prepositions", lang):
            continue
        end = tok.i + len(key)
        complements = [c for c in _complements(tok) if c.i >= end]
        if any(_Phrase(c).lookup(table) is None or _determiner(c)[0] for c in complements):
            continue             # « la majorité des Français », « l'opposition à la réforme »
        words = [*key, *(fold(c.lemma_) for c in complements)]   # « la majorité de gauche »
        end = max([end, *(c.i + 1 for c in complements)])
        country = home
        for adj in (c for c in tok.children if c.dep_ == "amod" and c.i >= tok.i + len(key)):
            country = _demonym_country(linker, adj) or country    # « l'opposition syrienne »
        start = min(det.i, tok.i)
        head = _organisation_of(tok, lang)
        if head is not None:         # « les fédérations nationales des syndicats »: that body
            org_det = _determiner(head)[1]
            start, name, kind = (org_det.i if org_det is not None else head.i), linker.doc[head.i:end].text, "ngo"
            words = [fold(t.lemma_) for t in linker.doc[head.i:end]]
        else:
            name = linker.doc[tok.i:end].text
        if not linker.free(start, end):
            continue
        actor = linker.provisional(provisional_id(" ".join(words)), name, kind, country)
        linker.add(start, end, actor.id, _CONFIDENCE["group"], "collective")


def _organisation_of(tok: Token, language: str) -> Token | None:
    """The organisation noun a group is the complement of (« la fédération des syndicats »)."""
    head = tok.head
    kinds = (linking().get("descriptions") or {}).get("organizations", {}).get(language) or {}
    if tok.dep_.startswith("nmod") and head.i < tok.i and head.pos_ == "NOUN" \
            and fold(head.lemma_) in {fold(k) for k in kinds}:
        return head
    return None


def _link_unnamed_agents(linker: "DocumentLinker", home: str | None) -> None:
    lang = linker.language
    table = _keyed("unnamed_agents", lang)
    roles = set(linker.deps) | set(_words("agent_roles", lang))
    seen: dict[str, str] = {}          # head lemma → actor id
    for tok in linker.doc:
        if tok.pos_ not in ("NOUN",) or not linker.free(tok.i, tok.i + 1):
            continue
        if tok.morph.get("Number") != ["Plur"]:
            continue
        phrase = _Phrase(tok)
        hit = phrase.lookup(table)
        if hit is None:
            continue
        key, kind = hit
        det_kind, det = _determiner(tok)
        if det_kind not in ("plural", "definite", "demonstrative") or not (tok.dep_ in roles or _governed_by(tok, "target_prepositions", lang)):
            continue
        if any(c.dep_.startswith("nmod") and c.i > tok.i for c in tok.children):
            continue         # « des militants du parti »: the named actor is in the phrase
        start, end = min(det.i, tok.i), phrase.end
        if not linker.free(start, end):
            continue
        lemma = fold(tok.lemma_)
        earlier = seen.get(lemma)
        if earlier is not None and det_kind in ("definite", "demonstrative"):
            linker.add(start, tok.i + 1, earlier, _CONFIDENCE["agent"], "description")
            continue
        country = next(filter(None, (_demonym_country(linker, adj) for adj in linker.doc[tok.i + 1:end])), None)
        text = linker.doc[tok.i:end].text
        actor = linker.provisional(provisional_id(" ".join(phrase.lemmas)), text, kind, country or home)
        linker.add(start, end, actor.id, _CONFIDENCE["agent"], "role")
        seen.setdefault(lemma, actor.id)


def _link_quantified_groups(linker: "DocumentLinker") -> None:
    """« les presque 10 millions de francophones canadiens », « des milliers de manifestants
    algériens »: the people a quantity noun counts, read off the words after its « de »
    (the parser often makes the demonym the phrase's head), are that country's population."""
    lang = linker.language
    doc = linker.doc
    quantities = _words("quantity_nouns", lang)
    people = {w for w, kind in institution_kinds("institutions", lang).items() if kind == "civilians"}
    for tok in doc:
        if tok.pos_ != "NOUN" or fold(tok.lemma_) not in quantities or tok.i + 2 >= len(doc):
            continue
        if fold(doc[tok.i + 1].text) not in ("de", "d'", "d"):
            continue
        noun = doc[tok.i + 2]
        if fold(noun.lemma_) not in people and fold(noun.text).removesuffix("s") not in people:
            continue
        iso, end = None, noun.i + 1
        while iso is None and end < len(doc) and doc[end].pos_ == "ADJ":
            iso, end = _demonym_country(linker, doc[end]), end + 1      # « francophones canadiens »
        if not iso or not linker.free(noun.i, end):
            continue
        linker.add_institution(noun.i, end, "civilians", iso, _CONFIDENCE["group"])


def _link_clefts(linker: "DocumentLinker") -> None:
    """« ce sont deux hommes à bord d'une moto qui ont ouvert le feu »: the noun phrase a
    cleft sentence puts forward is the agent of its relative clause; an unnamed one is a
    provisional actor named by that phrase (the parser often hangs the relative clause on
    the phrase's last noun)."""
    lang = linker.language
    doc = linker.doc
    agents = _keyed("unnamed_agents", lang)
    people = _words("cleft_agents", lang)
    for tok in doc:
        if tok.pos_ != "NOUN" or not any(c.dep_ == "cop" for c in tok.children):
            continue
        if not any(c.dep_ == "nsubj" and fold(c.text) in ("ce", "c'", "c") for c in tok.children):
            continue
        relative = next((t for t in tok.subtree if t.i > tok.i and fold(t.text) == "qui" and t.dep_.startswith("nsubj")
                         and t.head.dep_ in ("acl:relcl", "relcl")), None)
        hit = _Phrase(tok).lookup(agents)
        if relative is None or hit is None and fold(tok.lemma_) not in people:
            continue
        cop = next(c for c in tok.children if c.dep_ == "cop")
        dets = [c for c in tok.lefts if c.i > cop.i and c.dep_ in ("det", "nummod")]
        plural = _section("determiners", "any").get("plural", ())
        indefinite = all(c.pos_ == "NUM" or fold(c.text) in plural or fold(c.text) in ("un", "une") for c in dets)
        if not dets or not indefinite:
            continue             # « c'est le maire qui … » names someone the article knows
        start = dets[0].i
        end = relative.i
        if end - start > 8 or not linker.free(start, end):
            continue
        text = doc[start:end].text
        actor = linker.provisional(provisional_id(text), text, hit[1] if hit else "other", None)
        linker.add(start, end, actor.id, _CONFIDENCE["agent"], "role")


def link(linker: "DocumentLinker") -> None:
    """Add state nouns, political groups and unnamed agents to ``linker``."""
    home = article_country(linker)
    _link_state_nouns(linker, home)
    _link_political_groups(linker, home)
    _link_quantified_groups(linker)
    _link_clefts(linker)
    _link_unnamed_agents(linker, home)
