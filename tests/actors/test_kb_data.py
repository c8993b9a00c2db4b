"""Schema and fact checks for the actors knowledge-base data files (src/veilleur/actors/data)."""
from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pycountry
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "veilleur" / "actors" / "data"
PEOPLE_DIR = DATA / "people"

# Codes used for entities that ISO 3166-1 does not list (Kosovo's user-assigned code).
EXTRA_ISO3 = {"XKX"}
COUNTRY_COLUMNS = [
    "iso3", "iso2", "cameo", "wikidata", "name_fr", "name_en", "name_ru", "name_es",
    "name_de", "aliases", "demonyms_fr", "demonyms_en", "capital_fr", "capital_en",
    "capital_aliases", "lat", "lon",
]
PLACE_COLUMNS = ["name", "country", "lat", "lon", "aliases", "kind"]
ORG_KINDS = {"igo", "ngo", "party", "media", "company", "military", "rebel_group",
             "armed_group", "legislature", "judiciary", "government"}
LANGS = {"fr", "en", "ru", "es", "de"}
COUNTRY_ROLES = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister",
                 "interior_minister", "finance_minister"}
ORG_ROLES = {"secretary_general", "president_of_commission", "president_of_council",
             "high_representative", "director_general"}
PERSON_KEYS = {"id", "wikidata", "country", "cameo", "kind", "gender", "names", "aliases", "roles"}
QID = re.compile(r"^Q[1-9][0-9]*$")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
CAMEO = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")


def read_tsv(path: Path) -> tuple[list[dict[str, str]], list[str] | None]:
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return list(reader), reader.fieldnames


def is_iso3(code: str) -> bool:
    return code in EXTRA_ISO3 or pycountry.countries.get(alpha_3=code) is not None


def parse_date(value: str) -> dt.date:
    """A role date as the first day it may denote (YYYY-MM means the month's first day)."""
    assert isinstance(value, str) and DATE.match(value), f"bad date {value!r}"
    parts = [int(p) for p in value.split("-")] + [1]
    return dt.date(parts[0], parts[1], parts[2])


def date_end(value: str) -> dt.date:
    """The last day a date may denote (YYYY-MM means the month's last day)."""
    if len(value) == 7:
        year, month = (int(p) for p in value.split("-"))
        nxt = dt.date(year + month // 12, month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return parse_date(value)


# --- loading ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def countries():
    rows, header = read_tsv(DATA / "countries.tsv")
    assert header == COUNTRY_COLUMNS
    return rows


@pytest.fixture(scope="module")
def country_codes(countries):
    return {row["iso3"] for row in countries}


@pytest.fixture(scope="module")
def organizations():
    data = yaml.safe_load((DATA / "organizations.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, list) and data
    return data


def people_files() -> list[Path]:
    return sorted(PEOPLE_DIR.glob("*.yaml"))


@pytest.fixture(scope="module")
def people():
    out = []
    for path in people_files():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(data, list) and data, path.name
        out += [(path.name, p) for p in data]
    return out


@pytest.fixture(scope="module")
def places():
    rows, header = read_tsv(DATA / "places.tsv")
    assert header == PLACE_COLUMNS
    return rows


# --- countries.tsv ------------------------------------------------------------------------
def test_countries_schema(countries):
    assert len(countries) >= 197
    seen = Counter(row["iso3"] for row in countries)
    assert [c for c, n in seen.items() if n > 1] == []
    for row in countries:
        code = row["iso3"]
        assert is_iso3(code), code
        if code not in EXTRA_ISO3:
            assert pycountry.countries.get(alpha_3=code).alpha_2 == row["iso2"], code
        assert CAMEO.match(row["cameo"]) and len(row["cameo"]) == 3, code
        assert row["wikidata"] == "" or QID.match(row["wikidata"]), code
        for col in ("name_fr", "name_en", "name_ru", "name_es", "name_de", "demonyms_fr",
                    "demonyms_en", "capital_fr", "capital_en"):
            assert row[col].strip(), (code, col)
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180, code
        for col in ("aliases", "demonyms_fr", "demonyms_en", "capital_aliases"):
            values = row[col].split("|") if row[col] else []
            assert all(v.strip() == v and v for v in values), (code, col)
        assert "\u2019" not in "".join(row.values()), code


def test_every_un_member_and_news_entity_is_present(country_codes):
    for code in ("RUS", "BLR", "UKR", "USA", "FRA", "DEU", "GBR", "CHN", "PSE", "XKX", "TWN",
                 "ESH", "VAT", "SSD", "MKD", "SWZ", "TLS"):
        assert code in country_codes


def test_country_facts(countries):
    by = {row["iso3"]: row for row in countries}
    assert by["BLR"]["capital_fr"] == "Minsk"
    assert "Bélarus" in by["BLR"]["aliases"].split("|")
    assert "Белоруссия" in by["BLR"]["aliases"].split("|")
    assert {"biélorusse", "biélorusses"} <= set(by["BLR"]["demonyms_fr"].split("|"))
    assert {"russe", "russes"} <= set(by["RUS"]["demonyms_fr"].split("|"))
    assert {"française", "françaises"} <= set(by["FRA"]["demonyms_fr"].split("|"))
    assert {"Russian", "Russians"} <= set(by["RUS"]["demonyms_en"].split("|"))
    assert {"USA", "Etats-Unis", "U.S."} <= set(by["USA"]["aliases"].split("|"))
    assert by["GBR"]["capital_en"] == "London"
    assert by["XKX"]["cameo"] == "KSV"
    assert by["RUS"]["wikidata"] == "Q159"
    assert abs(float(by["RUS"]["lat"]) - 55.75) < 0.1 and abs(float(by["RUS"]["lon"]) - 37.62) < 0.1
    assert abs(float(by["FRA"]["lat"]) - 48.86) < 0.1


def test_countries_tsv_is_up_to_date():
    """countries.tsv is what scripts/build_countries.py generates from its sources."""
    pytest.importorskip("babel")
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_countries", ROOT / "scripts" / "build_countries.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build() == (DATA / "countries.tsv").read_text(encoding="utf-8")


# --- organizations.yaml -------------------------------------------------------------------
def test_organizations_schema(organizations, country_codes):
    ids = Counter(o["id"] for o in organizations)
    assert [i for i, n in ids.items() if n > 1] == []
    for org in organizations:
        assert set(org) - {"former_names"} == {"id", "kind", "country", "cameo", "wikidata", "names", "acronyms"}, org
        for former in org.get("former_names") or []:   # a renamed organisation's earlier name
            assert set(former) == {"name", "until"} and DATE.match(former["until"]), org["id"]
            assert former["name"] in org["names"]["fr"] + org["acronyms"], org["id"]
        assert SLUG.match(org["id"]), org["id"]
        assert org["kind"] in ORG_KINDS, org["id"]
        assert org["country"] is None or org["country"] in country_codes, org["id"]
        assert org["cameo"] is None or CAMEO.match(org["cameo"]), org["id"]
        assert org["wikidata"] is None or QID.match(org["wikidata"]), org["id"]
        assert set(org["names"]) == LANGS, org["id"]
        for lang, names in org["names"].items():
            assert isinstance(names, list) and names, (org["id"], lang)
            assert all(isinstance(n, str) and n.strip() == n and n for n in names), (org["id"], lang)
        assert isinstance(org["acronyms"], list)
        assert all(isinstance(a, str) and a for a in org["acronyms"]), org["id"]


def test_organization_facts(organizations):
    by = {o["id"]: o for o in organizations}
    for needed in ("un", "un-security-council", "nato", "eu", "european-commission", "osce",
                   "csto", "union-state", "cis", "african-union", "asean", "opec", "imf",
                   "world-bank", "icc", "icj", "icrc", "afp", "reuters", "rus-united-russia",
                   "blr-coordination-council", "fra-assemblee-nationale", "hamas", "taliban"):
        assert needed in by, needed
    assert by["nato"]["names"]["fr"][0] == "Organisation du traité de l'Atlantique nord"
    assert "OTAN" in by["nato"]["acronyms"] and "ОДКБ" in by["csto"]["acronyms"]
    assert by["nato"]["wikidata"] == "Q7184"
    assert by["rus-united-russia"]["country"] == "RUS"
    assert by["afp"]["kind"] == "media"


# --- people/*.yaml ------------------------------------------------------------------------
def test_people_schema(people, organizations, country_codes):
    org_ids = {o["id"] for o in organizations}
    ids = Counter(p["id"] for _, p in people)
    assert [i for i, n in ids.items() if n > 1] == []
    for fname, p in people:
        where = (fname, p.get("id"))
        assert set(p) == PERSON_KEYS, where
        assert QID.match(p["id"]) or SLUG.match(p["id"]), where
        if QID.match(p["id"]):
            assert p["wikidata"] == p["id"], where
        assert p["wikidata"] is None or QID.match(p["wikidata"]), where
        assert p["country"] in country_codes, where
        assert p["cameo"] and CAMEO.match(p["cameo"]), where
        assert p["kind"] == "person" and p["gender"] in ("m", "f"), where
        assert {"fr", "en"} <= set(p["names"]) <= {"fr", "en", "de", "ru", "native"}, where
        assert all(isinstance(v, str) and v.strip() == v and v for v in p["names"].values()), where
        if "ru" in p["names"]:
            assert re.search("[А-Яа-яЁё]", p["names"]["ru"]), where
        assert isinstance(p["aliases"], list) and all(isinstance(a, str) and a for a in p["aliases"]), where
        assert isinstance(p["roles"], list), where
        for role in p["roles"]:
            assert set(role) in ({"role", "country", "start", "end"},
                                 {"role", "country", "organization", "start", "end"}), where
            if role["role"] in COUNTRY_ROLES:
                assert role["country"] in country_codes and "organization" not in role, where
            else:
                assert role["role"] in ORG_ROLES, where
                assert role["country"] is None and role.get("organization") in org_ids, where
            start = parse_date(role["start"])
            if role["end"] is not None:
                assert date_end(role["end"]) >= start, where
            assert start >= dt.date(1940, 1, 1), where
            assert start <= dt.date.today(), where


def test_people_coverage(people):
    countries = Counter(p["country"] for _, p in people)
    for code in ("RUS", "BLR", "UKR", "USA", "FRA", "DEU", "GBR", "CHN", "TUR", "IRN", "ISR",
                 "PSE", "SYR", "EGY", "SAU", "GEO", "ARM", "AZE"):
        assert countries[code] >= 2, code
    assert len(people) >= 300


def _holders(people, role, country, day):
    """Who held the role on that day. A full end date is the day the successor took office,
    so it is exclusive; a month-precision end covers its whole month."""
    day = dt.date.fromisoformat(day)
    out = []
    for _, p in people:
        for r in p["roles"]:
            if r["role"] != role or (r["country"] != country and r.get("organization") != country):
                continue
            if r["end"] is None:
                in_office = True
            elif len(r["end"]) == 7:
                in_office = day <= date_end(r["end"])
            else:
                in_office = day < parse_date(r["end"])
            if parse_date(r["start"]) <= day and in_office:
                out.append(p["names"]["en"])
    return out


def _roles(people, name_en, role):
    return [(r["country"], r["start"], r["end"]) for _, p in people
            if p["names"]["en"] == name_en for r in p["roles"] if r["role"] == role]


@pytest.mark.parametrize("role, country, day, name", [
    ("foreign_minister", "RUS", "2020-09-03", "Sergei Lavrov"),
    ("head_of_government", "RUS", "2020-01-16", "Mikhail Mishustin"),
    ("head_of_government", "RUS", "2019-06-01", "Dmitry Medvedev"),
    ("foreign_minister", "BLR", "2012-09-01", "Vladimir Makei"),
    ("foreign_minister", "BLR", "2022-11-01", "Vladimir Makei"),
    ("foreign_minister", "BLR", "2011-05-01", "Sergei Martynov"),
    ("head_of_state", "BLR", "1995-01-01", "Alexander Lukashenko"),
    ("head_of_state", "BLR", "2020-09-03", "Alexander Lukashenko"),
    ("head_of_state", "FRA", "2017-05-14", "Emmanuel Macron"),
    ("head_of_state", "FRA", "2012-07-01", "François Hollande"),
    ("foreign_minister", "FRA", "2012-05-16", "Laurent Fabius"),
    ("foreign_minister", "FRA", "2016-02-10", "Laurent Fabius"),
    ("foreign_minister", "FRA", "2016-02-11", "Jean-Marc Ayrault"),
    ("head_of_state", "FRA", "2017-05-13", "François Hollande"),
    ("head_of_government", "RUS", "2020-01-15", "Dmitry Medvedev"),
    ("head_of_state", "UKR", "2020-09-03", "Volodymyr Zelenskyy"),
    ("foreign_minister", "USA", "2014-06-01", "John Kerry"),
    ("foreign_minister", "GBR", "2017-01-01", "Boris Johnson"),
    ("foreign_minister", "DEU", "2012-06-01", "Guido Westerwelle"),
    ("defence_minister", "RUS", "2020-09-03", "Sergei Shoigu"),
    ("head_of_state", "CHN", "2012-06-01", "Hu Jintao"),
    ("president_of_commission", "european-commission", "2020-01-01", "Ursula von der Leyen"),
    ("high_representative", "eu", "2016-01-01", "Federica Mogherini"),
    ("foreign_minister", "FRA", "2016-03-01", "Jean-Marc Ayrault"),
    ("head_of_state", "USA", "2012-11-07", "Barack Obama"),
    ("head_of_government", "DEU", "2015-01-01", "Angela Merkel"),
    ("secretary_general", "nato", "2020-01-01", "Jens Stoltenberg"),
    ("secretary_general", "un", "2012-01-01", "Ban Ki-moon"),
])
def test_role_at_date(people, role, country, day, name):
    assert _holders(people, role, country, day) == [name]


def test_spot_check_terms(people):
    assert _roles(people, "Laurent Fabius", "foreign_minister")[-1] == ("FRA", "2012-05-16", "2016-02-11")
    assert ("RUS", "2020-01-16", None) in _roles(people, "Mikhail Mishustin", "head_of_government")
    assert _roles(people, "Vladimir Makei", "foreign_minister") == [("BLR", "2012-08-20", "2022-11-26")]
    assert _roles(people, "Alexander Lukashenko", "head_of_state") == [("BLR", "1994-07-20", None)]
    assert _roles(people, "Emmanuel Macron", "head_of_state") == [("FRA", "2017-05-14", None)]
    assert _holders(people, "foreign_minister", "FRA", "2012-05-15") == ["Alain Juppé"]


# --- places.tsv ---------------------------------------------------------------------------
def test_places_schema(places, countries, country_codes):
    assert len(places) >= 300
    keys = Counter((row["name"], row["country"]) for row in places)
    assert [k for k, n in keys.items() if n > 1] == []
    for row in places:
        assert row["name"].strip() == row["name"] and row["name"], row
        assert row["country"] in country_codes, row
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180, row
        assert row["kind"] in ("capital", "city", "region"), row
        aliases = row["aliases"].split("|") if row["aliases"] else []
        assert all(a.strip() == a and a for a in aliases), row
    capitals = {row["country"] for row in places if row["kind"] == "capital"}
    assert capitals >= {row["iso3"] for row in countries}


def test_place_facts(places):
    by = {row["name"]: row for row in places}
    assert by["Minsk"]["country"] == "BLR" and by["Minsk"]["kind"] == "capital"
    kyiv = [row for row in places if "Kyiv" in [row["name"], *row["aliases"].split("|")]]
    assert len(kyiv) == 1 and "Kiev" in [kyiv[0]["name"], *kyiv[0]["aliases"].split("|")]
    assert by["Marseille"]["country"] == "FRA"
