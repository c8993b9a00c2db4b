"""Peak memory per worker process, and whether it stays flat over a long run.

    python bench/bench_memory.py [--documents 5000] [--processes 2] [--size md] [--quick]

The local runner analyses the replicated Wikinews corpus while a thread samples the
resident memory (VmRSS) of each worker process. Baseline (same run): each worker's memory
once its first batch is done (models and data loaded). Flat means the end of the run is
within a few percent of the memory at a quarter of the run.
"""
from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from bench_throughput import bench_arguments, machine, replicate, wikinews_documents

QUICK_DOCUMENTS = 400


def children_rss(parent: int) -> dict[int, int]:
    """Resident memory in bytes of each live child process of ``parent``."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        try:  # analysis workers only, not multiprocessing's resource tracker
            worker = b"spawn_main" in (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if worker and int(fields.get("PPid", "0").strip() or 0) == parent and "VmRSS" in fields:
            found[int(entry.name)] = int(fields["VmRSS"].split()[0]) * 1024
    return found


class Sampler(threading.Thread):
    def __init__(self, interval: float = 0.5):
        super().__init__(daemon=True)
        self.interval, self.samples, self.done = interval, [], 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            self.samples.append((self.done, children_rss(os.getpid())))
            time.sleep(self.interval)


def mib(n: float) -> str:
    return f"{n / 2**20:,.0f} MiB"


def main() -> None:
    ap = bench_arguments(__doc__, documents=5000, quick=QUICK_DOCUMENTS, size="md", batch_size=32)
    ap.add_argument("--processes", type=int, default=2)
    args = ap.parse_args()
    count = QUICK_DOCUMENTS if args.quick else args.documents

    from veilleur.runners.local import analyze_stream

    print(f"machine: {machine()}")
    documents = replicate(wikinews_documents(args.corpus), count)
    print(f"corpus: {count} documents, {args.processes} worker processes, French model "
          f"{args.size}, batch {args.batch_size}")
    sampler = Sampler()
    sampler.start()
    for _ in analyze_stream(documents, processes=args.processes, size=args.size,
                            batch_size=args.batch_size):
        sampler.done += 1
    sampler.stop.set()
    sampler.join()

    series: dict[int, list[tuple[int, int]]] = {}
    for done, rss in sampler.samples:
        for pid, value in rss.items():
            series.setdefault(pid, []).append((done, value))
    for pid, points in sorted(series.items()):
        loaded = [v for d, v in points if d >= args.batch_size] or [points[-1][1]]
        first_half = [v for d, v in points if d < count // 2] or loaded
        second_half = [v for d, v in points if d >= count // 2] or loaded
        peak, end = max(v for _, v in points), points[-1][1]
        growth = (max(second_half) - max(first_half)) / max(first_half)
        print(f"worker {pid}: after its first batch (baseline) {mib(loaded[0])}, at the end "
              f"{mib(end)}, peak {mib(peak)}; peak of the second half vs the first "
              f"{100 * growth:+.1f} % ({'flat' if growth < 0.05 else 'NOT flat'})")
    if not series:
        print("no worker process was sampled (one process runs in this one)")


if __name__ == "__main__":
    main()
