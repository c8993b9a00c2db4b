"""PETRARCH/TABARI ``.actors`` dictionaries (e.g. the Phoenix dictionaries).

A group is one or more primary phrases (SERGEY_LAVROV_), "+" synonyms, and CAMEO codes,
inline ("[AFG]") or on tab-indented lines with date restrictions ("[RUSGOV >040309]",
"[DZAGOV 030101-080630]"). A group coded with a bare country code adds aliases to that
country's government; a group with dated codes is a person; IGO/NGO/MNC codes give kinds.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterator

from ..kb import KnowledgeBase
from ..normalize import slug
from ..records import government_id

_CODE = re.compile(r"\[([^\]]+)\]")
_PREFIX_KINDS = (("IGO", "igo"), ("NGO", "ngo"), ("MNC", "company"), ("REB", "rebel_group"),
                 ("INS", "rebel_group"), ("UAF", "armed_group"))
_SUFFIX_KINDS = (("GOV", "government"), ("MIL", "military"), ("COP", "police"), ("JUD", "judiciary"),
                 ("LEG", "legislature"), ("PTY", "party"), ("MED", "media"), ("BUS", "company"),
                 ("REB", "rebel_group"), ("NGO", "ngo"), ("OPP", "party"))


def phrase(text: str) -> str:
    """SERGEY_VIKTOROVICH_LAVROV_ → Sergey Viktorovich Lavrov (acronyms kept: U.N.)."""
    words = [w for w in text.strip().strip("+").split("_") if w]
    return " ".join(w if ("." in w or len(w) <= 3 and w.isupper() and len(words) == 1) else w.capitalize()
                    for w in words)


def _date(value: str) -> str | None:
    digits = value.strip("<>")
    if len(digits) == 6:                          # YYMMDD
        century = "19" if int(digits[:2]) > 50 else "20"
        digits = century + digits
    if len(digits) != 8 or not digits.isdigit():
        return None
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"


def parse_code(text: str) -> tuple[str, str | None, str | None]:
    """'RUSGOV >040309' → ('RUSGOV', '2004-03-09', None)."""
    parts = text.split()
    code, start, end = parts[0], None, None
    if len(parts) > 1:
        span = parts[1]
        if span.startswith(">"):
            start = _date(span)
        elif span.startswith("<"):
            end = _date(span)
        elif "-" in span:
            a, b = span.split("-", 1)
            start, end = _date(a), _date(b)
    return code, start, end


def groups(path: Path) -> Iterator[tuple[list[str], list[tuple[str, str | None, str | None]]]]:
    names: list[str] = []
    codes: list[tuple[str, str | None, str | None]] = []
    with path.open(encoding="utf-8", errors="replace") as fh:
        for raw in fh:
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            if raw[:1] in ("\t", " ") and line.strip().startswith("["):
                codes.extend(parse_code(c) for c in _CODE.findall(line))
                continue
            if line.startswith("+"):
                names.append(phrase(line))
                continue
            if codes:                              # a new primary phrase after coded ones
                yield names, codes
                names, codes = [], []
            inline = _CODE.findall(line)
            names.append(phrase(_CODE.sub("", line)))
            codes.extend(parse_code(c) for c in inline)
    if names and codes:
        yield names, codes


def _kind(codes: list[tuple[str, str | None, str | None]]) -> str:
    if any(start or end for _c, start, end in codes):
        return "person"
    code = codes[-1][0]
    for prefix, kind in _PREFIX_KINDS:
        if code.startswith(prefix):
            return kind
    for suffix, kind in _SUFFIX_KINDS:
        if code[3:].startswith(suffix):
            return kind
    return "other"


def read_tabari(path: Path, kb: KnowledgeBase) -> Iterator[dict[str, Any]]:
    for names, codes in groups(path):
        names = [n for n in dict.fromkeys(names) if n]
        if not names:
            continue
        current = next((c for c in codes if c[2] is None), codes[-1])
        code = current[0]
        country = code[:3] if code[:3] in kb.countries else None
        if len(code) == 3 and country and not any(s or e for _c, s, e in codes):
            yield {"alias_of": government_id(country), "aliases": names}
            continue
        kind = _kind(codes)
        yield {"id": f"tabari:{slug(names[0])}", "kind": kind, "country": country, "cameo": code,
               "wikidata": None, "names": {"en": [names[0]]}, "aliases": names[1:],
               "roles": [{"role": "cameo:" + c, "country": c[:3] if c[:3] in kb.countries else None,
                          "start": s, "end": e} for c, s, e in codes if s or e]}
