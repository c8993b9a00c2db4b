"""Settings, one documented table (datasette style).

Every setting has a default, a type and a one-line description; `veilleur settings`
prints the table. Values come from the defaults, then ``VEILLEUR_<NAME>`` environment
variables, then explicit keyword arguments / command-line options.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path

from platformdirs import user_data_dir


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    description: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", str(Path(user_data_dir("veilleur")) / "veilleur.db"),
            "Store location: a SQLite file path or a postgresql:// URL"),
    Setting("max_input_bytes", 50 * 1024 * 1024, "Refuse inputs larger than this many bytes"),
    Setting("fetch_timeout", 15.0, "Seconds before an HTTP request gives up"),
    Setting("fetch_retries", 3, "Attempts for a failing HTTP request (with backoff)"),
    Setting("fetch_max_bytes", 10 * 1024 * 1024, "Largest HTTP response body accepted"),
    Setting("user_agent", "Veilleur/0.1 (+news analysis; contact: set VEILLEUR_USER_AGENT)",
            "User-Agent sent with every HTTP request"),
    Setting("allow_private_urls", False, "Allow fetching private, loopback and link-local addresses"),
    Setting("model_size", "md", "spaCy model size for French: md (accurate) or sm (fast)"),
    Setting("min_confidence", 0.0, "Hide events and quotes below this confidence"),
    Setting("batch_size", 32, "Documents per batch in runners and stores"),
    Setting("processes", 0, "Worker processes for analysis (0 = all cores)"),
)


@dataclass(frozen=True)
class Settings:
    db: str = SETTINGS[0].default  # type: ignore[assignment]
    max_input_bytes: int = SETTINGS[1].default  # type: ignore[assignment]
    fetch_timeout: float = SETTINGS[2].default  # type: ignore[assignment]
    fetch_retries: int = SETTINGS[3].default  # type: ignore[assignment]
    fetch_max_bytes: int = SETTINGS[4].default  # type: ignore[assignment]
    user_agent: str = SETTINGS[5].default  # type: ignore[assignment]
    allow_private_urls: bool = SETTINGS[6].default  # type: ignore[assignment]
    model_size: str = SETTINGS[7].default  # type: ignore[assignment]
    min_confidence: float = SETTINGS[8].default  # type: ignore[assignment]
    batch_size: int = SETTINGS[9].default  # type: ignore[assignment]
    processes: int = SETTINGS[10].default  # type: ignore[assignment]

    def with_(self, **overrides: object) -> "Settings":
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


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
