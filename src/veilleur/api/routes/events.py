"""Events: filters, facet counts, cursor pagination and exports (GDELT-style TSV too)."""
from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Depends, Query

from ...store.queries import EVENT_COLUMNS, EventFilter, Queries
from ..deps import queries, row_limit
from ..exports import EVENT_FORMATS, check_format, export_gdelt, export_rows
from ..filters import event_filter

router = APIRouter(tags=["events"])


@router.get("/events", summary="List events")
async def list_events(filters: EventFilter = Depends(event_filter),
                limit: int = Depends(row_limit),
                cursor: Optional[str] = Query(None, description="next_cursor of the previous page"),
                facets: bool = Query(True, description="Include facet counts"),
                format: str = Query("json", description="json, csv, jsonl, parquet or tsv (GDELT-style)"),
                q: Queries = Depends(queries)):
    """Events newest first. Each facet counts the events matching every filter except its
    own, so a chosen category still shows the other categories' counts."""
    check_format(format, EVENT_FORMATS)
    if format == "tsv":
        return export_gdelt(q.iter_events(filters, limit), "events")
    if format != "json":
        return export_rows(q.iter_events(filters, limit), EVENT_COLUMNS, format, "events")
    rows, next_cursor = q.events(filters, limit, cursor)
    body = {"items": rows, "next_cursor": next_cursor}
    if facets:
        body["facets"] = q.event_facets(filters)
    return body
