"""Quotes by speaker, cue lemma and words of the quoted text."""
from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Depends, Query

from ...store.queries import QUOTE_COLUMNS, Queries, QuoteFilter
from ..deps import FORMAT_HELP, queries, row_limit
from ..exports import LIST_FORMATS, check_format, export_rows
from ..filters import quote_filter

router = APIRouter(tags=["quotes"])


@router.get("/quotes", summary="List quotes")
async def list_quotes(filters: QuoteFilter = Depends(quote_filter),
                limit: int = Depends(row_limit),
                cursor: Optional[str] = Query(None, description="next_cursor of the previous page"),
                format: str = Query("json", description=FORMAT_HELP),
                q: Queries = Depends(queries)):
    check_format(format, LIST_FORMATS)
    if format != "json":
        return export_rows(q.iter_quotes(filters, limit), QUOTE_COLUMNS, format, "quotes")
    rows, next_cursor = q.quotes(filters, limit, cursor)
    return {"items": rows, "next_cursor": next_cursor}
