"""Events: filters, facet counts, cursor pagination and exports (GDELT-style TSV too)."""
from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Depends, Query

from ...store.queries import EVENT_COLUMNS, EventFilter, Queries
from ..deps import queries, row_limit
from ..exports import EVENT_FORMATS, check_format, export_gdelt, export_rows
from ..filters import count_mode, event_filter, event_view

router = APIRouter(tags=["events"])


@router.get("/events", summary="List events")
async def list_events(filters: EventFilter = Depends(event_filter),
                limit: int = Depends(row_limit),
                cursor: Optional[str] = Query(None, description="next_cursor of the previous page"),
                facets: bool = Query(True, description="Include facet counts"),
                format: str = Query("json", description="json, csv, jsonl, parquet or tsv (GDELT-style)"),
                count: str = Depends(count_mode), view: str = Depends(event_view),
                q: Queries = Depends(queries)):
    """Events newest first. ``total`` and each facet count consolidated events (one per
    happening) or reports (``count``); each facet counts the events matching every filter
    except its own, so a chosen category still shows the other categories' counts. Rows
    name their ``consolidated_event`` and ``story`` when their article is in a story."""
    check_format(format, EVENT_FORMATS)
    if format == "tsv":
        return export_gdelt(q.iter_events(filters, limit, view), "events")
    if format != "json":
        return export_rows(q.iter_events(filters, limit, view), EVENT_COLUMNS, format, "events")
    rows, next_cursor = q.events(filters, limit, cursor, view)
    body = {"items": rows, "next_cursor": next_cursor, "count": count,
            "total": q.count_events(filters, count)}
    if facets:
        body["facets"] = q.event_facets(filters, count=count)
    return body
