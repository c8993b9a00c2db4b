"""The knowledge base's record types: actors, their roles over time, countries."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import VeilleurError


def _date_prefix(value: Any) -> str | None:
    return None if value in (None, "") else str(value)[:10]


@dataclass(frozen=True)
class Role:
    """A position held over a date range (ISO dates; end None = still held)."""

    role: str
    country: str | None = None
    organization: str | None = None
    start: str | None = None
    end: str | None = None

    @property
    def scope(self) -> str | None:
        return self.organization or self.country

    def overlaps(self, first: str, last: str) -> bool:
        """Held at some point between the ISO dates ``first`` and ``last`` (inclusive)."""
        return (self.start is None or self.start <= last) and (self.end is None or self.end >= first)

    @classmethod
    def from_dict(cls, d: dict[str, Any], source: str) -> "Role":
        if not isinstance(d, dict) or not d.get("role"):
            raise VeilleurError("E201", input=source, detail=f"role without a name: {d!r}")
        return cls(str(d["role"]), d.get("country"), d.get("organization"),
                   _date_prefix(d.get("start")), _date_prefix(d.get("end")))


@dataclass
class KbActor:
    """One actor of the base: a person, an organisation or a country's government."""

    id: str
    kind: str
    names: dict[str, list[str]]           # language → names, the first one canonical
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    cameo: str | None = None
    wikidata: str | None = None
    roles: list[Role] = field(default_factory=list)
    gender: str | None = None             # "m" | "f" | None
    origin: str = "package"               # package | user
    # (name, until): what the actor was called before a renaming, "until" exclusive
    # ("Union pour un mouvement populaire" until 2015-05-30, then "Les Républicains")
    former_names: list[tuple[str, str]] = field(default_factory=list)

    def name(self, language: str | None) -> str:
        """The canonical name in ``language``, else French, English, any."""
        for lang in (language, "fr", "en", *self.names):
            values = self.names.get(lang or "")
            if values:
                return values[0]
        return self.aliases[0] if self.aliases else self.id

    def name_at(self, language: str | None, day: str | None) -> str:
        """The name the actor bore on ``day`` (ISO), else its canonical name."""
        if day:
            earlier = sorted((until, name) for name, until in self.former_names if day < until)
            if earlier:
                return earlier[0][1]
        return self.name(language)

    def all_names(self) -> list[str]:
        seen: dict[str, None] = {}
        for values in self.names.values():
            for v in values:
                seen.setdefault(v, None)
        for v in self.aliases:
            seen.setdefault(v, None)
        return list(seen)

    def to_record(self) -> dict[str, Any]:
        """The YAML shape the loader reads (people/organizations files, user overlay)."""
        record: dict[str, Any] = {"id": self.id, "kind": self.kind, "country": self.country,
                                  "cameo": self.cameo, "wikidata": self.wikidata,
                                  "names": {k: list(v) for k, v in self.names.items()},
                                  "aliases": list(self.aliases)}
        if self.gender:
            record["gender"] = self.gender
        if self.former_names:
            record["former_names"] = [{"name": n, "until": u} for n, u in self.former_names]
        if self.roles:
            record["roles"] = [{k: v for k, v in vars(r).items() if v is not None} for r in self.roles]
        return record


_GENDERS = {"m": "m", "male": "m", "masculine": "m", "homme": "m",
            "f": "f", "female": "f", "feminine": "f", "femme": "f"}


def actor_from_record(d: dict[str, Any], source: str, origin: str = "package") -> KbActor:
    """A KbActor from a people/organizations/user record; E201 naming ``source`` if malformed."""
    if not isinstance(d, dict) or not d.get("id"):
        raise VeilleurError("E201", input=source, detail=f"record without an id: {str(d)[:80]}")
    names: dict[str, list[str]] = {}
    for lang, value in (d.get("names") or {}).items():
        values = [value] if isinstance(value, str) else list(value or [])
        values = [str(v).strip() for v in values if v and str(v).strip()]
        if values:
            names[str(lang)] = values
    aliases = [str(a).strip() for a in (d.get("aliases") or []) + (d.get("acronyms") or []) if a]
    if not names and not aliases:
        raise VeilleurError("E201", input=source, detail=f"actor {d['id']} has no name")
    roles = [Role.from_dict(r, source) for r in d.get("roles") or []]
    former = [(str(f["name"]).strip(), str(f["until"])) for f in d.get("former_names") or []
              if isinstance(f, dict) and f.get("name") and f.get("until")]
    aliases += [n for n, _ in former if n not in aliases]
    return KbActor(id=str(d["id"]), kind=str(d.get("kind") or "other"), names=names,
                   aliases=aliases, country=d.get("country") or None, cameo=d.get("cameo") or None,
                   wikidata=d.get("wikidata") or None, roles=roles,
                   gender=_GENDERS.get(str(d.get("gender") or "").lower()), origin=origin,
                   former_names=former)


@dataclass
class Country:
    """A row of countries.tsv: the names, demonyms and capitals of one country."""

    iso3: str
    iso2: str | None
    cameo: str | None
    wikidata: str | None
    names: dict[str, str]
    aliases: list[str]
    demonyms: dict[str, list[str]]
    capitals: list[str]
    lat: float | None = None
    lon: float | None = None

    @property
    def government_id(self) -> str:
        return government_id(self.iso3)

    def name(self, language: str | None) -> str:
        return self.names.get(language or "") or self.names.get("fr") or self.names.get("en") or self.iso3


def government_id(iso3: str) -> str:
    """Id scheme for a state as actor: 'gov:RUS' (see docs/actors.md)."""
    return f"gov:{iso3}"
