"""Analytic read queries for the API and the dashboard, over the store's tables.

Portable SQL with ``?`` placeholders (the store translates them for PostgreSQL); every user
value is a parameter, never text of the query. Like the store's own statistics, lists show
one pipeline version (the most recently stored) and leave near-duplicate copies out, so a
story syndicated ten times counts once.

Event dates: the event's own date when the coder found one, else the article's
publication date (``date`` in every event row).
"""
from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, Iterator

from ..errors import VeilleurError
from ._search import parse, to_fts5, to_tsquery

INTERVALS = ("day", "week", "month", "year")
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
                 "article_title", "article_source"]
QUOTE_COLUMNS = ["id", "article_id", "type", "text", "speaker", "speaker_name", "cue", "cue_lemma",
                 "span_start", "span_end", "confidence", "language", "published", "article_title"]
ACTOR_COLUMNS = ["id", "name", "kind", "country", "cameo", "wikidata", "aliases", "events_given",
                 "events_received", "quotes", "articles"]
DYAD_COLUMNS = ["period", "period_end", "direction", "source", "target", "events",
                "verbal_cooperation", "material_cooperation", "verbal_conflict",
                "material_conflict", "goldstein"]
EDGE_COLUMNS = ["source", "source_name", "target", "target_name", "events", "mean_goldstein"]
_QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")

_EVENT_DATE = "COALESCE(e.event_date, a.published)"
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


class Queries:
    """The read queries over one open Store (``veilleur.store.open_store``)."""

    def __init__(self, store) -> None:
        self.store = store

    # -- shared pieces -----------------------------------------------------------------
    def version(self) -> str | None:
        return self.store.latest_pipeline_version()

    def _rows(self, sql: str, params: list[Any] | tuple = ()) -> list[dict]:
        return self.store.fetch_all(sql, list(params))

    def _like(self) -> str:
        # SQLite's LIKE ignores ASCII case; PostgreSQL needs ILIKE for the same.
        return "ILIKE" if self.store.dialect == "postgresql" else "LIKE"

    def stats(self) -> dict[str, int]:
        version = self.version()
        value = self.store.fetch_value
        return {
            "articles": value("SELECT count(*) AS n FROM articles WHERE near_duplicate_of IS NULL") or 0,
            "events": value("SELECT count(*) AS n FROM events WHERE pipeline_version = ?", (version,)) or 0,
            "quotes": value("SELECT count(*) AS n FROM quotes WHERE pipeline_version = ?", (version,)) or 0,
            "actors": value("SELECT count(DISTINCT actor_id) AS n FROM article_actors "
                            "WHERE pipeline_version = ?", (version,)) or 0,
        }

    def languages(self) -> list[str]:
        return [r["language"] for r in self._rows(
            "SELECT DISTINCT language FROM articles WHERE language IS NOT NULL ORDER BY language")]

    # -- articles ----------------------------------------------------------------------
    def _article_where(self, f: ArticleFilter) -> tuple[list[str], list[Any]]:
        where, params = ["a.near_duplicate_of IS NULL"], []
        if f.language:
            where.append("a.language = ?")
            params.append(f.language)
        if f.date_from:
            where.append("a.published >= ?")
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
            query = to_fts5(parsed)
            base = (f"FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
                    f"WHERE articles_fts MATCH ? AND {' AND '.join(where)}")
            total = self.store.fetch_value(f"SELECT count(*) AS n {base}", [query, *params])
            rows = self._rows(
                f"SELECT {columns}, snippet(articles_fts, 1, ?, ?, '…', 28) AS snippet {base} "
                "ORDER BY bm25(articles_fts, 5.0, 1.0), a.seq LIMIT ? OFFSET ?",
                [MARK_START, MARK_END, query, *params, limit, offset])
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
    def _event_where(self, f: EventFilter) -> tuple[list[str], list[Any]]:
        where = ["e.pipeline_version = ?", "a.near_duplicate_of IS NULL"]
        params: list[Any] = [self.version()]

        def one_of(column: str, values: tuple) -> None:
            if values:
                where.append(f"{column} IN ({', '.join('?' for _ in values)})")
                params.extend(values)

        if f.actor and f.counterpart:
            where.append("((e.source_actor = ? AND e.target_actor = ?) OR "
                         "(e.source_actor = ? AND e.target_actor = ?))")
            params += [f.actor, f.counterpart, f.counterpart, f.actor]
        elif f.actor or f.counterpart:
            where.append("(e.source_actor = ? OR e.target_actor = ?)")
            params += [f.actor or f.counterpart] * 2
        for column, value in (("e.source_actor", f.source), ("e.target_actor", f.target),
                              ("sa.country", f.source_country), ("ta.country", f.target_country),
                              ("a.language", f.language), ("e.article_id", f.article)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        one_of("e.category", f.categories)
        one_of("e.quad_class", f.quad_classes)
        one_of("e.modality", f.modalities)
        if f.date_from:
            where.append(f"{_EVENT_DATE} >= ?")
            params.append(f.date_from)
        if f.date_to:
            where.append(f"{_EVENT_DATE} <= ?")
            params.append(f.date_to)
        if f.min_confidence is not None:
            where.append("e.confidence >= ?")
            params.append(f.min_confidence)
        return where, params

    def events(self, f: EventFilter, limit: int, cursor: str | None) -> tuple[list[dict], str | None]:
        """A page of events, newest first, and the cursor of the next page (None at the end)."""
        where, params = self._event_where(f)
        order_key = f"COALESCE({_EVENT_DATE}, '')"
        if cursor:
            last_date, last_seq = decode_cursor(cursor, (str, int))
            where.append(f"({order_key} < ? OR ({order_key} = ? AND e.seq < ?))")
            params += [last_date, last_date, last_seq]
        rows = self._rows(f"SELECT {_EVENT_SELECT} FROM {_EVENT_FROM} WHERE {' AND '.join(where)} "
                          f"ORDER BY {order_key} DESC, e.seq DESC LIMIT ?", [*params, limit + 1])
        more = len(rows) > limit
        rows = rows[:limit]
        next_cursor = encode_cursor([rows[-1]["date"] or "", rows[-1]["id"]]) if more else None
        return rows, next_cursor

    def iter_events(self, f: EventFilter, limit: int) -> Iterator[dict]:
        cursor, sent = None, 0
        while sent < limit:
            rows, cursor = self.events(f, min(_BATCH, limit - sent), cursor)
            yield from rows
            sent += len(rows)
            if cursor is None:
                return

    FACETS = {"category": "e.category", "quad_class": "e.quad_class", "modality": "e.modality",
              "language": "a.language", "source_country": "sa.country",
              "target_country": "ta.country"}
    # Which filter field each facet leaves out, so its other values stay visible.
    _FACET_FILTER = {"category": "categories", "quad_class": "quad_classes",
                     "modality": "modalities", "language": "language",
                     "source_country": "source_country", "target_country": "target_country"}

    def event_facets(self, f: EventFilter, top: int = 30) -> dict[str, list[dict]]:
        """Counts per value of each facet under every filter but the facet's own."""
        out = {}
        for name, column in self.FACETS.items():
            field = self._FACET_FILTER[name]
            unfiltered = replace(f, **{field: () if isinstance(getattr(f, field), tuple) else None})
            where, params = self._event_where(unfiltered)
            joins = "events e JOIN articles a ON a.id = e.article_id"
            if "sa." in column or "sa." in " ".join(where):
                joins += " LEFT JOIN actors sa ON sa.id = e.source_actor"
            if "ta." in column or "ta." in " ".join(where):
                joins += " LEFT JOIN actors ta ON ta.id = e.target_actor"
            rows = self._rows(f"SELECT {column} AS value, count(*) AS count FROM {joins} "
                              f"WHERE {' AND '.join(where)} AND {column} IS NOT NULL "
                              f"GROUP BY {column} ORDER BY count DESC, value LIMIT ?", [*params, top])
            out[name] = rows
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
            where.append("a.published >= ?")
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
        more = len(rows) > limit
        rows = rows[:limit]
        return rows, encode_cursor([rows[-1]["id"]]) if more else None

    def iter_quotes(self, f: QuoteFilter, limit: int) -> Iterator[dict]:
        cursor, sent = None, 0
        while sent < limit:
            rows, cursor = self.quotes(f, min(_BATCH, limit - sent), cursor)
            yield from rows
            sent += len(rows)
            if cursor is None:
                return

    # -- actors ------------------------------------------------------------------------
    def _actor_counts_sql(self) -> str:
        """Per-actor counts of the current version: events given and received, quotes,
        articles mentioning."""
        return """
            LEFT JOIN (SELECT source_actor AS id, count(*) AS n FROM events
                       WHERE pipeline_version = ? GROUP BY source_actor) g ON g.id = r.id
            LEFT JOIN (SELECT target_actor AS id, count(*) AS n FROM events
                       WHERE pipeline_version = ? GROUP BY target_actor) t ON t.id = r.id
            LEFT JOIN (SELECT speaker_actor AS id, count(*) AS n FROM quotes
                       WHERE pipeline_version = ? GROUP BY speaker_actor) s ON s.id = r.id
            LEFT JOIN (SELECT actor_id AS id, count(*) AS n FROM article_actors
                       WHERE pipeline_version = ? GROUP BY actor_id) m ON m.id = r.id"""

    _ACTOR_SELECT = ("r.id, r.name, r.kind, r.country, r.cameo, r.wikidata, r.aliases_json, "
                     "COALESCE(g.n, 0) AS events_given, COALESCE(t.n, 0) AS events_received, "
                     "COALESCE(s.n, 0) AS quotes, COALESCE(m.n, 0) AS articles")

    @staticmethod
    def _actor_row(row: dict) -> dict:
        row["aliases"] = json.loads(row.pop("aliases_json") or "[]")
        return row

    def actors(self, *, name: str | None = None, kinds: tuple[str, ...] = (),
               country: str | None = None, sort: str = "events", limit: int = 50,
               offset: int = 0) -> tuple[list[dict], int]:
        """Actors with counts; only those the current analyses mention."""
        version = self.version()
        where, params = ["m.n IS NOT NULL"], []
        if name:
            like = self._like()
            where.append(f"(r.name {like} ? ESCAPE '\\' OR r.aliases_json {like} ? ESCAPE '\\' "
                         f"OR r.id {like} ? ESCAPE '\\')")
            params += [_like_pattern(name)] * 3
        if kinds:
            where.append(f"r.kind IN ({', '.join('?' for _ in kinds)})")
            params += list(kinds)
        if country:
            where.append("r.country = ?")
            params.append(country)
        order = {"events": "COALESCE(g.n, 0) + COALESCE(t.n, 0) DESC, COALESCE(m.n, 0) DESC",
                 "mentions": "COALESCE(m.n, 0) DESC", "name": "r.name"}[sort]
        base = f"FROM actors r {self._actor_counts_sql()} WHERE {' AND '.join(where)}"
        counts_params = [version] * 4
        total = self.store.fetch_value(f"SELECT count(*) AS n {base}", [*counts_params, *params])
        rows = self._rows(f"SELECT {self._ACTOR_SELECT} {base} ORDER BY {order}, r.id LIMIT ? OFFSET ?",
                          [*counts_params, *params, limit, offset])
        return [self._actor_row(r) for r in rows], int(total or 0)

    def actor_summary(self, actor_id: str) -> dict:
        row = self.store.fetch_one("SELECT id, name, kind, country FROM actors WHERE id = ?", (actor_id,))
        return row or {"id": actor_id, "name": actor_id, "kind": None, "country": None}

    def actor(self, actor_id: str) -> dict | None:
        """One actor with its counts and top counterparts, or None when never seen."""
        version = self.version()
        rows = self._rows(f"SELECT {self._ACTOR_SELECT} FROM actors r {self._actor_counts_sql()} "
                          "WHERE r.id = ?", [version] * 4 + [actor_id])
        if not rows:
            return None
        actor = self._actor_row(rows[0])
        actor["counterparts"] = self.counterparts(actor_id)
        return actor

    def counterparts(self, actor_id: str, top: int = 10) -> list[dict]:
        """The actors this one has most events with, either direction, with mean Goldstein."""
        rows = self._rows(
            "SELECT x.other AS id, r.name, count(*) AS events, avg(x.goldstein) AS mean_goldstein, "
            "sum(CASE WHEN x.outgoing = 1 THEN 1 ELSE 0 END) AS given FROM ("
            "  SELECT e.target_actor AS other, e.goldstein, 1 AS outgoing FROM events e"
            "  JOIN articles a ON a.id = e.article_id"
            "  WHERE e.source_actor = ? AND e.target_actor IS NOT NULL AND e.pipeline_version = ?"
            "  AND a.near_duplicate_of IS NULL"
            "  UNION ALL"
            "  SELECT e.source_actor AS other, e.goldstein, 0 AS outgoing FROM events e"
            "  JOIN articles a ON a.id = e.article_id"
            "  WHERE e.target_actor = ? AND e.source_actor IS NOT NULL AND e.pipeline_version = ?"
            "  AND a.near_duplicate_of IS NULL"
            ") x LEFT JOIN actors r ON r.id = x.other WHERE x.other <> ? "
            "GROUP BY x.other, r.name ORDER BY events DESC, x.other LIMIT ?",
            [actor_id, self.version(), actor_id, self.version(), actor_id, top])
        for row in rows:
            row["received"] = row["events"] - row["given"]
            if row["mean_goldstein"] is not None:
                row["mean_goldstein"] = round(float(row["mean_goldstein"]), 2)
        return rows

    def _dated_events(self, where: str, params: list[Any], columns: str) -> list[dict]:
        return self._rows(f"SELECT {_EVENT_DATE} AS date, {columns} FROM events e "
                          f"JOIN articles a ON a.id = e.article_id WHERE e.pipeline_version = ? "
                          f"AND a.near_duplicate_of IS NULL AND {where}", [self.version(), *params])

    def actor_timeline(self, actor_id: str, interval: str = "month") -> list[dict]:
        """Events given and received per interval (bucketed in Python: portable, and one
        actor's events are few)."""
        rows = self._dated_events("(e.source_actor = ? OR e.target_actor = ?)", [actor_id, actor_id],
                                  "e.source_actor")
        buckets: dict[date, dict] = {}
        for row in rows:
            start = period_start(row["date"], interval)
            if start is None:
                continue
            bucket = buckets.setdefault(start, {"period": start.isoformat(),
                                                "period_end": period_end(start, interval).isoformat(),
                                                "given": 0, "received": 0})
            bucket["given" if row["source_actor"] == actor_id else "received"] += 1
        return [buckets[k] for k in sorted(buckets)]

    # -- relations ---------------------------------------------------------------------
    def dyad(self, a: str, b: str, interval: str, date_from: str | None = None,
             date_to: str | None = None) -> list[dict]:
        """Per interval and direction: event counts by quad class and summed Goldstein."""
        where = "((e.source_actor = ? AND e.target_actor = ?) OR (e.source_actor = ? AND e.target_actor = ?))"
        params: list[Any] = [a, b, b, a]
        if date_from:
            where += f" AND {_EVENT_DATE} >= ?"
            params.append(date_from)
        if date_to:
            where += f" AND {_EVENT_DATE} <= ?"
            params.append(date_to)
        rows = self._dated_events(where, params, "e.source_actor, e.quad_class, e.goldstein")
        buckets: dict[tuple[date, str], dict] = {}
        for row in rows:
            start = period_start(row["date"], interval)
            if start is None:
                continue
            outgoing = row["source_actor"] == a
            key = (start, "a>b" if outgoing else "b>a")
            bucket = buckets.get(key)
            if bucket is None:
                bucket = buckets[key] = {
                    "period": start.isoformat(), "period_end": period_end(start, interval).isoformat(),
                    "direction": key[1], "source": a if outgoing else b, "target": b if outgoing else a,
                    "events": 0, **{q: 0 for q in _QUADS}, "goldstein": 0.0}
            bucket["events"] += 1
            if row["quad_class"] in (1, 2, 3, 4):
                bucket[_QUADS[row["quad_class"] - 1]] += 1
            bucket["goldstein"] = round(bucket["goldstein"] + (row["goldstein"] or 0.0), 2)
        return [buckets[k] for k in sorted(buckets)]

    def top_dyads(self, top: int = 10) -> list[dict]:
        """The pairs of actors with the most events between them, either direction."""
        rows = self._rows(
            "SELECT CASE WHEN e.source_actor < e.target_actor THEN e.source_actor ELSE e.target_actor END AS a, "
            "CASE WHEN e.source_actor < e.target_actor THEN e.target_actor ELSE e.source_actor END AS b, "
            "count(*) AS events FROM events e WHERE e.pipeline_version = ? "
            "AND e.source_actor IS NOT NULL AND e.target_actor IS NOT NULL "
            "AND e.source_actor <> e.target_actor GROUP BY 1, 2 ORDER BY events DESC, a, b LIMIT ?",
            [self.version(), top])
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
                max_nodes: int = 150) -> dict:
        """Directed edges source → target (event count, mean Goldstein) among the most
        active actors of the period; node ``events`` counts all their events in it."""
        where, params = ["e.pipeline_version = ?", "a.near_duplicate_of IS NULL",
                         "e.source_actor IS NOT NULL", "e.target_actor IS NOT NULL",
                         "e.source_actor <> e.target_actor"], [self.version()]
        if date_from:
            where.append(f"{_EVENT_DATE} >= ?")
            params.append(date_from)
        if date_to:
            where.append(f"{_EVENT_DATE} <= ?")
            params.append(date_to)
        edges = self._rows(
            "SELECT e.source_actor AS source, e.target_actor AS target, count(*) AS events, "
            "avg(e.goldstein) AS mean_goldstein FROM events e JOIN articles a ON a.id = e.article_id "
            f"WHERE {' AND '.join(where)} GROUP BY e.source_actor, e.target_actor", params)
        activity: dict[str, int] = {}
        for edge in edges:
            for end in ("source", "target"):
                activity[edge[end]] = activity.get(edge[end], 0) + edge["events"]
        kept = set(sorted(activity, key=lambda k: (-activity[k], k))[:max_nodes])
        edges = [e for e in edges if e["events"] >= min_events and e["source"] in kept and e["target"] in kept]
        used = {e["source"] for e in edges} | {e["target"] for e in edges}
        actors = {r["id"]: r for r in self._rows(
            f"SELECT id, name, kind, country FROM actors WHERE id IN ({', '.join('?' for _ in used)})",
            sorted(used))} if used else {}
        nodes = [{"id": k, "name": actors.get(k, {}).get("name", k), "kind": actors.get(k, {}).get("kind"),
                  "country": actors.get(k, {}).get("country"), "events": activity[k]}
                 for k in sorted(used, key=lambda k: (-activity[k], k))]
        for edge in edges:
            edge["source_name"] = actors.get(edge["source"], {}).get("name")
            edge["target_name"] = actors.get(edge["target"], {}).get("name")
            if edge["mean_goldstein"] is not None:
                edge["mean_goldstein"] = round(float(edge["mean_goldstein"]), 2)
        edges.sort(key=lambda e: (-e["events"], e["source"], e["target"]))
        return {"nodes": nodes, "edges": edges}
