"""API latency over a large SQLite store: p50/p95 of the main queries, through HTTP.

The store is generated from real analyses: the French Wikinews corpus (and the seed) is
analysed once, then its documents are replicated with shifted dates and new ids until the
store holds at least --events events. Rows are inserted with the store's own column lists
in a few large transactions (store.save per copy would spend the time on near-duplicate
detection, which is not what is measured here).

    python bench/bench_api.py                 # 100,000 events, 30 runs per query
    python bench/bench_api.py --events 20000 --runs 10

Stories: every odd copy is a second outlet's report of the even copy before it (same dates,
its own id), and each such pair is stored as a story with its consolidated events
(stories.consolidate, stories.persist), so half the reports collapse into happenings and
the default consolidated counts do their real work (``--no-stories`` leaves them out).

Target (issue 6): the events list with two filters and facets answers in under 200 ms p95.
The bare ``SELECT count(*) FROM events`` of the same run is printed as the baseline.
"""
from __future__ import annotations

import argparse
import glob
import hashlib
import math
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TARGET_MS = 200.0


def analysed_corpus(size: str) -> list:
    from veilleur import analyze_many
    from veilleur.errors import InputError

    paths = [str(SHARED / "seeds" / "000_f95a6ceda9409001.txt"),
             *sorted(glob.glob(str(SHARED / "corpora" / "wikinews-fr-2012" / "*.html")))]
    if len(paths) < 2:
        sys.exit(f"the Wikinews corpus is missing under {SHARED}")
    return [d for d in analyze_many(paths, size=size) if not isinstance(d, InputError)]


def shifted(value: str | None, days: int) -> str | None:
    """An ISO date (any precision) moved by ``days``, keeping its precision."""
    if not value:
        return value
    parts = value.split("-")
    try:
        moved = date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1,
                     int(parts[2]) if len(parts) > 2 else 1) + timedelta(days=days)
    except ValueError:
        return value
    return moved.isoformat()[:len(value)] if len(parts) > 1 else str(moved.year)


def replica(document, copy: int, paired: bool = False):
    """The document as if published ``copy`` weeks later, under its own id; ``paired``: odd
    copies keep the dates of the copy before them (another outlet's report of it)."""
    from veilleur.document import Document

    data = document.to_dict()
    days = 7 * (copy - copy % 2 if paired else copy)
    data["id"] = hashlib.sha256(f"{document.id}:{copy}".encode()).hexdigest()
    data["published"] = shifted(data.get("published"), days)
    for event in data["events"]:
        event["date"] = shifted(event.get("date"), days)
    # The salt makes each copy's content hash unique (the text, and so every offset, is kept).
    return Document.from_dict(data), f"{copy:08d}"


def save_paired_stories(store, version: str, pairs: list[tuple]) -> int:
    """Each (document, twin) pair as one story with its consolidated events."""
    from veilleur.stories.clustering import Story
    from veilleur.stories.consolidate import consolidate_events
    from veilleur.stories.persist import save_stories

    stories, consolidated = [], {}
    for first, twin in pairs:
        story = Story(id="story:" + first.id[:16], title=first.title, article_ids=[first.id, twin.id],
                      sources=[first.source], languages=[first.language] if first.language else [],
                      first_seen=first.published, last_seen=first.published)
        stories.append(story)
        consolidated[story.id] = consolidate_events([first, twin])
    save_stories(store, version, stories, consolidated)
    return sum(len(c) for c in consolidated.values())


def fill_store(store, documents: list, min_events: int, paired: bool = True) -> tuple[int, int]:
    from veilleur.store import _rows

    per_round = sum(len(d.events) for d in documents)
    if per_round == 0:
        sys.exit("the analysis found no events in the corpus: nothing to benchmark")
    copies = math.ceil(min_events / per_round)
    version = documents[0].meta.get("pipeline") or "bench"

    def insert(table: str, columns: tuple[str, ...]) -> str:
        return (f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                f"({', '.join('?' for _ in columns)}) ON CONFLICT DO NOTHING")

    statements = {name: insert(name, cols) for name, cols in (
        ("articles", _rows.ARTICLE_COLUMNS), ("analyses", _rows.ANALYSIS_COLUMNS),
        ("actors", _rows.ACTOR_COLUMNS), ("article_actors", _rows.ARTICLE_ACTOR_COLUMNS),
        ("events", _rows.EVENT_COLUMNS), ("quotes", _rows.QUOTE_COLUMNS))}
    articles = 0
    for start in range(0, copies, 50):
        batch: dict[str, list[tuple]] = {name: [] for name in statements}
        pairs: list[tuple] = []
        for copy in range(start, min(copies, start + 50)):
            for document in documents:
                clone, salt = replica(document, copy, paired)
                if paired and copy % 2:
                    pairs.append((replica(document, copy - 1, paired)[0], clone))
                row = list(_rows.article_row(clone, None))
                row[1] = hashlib.sha256((salt + clone.text).encode()).hexdigest()  # content_hash
                batch["articles"].append(tuple(row))
                batch["analyses"].append(_rows.analysis_row(clone.id, version, {"id": clone.id}))
                batch["actors"] += _rows.actor_rows(clone)
                batch["article_actors"] += _rows.article_actor_rows(clone.id, version, clone)
                batch["events"] += _rows.event_rows(clone.id, version, clone)
                batch["quotes"] += _rows.quote_rows(clone.id, version, clone)
                articles += 1
        with store.transaction() as tx:
            for name, rows in batch.items():
                if rows:
                    tx.executemany(statements[name], rows)
        if pairs:
            save_paired_stories(store, version, pairs)
        print(f"\r  {articles} articles", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return articles, store.fetch_value("SELECT count(*) AS n FROM events")


def timed(call, runs: int) -> tuple[float, float]:
    call()  # warm caches once
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, math.ceil(0.95 * len(samples)) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000, help="least events in the store")
    parser.add_argument("--runs", type=int, default=30, help="timed runs per query")
    parser.add_argument("--size", default="sm", help="French model size for the analysis")
    parser.add_argument("--db", help="store path (default: a temporary file)")
    parser.add_argument("--no-stories", action="store_true", help="no stories nor consolidated events")
    args = parser.parse_args()

    from fastapi.testclient import TestClient

    from veilleur.api import create_app
    from veilleur.store import open_store

    workdir = tempfile.TemporaryDirectory(prefix="veilleur-bench-")
    path = args.db or str(Path(workdir.name) / "bench.db")
    store = open_store(path)
    events = store.fetch_value("SELECT count(*) AS n FROM events")
    started = time.perf_counter()
    if events < args.events:  # --db names a store filled by an earlier run: reuse it
        documents = analysed_corpus(args.size)
        print(f"analysed {len(documents)} documents, {sum(len(d.events) for d in documents)} events "
              f"({time.perf_counter() - started:.0f} s)", file=sys.stderr)
        started = time.perf_counter()
        _, events = fill_store(store, documents, args.events, paired=not args.no_stories)
        with store.transaction() as tx:
            tx.execute("ANALYZE")  # planner statistics, as a long-lived store would have
    articles = store.fetch_value("SELECT count(*) AS n FROM articles")
    happenings = store.fetch_value("SELECT count(*) AS n FROM consolidated_events")
    print(f"store: {articles} articles, {events} events, {happenings} consolidated events, "
          f"{Path(path).stat().st_size / 2**20:.0f} MiB "
          f"({time.perf_counter() - started:.0f} s to load)")

    top = store.fetch_one("SELECT category, count(*) AS n FROM events GROUP BY category ORDER BY n DESC LIMIT 1")
    pair = store.fetch_one(
        "SELECT source_actor AS a, target_actor AS b, count(*) AS n FROM events WHERE source_actor IS NOT NULL "
        "AND target_actor IS NOT NULL AND source_actor <> target_actor GROUP BY 1, 2 ORDER BY n DESC LIMIT 1")
    actor = pair["a"] if pair else None
    with TestClient(create_app(store), base_url="http://127.0.0.1") as client:
        started = time.perf_counter()
        client.get("/api/events", params={"limit": 1, "facets": "false"}).raise_for_status()
        print(f"first request (builds the event index): {(time.perf_counter() - started) * 1000:.0f} ms")
        first_page = client.get("/api/events", params={"limit": 50, "facets": "false"}).json()

        def get(url: str, **params):
            return lambda: client.get(url, params=params).raise_for_status()

        cases = [
            ("baseline: SELECT count(*) FROM events", lambda: store.fetch_value("SELECT count(*) AS n FROM events")),
            (f"events, 2 filters + facets (category={top['category']}, language=fr)",
             get("/api/events", category=top["category"], language="fr")),
            ("events, date range + min confidence + facets",
             get("/api/events", date_from="2013-01-01", date_to="2014-12-31", min_confidence=0.5)),
            ("events, no filter + facets", get("/api/events")),
            ("events, 2 filters + facets, counting reports",
             get("/api/events", category=top["category"], language="fr", count="reports")),
            ("events, one row per consolidated event + facets", get("/api/events", view="consolidated")),
            ("stories, newest first", get("/api/stories")),
            ("stories, language=fr, min 2 articles", get("/api/stories", language="fr", min_articles=2)),
            ("events, next page (cursor), no facets",
             get("/api/events", cursor=first_page["next_cursor"], facets="false")),
            ("articles, full-text search 'président'", get("/api/articles", q="président")),
            ("articles, newest first", get("/api/articles")),
            ("actors, by activity", get("/api/actors")),
            ("quotes, newest first", get("/api/quotes")),
        ]
        if actor:
            cases += [(f"actor profile ({actor})", get(f"/api/actors/{actor}")),
                      (f"dyad by month ({pair['a']} ↔ {pair['b']})", get("/api/dyads", a=pair["a"], b=pair["b"], interval="month")),
                      ("network, one year", get("/api/network", date_from="2013", date_to="2013"))]
        print(f"\n{'query':62} {'p50 ms':>8} {'p95 ms':>8}")
        results = {}
        for name, call in cases:
            p50, p95 = timed(call, args.runs)
            results[name] = p95
            print(f"{name:62} {p50:8.2f} {p95:8.2f}")
    gate = results[cases[1][0]]
    verdict = "PASS" if gate < TARGET_MS else "FAIL"
    print(f"\n{verdict}: events with two filters and facets p95 {gate:.1f} ms (target < {TARGET_MS:.0f} ms)")
    store.close()
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
