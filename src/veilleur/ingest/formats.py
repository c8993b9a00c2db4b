"""Which reader an input needs: text, html, jsonl, json, csv or feed."""
from __future__ import annotations

import re

FORMATS = ("text", "html", "jsonl", "json", "csv", "feed")
_BY_SUFFIX = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".csv": "csv", ".tsv": "csv",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}
_BY_MEDIA = (("html", "html"), ("rss", "feed"), ("atom", "feed"), ("xml", "feed"),
             ("ndjson", "jsonl"), ("jsonl", "jsonl"), ("json", "json"), ("csv", "csv"),
             ("tab-separated", "csv"))
_FEED_ROOT = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S | re.I)
_HTML = re.compile(r"^\s*(?:<!doctype\s+html|<html|<head|<body)|<(?:p|div|article|h1)[\s>]", re.I)


def suffix_of(name: str) -> str:
    name = name.lower().split("?")[0].split("#")[0]
    if name.endswith(".gz"):
        name = name[:-3]
    dot = name.rfind(".")
    return name[dot:] if dot > name.rfind("/") else ""


def sniff(text: str) -> str:
    """The format the content itself shows."""
    head = text[:4096]
    if _FEED_ROOT.match(head):
        return "feed"
    if _HTML.search(head):
        return "html"
    first = head.lstrip()[:1]
    if first in "{[":
        line = head.lstrip().split("\n", 1)[0].rstrip()
        return "jsonl" if first == "{" and line.endswith("}") else "json"
    return "text"


def detect_format(name: str, media_type: str | None, text: str) -> str:
    """By file suffix, then by media type, then by content; HTML declared as text or as a
    feed is read as the HTML it is."""
    declared = _BY_SUFFIX.get(suffix_of(name))
    if declared is None and media_type:
        media = media_type.lower()
        declared = next((fmt for key, fmt in _BY_MEDIA if key in media), None)
    sniffed = sniff(text)
    if declared is None:
        return sniffed
    if declared in ("feed", "text") and sniffed == "html":
        return "html"  # a saved page named .txt, an HTML error page at a feed's address
    return declared
