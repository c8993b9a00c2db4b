"""Throwaway stores for tests: a fresh PostgreSQL schema per test on a shared server.

Each schema gets its own tables, so tests (and concurrent test processes) never see each
other's rows; the schema is dropped afterwards.
"""
from __future__ import annotations

import uuid
from contextlib import contextmanager
from typing import Iterator
from urllib.parse import quote

TEST_PG_ENV = "VEILLEUR_TEST_PG"


@contextmanager
def scratch_postgres_url(base_url: str) -> Iterator[str]:
    """A URL to ``base_url``'s database whose search_path is a new empty schema."""
    import psycopg

    schema = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base_url, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in base_url else "?"
    try:
        yield f"{base_url}{sep}options={quote(f'-csearch_path={schema}')}"
    finally:
        with psycopg.connect(base_url, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
