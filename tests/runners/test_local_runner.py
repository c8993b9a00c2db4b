"""The local runner: worker processes give the in-process analysis, in input order, and one
failing document never takes its batch down."""
from __future__ import annotations

from veilleur.ingest import document_from_text, load
from veilleur.pipeline import PIPELINE_VERSION, analyze_documents
from veilleur.runners import local
from veilleur.runners.local import analyze_batch, analyze_stream, resolve_processes, run_into_store
from veilleur.store import open_store

from .conftest import SIZE, wikinews_files


def cleaned(files: list[str]):
    return [d for d in load(files) if not isinstance(d, Exception)]


def test_processes_give_the_in_process_analysis_in_order_and_isolate_a_failure():
    files = wikinews_files(4)
    expected = [d.to_dict() for d in analyze_documents(cleaned(files), size=SIZE)]
    # spaCy refuses texts over nlp.max_length (1,000,000 characters): a real failure.
    huge = document_from_text("Le ministre a parlé. " * 50_000, "huge.txt", language="fr")
    documents = cleaned(files)
    documents.insert(2, huge)
    got = list(analyze_stream(documents, processes=2, size=SIZE, batch_size=2))
    assert [d.source for d in got] == files[:2] + ["huge.txt"] + files[2:]
    assert any("E602" in e for e in got[2].errors) and got[2].meta["pipeline"]
    del got[2]
    assert [d.to_dict() for d in got] == expected
    assert all(d.raw is not None for d in got)  # raw bytes stay in the parent, reattached


def test_a_batch_failure_falls_back_to_one_document_at_a_time(monkeypatch):
    real = local.analyze_documents

    def failing_on_poison(documents, **kw):
        documents = list(documents)
        if any("POISON" in d.text for d in documents):
            raise RuntimeError("parser crashed")
        return real(documents, **kw)

    monkeypatch.setattr(local, "analyze_documents", failing_on_poison)
    texts = ["Le président a reçu le chancelier à Paris.", "POISON dans le texte.",
             "La ministre a rencontré son homologue à Berlin."]
    got = analyze_batch([document_from_text(t, f"{i}.txt", language="fr")
                         for i, t in enumerate(texts)], SIZE)
    assert [bool(d.errors) for d in got] == [False, True, False]
    assert "E602" in got[1].errors[0] and "parser crashed" in got[1].errors[0]


def test_all_cores_by_default():
    assert resolve_processes(0) == resolve_processes(None) >= 1
    assert resolve_processes(3) == 3


def test_a_rerun_analyses_nothing_twice_and_repeated_texts_once(tmp_path):
    files = wikinews_files(3)
    with open_store(tmp_path / "s.db") as store:
        first = run_into_store(files + files[:1], store, processes=1, size=SIZE)
        assert (first.articles, first.analysed, first.skipped) == (4, 3, 1)
        again = run_into_store(files, store, processes=1, size=SIZE)
        assert (again.articles, again.analysed, again.skipped) == (3, 0, 3)
        assert store.fetch_value("SELECT count(*) AS n FROM analyses") == 3


def test_unreadable_inputs_are_counted_and_the_run_goes_on(tmp_path):
    errors = []
    with open_store(tmp_path / "s.db") as store:
        summary = run_into_store([str(tmp_path / "missing.html"), *wikinews_files(1)], store, processes=1,
                                 size=SIZE, on_error=errors.append)
    assert (summary.failed, summary.analysed) == (1, 1)
    assert "E001" in str(errors[0])


def test_a_single_batch_is_analysed_here_without_starting_workers(monkeypatch):
    def no_pool(*args, **kw):
        raise AssertionError("a worker pool was started for one batch")

    monkeypatch.setattr(local, "ProcessPoolExecutor", no_pool)
    got = list(analyze_stream(cleaned(wikinews_files(2)), processes=2, size=SIZE, batch_size=4))
    assert len(got) == 2 and all(d.meta["pipeline"] == PIPELINE_VERSION for d in got)
