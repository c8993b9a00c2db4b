"""Analytic read queries for the API and the dashboard, over the store's tables.

Portable SQL with ``?`` placeholders (the store translates them for PostgreSQL); every user
value is a parameter, never text of the query. Like the store's own statistics, lists show
one pipeline version (the most recently stored) and leave near-duplicate copies out, so a
story syndicated ten times counts once.

Event dates: the event's own date when the coder found one, else the article's
publication date (``date`` in every event row); a date of month or year precision matches
every day bound inside its range.

Events are filtered, faceted and aggregated in memory (``EventIndex``: numpy columns kept
up to date incrementally), then their full rows are read by primary key: the schema has no
index covering an event's article facts, and 100,000 events joined to their articles took
seconds in SQL. Articles, quotes and actors are plain SQL.
"""
from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, Iterator

import numpy as np

from ..errors import VeilleurError
from ._search import parse, to_fts5, to_tsquery

INTERVALS = ("day", "week", "month", "year")
# What a count counts: happenings (a consolidated event once, however many articles report
# it) or every report. Articles not yet in a stored story count with their own events.
COUNTS = ("consolidated", "reports")
CONSOLIDATED, REPORTS = COUNTS
MARK_START, MARK_END = "\x02", "\x03"   # snippet markers: characters news text never holds
_MARKS = re.compile(f"([{MARK_START}{MARK_END}])")
_BATCH = 2000                           # rows per round trip when streaming exports


@dataclass(frozen=True)
class ArticleFilter:
    q: str | None = None
    language: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    source: str | None = None
    actor: str | None = None


@dataclass(frozen=True)
class EventFilter:
    actor: str | None = None
    counterpart: str | None = None
    source: str | None = None
    target: str | None = None
    source_country: str | None = None
    target_country: str | None = None
    categories: tuple[str, ...] = ()
    quad_classes: tuple[int, ...] = ()
    modalities: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    min_confidence: float | None = None
    language: str | None = None
    article: str | None = None


@dataclass(frozen=True)
class StoryFilter:
    q: str | None = None
    language: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    min_articles: int | None = None


@dataclass(frozen=True)
class QuoteFilter:
    speaker: str | None = None
    cue: str | None = None
    q: str | None = None
    language: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    article: str | None = None


ARTICLE_COLUMNS = ["id", "title", "source", "url", "site", "language", "published", "events",
                   "quotes", "snippet"]
EVENT_COLUMNS = ["id", "article_id", "date", "category", "mode", "cameo", "goldstein", "quad_class",
                 "source", "source_name", "source_country", "source_cameo", "target", "target_name",
                 "target_country", "target_cameo", "modality", "confidence", "trigger_text",
                 "trigger_start", "trigger_end", "sentence_start", "sentence_end", "sentence_text",
                 "location_name", "location_country", "location_lat", "location_lon", "language",
                 "article_title", "article_source", "consolidated_event", "story", "report_count"]
QUOTE_COLUMNS = ["id", "article_id", "type", "text", "speaker", "speaker_name", "cue", "cue_lemma",
                 "span_start", "span_end", "confidence", "language", "published", "article_title"]
ACTOR_COLUMNS = ["id", "name", "kind", "country", "cameo", "wikidata", "aliases", "events_given",
                 "events_received", "quotes", "articles"]
DYAD_COLUMNS = ["period", "period_end", "direction", "source", "target", "events",
                "verbal_cooperation", "material_cooperation", "verbal_conflict",
                "material_conflict", "goldstein"]
EDGE_COLUMNS = ["source", "source_name", "target", "target_name", "events", "mean_goldstein"]
STORY_COLUMNS = ["id", "title", "first_seen", "last_seen", "article_count", "events", "languages", "sources"]
ALERT_COLUMNS = ["id", "rule", "window_start", "window_end", "event_count", "reason", "baseline_mean",
                 "z", "event_ids", "webhook_status", "fired_at"]
_QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")

_EVENT_DATE = "COALESCE(e.event_date, a.published)"
# Dates of month or year precision cover a range: "2012-11" is on or after 2012-11-05 too
# (padding it to "2012-11-99-99" makes the string comparison say so).
_PUBLISHED_FROM = "a.published || '-99-99' >= ?"
_EVENT_SELECT = f"""
    e.seq AS id, e.article_id, {_EVENT_DATE} AS date, e.category, e.mode, e.cameo, e.goldstein,
    e.quad_class, e.source_actor AS source, sa.name AS source_name, sa.country AS source_country,
    sa.cameo AS source_cameo, e.target_actor AS target, ta.name AS target_name,
    ta.country AS target_country, ta.cameo AS target_cameo, e.modality, e.confidence,
    e.trigger_text, e.trigger_start, e.trigger_end, e.sentence_start, e.sentence_end,
    e.sentence_text, e.location_name, e.location_country, e.location_lat, e.location_lon,
    a.language, a.title AS article_title, a.source AS article_source"""
_EVENT_FROM = """events e JOIN articles a ON a.id = e.article_id
    LEFT JOIN actors sa ON sa.id = e.source_actor LEFT JOIN actors ta ON ta.id = e.target_actor"""


def _like_pattern(value: str) -> str:
    """``value`` as a LIKE substring pattern with its own % _ and \\ matched literally."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def encode_cursor(values: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


def decode_cursor(cursor: str, types: tuple[type, ...]) -> list[Any]:
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if len(values) != len(types) or not all(isinstance(v, t) for v, t in zip(values, types)):
            raise ValueError(cursor)
        return values
    except (ValueError, TypeError, UnicodeDecodeError):
        raise VeilleurError("E706", input=cursor[:80]) from None


def _pages(fetch, limit: int) -> Iterator[dict]:
    """Every row of a cursor-paged list, up to ``limit``: ``fetch(n, cursor)`` answers a page
    and the next cursor."""
    cursor, sent = None, 0
    while sent < limit:
        rows, cursor = fetch(min(_BATCH, limit - sent), cursor)
        yield from rows
        sent += len(rows)
        if cursor is None:
            return


def _cursor_page(rows: list[dict], limit: int, key) -> tuple[list[dict], str | None]:
    """The page (``limit + 1`` rows were read) and the cursor after it: ``key(last row)``,
    None at the end."""
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    return rows, encode_cursor(key(rows[-1]))


def _json_columns(row: dict) -> dict:
    """``x_json`` columns decoded under the name ``x``."""
    for key in [k for k in row if k.endswith("_json")]:
        row[key[:-5]] = json.loads(row.pop(key) or "null")
    return row


def split_snippet(marked: str) -> tuple[str, list[list[int]]]:
    """Plain snippet text and the [start, end) offsets of its highlighted words."""
    plain: list[str] = []
    highlights: list[list[int]] = []
    position, opened = 0, None
    for piece in _MARKS.split(marked):
        if piece == MARK_START:
            opened = position
        elif piece == MARK_END:
            if opened is not None and position > opened:
                highlights.append([opened, position])
            opened = None
        else:
            plain.append(piece)
            position += len(piece)
    return "".join(plain), highlights


def period_start(day: str, interval: str) -> date | None:
    """The first day of the interval holding ``day`` (YYYY[-MM[-DD]]), None if unparsable."""
    parts = (day or "").split("-")
    try:
        year, month, dd = int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1
        value = date(year, month, dd)
    except (ValueError, IndexError):
        return None
    if interval == "week":
        return value - timedelta(days=value.weekday())
    if interval == "month":
        return value.replace(day=1)
    if interval == "year":
        return value.replace(month=1, day=1)
    return value


def period_end(start: date, interval: str) -> date:
    if interval == "day":
        return start
    if interval == "week":
        return start + timedelta(days=6)
    if interval == "month":
        following = start.replace(year=start.year + start.month // 12, month=start.month % 12 + 1)
        return following - timedelta(days=1)
    return start.replace(month=12, day=31)


def date_key(value: str | None) -> int:
    """An ISO date of any precision as an integer ordered like the strings: "2020-09" →
    20200900, "2020-09-03" → 20200903, none → 0."""
    if not value:
        return 0
    parts = value.split("-")
    try:
        return (int(parts[0]) * 10000 + (int(parts[1]) * 100 if len(parts) > 1 else 0)
                + (int(parts[2]) if len(parts) > 2 else 0))
    except ValueError:
        return 0


def key_date(key: int) -> str | None:
    """The ISO string of a date key, at the precision it was stored with."""
    if not key:
        return None
    year, month, day = key // 10000, key // 100 % 100, key % 100
    return f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")


class _Codes:
    """Strings as small integers (for numpy columns), -1 for none."""

    def __init__(self) -> None:
        self.values: list[str] = []
        self.codes: dict[str, int] = {}

    def code(self, value: str | None) -> int:
        if value is None:
            return -1
        found = self.codes.get(value)
        if found is None:
            found = self.codes[value] = len(self.values)
            self.values.append(value)
        return found


class EventIndex:
    """The current events as numpy columns, for filters, facets and aggregates.

    Filtering 100,000 events in SQL means reading every event's article row (language,
    publication date, near-duplicate flag) and the schema has no index covering them, so
    a filtered, faceted list took seconds. Here each event is a row of small integers,
    loaded once and then only the events added since (events are never updated; a new
    pipeline version or new articles change the token and extend or rebuild the index).
    SQL still fetches the page's full rows, by primary key.

    ``happening`` maps each report to its consolidated event (an index into
    ``happening_ids``; -1 when its article is in no stored story), read from the stored
    stories' ``reports_json`` and re-read when ``veilleur stories build`` has run again.
    """

    _LOAD = ("SELECT e.seq, COALESCE(e.event_date, a.published) AS date, e.category, e.quad_class, "
             "e.modality, a.language, e.source_actor, e.target_actor, e.confidence, e.goldstein, "
             "e.article_id, e.idx FROM events e JOIN articles a ON a.id = e.article_id "
             "WHERE e.pipeline_version = ? AND a.near_duplicate_of IS NULL AND e.seq > ? ORDER BY e.seq")

    def __init__(self) -> None:
        self.token: tuple | None = None
        self.version: str | None = None
        self._reset()

    def _reset(self) -> None:
        self.seq = np.zeros(0, np.int64)
        self.date = np.zeros(0, np.int32)
        self.date_last = np.zeros(0, np.int32)
        self.quad = np.zeros(0, np.int8)
        self.confidence = np.zeros(0, np.float32)
        self.goldstein = np.zeros(0, np.float32)
        self.columns = {name: np.zeros(0, np.int32) for name in
                        ("category", "modality", "language", "source", "target", "article")}
        self.codes = {"category": _Codes(), "modality": _Codes(), "language": _Codes(),
                      "actor": _Codes(), "article": _Codes(), "country": _Codes()}
        self.actor_country = np.zeros(0, np.int32)
        self.order = np.zeros(0, np.int64)
        self.idx = np.zeros(0, np.int32)
        self.happening = np.zeros(0, np.int32)
        self.happening_ids: list[str] = []
        self.happening_story: list[str] = []
        self.happening_reports: list[int] = []
        self._report_of: dict[tuple[str, int], int] = {}
        self.stories_token = None
        self.last_seq = 0

    def refresh(self, store) -> None:
        """Bring the index up to date; cheap (three indexed max() look-ups) when nothing changed."""
        token = tuple(store.fetch_value(f"SELECT max(seq) AS n FROM {table}")
                      for table in ("events", "articles", "quotes"))
        stories_token = store.fetch_value("SELECT max(updated_at) AS n FROM stories")
        if token == self.token and stories_token == self.stories_token:
            return
        version = store.latest_pipeline_version()
        if version != self.version:
            self._reset()
            self.version = version
        known = len(self)
        rows = store.fetch_all(self._LOAD, [version, self.last_seq])
        if rows:
            self._append(rows)
        if stories_token != self.stories_token:
            self._load_happenings(store)
            known = 0
        self._assign_happenings(known)
        self._load_countries(store)
        self.token, self.stories_token = token, stories_token

    def _load_happenings(self, store) -> None:
        """The consolidated events of the stored stories, and which report is in which."""
        self.happening_ids, self.happening_story, self.happening_reports = [], [], []
        self._report_of = {}
        for row in store.fetch_all("SELECT id, story_id, report_count, reports_json FROM consolidated_events "
                                   "WHERE pipeline_version = ? ORDER BY id", [self.version]):
            code = len(self.happening_ids)
            self.happening_ids.append(row["id"])
            self.happening_story.append(row["story_id"])
            self.happening_reports.append(int(row["report_count"]))
            for report in json.loads(row["reports_json"]):
                self._report_of[(report["article_id"], int(report["event_index"]))] = code

    def _assign_happenings(self, start: int) -> None:
        """Set ``happening`` for the events from position ``start`` on."""
        articles, report_of = self.codes["article"].values, self._report_of
        tail = np.fromiter((report_of.get((articles[a], int(i)), -1) for a, i in
                            zip(self.columns["article"][start:], self.idx[start:])),
                           np.int32, len(self) - start)
        self.happening = np.concatenate([self.happening[:start], tail])

    def counted(self, keep: np.ndarray, count: str = CONSOLIDATED) -> np.ndarray:
        """``keep`` with one report per consolidated event (its newest kept report) when
        counting happenings."""
        if count == REPORTS or not self.happening_ids:
            return keep
        grouped = keep & (self.happening >= 0)
        positions = self.order[grouped[self.order]]
        _, first = np.unique(self.happening[positions], return_index=True)
        out = keep & (self.happening < 0)
        out[positions[first]] = True
        return out

    def total(self, keep: np.ndarray, count: str = CONSOLIDATED) -> int:
        """How many kept events: reports, or happenings."""
        if count == REPORTS or not self.happening_ids:
            return int(keep.sum())
        marks = np.zeros(len(self.happening_ids), bool)
        marks[self.happening[keep & (self.happening >= 0)]] = True
        return int((keep & (self.happening < 0)).sum() + marks.sum())

    def values(self, column: np.ndarray, keep: np.ndarray, count: str = CONSOLIDATED) -> np.ndarray:
        """``column``'s values over the kept events, a consolidated event once per value
        (a facet: a happening reported in French and English counts under each language)."""
        if count == REPORTS or not self.happening_ids:
            return column[keep]
        grouped = keep & (self.happening >= 0)
        width = int(column.max(initial=0)) + 2
        keys = self.happening[grouped].astype(np.int64) * width + column[grouped] + 1
        size = len(self.happening_ids) * width
        if size <= 1 << 23:   # a table of marks is faster than sorting (np.unique)
            marks = np.zeros(size, bool)
            marks[keys] = True
            pairs = np.flatnonzero(marks)
        else:
            pairs = np.unique(keys)
        return np.concatenate([column[keep & (self.happening < 0)], (pairs % width - 1).astype(column.dtype)])

    def _append(self, rows: list[dict]) -> None:
        codes = self.codes
        fields = {"category": "category", "modality": "modality", "language": "language",
                  "source": "source_actor", "target": "target_actor", "article": "article_id"}
        dictionary = {"category": "category", "modality": "modality", "language": "language",
                      "source": "actor", "target": "actor", "article": "article"}
        for name, column in fields.items():
            book = codes[dictionary[name]]
            new = np.fromiter((book.code(r[column]) for r in rows), np.int32, len(rows))
            self.columns[name] = np.concatenate([self.columns[name], new])
        self.seq = np.concatenate([self.seq, np.fromiter((r["seq"] for r in rows), np.int64, len(rows))])
        self.idx = np.concatenate([self.idx, np.fromiter((r["idx"] for r in rows), np.int32, len(rows))])
        self.date = np.concatenate([self.date, np.fromiter((date_key(r["date"]) for r in rows), np.int32, len(rows))])
        self.quad = np.concatenate([self.quad, np.fromiter((r["quad_class"] or 0 for r in rows), np.int8, len(rows))])
        self.confidence = np.concatenate([self.confidence, np.fromiter(
            (r["confidence"] or 0.0 for r in rows), np.float32, len(rows))])
        self.goldstein = np.concatenate([self.goldstein, np.fromiter(
            (np.nan if r["goldstein"] is None else r["goldstein"] for r in rows), np.float32, len(rows))])
        # The last day a date can mean: 2012-11 → 20121199, 2012 → 20129999.
        self.date_last = np.where(self.date % 100 > 0, self.date,
                                  np.where(self.date % 10000 > 0, self.date + 99, self.date + 9999))
        self.last_seq = int(self.seq[-1])
        # Newest first: by date key, then by insertion order.
        self.order = np.lexsort((self.seq, self.date))[::-1]

    def _load_countries(self, store) -> None:
        actors = self.codes["actor"]
        countries = {r["id"]: r["country"] for r in store.fetch_all("SELECT id, country FROM actors")}
        self.actor_country = np.fromiter((self.codes["country"].code(countries.get(a)) for a in actors.values),
                                         np.int32, len(actors.values))

    def __len__(self) -> int:
        return len(self.seq)

    # -- filters ---------------------------------------------------------------------
    def country_of(self, actor_column: str) -> np.ndarray:
        actors = self.columns[actor_column]
        if not len(self.actor_country):
            return np.full(len(actors), -1, np.int32)
        return np.where(actors >= 0, self.actor_country[np.maximum(actors, 0)], -1)

    def _code(self, book: str, value: str) -> int:
        # An unknown value matches nothing (-2 is no code at all, unlike -1 = none).
        return self.codes[book].codes.get(value, -2)

    def mask(self, f: "EventFilter") -> np.ndarray:
        keep = np.ones(len(self), bool)
        source, target = self.columns["source"], self.columns["target"]
        if f.actor and f.counterpart:
            a, b = self._code("actor", f.actor), self._code("actor", f.counterpart)
            keep &= ((source == a) & (target == b)) | ((source == b) & (target == a))
        elif f.actor or f.counterpart:
            a = self._code("actor", f.actor or f.counterpart)
            keep &= (source == a) | (target == a)
        for value, column, book in ((f.source, "source", "actor"), (f.target, "target", "actor"),
                                    (f.language, "language", "language"), (f.article, "article", "article")):
            if value:
                keep &= self.columns[column] == self._code(book, value)
        for value, column in ((f.source_country, "source"), (f.target_country, "target")):
            if value:
                keep &= self.country_of(column) == self._code("country", value)
        for values, column in ((f.categories, "category"), (f.modalities, "modality")):
            if values:
                keep &= np.isin(self.columns[column], [self._code(column, v) for v in values])
        if f.quad_classes:
            keep &= np.isin(self.quad, list(f.quad_classes))
        # A date of month or year precision covers a range: kept when the range overlaps.
        if f.date_from:
            keep &= self.date_last >= date_key(f.date_from)
        if f.date_to:
            keep &= (self.date <= date_key(f.date_to)) & (self.date > 0)
        if f.min_confidence is not None:
            keep &= self.confidence >= np.float32(f.min_confidence) - np.float32(1e-6)
        return keep

    def ordered(self, keep: np.ndarray) -> np.ndarray:
        """Positions of the kept events, newest first."""
        return self.order[keep[self.order]]

    def facet(self, name: str, keep: np.ndarray, top: int, count: str = CONSOLIDATED) -> list[dict]:
        if name == "quad_class":
            column, labels = self.quad, None
        elif name in ("source_country", "target_country"):
            column, labels = self.country_of(name.split("_")[0]), self.codes["country"].values
        else:
            column, labels = self.columns[name], self.codes[name].values
        values = self.values(column, keep, count)
        values = values[values > (0 if name == "quad_class" else -1)]
        counts = np.bincount(values.astype(np.int64)) if len(values) else np.zeros(0, np.int64)
        found = [(int(c), int(v)) for v, c in enumerate(counts) if c]
        found.sort(key=lambda item: (-item[0], labels[item[1]] if labels else item[1]))
        return [{"value": labels[v] if labels else v, "count": c} for c, v in found[:top]]


class Queries:
    """The read queries over one open Store (``veilleur.store.open_store``)."""

    def __init__(self, store) -> None:
        self.store = store
        self._index = EventIndex()

    # -- shared pieces -----------------------------------------------------------------
    def index(self) -> EventIndex:
        """The event index, refreshed when the store has changed."""
        self._index.refresh(self.store)
        return self._index

    def version(self) -> str | None:
        return self.index().version

    def _rows(self, sql: str, params: list[Any] | tuple = ()) -> list[dict]:
        return self.store.fetch_all(sql, list(params))

    def _like(self) -> str:
        # SQLite's LIKE ignores ASCII case; PostgreSQL needs ILIKE for the same.
        return "ILIKE" if self.store.dialect == "postgresql" else "LIKE"

    def stats(self, count: str = CONSOLIDATED) -> dict[str, int]:
        version = self.version()
        value = self.store.fetch_value
        index = self.index()
        return {
            "articles": value("SELECT count(*) AS n FROM articles WHERE near_duplicate_of IS NULL") or 0,
            "events": index.total(np.ones(len(index), bool), count),
            "quotes": value("SELECT count(*) AS n FROM quotes WHERE pipeline_version = ?", (version,)) or 0,
            "actors": value("SELECT count(DISTINCT actor_id) AS n FROM article_actors "
                            "WHERE pipeline_version = ?", (version,)) or 0,
        }

    def languages(self) -> list[str]:
        return [r["language"] for r in self._rows(
            "SELECT DISTINCT language FROM articles WHERE language IS NOT NULL ORDER BY language")]

    # -- articles ----------------------------------------------------------------------
    def _article_where(self, f: ArticleFilter, originals: bool = True) -> tuple[list[str], list[Any]]:
        where, params = (["a.near_duplicate_of IS NULL"] if originals else []), []
        if f.language:
            where.append("a.language = ?")
            params.append(f.language)
        if f.date_from:
            where.append(_PUBLISHED_FROM)
            params.append(f.date_from)
        if f.date_to:
            where.append("a.published <= ?")
            params.append(f.date_to)
        if f.source:
            like = self._like()
            where.append(f"(a.source {like} ? ESCAPE '\\' OR a.url {like} ? ESCAPE '\\' "
                         f"OR a.site {like} ? ESCAPE '\\')")
            params += [_like_pattern(f.source)] * 3
        if f.actor:
            where.append("EXISTS (SELECT 1 FROM article_actors x WHERE x.article_id = a.id "
                         "AND x.actor_id = ? AND x.pipeline_version = ?)")
            params += [f.actor, self.version()]
        return where, params

    def _article_counts(self, rows: list[dict]) -> None:
        """Events and quotes per listed article (one query each, not one per row)."""
        if not rows:
            return
        version, ids = self.version(), [r["id"] for r in rows]
        marks = ", ".join("?" for _ in ids)
        for table, key in (("events", "events"), ("quotes", "quotes")):
            counts = {r["article_id"]: r["n"] for r in self._rows(
                f"SELECT article_id, count(*) AS n FROM {table} WHERE pipeline_version = ? "
                f"AND article_id IN ({marks}) GROUP BY article_id", [version, *ids])}
            for row in rows:
                row[key] = counts.get(row["id"], 0)

    def search_articles(self, f: ArticleFilter, limit: int, offset: int) -> tuple[list[dict], int]:
        """A page of articles and the total matching. With ``q``: best match first, each
        with a snippet and its highlights; else newest first."""
        where, params = self._article_where(f)
        columns = "a.id, a.title, a.source, a.url, a.site, a.language, a.published"
        parsed = parse(f.q) if f.q else None
        if f.q and not parsed:
            return [], 0  # only punctuation or excluded words: nothing can match
        if parsed and self.store.dialect == "postgresql":
            config = "veilleur"  # the text search configuration the migration creates
            match = f"a.search_vector @@ to_tsquery('{config}', ?)"
            snippet = (f"ts_headline('{config}', a.text, to_tsquery('{config}', ?), "
                       f"'StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=35, MinWords=15, "
                       "MaxFragments=1') AS snippet, "
                       f"ts_rank(a.search_vector, to_tsquery('{config}', ?)) AS score")
            query = to_tsquery(parsed)
            base = f"FROM articles a WHERE {match} AND {' AND '.join(where)}"
            total = self.store.fetch_value(f"SELECT count(*) AS n {base}", [query, *params])
            rows = self._rows(f"SELECT {columns}, {snippet} {base} ORDER BY score DESC, a.seq "
                              "LIMIT ? OFFSET ?", [query, query, query, *params, limit, offset])
        elif parsed:
            rows, total = self._fts5_page(to_fts5(parsed), f, columns, limit, offset)
        else:
            base = f"FROM articles a WHERE {' AND '.join(where)}"
            total = self.store.fetch_value(f"SELECT count(*) AS n {base}", params)
            rows = self._rows(f"SELECT {columns}, NULL AS snippet {base} "
                              "ORDER BY a.published DESC, a.seq DESC LIMIT ? OFFSET ?",
                              [*params, limit, offset])
        for row in rows:
            row.pop("score", None)
            row["snippet"], row["highlights"] = split_snippet(row["snippet"] or "")
        self._article_counts(rows)
        return rows, int(total or 0)

    def _fts5_page(self, query: str, f: ArticleFilter, columns: str, limit: int,
                   offset: int) -> tuple[list[dict], int]:
        """Counted and ranked in the full-text index alone; articles are read for the page
        only. (Reading every matching article row, for its near-duplicate flag, took most
        of the time: the row holds the raw page before that column.)"""
        where, params = self._article_where(f, originals=False)
        # The unary + keeps these rowid sets away from the full-text index's planner, which
        # would otherwise run the MATCH once per rowid of the set.
        conditions = ["articles_fts MATCH ?", "+articles_fts.rowid NOT IN "
                      "(SELECT seq FROM articles WHERE near_duplicate_of IS NOT NULL)"]
        if where:
            conditions.append(f"+articles_fts.rowid IN (SELECT a.seq FROM articles a WHERE {' AND '.join(where)})")
        base = f"FROM articles_fts WHERE {' AND '.join(conditions)}"
        total = self.store.fetch_value(f"SELECT count(*) AS n {base}", [query, *params])
        seqs = [r["seq"] for r in self._rows(
            f"SELECT rowid AS seq {base} ORDER BY bm25(articles_fts, 5.0, 1.0), rowid LIMIT ? OFFSET ?",
            [query, *params, limit, offset])]
        if not seqs:
            return [], int(total or 0)
        rows = self._rows(
            f"SELECT a.seq, {columns}, snippet(articles_fts, 1, ?, ?, '…', 28) AS snippet "
            "FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
            f"WHERE articles_fts MATCH ? AND articles_fts.rowid IN ({', '.join('?' for _ in seqs)})",
            [MARK_START, MARK_END, query, *seqs])
        by_seq = {r.pop("seq"): r for r in rows}
        return [by_seq[q] for q in seqs if q in by_seq], int(total or 0)

    def iter_articles(self, f: ArticleFilter, limit: int) -> Iterator[dict]:
        offset = 0
        while offset < limit:
            rows, _ = self.search_articles(f, min(_BATCH, limit - offset), offset)
            for row in rows:
                row.pop("highlights", None)
                yield row
            if len(rows) < _BATCH:
                return
            offset += len(rows)

    def article(self, article_id: str) -> dict | None:
        """The newest stored analysis contract of an article (id or unique id prefix), or
        the cleaned article alone when it has no analysis."""
        try:
            return self.store.document(article_id).to_dict()
        except VeilleurError as exc:
            if exc.code in ("E503", "E504"):
                return None
            raise

    # -- events ------------------------------------------------------------------------
    def _event_rows(self, positions: np.ndarray) -> list[dict]:
        """Full rows of the events at these index positions, in that order."""
        index = self._index
        seqs = [int(index.seq[p]) for p in positions]
        if not seqs:
            return []
        rows = {r["id"]: r for r in self._rows(
            f"SELECT {_EVENT_SELECT} FROM {_EVENT_FROM} WHERE e.seq IN ({', '.join('?' for _ in seqs)})", seqs)}
        out = []
        for seq, position in zip(seqs, positions):
            row = rows.get(seq)
            if row is None:
                continue
            happening = int(index.happening[position])
            grouped = happening >= 0
            row["consolidated_event"] = index.happening_ids[happening] if grouped else None
            row["story"] = index.happening_story[happening] if grouped else None
            row["report_count"] = index.happening_reports[happening] if grouped else 1
            out.append(row)
        return out

    def _listed(self, f: EventFilter, view: str) -> tuple[EventIndex, np.ndarray]:
        """The index and the events listed: every report, or one per consolidated event."""
        index = self.index()
        keep = index.mask(f)
        return index, (index.counted(keep, CONSOLIDATED) if view == CONSOLIDATED else keep)

    def count_events(self, f: EventFilter, count: str = CONSOLIDATED) -> int:
        index = self.index()
        return index.total(index.mask(f), count)

    def events(self, f: EventFilter, limit: int, cursor: str | None,
               view: str = REPORTS) -> tuple[list[dict], str | None]:
        """A page of events, newest first, and the cursor of the next page (None at the end).
        ``view``: every report, or one row per consolidated event (its newest report)."""
        index, keep = self._listed(f, view)
        if cursor:
            last_date, last_seq = decode_cursor(cursor, (int, int))
            keep &= (index.date < last_date) | ((index.date == last_date) & (index.seq < last_seq))
        positions = index.ordered(keep)[:limit + 1]
        more = len(positions) > limit
        positions = positions[:limit]
        next_cursor = None
        if more:
            last = positions[-1]
            next_cursor = encode_cursor([int(index.date[last]), int(index.seq[last])])
        return self._event_rows(positions), next_cursor

    def iter_events(self, f: EventFilter, limit: int, view: str = REPORTS) -> Iterator[dict]:
        index, keep = self._listed(f, view)
        positions = index.ordered(keep)[:limit]
        for start in range(0, len(positions), _BATCH):
            yield from self._event_rows(positions[start:start + _BATCH])

    FACETS = ("category", "quad_class", "modality", "language", "source_country", "target_country")
    # Which filter field each facet leaves out, so its other values stay visible.
    _FACET_FILTER = {"category": "categories", "quad_class": "quad_classes",
                     "modality": "modalities", "language": "language",
                     "source_country": "source_country", "target_country": "target_country"}

    def event_facets(self, f: EventFilter, top: int = 30, count: str = CONSOLIDATED) -> dict[str, list[dict]]:
        """Counts per value of each facet under every filter but the facet's own."""
        index = self.index()
        full = index.mask(f)
        out = {}
        for name in self.FACETS:
            field = self._FACET_FILTER[name]
            if getattr(f, field):
                keep = index.mask(replace(f, **{field: () if isinstance(getattr(f, field), tuple) else None}))
            else:
                keep = full
            out[name] = index.facet(name, keep, top, count)
        return out

    # -- quotes ------------------------------------------------------------------------
    def quotes(self, f: QuoteFilter, limit: int, cursor: str | None) -> tuple[list[dict], str | None]:
        where = ["q.pipeline_version = ?", "a.near_duplicate_of IS NULL"]
        params: list[Any] = [self.version()]
        like = self._like()
        if f.speaker:
            where.append("q.speaker_actor = ?")
            params.append(f.speaker)
        if f.cue:
            where.append(f"(q.cue_lemma = ? OR q.cue {like} ? ESCAPE '\\')")
            params += [f.cue, _like_pattern(f.cue)]
        if f.q:
            where.append(f"q.text {like} ? ESCAPE '\\'")
            params.append(_like_pattern(f.q))
        for column, value in (("a.language", f.language), ("q.article_id", f.article)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        if f.date_from:
            where.append(_PUBLISHED_FROM)
            params.append(f.date_from)
        if f.date_to:
            where.append("a.published <= ?")
            params.append(f.date_to)
        if cursor:
            (last,) = decode_cursor(cursor, (int,))
            where.append("q.seq < ?")
            params.append(last)
        rows = self._rows(
            "SELECT q.seq AS id, q.article_id, q.type, q.text, q.speaker_actor AS speaker, "
            "s.name AS speaker_name, q.cue, q.cue_lemma, q.span_start, q.span_end, q.confidence, "
            "a.language, a.published, a.title AS article_title FROM quotes q "
            "JOIN articles a ON a.id = q.article_id LEFT JOIN actors s ON s.id = q.speaker_actor "
            f"WHERE {' AND '.join(where)} ORDER BY q.seq DESC LIMIT ?", [*params, limit + 1])
        return _cursor_page(rows, limit, lambda last: [last["id"]])

    def iter_quotes(self, f: QuoteFilter, limit: int) -> Iterator[dict]:
        return _pages(lambda n, cursor: self.quotes(f, n, cursor), limit)

    # -- actors ------------------------------------------------------------------------
    def _single_version(self) -> bool:
        """True when the store holds one pipeline version only (the usual case): counts can
        then skip the version test and be answered from indexes alone."""
        row = self.store.fetch_one("SELECT min(pipeline_version) AS lo, max(pipeline_version) AS hi "
                                   "FROM analyses")
        return row is None or row["lo"] == row["hi"]

    def _actor_rows(self, actor_id: str | None = None, count: str = CONSOLIDATED) -> list[dict]:
        """Actors the current analyses mention (or the one asked for), with articles,
        quotes and events counts."""
        version = self.version()
        same_version = "" if self._single_version() else " AND pipeline_version = ?"
        version_params = () if not same_version else (version,)
        columns = "r.id, r.name, r.kind, r.country, r.cameo, r.wikidata, r.aliases_json"
        if actor_id is None:
            sql = (f"SELECT {columns}, COALESCE(s.n, 0) AS quotes, m.n AS articles FROM actors r "
                   "JOIN (SELECT actor_id AS id, count(*) AS n FROM article_actors WHERE pipeline_version = ? "
                   "GROUP BY actor_id) m ON m.id = r.id LEFT JOIN (SELECT speaker_actor AS id, count(*) AS n "
                   f"FROM quotes WHERE speaker_actor IS NOT NULL{same_version} GROUP BY speaker_actor) s "
                   "ON s.id = r.id")
            params: tuple = (version, *version_params)
        else:  # one actor: counted through the indexes on its id
            sql = (f"SELECT * FROM (SELECT {columns}, (SELECT count(*) FROM quotes WHERE speaker_actor = r.id"
                   f"{same_version}) AS quotes, (SELECT count(*) FROM article_actors WHERE actor_id = r.id "
                   "AND pipeline_version = ?) AS articles FROM actors r WHERE r.id = ?) x WHERE x.articles > 0")
            params = (*version_params, version, actor_id)
        rows = self._rows(sql, params)
        index = self.index()
        actors = index.codes["actor"]
        size = len(actors.values)
        source, target = index.columns["source"], index.columns["target"]
        every = np.ones(len(index), bool)
        source, target = index.values(source, every, count), index.values(target, every, count)
        given = np.bincount(source[source >= 0], minlength=size)
        received = np.bincount(target[target >= 0], minlength=size)
        for row in rows:
            code = actors.codes.get(row["id"])
            row["events_given"] = int(given[code]) if code is not None else 0
            row["events_received"] = int(received[code]) if code is not None else 0
            row["aliases"] = json.loads(row.pop("aliases_json") or "[]")
        return rows

    def _all_actors(self, count: str = CONSOLIDATED) -> list[dict]:
        """Every current actor with counts, computed once per change of the store."""
        index = self.index()
        token = (index.token, index.stories_token, self.version(), count)
        if getattr(self, "_actors_cache", (None,))[0] != token:
            self._actors_cache = (token, self._actor_rows(count=count))
        return self._actors_cache[1]

    def actors(self, *, name: str | None = None, kinds: tuple[str, ...] = (),
               country: str | None = None, sort: str = "events", limit: int = 50,
               offset: int = 0, count: str = CONSOLIDATED) -> tuple[list[dict], int]:
        """Actors the current analyses mention, with their counts. ``name`` matches any part
        of the id, the name or an alias, ignoring case."""
        needle = name.casefold() if name else None
        rows = [dict(r) for r in self._all_actors(count)
                if (not kinds or r["kind"] in kinds) and (not country or r["country"] == country)
                and (not needle or any(needle in (v or "").casefold()
                                       for v in (r["id"], r["name"], *r["aliases"])))]
        key = {"events": lambda r: (-(r["events_given"] + r["events_received"]), -r["articles"], r["id"]),
               "mentions": lambda r: (-r["articles"], r["id"]),
               "name": lambda r: (r["name"].casefold(), r["id"])}[sort]
        rows.sort(key=key)
        return rows[offset:offset + limit], len(rows)

    def actor_summary(self, actor_id: str) -> dict:
        row = self.store.fetch_one("SELECT id, name, kind, country FROM actors WHERE id = ?", (actor_id,))
        return row or {"id": actor_id, "name": actor_id, "kind": None, "country": None}

    def actor(self, actor_id: str, count: str = CONSOLIDATED) -> dict | None:
        """One actor with its counts and top counterparts, or None when never seen."""
        rows = self._actor_rows(actor_id, count)
        if not rows:
            return None
        actor = rows[0]
        actor["counterparts"] = self.counterparts(actor_id, count=count)
        return actor

    def _involving(self, actor_id: str, count: str) -> tuple[EventIndex, np.ndarray, np.ndarray]:
        """The index, and masks of the events this actor gives and receives."""
        index = self.index()
        code = index._code("actor", actor_id)
        return (index, index.counted(index.columns["source"] == code, count),
                index.counted(index.columns["target"] == code, count))

    def counterparts(self, actor_id: str, top: int = 10, count: str = CONSOLIDATED) -> list[dict]:
        """The actors this one has most events with, either direction, with mean Goldstein."""
        index, gives, receives = self._involving(actor_id, count)
        source, target = index.columns["source"], index.columns["target"]
        gives &= (target >= 0) & (target != source)
        receives &= (source >= 0) & (target != source)
        others = np.concatenate([target[gives], source[receives]])
        if not len(others):
            return []
        outgoing = np.concatenate([np.ones(gives.sum(), np.int64), np.zeros(receives.sum(), np.int64)])
        goldstein = np.concatenate([index.goldstein[gives], index.goldstein[receives]])
        codes, inverse, counts = np.unique(others, return_inverse=True, return_counts=True)
        given = np.bincount(inverse, weights=outgoing, minlength=len(codes))
        known = ~np.isnan(goldstein)
        sums = np.bincount(inverse[known], weights=goldstein[known], minlength=len(codes))
        scored = np.bincount(inverse[known], minlength=len(codes))
        ids = [index.codes["actor"].values[c] for c in codes]
        names = self._names(set(ids))
        rows = [{"id": ids[i], "name": names.get(ids[i]), "events": int(counts[i]),
                 "mean_goldstein": round(float(sums[i] / scored[i]), 2) if scored[i] else None,
                 "given": int(given[i]), "received": int(counts[i] - given[i])} for i in range(len(codes))]
        rows.sort(key=lambda r: (-r["events"], r["id"]))
        return rows[:top]

    def actor_timeline(self, actor_id: str, interval: str = "month", count: str = CONSOLIDATED) -> list[dict]:
        """Events given and received per interval."""
        index, gives, receives = self._involving(actor_id, count)
        buckets: dict[date, dict] = {}
        for position in np.flatnonzero(gives | receives):
            start = period_start(key_date(int(index.date[position])), interval)
            if start is None:
                continue
            bucket = buckets.setdefault(start, {"period": start.isoformat(),
                                                "period_end": period_end(start, interval).isoformat(),
                                                "given": 0, "received": 0})
            bucket["given" if gives[position] else "received"] += 1
        return [buckets[k] for k in sorted(buckets)]

    # -- relations ---------------------------------------------------------------------
    def dyad(self, a: str, b: str, interval: str, date_from: str | None = None,
             date_to: str | None = None, count: str = CONSOLIDATED) -> list[dict]:
        """Per interval and direction: event counts by quad class and summed Goldstein."""
        index = self.index()
        keep = index.counted(index.mask(EventFilter(actor=a, counterpart=b, date_from=date_from,
                                                    date_to=date_to)), count)
        a_code = index._code("actor", a)
        buckets: dict[tuple[date, str], dict] = {}
        for position in np.flatnonzero(keep):
            start = period_start(key_date(int(index.date[position])), interval)
            if start is None:
                continue
            outgoing = index.columns["source"][position] == a_code
            key = (start, "a>b" if outgoing else "b>a")
            bucket = buckets.get(key)
            if bucket is None:
                bucket = buckets[key] = {
                    "period": start.isoformat(), "period_end": period_end(start, interval).isoformat(),
                    "direction": key[1], "source": a if outgoing else b, "target": b if outgoing else a,
                    "events": 0, **{q: 0 for q in _QUADS}, "goldstein": 0.0}
            bucket["events"] += 1
            quad = int(index.quad[position])
            if quad in (1, 2, 3, 4):
                bucket[_QUADS[quad - 1]] += 1
            score = float(index.goldstein[position])
            if not np.isnan(score):
                bucket["goldstein"] = round(bucket["goldstein"] + score, 2)
        return [buckets[k] for k in sorted(buckets)]

    def _pairs(self, keep: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Source and target codes of the kept events that link two different actors."""
        index = self._index
        source, target = index.columns["source"], index.columns["target"]
        keep = keep & (source >= 0) & (target >= 0) & (source != target)
        return source[keep], target[keep]

    def top_dyads(self, top: int = 10, count: str = CONSOLIDATED) -> list[dict]:
        """The pairs of actors with the most events between them, either direction."""
        index = self.index()
        source, target = self._pairs(index.counted(np.ones(len(index), bool), count))
        size = max(len(index.codes["actor"].values), 1)
        keys = np.minimum(source, target).astype(np.int64) * size + np.maximum(source, target)
        pairs, counts = np.unique(keys, return_counts=True)
        best = sorted(zip(counts.tolist(), pairs.tolist()), key=lambda item: (-item[0], item[1]))[:top]
        actors = index.codes["actor"].values
        rows = [dict(zip(("a", "b"), sorted((actors[k // size], actors[k % size]))), events=c)
                for c, k in best]
        names = self._names({r["a"] for r in rows} | {r["b"] for r in rows})
        for row in rows:
            row["a_name"], row["b_name"] = names.get(row["a"]), names.get(row["b"])
        return rows

    def _names(self, ids: set[str]) -> dict[str, str]:
        if not ids:
            return {}
        ordered = sorted(ids)
        marks = ", ".join("?" for _ in ordered)
        return {r["id"]: r["name"] for r in self._rows(f"SELECT id, name FROM actors WHERE id IN ({marks})", ordered)}

    def network(self, date_from: str | None, date_to: str | None, min_events: int = 1,
                max_nodes: int = 150, count: str = CONSOLIDATED) -> dict:
        """Directed edges source → target (event count, mean Goldstein) among the most
        active actors of the period; node ``events`` counts all their linking events in it."""
        index = self.index()
        keep = index.counted(index.mask(EventFilter(date_from=date_from, date_to=date_to)), count)
        source, target = self._pairs(keep)
        goldstein = index.goldstein[keep & (index.columns["source"] >= 0) & (index.columns["target"] >= 0)
                                    & (index.columns["source"] != index.columns["target"])]
        size = max(len(index.codes["actor"].values), 1)
        keys = source.astype(np.int64) * size + target
        pairs, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
        known = ~np.isnan(goldstein)
        sums = np.bincount(inverse[known], weights=goldstein[known], minlength=len(pairs))
        scored = np.bincount(inverse[known], minlength=len(pairs))
        activity = np.bincount(source, minlength=size) + np.bincount(target, minlength=size)
        ranked = [int(c) for c in np.argsort(-activity, kind="stable")[:max_nodes] if activity[c]]
        kept = set(ranked)
        actors = index.codes["actor"].values
        edges = []
        for i, key in enumerate(pairs.tolist()):
            s, t = key // size, key % size
            if counts[i] >= min_events and s in kept and t in kept:
                edges.append({"source": actors[s], "target": actors[t], "events": int(counts[i]),
                              "mean_goldstein": round(float(sums[i] / scored[i]), 2) if scored[i] else None})
        used = {e["source"] for e in edges} | {e["target"] for e in edges}
        info = {r["id"]: r for r in self._rows(
            f"SELECT id, name, kind, country FROM actors WHERE id IN ({', '.join('?' for _ in used)})",
            sorted(used))} if used else {}
        nodes = [{"id": actors[c], "name": info.get(actors[c], {}).get("name", actors[c]),
                  "kind": info.get(actors[c], {}).get("kind"), "country": info.get(actors[c], {}).get("country"),
                  "events": int(activity[c])} for c in ranked if actors[c] in used]
        for edge in edges:
            edge["source_name"] = info.get(edge["source"], {}).get("name")
            edge["target_name"] = info.get(edge["target"], {}).get("name")
        edges.sort(key=lambda e: (-e["events"], e["source"], e["target"]))
        return {"nodes": nodes, "edges": edges}

    # -- stories and alerts -----------------------------------------------------------
    def stories(self, f: StoryFilter, limit: int, cursor: str | None) -> tuple[list[dict], str | None]:
        """Stories of the current pipeline version, most recently seen first."""
        where, params = ["s.pipeline_version = ?"], [self.version()]
        if f.q:
            where.append(f"s.title {self._like()} ? ESCAPE '\\'")
            params.append(_like_pattern(f.q))
        if f.min_articles:
            where.append("s.article_count >= ?")
            params.append(f.min_articles)
        if f.date_from:   # the story's span overlaps the period
            where.append("COALESCE(s.last_seen, s.first_seen) || '-99-99' >= ?")
            params.append(f.date_from)
        if f.date_to:
            where.append("s.first_seen <= ?")
            params.append(f.date_to)
        if f.language:   # a validated ISO code, quoted in the story's JSON list of languages
            where.append("s.languages_json LIKE ?")
            params.append(f'%"{f.language}"%')
        if cursor:
            last_seen, last_id = decode_cursor(cursor, (str, str))
            where.append("(COALESCE(s.last_seen, '') < ? OR (COALESCE(s.last_seen, '') = ? AND s.id < ?))")
            params += [last_seen, last_seen, last_id]
        # The page's ids first, then their rows and event counts (counted for the page only).
        order = "ORDER BY COALESCE(s.last_seen, '') DESC, s.id DESC"
        rows = [_json_columns(r) for r in self._rows(
            "SELECT s.id, s.title, s.first_seen, s.last_seen, s.article_count, s.languages_json, "
            "s.sources_json, (SELECT count(*) FROM consolidated_events c WHERE c.story_id = s.id "
            "AND c.pipeline_version = s.pipeline_version) AS events FROM (SELECT s.id, s.pipeline_version "
            f"FROM stories s WHERE {' AND '.join(where)} {order} LIMIT ?) p "
            f"JOIN stories s ON s.id = p.id AND s.pipeline_version = p.pipeline_version {order}",
            [*params, limit + 1])]
        return _cursor_page(rows, limit, lambda last: [last["last_seen"] or "", last["id"]])

    def iter_stories(self, f: StoryFilter, limit: int) -> Iterator[dict]:
        return _pages(lambda n, cursor: self.stories(f, n, cursor), limit)

    def story(self, story_id: str) -> dict | None:
        """One story: its timeline, its articles, and its consolidated events, each with
        every report (article, sentence, trigger, confidence)."""
        version = self.version()
        story = self.store.fetch_one(
            "SELECT id, title, first_seen, last_seen, article_count, languages_json, sources_json, "
            "timeline_json, updated_at FROM stories WHERE id = ? AND pipeline_version = ?", (story_id, version))
        if story is None:
            return None
        story = _json_columns(story)
        story["articles"] = self._rows(
            "SELECT a.id, a.title, a.source, a.url, a.site, a.language, a.published, a.near_duplicate_of "
            "FROM story_articles x JOIN articles a ON a.id = x.article_id "
            "WHERE x.story_id = ? AND x.pipeline_version = ? ORDER BY a.published, a.id", (story_id, version))
        articles = {a["id"]: a for a in story["articles"]}
        events = [_json_columns(r) for r in self._rows(
            "SELECT id, category, cameo, source_actor AS source, target_actor AS target, event_date AS date, "
            "modality, goldstein, quad_class, confidence, report_count, reports_json FROM consolidated_events "
            "WHERE story_id = ? AND pipeline_version = ? ORDER BY event_date, category, id", (story_id, version))]
        names = self._names({e[k] for e in events for k in ("source", "target") if e[k]})
        for event in events:
            event["source_name"], event["target_name"] = names.get(event["source"]), names.get(event["target"])
            for report in event["reports"]:
                article = articles.get(report["article_id"], {})
                for key in ("title", "language", "site", "published"):
                    report[f"article_{key}"] = article.get(key)
        story["events"] = events
        return story

    def story_of(self, article_id: str) -> dict | None:
        """The story an article belongs to (id and title), if any."""
        return self.store.fetch_one(
            "SELECT s.id, s.title, s.article_count FROM story_articles x JOIN stories s "
            "ON s.id = x.story_id AND s.pipeline_version = x.pipeline_version "
            "WHERE x.article_id = ? AND x.pipeline_version = ?", (article_id, self.version()))

    def alerts(self, limit: int, cursor: str | None, rule: str | None = None) -> tuple[list[dict], str | None]:
        """Fired alerts, newest first."""
        where, params = ["1 = 1"], []
        if rule:
            where.append("rule = ?")
            params.append(rule)
        if cursor:
            fired_at, last_id = decode_cursor(cursor, (str, str))
            where.append("(fired_at < ? OR (fired_at = ? AND id < ?))")
            params += [fired_at, fired_at, last_id]
        rows = [_json_columns(r) for r in self._rows(
            f"SELECT {', '.join(c + '_json' if c == 'event_ids' else c for c in ALERT_COLUMNS)} FROM alerts "
            f"WHERE {' AND '.join(where)} ORDER BY fired_at DESC, id DESC LIMIT ?", [*params, limit + 1])]
        return _cursor_page(rows, limit, lambda last: [last["fired_at"], last["id"]])

    def iter_alerts(self, limit: int, rule: str | None = None) -> Iterator[dict]:
        return _pages(lambda n, cursor: self.alerts(n, cursor, rule), limit)
