"""The input as received, kept by stores next to the cleaned Document."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class RawInput:
    """Bytes exactly as read or fetched, before decompression and decoding.

    ``encoding`` is filled by decoding (the charset actually used); ``media_type`` comes
    from the HTTP Content-Type; ``url`` is the final URL after redirects, ``path`` the
    absolute path of a file.
    """

    data: bytes
    media_type: str | None = None
    encoding: str | None = None
    url: str | None = None
    path: str | None = None
    # HTTP validators, for polling a feed again without downloading it unchanged
    etag: str | None = None
    last_modified: str | None = None
