"""The CAMEO event-code table with its PLOVER category, mode, Goldstein value and quad class.

data/cameo.tsv is derived by scripts/build_cameo_tables.py from the CAMEO/PLOVER
reference tables; codes of CAMEO 01 (statements) and 02 (appeals) have no PLOVER
category, so they are not events.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..errors import VeilleurError


@dataclass(frozen=True)
class CameoCode:
    code: str
    description: str
    category: str       # PLOVER category, "" for statements and appeals
    mode: str | None
    goldstein: float
    quad_class: int

    @property
    def is_event(self) -> bool:
        return bool(self.category)


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    text = resources.files(__package__).joinpath("data/cameo.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")),
                          delimiter="\t")
    return {r["code"]: CameoCode(r["code"], r["description"], r["category"], r["mode"] or None,
                                 float(r["goldstein"]), int(r["quad_class"])) for r in rows}


def cameo_code(code: str) -> CameoCode:
    """The table row of ``code``; E302 when CAMEO has no such code."""
    try:
        return cameo_table()[code]
    except KeyError:
        raise VeilleurError("E302", cameo=code) from None
