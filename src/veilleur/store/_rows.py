"""A Document flattened into the rows of the store's tables (column order of the migrations)."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from ..document import Document, text_id

# Contract fields stored in their own columns; everything else of meta goes to meta_json.
_ARTICLE_META_COLUMNS = ("url", "site", "author")
_NOT_META = {"pipeline"}

ARTICLE_COLUMNS = ("id", "content_hash", "source", "url", "title", "language", "published", "site",
                   "author", "raw", "raw_media_type", "raw_encoding", "text", "blocks_json",
                   "meta_json", "ingested_at", "near_duplicate_of")
ACTOR_COLUMNS = ("id", "name", "kind", "country", "cameo", "wikidata", "aliases_json", "updated_at")
ARTICLE_ACTOR_COLUMNS = ("article_id", "pipeline_version", "actor_id", "mention_count",
                         "mentions_json")
EVENT_COLUMNS = ("article_id", "pipeline_version", "idx", "category", "mode", "cameo", "goldstein",
                 "quad_class", "source_actor", "target_actor", "trigger_start", "trigger_end",
                 "trigger_text", "sentence_start", "sentence_end", "sentence_text", "modality",
                 "event_date", "location_name", "location_country", "location_lat",
                 "location_lon", "confidence", "extra_json")
QUOTE_COLUMNS = ("article_id", "pipeline_version", "idx", "type", "text", "span_start", "span_end",
                 "speaker_actor", "speaker_start", "speaker_end", "cue", "cue_lemma", "cue_start",
                 "cue_end", "confidence", "extra_json")
ANALYSIS_COLUMNS = ("article_id", "pipeline_version", "document_json", "error_count", "created_at")


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def content_hash(document: Document) -> str:
    return text_id(document.text)


def article_row(document: Document, near_duplicate_of: str | None) -> tuple:
    raw = document.raw
    meta = {k: v for k, v in document.meta.items()
            if k not in _ARTICLE_META_COLUMNS and k not in _NOT_META and v is not None}
    url = document.meta.get("url") or getattr(raw, "url", None)
    return (document.id, content_hash(document), document.source, url, document.title,
            document.language, document.published, document.meta.get("site"),
            document.meta.get("author"), getattr(raw, "data", None),
            getattr(raw, "media_type", None), getattr(raw, "encoding", None), document.text,
            dumps([b.to_dict() for b in document.blocks]), dumps(meta), now(), near_duplicate_of)


def analysis_row(article_id: str, version: str, contract: dict[str, Any]) -> tuple:
    return (article_id, version, dumps(contract), len(contract.get("errors") or []), now())


def actor_rows(document: Document) -> list[tuple]:
    # Sorted by id: concurrent writers then lock actor rows in one order (no deadlock).
    stamp = now()
    return [(a.id, a.name, a.kind, a.country, a.cameo, a.wikidata, dumps(list(a.aliases)), stamp)
            for a in sorted(document.actors, key=lambda a: a.id)]


def article_actor_rows(article_id: str, version: str, document: Document) -> list[tuple]:
    return [(article_id, version, a.id, len(a.mentions), dumps([list(m) for m in sorted(a.mentions)]))
            for a in sorted(document.actors, key=lambda a: a.id)]


def _piece(text: str, span) -> str | None:
    return text[span[0]:span[1]] if span else None


def event_rows(article_id: str, version: str, document: Document) -> list[tuple]:
    rows = []
    for idx, e in enumerate(document.events):
        loc = e.location or {}
        rows.append((article_id, version, idx, e.category, e.mode, e.cameo, e.goldstein,
                     e.quad_class, e.source, e.target, e.trigger[0], e.trigger[1],
                     _piece(document.text, e.trigger), e.sentence[0], e.sentence[1],
                     _piece(document.text, e.sentence), e.modality, e.date, loc.get("name"),
                     loc.get("country"), loc.get("lat"), loc.get("lon"), float(e.confidence),
                     dumps({k: v for k, v in e.extra.items() if v is not None})))
    return rows


def quote_rows(article_id: str, version: str, document: Document) -> list[tuple]:
    rows = []
    for idx, q in enumerate(document.quotes):
        extra = {k: v for k, v in q.extra.items() if v is not None and k != "cue_lemma"}
        speaker = q.speaker_span or (None, None)
        cue = q.cue_span or (None, None)
        rows.append((article_id, version, idx, q.type, q.text, q.span[0], q.span[1], q.speaker,
                     speaker[0], speaker[1], q.cue, q.extra.get("cue_lemma"), cue[0], cue[1],
                     float(q.confidence), dumps(extra)))
    return rows
