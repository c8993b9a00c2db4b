"""An actor as the dashboard and the API show it: stored counts and counterparts, plus what
the knowledge base knows (names in every language, roles with dates) when it knows the id."""
from __future__ import annotations

import logging

from ..store.queries import CONSOLIDATED, Queries

log = logging.getLogger(__name__)


def knowledge_base_entry(actor_id: str):
    """The KbActor for ``actor_id``, or None (provisional actor, or no base available)."""
    try:
        from ..actors.kb import load_kb

        return load_kb().actors.get(actor_id)
    except ImportError:
        return None
    except Exception:  # a broken user overlay must not take the actor page down
        log.exception("knowledge base unavailable for %s", actor_id)
        return None


def actor_profile(queries: Queries, actor_id: str, count: str = CONSOLIDATED) -> dict | None:
    actor = queries.actor(actor_id, count)
    if actor is None:
        return None
    entry = knowledge_base_entry(actor_id)
    names = [{"name": actor["name"], "language": None}]
    roles: list[dict] = []
    if entry is not None:
        names = [{"name": n, "language": lang} for lang, values in entry.names.items() for n in values]
        roles = [{"role": r.role, "of": r.organization or r.country, "start": r.start, "end": r.end}
                 for r in sorted(entry.roles, key=lambda r: (r.start or "", r.role), reverse=True)]
    seen = {n["name"] for n in names}
    names += [{"name": a, "language": None} for a in actor["aliases"] if a not in seen]
    actor.update(names=names, roles=roles, in_knowledge_base=entry is not None)
    return actor
