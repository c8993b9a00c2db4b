"""Source and target of a trigger, read from the dependency tree and mapped to actors
through the MentionIndex (never by proximity across clauses or sentences)."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..actors.mentions import Mention, MentionIndex
from . import syntax
from .coding import coding_rules
from .lexicon import Entry, Grammar

_COORDINATION_GLUE = {"PUNCT", "CCONJ", "ADP", "DET"}


@dataclass(frozen=True)
class Argument:
    actor_id: str
    token: Token            # the token the actor was found on
    mention: Mention
    how: str                # head | subtree | inherited | relative | possessive


@dataclass
class Roles:
    sources: list[Argument] = field(default_factory=list)
    targets: list[Argument] = field(default_factory=list)
    object: Token | None = None
    preps: set[str] = field(default_factory=set)
    inherited: bool = False
    aimed: bool = False     # the target came from a purpose clause or the place (coding.yaml)


class ActorFinder:
    """Actors denoted by a token: its mention, else the nearest mention in its phrase,
    plus the actors coordinated with it ("l'Ukraine, l'Otan et l'Union européenne")."""

    def __init__(self, mentions: MentionIndex, grammar: Grammar) -> None:
        self.mentions = mentions
        self.relatives = grammar.words("relative_pronouns")
        self.genitive_relatives = grammar.words("genitive_relatives")
        self.max_depth = grammar.data.get("phrase_mention_depth")
        self.function_nouns = frozenset(grammar.compound_preps)

    def find(self, token: Token, how: str = "head", loose: bool = False) -> list[Argument]:
        """``loose``: coordinated mentions need not be parsed as conj ("entre X et Y")."""
        if token.pos_ == "PRON" and token.lower_ in self.relatives:
            clause = token.head
            if clause.dep_ in ("acl:relcl", "relcl") and clause.head.i != clause.i:
                return self.find(clause.head, "relative")
        mention = self.mentions.for_token(token)
        found_on = token
        if mention is None:
            for candidate in syntax.within_clause(token):
                if self.max_depth and self._depth(token, candidate) > self.max_depth:
                    continue  # "la médaillée d'argent des jeux de Beyrouth": a place, not the actor
                mention = self.mentions.for_token(candidate)
                if mention is not None:
                    found_on, how = candidate, "subtree" if how == "head" else how
                    break
        if mention is None:
            return []
        first = Argument(mention.actor_id, found_on, mention, how)
        return [first, *self._coordinated(first, token, loose)]

    def _depth(self, top: Token, token: Token) -> int:
        """Arcs from ``top`` down to ``token``, the nouns of compound prepositions ("de la
        part de") not counted."""
        depth = 0
        while token.i != top.i and token.head.i != token.i:
            token = token.head
            depth += token.i != top.i and token.lemma_.lower() not in self.function_nouns
        return depth + 1

    def _coordinated(self, first: Argument, phrase: Token, loose: bool) -> list[Argument]:
        """Mentions following ``first`` in a coordination: linked by conj, separated only
        by commas, conjunctions, prepositions and determiners."""
        doc = phrase.doc
        out: list[Argument] = []
        end_char = first.mention.end
        i = _token_at(doc, end_char)
        sentence_end = first.token.sent.end
        while i is not None and i < sentence_end:
            j = i
            saw_glue = False
            while j < sentence_end and doc[j].pos_ in _COORDINATION_GLUE and doc[j].idx >= end_char:
                saw_glue = saw_glue or doc[j].pos_ in ("CCONJ", "PUNCT")
                j += 1
            if j >= sentence_end or not saw_glue:
                break
            mention = self.mentions.for_token(doc[j])
            if mention is None or mention.start < end_char or not (
                    loose or _is_conjunct(doc[j], mention)):
                break
            out.append(Argument(mention.actor_id, doc[j], mention, first.how))
            end_char = mention.end
            i = _token_at(doc, end_char)
        return out


def _token_at(doc, char: int) -> int | None:
    for token in doc[max(0, _rough(doc, char)):]:
        if token.idx >= char:
            return token.i
    return None


def _rough(doc, char: int) -> int:
    # A lower bound for the token index at ``char`` (tokens are at least one char long).
    lo, hi = 0, len(doc)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc[mid].idx < char:
            lo = mid + 1
        else:
            hi = mid
    return max(0, lo - 1)


def _is_conjunct(token: Token, mention: Mention) -> bool:
    span = [t for t in token.sent if mention.start <= t.idx < mention.end] or [token]
    # "The US, Russia, and Switzerland": list members are often parsed as appositions
    return any(t.dep_ in ("conj", "appos") for t in span)


def find_roles(entry: Entry, head: Token, match_tokens: list[Token], finder: ActorFinder,
               grammar: Grammar) -> Roles:
    if entry.reported:
        return _reported_roles(head, finder)
    if syntax.is_nominal(head):
        roles = _nominal_roles(entry, head, match_tokens, finder, grammar)
    else:
        roles = _verbal_roles(entry, head, match_tokens, finder, grammar)
    if not roles.targets and roles.sources and _aimed_by_purpose(entry.cameo):
        roles.targets = _purpose_or_place_target(head, roles, finder, grammar)
        roles.aimed = bool(roles.targets)
    return roles


def _aimed_by_purpose(code: str) -> bool:
    return any(code.startswith(root) for root in coding_rules().get("targets_from_purpose_or_place") or ())


def _purpose_or_place_target(head: Token, roles: Roles, finder: ActorFinder,
                             grammar: Grammar) -> list[Argument]:
    """See coding.yaml (targets_from_purpose_or_place)."""
    own = {a.actor_id for a in roles.sources}
    anchors = ([head, *syntax.governing_verbs(head)] if syntax.is_nominal(head)
               else [head, *syntax.objects(head)])  # "imposed a curfew in Cizre"
    for anchor in anchors:
        for clause in anchor.children:
            if clause.dep_ in ("advcl", "xcomp", "acl", "ccomp") and clause.pos_ == "VERB":
                for obj in [*syntax.objects(clause), *(n for _, n in syntax.complements(clause, grammar))]:
                    found = [a for a in finder.find(obj) if a.actor_id not in own]
                    if found:
                        return found
    places = grammar.words("location_preps")
    for anchor in anchors:
        for prep, noun in syntax.complements(anchor, grammar):
            if prep not in places:
                continue
            for token in noun.subtree:
                mention = finder.mentions.for_token(token)
                if mention is not None and mention.actor_id.startswith("gov:") and mention.actor_id not in own:
                    return [Argument(mention.actor_id, token, mention, "subtree")]
    return []


def _reported_roles(modal: Token, finder: ActorFinder) -> Roles:
    """"Russia said that Sudan must return the helicopter": Russia asks Sudan."""
    roles = Roles()
    clause = modal.head if modal.dep_.startswith("aux") else modal
    for subject in syntax.subjects(clause):
        roles.targets = roles.targets or finder.find(subject)
    speech = clause.head if clause.dep_ in ("ccomp", "parataxis") else None
    if speech is not None:
        for subject in syntax.subjects(speech):
            roles.sources = roles.sources or finder.find(subject)
    if not roles.sources:
        roles.targets = []  # the writer's own "must" asks nothing of anybody
    return roles


def _target_preps(entry: Entry, grammar: Grammar) -> frozenset[str]:
    return frozenset(entry.target_preps) if entry.target_preps else grammar.words("target_preps")


def _all_complements(tokens: list[Token], grammar: Grammar,
                     nested: bool = False) -> list[tuple[str, Token]]:
    pairs = [pair for t in tokens for pair in syntax.complements(t, grammar)]
    if nested:  # "l'attaque de la Russie contre l'Ukraine": "contre" often hangs on Russie
        genitive = grammar.words("noun_source_preps")
        frontier = [noun for prep, noun in pairs if prep in genitive]
        for _ in range(2):
            inner = [pair for noun in frontier for pair in syntax.complements(noun, grammar)]
            pairs += [pair for pair in inner if pair[0] not in genitive]
            frontier = [noun for prep, noun in inner if prep in genitive]
    inside = {t.i for t in tokens}
    return sorted((p for p in pairs if p[1].i not in inside), key=lambda p: p[1].i)


def _entry_sources(entry: Entry, head: Token, finder: ActorFinder, grammar: Grammar) -> list[Argument]:
    """Complements the entry names as sources ("pas question pour Moscou de …")."""
    if not entry.source_preps:
        return []
    wanted = set(entry.source_preps)
    for token in head.sent:
        prep = syntax.prep_of(token)
        if prep in wanted and head in token.ancestors:
            found = finder.find(token)
            if found:
                return found
    return []


def _verbal_roles(entry: Entry, head: Token, tokens: list[Token], finder: ActorFinder,
                  grammar: Grammar) -> Roles:
    roles = Roles()
    comps = _all_complements(tokens, grammar, nested=True)
    roles.preps = {p for p, _ in comps}
    passive = syntax.is_passive(head)
    agent_preps = grammar.words("agent_preps")
    roles.sources = _entry_sources(entry, head, finder, grammar)
    if not roles.sources:
        if passive:
            for prep, noun in comps:
                if prep in agent_preps or noun.head.dep_ == "agent":
                    roles.sources = finder.find(noun)
                    break
        else:
            for subject in syntax.subjects(head):
                if subject.lower_ in finder.genitive_relatives:
                    continue  # "dont X dénonce le comportement": dont is X's object's owner
                roles.sources = finder.find(subject)
                if roles.sources:
                    break
    if not roles.sources and not passive:
        roles.sources = _inherited_subject(head, finder)
        roles.inherited = bool(roles.sources)
    objects = syntax.objects(head)
    roles.object = objects[0] if objects else None
    # "discussed the crisis with Putin": the complement often hangs on the object.
    roles.preps |= {p for obj in objects for p, _ in syntax.complements(obj, grammar)}
    if passive:
        for c in head.children:
            if c.dep_ in syntax.PASSIVE_SUBJECT:
                roles.targets = finder.find(c)
    for obj in objects:
        if not roles.targets:
            roles.targets = finder.find(obj)
    if not roles.targets:
        roles.targets = _prep_targets(comps, _target_preps(entry, grammar), finder, agent_preps)
    if not roles.targets and head.dep_ == "acl" and head.tag_ == "VBN":
        # English passive participle on its patient: "10 Russian soldiers killed in Ukraine"
        roles.targets = finder.find(head.head)
    if not roles.targets:
        roles.targets = _genitive_relative(head, roles.object, finder)
    if not roles.targets and entry.absorbs:
        roles.targets = _complement_clause_target(head, finder, grammar)
    return roles


def _complement_clause_target(head: Token, finder: ActorFinder, grammar: Grammar) -> list[Argument]:
    """A control verb's target inside its clause: "demanded that the US cancel …" (the
    clause's subject), "threatened to break relations with Russia" (its complements)."""
    for clause in head.children:
        if clause.dep_ not in ("ccomp", "xcomp") or clause.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        for subject in syntax.subjects(clause):
            found = finder.find(subject)
            if found:
                return found
        for obj in syntax.objects(clause):
            found = finder.find(obj)
            if found:
                return found
        found = _prep_targets(_all_complements([clause], grammar), grammar.words("target_preps"), finder)
        if found:
            return found
    return []


def _genitive_relative(head: Token, obj: Token | None, finder: ActorFinder) -> list[Argument]:
    """"le Conseil, dont Lavrov dénonce le comportement": the antecedent of "dont" owns the
    object, so it is the target."""
    for token in [*head.children, *(obj.children if obj is not None else ())]:
        if token.lower_ in finder.genitive_relatives and token.pos_ == "PRON":
            return finder.find(token, "relative")
    return []


def _behind_preposition(token: Token, top: Token, preps: frozenset[str]) -> bool:
    """``token`` hangs below ``top`` through one of ``preps`` (English pobj chains)."""
    current = token
    while current.i != top.i and current.head.i != current.i:
        if current.dep_ == "pobj" and current.head.lower_ in preps:
            return True
        current = current.head
    return False


def _prep_targets(comps, preps, finder: ActorFinder, exclude=frozenset()) -> list[Argument]:
    for prep, noun in comps:
        if prep in preps and prep not in exclude:
            found = finder.find(noun)
            if found:
                return found
    return []


def _inherited_subject(verb: Token, finder: ActorFinder) -> list[Argument]:
    """The subject of the governing clause for participles, infinitives and conjuncts
    ("En recevant son homologue, le ministre a …", "…, dénonçant un complot")."""
    current = verb
    for _ in range(4):
        if current.dep_ not in syntax.CONTROLLED or current.head.i == current.i:
            return []
        current = current.head
        # the governing clause's subject, whatever its voice ("X est intervenu en demandant")
        for subject in [c for c in current.children
                        if c.dep_ in syntax.SUBJECT | syntax.PASSIVE_SUBJECT]:
            found = finder.find(subject, "inherited")
            if found:
                return found
        if current.dep_ in syntax.PASSIVE_SUBJECT or syntax.is_nominal(current):
            return []
    return []


def _agreeing_participles(head: Token, comps) -> list[Token]:
    """Clauses on the noun, and participles the parser hung on one of its complements but
    that agree with the noun, not the complement ("une attaque contre un convoi,
    revendiquée par X": revendiquée is feminine like attaque); a participle that agrees
    with a complement and not with the noun goes with the complement ("une attaque contre
    un village, contrôlé par X")."""
    def agrees(participle: Token, noun: Token) -> bool | None:
        g, n = participle.morph.get("Gender"), participle.morph.get("Number")
        if not g or not n or "Part" not in participle.morph.get("VerbForm"):
            return None
        return g == noun.morph.get("Gender") and n == noun.morph.get("Number")

    nouns = [noun for _, noun in comps]
    out = [c for c in head.children
           if not (agrees(c, head) is False and any(agrees(c, noun) for noun in nouns))]
    for noun in nouns:
        for clause in noun.children:
            if clause.dep_ == "acl" and agrees(clause, head) and agrees(clause, noun) is False:
                out.append(clause)
    return out


def _nominal_roles(entry: Entry, head: Token, tokens: list[Token], finder: ActorFinder,
                   grammar: Grammar) -> Roles:
    roles = Roles()
    comps = _all_complements(tokens, grammar, nested=True)
    roles.preps = {p for p, _ in comps}
    genitive = grammar.words("noun_source_preps")
    between = grammar.words("between_preps")
    target_preps = _target_preps(entry, grammar) - between
    roles.sources = _entry_sources(entry, head, finder, grammar)
    for prep, noun in comps:
        if prep in between:
            pair = finder.find(noun, loose=True)
            if len(pair) >= 2:
                roles.sources = roles.sources or pair[:1]
                roles.targets = pair[1:2]
                return roles
    agents = grammar.words("agent_preps")
    # "la reconnaissance de la Palestine par la Suède": with an agent, "de X" is the patient.
    has_agent = any(prep in agents and finder.find(noun) for prep, noun in comps)
    # English "X's criticism of Y": the possessor acts, "of Y" is the patient.
    owner = [c for c in head.children if c.dep_ == "poss"]
    owned = finder.find(owner[0], "possessive") if owner and not roles.sources else []
    if owned and entry.genitive != "target":
        roles.sources, has_agent = owned, True
    for prep, noun in comps:
        if prep in genitive:
            found = finder.find(noun)
            if found and _behind_preposition(found[0].token, noun, target_preps | {"from"}):
                found = []  # "the withdrawal of forces from Panama": Panama is no genitive
            if not found:
                continue
            if (entry.genitive == "target" or has_agent) and prep not in agents:
                roles.targets = roles.targets or found
            elif not roles.sources:
                roles.sources = found
    if not roles.sources:  # "des attaques contre X, revendiquées par Boko Haram"
        for clause in _agreeing_participles(head, comps):
            if clause.dep_ in ("acl", "acl:relcl") and clause.pos_ == "VERB":
                for prep, noun in syntax.complements(clause, grammar):
                    if prep in grammar.words("agent_preps") and not roles.sources:
                        roles.sources = finder.find(noun)
    if not roles.sources:
        for child in head.children:  # possessives and demonyms: "sa visite", "Russia's support"
            # "compound": English noun modifiers ("NATO airstrikes", "Israeli tank shelling")
            if child.dep_ in ("det:poss", "poss", "nmod:poss", "amod", "compound") or (
                    child.dep_ == "det" and child.morph.get("Poss") == ["Yes"]):
                found = finder.find(child, "possessive")
                if found:
                    if entry.genitive == "target":
                        roles.targets = roles.targets or found
                    else:
                        roles.sources = found
                    break
    if not roles.targets:
        roles.targets = _prep_targets(comps, target_preps, finder)
    verbs = syntax.governing_verbs(head)
    if not roles.targets and verbs and head.dep_ in syntax.OBJECT:
        # "sent humanitarian aid to Haiti": the recipient hangs on the light verb.
        roles.targets = _prep_targets(_all_complements([verbs[0]], grammar), target_preps, finder)
    if not roles.targets and verbs and syntax.prep_of(head) is not None:
        # "engaged Filipino peacekeepers in a firefight": the light verb's object.
        for obj in syntax.objects(verbs[0]):
            if obj.i != head.i and not roles.targets:
                roles.targets = [a for a in finder.find(obj) if a.actor_id not in {x.actor_id for x in roles.sources}]
    if not roles.sources:
        for verb in verbs:
            for subject in syntax.subjects(verb):
                roles.sources = roles.sources or finder.find(subject, "inherited")
            if not roles.sources:
                roles.sources = _inherited_subject(verb, finder)
            if roles.sources:
                roles.inherited = True
                break
    return roles
