"""The local runner: the pure analysis on every core of one machine, streaming into a store.

Worker processes each load the spaCy pipelines once (``nlp.load_pipeline`` is cached per
process) and analyse whole batches with ``nlp.pipe``. The parent reads and cleans the
inputs, keeps at most ``2 × processes`` batches in flight (bounded memory however long the
input), and yields the analysed Documents in input order. Resumable through the store:
each article is committed as soon as it is analysed, and articles whose analysis by this
pipeline version is stored are skipped before they are analysed.

>>> from veilleur.runners.local import analyze_stream, run_into_store   # doctest: +SKIP
>>> for document in analyze_stream(documents, processes=0):          # all cores
...     print(document.id, len(document.events))
"""
from __future__ import annotations

import itertools
import logging
import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from typing import Callable, Iterable, Iterator

from ..document import Document, text_id
from ..errors import InputError, VeilleurError
from ..pipeline import PIPELINE_VERSION, analyze_documents
from ..settings import Settings, load_settings

log = logging.getLogger(__name__)
BATCHES_IN_FLIGHT_PER_PROCESS = 2  # one being analysed, one queued: workers never wait


def resolve_processes(processes: int | None) -> int:
    """``processes`` workers, 0 or None meaning every core this process may use."""
    if processes and processes > 0:
        return processes
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def analyze_batch(documents: list[Document], size: str = "md") -> list[Document]:
    """Analyse a batch with ``nlp.pipe``; when the batch fails, each document alone, so one
    bad document is left with an E602 ``errors`` entry and the others are analysed.

    This is the one function both runners call in their workers.
    """
    try:
        return list(analyze_documents(documents, size=size, batch_size=max(1, len(documents))))
    except Exception:
        log.warning("batch of %d failed; analysing its documents one by one", len(documents))
    return [_analyze_alone(document, size) for document in documents]


def _analyze_alone(document: Document, size: str) -> Document:
    try:
        return next(analyze_documents([document], size=size, batch_size=1))
    except Exception as exc:  # the document is kept, marked, and the run goes on
        log.exception("analysis failed on %s", document.source)
        error = VeilleurError("E602", input=document.source, detail=f"{type(exc).__name__}: {exc}")
        document.errors.append(f"pipeline: {error}")
        document.meta["pipeline"] = PIPELINE_VERSION
        return document


def batched(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def analyze_stream(documents: Iterable[Document], *, processes: int | None = 0, size: str = "md",
                   batch_size: int = 32, max_tasks_per_child: int | None = None
                   ) -> Iterator[Document]:
    """Analyse cleaned Documents on ``processes`` cores (0: all), yielding them in input order.

    ``documents`` is consumed lazily, a few batches ahead of what has been yielded.
    ``max_tasks_per_child`` restarts a worker after that many batches (caps memory growth
    on very long runs at the cost of reloading the models).
    """
    workers = resolve_processes(processes)
    batches = batched(documents, batch_size)
    head = list(itertools.islice(batches, 2))
    if workers == 1 or len(head) < 2:  # one batch: starting workers would cost more than it saves
        for batch in itertools.chain(head, batches):
            yield from analyze_batch(batch, size)
        return
    # spawn: workers start clean (no copied locks, connections or threads of the parent).
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                               max_tasks_per_child=max_tasks_per_child)
    in_flight: deque[tuple[Future, list]] = deque()
    try:
        for batch in itertools.chain(head, batches):
            in_flight.append(_submit(pool, batch, size))
            if len(in_flight) >= workers * BATCHES_IN_FLIGHT_PER_PROCESS:
                yield from _collect(*in_flight.popleft())
        while in_flight:
            yield from _collect(*in_flight.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _submit(pool: ProcessPoolExecutor, batch: list[Document], size: str) -> tuple[Future, list]:
    # The raw input bytes stay in the parent: workers need only the cleaned text.
    raws = [d.raw for d in batch]
    for document in batch:
        document.raw = None
    return pool.submit(analyze_batch, batch, size), raws


def _collect(future: Future, raws: list) -> list[Document]:
    try:
        analysed = future.result()
    except BrokenProcessPool as exc:
        raise VeilleurError("E603", detail=str(exc) or "killed") from exc
    for document, raw in zip(analysed, raws):
        document.raw = raw
    return analysed


@dataclass
class RunSummary:
    articles: int = 0          # articles read from the inputs
    skipped: int = 0           # already analysed by this pipeline version: not analysed again
    analysed: int = 0
    new: int = 0               # articles stored for the first time
    analysis_errors: int = 0   # stored with an errors entry (a stage failed)
    loaded: int = 0            # Ray: analysed by an interrupted run, stored from its shards
    failed: int = 0            # inputs that could not be read
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def run_into_store(inputs: Iterable[str], store, *, settings: Settings | None = None,
                   processes: int | None = None, size: str | None = None,
                   batch_size: int | None = None, field_map: dict[str, str] | None = None,
                   input_format: str | None = None,
                   on_error: Callable[[Exception], None] = lambda e: None,
                   on_article: Callable[[str], None] = lambda note: None) -> RunSummary:
    """Read, analyse on all cores (skipping what ``store`` holds for this pipeline version)
    and store every article of ``inputs``; each article is committed on its own."""
    from .. import ingest

    settings = settings or load_settings()
    summary = RunSummary()
    in_flight: set[str] = set()  # a text repeated in the inputs is analysed once

    def unanalysed() -> Iterator[Document]:
        for item in ingest.load(inputs, settings, field_map=field_map, input_format=input_format):
            if isinstance(item, InputError):
                summary.failed += 1
                summary.errors.append(str(item))
                on_error(item)
                continue
            summary.articles += 1
            content_hash = text_id(item.text)
            if content_hash in in_flight or store.is_analysed(content_hash, PIPELINE_VERSION):
                summary.skipped += 1
                on_article("already analysed")
                continue
            in_flight.add(content_hash)
            yield item

    for document in analyze_stream(unanalysed(), processes=processes or settings.processes,
                                   size=size or settings.model_size,
                                   batch_size=batch_size or settings.batch_size):
        record_saved(summary, store.save(document, pipeline_version=PIPELINE_VERSION), document)
        in_flight.discard(text_id(document.text))
        on_article(document.title or document.source)
    return summary


def record_saved(summary: RunSummary, result, document: Document) -> None:
    """Count one stored analysed document in ``summary`` (both runners)."""
    summary.analysed += 1
    summary.new += result.new_article
    summary.analysis_errors += bool(document.errors)
