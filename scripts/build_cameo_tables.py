#!/usr/bin/env python3
"""Derive src/veilleur/events/data/cameo.tsv from the CAMEO/PLOVER reference files.

Inputs (read where they lie, in ../shared/reference/cameo/, never needed at run time):
  CAMEO2PLOVER-2021.txt  CAMEO code → PLOVER category, mode (Schrodt 2021, CC BY-SA 4.0)
  cameo-codes.csv        CAMEO code, name, Goldstein value (ICEWS/Beger, MIT)

The quad class follows the CAMEO root (01-05 verbal cooperation, 06-08 material
cooperation, 09-13 verbal conflict, 14-20 material conflict). CAMEO 01 (statements) and
02 (appeals) have no PLOVER category: they are kept with an empty category so that the
coder can recognise and drop them.

    python scripts/build_cameo_tables.py [--reference DIR]          # rewrite cameo.tsv
    python scripts/build_cameo_tables.py [--reference DIR] --check  # exit 1 when stale
"""
from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_REFERENCE = ROOT.parent / "shared" / "reference" / "cameo"
OUTPUT = ROOT / "src" / "veilleur" / "events" / "data" / "cameo.tsv"
COLUMNS = ["code", "description", "category", "mode", "goldstein", "quad_class"]
HEADER = (
    "# CAMEO event codes with their PLOVER category and mode, Goldstein value and quad class.\n"
    "# Derived by scripts/build_cameo_tables.py from CAMEO2PLOVER-2021.txt (P. Schrodt, PLOVER\n"
    "# manual draft 0.8, CC BY-SA 4.0) and cameo-codes.csv (A. Beger, ICEWS CAMEO codes, MIT).\n"
    "# This table is licensed CC BY-SA 4.0. Do not edit by hand: rerun the script.\n"
)
# "090: ACCUSE, investigate,  # Investigate"
_PLOVER_LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([^,#]*?)\s*)?(?:,[^#]*)?(?:#\s*(.*))?$")


def quad_class(code: str) -> int:
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def read_plover(path: Path) -> dict[str, tuple[str, str, str]]:
    """code → (category, mode, description); the first line for a code wins."""
    table: dict[str, tuple[str, str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _PLOVER_LINE.match(line.strip())
        if m and m.group(1) not in table:
            mode = (m.group(3) or "").strip().replace(" ", "")
            table[m.group(1)] = (m.group(2), mode, (m.group(4) or "").strip())
    return table


def read_cameo(path: Path) -> dict[str, tuple[str, float]]:
    """code → (name, goldstein)."""
    text = path.read_bytes().decode("utf-8", errors="replace")
    return {row["code"]: (row["name"].strip(), float(row["goldstein"]))
            for row in csv.DictReader(io.StringIO(text))}


def build_rows(reference: Path) -> list[dict[str, str]]:
    plover = read_plover(reference / "CAMEO2PLOVER-2021.txt")
    cameo = read_cameo(reference / "cameo-codes.csv")
    rows = []
    for code in sorted(set(cameo) | set(plover)):
        name, goldstein = cameo.get(code, ("", None))
        category, mode, description = plover.get(code, ("", "", ""))
        if goldstein is None:  # PLOVER-only code: the Goldstein value of its parent
            goldstein = next((cameo[p][1] for p in (code[:3], code[:2]) if p in cameo), 0.0)
        rows.append({"code": code, "description": name or description, "category": category,
                     "mode": mode, "goldstein": f"{goldstein:g}",
                     "quad_class": str(quad_class(code))})
    return rows


def render(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    out.write(HEADER)
    writer = csv.DictWriter(out, COLUMNS, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    ap.add_argument("--check", action="store_true", help="exit 1 when cameo.tsv is stale")
    args = ap.parse_args(argv)
    text = render(build_rows(args.reference))
    if args.check:
        stale = not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text
        print("cameo.tsv is stale" if stale else "cameo.tsv is up to date")
        return 1 if stale else 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT} ({len(text.splitlines()) - 5} codes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
