"""Importers: Wikidata JSON dumps, CSV tables, PETRARCH/TABARI .actors dictionaries."""
from __future__ import annotations

from pathlib import Path

import pytest

from veilleur.actors.importers import import_file
from veilleur.actors.importers.tabari import groups, parse_code, phrase, read_tabari
from veilleur.actors.kb import build_kb
from veilleur.actors.overlay import add_records, merge_known
from veilleur.errors import VeilleurError

from ..conftest import need_shared
from .conftest import FIXTURES


def test_wikidata_dump_lines_become_records(fixture_kb):
    records = list(import_file(FIXTURES / "wikidata.jsonl", "wikidata", fixture_kb))
    makei, nato = records
    assert makei["kind"] == "person" and makei["country"] == "BLR" and makei["gender"] == "m"
    assert makei["names"]["ru"] == ["Владимир Макей"] and "Uladzimir Makei" in makei["aliases"]
    assert nato["kind"] == "igo" and nato["country"] is None


def test_malformed_wikidata_line_is_a_numbered_error(tmp_path, fixture_kb):
    bad = tmp_path / "dump.json"
    bad.write_text('{"id": "Q1"\n', encoding="utf-8")
    with pytest.raises(VeilleurError, match=r"E203.*dump.json:1"):
        list(import_file(bad, "wikidata", fixture_kb))


def test_csv_rows_sharing_an_id_add_roles_and_link_at_date(tmp_path, fixture_kb):
    records = list(import_file(FIXTURES / "actors.csv", "csv", fixture_kb))
    shmatsina, le_drian = records
    assert shmatsina["id"] == "user:katsiaryna-shmatsina" and shmatsina["aliases"] == ["Shmatsina"]
    assert [r["role"] for r in le_drian["roles"]] == ["defence_minister", "foreign_minister"]
    user = tmp_path / "actors-user.yaml"
    add_records(user, records)
    kb = build_kb([FIXTURES], user)
    assert kb.holders_at("foreign_minister", "FRA", "2018-01-01", "2018-01-31") == ["Q263725"]


def test_csv_without_name_column_is_refused(tmp_path, fixture_kb):
    bad = tmp_path / "x.csv"
    bad.write_text("nom,pays\nX,FRA\n", encoding="utf-8")
    with pytest.raises(VeilleurError, match="E203"):
        list(import_file(bad, "csv", fixture_kb))


def test_tabari_syntax():
    assert phrase("+SERGEY_V._LAVROV") == "Sergey V. Lavrov"
    assert parse_code("RUSGOV >040309") == ("RUSGOV", "2004-03-09", None)
    assert parse_code("DZAGOV 030101-080630") == ("DZAGOV", "2003-01-01", "2008-06-30")


def test_tabari_groups_inline_and_indented_codes(tmp_path):
    path = tmp_path / "small.actors"
    path.write_text("AFGHANISTAN_  [AFG]\n+AFGHAN_\nSERGEY_LAVROV_  # note\n+LAVROV\n\t[RUSGOV >040309]\n",
                    encoding="utf-8")
    assert list(groups(path)) == [(["Afghanistan", "Afghan"], [("AFG", None, None)]),
                                  (["Sergey Lavrov", "Lavrov"], [("RUSGOV", "2004-03-09", None)])]


def test_phoenix_dictionaries_import_and_merge_with_known_actors(fixture_kb):
    countries = need_shared("reference", "dictionaries", "phoenix", "Phoenix.Countries.actors.txt")
    records = list(merge_known(read_tabari(countries, fixture_kb), fixture_kb))
    lavrov = [r for r in records if r.get("alias_of") == "Q75788"]
    assert lavrov and "Sergey Viktorovich Lavrov" in lavrov[0]["aliases"]      # merged, not duplicated
    russia = [r for r in records if r.get("alias_of") == "gov:RUS"]
    assert russia and any("Russian Federation" in r["aliases"] for r in russia)
    international = need_shared("reference", "dictionaries", "phoenix", "Phoenix.International.actors.txt")
    igos = [r for r in read_tabari(Path(international), fixture_kb) if r.get("cameo", "").startswith("IGOUNO")]
    assert igos and all(r["kind"] in ("igo", "person") for r in igos)
