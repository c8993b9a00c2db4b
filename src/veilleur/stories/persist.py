"""Stories, consolidated events, watched feeds and alerts in the store (schema v2).

Kept beside the stories logic rather than in store/: the store knows documents; this
module knows what the stories stage derives from them.
"""
from __future__ import annotations

import json
from typing import Any, Iterator

from ..document import Document
from ..store import Store
from ..store._rows import now
from .alerts import Alert
from .clustering import Story
from .consolidate import ConsolidatedEvent
from .watch import FeedState

_PAGE = 500


class StoreWatchState:
    """The WatchState of `veilleur watch`, kept in the store so restarts resume."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def feed(self, url: str) -> FeedState | None:
        row = self.store.fetch_one("SELECT * FROM feeds WHERE url = ?", (url,))
        if row is None:
            return None
        return FeedState(row["url"], float(row["poll_interval"]), row["etag"], row["last_modified"],
                         float(row["next_poll"]), int(row["failures"]), row["last_status"])

    def save_feed(self, state: FeedState) -> None:
        with self.store.transaction() as conn:
            self.store.execute(
                conn,
                "INSERT INTO feeds (url, poll_interval, etag, last_modified, next_poll, failures, "
                "last_status, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET "
                "poll_interval = excluded.poll_interval, etag = excluded.etag, "
                "last_modified = excluded.last_modified, next_poll = excluded.next_poll, "
                "failures = excluded.failures, last_status = excluded.last_status, "
                "updated_at = excluded.updated_at",
                (state.url, state.interval, state.etag, state.last_modified, state.next_poll,
                 state.failures, state.last_status, now()))

    def seen(self, feed_url: str, item_key: str) -> bool:
        return self.store.fetch_one("SELECT 1 AS found FROM feed_items WHERE feed_url = ? AND item_key = ?",
                                    (feed_url, item_key)) is not None

    def mark_seen(self, feed_url: str, item_key: str, article_id: str | None) -> None:
        if self.feed(feed_url) is None:
            self.save_feed(FeedState(feed_url))
        with self.store.transaction() as conn:
            self.store.execute(conn, "INSERT INTO feed_items (feed_url, item_key, article_id, seen_at) "
                                     "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                               (feed_url, item_key, article_id, now()))

    def feeds(self) -> list[FeedState]:
        return [s for r in self.store.fetch_all("SELECT url FROM feeds ORDER BY url")
                if (s := self.feed(r["url"])) is not None]


def analysed_documents(store: Store, version: str, since: str | None = None,
                       until: str | None = None) -> Iterator[Document]:
    """Stored analyses of ``version`` (original articles, copies included), by publication date."""
    last = 0
    clauses, params = ["n.pipeline_version = ?"], [version]
    if since:
        clauses.append("a.published >= ?")
        params.append(since)
    if until:
        clauses.append("substr(a.published, 1, ?) <= ?")   # "2020-09" ≤ "2020-09" and "2020-09-30"
        params += [len(until), until]
    while True:
        rows = store.fetch_all(
            "SELECT a.seq, n.document_json, a.site FROM analyses n JOIN articles a ON a.id = n.article_id "
            f"WHERE a.seq > ? AND {' AND '.join(clauses)} ORDER BY a.seq LIMIT {_PAGE}",
            [last, *params])
        if not rows:
            return
        for row in rows:
            document = Document.from_dict(json.loads(row["document_json"]))
            if row["site"]:
                document.meta.setdefault("site", row["site"])
            yield document
        last = rows[-1]["seq"]


def save_stories(store: Store, version: str, stories: list[Story],
                 consolidated: dict[str, list[ConsolidatedEvent]]) -> None:
    """Replace the stories (and their consolidated events) of the articles in ``stories``."""
    article_ids = [a for s in stories for a in s.article_ids]
    with store.transaction() as conn:
        old = set()
        for chunk in _chunks(article_ids, 400):
            marks = ", ".join("?" for _ in chunk)
            old.update(r["story_id"] for r in store.execute(
                conn, f"SELECT story_id FROM story_articles WHERE pipeline_version = ? "
                      f"AND article_id IN ({marks})", [version, *chunk]).fetchall())
        for story_id in old:
            for table in ("story_articles", "consolidated_events"):
                store.execute(conn, f"DELETE FROM {table} WHERE story_id = ? AND pipeline_version = ?",
                              (story_id, version))
            store.execute(conn, "DELETE FROM stories WHERE id = ? AND pipeline_version = ?", (story_id, version))
        stamp = now()
        for story in stories:
            store.execute(conn,
                          "INSERT INTO stories (id, pipeline_version, title, first_seen, last_seen, "
                          "article_count, languages_json, sources_json, timeline_json, updated_at) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                          (story.id, version, story.title, story.first_seen, story.last_seen,
                           len(story.article_ids), json.dumps(story.languages),
                           json.dumps(story.sources), json.dumps(story.timeline, ensure_ascii=False), stamp))
            for article_id in story.article_ids:
                store.execute(conn, "INSERT INTO story_articles (story_id, pipeline_version, article_id) "
                                    "VALUES (?, ?, ?) ON CONFLICT DO NOTHING", (story.id, version, article_id))
            for event in consolidated.get(story.id, []):
                store.execute(conn,
                              "INSERT INTO consolidated_events (id, pipeline_version, story_id, category, "
                              "cameo, source_actor, target_actor, event_date, modality, goldstein, "
                              "quad_class, confidence, report_count, reports_json) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                              (event.id, version, story.id, event.category, event.cameo, event.source,
                               event.target, event.date, event.modality, event.goldstein,
                               event.quad_class, event.confidence, len(event.reports),
                               json.dumps(event.reports, ensure_ascii=False)))


def _chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def stories(store: Store, version: str, limit: int = 50) -> list[dict[str, Any]]:
    rows = store.fetch_all("SELECT * FROM stories WHERE pipeline_version = ? "
                           "ORDER BY article_count DESC, last_seen DESC, id LIMIT ?", (version, limit))
    return [_story_row(r) for r in rows]


def story(store: Store, version: str, story_id: str) -> dict[str, Any] | None:
    row = store.fetch_one("SELECT * FROM stories WHERE pipeline_version = ? AND id = ?", (version, story_id))
    if row is None:
        return None
    out = _story_row(row)
    out["events"] = [_event_row(r) for r in store.fetch_all(
        "SELECT * FROM consolidated_events WHERE story_id = ? AND pipeline_version = ? "
        "ORDER BY event_date, category", (story_id, version))]
    return out


def _story_row(row: dict) -> dict[str, Any]:
    return {"id": row["id"], "title": row["title"], "first_seen": row["first_seen"],
            "last_seen": row["last_seen"], "article_count": row["article_count"],
            "languages": json.loads(row["languages_json"]), "sources": json.loads(row["sources_json"]),
            "timeline": json.loads(row["timeline_json"])}


def _event_row(row: dict) -> dict[str, Any]:
    return {"id": row["id"], "category": row["category"], "cameo": row["cameo"],
            "source": row["source_actor"], "target": row["target_actor"], "date": row["event_date"],
            "modality": row["modality"], "goldstein": row["goldstein"], "quad_class": row["quad_class"],
            "confidence": row["confidence"], "report_count": row["report_count"],
            "reports": json.loads(row["reports_json"])}


def alert_events(store: Store, version: str, consolidated: bool = True) -> list[dict[str, Any]]:
    """Events for alert rules: consolidated (one per happening, the default) or every report.

    Articles not yet clustered into a story count with their own events, so alerts never
    miss fresh reports because `veilleur stories build` has not run.
    """
    reports = store.fetch_all(
        "SELECT e.seq, e.article_id, e.category, e.source_actor, e.target_actor, e.quad_class, "
        "e.confidence, coalesce(e.event_date, a.published) AS event_date FROM events e "
        "JOIN articles a ON a.id = e.article_id WHERE e.pipeline_version = ? "
        "AND a.near_duplicate_of IS NULL"
        + (" AND NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.article_id = e.article_id "
           "AND s.pipeline_version = e.pipeline_version)" if consolidated else ""), (version,))
    events = [{"id": f"ev:{r['seq']}", "date": r["event_date"], "source": r["source_actor"],
               "target": r["target_actor"], "category": r["category"], "quad_class": r["quad_class"],
               "confidence": r["confidence"]} for r in reports]
    if consolidated:
        events += [{**_event_row(r), "id": r["id"]} for r in store.fetch_all(
            "SELECT * FROM consolidated_events WHERE pipeline_version = ?", (version,))]
    return events


def save_alert(store: Store, alert: Alert, webhook_status: str | None = None) -> bool:
    """Store a fired alert; False when this rule already fired for this window."""
    with store.transaction() as conn:
        cursor = store.execute(
            conn, "INSERT INTO alerts (id, rule, window_start, window_end, event_count, reason, "
                  "baseline_mean, z, event_ids_json, webhook_status, fired_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (alert.id, alert.rule, alert.window_start, alert.window_end, alert.count, alert.reason,
             alert.baseline_mean, alert.z, json.dumps(alert.event_ids), webhook_status, now()))
        return cursor.rowcount > 0


def alerts(store: Store, limit: int = 100) -> list[dict[str, Any]]:
    rows = store.fetch_all("SELECT * FROM alerts ORDER BY fired_at DESC, id LIMIT ?", (limit,))
    for row in rows:
        row["event_ids"] = json.loads(row.pop("event_ids_json"))
    return rows


__all__ = ["StoreWatchState", "alert_events", "alerts", "analysed_documents", "save_alert",
           "save_stories", "stories", "story"]
