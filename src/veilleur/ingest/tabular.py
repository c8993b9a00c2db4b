"""JSON Lines, JSON and CSV dumps: one article per row, fields found through a mapping.

``field_map`` maps Veilleur's field (text, title, published, language, url, author, site,
html) to the dump's column; fields it does not name are looked for under common names.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Any, Iterator

from ..errors import InputError

COMMON_NAMES = {
    "text": ("text", "body", "content", "articleBody", "article", "maintext", "full_text", "story"),
    "html": ("html", "raw_html", "page"),
    "title": ("title", "headline", "name"),
    "published": ("published", "date", "datePublished", "pubDate", "published_at",
                  "publication_date", "date_publish", "created_at"),
    "language": ("language", "lang"),
    "url": ("url", "link", "source_url"),
    "author": ("author", "authors", "byline", "creator"),
    "site": ("site", "source", "sitename", "source_domain", "domain"),
}
REQUIRED = ("text", "html")
# Keys under which API answers and exports list their articles.
LIST_KEYS = ("articles", "items", "documents", "results", "data", "entries", "news", "stories")
csv.field_size_limit(1 << 30)


@dataclass
class Row:
    number: int                 # 1-based line (JSON Lines) or row (CSV, JSON array)
    fields: dict[str, Any]      # Veilleur field → value
    raw: str                    # the row as received (its line, or its record as JSON)
    media_type: str


def _pick(record: dict[str, Any], field: str, field_map: dict[str, str], where: str) -> Any:
    if field in field_map:
        column = field_map[field]
        # rows of real dumps lack optional fields (an author, a date); never the article
        if column not in record and field in REQUIRED:
            raise InputError("E014", where, field=column)
        return record.get(column)
    for name in COMMON_NAMES[field]:
        if record.get(name) not in (None, ""):
            return record[name]
    return None


def map_record(record: dict[str, Any], field_map: dict[str, str], where: str) -> dict[str, Any]:
    fields = {field: _pick(record, field, field_map, where) for field in COMMON_NAMES}
    if isinstance(fields["author"], list):
        fields["author"] = ", ".join(str(a.get("name", a) if isinstance(a, dict) else a)
                                     for a in fields["author"])
    return fields


def jsonl_rows(text: str, source: str, field_map: dict[str, str]) -> Iterator[Row | InputError]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}#{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError("E007", source, line=number, detail=exc.msg)
            continue
        if not isinstance(record, dict):
            yield InputError("E007", source, line=number, detail="not a JSON object")
            continue
        try:
            yield Row(number, map_record(record, field_map, where), line, "application/x-ndjson")
        except InputError as exc:
            yield exc


def json_rows(text: str, source: str, field_map: dict[str, str]) -> Iterator[Row | InputError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError("E007", source, line=exc.lineno, detail=exc.msg)
        return
    records = data if isinstance(data, list) else _listed_records(data)
    for number, record in enumerate(records, 1):
        if not isinstance(record, dict):
            yield InputError("E007", source, line=number, detail="not a JSON object")
            continue
        yield _record_row(number, record, field_map, source)


def _record_row(number: int, record: dict, field_map: dict[str, str], source: str) -> Row | InputError:
    """One JSON or CSV record as a Row (kept as JSON for the store), or the mapping's error."""
    try:
        return Row(number, map_record(record, field_map, f"{source}#{number}"),
                   json.dumps(record, ensure_ascii=False), "application/json")
    except InputError as exc:
        return exc


def _listed_records(data: dict) -> list:
    """An API answer wrapping its articles ({"status": "ok", "articles": [...]}), or one article."""
    for key in LIST_KEYS:
        value = data.get(key)
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            return value
    return [data]


def csv_rows(text: str, source: str, field_map: dict[str, str]) -> Iterator[Row | InputError]:
    # The header line says the delimiter; article text in the rows would mislead a sniffer.
    header = text.split("\n", 1)[0]
    delimiter = max(",;\t|", key=header.count)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    number = 0
    try:
        for number, record in enumerate(reader, 1):
            if None in record:  # more cells than header columns
                yield InputError("E015", f"{source}#{number}", detail="more cells than columns")
                continue
            yield _record_row(number, record, field_map, source)
    except csv.Error as exc:
        yield InputError("E015", source, detail=f"row {number + 1}: {exc}")
