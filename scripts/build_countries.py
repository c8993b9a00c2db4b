#!/usr/bin/env python3
"""Regenerate src/veilleur/actors/data/countries.tsv.

Sources, merged in this order (later wins):
  1. pycountry: ISO 3166-1 alpha-2/alpha-3 codes, English short and official names;
  2. babel (CLDR): territory names in French, English, Russian, Spanish and German;
  3. data/sources/countries_supplement.yaml: the hand-written part (Wikidata ids, capitals,
     demonyms, aliases, CAMEO codes, name overrides) and data/sources/capitals.tsv
     (capital coordinates).

Only the countries listed in the supplement are written (UN members, the Holy See,
Palestine, Kosovo, Taiwan, Western Sahara).

    python scripts/build_countries.py            # rewrite countries.tsv
    python scripts/build_countries.py --check    # exit 1 when countries.tsv is stale

babel is needed only here, at build time; the package reads the generated TSV.
"""
from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

import pycountry
import yaml
from babel import Locale

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "veilleur" / "actors" / "data"
SUPPLEMENT = DATA / "sources" / "countries_supplement.yaml"
CAPITALS = DATA / "sources" / "capitals.tsv"
OUTPUT = DATA / "countries.tsv"

LANGS = ("fr", "en", "ru", "es", "de")
COLUMNS = [
    "iso3", "iso2", "cameo", "wikidata", "name_fr", "name_en", "name_ru", "name_es",
    "name_de", "aliases", "demonyms_fr", "demonyms_en", "capital_fr", "capital_en",
    "capital_aliases", "lat", "lon",
]


def clean(text: str) -> str:
    """Typographic apostrophes to ASCII (the cleaning convention of the ingest stage)."""
    return text.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'").strip()


def english_cldr(name: str) -> str:
    return name.replace(" & ", " and ").replace("St. ", "Saint ")


def french_forms(value: str) -> list[str]:
    """All gender/number forms of a French demonym given its masculine singular."""
    if "|" in value:
        return value.split("|")
    x = value
    if x.endswith("e"):
        return [x, x + "s"]
    if x.endswith(("s", "x")):
        return [x, x + "e", x + "es"]
    if x.endswith(("ien", "éen")):
        return [x, x + "ne", x + "s", x + "nes"]
    return [x, x + "e", x + "s", x + "es"]


def english_forms(value: str) -> list[str]:
    if "|" in value:
        return value.split("|")
    if value.endswith(("ese", "s", "x", "sh", "ch")) and value != "Czech":
        return [value]
    return [value, value + "s"]


def unique(items) -> list[str]:
    seen, out = set(), []
    for item in items:
        item = clean(item)
        if item and item.lower() not in seen:
            seen.add(item.lower())
            out.append(item)
    return out


def load_capitals() -> dict[str, tuple[str, str]]:
    coords = {}
    with CAPITALS.open(encoding="utf-8") as fh:
        rows = (line for line in fh if not line.startswith("#"))
        for row in csv.DictReader(rows, delimiter="\t"):
            coords[row["iso3"]] = (row["lat"], row["lon"])
    return coords


def build() -> str:
    supplement = yaml.safe_load(SUPPLEMENT.read_text(encoding="utf-8"))
    coords = load_capitals()
    territories = {lang: Locale(lang).territories for lang in LANGS}
    rows = []
    for iso3, extra in sorted(supplement.items()):
        country = pycountry.countries.get(alpha_3=iso3)
        iso2 = extra.get("iso2") or country.alpha_2
        names, aliases = {}, []
        for lang in LANGS:
            cldr = territories[lang].get(iso2)
            cldr = clean(cldr) if cldr else None
            if cldr and "(" in cldr:  # "Myanmar (Birmania)": the short name, both as aliases
                base, _, inner = cldr.partition(" (")
                aliases += [cldr, inner.rstrip(")")]
                cldr = base
            if lang == "en" and cldr:
                aliases.append(cldr)
                cldr = english_cldr(cldr)
            names[lang] = clean(extra.get(lang) or cldr or "")
            if cldr and cldr != names[lang]:
                aliases.append(cldr)
        if country is not None:
            aliases += [country.name, getattr(country, "official_name", ""),
                        getattr(country, "common_name", "")]
        aliases += extra.get("al", [])
        # pycountry's inverted forms ("Congo, The Democratic Republic of the") are not
        # how news write the name.
        aliases = [a for a in unique(aliases) if a not in names.values() and ", " not in a]
        cap_fr = extra["cap"]
        cap_en = extra.get("cap_en", cap_fr)
        cap_aliases = [a for a in unique(extra.get("cap_al", [])) if a not in (cap_fr, cap_en)]
        lat, lon = coords[iso3]
        rows.append({
            "iso3": iso3,
            "iso2": iso2,
            "cameo": extra.get("cameo", iso3),
            "wikidata": extra.get("wd", ""),
            **{f"name_{lang}": names[lang] for lang in LANGS},
            "aliases": "|".join(aliases),
            "demonyms_fr": "|".join(unique(french_forms(extra["dfr"]))),
            "demonyms_en": "|".join(unique(english_forms(extra["den"]))),
            "capital_fr": clean(cap_fr),
            "capital_en": clean(cap_en),
            "capital_aliases": "|".join(cap_aliases),
            "lat": lat,
            "lon": lon,
        })
    out = io.StringIO()
    writer = csv.DictWriter(out, COLUMNS, delimiter="\t", lineterminator="\n",
                            quoting=csv.QUOTE_NONE, escapechar=None)
    writer.writeheader()
    for row in rows:
        for key, value in row.items():
            if "\t" in str(value) or "\n" in str(value):
                raise ValueError(f"{row['iso3']}: tab or newline in {key}")
        writer.writerow(row)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when countries.tsv is stale")
    args = parser.parse_args(argv)
    text = build()
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is stale: run scripts/build_countries.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {text.count(chr(10)) - 1} countries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
