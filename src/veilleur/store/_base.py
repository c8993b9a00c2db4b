"""The store interface and everything both backends share.

SQL here is written once, with ``?`` placeholders, in the subset SQLite and PostgreSQL
both speak (``INSERT … ON CONFLICT``, ``excluded``); each backend supplies connections,
transactions, placeholder translation, migrations and full-text search.

Writes are safe with several writer processes from the start: every insert is
``ON CONFLICT DO NOTHING`` on a natural key (content hash, (article, pipeline version)),
so a lost race adds nothing instead of failing or duplicating, and each article is
committed in its own transaction so a killed run loses at most the article in flight.
"""
from __future__ import annotations

import json
import threading
import weakref
from abc import ABC, abstractmethod
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, ClassVar, Iterable, Iterator, Sequence

from ..document import Document
from ..errors import VeilleurError
from . import _neardup, _rows
from ._search import ParsedQuery, parse

HIGHLIGHT = ("**", "**")   # default snippet markers around matched words


@dataclass(frozen=True)
class SaveResult:
    article_id: str
    new_article: bool              # False: the same text was already stored
    new_analysis: bool             # False: no analysis given, or this version was stored
    near_duplicate_of: str | None  # the stored article this one nearly copies


@dataclass(frozen=True)
class SearchHit:
    article_id: str
    title: str | None
    source: str
    language: str | None
    published: str | None
    near_duplicate_of: str | None
    snippet: str
    score: float                   # higher is better


def _insert(table: str, columns: Sequence[str]) -> str:
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}) ON CONFLICT DO NOTHING"


_INSERT_ARTICLE = _insert("articles", _rows.ARTICLE_COLUMNS)
_INSERT_ANALYSIS = _insert("analyses", _rows.ANALYSIS_COLUMNS)
_INSERT_ARTICLE_ACTOR = _insert("article_actors", _rows.ARTICLE_ACTOR_COLUMNS)
_INSERT_EVENT = _insert("events", _rows.EVENT_COLUMNS)
_INSERT_QUOTE = _insert("quotes", _rows.QUOTE_COLUMNS)
_UPSERT_ACTOR = (_insert("actors", _rows.ACTOR_COLUMNS).replace("DO NOTHING", "(id) DO UPDATE SET ")
                 + ", ".join(f"{c} = excluded.{c}" for c in _rows.ACTOR_COLUMNS[1:]))
_ARTICLE_FIELDS = ("id, source, url, title, language, published, site, author, text, blocks_json, "
                   "meta_json, near_duplicate_of")
_PAGE = 200


class Store(ABC):
    """A Veilleur database. Use ``open_store``; close it (or use ``with``) when done.

    Connections are per thread, so one Store can serve a threaded web server.
    """

    dialect: ClassVar[str]

    def __init__(self, url: str) -> None:
        self.url = url
        self._local = threading.local()
        self._all_connections: list[Any] = []
        self._lock = threading.RLock()   # re-entrant: a thread's connection may be released by GC

    # -- backend hooks -------------------------------------------------------------------
    @abstractmethod
    def _connect(self) -> Any: ...

    @abstractmethod
    def _transaction(self, conn: Any) -> Any:
        """A context manager: one write transaction on ``conn``, rolled back on error."""

    @abstractmethod
    def _run(self, conn: Any, sql: str, params: Sequence[Any] = ()) -> Any:
        """Execute and return a cursor whose rows are dicts."""

    def _alive(self, conn: Any) -> bool:
        """False for a connection the server dropped: the next use opens a new one."""
        return True

    @abstractmethod
    def _run_many(self, conn: Any, sql: str, rows: Iterable[Sequence[Any]]) -> None: ...

    @abstractmethod
    def migrate(self) -> int:
        """Bring the schema to this Veilleur's version; returns the version. Raises E502."""

    @abstractmethod
    def _search(self, conn: Any, parsed: ParsedQuery, limit: int, offset: int,
                language: str | None, include_duplicates: bool,
                highlight: tuple[str, str]) -> list[dict]: ...

    def _migrate_or_close(self) -> None:
        try:
            self.migrate()
        except VeilleurError:  # a refused store (E502, E505) keeps no connection open
            self.close()
            raise
        except self._driver_errors() as exc:  # e.g. a read-only file, no right to create
            self.close()
            detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise VeilleurError("E505", input=redact(self.url), detail=detail) from exc

    def _driver_errors(self) -> tuple[type[Exception], ...]:
        """The database driver's exception classes."""
        return ()

    # -- connections ---------------------------------------------------------------------
    def _conn(self) -> Any:
        held = getattr(self._local, "held", None)
        conn = held.conn if held is not None else None
        if conn is None or not self._alive(conn):
            conn = self._connect()
            held = self._local.held = _ThreadConnection(conn)
            with self._lock:
                self._all_connections.append(conn)
            # Closed when its thread ends (the thread's locals go, and ``held`` with them), so
            # short-lived threads (a server's worker pool) leave no connection behind.
            weakref.finalize(held, _release, weakref.ref(self), conn)
        return conn

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """A write transaction; pass what it yields to ``execute`` to run inside it."""
        conn = self._conn()
        with self._transaction(conn):
            yield conn

    def close(self) -> None:
        with self._lock:
            for conn in list(self._all_connections):
                try:
                    conn.close()
                except Exception:  # closing is best effort; a dead connection is closed
                    pass
            self._all_connections.clear()
        self._local = threading.local()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {redact(self.url)}>"

    # -- plain SQL for read queries (store/queries.py) -----------------------------------
    def fetch_all(self, sql: str, params: Sequence[Any] = ()) -> list[dict]:
        """Rows as dicts. ``sql`` uses ``?`` placeholders on every backend."""
        return list(self._run(self._conn(), sql, params).fetchall())

    def fetch_one(self, sql: str, params: Sequence[Any] = ()) -> dict | None:
        return self._run(self._conn(), sql, params).fetchone()

    def fetch_value(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.fetch_one(sql, params)
        return None if row is None else next(iter(row.values()))

    def execute(self, conn: Any, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run a statement inside ``with store.transaction() as conn``."""
        return self._run(conn, sql, params)

    # -- writing -------------------------------------------------------------------------
    def save(self, document: Document, *, pipeline_version: str | None = None) -> SaveResult:
        """Store the article (once per cleaned text) and its analysis (once per version).

        The analysis is stored when the document has been analysed (its ``pipeline`` meta,
        or ``pipeline_version``); a bare cleaned Document stores the article alone.
        """
        version = pipeline_version or document.meta.get("pipeline")
        content_hash = _rows.content_hash(document)
        signature = _neardup.signature(document.text)
        conn = self._conn()
        with self._transaction(conn):
            article_id, new_article, near = self._save_article(conn, document, content_hash, signature)
            new_analysis = bool(version) and self._save_analysis(conn, article_id, version, document)
        return SaveResult(article_id, new_article, new_analysis, near)

    def save_many(self, documents: Iterable[Document]) -> list[SaveResult]:
        """``save`` each document, each in its own transaction."""
        return [self.save(d) for d in documents]

    def _find_article(self, conn: Any, content_hash: str) -> dict | None:
        return self._run(conn, "SELECT id, near_duplicate_of FROM articles WHERE content_hash = ?",
                         (content_hash,)).fetchone()

    def _save_article(self, conn: Any, document: Document, content_hash: str,
                      signature: _neardup.Signature | None) -> tuple[str, bool, str | None]:
        found = self._find_article(conn, content_hash)
        if found:
            return found["id"], False, found["near_duplicate_of"]
        near = self._near_duplicate(conn, signature) if signature is not None else None
        row = _rows.article_row(document, near)
        if self._run(conn, _INSERT_ARTICLE, row).rowcount == 0:
            found = self._find_article(conn, content_hash)
            if found:  # another writer stored the same text meanwhile
                return found["id"], False, found["near_duplicate_of"]
            # The given id names a different text (e.g. a reused feed id): key by content.
            row = (content_hash,) + row[1:]
            self._run(conn, _INSERT_ARTICLE, row)
            found = self._find_article(conn, content_hash)
            return found["id"], found["id"] == content_hash, found["near_duplicate_of"]
        article_id = row[0]
        if signature is not None:
            self._run(conn, "INSERT INTO article_signatures (article_id, signature) VALUES (?, ?) "
                            "ON CONFLICT DO NOTHING", (article_id, signature.to_bytes()))
            self._run_many(conn, "INSERT INTO minhash_bands (band, bucket, article_id) "
                                 "VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                           [(band, bucket, article_id) for band, bucket in signature.buckets()])
        return article_id, True, near

    def _near_duplicate(self, conn: Any, signature: _neardup.Signature) -> str | None:
        """The original (first stored) article that this signature nearly copies, if any."""
        buckets = signature.buckets()
        where = " OR ".join("(band = ? AND bucket = ?)" for _ in buckets)
        params = [v for pair in buckets for v in pair]
        candidates = [r["article_id"] for r in self._run(
            conn, f"SELECT DISTINCT article_id FROM minhash_bands WHERE {where} LIMIT 100",
            params).fetchall()]
        if not candidates:
            return None
        marks = ", ".join("?" for _ in candidates)
        rows = self._run(conn, "SELECT s.article_id, s.signature, a.near_duplicate_of "
                               "FROM article_signatures s JOIN articles a ON a.id = s.article_id "
                               f"WHERE s.article_id IN ({marks})", candidates).fetchall()
        signatures = {r["article_id"]: _neardup.Signature.from_bytes(r["signature"]) for r in rows}
        best = _neardup.best_match(signature, signatures)
        if best is None:
            return None
        root = next(r["near_duplicate_of"] for r in rows if r["article_id"] == best)
        return root or best

    def _save_analysis(self, conn: Any, article_id: str, version: str, document: Document) -> bool:
        contract = document.to_dict()
        contract["id"] = article_id
        if self._run(conn, _INSERT_ANALYSIS, _rows.analysis_row(article_id, version, contract)).rowcount == 0:
            return False  # this version of the analysis is stored already
        actors = _rows.actor_rows(document)
        if actors:
            self._run_many(conn, _UPSERT_ACTOR, actors)
            self._run_many(conn, _INSERT_ARTICLE_ACTOR,
                           _rows.article_actor_rows(article_id, version, document))
        events = _rows.event_rows(article_id, version, document)
        if events:
            self._run_many(conn, _INSERT_EVENT, events)
        quotes = _rows.quote_rows(article_id, version, document)
        if quotes:
            self._run_many(conn, _INSERT_QUOTE, quotes)
        return True

    # -- reading -------------------------------------------------------------------------
    def is_analysed(self, content_hash: str, pipeline_version: str) -> bool:
        """Whether the article with this cleaned-text hash has this version's analysis."""
        return self.fetch_one(
            "SELECT 1 AS found FROM articles a JOIN analyses n ON n.article_id = a.id "
            "WHERE a.content_hash = ? AND n.pipeline_version = ?",
            (content_hash, pipeline_version)) is not None

    def resolve_id(self, article_id: str) -> str:
        """The full id of the article named by ``article_id`` or an unambiguous prefix of it."""
        if self.fetch_one("SELECT 1 AS found FROM articles WHERE id = ?", (article_id,)):
            return article_id
        matches = []
        if len(article_id) >= 4:
            matches = [r["id"] for r in self.fetch_all(
                "SELECT id FROM articles WHERE substr(id, 1, ?) = ? LIMIT 2",
                (len(article_id), article_id))]
        if not matches:
            raise VeilleurError("E503", input=article_id, article_id=article_id)
        if len(matches) > 1:
            raise VeilleurError("E504", input=article_id, prefix=article_id)
        return matches[0]

    def article(self, article_id: str) -> dict:
        """The stored article row (raw bytes included), by id or id prefix."""
        full = self.resolve_id(article_id)
        return self.fetch_one("SELECT * FROM articles WHERE id = ?", (full,))

    def document(self, article_id: str, pipeline_version: str | None = None) -> Document:
        """The stored contract document: the given version's analysis, else the newest one,
        else the cleaned article without analysis."""
        full = self.resolve_id(article_id)
        sql = "SELECT document_json FROM analyses WHERE article_id = ?"
        params: list[Any] = [full]
        if pipeline_version:
            sql += " AND pipeline_version = ?"
            params.append(pipeline_version)
        row = self.fetch_one(sql + " ORDER BY created_at DESC, pipeline_version DESC LIMIT 1", params)
        if row:
            return Document.from_dict(json.loads(row["document_json"]))
        if pipeline_version:
            raise VeilleurError("E503", input=full, article_id=f"{full} (pipeline {pipeline_version})")
        return _document_from_row(self.fetch_one(f"SELECT {_ARTICLE_FIELDS} FROM articles WHERE id = ?",
                                                 (full,)))

    def unanalysed(self, pipeline_version: str) -> Iterator[Document]:
        """Stored articles without an analysis of ``pipeline_version``, as cleaned Documents
        (for re-analysis with a newer pipeline without re-ingesting)."""
        last = 0
        while True:
            rows = self.fetch_all(
                f"SELECT seq, {_ARTICLE_FIELDS} FROM articles a WHERE seq > ? AND NOT EXISTS "
                "(SELECT 1 FROM analyses n WHERE n.article_id = a.id AND n.pipeline_version = ?) "
                f"ORDER BY seq LIMIT {_PAGE}", (last, pipeline_version))
            if not rows:
                return
            for row in rows:
                yield _document_from_row(row)
            last = rows[-1]["seq"]

    def search(self, query: str, *, limit: int = 20, offset: int = 0, language: str | None = None,
               include_duplicates: bool = False,
               highlight: tuple[str, str] = HIGHLIGHT) -> list[SearchHit]:
        """Full-text search over titles and texts. Any string is a valid query: words,
        "phrases", OR, -excluded and prefix* are understood, other syntax is ignored."""
        parsed = parse(query)
        if not parsed:
            return []
        rows = self._search(self._conn(), parsed, limit, offset, language, include_duplicates,
                            highlight)
        return [SearchHit(r["id"], r["title"], r["source"], r["language"], r["published"],
                          r["near_duplicate_of"], r["snippet"] or "", float(r["score"]))
                for r in rows]

    def schema_version(self) -> int:
        return int(self.fetch_value("SELECT max(version) AS v FROM schema_version") or 0)

    def latest_pipeline_version(self) -> str | None:
        return self.fetch_value("SELECT pipeline_version FROM analyses "
                                "ORDER BY created_at DESC, pipeline_version DESC LIMIT 1")

    def stats(self, pipeline_version: str | None = None, top: int = 10) -> dict[str, Any]:
        """Counts over the store; events, quotes and actors of one pipeline version
        (default: the most recently stored one), near-duplicate copies left out."""
        version = pipeline_version or self.latest_pipeline_version()
        value = self.fetch_value
        originals = "JOIN articles a ON a.id = x.article_id AND a.near_duplicate_of IS NULL"
        out: dict[str, Any] = {
            "store": redact(self.url), "schema_version": self.schema_version(),
            "pipeline_version": version,
            "articles": value("SELECT count(*) AS n FROM articles"),
            "near_duplicates": value("SELECT count(*) AS n FROM articles "
                                     "WHERE near_duplicate_of IS NOT NULL"),
            "analyses": {r["pipeline_version"]: r["n"] for r in self.fetch_all(
                "SELECT pipeline_version, count(*) AS n FROM analyses GROUP BY pipeline_version "
                "ORDER BY pipeline_version")},
            "languages": {r["language"] or "?": r["n"] for r in self.fetch_all(
                "SELECT language, count(*) AS n FROM articles GROUP BY language ORDER BY n DESC")},
            "published": self.fetch_one("SELECT min(published) AS first, max(published) AS last "
                                        "FROM articles"),
        }
        out["events"] = value(f"SELECT count(*) AS n FROM events x {originals} "
                              "WHERE x.pipeline_version = ?", (version,))
        out["quotes"] = value(f"SELECT count(*) AS n FROM quotes x {originals} "
                              "WHERE x.pipeline_version = ?", (version,))
        out["actors"] = value(f"SELECT count(DISTINCT x.actor_id) AS n FROM article_actors x "
                              f"{originals} WHERE x.pipeline_version = ?", (version,))
        out["event_categories"] = {r["category"]: r["n"] for r in self.fetch_all(
            f"SELECT x.category, count(*) AS n FROM events x {originals} "
            f"WHERE x.pipeline_version = ? GROUP BY x.category ORDER BY n DESC, x.category "
            f"LIMIT {int(top)}", (version,))}
        out["top_actors"] = self.fetch_all(
            "SELECT r.id, r.name, r.kind, r.country, count(*) AS articles, "
            "sum(x.mention_count) AS mentions FROM article_actors x "
            f"{originals} JOIN actors r ON r.id = x.actor_id WHERE x.pipeline_version = ? "
            f"GROUP BY r.id, r.name, r.kind, r.country ORDER BY articles DESC, mentions DESC, r.id "
            f"LIMIT {int(top)}", (version,))
        for row in out["top_actors"]:
            row["mentions"] = int(row["mentions"] or 0)
        return out


def _document_from_row(row: dict) -> Document:
    meta = json.loads(row["meta_json"] or "{}")
    for key in ("url", "site", "author"):
        if row.get(key) is not None:
            meta[key] = row[key]
    if row.get("near_duplicate_of"):
        meta["near_duplicate_of"] = row["near_duplicate_of"]
    return Document.from_dict({
        "id": row["id"], "source": row["source"], "title": row["title"],
        "language": row["language"], "published": row["published"], "text": row["text"],
        "blocks": json.loads(row["blocks_json"] or "[]"), **meta})


def redact(url: str) -> str:
    """``url`` without its password, for messages and logs."""
    if "://" not in url or "@" not in url:
        return url
    scheme, rest = url.split("://", 1)
    credentials, host = rest.rsplit("@", 1)
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}" if ":" in credentials else url


class _ThreadConnection:
    """One thread's connection, held in the store's thread-local storage."""

    __slots__ = ("conn", "__weakref__")

    def __init__(self, conn: Any) -> None:
        self.conn = conn


def _release(store_ref: "weakref.ref[Store]", conn: Any) -> None:
    """Close a connection whose thread has ended, and forget it."""
    store = store_ref()
    if store is not None:
        with store._lock:
            if conn in store._all_connections:
                store._all_connections.remove(conn)
    try:
        conn.close()
    except Exception:  # closing is best effort, as in Store.close
        pass
