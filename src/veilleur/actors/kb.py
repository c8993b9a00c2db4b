"""The actors knowledge base: packaged data files plus the user's overlay, with alias indices.

Packaged data (actors/data/): countries.tsv, organizations.yaml, people/*.yaml, seats.yaml.
User edits live in one overlay file outside the package (``user_file()``), so they survive
upgrades: ``actors:`` records (same shape as people/organizations; a record with a packaged
id replaces it) and ``aliases:`` {actor id: [alias, ...]}.
"""
from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import yaml
from platformdirs import user_cache_dir, user_data_dir

from ..errors import VeilleurError
from .normalize import key, words
from .records import Country, KbActor, Role, actor_from_record, government_id
from .transliterate import is_cyrillic, latin_variants

DATA_DIR = Path(__file__).parent / "data"
USER_FILE_ENV = "VEILLEUR_ACTORS_USER_FILE"
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Particles that belong to a surname ("de Gaulle", "von der Leyen", "al-Assad").
PARTICLES = frozenset({"de", "du", "des", "von", "van", "der", "den", "al", "el", "ben", "bin",
                        "le", "la", "da", "di", "dos", "das", "del", "ter", "ibn", "abu"})


_SUFFIXES = frozenset({"jr", "sr", "fils", "pere"})
_REGNAL = re.compile(r"^(?:[IVXL]+|IER|IRE)$")


def user_file() -> Path:
    """Where user edits are kept: $VEILLEUR_ACTORS_USER_FILE or the user data directory."""
    configured = os.environ.get(USER_FILE_ENV)
    return Path(configured) if configured else Path(user_data_dir("veilleur")) / "actors-user.yaml"


@dataclass(frozen=True)
class AliasEntry:
    """One way of naming an actor, as found under a key of the alias index."""

    actor_id: str
    via: str          # name | alias | capital | seat
    surface: str      # the name as written in the data

    @property
    def acronym(self) -> bool:
        letters = [c for c in self.surface if c.isalpha()]
        return 1 < len(letters) <= 6 and all(c.isupper() for c in letters)


@dataclass(eq=False)
class KnowledgeBase:
    actors: dict[str, KbActor] = field(default_factory=dict)
    countries: dict[str, Country] = field(default_factory=dict)
    names: dict[str, list[AliasEntry]] = field(default_factory=lambda: defaultdict(list))
    surnames: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    demonyms: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    holders: dict[tuple[str, str], list[tuple[str, Role]]] = field(default_factory=lambda: defaultdict(list))
    sources: list[str] = field(default_factory=list)

    # -- look-ups ---------------------------------------------------------------------------
    def actor(self, actor_id: str) -> KbActor:
        try:
            return self.actors[actor_id]
        except KeyError:
            raise VeilleurError("E202", actor_id=actor_id) from None

    def lookup(self, name: str) -> list[AliasEntry]:
        return list(self.names.get(key(name), ()))

    def demonym_countries(self, word: str) -> set[str]:
        return self.demonyms.get(key(word), set())

    def holders_at(self, role: str, scope: str, first: str | None, last: str | None) -> list[str]:
        """Ids of who held ``role`` in ``scope`` (ISO3 or organisation id) between two dates.

        Without a date, the current holders (open-ended roles)."""
        found: dict[str, None] = {}
        for actor_id, held in self.holders.get((role, scope), ()):
            if first is None or last is None:
                if held.end is None:
                    found.setdefault(actor_id, None)
            elif held.overlaps(first, last):
                found.setdefault(actor_id, None)
        return list(found)

    def search(self, text: str, limit: int = 20) -> list[KbActor]:
        """Actors whose names contain the folded words of ``text``."""
        wanted = set(words(text))
        hits = []
        for actor in self.actors.values():
            if any(wanted <= set(words(n)) for n in actor.all_names()):
                hits.append(actor)
                if len(hits) >= limit:
                    break
        return hits

    # -- building ---------------------------------------------------------------------------
    def add_actor(self, actor: KbActor) -> None:
        if actor.id in self.actors:
            self._forget(actor.id)
        self.actors[actor.id] = actor
        for lang, values in actor.names.items():
            for value in values:
                self._index(value, actor.id, "name")
        for alias in actor.aliases:
            self._index(alias, actor.id, "alias")
        if actor.kind == "person":
            self._index_person(actor)
        for held in actor.roles:
            if held.scope:
                self.holders[(held.role, held.scope)].append((actor.id, held))

    def add_alias(self, actor_id: str, alias: str, via: str = "alias") -> None:
        actor = self.actor(actor_id)
        if alias not in actor.aliases:
            actor.aliases.append(alias)
        self._index(alias, actor_id, via)
        if actor.kind == "person":
            self._index_surname(alias, actor_id)

    def _index(self, surface: str, actor_id: str, via: str) -> None:
        k = key(surface)
        if not k:
            return
        entries = self.names[k]
        if not any(e.actor_id == actor_id and e.surface == surface for e in entries):
            entries.append(AliasEntry(actor_id, via, surface))

    def _index_person(self, actor: KbActor) -> None:
        # Surnames come from the names as written; transliterations of a Cyrillic form
        # are full names only (Russian renderings of Chinese or Korean names give bare
        # syllables such as "I" that must never stand alone).
        for name in actor.all_names():
            self._index_surname(name, actor.id)
        for lang in ("ru", "uk", "be"):
            for native in actor.names.get(lang, ()):
                for variant in latin_variants(native):
                    if variant not in actor.aliases:
                        actor.aliases.append(variant)
                    self._index(variant, actor.id, "alias")

    def _index_surname(self, name: str, actor_id: str) -> None:
        parts = name.split()
        while len(parts) > 2 and key(parts[-1]) in _SUFFIXES:
            parts = parts[:-1]                      # "Ferdinand Marcos Jr." → Marcos
        if len(parts) < 2 or not name[:1].isupper() or is_cyrillic(name) or _REGNAL.match(key(parts[-1]).upper()):
            return                                  # "Juan Carlos I", "Benoît XVI" have no surname
        i = len(parts) - 1
        while i > 1 and key(parts[i - 1]) in PARTICLES:
            i -= 1
        surname = " ".join(words(" ".join(parts[i:])))
        if surname:
            self.surnames[surname].add(actor_id)

    def _forget(self, actor_id: str) -> None:
        for k in list(self.names):
            self.names[k] = [e for e in self.names[k] if e.actor_id != actor_id]
            if not self.names[k]:
                del self.names[k]
        for ids in self.surnames.values():
            ids.discard(actor_id)
        for k in list(self.holders):
            self.holders[k] = [h for h in self.holders[k] if h[0] != actor_id]


# -- loading ------------------------------------------------------------------------------
def _split(cell: str | None) -> list[str]:
    return [v.strip() for v in (cell or "").split("|") if v.strip()]


def _float(cell: str | None) -> float | None:
    try:
        return float(cell) if cell not in (None, "") else None
    except ValueError:
        return None


def read_countries(path: Path) -> list[Country]:
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        for line_no, row in enumerate(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), 2):
            iso3 = (row.get("iso3") or "").strip()
            if len(iso3) != 3:
                raise VeilleurError("E201", input=f"{path}:{line_no}", detail=f"bad iso3 {iso3!r}")
            names = {lang: row[f"name_{lang}"].strip() for lang in ("fr", "en", "ru", "es", "de")
                     if (row.get(f"name_{lang}") or "").strip()}
            rows.append(Country(
                iso3=iso3, iso2=(row.get("iso2") or "").strip() or None,
                cameo=(row.get("cameo") or "").strip() or iso3,
                wikidata=(row.get("wikidata") or "").strip() or None, names=names,
                aliases=_split(row.get("aliases")),
                demonyms={"fr": _split(row.get("demonyms_fr")), "en": _split(row.get("demonyms_en"))},
                capitals=_split(row.get("capital_fr")) + _split(row.get("capital_en"))
                + _split(row.get("capital_aliases")),
                lat=_float(row.get("lat")), lon=_float(row.get("lon"))))
    return rows


def _cache_path(path: Path) -> Path:
    digest = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:16]
    return Path(user_cache_dir("veilleur")) / "kb" / f"{path.stem}-{digest}.json"


def load_yaml(path: Path) -> Any:
    """A YAML file's data. PyYAML is slow on big files (people, imports), so a JSON copy
    stamped with the file's mtime is kept in the user cache directory and used while the
    YAML file is unchanged."""
    stamp = path.stat().st_mtime_ns
    cache = _cache_path(path)
    try:
        cached = json.loads(cache.read_text(encoding="utf-8"))
        if cached.get("mtime_ns") == stamp and cached.get("path") == str(path):
            return cached["data"]
    except (OSError, ValueError, KeyError):
        pass
    try:
        with path.open(encoding="utf-8") as fh:
            data = yaml.load(fh, Loader=_Loader)
    except yaml.YAMLError as exc:
        raise VeilleurError("E201", input=str(path), detail=str(exc).splitlines()[0]) from None
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_text(json.dumps({"path": str(path), "mtime_ns": stamp, "data": data},
                                    ensure_ascii=False, default=str), encoding="utf-8")
    except OSError:
        pass                      # a read-only cache only costs speed
    return data


def read_yaml_list(path: Path) -> list[dict[str, Any]]:
    data = load_yaml(path)
    if data is None:
        return []
    if isinstance(data, dict):   # {people: [...]} or {organizations: [...]}
        lists = [v for v in data.values() if isinstance(v, list)]
        data = lists[0] if len(lists) == 1 else None
    if not isinstance(data, list):
        raise VeilleurError("E201", input=str(path), detail="expected a list of records")
    return data


def _add_country(kb: KnowledgeBase, country: Country) -> None:
    kb.countries[country.iso3] = country
    gov = KbActor(id=country.government_id, kind="government",
                  names={lang: [name] for lang, name in country.names.items()},
                  aliases=list(dict.fromkeys(country.aliases)), country=country.iso3,
                  cameo=f"{country.cameo}GOV", wikidata=country.wikidata)
    kb.add_actor(gov)
    for capital in country.capitals:
        kb._index(capital, gov.id, "capital")
        if capital not in gov.aliases:
            gov.aliases.append(capital)
    for demonyms in country.demonyms.values():
        for demonym in demonyms:
            kb.demonyms[key(demonym)].add(country.iso3)


def _add_seats(kb: KnowledgeBase, path: Path) -> None:
    """Seats of power named for the state ("le Kremlin", "la Maison Blanche")."""
    for record in read_yaml_list(path):
        gov = government_id(str(record.get("country")))
        if gov not in kb.actors:
            continue
        for name in record.get("names") or []:
            kb.add_alias(gov, str(name), via="seat")


def load_into(kb: KnowledgeBase, data_dir: Path, origin: str = "package") -> None:
    """Add the data files found in ``data_dir`` (any may be absent)."""
    countries = data_dir / "countries.tsv"
    if countries.exists():
        for country in read_countries(countries):
            _add_country(kb, country)
        kb.sources.append(str(countries))
    files = [data_dir / "organizations.yaml", *sorted((data_dir / "people").glob("*.yaml"))]
    for path in files:
        if path.exists():
            for record in read_yaml_list(path):
                kb.add_actor(actor_from_record(record, str(path), origin))
            kb.sources.append(str(path))
    seats = data_dir / "seats.yaml"
    if seats.exists():
        _add_seats(kb, seats)


def read_user_file(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {"actors": [], "aliases": {}}
    data = load_yaml(path) or {}
    if not isinstance(data, dict):
        raise VeilleurError("E201", input=str(path), detail="expected actors: and aliases: keys")
    data.setdefault("actors", [])
    data.setdefault("aliases", {})
    return data


def apply_user_file(kb: KnowledgeBase, path: Path) -> None:
    data = read_user_file(path)
    for record in data["actors"] or []:
        kb.add_actor(actor_from_record(record, str(path), origin="user"))
    for actor_id, aliases in (data["aliases"] or {}).items():
        if actor_id in kb.actors:
            for alias in aliases or []:
                kb.add_alias(actor_id, str(alias))
    if path.exists():
        kb.sources.append(str(path))


def _add_blocs(kb: KnowledgeBase) -> None:
    """Blocs named like countries ("l'Occident"), from data/linking.yaml."""
    from .rules import linking

    for bloc in linking().get("blocs") or []:
        kb.add_actor(actor_from_record(bloc, "linking.yaml"))


def build_kb(data_dirs: Iterable[Path] = (DATA_DIR,), user: Path | None = None) -> KnowledgeBase:
    kb = KnowledgeBase()
    _add_blocs(kb)
    for data_dir in data_dirs:
        load_into(kb, Path(data_dir))
    if user is not None:
        apply_user_file(kb, user)
    return kb


_cache: dict[tuple, KnowledgeBase] = {}
_lock = threading.Lock()


def _stamp(paths: Iterable[Path]) -> tuple:
    out = []
    for p in paths:
        try:
            out.append((str(p), p.stat().st_mtime_ns))
        except OSError:
            out.append((str(p), None))
    return tuple(out)


def load_kb(data_dir: Path | None = None, user: Path | None = None) -> KnowledgeBase:
    """The knowledge base, built once per process and rebuilt when a source file changes."""
    data_dir = Path(data_dir or DATA_DIR)
    user = user if user is not None else user_file()
    watched = [data_dir / "countries.tsv", data_dir / "organizations.yaml", data_dir / "seats.yaml",
               *sorted((data_dir / "people").glob("*.yaml")), user]
    stamp = _stamp(watched)
    with _lock:
        kb = _cache.get(stamp)
        if kb is None:
            kb = build_kb([data_dir], user)
            _cache.clear()
            _cache[stamp] = kb
    return kb
