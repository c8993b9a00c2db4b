"""The PostgreSQL backend (psycopg 3): the shared store for teams, tsvector search."""
from __future__ import annotations

from contextlib import contextmanager
from functools import lru_cache
from typing import Any, Iterable, Iterator, Sequence

from ..errors import VeilleurError
from . import _migrations
from ._base import Store, redact
from ._rows import now
from ._search import ParsedQuery, to_tsquery

# Any constant works; it only has to be the same for every Veilleur process.
_MIGRATION_LOCK = 7_482_001


@lru_cache(maxsize=512)
def _translate(sql: str) -> str:
    # psycopg uses %s; a literal % must be doubled first.
    return sql.replace("%", "%%").replace("?", "%s")


class PostgresStore(Store):
    dialect = "postgresql"

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self._migrate_or_close()

    def _connect(self) -> Any:
        import psycopg
        from psycopg.rows import dict_row

        try:
            return psycopg.connect(self.url, autocommit=True, row_factory=dict_row)
        except psycopg.Error as exc:
            detail = str(exc).replace(self.url, redact(self.url)).strip().splitlines()[0]
            raise VeilleurError("E505", input=redact(self.url), detail=detail) from exc

    def _driver_errors(self) -> tuple[type[Exception], ...]:
        import psycopg

        return (psycopg.Error,)

    def _alive(self, conn: Any) -> bool:
        return not conn.closed and not conn.broken

    @contextmanager
    def _transaction(self, conn: Any) -> Iterator[Any]:
        with conn.transaction():
            yield conn

    def _run(self, conn: Any, sql: str, params: Sequence[Any] = ()) -> Any:
        if not params:  # without parameters psycopg sends the text as is: no %% escaping
            return conn.execute(sql)
        return conn.execute(_translate(sql), tuple(params))

    def _run_many(self, conn: Any, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        with conn.cursor() as cursor:
            cursor.executemany(_translate(sql), [tuple(r) for r in rows])

    def migrate(self) -> int:
        conn = self._conn()
        with self._transaction(conn):
            # Several processes may open a new database at once: one migrates, the others
            # wait here and then find nothing left to do.
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            conn.execute(_migrations.CREATE_VERSION_TABLE)
            current = conn.execute("SELECT coalesce(max(version), 0) AS v FROM schema_version").fetchone()["v"]
            todo = _migrations.pending(self.dialect, current, redact(self.url))
            for version, script in todo:
                conn.execute(script)
                conn.execute("INSERT INTO schema_version (version, applied_at) VALUES (%s, %s)",
                             (version, now()))
        return todo[-1][0] if todo else current

    def _search(self, conn: Any, parsed: ParsedQuery, limit: int, offset: int,
                language: str | None, include_duplicates: bool,
                highlight: tuple[str, str]) -> list[dict]:
        where = ["a.search_vector @@ q.query"]
        params: list[Any] = [to_tsquery(parsed)]
        if language:
            where.append("a.language = ?")
            params.append(language)
        if not include_duplicates:
            where.append("a.near_duplicate_of IS NULL")
        params += [int(limit), int(offset)]
        options = (f'StartSel="{highlight[0]}", StopSel="{highlight[1]}", MaxWords=30, '
                   "MinWords=12, MaxFragments=1, FragmentDelimiter=\"…\"")
        sql = ("WITH q AS (SELECT to_tsquery('veilleur', ?) AS query) "
               "SELECT a.id, a.title, a.source, a.language, a.published, a.near_duplicate_of, "
               f"ts_headline('veilleur', a.text, q.query, '{options}') AS snippet, "
               "ts_rank(a.search_vector, q.query) AS score "
               f"FROM articles a, q WHERE {' AND '.join(where)} "
               "ORDER BY score DESC, a.seq LIMIT ? OFFSET ?")
        return self._run(conn, sql, params).fetchall()
