"""Every list as a download: CSV, JSON Lines, Parquet; events also GDELT-style TSV and
the network as GEXF for Gephi.

Rows are flat dicts; nested values (lists, dicts) are written as JSON text in CSV/TSV and
Parquet so that every format holds the same information.
"""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from typing import Any, AsyncIterator, Iterable, Iterator

from fastapi.responses import Response, StreamingResponse

from ..errors import VeilleurError

LIST_FORMATS = ("json", "csv", "jsonl", "parquet")
EVENT_FORMATS = LIST_FORMATS + ("tsv",)
NETWORK_FORMATS = ("json", "gexf") + LIST_FORMATS[1:]
MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson; charset=utf-8",
    "parquet": "application/vnd.apache.parquet",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "gexf": "application/gexf+xml; charset=utf-8",
}


def check_format(format: str, allowed: tuple[str, ...]) -> str:
    if format not in allowed:
        raise VeilleurError("E705", input="format", format=format, choices=", ".join(allowed))
    return format


def _cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _lines(rows: Iterable[dict], columns: list[str], delimiter: str) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if row.get(c) is None else _cell(row.get(c)) for c in columns])
        if buffer.tell() > 64 * 1024:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _jsonl(rows: Iterable[dict]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(row, ensure_ascii=False) + "\n"


def parquet_bytes(rows: list[dict], columns: list[str]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    data = {c: [_cell(r.get(c)) for r in rows] for c in columns}
    table = pa.table({c: pa.array(v) if any(x is not None for x in v) else pa.array(v, pa.string())
                      for c, v in data.items()})
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue()


async def _on_the_event_loop(chunks: Iterator[str]) -> AsyncIterator[str]:
    # A plain iterator would be stepped in Starlette's worker threads, each opening its own
    # database connection; stepping it here keeps exports on the app's one connection
    # (see api/app.py), a batch of rows at a time.
    for chunk in chunks:
        yield chunk


def _download(body, format: str, name: str) -> Response:
    headers = {"Content-Disposition": f'attachment; filename="{name}.{format}"'}
    if isinstance(body, bytes):
        return Response(body, media_type=MEDIA_TYPES[format], headers=headers)
    return StreamingResponse(_on_the_event_loop(body), media_type=MEDIA_TYPES[format], headers=headers)


def export_rows(rows: Iterable[dict], columns: list[str], format: str, name: str) -> Response:
    """A download of ``rows`` in one of LIST_FORMATS (csv, jsonl, parquet)."""
    if format == "csv":
        return _download(_lines(rows, columns, ","), format, name)
    if format == "jsonl":
        return _download(_jsonl(rows), format, name)
    if format == "parquet":
        return _download(parquet_bytes(list(rows), columns), format, name)
    raise VeilleurError("E705", input="format", format=format, choices=", ".join(LIST_FORMATS))


# GDELT 1.0 event-table column names for the fields Veilleur has, then PLOVER's own.
GDELT_COLUMNS = [
    ("GLOBALEVENTID", "id"), ("SQLDATE", None), ("Actor1Code", "source_cameo"),
    ("Actor1Name", "source_name"), ("Actor1CountryCode", "source_country"),
    ("Actor2Code", "target_cameo"), ("Actor2Name", "target_name"),
    ("Actor2CountryCode", "target_country"), ("EventCode", "cameo"),
    ("EventBaseCode", None), ("EventRootCode", None), ("QuadClass", "quad_class"),
    ("GoldsteinScale", "goldstein"), ("ActionGeo_FullName", "location_name"),
    ("ActionGeo_CountryCode", "location_country"), ("ActionGeo_Lat", "location_lat"),
    ("ActionGeo_Long", "location_lon"), ("SOURCEURL", "article_source"),
    ("PloverCategory", "category"), ("PloverMode", "mode"), ("Modality", "modality"),
    ("Confidence", "confidence"), ("ArticleId", "article_id"), ("Sentence", "sentence_text"),
]


def gdelt_row(event: dict) -> list[str]:
    code = event.get("cameo") or ""
    derived = {"SQLDATE": (event.get("date") or "").replace("-", ""),
               "EventBaseCode": code[:3], "EventRootCode": code[:2]}
    out = []
    for column, key in GDELT_COLUMNS:
        value = derived[column] if key is None else event.get(key)
        # A tab or newline inside a sentence would break the row structure.
        out.append("" if value is None else " ".join(str(value).split()))
    return out


def export_gdelt(events: Iterable[dict], name: str) -> Response:
    def lines() -> Iterator[str]:
        yield "\t".join(c for c, _ in GDELT_COLUMNS) + "\n"
        for event in events:
            yield "\t".join(gdelt_row(event)) + "\n"

    return _download(lines(), "tsv", name)


def goldstein_colour(mean: float | None) -> tuple[int, int, int]:
    """Red for conflict (-10), grey for neutral, blue for cooperation (+10): the same scale
    the dashboard's network uses."""
    if mean is None:
        return (150, 150, 150)
    t = max(-1.0, min(1.0, mean / 10.0))
    grey, far = (150, 150, 150), ((37, 99, 235) if t > 0 else (220, 38, 38))
    return tuple(round(g + (f - g) * abs(t)) for g, f in zip(grey, far))  # type: ignore[return-value]


def gexf_bytes(network: dict) -> bytes:
    """GEXF 1.3 with viz sizes and colours, readable by Gephi."""
    ns, viz = "http://gexf.net/1.3", "http://gexf.net/1.3/viz"
    ET.register_namespace("", ns)
    ET.register_namespace("viz", viz)
    root = ET.Element(f"{{{ns}}}gexf", version="1.3")
    meta = ET.SubElement(root, f"{{{ns}}}meta")
    ET.SubElement(meta, f"{{{ns}}}creator").text = "Veilleur"
    graph = ET.SubElement(root, f"{{{ns}}}graph", defaultedgetype="directed", mode="static")
    node_attrs = ET.SubElement(graph, f"{{{ns}}}attributes", {"class": "node"})
    for i, (title, kind) in enumerate([("kind", "string"), ("country", "string"), ("events", "integer")]):
        ET.SubElement(node_attrs, f"{{{ns}}}attribute", id=str(i), title=title, type=kind)
    edge_attrs = ET.SubElement(graph, f"{{{ns}}}attributes", {"class": "edge"})
    ET.SubElement(edge_attrs, f"{{{ns}}}attribute", id="0", title="mean_goldstein", type="double")
    nodes = ET.SubElement(graph, f"{{{ns}}}nodes")
    for node in network["nodes"]:
        el = ET.SubElement(nodes, f"{{{ns}}}node", id=node["id"], label=node.get("name") or node["id"])
        values = ET.SubElement(el, f"{{{ns}}}attvalues")
        for i, key in enumerate(("kind", "country", "events")):
            if node.get(key) is not None:
                ET.SubElement(values, f"{{{ns}}}attvalue", {"for": str(i), "value": str(node[key])})
        ET.SubElement(el, f"{{{viz}}}size", value=str(4 + node.get("events", 0) ** 0.5 * 2))
    edges = ET.SubElement(graph, f"{{{ns}}}edges")
    for i, edge in enumerate(network["edges"]):
        el = ET.SubElement(edges, f"{{{ns}}}edge", id=str(i), source=edge["source"],
                           target=edge["target"], weight=str(edge["events"]))
        if edge.get("mean_goldstein") is not None:
            values = ET.SubElement(el, f"{{{ns}}}attvalues")
            ET.SubElement(values, f"{{{ns}}}attvalue", {"for": "0", "value": str(edge["mean_goldstein"])})
        r, g, b = goldstein_colour(edge.get("mean_goldstein"))
        ET.SubElement(el, f"{{{viz}}}color", r=str(r), g=str(g), b=str(b))
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def export_gexf(network: dict, name: str) -> Response:
    return _download(gexf_bytes(network), "gexf", name)
