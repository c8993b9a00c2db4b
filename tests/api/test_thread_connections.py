"""The store's per-thread connections are closed when their thread ends, so the server's
short-lived worker threads leave no open connection behind (store/_base.py)."""
from __future__ import annotations

import gc
import sqlite3
import threading

import pytest

from veilleur.store import open_store


def test_a_thread_connection_is_closed_when_the_thread_ends(tmp_path):
    store = open_store(tmp_path / "threads.db")
    try:
        main_conn = store._conn()
        seen = []

        def work():
            seen.append(store._conn())
            assert store.fetch_value("SELECT count(*) AS n FROM articles") == 0

        for _ in range(5):
            thread = threading.Thread(target=work)
            thread.start()
            thread.join()
        gc.collect()
        assert len(seen) == 5 and all(c is not main_conn for c in seen)
        for conn in seen:
            with pytest.raises(sqlite3.ProgrammingError):   # closed
                conn.execute("SELECT 1")
        assert store._all_connections == [main_conn]        # forgotten, not piling up
        assert store.fetch_value("SELECT count(*) AS n FROM articles") == 0   # the main one lives on
    finally:
        store.close()
    with pytest.raises(sqlite3.ProgrammingError):
        main_conn.execute("SELECT 1")
