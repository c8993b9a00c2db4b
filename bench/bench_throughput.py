"""Full-analysis throughput per core next to bare spaCy ``nlp.pipe``, same model, same texts.

    python bench/bench_throughput.py [--documents 5000] [--size md] [--quick]

The Wikinews corpus is ingested once and its cleaned documents replicated to --documents.
Baseline (same run): the model package as spaCy loads it, ``nlp.pipe`` over the texts.
Measured: Veilleur's full analysis (sentence boundaries, parser, actors, events, quotes)
through the local runner with one process. Target: full ≥ 0.75 × bare spaCy.
Also imported by the other bench_*.py scripts for the corpus and machine description.
"""
from __future__ import annotations

import argparse
import os
import platform
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews-fr-2012"
QUICK_DOCUMENTS = 300


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "?")
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{os.cpu_count()} CPUs ({cpu}), {memory:.0f} GiB, Python {platform.python_version()}, "
            f"load average at start {load}")


def bench_arguments(doc: str, *, documents: int, quick: int, size: str,
                    batch_size: int) -> argparse.ArgumentParser:
    """The options every corpus benchmark shares; more can be added to the parser."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--documents", type=int, default=documents)
    ap.add_argument("--size", default=size, help="French model size (md or sm)")
    ap.add_argument("--batch-size", type=int, default=batch_size)
    ap.add_argument("--quick", action="store_true", help=f"{quick} documents")
    return ap


def wikinews_documents(corpus: Path | str = CORPUS) -> list:
    from veilleur.ingest import load

    files = sorted(str(p) for p in Path(corpus).glob("*.html"))
    if not files:
        raise SystemExit(f"no corpus at {corpus} (pass --corpus)")
    return [d for d in load(files) if not isinstance(d, Exception)]


def replicate(documents: list, count: int, distinct: bool = False) -> list:
    """``count`` fresh cleaned copies of ``documents`` (cycled). ``distinct``: each copy's
    text gets a marker at its end (offsets unchanged) so stores see a new article."""
    from veilleur.document import Document, text_id

    copies = []
    for n in range(count):
        original = documents[n % len(documents)]
        copy = Document.from_dict(original.to_dict())
        if distinct and n >= len(documents):
            copy.text += f"\n\n[copie {n // len(documents)}]"
            copy.id = text_id(copy.text)
        copies.append(copy)
    return copies


def words(documents: list) -> int:
    return sum(len(d.text.split()) for d in documents)


def rate(n: int, seconds: float) -> str:
    return f"{n / seconds:,.1f}/s"


class Clock:
    """Wall time and CPU time (this process and its finished children) of a block: on a
    shared machine the CPU figures say what one core does, the wall figures what we got."""

    def __enter__(self) -> "Clock":
        self.wall0, self.cpu0 = time.perf_counter(), self._cpu()
        return self

    def __exit__(self, *exc) -> None:
        self.wall = time.perf_counter() - self.wall0
        self.cpu = self._cpu() - self.cpu0

    @staticmethod
    def _cpu() -> float:
        import resource

        own, children = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
        return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime

    def report(self, articles: int, n_words: int) -> str:
        return (f"wall {self.wall:.1f} s ({rate(articles, self.wall)} articles); CPU {self.cpu:.1f} s "
                f"({rate(articles, self.cpu)} articles, {rate(n_words, self.cpu)} words per core)")


def main() -> None:
    args = bench_arguments(__doc__, documents=5000, quick=QUICK_DOCUMENTS, size="md",
                           batch_size=32).parse_args()
    count = QUICK_DOCUMENTS if args.quick else args.documents

    import importlib

    from veilleur.nlp.pipelines import package_for
    from veilleur.runners.local import analyze_stream

    print(f"machine: {machine()}")
    documents = replicate(wikinews_documents(args.corpus), count)
    texts = [d.text for d in documents]
    n_words = words(documents)
    print(f"corpus: {len(documents)} documents ({n_words:,} words), French model {args.size}, "
          f"batch {args.batch_size}, one process each")

    bare = importlib.import_module(package_for("fr", args.size)).load()
    list(bare.pipe(texts[:8]))  # warm-up outside the timing
    with Clock() as bare_clock:
        for _ in bare.pipe(texts, batch_size=args.batch_size):
            pass
    print(f"baseline bare spaCy nlp.pipe: {bare_clock.report(len(texts), n_words)}")

    list(analyze_stream(replicate(documents, 8), processes=1, size=args.size))  # warm-up
    with Clock() as full_clock:
        for _ in analyze_stream(documents, processes=1, size=args.size, batch_size=args.batch_size):
            pass
    print(f"full Veilleur analysis:       {full_clock.report(len(texts), n_words)}")
    ratio = bare_clock.cpu / full_clock.cpu
    print(f"full / bare throughput (CPU time): {ratio:.2f} "
          f"(target >= 0.75: {'met' if ratio >= 0.75 else 'NOT met'}); "
          f"by wall time {bare_clock.wall / full_clock.wall:.2f}")


if __name__ == "__main__":
    main()
