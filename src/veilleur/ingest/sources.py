"""Input specs to raw inputs: paths, directories (recursively), globs, "-" (stdin), URLs."""
from __future__ import annotations

import glob
import os
import sys
from pathlib import Path
from typing import Iterator

from ..errors import InputError
from ..settings import Settings
from .fetch import fetch, is_url
from .raw import RawInput

# Files a directory walk skips: never articles, and reading them only produces errors.
SKIPPED_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico", ".pdf", ".zip",
                    ".tar", ".tgz", ".bz2", ".xz", ".7z", ".exe", ".so", ".dll", ".pyc",
                    ".db", ".sqlite", ".mp3", ".mp4", ".wav", ".ogg", ".woff", ".woff2"}
_GLOB_CHARS = set("*?[")


def expand(spec: str) -> Iterator[str | InputError]:
    """The file paths and URLs an input spec stands for, in a stable order."""
    if spec == "-" or is_url(spec):
        yield spec
        return
    path = Path(spec)
    if path.is_dir():
        files = sorted(str(p) for p in _walk(path))
        if not files:
            yield InputError("E002", spec)
        yield from files
    elif path.exists():
        yield spec
    elif _GLOB_CHARS & set(spec):
        matches = sorted(p for p in glob.glob(spec, recursive=True) if os.path.isfile(p))
        if not matches:
            yield InputError("E016", spec)
        yield from matches
    else:
        yield InputError("E001", spec)


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = Path(dirpath, name)
            if name.startswith(".") or path.suffix.lower() in SKIPPED_SUFFIXES:
                continue
            if os.access(path, os.R_OK):
                yield path


def read(spec: str, settings: Settings) -> RawInput:
    """The bytes behind one expanded spec; InputError when they cannot be had."""
    if spec == "-":
        data = sys.stdin.buffer.read(settings.max_input_bytes + 1)
        if len(data) > settings.max_input_bytes:
            raise InputError("E005", "-", size=f"more than {settings.max_input_bytes}",
                             cap=settings.max_input_bytes)
        return RawInput(data=data)
    if is_url(spec):
        return fetch(spec, settings)
    try:
        size = os.stat(spec).st_size
        # checked before reading: a huge file never reaches memory
        if size > settings.max_input_bytes:
            raise InputError("E005", spec, size=size, cap=settings.max_input_bytes)
        with open(spec, "rb") as fh:
            return RawInput(data=fh.read(), path=os.path.abspath(spec))
    except FileNotFoundError as exc:
        raise InputError("E001", spec) from exc
    except IsADirectoryError as exc:
        raise InputError("E002", spec) from exc
    except OSError as exc:
        raise InputError("E018", spec, detail=exc.strerror or str(exc)) from exc
