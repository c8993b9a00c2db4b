"""Bytes to text: gunzip, refuse binaries, decode UTF-8 or detect the legacy charset."""
from __future__ import annotations

import codecs
import gzip
import io
import re
import zlib

from ..errors import InputError

GZIP_MAGIC = b"\x1f\x8b"
# File signatures of formats that are never article text.
BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x7fELF",
                b"MZ", b"BZh", b"\xfd7zXZ", b"OggS", b"ID3", b"RIFF", b"SQLite format 3")
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w\-:.]+)|<\?xml[^>]+encoding\s*=\s*["']([\w\-.]+)""", re.I)
# Single-byte Western charsets a detector confuses with each other on short French or
# English text; cp1252 decodes all of them right for the characters news uses.
_WESTERN = {"cp1252", "windows-1252", "latin_1", "iso8859_1", "iso8859_15", "cp1250",
            "iso8859_2", "mac_roman", "cp850", "cp437", "ascii", "iso8859_9", "cp1254"}


def gunzip(data: bytes, cap: int, source: str) -> bytes:
    """Decompressed ``data`` when gzip-compressed, refusing more than ``cap`` bytes."""
    if not data.startswith(GZIP_MAGIC):
        return data
    out = io.BytesIO()
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            while chunk := fh.read(1 << 16):
                out.write(chunk)
                if out.tell() > cap:
                    raise InputError("E005", source, size=f"more than {out.tell()}", cap=cap)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError("E006", source) from exc
    return out.getvalue()


def is_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if head.startswith(BINARY_MAGIC) or b"\x00" in head:
        return True
    # Text has few control characters besides tab, newline, carriage return, form feed.
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(8, len(head) // 50)


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The charset named by the HTTP Content-Type, an HTML <meta> or an XML declaration."""
    if content_type:
        m = re.search(r"charset\s*=\s*[\"']?([\w\-:.]+)", content_type, re.I)
        if m:
            return _known(m.group(1))
    m = _DECLARED.search(data[:4096])
    if m:
        return _known((m.group(1) or m.group(2)).decode("ascii", "ignore"))
    return None


def _known(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes, source: str, content_type: str | None = None) -> tuple[str, str]:
    """(text, encoding used). UTF-8 first; else the declared charset; else detection."""
    if not data.strip():
        raise InputError("E004", source)
    if is_binary(data):
        raise InputError("E003", source)
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data, content_type)
    if declared and declared not in ("utf-8", "ascii"):
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass
    return _detected(data, source)


def _detected(data: bytes, source: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    name = _known(best.encoding) if best is not None else None
    if name and name not in _WESTERN:
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # bytes 0x81 0x8d 0x8f 0x90 0x9d are undefined in cp1252: Latin-1 maps every byte
        return data.decode("latin-1"), "latin-1"
