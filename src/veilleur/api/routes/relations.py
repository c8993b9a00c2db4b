"""Relations between actors: a dyad over time, and the network of a period."""
from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Depends, Query

from ...store.queries import DYAD_COLUMNS, EDGE_COLUMNS, INTERVALS, Queries
from ..deps import FORMAT_HELP, queries
from ..exports import LIST_FORMATS, NETWORK_FORMATS, check_format, export_gexf, export_rows
from ..filters import bad, count_mode, parse_date, text

router = APIRouter(tags=["relations"])


@router.get("/dyads", summary="Two actors over time")
async def dyad(a: str = Query(..., description="Actor id"), b: str = Query(..., description="Actor id"),
         interval: str = Query("week", description="day, week, month or year"),
         date_from: Optional[str] = Query(None), date_to: Optional[str] = Query(None),
         format: str = Query("json", description=FORMAT_HELP),
         count: str = Depends(count_mode), q: Queries = Depends(queries)):
    """Per interval and direction (a→b, b→a): event counts by quad class and summed
    Goldstein. ``period`` is the interval's first day."""
    check_format(format, LIST_FORMATS)
    if interval not in INTERVALS:
        raise bad("interval", f"{interval!r} is not one of {', '.join(INTERVALS)}")
    a, b = text("a", a), text("b", b)
    if not a or not b:
        raise bad("a" if not a else "b", "an actor id is required")
    rows = q.dyad(a, b, interval, parse_date("date_from", date_from, upper=False),
                  parse_date("date_to", date_to, upper=True), count)
    if format != "json":
        return export_rows(rows, DYAD_COLUMNS, format, "dyad")
    return {"a": q.actor_summary(a), "b": q.actor_summary(b), "interval": interval, "count": count,
            "items": rows}


@router.get("/network", summary="Actors and their interactions in a period")
async def network(date_from: Optional[str] = Query(None), date_to: Optional[str] = Query(None),
            min_events: int = Query(1, ge=1, le=10_000, description="Fewest events for an edge"),
            max_nodes: int = Query(150, ge=2, le=2_000, description="Most active actors kept"),
            format: str = Query("json", description="json, gexf (Gephi), or the edges as csv, jsonl, parquet"),
            count: str = Depends(count_mode), q: Queries = Depends(queries)):
    """Nodes are actors (``events``: how many they took part in); edges are directed
    source → target with their event count and mean Goldstein."""
    check_format(format, NETWORK_FORMATS)
    graph = q.network(parse_date("date_from", date_from, upper=False),
                      parse_date("date_to", date_to, upper=True), min_events, max_nodes, count)
    if format == "gexf":
        return export_gexf(graph, "network")
    if format != "json":
        return export_rows(graph["edges"], EDGE_COLUMNS, format, "network-edges")
    return graph
