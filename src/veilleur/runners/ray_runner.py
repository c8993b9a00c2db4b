"""The Ray runner: the same pure analysis on a Ray cluster (or Ray on this machine).

Flow: the input files become a Ray Dataset (one row per file, in blocks spread over the
cluster) → ``map_batches`` with a stateful actor pool, each actor loading the spaCy
pipelines once, reading and cleaning its files (``veilleur.ingest``; Parquet inputs by
record batches) and calling ``runners.local.analyze_batch`` → each analysed batch written as
one part of a Parquet exchange directory (runners/parquet.py) → the driver loads each part
into the store as it arrives (one transaction per article, ON CONFLICT DO NOTHING) and
deletes it.

Resumable: a restarted run first loads the parts a killed run left behind, then skips every
article whose analysis by this pipeline version is in the store, so nothing is analysed
twice. Ray is optional (``pip install 'veilleur[ray]'``): without it, E601.
"""
from __future__ import annotations

import contextlib
import hashlib
import logging
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..document import Document, text_id
from ..errors import InputError, VeilleurError
from ..pipeline import PIPELINE_VERSION
from ..settings import Settings, load_settings
from . import parquet
from .local import RunSummary, analyze_batch, batched, record_saved, resolve_processes

PARQUET_SUFFIXES = (".parquet", ".pq")
_PARQUET_FIELDS = ("id", "source", "title", "language", "published", "url")


class RemoteInputError(Exception):
    """An input a Ray worker could not read; its message names the input and the code."""


def import_ray():
    """The ``ray`` module, or E601 when the optional extra is not installed."""
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise VeilleurError("E601") from exc
    return ray


def default_shards_dir(store_url: str) -> Path:
    """A shard folder of its own per store, kept across runs so a restart finds its parts."""
    from platformdirs import user_cache_dir

    key = hashlib.sha256(store_url.encode()).hexdigest()[:16]
    return Path(user_cache_dir("veilleur"), "ray-shards", key)


def input_files(inputs: Iterable[str], on_error: Callable[[Exception], None]) -> list[str]:
    """The files and URLs the input specs stand for (stdin cannot be sharded: E605)."""
    from ..ingest.sources import expand

    files = []
    for spec in inputs:
        if spec == "-":
            on_error(VeilleurError("E605", input=spec, what="stdin"))
            continue
        for name in expand(spec):
            if isinstance(name, InputError):
                on_error(name)
            else:
                files.append(name)
    return files


class Analyzer:
    """The actor-pool callable: loads nothing until its first batch, then keeps the
    pipelines of the process (cached by ``nlp.load_pipeline``) for every later batch."""

    def __init__(self, *, settings: Settings, size: str, batch_size: int, shards_dir: str,
                 done: list, field_map: dict | None = None, input_format: str | None = None):
        import ray

        self.settings, self.size, self.batch_size = settings, size, batch_size
        self.shards_dir = shards_dir
        self.field_map, self.input_format = field_map, input_format
        # Wrapped in a list so Ray hands over the reference; fetched once per actor.
        self.done: set[str] = ray.get(done[0])

    def __call__(self, batch: dict) -> dict:
        out: dict[str, list] = {"part": [], "articles": [], "skipped": [], "errors": []}
        errors: list[str] = []
        skipped = 0

        def unanalysed() -> Iterator[Document]:
            nonlocal skipped
            for spec in batch["spec"]:
                for item in self._read(str(spec)):
                    if isinstance(item, InputError):
                        errors.append(str(item))
                    elif text_id(item.text) in self.done:
                        skipped += 1
                    else:
                        yield item

        for documents in batched(unanalysed(), self.batch_size):
            analysed = analyze_batch(documents, self.size)
            self._emit(out, parquet.write_part(self.shards_dir, analysed), len(analysed), 0, [])
        self._emit(out, "", 0, skipped, errors)
        return out

    @staticmethod
    def _emit(out: dict, part: str, articles: int, skipped: int, errors: list[str]) -> None:
        out["part"].append(part)
        out["articles"].append(articles)
        out["skipped"].append(skipped)
        out["errors"].append("\n".join(errors))

    def _read(self, spec: str) -> Iterator[Document | InputError]:
        from .. import ingest

        if spec.lower().endswith(PARQUET_SUFFIXES):
            yield from parquet_input_documents(spec, self.field_map or {})
        else:
            yield from ingest.load([spec], self.settings, field_map=self.field_map,
                                   input_format=self.input_format)


def parquet_input_documents(path: str, field_map: dict[str, str]) -> Iterator[Document | InputError]:
    """Articles from a Parquet file with a ``text`` column (and optionally id, source, title,
    language, published, url; renamed by ``field_map`` as for JSON Lines), cleaned."""
    import pyarrow.parquet as pq

    from ..ingest import document_from_text

    column = {name: field_map.get(name, name) for name in ("text", *_PARQUET_FIELDS)}
    try:
        reader = pq.ParquetFile(path)
    except Exception as exc:  # any unreadable file is one failed input
        yield InputError("E018", path, detail=str(exc))
        return
    if column["text"] not in reader.schema_arrow.names:
        yield InputError("E014", path, field=column["text"])
        return
    number = 0
    for record_batch in reader.iter_batches(batch_size=256):
        for row in record_batch.to_pylist():
            number += 1
            text = row.get(column["text"])
            if not text or not str(text).strip():
                yield InputError("E004", f"{path}#{number}")
                continue
            document = document_from_text(
                str(text), row.get(column["source"]) or f"{path}#{number}",
                title=row.get(column["title"]), language=row.get(column["language"]),
                published=row.get(column["published"]))
            if row.get(column["url"]):
                document.meta["url"] = row[column["url"]]
            yield document


def load_parts(store, shards_dir: Path, record: Callable[[Document, object], None], *, keep: bool,
               names: Iterable[str] | None = None) -> None:
    """Store the Documents of the given parts (default: all complete ones), then delete them."""
    for name in list(names if names is not None else parquet.part_names(shards_dir)):
        for document in parquet.read_part(shards_dir, name):
            record(document, store.save(document))
        if not keep:
            for table in parquet.TABLES:
                Path(shards_dir, table, f"{name}.parquet").unlink(missing_ok=True)


def analysed_hashes(store, pipeline_version: str) -> set[str]:
    return {r["content_hash"] for r in store.fetch_all(
        "SELECT a.content_hash FROM articles a JOIN analyses n ON n.article_id = a.id "
        "WHERE n.pipeline_version = ?", (pipeline_version,))}


def run_ray(inputs: Iterable[str], store, *, address: str | None = None,
            settings: Settings | None = None, processes: int | None = None,
            size: str | None = None, batch_size: int | None = None,
            shards_dir: str | Path | None = None, keep_shards: bool = False,
            field_map: dict[str, str] | None = None, input_format: str | None = None,
            on_error: Callable[[Exception], None] = lambda e: None,
            on_article: Callable[[str], None] = lambda note: None) -> RunSummary:
    """Analyse ``inputs`` on Ray (``address``: a cluster; None: this machine, or the Ray
    already initialised in this process) and store the results in ``store``."""
    ray = import_ray()
    settings = settings or load_settings()
    summary = RunSummary()

    def failed(error: Exception) -> None:
        summary.failed += 1
        summary.errors.append(str(error))
        on_error(error)

    def stored(document: Document, result) -> None:
        record_saved(summary, result, document)
        on_article(document.title or document.source)

    def resumed(document: Document, result) -> None:
        summary.loaded += 1
        summary.new += result.new_article

    files = input_files(inputs, failed)
    shards = Path(shards_dir) if shards_dir else default_shards_dir(store.url)
    shards.mkdir(parents=True, exist_ok=True)
    if Path(shards, "articles").is_dir():  # left by a killed run: store them first
        load_parts(store, shards, resumed, keep=keep_shards)
    if not files:
        return summary
    started_here = not ray.is_initialized()
    if started_here:
        ray.init(address=address, num_cpus=None if address else resolve_processes(processes),
                 include_dashboard=False, log_to_driver=False, configure_logging=False)
    # The CLI shows its own progress; Ray Data's INFO lines and bars would bury it.
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    ray.data.DataContext.get_current().enable_progress_bars = False
    try:
        actors = int(processes) if processes else max(1, int(ray.cluster_resources().get("CPU", 1)))
        done = ray.put(analysed_hashes(store, PIPELINE_VERSION))
        dataset = ray.data.from_items([{"spec": f} for f in files],
                                      override_num_blocks=min(len(files), actors * 4))
        parts = dataset.map_batches(
            Analyzer, batch_format="numpy", batch_size=max(1, (batch_size or settings.batch_size)),
            compute=ray.data.ActorPoolStrategy(size=actors), num_cpus=1,
            fn_constructor_kwargs={
                "settings": settings, "size": size or settings.model_size,
                "batch_size": batch_size or settings.batch_size, "shards_dir": str(shards),
                "done": [done], "field_map": field_map, "input_format": input_format})
        for row in parts.iter_rows():
            summary.articles += int(row["articles"]) + int(row["skipped"])
            summary.skipped += int(row["skipped"])
            for message in filter(None, str(row["errors"]).split("\n")):
                failed(RemoteInputError(message))
            if row["part"]:
                load_parts(store, shards, stored, keep=keep_shards, names=[str(row["part"])])
    finally:
        if started_here:
            ray.shutdown()
    if not keep_shards:
        remove_empty_shards_dir(shards)
    return summary


def remove_empty_shards_dir(shards: Path) -> None:
    """Remove the shard folders once their parts are loaded; anything else is left alone."""
    for table in parquet.TABLES:
        folder = Path(shards, table)
        for leftover in folder.glob(".*.parquet.tmp"):  # a write cut short by a kill
            leftover.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            folder.rmdir()
    with contextlib.suppress(OSError):
        shards.rmdir()
