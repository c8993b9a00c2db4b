"""Quote candidates from one analysed document, merged into contract Quotes.

Detectors, each a small function: marked quotes (with the cue that governs them, an incise,
a colon lead-in, a marker, or the previous speaker for a floating quote), reported clauses of
speech verbs, unmarked incises, markers ("selon X", "according to X") and speaker captions.
Overlaps are settled by ``merge``; speakers resolve through the actors stage's mentions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..actors.mentions import MentionIndex
from ..document import Document, Quote
from . import cues as C
from .captions import caption_quotes
from .lexicon import Lexicon, load_lexicon
from .marks import MarkedSpan, find_marked_spans
from .continuation import resolve_speakers
from .speakers import Speaker, actor_noun, resolve, resolve_span

QUOTE_BLOCKS = ("title", "body")
# Base confidence per detector, raised by the cue's reliability.
BASE_CONFIDENCE = {"caption": 0.9, "marks": 0.5, "clause": 0.4, "incise": 0.4,
                   "marker": 0.45, "colon": 0.6, "floating": 0.45}
FULL_QUOTE_WORDS = 4          # a marked quote this long that reads as a sentence is direct
INCISE_WINDOW = 6             # tokens after a closing mark where an incise may start
MAX_COMPLEMENT_TOKENS = 40   # a partial quote's content is its verb's complement up to this
MAX_INTERRUPTION = 10        # tokens of "he said" between two parts of one quotation
_SENTENCE_END = re.compile(r"[.!?…]$")
_LEAD_IN = set(":.!?—–-")


@dataclass
class Candidate:
    type: str
    start: int
    end: int
    detector: str
    cue: C.Cue | None = None
    speaker_head: Token | None = None
    speaker: Speaker | None = None
    region: int = 0
    chain: int | None = None
    closed: bool = True
    outer: tuple[int, int] | None = None   # a marked quote's span with its marks
    quoted: list[tuple[int, int]] = field(default_factory=list)

    def overlap(self, other: "Candidate") -> int:
        return max(0, min(self.end, other.end) - max(self.start, other.start))


# --- regions ---------------------------------------------------------------------------

def quote_regions(document: Document) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the title and body blocks, or of the text's paragraphs."""
    blocks = [b for b in document.blocks if b.kind in QUOTE_BLOCKS]
    if blocks or document.blocks:
        return sorted((b.span[0], b.span[1], b.kind) for b in blocks)
    return [(m.start(), m.end(), "body") for m in re.finditer(r"[^\n]+", document.text)]


def _region_of(regions: list[tuple[int, int, str]], offset: int) -> int:
    for i, (start, end, _) in enumerate(regions):
        if start <= offset < end:
            return i
    return -1


# --- marked quotes -----------------------------------------------------------------------

def _tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _inside_marks(token: Token, marked: list[MarkedSpan]) -> bool:
    return any(m.open_at <= token.idx < m.outer[1] for m in marked)


def _is_full_quote(text: str, mark: MarkedSpan, sent: Span) -> bool:
    """A direct quote reads as a sentence; a partial one is a fragment of the author's."""
    content = text[mark.start:mark.end]
    words = content.split()
    before = text[sent.start_char:mark.open_at].strip()
    if not before or before[-1] in _LEAD_IN:
        return True
    if len(words) >= FULL_QUOTE_WORDS and _SENTENCE_END.search(content.rstrip(" »”\"")):
        return True
    return len(words) >= FULL_QUOTE_WORDS + 2 and content[:1].isupper() and before[-1] == ","


def _names_a_work(doc: Doc, mark: MarkedSpan, lexicon: Lexicon) -> bool:
    """« Barkhane » after "l'opération", “The Art of the Deal” after "book": a name."""
    before = doc.char_span(max(0, mark.open_at - 40), mark.open_at, alignment_mode="contract")
    if before is None:
        return False
    words = [t.lower_ for t in before if not t.is_punct and not t.is_space]
    return bool(words) and words[-1] in lexicon.naming_words


def _governing_cue(span: Span, mark: MarkedSpan, marked: list[MarkedSpan],
                   lexicon: Lexicon) -> tuple[C.Cue, Token] | tuple[None, None]:
    """The speech verb the quoted words depend on ("dénonce le « comportement illégal »"),
    and the verb's dependent that holds them."""
    roots = [t for t in span if not (mark.open_at <= t.head.idx < mark.outer[1]) or t.head.i == t.i]
    for root in roots:
        node, steps = root, 0
        while node.head.i != node.i and steps < 6:
            node, below, steps = node.head, node, steps + 1
            if _inside_marks(node, marked):
                continue
            entry = lexicon.verb(node)
            if node.idx < mark.open_at and _bare_past_participle(node):
                continue  # "Interrogé sur …, X a répondu : « … »": X was asked, X did not ask
            if entry is not None and not C.unsaid(node):
                return C.cue_for_verb(node, entry), below
    return None, None


def _complement(verb_child: Token, cue: C.Cue) -> tuple[int, int] | None:
    """Character span of the verb's complement holding a partial quote ("des tentatives de
    « déstabilisation » de la part de l'Ukraine"): the reported content around the words."""
    tokens = list(verb_child.subtree)
    if cue.incise or tokens[0].idx < cue.end or len(tokens) > MAX_COMPLEMENT_TOKENS:
        return None
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in "»”\"'"):
        tokens.pop()
    while tokens and tokens[0].is_punct and tokens[0].text not in "«“\"'":
        tokens.pop(0)
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _nearby_cue(sents: list[Span], mark: MarkedSpan, marked: list[MarkedSpan],
                lexicon: Lexicon) -> C.Cue | None:
    """A speech verb beside the quote in its sentence: an incise after it, a lead-in before."""
    best: tuple[int, C.Cue] | None = None
    for sent in sents:
        for token in sent:
            if _inside_marks(token, marked):
                continue
            entry = lexicon.verb(token)
            if entry is None or C.unsaid(token):
                continue
            cue = C.cue_for_verb(token, entry)
            if token.idx >= mark.outer[1]:
                distance = sum(1 for t in sent if mark.outer[1] <= t.idx < token.idx)
                if not cue.incise and distance > INCISE_WINDOW:
                    continue
            else:
                if C.reported_clause(token, lexicon.language) is not None:
                    continue  # that verb reports its own clause, not this quote
                if _bare_past_participle(token):
                    continue  # "Interrogée sur …, la maire a été claire : « … »": she was asked
                distance = sum(1 for t in sent if token.idx < t.idx < mark.open_at) + 2
            if best is None or distance < best[0]:
                best = (distance, cue)
    return best[1] if best else None


def _bare_past_participle(verb: Token) -> bool:
    if not ("Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense")
            and not any(c.dep_.startswith("aux") for c in verb.children)):
        return False
    for token in reversed(verb.doc[verb.sent.start:verb.i]):
        if token.is_punct:
            return True
        if token.pos_ == "AUX":
            return False  # "X a pour sa part ajouté :": the parser hung the auxiliary elsewhere
    return True


def _colon_speaker(doc: Doc, mark: MarkedSpan, sent: Span) -> Token | None:
    """ "Emmanuel Macron : « … »": the noun phrase before the colon is the speaker; after a
    verb the lexicon lacks ("il avait alors lâché : « … »"), that verb's subject."""
    before = [t for t in sent if t.idx < mark.open_at and not t.is_space]
    if len(before) < 2 or before[-1].text != ":":
        return None
    if any(t.text in C.CLOSING_MARKS for t in before[:-1]):
        return None  # "X est défini comme « … », avec en précision : « … »": the colon goes on a quotation
    # A relative clause describes its antecedent ("300 personnes qui génèrent la moitié :"),
    # a passive's subject underwent it ("la communauté est composée de … :"): neither speaks.
    verbs = [t for t in before[:-1] if t.pos_ == "VERB"]
    if verbs:
        # The last verb with a subject: "il s'en était pris au juge lors d'une envolée :"
        # (a participle the tagger reads as a verb, "envolée", has none).
        speaking = [t for t in verbs if t.dep_ not in ("acl:relcl", "relcl") and not C.passive(t)]
        return next((s for s in map(C.subject_of, reversed(speaking)) if s is not None), None) \
            or _judging_subject(sent, mark)
    if len(before) == 2 and before[0].pos_ == "NOUN" and not actor_noun(before[0]):
        return None  # a headline's topic ("Pollution : « … »") is no speaker
    nominal = [t for t in before[:-1] if t.pos_ in ("PROPN", "NOUN") and t.head.i >= before[0].i]
    if not nominal:  # a lone name the tagger missed ("Macron/ADV : « … »")
        nominal = [t for t in before[:-1] if t.is_title and t.is_alpha]
    heads = [t for t in nominal if t.head.i == t.i or t.head.i >= before[-1].i or t.head not in nominal
             or t.dep_ == "ROOT"]
    return heads[0] if heads else (nominal[0] if nominal else None)


def _judging_subject(sent: Span, mark: MarkedSpan) -> Token | None:
    """ "Interrogée sur …, la maire, X, a été claire : « … »": the person or institution a
    copular main clause before the colon judges (not "La liste est longue :")."""
    for adjective in reversed([t for t in sent if t.idx < mark.open_at and t.pos_ == "ADJ"]):
        if any(c.dep_ == "cop" for c in adjective.children):
            subject = C.subject_of(adjective)
            named = subject is not None and (subject.pos_ == "PROPN" or actor_noun(subject) or any(
                c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children))
            return subject if named else None
    return None


def _marker_lead_in(sent: Span, mark: MarkedSpan, lexicon: Lexicon) -> C.Cue | None:
    """A marker leading the quote in ("Selon son avocat, « … »"): its noun phrase speaks."""
    for marker, first, last in C.find_markers(sent, lexicon):
        speaker = C.marker_speaker(sent, last)
        if sent.doc[last - 1].idx >= mark.open_at or speaker is None or speaker.idx >= mark.open_at:
            continue
        between = sent.doc.text[speaker.idx:mark.open_at]
        if any(p in between for p in ".;:!?«“"):
            continue  # the marker belongs to an earlier clause
        if speaker.right_edge.idx >= mark.open_at and "," not in between:
            continue  # the marks are inside its noun phrase: a title ("selon un rapport sur « … »")
        doc = sent.doc
        return C.Cue(doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text), marker.text,
                     marker.cls, marker.reliability, speaker)
    return None


def _lead_in_cue(doc: Doc, sent: Span, lexicon: Lexicon) -> C.Cue | None:
    """A cue in the previous sentence when it ends with a colon ("Il a ajouté :")."""
    if sent.start == 0:
        return None
    previous = doc[sent.start - 1].sent
    last = [t for t in previous if not t.is_space]
    if not last or last[-1].text != ":":
        return None
    for token in reversed(last):
        entry = lexicon.verb(token)
        if entry is not None:
            return C.cue_for_verb(token, entry)
    return None


def _inner_incise(span: Span, lexicon: Lexicon) -> C.Cue | None:
    """An incise inside the marks themselves ("« A, estime la ministre, b »")."""
    for token in span:
        entry = lexicon.verb(token)
        if entry is None or C.unsaid(token):
            continue
        speaker = C.incise_inside_marks(token, span.start, span.end)
        if speaker is not None:
            start = span.doc[C.verb_group_start(token)].idx
            return C.Cue(start, token.idx + len(token.text), entry.lemma, entry.cls, entry.reliability,
                         speaker, incise=True)
    return None


def _attribution_after(doc: Doc, mark: MarkedSpan, region_end: int, lexicon: Lexicon) -> C.Cue | None:
    """The sentence right after a quotation attributes it ("« … » C'est ce qu'a déclaré X",
    "« … » Ainsi s'exprimait X"): an opening of ``attributions_after`` then, before any
    comma, a speech verb; its speaker speaks the quotation."""
    after = doc.char_span(mark.outer[1], region_end, alignment_mode="contract")
    if after is None:
        return None
    tokens = [t for t in after if not t.is_space]
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    lowered = [t.lower_ for t in tokens]
    for opening in lexicon.attributions_after:
        if tuple(lowered[:len(opening)]) != opening:
            continue
        for token in tokens[len(opening):]:
            if token.is_punct:
                return None  # "Ainsi, le ministre a annoncé …": a connective, not an attribution
            entry = lexicon.verb(token)
            if entry is not None and not C.unsaid(token):
                speaker = C.reporter_of(token)
                if speaker is None:
                    return None
                start = doc[C.verb_group_start(token)].idx
                return C.Cue(start, token.idx + len(token.text), entry.lemma, entry.cls, entry.reliability,
                             speaker)
    return None


def marked_candidates(doc: Doc, document: Document, regions, marked: list[MarkedSpan],
                      lexicon: Lexicon) -> list[Candidate]:
    text = document.text
    found = []
    for mark in marked:
        span = _tokens(doc, mark.start, mark.end)
        if span is None or len(span) == 0 or _names_a_work(doc, mark, lexicon):
            continue
        region = _region_of(regions, mark.start)
        edges = [span[0], span[-1]]
        after = span[-1].i + 2  # '"Who pays?" the union asked.' may be parsed as two sentences
        if after < len(doc) and doc[after].idx < regions[region][1] and doc[after].is_lower:
            edges.append(doc[after])
        sents = list({t.sent.start: t.sent for t in edges}.values())
        qtype = "direct" if _is_full_quote(text, mark, sents[0]) else "partial"
        if region >= 0 and regions[region][2] == "title":
            qtype = "title"
        candidate = Candidate(qtype, mark.start, mark.end, "marks", region=region,
                              chain=mark.chain, closed=mark.close_at is not None, outer=mark.outer)
        cue, holder = _governing_cue(span, mark, marked, lexicon)
        if cue is not None and qtype == "partial":
            content = _complement(holder, cue)
            if content is not None:
                candidate.start, candidate.end = content
                candidate.quoted.append((mark.start, mark.end))
        cue = (cue or _nearby_cue(sents, mark, marked, lexicon) or _marker_lead_in(sents[0], mark, lexicon)
               or _inner_incise(span, lexicon))
        colon = None if cue else _colon_speaker(doc, mark, sents[0])
        if cue is None and colon is None and mark.part == 0 and span[0].i <= sents[0].start + 1:
            cue = _lead_in_cue(doc, sents[0], lexicon)
        if cue is None and colon is None and qtype == "direct" and mark.close_at is not None:
            cue = _attribution_after(doc, mark, regions[region][1], lexicon)
        if cue is not None:
            candidate.cue, candidate.speaker_head = cue, cue.speaker
        elif colon is not None:
            candidate.detector, candidate.speaker_head = "colon", colon
        elif qtype != "partial":
            candidate.detector = "floating"
        else:
            continue  # a scare quote: no cue, no speaker
        found.append(candidate)
    return _join_interrupted(_share_within_chains(found), text, lexicon.quotes_run_on)


def _join_interrupted(found: list[Candidate], text: str, across_sentences: bool) -> list[Candidate]:
    """Join direct quotes split by their own incise: "« A, dit-il, b »" always; "“A,” he
    said. “B.”" only where the lexicon says quotations run on across sentences (English)."""
    joined: list[Candidate] = []
    for c in found:
        last = joined[-1] if joined else None
        if (last is not None and last.type == c.type == "direct" and last.region == c.region
                and last.cue is not None and last.outer and c.outer
                and (c.detector == "floating" or (c.cue and c.cue.start == last.cue.start))):
            gap = text[last.outer[1]:c.outer[0]]
            runs_on = across_sentences or gap.rstrip().endswith(",")
            if runs_on and last.outer[1] <= last.cue.start < c.outer[0] and len(gap.split()) <= MAX_INTERRUPTION:
                last.quoted.extend([(last.start, last.end), (c.start, c.end)])
                last.end, last.outer = c.end, (last.outer[0], c.outer[1])
                continue
        joined.append(c)
    return joined


def _share_within_chains(found: list[Candidate]) -> list[Candidate]:
    """Segments of a quote running across paragraphs share its one attribution."""
    by_chain: dict[int, Candidate] = {}
    for c in found:
        if c.detector != "floating" and c.chain is not None:
            by_chain.setdefault(c.chain, c)
    for c in found:
        origin = by_chain.get(c.chain) if c.chain is not None else None
        if c.detector == "floating" and origin is not None:
            c.detector, c.cue, c.speaker_head = "chain", origin.cue, origin.speaker_head
    return found


# --- unmarked reported speech --------------------------------------------------------------

def clause_candidates(doc: Doc, regions, marked: list[MarkedSpan],
                      lexicon: Lexicon) -> list[Candidate]:
    """ "X a affirmé que …", "X said …", "…, estime la présidente", "selon X, …"."""
    found = []
    for region, (start, end, kind) in enumerate(regions):
        span = _tokens(doc, start, end)
        if span is None:
            continue
        for sent in span.sents:
            for token in sent:
                if _inside_marks(token, marked):
                    continue
                entry = lexicon.verb(token)
                if entry is None or "Imp" in token.morph.get("Mood") or C.unsaid(token):
                    continue  # "Rappelons que …" is the author's own voice
                cue = C.cue_for_verb(token, entry)
                if C.passive(token) or cue.speaker is None and C.speakerless_by_form(token):
                    continue
                clause = C.reported_clause(token, lexicon.language)
                detector = "clause"
                if clause is None:
                    clause, detector = C.incise_clause(token, cue), "incise"
                if clause is None:
                    continue
                first, last = doc[clause[0]], doc[clause[1] - 1]
                found.append(Candidate("indirect", first.idx, last.idx + len(last.text), detector,
                                       cue, cue.speaker, region=region))
            found.extend(_marker_candidates(sent, region, lexicon))
    return found


def _marker_candidates(sent: Span, region: int, lexicon: Lexicon) -> list[Candidate]:
    found = []
    doc = sent.doc
    for marker, first, last in C.find_markers(sent, lexicon):
        speaker = C.marker_speaker(sent, last)
        clause = C.marker_clause(sent, first, last, speaker)
        if clause is None:
            continue
        cue = C.Cue(doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text), marker.text,
                    marker.cls, marker.reliability, speaker)
        a, b = doc[clause[0]], doc[clause[1] - 1]
        found.append(Candidate("indirect", a.idx, b.idx + len(b.text), "marker", cue, speaker,
                               region=region))
    return found


def _keep_marks_whole(c: Candidate, marked: list[MarkedSpan]) -> None:
    """A content that cuts through a quotation takes all of it, marks included: the
    complement 'le « comportement illégal »' keeps its closing mark, "…, « … », a dit X"
    its opening one."""
    if c.type not in ("partial", "indirect"):
        return   # a direct quote is the marks' content (joined parts included)
    for m in marked:
        if m.close_at is None:
            continue
        first, last = m.outer
        if c.start < first < c.end < last:
            c.end = last
        elif first < c.start < last < c.end:
            c.start = first


# --- merging ---------------------------------------------------------------------------

def merge(marked: list[Candidate], clauses: list[Candidate], captions: list[Candidate]) -> list[Candidate]:
    """One quote per reported statement: captions, then marked quotes, then clauses."""
    kept = list(captions)
    for c in marked:
        caption = next((k for k in captions if k.overlap(c) > 0), None)
        if caption is None:
            kept.append(c)
    for c in clauses:
        if any(k.overlap(c) > 0 for k in captions):
            continue
        inner = [m for m in marked if m.start >= c.start and m.end <= c.end]
        covering = [m for m in marked if m.overlap(c) >= 0.6 * (c.end - c.start)]
        if covering:
            continue  # the marked quote is the statement
        if c.detector == "incise" and any(m.overlap(c) and m.type != "partial" for m in marked):
            continue  # "« … », a-t-il dit": the marked quote is the statement
        for m in inner:
            if m.type == "partial" and (m.cue is None or c.cue is None or m.cue.start == c.cue.start):
                c.quoted.append((m.start, m.end))
                if m in kept:
                    kept.remove(m)
        if any(k.start == c.start and k.end == c.end for k in kept):
            continue
        nested = next((k for k in kept if k.detector == c.detector == "incise" and k.start == c.start
                       and k.cue is not None and c.cue is not None and k.cue.end <= c.cue.start), None)
        if nested is not None:
            kept.remove(nested)  # "P, indique une étude, a annoncé X": X reports P, the outer incise
        kept.append(c)
    return sorted(kept, key=lambda c: (c.start, c.end))


# --- speakers, confidence, contract ------------------------------------------------------

def confidence(c: Candidate) -> float:
    reliability = c.cue.reliability if c.cue is not None else 0.5
    value = BASE_CONFIDENCE.get(c.detector, 0.45) + 0.4 * reliability
    if c.speaker is None or c.speaker.actor_id is None:
        value *= 0.7
    elif c.speaker.via == "previous_quote":
        value *= 0.85
    if not c.closed:
        value *= 0.8
    return round(min(value, 0.98), 3)


def to_quote(c: Candidate, text: str) -> Quote:
    extra = {"detector": c.detector}
    cue_text = cue_span = None
    if c.cue is not None:
        cue_span = (c.cue.start, c.cue.end)
        cue_text = "caption" if c.detector == "caption" else text[c.cue.start:c.cue.end]
        extra.update(cue_lemma=c.cue.lemma, cue_class=c.cue.cls)
    elif c.detector == "colon":
        extra["cue_lemma"] = ":"
    speaker = c.speaker
    if speaker is not None:
        extra["speaker_text"] = speaker.text
        if speaker.via != "mention":
            extra["speaker_via"] = speaker.via
    if c.quoted:
        extra["quoted_spans"] = [list(s) for s in c.quoted]
    if not c.closed:
        extra["unbalanced"] = True
    return Quote(c.type, text[c.start:c.end], (c.start, c.end),
                 speaker.actor_id if speaker else None,
                 speaker.span if speaker else None, cue_text, cue_span, confidence(c), extra)


def caption_candidates(document: Document, marked: list[MarkedSpan], mentions: MentionIndex,
                       regions) -> list[Candidate]:
    found = []
    for cq in caption_quotes(document, marked):
        speaker = (resolve_span(mentions, document.text, cq.speaker_span) if cq.speaker_span
                   else Speaker(None, cq.caption_span, cq.speaker_name or "", 0.0, "text"))
        cue = C.Cue(cq.caption_span[0], cq.caption_span[1], "caption", "say", 1.0, None)
        c = Candidate("direct", cq.start, cq.end, "caption", cue, speaker=speaker,
                      region=_region_of(regions, cq.start))
        found.append(c)
    return found


def _unissued_data(c: Candidate, lexicon: Lexicon, mentions: MentionIndex, text: str) -> bool:
    """ "selon le bilan", "according to the figures": a marker whose object is data with no
    issuer reports nobody's words. With an issuer ("selon le bilan de la préfecture", "selon
    ses estimations") the issuer is the speaker."""
    head = c.speaker_head
    if c.cue is None or c.cue.cls != "according" or head is None:
        return False
    if head.lemma_.lower() not in lexicon.data_nouns and head.lower_ not in lexicon.data_nouns:
        return False
    return resolve(mentions, text, head).actor_id is None and not C.issuer_named(head, actor_noun)


def extract_quotes(document: Document, doc: Doc, mentions: MentionIndex) -> list[Quote]:
    """Every quote of ``document`` (parsed as ``doc``), speakers resolved through ``mentions``."""
    lexicon = load_lexicon(document.language or "en")
    regions = quote_regions(document)
    marked_spans = find_marked_spans(document.text, [(s, e) for s, e, _ in regions])
    marked = marked_candidates(doc, document, regions, marked_spans, lexicon)
    clauses = clause_candidates(doc, regions, marked_spans, lexicon)
    captions = caption_candidates(document, marked_spans, mentions, regions)
    for c in marked + clauses:
        _keep_marks_whole(c, marked_spans)
    marked = [c for c in marked if not _unissued_data(c, lexicon, mentions, document.text)]
    clauses = [c for c in clauses if not _unissued_data(c, lexicon, mentions, document.text)]
    candidates = merge(marked, clauses, captions)
    resolve_speakers(candidates, mentions, document.text, doc, regions)
    quotes = []
    for c in candidates:
        if c.detector == "floating" and c.speaker is None:
            continue  # an unattributed quotation: no source, so no quote
        if c.cue is None and c.speaker is None:
            continue
        quotes.append(to_quote(c, document.text))
    return quotes
