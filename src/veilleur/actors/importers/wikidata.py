"""Wikidata JSON entity dumps, one entity per line (the dump's "[" and "]" lines and
trailing commas are accepted): labels and aliases in the base's languages, kind from
"instance of" (P31), country from citizenship/country (P27/P17), gender (P21)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

from ...errors import VeilleurError
from ..kb import KnowledgeBase

LANGUAGES = ("fr", "en", "ru", "es", "de", "uk", "be")
# "instance of" classes → actor kind (the most common ones; others give "other").
KINDS = {
    "Q5": "person", "Q7278": "party", "Q484652": "igo", "Q245065": "igo", "Q79913": "ngo",
    "Q163740": "ngo", "Q11032": "media", "Q1193236": "media", "Q1002697": "media",
    "Q4830453": "company", "Q783794": "company", "Q891723": "company", "Q6256": "government",
    "Q3624078": "government", "Q327333": "government", "Q11204": "legislature",
    "Q35749": "legislature", "Q1752346": "judiciary", "Q41487": "judiciary", "Q176799": "military",
    "Q35535": "police", "Q1006311": "armed_group", "Q17149090": "armed_group", "Q1371037": "rebel_group",
}
GENDERS = {"Q6581097": "m", "Q6581072": "f"}


def _claims(entity: dict[str, Any], prop: str) -> list[str]:
    out = []
    for claim in entity.get("claims", {}).get(prop, []):
        value = claim.get("mainsnak", {}).get("datavalue", {}).get("value")
        if isinstance(value, dict) and value.get("id"):
            out.append(value["id"])
    return out


def entity_record(entity: dict[str, Any], kb: KnowledgeBase) -> dict[str, Any] | None:
    qid = entity.get("id")
    labels = entity.get("labels") or {}
    names = {lang: [labels[lang]["value"]] for lang in LANGUAGES if lang in labels}
    if not qid or not names:
        return None
    aliases = [a["value"] for lang in LANGUAGES for a in (entity.get("aliases") or {}).get(lang, [])]
    by_wikidata = {c.wikidata: c.iso3 for c in kb.countries.values() if c.wikidata}
    kind = next((KINDS[c] for c in _claims(entity, "P31") if c in KINDS), "other")
    country = next((by_wikidata[c] for c in _claims(entity, "P27") + _claims(entity, "P17")
                    if c in by_wikidata), None)
    gender = next((GENDERS[g] for g in _claims(entity, "P21") if g in GENDERS), None)
    record = {"id": qid, "wikidata": qid, "kind": kind, "country": country,
              "cameo": f"{country}GOV" if country and kind == "person" else None,
              "names": names, "aliases": list(dict.fromkeys(aliases))}
    if gender:
        record["gender"] = gender
    return record


def read_wikidata(path: Path, kb: KnowledgeBase) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            line = line.strip().rstrip(",")
            if line in ("", "[", "]"):
                continue
            try:
                entity = json.loads(line)
            except json.JSONDecodeError as exc:
                raise VeilleurError("E203", input=f"{path}:{line_no}", detail=exc.msg) from None
            record = entity_record(entity, kb)
            if record:
                yield record
