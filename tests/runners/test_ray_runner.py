"""The Ray runner (local mode, 2 workers): the local runner's analyses, Parquet inputs, a
killed driver resumed without redoing anything, and E601 without Ray."""
from __future__ import annotations

import json
import os
import signal
import sys

import pytest

from veilleur.errors import VeilleurError
from veilleur.runners.local import run_into_store
from veilleur.store import open_store

from .conftest import SIZE, count, veilleur_process, wait_for, wikinews_files

ray = pytest.importorskip("ray")
from veilleur.runners.ray_runner import import_ray, run_ray  # noqa: E402

ARTICLES = 10


@pytest.fixture(scope="module")
def ray_cluster():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray.get_runtime_context().gcs_address
    ray.shutdown()


def analyses(url: str) -> dict[str, dict]:
    with open_store(url) as store:
        return {r["article_id"]: json.loads(r["document_json"]) for r in store.fetch_all(
            "SELECT article_id, document_json FROM analyses")}


def test_ray_and_local_runners_store_identical_analyses(ray_cluster, tmp_path):
    files = wikinews_files(4)
    on_ray, on_local = str(tmp_path / "ray.db"), str(tmp_path / "local.db")
    with open_store(on_ray) as store:
        summary = run_ray(files, store, processes=2, size=SIZE, batch_size=2,
                          shards_dir=tmp_path / "shards")
    assert (summary.articles, summary.analysed, summary.failed) == (4, 4, 0)
    assert not (tmp_path / "shards").exists()  # loaded shards are removed
    with open_store(on_local) as store:
        run_into_store(files, store, processes=1, size=SIZE, batch_size=2)
    got, expected = analyses(on_ray), analyses(on_local)
    assert len(expected) == 4 and got == expected


def test_parquet_inputs_with_a_text_column(ray_cluster, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "news.parquet"
    pq.write_table(pa.table({
        "body": ["Le président français a reçu mardi le chancelier allemand à Paris.", ""],
        "title": ["Visite", "Vide"], "language": ["fr", "fr"]}), path)
    errors = []
    with open_store(tmp_path / "s.db") as store:
        summary = run_ray([str(path)], store, processes=1, size=SIZE, field_map={"text": "body"},
                          shards_dir=tmp_path / "shards", on_error=errors.append)
        assert (summary.analysed, summary.failed) == (1, 1)
        assert "E004" in str(errors[0])
        assert store.fetch_value("SELECT title FROM articles") == "Visite"


def test_killed_ray_run_resumes_without_redoing_anything(ray_cluster, store_url, tmp_path):
    files = wikinews_files(ARTICLES)
    shards = tmp_path / "shards"
    open_store(store_url).close()

    def progress() -> bool:
        parts = shards / "articles"
        return (parts.is_dir() and any(parts.glob("*.parquet"))) or count(
            store_url, "SELECT count(*) AS n FROM analyses") >= 1

    driver = veilleur_process("run", *files, "--engine", "ray", "--address", ray_cluster,
                              "--db", store_url, "--size", SIZE, "--processes", "2",
                              "--batch-size", "1", "--shards", str(shards), "--quiet")
    try:
        wait_for(lambda: progress() or driver.poll() is not None, 300, "the first analysed part")
    finally:
        os.killpg(driver.pid, signal.SIGKILL)
        driver.wait()

    with open_store(store_url) as store:
        summary = run_ray(files, store, processes=2, size=SIZE, batch_size=1, shards_dir=shards)
        # Each article was either analysed by the killed run (stored then, or loaded now from
        # its shards, and skipped) or analysed now: never both.
        assert summary.skipped + summary.analysed == ARTICLES
        assert 1 <= summary.skipped < ARTICLES, "the run was not interrupted halfway"
        assert store.fetch_value("SELECT count(*) AS n FROM analyses") == ARTICLES
        assert store.fetch_value("SELECT count(*) AS n FROM articles") == ARTICLES


def test_missing_ray_is_error_e601(monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(VeilleurError) as caught:
        import_ray()
    assert caught.value.code == "E601"
