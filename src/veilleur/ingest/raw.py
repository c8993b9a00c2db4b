"""The input as received, kept by stores next to the cleaned Document."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class RawInput:
    """Bytes exactly as read or fetched, before decompression and decoding.

    ``encoding`` is filled by decoding (the charset actually used); ``media_type`` comes
    from the HTTP Content-Type or the file name; ``url`` is the final URL after redirects.
    """

    data: bytes
    media_type: str | None = None
    encoding: str | None = None
    url: str | None = None
    path: str | None = None
