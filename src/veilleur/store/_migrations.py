"""Schema migrations: numbered SQL files per dialect, applied once, recorded in schema_version.

``migrations/NNNN_name.<dialect>.sql``: each number exists for every dialect and means the
same change. A database whose recorded version is newer than the files here was written by
a newer Veilleur; it is refused (E502) rather than misread.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import VeilleurError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_NAME = re.compile(r"^(\d{4})_[\w-]+\.(sqlite|postgresql)\.sql$")
CREATE_VERSION_TABLE = ("CREATE TABLE IF NOT EXISTS schema_version ("
                        "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")


def migrations(dialect: str) -> list[tuple[int, str]]:
    """(version, SQL script) for ``dialect``, in order."""
    found = []
    for path in MIGRATIONS_DIR.iterdir():
        match = _NAME.match(path.name)
        if match and match.group(2) == dialect:
            found.append((int(match.group(1)), path.read_text(encoding="utf-8")))
    return sorted(found)


def supported_version(dialect: str) -> int:
    return max(version for version, _ in migrations(dialect))


def pending(dialect: str, current: int, where: str) -> list[tuple[int, str]]:
    """The migrations still to apply to a database at ``current``; E502 when it is newer."""
    supported = supported_version(dialect)
    if current > supported:
        raise VeilleurError("E502", input=where, found=current, supported=supported)
    return [(v, sql) for v, sql in migrations(dialect) if v > current]
