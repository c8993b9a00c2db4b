"""Storing analysed documents: SQLite (the baseline) next to PostgreSQL, in rows/s.

    python bench/bench_store_ingest.py [--documents 2000] [--pg URL] [--quick]

The Wikinews corpus is analysed once (model sm), then replicated into distinct articles
(a marker appended to each copy's text, offsets unchanged) and saved one transaction per
article, as the runners do (Store.save), into a fresh SQLite file and a fresh PostgreSQL
schema (--pg, else VEILLEUR_TEST_PG; skipped when neither is set). Then the same store is
exported to Parquet and imported into a fresh store (runners/exchange.py). Rows are every
row written: articles, analyses, actors, article_actors, events, quotes, near-duplicate data.
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from bench_throughput import CORPUS, machine, replicate, wikinews_documents

QUICK_DOCUMENTS = 300
TABLES = ("articles", "analyses", "actors", "article_actors", "events", "quotes",
          "article_signatures", "minhash_bands")


def rows_in(store) -> int:
    return sum(int(store.fetch_value(f"SELECT count(*) AS n FROM {t}")) for t in TABLES)


@contextmanager
def fresh_store(kind: str, tmp: str, pg_url: str | None):
    from veilleur.store import open_store
    from veilleur.store.testing import scratch_postgres_url

    if kind == "sqlite":
        with open_store(Path(tmp, f"bench-{time.time_ns()}.db")) as store:
            yield store
        return
    with scratch_postgres_url(pg_url) as url, open_store(url) as store:
        yield store


def timed_saves(store, documents: list) -> tuple[float, int]:
    t0 = time.perf_counter()
    for document in documents:
        store.save(document)
    return time.perf_counter() - t0, rows_in(store)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--documents", type=int, default=2000)
    ap.add_argument("--pg", default=os.environ.get("VEILLEUR_TEST_PG"),
                    help="PostgreSQL URL of a database to make scratch schemas in")
    ap.add_argument("--quick", action="store_true", help=f"{QUICK_DOCUMENTS} documents")
    args = ap.parse_args()
    count = QUICK_DOCUMENTS if args.quick else args.documents

    from veilleur.pipeline import analyze_documents
    from veilleur.runners.exchange import export_parquet, import_parquet

    print(f"machine: {machine()}")
    analysed = list(analyze_documents(wikinews_documents(args.corpus), size="sm"))
    documents = replicate(analysed, count, distinct=True)
    print(f"corpus: {count} analysed articles ({len(analysed)} distinct analyses, replicated)")
    kinds = ["sqlite"] + (["postgresql"] if args.pg else [])
    if not args.pg:
        print("postgresql: not run (no --pg and VEILLEUR_TEST_PG unset)")
    with tempfile.TemporaryDirectory() as tmp:
        baseline = None
        for kind in kinds:
            with fresh_store(kind, tmp, args.pg) as store:
                seconds, rows = timed_saves(store, documents)
                rate = rows / seconds
                baseline = baseline or rate
                print(f"{kind} Store.save: {count} articles, {rows:,} rows in {seconds:.1f} s: "
                      f"{count / seconds:,.1f} articles/s, {rate:,.0f} rows/s "
                      f"({rate / baseline:.2f}x SQLite)")
                folder = Path(tmp, f"parquet-{kind}")
                t0 = time.perf_counter()
                export_parquet(store, folder)
                exported = time.perf_counter() - t0
            with fresh_store(kind, tmp, args.pg) as target:
                t0 = time.perf_counter()
                import_parquet(target, folder)
                imported = time.perf_counter() - t0
                print(f"{kind} Parquet export {count / exported:,.1f} articles/s, import "
                      f"{count / imported:,.1f} articles/s ({rows_in(target) / imported:,.0f} rows/s)")


if __name__ == "__main__":
    main()
