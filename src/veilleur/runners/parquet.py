"""Parquet as the exchange format: analysed Documents as four tables in the contract's terms.

Layout of a directory (readable as is by DuckDB, Spark, pandas or polars)::

    DIR/articles/<part>.parquet   one row per article (text, blocks, meta, raw input bytes)
    DIR/actors/<part>.parquet     one row per (article, actor), with its mention spans
    DIR/events/<part>.parquet     one row per event, trigger and sentence text included
    DIR/quotes/<part>.parquet     one row per quote

Every row carries ``article_id`` and ``pipeline_version``; the rows of one article live in
parts of the same name in the four folders, so a part can be read back into Documents on
its own (``read_documents``) with bounded memory. Offsets are the contract's ``[start, end)``
string indices into ``articles.text``; fields beyond the contract sit in ``*_json`` columns,
so a round trip gives back the same contract document.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any, Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from ..document import Document
from ..errors import VeilleurError
from ..ingest.raw import RawInput

TABLES = ("articles", "actors", "events", "quotes")
_SPAN = pa.list_(pa.int64())

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([
        ("article_id", pa.string()), ("pipeline_version", pa.string()), ("source", pa.string()),
        ("url", pa.string()), ("title", pa.string()), ("language", pa.string()),
        ("published", pa.string()), ("site", pa.string()), ("author", pa.string()),
        ("text", pa.string()), ("blocks_json", pa.string()), ("errors", pa.list_(pa.string())),
        ("meta_json", pa.string()), ("raw", pa.binary()), ("raw_media_type", pa.string()),
        ("raw_encoding", pa.string()), ("raw_url", pa.string())]),
    "actors": pa.schema([
        ("article_id", pa.string()), ("pipeline_version", pa.string()), ("actor_id", pa.string()),
        ("name", pa.string()), ("kind", pa.string()), ("aliases", pa.list_(pa.string())),
        ("country", pa.string()), ("wikidata", pa.string()), ("cameo", pa.string()),
        ("mentions", pa.list_(_SPAN)), ("extra_json", pa.string())]),
    "events": pa.schema([
        ("article_id", pa.string()), ("pipeline_version", pa.string()), ("idx", pa.int32()),
        ("category", pa.string()), ("mode", pa.string()), ("cameo", pa.string()),
        ("goldstein", pa.float64()), ("quad_class", pa.int32()), ("source", pa.string()),
        ("target", pa.string()), ("trigger_start", pa.int64()), ("trigger_end", pa.int64()),
        ("trigger_text", pa.string()), ("sentence_start", pa.int64()),
        ("sentence_end", pa.int64()), ("sentence_text", pa.string()), ("modality", pa.string()),
        ("date", pa.string()), ("location_name", pa.string()), ("location_country", pa.string()),
        ("location_lat", pa.float64()), ("location_lon", pa.float64()),
        ("location_json", pa.string()), ("confidence", pa.float64()), ("extra_json", pa.string())]),
    "quotes": pa.schema([
        ("article_id", pa.string()), ("pipeline_version", pa.string()), ("idx", pa.int32()),
        ("type", pa.string()), ("text", pa.string()), ("span_start", pa.int64()),
        ("span_end", pa.int64()), ("speaker", pa.string()), ("speaker_start", pa.int64()),
        ("speaker_end", pa.int64()), ("cue", pa.string()), ("cue_start", pa.int64()),
        ("cue_end", pa.int64()), ("confidence", pa.float64()), ("extra_json", pa.string())]),
}
_ARTICLE_FIELDS = ("url", "site", "author")
_NOT_META = {"pipeline", *_ARTICLE_FIELDS}


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _piece(text: str, span) -> str | None:
    return text[span[0]:span[1]] if span else None


def _pair(span) -> tuple[Any, Any]:
    return (span[0], span[1]) if span else (None, None)


# -- Documents → rows ---------------------------------------------------------------------

def document_rows(document: Document) -> dict[str, list[dict]]:
    """The rows of the four tables for one Document (its ``pipeline`` meta as version)."""
    contract = document.to_dict()
    article_id, version = document.id, document.meta.get("pipeline")
    key = {"article_id": article_id, "pipeline_version": version}
    raw = document.raw
    meta = {k: v for k, v in document.meta.items() if k not in _NOT_META and v is not None}
    article = {**key, "source": document.source, "url": document.meta.get("url"),
               "title": document.title, "language": document.language,
               "published": document.published, "site": document.meta.get("site"),
               "author": document.meta.get("author"), "text": document.text,
               "blocks_json": _json(contract["blocks"]), "errors": list(document.errors),
               "meta_json": _json(meta), "raw": getattr(raw, "data", None),
               "raw_media_type": getattr(raw, "media_type", None),
               "raw_encoding": getattr(raw, "encoding", None), "raw_url": getattr(raw, "url", None)}
    actors = [{**key, "actor_id": a["id"], "name": a["name"], "kind": a["kind"],
               "aliases": a["aliases"], "country": a["country"], "wikidata": a["wikidata"],
               "cameo": a["cameo"], "mentions": a["mentions"],
               "extra_json": _json(_beyond(a, "id", "name", "kind", "aliases", "country",
                                           "wikidata", "cameo", "mentions"))}
              for a in contract["actors"]]
    events = []
    for idx, e in enumerate(contract["events"]):
        location = e["location"] or {}
        events.append({**key, "idx": idx, **{k: e[k] for k in (
            "category", "mode", "cameo", "goldstein", "quad_class", "source", "target",
            "modality", "date", "confidence")},
            "trigger_start": e["trigger"][0], "trigger_end": e["trigger"][1],
            "trigger_text": _piece(document.text, e["trigger"]),
            "sentence_start": e["sentence"][0], "sentence_end": e["sentence"][1],
            "sentence_text": _piece(document.text, e["sentence"]),
            "location_name": location.get("name"), "location_country": location.get("country"),
            "location_lat": location.get("lat"), "location_lon": location.get("lon"),
            "location_json": None if e["location"] is None else _json(e["location"]),
            "extra_json": _json(_beyond(e, "category", "mode", "cameo", "goldstein", "quad_class",
                                        "source", "target", "trigger", "sentence", "modality",
                                        "date", "location", "confidence"))})
    quotes = []
    for idx, q in enumerate(contract["quotes"]):
        speaker, cue = _pair(q["speaker_span"]), _pair(q["cue_span"])
        quotes.append({**key, "idx": idx, "type": q["type"], "text": q["text"],
                       "span_start": q["span"][0], "span_end": q["span"][1],
                       "speaker": q["speaker"], "speaker_start": speaker[0],
                       "speaker_end": speaker[1], "cue": q["cue"], "cue_start": cue[0],
                       "cue_end": cue[1], "confidence": q["confidence"],
                       "extra_json": _json(_beyond(q, "type", "text", "span", "speaker",
                                                   "speaker_span", "cue", "cue_span",
                                                   "confidence"))})
    return {"articles": [article], "actors": actors, "events": events, "quotes": quotes}


def _beyond(d: dict, *known: str) -> dict:
    return {k: v for k, v in d.items() if k not in known}


def tables_of(documents: Iterable[Document]) -> dict[str, pa.Table]:
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    for document in documents:
        for name, part in document_rows(document).items():
            rows[name].extend(part)
    return {name: pa.Table.from_pylist(rows[name], schema=SCHEMAS[name]) for name in TABLES}


def part_name(documents: list[Document]) -> str:
    """A name fixed by the articles it holds: a retried task rewrites the same part."""
    digest = hashlib.sha256("\n".join(sorted(str(d.id) for d in documents)).encode()).hexdigest()
    return f"part-{digest[:20]}"


def write_part(directory: str | Path, documents: list[Document], name: str | None = None) -> str:
    """Write ``documents`` as one part of each table; returns the part's name.

    Each file is written under a temporary name and renamed, articles last: a part whose
    articles file exists is complete, even if the writer was killed.
    """
    name = name or part_name(documents)
    tables = tables_of(documents)
    for table in (*TABLES[1:], TABLES[0]):
        folder = Path(directory, table)
        folder.mkdir(parents=True, exist_ok=True)
        final = folder / f"{name}.parquet"
        temporary = folder / f".{name}.parquet.tmp"
        pq.write_table(tables[table], temporary, compression="zstd")
        os.replace(temporary, final)
    return name


# -- rows → Documents ---------------------------------------------------------------------

def part_names(directory: str | Path) -> list[str]:
    """The complete parts of an exchange directory (E604 when it is not one)."""
    folder = Path(directory, "articles")
    if not folder.is_dir():
        raise VeilleurError("E604", input=str(directory), detail="no articles/ folder")
    return sorted(p.stem for p in folder.glob("*.parquet"))


def read_part(directory: str | Path, name: str) -> list[Document]:
    """The Documents of one part, their raw input attached, in stored order."""
    tables = {}
    for table in TABLES:
        path = Path(directory, table, f"{name}.parquet")
        try:
            tables[table] = pq.read_table(path).to_pylist() if path.exists() else []
        except (pa.ArrowInvalid, OSError) as exc:
            raise VeilleurError("E604", input=str(path), detail=str(exc)) from exc
    return documents_from_rows(tables)


def read_documents(directory: str | Path) -> Iterator[Document]:
    """Every Document of an exchange directory, one part in memory at a time."""
    for name in part_names(directory):
        yield from read_part(directory, name)


def documents_from_rows(rows: dict[str, list[dict]]) -> list[Document]:
    def grouped(table: str) -> dict[tuple, list[dict]]:
        out: dict[tuple, list[dict]] = {}
        for row in rows.get(table, []):
            out.setdefault((row["article_id"], row["pipeline_version"]), []).append(row)
        return out

    actors, events, quotes = grouped("actors"), grouped("events"), grouped("quotes")
    documents = []
    for article in rows["articles"]:
        key = (article["article_id"], article["pipeline_version"])
        contract = _article_contract(article)
        contract["actors"] = [_actor_contract(r) for r in actors.get(key, [])]
        contract["events"] = [_event_contract(r) for r in
                              sorted(events.get(key, []), key=lambda r: r["idx"])]
        contract["quotes"] = [_quote_contract(r) for r in
                              sorted(quotes.get(key, []), key=lambda r: r["idx"])]
        document = Document.from_dict(contract)
        if article["raw"] is not None:
            document.raw = RawInput(data=article["raw"], media_type=article["raw_media_type"],
                                    encoding=article["raw_encoding"], url=article["raw_url"])
        documents.append(document)
    return documents


def _article_contract(row: dict) -> dict:
    contract = {"id": row["article_id"], "source": row["source"], "title": row["title"],
                "language": row["language"], "published": row["published"], "text": row["text"],
                "blocks": json.loads(row["blocks_json"] or "[]"),
                "errors": list(row["errors"] or []), **json.loads(row["meta_json"] or "{}")}
    for key in _ARTICLE_FIELDS:
        if row[key] is not None:
            contract[key] = row[key]
    if row["pipeline_version"] is not None:
        contract["pipeline"] = row["pipeline_version"]
    return contract


def _actor_contract(row: dict) -> dict:
    return {"id": row["actor_id"], "name": row["name"], "kind": row["kind"],
            "aliases": list(row["aliases"] or []), "country": row["country"],
            "wikidata": row["wikidata"], "cameo": row["cameo"],
            "mentions": [list(m) for m in row["mentions"] or []],
            **json.loads(row["extra_json"] or "{}")}


def _event_contract(row: dict) -> dict:
    return {**{k: row[k] for k in ("category", "mode", "cameo", "goldstein", "quad_class",
                                   "source", "target", "modality", "date", "confidence")},
            "trigger": [row["trigger_start"], row["trigger_end"]],
            "sentence": [row["sentence_start"], row["sentence_end"]],
            "location": json.loads(row["location_json"]) if row["location_json"] else None,
            **json.loads(row["extra_json"] or "{}")}


def _quote_contract(row: dict) -> dict:
    def span(start: Any, end: Any) -> list | None:
        return None if start is None else [start, end]

    return {"type": row["type"], "text": row["text"], "span": [row["span_start"], row["span_end"]],
            "speaker": row["speaker"], "speaker_span": span(row["speaker_start"], row["speaker_end"]),
            "cue": row["cue"], "cue_span": span(row["cue_start"], row["cue_end"]),
            "confidence": row["confidence"], **json.loads(row["extra_json"] or "{}")}
