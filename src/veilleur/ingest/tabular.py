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
csv.field_size_limit(1 << 30)


@dataclass
class Row:
    number: int                 # 1-based line (JSON Lines) or row (CSV, JSON array)
    fields: dict[str, Any]      # Veilleur field → value


def _pick(record: dict[str, Any], field: str, field_map: dict[str, str], where: str) -> Any:
    if field in field_map:
        column = field_map[field]
        if column not in record:
            raise InputError("E014", where, field=column)
        return record[column]
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
            yield Row(number, map_record(record, field_map, where))
        except InputError as exc:
            yield exc


def json_rows(text: str, source: str, field_map: dict[str, str]) -> Iterator[Row | InputError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError("E007", source, line=exc.lineno, detail=exc.msg)
        return
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, 1):
        if not isinstance(record, dict):
            yield InputError("E007", source, line=number, detail="not a JSON object")
            continue
        try:
            yield Row(number, map_record(record, field_map, f"{source}#{number}"))
        except InputError as exc:
            yield exc


def csv_rows(text: str, source: str, field_map: dict[str, str]) -> Iterator[Row | InputError]:
    sample = text[:20_000]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel_tab if source.lower().rstrip(".gz").endswith(".tsv") else csv.excel
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    number = 0
    try:
        for number, record in enumerate(reader, 1):
            if None in record:  # more cells than header columns
                yield InputError("E015", f"{source}#{number}", detail="more cells than columns")
                continue
            try:
                yield Row(number, map_record(record, field_map, f"{source}#{number}"))
            except InputError as exc:
                yield exc
    except csv.Error as exc:
        yield InputError("E015", source, detail=f"row {number + 1}: {exc}")
