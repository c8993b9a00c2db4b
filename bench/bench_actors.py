"""Actors stage speed and knowledge-base cost, next to bare spaCy parsing in the same run.

    python bench/bench_actors.py [--corpus ../shared/corpora/wikinews-fr-2012] [--limit 100]

Prints: KB load time and memory (tracemalloc peak, cold build), spaCy parsing time
(docs/s), actors stage time (mentions/s, docs/s) and its cost relative to parsing.
"""
from __future__ import annotations

import argparse
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "wikinews-fr-2012"))
    ap.add_argument("--limit", type=int, default=100)
    args = ap.parse_args()

    from veilleur.actors import stage
    from veilleur.actors.kb import DATA_DIR, build_kb, user_file
    from veilleur.actors.ruler import gazetteer
    from veilleur.ingest import load
    from veilleur.nlp import load_pipeline
    from veilleur.pipeline import Analysis, make_spacy_doc

    t0 = time.perf_counter()
    kb = build_kb([DATA_DIR], user_file())
    gazetteer(kb)
    kb_seconds = time.perf_counter() - t0
    tracemalloc.start()            # a second build, to measure memory apart from time
    measured = build_kb([DATA_DIR], user_file())
    gazetteer(measured)
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del measured
    print(f"knowledge base: {len(kb.actors)} actors, {len(kb.names)} name keys, "
          f"{len(kb.surnames)} surnames; built with its ruler in {kb_seconds:.2f} s; "
          f"memory {current / 2**20:.1f} MiB (peak {peak / 2**20:.1f} MiB)")

    paths = sorted(Path(args.corpus).glob("*.html"))[: args.limit]
    documents = [d for d in load([str(p) for p in paths]) if not isinstance(d, Exception)]
    nlp = load_pipeline("fr")
    nlp("Échauffement.")
    t0 = time.perf_counter()
    docs = [nlp(make_spacy_doc(nlp, d)) for d in documents]
    parse_seconds = time.perf_counter() - t0
    print(f"spaCy parsing: {len(docs)} docs in {parse_seconds:.2f} s ({len(docs) / parse_seconds:.1f} docs/s)")

    stage.load_kb()                  # the stage's own cached base, outside the timing
    t0 = time.perf_counter()
    n_mentions = 0
    for document, doc in zip(documents, docs):
        analysis = Analysis(document, doc)
        stage.run(analysis)
        n_mentions += len(analysis.mentions)
    link_seconds = time.perf_counter() - t0
    print(f"actors stage: {n_mentions} mentions in {link_seconds:.2f} s "
          f"({n_mentions / link_seconds:.0f} mentions/s, {len(docs) / link_seconds:.1f} docs/s), "
          f"{100 * link_seconds / parse_seconds:.1f} % of parsing time")


if __name__ == "__main__":
    main()
