"""Scaling of the analysis from 1 to 2 processes, and the local runner next to Ray.

    python bench/bench_scaling.py [--documents 2000] [--size sm] [--quick] [--no-ray]

1. Pure analysis (cleaned documents in, analysed documents out): the local runner with one
   process (the baseline) then two; target speed-up ≥ 1.7×.
2. End to end (input files → store): the replicated articles written as JSON Lines shards,
   then `run_into_store` (local, 2 processes) and `run_ray` (Ray on this machine, 2 actors)
   into fresh SQLite stores.
"""
from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from bench_throughput import Clock, bench_arguments, machine, replicate, wikinews_documents, words

QUICK_DOCUMENTS = 200


def cpu_with_live_children() -> float:
    """CPU seconds of this process and of its running children (read from /proc)."""
    import os
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    total = own.ru_utime + own.ru_stime
    ticks = os.sysconf("SC_CLK_TCK")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == os.getpid():  # fields: state, ppid, ..., utime (12), stime (13)
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def write_jsonl_shards(documents: list, folder: Path, shards: int) -> list[str]:
    paths = [folder / f"shard-{i:03d}.jsonl" for i in range(shards)]
    handles = [p.open("w", encoding="utf-8") for p in paths]
    for n, d in enumerate(documents):
        row = {"text": d.text, "title": d.title, "language": d.language, "published": d.published}
        handles[n % shards].write(json.dumps(row, ensure_ascii=False) + "\n")
    for h in handles:
        h.close()
    return [str(p) for p in paths]


def main() -> None:
    ap = bench_arguments(__doc__, documents=2000, quick=QUICK_DOCUMENTS, size="sm", batch_size=16)
    ap.add_argument("--no-ray", action="store_true", help="skip the Ray comparison")
    args = ap.parse_args()
    count = QUICK_DOCUMENTS if args.quick else args.documents

    from veilleur.runners.local import analyze_stream, run_into_store
    from veilleur.store import open_store

    print(f"machine: {machine()}")
    corpus = wikinews_documents(args.corpus)
    documents = replicate(corpus, count)
    n_words = words(documents)
    print(f"corpus: {count} documents ({n_words:,} words), French model {args.size}, "
          f"batch {args.batch_size}; times include starting the workers")
    clocks, steady, steady_cpu = {}, {}, {}
    for processes in (1, 2):
        first = first_cpu = None
        with Clock() as clocks[processes]:
            for n, _ in enumerate(analyze_stream(replicate(documents, count), processes=processes,
                                                 size=args.size, batch_size=args.batch_size)):
                if n == 0:  # the models are loaded, the workers running
                    first, first_cpu = time.perf_counter(), cpu_with_live_children()
                elif n == count - 1:
                    last, last_cpu = time.perf_counter(), cpu_with_live_children()
        # Steady state: from the first analysed document on (worker start-up left out).
        steady[processes] = (count - 1) / (last - first)
        steady_cpu[processes] = (last_cpu - first_cpu) / (count - 1)
        print(f"analysis, {processes} process{'es' if processes > 1 else ''}: "
              f"{clocks[processes].report(count, n_words)}; steady state "
              f"{steady[processes]:,.1f} articles/s (wall), {1000 * steady_cpu[processes]:,.0f} "
              f"CPU ms per article (parent and workers)")
    wall_speedup = steady[2] / steady[1]
    # What two processes give when each has a core of its own: 2 × the CPU efficiency.
    cpu_speedup = 2 * steady_cpu[1] / steady_cpu[2]
    # The steady window undercounts the batches the other worker had in flight at its start
    # (optimistic on short runs); whole-run CPU counts each worker's start-up (pessimistic).
    whole_run = 2 * clocks[1].cpu / clocks[2].cpu
    print(f"speed-up 1 -> 2 processes, steady state: wall {wall_speedup:.2f}x (as scheduled on "
          f"this machine); CPU-bound (each process on a core of its own: 2 x CPU per article "
          f"alone / with 2 processes) between {whole_run:.2f}x (whole run, start-up included) "
          f"and {cpu_speedup:.2f}x (steady window); target >= 1.7x; whole-run wall "
          f"{clocks[1].wall / clocks[2].wall:.2f}x")

    with tempfile.TemporaryDirectory() as tmp:
        files = write_jsonl_shards(replicate(corpus, count, distinct=True), Path(tmp), 8)
        with open_store(Path(tmp, "local.db")) as store, Clock() as local_clock:
            summary = run_into_store(files, store, processes=2, size=args.size,
                                     batch_size=args.batch_size)
        print(f"end to end, local runner, 2 processes: {local_clock.report(summary.analysed, n_words)}")
        if args.no_ray:
            return
        try:
            from veilleur.runners.ray_runner import run_ray
            import ray
        except ImportError:
            print("end to end, Ray: not run (Ray is not installed)")
            return
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
        try:
            with open_store(Path(tmp, "ray.db")) as store, Clock() as ray_clock:
                summary = run_ray(files, store, processes=2, size=args.size,
                                  batch_size=args.batch_size, shards_dir=Path(tmp, "shards"))
        finally:
            ray.shutdown()
        print(f"end to end, Ray, 2 actors: wall {ray_clock.wall:.1f} s "
              f"({summary.analysed / ray_clock.wall:,.1f} articles/s; Ray workers' CPU not counted); "
              f"Ray / local (wall): {local_clock.wall / ray_clock.wall:.2f}")


if __name__ == "__main__":
    main()
