"""The ingest stage's data files (ingest/data/*.yaml), read once per process."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..errors import VeilleurError


@lru_cache(maxsize=None)
def load_data(name: str) -> Any:
    """The parsed YAML file ``ingest/data/<name>.yaml``."""
    path = resources.files(__package__).joinpath("data", f"{name}.yaml")
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise VeilleurError("E017", str(path), detail=str(exc)) from exc
