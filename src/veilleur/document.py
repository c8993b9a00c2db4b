"""The one Document type that flows through every stage.

Its ``to_dict()`` is the analysis contract (shared/docs/analysis-contract.md): stages add
to a Document, none rebuilds it. Fields beyond the contract live in ``extra`` dicts and are
merged into the output, so the contract only ever grows.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Iterable

BLOCK_KINDS = ("title", "body", "caption", "credit", "byline", "boilerplate")
ACTOR_KINDS = (
    "person", "government", "legislature", "judiciary", "military", "police", "party",
    "rebel_group", "armed_group", "igo", "ngo", "media", "company", "civilians", "other",
)
PLOVER_CATEGORIES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
MODALITIES = ("asserted", "negated", "future", "hypothetical", "past_reported")
QUOTE_TYPES = ("direct", "partial", "indirect", "title")

Span = tuple[int, int]


def _span(value: Iterable[int] | None) -> list[int] | None:
    return None if value is None else [int(v) for v in value]


def _drop_none(extra: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in extra.items() if v is not None}


@dataclass
class Block:
    """A classified paragraph. ``data`` holds structured facts (e.g. a caption's speaker)."""

    kind: str
    span: Span
    data: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "span": _span(self.span), **self.data}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Block":
        data = {k: v for k, v in d.items() if k not in ("kind", "span")}
        return cls(d["kind"], tuple(d["span"]), data)


@dataclass
class Actor:
    id: str
    name: str
    kind: str = "other"
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    wikidata: str | None = None
    cameo: str | None = None
    mentions: list[Span] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "aliases": list(self.aliases), "kind": self.kind,
            "country": self.country, "wikidata": self.wikidata, "cameo": self.cameo,
            "mentions": [_span(m) for m in sorted(self.mentions)], **_drop_none(self.extra),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Actor":
        known = {"id", "name", "aliases", "kind", "country", "wikidata", "cameo", "mentions"}
        return cls(d["id"], d["name"], d.get("kind") or "other", list(d.get("aliases") or []),
                   d.get("country"), d.get("wikidata"), d.get("cameo"),
                   [tuple(m) for m in d.get("mentions") or []],
                   {k: v for k, v in d.items() if k not in known})


@dataclass
class Event:
    category: str
    cameo: str
    trigger: Span
    sentence: Span
    source: str | None = None
    target: str | None = None
    mode: str | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    modality: str = "asserted"
    date: str | None = None
    location: dict[str, Any] | None = None
    confidence: float = 0.5
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "category": self.category, "mode": self.mode, "cameo": self.cameo,
            "goldstein": self.goldstein, "quad_class": self.quad_class,
            "source": self.source, "target": self.target,
            "trigger": _span(self.trigger), "sentence": _span(self.sentence),
            "modality": self.modality, "date": self.date, "location": self.location,
            "confidence": round(float(self.confidence), 3), **_drop_none(self.extra),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Event":
        known = {"category", "mode", "cameo", "goldstein", "quad_class", "source", "target",
                 "trigger", "sentence", "modality", "date", "location", "confidence"}
        return cls(d["category"], d.get("cameo") or "", tuple(d["trigger"]), tuple(d["sentence"]),
                   d.get("source"), d.get("target"), d.get("mode"), d.get("goldstein"),
                   d.get("quad_class"), d.get("modality") or "asserted", d.get("date"),
                   d.get("location"), float(d.get("confidence") or 0.0),
                   {k: v for k, v in d.items() if k not in known})


@dataclass
class Quote:
    type: str
    text: str
    span: Span
    speaker: str | None = None
    speaker_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    confidence: float = 0.5
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type, "text": self.text, "span": _span(self.span),
            "speaker": self.speaker, "speaker_span": _span(self.speaker_span),
            "cue": self.cue, "cue_span": _span(self.cue_span),
            "confidence": round(float(self.confidence), 3), **_drop_none(self.extra),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Quote":
        known = {"type", "text", "span", "speaker", "speaker_span", "cue", "cue_span", "confidence"}
        ss, cs = d.get("speaker_span"), d.get("cue_span")
        return cls(d["type"], d["text"], tuple(d["span"]), d.get("speaker"),
                   tuple(ss) if ss else None, d.get("cue"), tuple(cs) if cs else None,
                   float(d.get("confidence") or 0.0),
                   {k: v for k, v in d.items() if k not in known})


def text_id(text: str) -> str:
    """The contract's default id: sha256 of the cleaned text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Document:
    """A cleaned article and everything the analysis found in it."""

    source: str
    text: str
    title: str | None = None
    language: str | None = None
    published: str | None = None
    blocks: list[Block] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    id: str | None = None
    # Fields beyond the contract: author, site, url, pipeline version...
    meta: dict[str, Any] = field(default_factory=dict)
    # The input as received (veilleur.ingest.RawInput: bytes, media type, URL), kept by
    # stores; never serialised into the contract.
    raw: Any = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.id is None:
            self.id = text_id(self.text)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "source": self.source, "title": self.title,
            "language": self.language, "published": self.published, "text": self.text,
            "blocks": [b.to_dict() for b in self.blocks],
            "actors": [a.to_dict() for a in self.actors],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
        }
        if self.errors:
            out["errors"] = list(self.errors)
        for key, value in self.meta.items():
            if key not in out and value is not None:
                out[key] = value
        return out

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Document":
        known = {"id", "source", "title", "language", "published", "text", "blocks", "actors",
                 "events", "quotes", "errors"}
        return cls(
            source=d.get("source") or "", text=d.get("text") or "", title=d.get("title"),
            language=d.get("language"), published=d.get("published"),
            blocks=[Block.from_dict(b) for b in d.get("blocks") or []],
            actors=[Actor.from_dict(a) for a in d.get("actors") or []],
            events=[Event.from_dict(e) for e in d.get("events") or []],
            quotes=[Quote.from_dict(q) for q in d.get("quotes") or []],
            errors=list(d.get("errors") or []), id=d.get("id"),
            meta={k: v for k, v in d.items() if k not in known},
        )

    def blocks_of(self, *kinds: str) -> list[Block]:
        return [b for b in self.blocks if b.kind in kinds]

    def actor(self, actor_id: str | None) -> Actor | None:
        if actor_id is None:
            return None
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None
