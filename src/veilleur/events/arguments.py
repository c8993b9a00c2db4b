"""Source and target of a trigger, read from the dependency tree and mapped to actors
through the MentionIndex (never by proximity across clauses or sentences)."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..actors.mentions import Mention, MentionIndex
from . import syntax
from .antecedents import is_act_anaphor, lead_author
from .enumerations import Enumerations
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

    def __init__(self, mentions: MentionIndex, grammar: Grammar,
                 kinds: dict[str, str] | None = None) -> None:
        self.mentions = mentions
        self.relatives = grammar.words("relative_pronouns")
        self.genitive_relatives = grammar.words("genitive_relatives")
        self.max_depth = grammar.data.get("phrase_mention_depth")
        self.function_nouns = frozenset(grammar.compound_preps)
        self.participle_subjects = bool(grammar.data.get("participle_subjects"))
        self.apposition_actors = bool(grammar.data.get("apposition_actors"))
        self.noun_owner_infinitives = bool(grammar.data.get("noun_owner_infinitives"))
        self.kinds = kinds or {}
        self.act_nouns = grammar.words("act_nouns")
        self.author_kinds = grammar.words("act_author_kinds")
        self.definite_act_nouns = grammar.words("definite_act_nouns")
        self._lead: dict[int, object] = {}
        self.enumerations = Enumerations(grammar, mentions.for_token)

    def find(self, token: Token, how: str = "head", loose: bool = False) -> list[Argument]:
        """``loose``: coordinated mentions need not be parsed as conj ("entre X et Y")."""
        if token.pos_ == "PRON" and token.lower_ in self.relatives:
            clause = token.head
            if clause.dep_ in ("acl:relcl", "relcl") and clause.head.i != clause.i:
                return self.find(clause.head, "relative")
        mention = self.mentions.for_token(token)
        found_on = token
        named = syntax.titled_name(token) if mention is None else None
        if named is not None and self.mentions.for_token(named) is not None:
            mention, found_on = self.mentions.for_token(named), named
        if mention is None:
            for candidate in syntax.within_clause(token):
                if self.max_depth and self._depth(token, candidate) > self.max_depth:
                    continue  # "la médaillée d'argent des jeux de Beyrouth": a place, not the actor
                mention = self.mentions.for_token(candidate)
                if mention is not None:
                    found_on, how = candidate, "subtree" if how == "head" else how
                    break
        if mention is None and is_act_anaphor(token, self.act_nouns, self.definite_act_nouns):
            return self._act_author(token)
        if mention is None and self.apposition_actors:
            # "Kenzo Oshima, the United Nations relief coordinator, demanded": an unknown
            # person is what the apposition says he is
            for appos in (c for c in token.children if c.dep_ == "appos"):
                found = self.find(appos, "subtree" if how == "head" else how)
                if found:
                    return found
        if mention is None:
            return []
        first = Argument(mention.actor_id, found_on, mention, how)
        found = [*self._coordinated_modifiers(token, first), first, *self._coordinated(first, token, loose)]
        # "les syndicats, comme FO et la CGT": the listed members (enumerations.py)
        kept = {a.token.i: a for a in found}
        return [kept.get(t.i) or Argument(m.actor_id, t, m, how)
                for t, m in self.enumerations.expand([(a.token, a.mention) for a in found])]

    def _coordinated_modifiers(self, head: Token, first: Argument) -> list[Argument]:
        """English "French and German diplomats": the states of the first demonyms, when the
        agent noun was linked to the last one."""
        if not self.apposition_actors or first.token.i != head.i:
            return []
        out: list[Argument] = []
        for modifier in (c for c in head.children if c.dep_ in ("amod", "nmod", "compound") and c.i < head.i):
            conjuncts = [c for c in modifier.children if c.dep_ == "conj"]
            if not conjuncts:
                continue
            for token in [modifier, *conjuncts]:
                mention = self.mentions.for_token(token)
                if mention is not None and mention.actor_id != first.actor_id \
                        and all(a.actor_id != mention.actor_id for a in out):
                    out.append(Argument(mention.actor_id, token, mention, first.how))
        return out

    def _act_author(self, token: Token) -> list[Argument]:
        """"cette annonce" → the author of the article's main act (antecedents.py)."""
        found = self.lead_author(token.doc)
        if found is None or found[0].i >= token.i:
            return []
        return [Argument(found[1].actor_id, found[0], found[1], "antecedent")]

    def lead_author(self, doc):
        """(token, mention) of the author of the article's main act, or None."""
        if id(doc) not in self._lead:
            self._lead[id(doc)] = lead_author(doc, self.mentions, self.kinds, self.author_kinds)
        return self._lead[id(doc)]

    def can_act(self, actor_id: str) -> bool:
        """An actor of a kind that acts (``act_author_kinds``; every actor when the
        language's grammar lists none)."""
        return not self.author_kinds or self.kinds.get(actor_id) in self.author_kinds

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
        if entry.inverse and syntax.is_passive(head):
            # "les syndicats ne sont pas satisfaits de la mesure du gouvernement"
            roles.sources = roles.targets
            roles.targets = _prep_targets(_all_complements([head], grammar),
                                          frozenset(("de", "par")), finder)
        elif entry.inverse:
            # "Cette annonce ne satisfait pas les syndicats": the syndicats judge its author
            roles.sources, roles.targets = roles.targets, roles.sources
    if not roles.targets and roles.sources and _aimed_by_purpose(entry.cameo):
        roles.targets = _purpose_or_place_target(head, roles, finder, grammar)
        roles.aimed = bool(roles.targets)
    if (not roles.sources and roles.targets and not syntax.is_nominal(head) and syntax.is_passive(head)
            and entry.cameo in (coding_rules().get("hosts_from_place") or ())):
        # "Alassane Ouattara a été reçu à Paris": with no agent, the host is the place's
        # state, and the guest (the passive subject) is the one received
        roles.sources = _place_state([head], {a.actor_id for a in roles.targets}, finder, grammar)
        if roles.sources:
            roles.object = roles.object or next(
                (c for c in head.children if c.dep_ in syntax.PASSIVE_SUBJECT), None)
    return roles


def _aimed_by_purpose(code: str) -> bool:
    return any(code.startswith(root) for root in coding_rules().get("targets_from_purpose_or_place") or ())


def _purpose_or_place_target(head: Token, roles: Roles, finder: ActorFinder,
                             grammar: Grammar) -> list[Argument]:
    """See coding.yaml (targets_from_purpose_or_place)."""
    own = {a.actor_id for a in roles.sources}
    anchors = ([head, *syntax.governing_verbs(head)] if syntax.is_nominal(head)
               else [head, *syntax.objects(head)])  # "imposed a curfew in Cizre"
    purpose_marks = grammar.words("purpose_marks")
    for anchor in anchors:
        for clause in anchor.children:
            # "ont manifesté hier et aujourd'hui pour dénoncer X": a purpose clause the
            # parser coordinated
            purpose = clause.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ in purpose_marks
                                                    for c in clause.children)
            if (clause.dep_ in ("advcl", "xcomp", "acl", "ccomp") or purpose) and clause.pos_ == "VERB":
                for obj in [*syntax.objects(clause), *(n for _, n in syntax.complements(clause, grammar))]:
                    found = [a for a in finder.find(obj) if a.actor_id not in own]
                    if found:
                        return found
    return _place_state(anchors, own, finder, grammar)


def _place_state(anchors: list[Token], exclude: set[str], finder: ActorFinder,
                 grammar: Grammar) -> list[Argument]:
    """The state of the place where the anchors happen ("à Paris", "in Israel")."""
    places = grammar.words("location_preps")
    for anchor in anchors:
        pairs = list(syntax.complements(anchor, grammar))
        # "reçue jeudi à Rome": the place may hang on a bare time noun
        pairs += [pair for c in anchor.children if c.dep_ in ("obl:mod", "xcomp") and syntax.is_nominal(c) and syntax.prep_of(c) is None
                  for pair in syntax.complements(c, grammar)]
        for prep, noun in pairs:
            if prep not in places:
                continue
            for token in noun.subtree:
                mention = finder.mentions.for_token(token)
                if mention is not None and mention.actor_id.startswith("gov:") and mention.actor_id not in exclude:
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
    # "Israel is opposed to …", "is committed to …": a state of the subject, not a passive
    stative = head.lower_ in grammar.words("stative_participles")
    passive = syntax.is_passive(head) and not stative
    agent_preps = grammar.words("agent_preps")
    roles.sources = _entry_sources(entry, head, finder, grammar)
    if not roles.sources and stative:
        roles.sources = next((found for c in head.children if c.dep_ in syntax.PASSIVE_SUBJECT
                              for found in [finder.find(c)] if found), [])
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
        roles.targets = (_complement_clause_target(head, finder, grammar)
                         or _condition_target(head, finder, grammar))
    if entry.source_preps and roles.sources and not passive \
            and all(t.actor_id in {a.actor_id for a in roles.sources} for t in roles.targets):
        # the object's phrase ("une aide de la France") named the giver, not a recipient
        roles.targets = _receiver(head, roles, finder)
    return roles


def _receiver(verb: Token, roles: Roles, finder: ActorFinder) -> list[Argument]:
    """"received weapons from the US", "a reçu une aide de la France": the giver is the
    source, so the subject of the receiving verb is the one who gets them."""
    own = {a.actor_id for a in roles.sources}
    for subject in syntax.subjects(verb):
        found = [a for a in finder.find(subject) if a.actor_id not in own]
        if found:
            return found
    return []


def _condition_target(head: Token, finder: ActorFinder, grammar: Grammar) -> list[Argument]:
    """"threatened to strike unless Israel rescinded the annexation", "would resume talks if
    Iran stops enrichment": the condition's subject is who the announcement is aimed at."""
    marks = grammar.words("condition_marks")
    clauses = [head, *(c for c in head.children if c.dep_ in ("ccomp", "xcomp"))]
    for clause in clauses:
        for condition in clause.children:
            if condition.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks
                                                 for m in condition.children):
                for subject in syntax.subjects(condition):
                    found = finder.find(subject)
                    if found:
                        return found
    return []


def _complement_clause_target(head: Token, finder: ActorFinder, grammar: Grammar) -> list[Argument]:
    """A control verb's target inside its clause: "demanded that the US cancel …" (the
    clause's subject), "threatened to break relations with Russia" (its complements); a
    noun's that-clause: "its demand that Israel ease restrictions"."""
    for clause in head.children:
        that_clause = clause.dep_ == "acl" and any(m.dep_ == "mark" for m in clause.children)
        if (clause.dep_ not in ("ccomp", "xcomp") and not that_clause) or clause.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        for subject in syntax.subjects(clause):
            found = finder.find(subject)
            if found:
                return found
        for obj in syntax.objects(clause):
            # "demandaient de porter le salaire minimum à 1 700 €": what the asked act
            # changes is no recipient unless it is an actor that can act
            found = [a for a in finder.find(obj) if finder.can_act(a.actor_id)]
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
        if finder.participle_subjects and current.dep_ == "acl" and syntax.is_active_participle(current):
            return _participle_subject(current, finder)
        if finder.noun_owner_infinitives and current.dep_ == "acl" \
                and "Inf" in current.morph.get("VerbForm") and syntax.is_nominal(current.head):
            # "la décision de la Turquie d'expulser …": whose decision acts
            return _noun_owner(current.head, finder)
        current = current.head
        # the governing clause's subject, whatever its voice ("X est intervenu en demandant")
        candidates = [c for c in current.children if c.dep_ in syntax.SUBJECT | syntax.PASSIVE_SUBJECT]
        for subject in candidates:
            if syntax.is_subordinate_clause(subject):
                continue
            found = finder.find(subject, "inherited")
            if found:
                return found
        if candidates and all(syntax.is_subordinate_clause(c) for c in candidates):
            return _name_before(current, finder)
        if current.dep_ in syntax.PASSIVE_SUBJECT or syntax.is_nominal(current):
            return []
    return []


def _noun_owner(noun: Token, finder: ActorFinder) -> list[Argument]:
    """The actor whose decision, wish or plan a noun names: its "de X", possessive or
    genitive."""
    for child in noun.children:
        if (child.dep_.startswith("nmod") and syntax.prep_of(child) == "de") \
                or child.dep_ in ("poss", "nmod:poss", "det:poss") \
                or (child.dep_ == "det" and child.morph.get("Poss") == ["Yes"]):
            found = finder.find(child, "inherited")
            if found:
                return found
    return []


def _name_before(verb: Token, finder: ActorFinder) -> list[Argument]:
    """The subject the parser lost to a subordinate clause ("Alors que …, François Brottes
    (PS) est intervenu"): a name that opens the clause right before the verb."""
    word = syntax.word_before_verb_group(verb)
    mention = finder.mentions.for_token(word) if word is not None else None
    if mention is None:
        return []
    first = min((t for t in verb.sent if mention.start <= t.idx < mention.end), key=lambda t: t.i)
    if first.i > verb.sent.start and first.nbor(-1).pos_ not in ("PUNCT", "CCONJ"):
        return []
    return [Argument(mention.actor_id, word, mention, "inherited")]


def _against(head: Token, verbs: list[Token], grammar: Grammar) -> bool:
    """English "defended Iraq against Western criticism": a noun the verb is set against is
    not its subject's act (grammar: adversative_preps)."""
    prep = head.head if head.dep_ == "pobj" else None
    return (prep is not None and bool(verbs) and prep.head.i == verbs[0].i
            and prep.lower_ in grammar.words("adversative_preps"))


def _participle_subject(participle: Token, finder: ActorFinder) -> list[Argument]:
    """English "-ing" participle on a noun: the noun does it ("demonstrators protesting the
    results"), or who the noun is the object of ("issued a statement demanding …")."""
    noun = participle.head
    found = finder.find(noun, "inherited")
    if not found and noun.dep_ in syntax.OBJECT:
        for subject in syntax.subjects(noun.head):
            found = found or finder.find(subject, "inherited")
    return found


def _agreeing_participles(head: Token, comps, claims: frozenset[str] = frozenset()) -> list[Token]:
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
    # one claims or perpetrates an attack, not its victims: "des attaques contre des
    # chrétiens, revendiqués par Boko Haram" (``claim_verbs``) goes with the attack
    out = [c for c in head.children if c.lemma_.lower() in claims
           or not (agrees(c, head) is False and any(agrees(c, noun) for noun in nouns))]
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
        for clause in _agreeing_participles(head, comps, grammar.words("claim_verbs")):
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
    if not roles.targets and verbs and head.dep_ in syntax.OBJECT:
        # "imposer des sanctions à l'Iran": the light verb's dative names the recipient,
        # whether the parser hung it on the verb or on its object
        roles.targets = _prep_targets([*comps, *_all_complements([verbs[0]], grammar)],
                                      grammar.words("light_verb_dative_preps"), finder)
    if not roles.targets and verbs and syntax.prep_of(head) is not None:
        # "engaged Filipino peacekeepers in a firefight": the light verb's object.
        for obj in syntax.objects(verbs[0]):
            if obj.i != head.i and not roles.targets:
                roles.targets = [a for a in finder.find(obj) if a.actor_id not in {x.actor_id for x in roles.sources}]
    if not roles.targets and entry.absorbs:  # "its demand that Israel ease …"
        roles.targets = _complement_clause_target(head, finder, grammar)
    if not roles.targets and entry.source_preps and roles.sources and verbs \
            and not syntax.is_passive(verbs[0]):
        roles.targets = _receiver(verbs[0], roles, finder)
    if not roles.sources and not _against(head, verbs, grammar):
        for verb in verbs:
            for subject in syntax.subjects(verb):
                roles.sources = roles.sources or finder.find(subject, "inherited")
            if not roles.sources:
                roles.sources = _inherited_subject(verb, finder)
            if roles.sources:
                roles.inherited = True
                break
    return roles
