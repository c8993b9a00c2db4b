"""CSV tables of actors: a header with at least ``name``; optional id, kind, country,
cameo, wikidata, gender, language (of the name, default fr), aliases ("|"-separated),
and one role per row (role, role_country, organization, start, end; rows sharing an id
add roles)."""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Any, Iterator

from ...errors import VeilleurError
from ..normalize import slug


def read_csv(path: Path) -> Iterator[dict[str, Any]]:
    records: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        if not reader.fieldnames or "name" not in reader.fieldnames:
            raise VeilleurError("E203", input=str(path), detail="the header needs a 'name' column")
        for line_no, row in enumerate(reader, 2):
            name = (row.get("name") or "").strip()
            if not name:
                raise VeilleurError("E203", input=f"{path}:{line_no}", detail="empty name")
            actor_id = (row.get("id") or "").strip() or (row.get("wikidata") or "").strip() or f"user:{slug(name)}"
            record = records.get(actor_id)
            if record is None:
                record = records[actor_id] = {
                    "id": actor_id, "kind": (row.get("kind") or "other").strip(),
                    "country": (row.get("country") or "").strip().upper() or None,
                    "cameo": (row.get("cameo") or "").strip() or None,
                    "wikidata": (row.get("wikidata") or "").strip() or None,
                    "gender": (row.get("gender") or "").strip() or None,
                    "names": {(row.get("language") or "fr").strip(): [name]},
                    "aliases": [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()],
                    "roles": []}
            if (row.get("role") or "").strip():
                record["roles"].append({
                    "role": row["role"].strip(),
                    "country": (row.get("role_country") or row.get("country") or "").strip().upper() or None,
                    "organization": (row.get("organization") or "").strip() or None,
                    "start": (row.get("start") or "").strip() or None,
                    "end": (row.get("end") or "").strip() or None})
    yield from records.values()
