"""The author of an act an article points back at: "Cette annonce ne satisfait pas les
syndicats", "les associations dénoncent cette mesure".

A demonstrative noun naming an act (``act_nouns`` in grammar_<lang>.yaml: annonce, mesure,
décision…) with no actor in its own phrase refers to the act the article is about, and news
states that act first: its author is the subject of the title ("PSA va supprimer 8 000
emplois") or, when the title has none, of the lead sentence ("Le gouvernement a décidé …").
Only actors of the kinds that act (``act_author_kinds``) qualify: "le SMIC augmentera" has
no author.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from . import syntax


def is_act_anaphor(token: Token, act_nouns: frozenset[str],
                   definite_act_nouns: frozenset[str] = frozenset()) -> bool:
    """``token`` is a demonstrative act noun ("cette annonce", "ces mesures"), or a bare
    definite one of ``definite_act_nouns`` ("n'acceptait pas le plan"; not "le plan de
    relance de X", not "le projet qui …")."""
    lemma = token.lemma_.lower()
    if not syntax.is_nominal(token) or lemma not in act_nouns | definite_act_nouns:
        return False
    determiners = [c for c in token.children if c.dep_ == "det"]
    if lemma in act_nouns and any("Dem" in d.morph.get("PronType") for d in determiners):
        return True
    # "le plan en l'état" is still bare; "le plan de X", "le plan qui …" are not
    bare = not any(c.dep_.startswith("acl")
                   or (c.dep_.startswith("nmod") and syntax.prep_of(c) in ("de", "par"))
                   for c in token.children)
    return (lemma in definite_act_nouns and bare
            and any("Def" in d.morph.get("Definite") and "Art" in d.morph.get("PronType")
                    for d in determiners))


def opening_sentences(doc: Doc) -> list[Span]:
    """The title and the lead: the first sentence of the first block and the first two of
    the second (a dateline "26 juin 2012." is often a sentence of its own)."""
    starts = sorted(doc.user_data.get("veilleur_block_starts") or [0])[:2]
    sentences = list(doc.sents)
    out = []
    for n, start in enumerate(starts):
        inside = [s for s in sentences if s.start_char >= start
                  and (n + 1 >= len(starts) or s.start_char < starts[n + 1])]
        out += inside[:1 if n == 0 and len(starts) > 1 else 2]
    return out


def named_subject(subject: Token, mentions) -> tuple[Token, object] | None:
    """The mention a subject names: on its head or on a name in apposition ("L'agence
    Moody's"), not inside a complement ("La note de l'Italie")."""
    for token in [subject, *subject.children]:
        if token.i != subject.i and (token.dep_ not in ("appos", "flat:name", "nmod", "compound")
                                     or any(c.dep_ == "case" for c in token.children)):
            continue
        mention = mentions.for_token(token)
        if mention is not None:
            return token, mention
    return None


def lead_author(doc: Doc, mentions, kinds: dict[str, str], allowed: frozenset[str]):
    """(token, mention) of the first actor of an allowed kind that is the active subject of a
    verb in the title, else in the lead sentence; None when there is none."""
    for sentence in opening_sentences(doc):
        for token in sentence:
            if token.dep_ in syntax.SUBJECT and token.head.pos_ in ("VERB", "AUX"):
                found = named_subject(token, mentions)
            else:
                found = _name_before_verb(token, mentions)
            if found is not None and kinds.get(found[1].actor_id) in allowed:
                return found
    return None


def _name_before_verb(verb: Token, mentions):
    """Headlines parse badly ("Économie : L'agence Moody's dégrade l'Italie" hangs the verb
    on the noun): a finite verb with no subject of its own takes the name right before it."""
    if verb.pos_ != "VERB" or "Fin" not in verb.morph.get("VerbForm") or verb.i == 0 \
            or syntax.subjects(verb):
        return None
    before = verb.doc[verb.i - 1]
    mention = mentions.for_token(before)
    return (before, mention) if mention is not None else None
