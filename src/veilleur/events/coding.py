"""Language-independent coding rules (data/coding.yaml): future cooperation is AGREE."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from importlib import resources

import yaml

from .cameo import CameoCode, cameo_code

COOPERATIVE_ROOTS = {"04", "05", "06", "07", "08"}
INTENT_ROOTS = {"04", "05", "06", "07"}  # future CONCEDE/RETREAT are not AGREE


@lru_cache(maxsize=1)
def coding_rules() -> dict:
    text = resources.files(__package__).joinpath("data/coding.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _announced(code: str, table_name: str) -> str:
    table = coding_rules()[table_name]
    for key in (code, code[:3], code[:2]):
        if key in table:
            return str(table[key])
    return code


def intent_code(code: str) -> str:
    """The AGREE (03x) code for announcing the cooperative event ``code``."""
    return _announced(code, "intent_codes")


def threat_code(code: str) -> str:
    """The THREATEN (13x) code for announcing the coercive event ``code``."""
    return _announced(code, "threat_codes")


def final_code(code: str, modality: str, refused: bool = False) -> CameoCode:
    """PLOVER codes what is announced, not what may follow: future cooperation is AGREE,
    future coercion THREATEN, cooperation announced in the negative REJECT."""
    if refused and code[:2] in COOPERATIVE_ROOTS | {"03"}:
        return manual_category(cameo_code(_announced(code, "refusal_codes")))
    if modality == "future" and code[:2] in INTENT_ROOTS:
        return manual_category(cameo_code(intent_code(code)))
    if modality == "future" and code[:2] not in COOPERATIVE_ROOTS:
        return manual_category(cameo_code(threat_code(code)))
    return manual_category(cameo_code(code))


def manual_category(code: CameoCode) -> CameoCode:
    """The PLOVER manual's category where it departs from the CAMEO2PLOVER table
    (coding.yaml: manual_categories; resignations are RETREAT, lifted curfews CONCEDE)."""
    override = (coding_rules().get("manual_categories") or {}).get(code.code)
    if not override:
        return code
    return replace(code, category=override["category"], mode=override.get("mode"))


def located_at_target(code: str) -> bool:
    return code in coding_rules()["located_at_target"]


def is_reciprocal(code: str) -> bool:
    wanted = coding_rules()["reciprocal"]
    return code in wanted or code[:3] in wanted or code[:2] in wanted


def is_business_cooperation(category: str, kinds: list[str | None]) -> bool:
    """A cooperative event whose known actors are all firms or unknown organisations."""
    rules = coding_rules()
    known = [k for k in kinds if k is not None]
    return (category in rules["cooperative_categories"] and bool(known)
            and all(k in rules["apolitical_kinds"] for k in known))
