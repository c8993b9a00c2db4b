"""Two writer processes ingesting overlapping inputs end with every article exactly once."""
from __future__ import annotations

import subprocess
import sys
import textwrap

from veilleur.store import SCHEMA_VERSION, open_store

ARTICLES = 60

WRITER = textwrap.dedent('''
    import sys
    from veilleur.document import Actor, Document, Event
    from veilleur.store import open_store

    url, first, last, step = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    with open_store(url) as store:
        for n in range(first, last, step):
            text = (f"Dépêche {n} : le ministre {n} a rencontré son homologue {n * 7} pour parler "
                    f"du dossier {n * 13}, de la frontière {n * 17} et du traité {n * 19}.")
            document = Document(source=f"wire-{n}.txt", text=text, language="fr")
            actors = [Actor(f"A{n % 5}", f"Acteur {n % 5}", "person", mentions=[(0, 7)]),
                      Actor("Q142", "France", "government", country="FRA", mentions=[(8, 12)])]
            document.actors = actors
            document.events = [Event("CONSULT", "040", (0, 7), (0, len(text)), source="Q142")]
            document.meta["pipeline"] = "test"
            store.save(document)
''')


def test_two_writers_with_overlapping_inputs(store_url):
    open_store(store_url).close()  # both writers then find the schema in place
    # One goes forward over articles 0..44, the other backward over 59..15: 30 in common.
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, store_url, *args])
               for args in (("0", "45", "1"), (str(ARTICLES - 1), "14", "-1"))]
    assert [w.wait(timeout=120) for w in writers] == [0, 0]
    with open_store(store_url) as store:
        def count(sql: str) -> int:
            return store.fetch_value(sql)
        assert count("SELECT count(*) AS n FROM articles") == ARTICLES
        assert count("SELECT count(DISTINCT content_hash) AS n FROM articles") == ARTICLES
        assert count("SELECT count(*) AS n FROM analyses") == ARTICLES
        assert count("SELECT count(*) AS n FROM events") == ARTICLES
        assert count("SELECT count(*) AS n FROM article_actors") == 2 * ARTICLES
        assert count("SELECT count(*) AS n FROM actors") == 6


def test_concurrent_first_opening_migrates_once(store_url):
    opener = "import sys; from veilleur.store import open_store; open_store(sys.argv[1]).close()"
    openers = [subprocess.Popen([sys.executable, "-c", opener, store_url]) for _ in range(3)]
    assert [o.wait(timeout=120) for o in openers] == [0, 0, 0]
    with open_store(store_url) as store:
        assert store.fetch_value("SELECT count(*) AS n FROM schema_version") == SCHEMA_VERSION


def test_reader_threads_see_a_writer_without_errors(store):
    """API-style readers (one connection per thread) while the same store writes."""
    from concurrent.futures import ThreadPoolExecutor

    from veilleur.document import Document

    def write(n: int) -> None:
        store.save(Document(source=f"{n}.txt", text=f"Communiqué {n} du ministère sur la frontière.",
                            language="fr"))

    def read(_: int) -> int:
        store.stats()
        return len(store.search("frontière", limit=100))

    with ThreadPoolExecutor(4) as pool:
        readers = [pool.submit(read, i) for i in range(40)]
        for n in range(20):
            write(n)
        assert all(0 <= r.result(timeout=60) <= 20 for r in readers)
    assert len(store.search("frontière", limit=100)) == 20
