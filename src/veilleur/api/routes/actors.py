"""Actors: the list with counts, and one actor's names, roles, counts and counterparts."""
from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Depends, Query

from ...document import ACTOR_KINDS
from ...errors import VeilleurError
from ...store.queries import ACTOR_COLUMNS, INTERVALS, Queries
from ..deps import FORMAT_HELP, queries, row_limit
from ..exports import LIST_FORMATS, check_format, export_rows
from ..filters import bad, closed_values, count_mode, country, text
from ..profiles import actor_profile

router = APIRouter(tags=["actors"])


@router.get("/actors", summary="List actors")
async def list_actors(name: Optional[str] = Query(None, description="Part of a name or alias, any language"),
                kind: Optional[list[str]] = Query(None, description="Actor kinds"),
                actor_country: Optional[str] = Query(None, alias="country", description="ISO 3166-1 alpha-3"),
                sort: str = Query("events", description="events, mentions or name"),
                limit: int = Depends(row_limit),
                offset: int = Query(0, ge=0, le=100_000),
                format: str = Query("json", description=FORMAT_HELP),
                count: str = Depends(count_mode), q: Queries = Depends(queries)):
    """Actors found in stored articles with their event, quote and article counts."""
    check_format(format, LIST_FORMATS)
    if sort not in ("events", "mentions", "name"):
        raise bad("sort", f"{sort!r} is not events, mentions or name")
    args = dict(name=text("name", name), kinds=closed_values("kind", kind, ACTOR_KINDS),
                country=country("country", actor_country), sort=sort, count=count)
    if format != "json":
        return export_rows(q.actors(limit=limit, offset=0, **args)[0], ACTOR_COLUMNS, format, "actors")
    rows, total = q.actors(limit=limit, offset=offset, **args)
    return {"total": total, "offset": offset, "items": rows}


@router.get("/actors/{actor_id}", summary="One actor")
async def get_actor(actor_id: str, count: str = Depends(count_mode),
                    interval: str = Query("month", description="Timeline interval: day, week, month or year"),
                    q: Queries = Depends(queries)):
    """Names in every language, roles with dates (from the knowledge base when it knows the
    actor), counts, the actors it interacts with most and a timeline of events given and
    received."""
    if interval not in INTERVALS:
        raise bad("interval", f"{interval!r} is not one of {', '.join(INTERVALS)}")
    actor = actor_profile(q, actor_id, count)
    if actor is None:
        raise VeilleurError("E707", input=actor_id, what=f"actor {actor_id}")
    actor["count"] = count
    actor["timeline"] = q.actor_timeline(actor_id, interval, count)
    return actor
