"""Dependencies the routes share: the read queries over the app's store, paging bounds."""
from __future__ import annotations

from typing import Optional

from fastapi import Query, Request

from ..store.queries import Queries
from .filters import bad

DEFAULT_PAGE = 50
MAX_PAGE = 500
MAX_EXPORT_ROWS = 1_000_000
FORMAT_HELP = "json (a page), or a download of every matching row: csv, jsonl, parquet"


async def queries(request: Request) -> Queries:
    cached = getattr(request.app.state, "queries", None)
    if cached is None:
        cached = request.app.state.queries = Queries(request.app.state.store)
    return cached


def row_limit(limit: Optional[int] = Query(
        None, ge=1, description=f"Rows per JSON page (default {DEFAULT_PAGE}, at most {MAX_PAGE}); "
                                f"for downloads, the most rows written (default {MAX_EXPORT_ROWS})"),
        format: str = Query("json", description=FORMAT_HELP)) -> int:
    if format == "json":
        if limit is not None and limit > MAX_PAGE:
            raise bad("limit", f"a JSON page holds at most {MAX_PAGE} rows; use a download format")
        return limit or DEFAULT_PAGE
    return min(limit or MAX_EXPORT_ROWS, MAX_EXPORT_ROWS)
