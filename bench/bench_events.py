#!/usr/bin/env python3
"""Speed of the event coder next to bare spaCy parsing, in the same run.

Over the French Wikinews corpus (../shared/corpora/wikinews-fr-2012, or the files given):
  1. spaCy   : nlp.pipe over the cleaned texts (the pipeline Veilleur loads);
  2. coder   : the events stage alone on those parsed Docs (actors already found);
  3. analysis: the actors, events and quotes stages on those Docs;
and prints sentences per second for each, with the analysis cost relative to parsing
(target: at most a third on top of spaCy).

    python bench/bench_events.py [--size md] [--limit 100] [FILES...]
"""
from __future__ import annotations

import argparse
import copy
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("VEILLEUR_SHARED", ROOT.parent / "shared"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--size", default="md")
    ap.add_argument("--limit", type=int, default=100)
    args = ap.parse_args(argv)

    from veilleur import actors, events, quotes
    from veilleur.document import Document
    from veilleur.ingest import load
    from veilleur.nlp import load_pipeline
    from veilleur.pipeline import Analysis, make_spacy_doc

    files = args.files or sorted(str(p) for p in (SHARED / "corpora" / "wikinews-fr-2012").glob("*.html"))
    documents = [d for d in load(files[: args.limit]) if isinstance(d, Document)]
    if not documents:
        print("no input documents", file=sys.stderr)
        return 1
    nlp = load_pipeline("fr", args.size)
    list(nlp.pipe([make_spacy_doc(nlp, documents[0])]))  # warm up

    start = time.perf_counter()
    docs = list(nlp.pipe([make_spacy_doc(nlp, d) for d in documents]))
    parse_seconds = time.perf_counter() - start
    sentences = sum(1 for doc in docs for _ in doc.sents)

    analyses = [Analysis(copy.deepcopy(d), doc, size=args.size) for d, doc in zip(documents, docs)]
    for analysis in analyses:
        actors.run(analysis)
    start = time.perf_counter()
    for analysis in analyses:
        events.run(analysis)
    coder_seconds = time.perf_counter() - start
    n_events = sum(len(a.document.events) for a in analyses)

    fresh = [Analysis(copy.deepcopy(d), doc, size=args.size) for d, doc in zip(documents, docs)]
    start = time.perf_counter()
    for analysis in fresh:
        actors.run(analysis)
        events.run(analysis)
        quotes.run(analysis)
    analysis_seconds = time.perf_counter() - start

    def rate(seconds: float) -> str:
        return f"{sentences / seconds:10.1f} sentences/s  ({seconds:6.2f} s)"

    print(f"{len(documents)} documents, {sentences} sentences, {n_events} events, model {args.size}")
    print(f"  spaCy nlp.pipe (baseline)      {rate(parse_seconds)}")
    print(f"  event coder alone              {rate(coder_seconds)}   "
          f"{100 * coder_seconds / parse_seconds:5.1f} % of parsing")
    print(f"  actors + events + quotes       {rate(analysis_seconds)}   "
          f"{100 * analysis_seconds / parse_seconds:5.1f} % of parsing (target <= 33 %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
