"""Settings, one documented table (datasette style).

Every setting has a default, a type and a one-line description; `veilleur settings`
prints the table. Values come from the defaults, then ``VEILLEUR_<NAME>`` environment
variables, then explicit keyword arguments / command-line options.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from platformdirs import user_data_dir


def _setting(default: object, description: str):
    return field(default=default, metadata={"description": description})


@dataclass(frozen=True)
class Settings:
    """Every setting, its default and its meaning: the one place they are written."""

    db: str = _setting(str(Path(user_data_dir("veilleur")) / "veilleur.db"),
                       "Store location: a SQLite file path or a postgresql:// URL")
    max_input_bytes: int = _setting(50 * 1024 * 1024, "Refuse inputs larger than this many bytes")
    fetch_timeout: float = _setting(15.0, "Seconds before an HTTP request gives up")
    fetch_retries: int = _setting(3, "Attempts for a failing HTTP request (with backoff)")
    fetch_max_bytes: int = _setting(10 * 1024 * 1024, "Largest HTTP response body accepted")
    user_agent: str = _setting("Veilleur/0.1 (+news analysis; contact: set VEILLEUR_USER_AGENT)",
                               "User-Agent sent with every HTTP request")
    allow_private_urls: bool = _setting(False, "Allow fetching private, loopback and link-local addresses")
    model_size: str = _setting("md", "spaCy model size for French: md (accurate) or sm (fast)")
    min_confidence: float = _setting(0.0, "Hide events and quotes below this confidence")
    batch_size: int = _setting(32, "Documents per batch in runners and stores")
    processes: int = _setting(0, "Worker processes for analysis (0 = all cores)")

    def with_(self, **overrides: object) -> "Settings":
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    description: str


# The documented table (`veilleur settings`), read off the Settings fields.
SETTINGS: tuple[Setting, ...] = tuple(
    Setting(f.name, f.default, f.metadata["description"]) for f in fields(Settings))


def _coerce(raw: str, like: object) -> object:
    if isinstance(like, bool):
        return raw.strip().lower() in ("1", "true", "yes", "on")
    if isinstance(like, int):
        return int(raw)
    if isinstance(like, float):
        return float(raw)
    return raw


def load_settings(**overrides: object) -> Settings:
    """Defaults, then VEILLEUR_* environment variables, then ``overrides``."""
    base = Settings()
    env = {}
    for f in fields(Settings):
        raw = os.environ.get(f"VEILLEUR_{f.name.upper()}")
        if raw is not None:
            env[f.name] = _coerce(raw, getattr(base, f.name))
    return base.with_(**env).with_(**overrides)
