"""The embedded SQLite backend: one file, WAL mode, FTS5 search."""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from ..errors import VeilleurError
from . import _migrations
from ._base import Store
from ._rows import now
from ._search import ParsedQuery, to_fts5

BUSY_TIMEOUT_S = 120  # writers queue behind each other; a long analysis batch is not an error


def _dict_row(cursor: sqlite3.Cursor, row: tuple) -> dict:
    return {d[0]: v for d, v in zip(cursor.description, row)}


def split_statements(script: str) -> list[str]:
    """The statements of an SQL script (trigger bodies kept whole)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip() and not all(l.strip().startswith("--") or not l.strip()
                                  for l in buffer.splitlines()):
        statements.append(buffer.strip())
    return statements


class SQLiteStore(Store):
    dialect = "sqlite"

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path).expanduser()
        super().__init__(str(self.path))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise VeilleurError("E505", input=str(self.path), detail=str(exc)) from exc
        self._migrate_or_close()

    def _driver_errors(self) -> tuple[type[Exception], ...]:
        return (sqlite3.Error,)

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                   check_same_thread=False)
            conn.row_factory = _dict_row
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
            conn.execute("PRAGMA journal_mode = WAL")
            # NORMAL in WAL mode: a committed article survives a killed process.
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as exc:
            raise VeilleurError("E505", input=str(self.path), detail=str(exc)) from exc
        return conn

    @contextmanager
    def _transaction(self, conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
        # IMMEDIATE takes the write lock up front: two writers queue instead of failing
        # when a read transaction tries to become a write transaction.
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def _run(self, conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return conn.execute(sql, tuple(params))

    def _run_many(self, conn: sqlite3.Connection, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        conn.executemany(sql, rows)

    def migrate(self) -> int:
        conn = self._conn()
        with self._transaction(conn):
            conn.execute(_migrations.CREATE_VERSION_TABLE)
            current = conn.execute("SELECT coalesce(max(version), 0) AS v FROM schema_version").fetchone()["v"]
            todo = _migrations.pending(self.dialect, current, str(self.path))
            for version, script in todo:
                for statement in split_statements(script):
                    conn.execute(statement)
                conn.execute("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                             (version, now()))
        return todo[-1][0] if todo else current

    def _search(self, conn: sqlite3.Connection, parsed: ParsedQuery, limit: int, offset: int,
                language: str | None, include_duplicates: bool,
                highlight: tuple[str, str]) -> list[dict]:
        where = ["articles_fts MATCH ?"]
        params: list[Any] = [highlight[0], highlight[1], to_fts5(parsed)]
        if language:
            where.append("a.language = ?")
            params.append(language)
        if not include_duplicates:
            where.append("a.near_duplicate_of IS NULL")
        params += [int(limit), int(offset)]
        # bm25 is lower-is-better; titles weigh five times the body.
        return conn.execute(
            "SELECT a.id, a.title, a.source, a.language, a.published, a.near_duplicate_of, "
            "snippet(articles_fts, 1, ?, ?, '…', 24) AS snippet, "
            "-bm25(articles_fts, 5.0, 1.0) AS score "
            "FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
            f"WHERE {' AND '.join(where)} ORDER BY score DESC, a.seq LIMIT ? OFFSET ?",
            params).fetchall()
