"""Writing the user's overlay file (kb.user_file()): user edits and imports survive upgrades
because the packaged data is never touched."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any, Iterable

import yaml

from .kb import KnowledgeBase, read_user_file
from .normalize import key
from .records import actor_from_record


def _write(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Write then rename, so a crash never leaves a half-written overlay.
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".actors-user.", suffix=".yaml")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, allow_unicode=True, sort_keys=False, width=120)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def add_records(path: Path, records: Iterable[dict[str, Any]]) -> tuple[int, int]:
    """Merge records (and {"alias_of", "aliases"} items) into the overlay.

    Returns (actors added or replaced, aliases added). Records are validated first."""
    data = read_user_file(path)
    actors = {r["id"]: r for r in data["actors"] or []}
    aliases: dict[str, list[str]] = {k: list(v or []) for k, v in (data["aliases"] or {}).items()}
    n_actors = n_aliases = 0
    for record in records:
        if "alias_of" in record:
            known = aliases.setdefault(record["alias_of"], [])
            for alias in record["aliases"]:
                if alias not in known:
                    known.append(alias)
                    n_aliases += 1
            continue
        actor_from_record(record, str(path))               # raises E201 when malformed
        actors[record["id"]] = {k: v for k, v in record.items() if v not in (None, [], {})}
        n_actors += 1
    _write(path, {"actors": list(actors.values()), "aliases": aliases})
    return n_actors, n_aliases


def add_aliases(path: Path, actor_id: str, new: list[str]) -> int:
    return add_records(path, [{"alias_of": actor_id, "aliases": new}])[1]


def merge_known(records: Iterable[dict[str, Any]], kb: KnowledgeBase) -> Iterable[dict[str, Any]]:
    """An imported actor the base already knows (same name, kind and country) becomes new
    aliases of it instead of a second actor: two actors sharing a name are never linked."""
    for record in records:
        if "alias_of" in record:
            yield record
            continue
        names = [n for values in (record.get("names") or {}).values()
                 for n in ([values] if isinstance(values, str) else values)] + list(record.get("aliases") or [])
        known = {e.actor_id for n in names for e in kb.names.get(key(n), ())
                 if e.actor_id in kb.actors and e.actor_id != record["id"]
                 and kb.actors[e.actor_id].kind == record.get("kind")
                 and kb.actors[e.actor_id].country == record.get("country")}
        if len(known) == 1:
            actor_id = next(iter(known))
            new = [n for n in names if n not in kb.actors[actor_id].all_names()]
            if new:
                yield {"alias_of": actor_id, "aliases": new}
        else:
            yield record
