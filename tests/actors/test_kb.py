"""Loading the knowledge base: packaged files, fixtures, the user overlay, bad data."""
from __future__ import annotations

import pytest

from veilleur.actors.kb import DATA_DIR, build_kb, load_kb
from veilleur.actors.normalize import key
from veilleur.actors.overlay import add_aliases, add_records
from veilleur.errors import VeilleurError

from .conftest import FIXTURES


def test_keys_fold_case_accents_apostrophes_and_determiners():
    assert key("l'Otan") == key("OTAN") == key("otan") == "otan"
    assert key("la Biélorussie") == key("BIELORUSSIE") == "bielorussie"
    assert key("Сергей") == key("сергеи")          # the breve of й folds too


def test_countries_give_governments_reachable_by_name_capital_and_demonym(fixture_kb):
    assert fixture_kb.actor("gov:BLR").kind == "government"
    assert {e.actor_id for e in fixture_kb.lookup("Bélarus")} == {"gov:BLR"}
    assert [e.via for e in fixture_kb.lookup("Moscou")] == ["capital"]
    assert fixture_kb.demonym_countries("biélorusses") == {"BLR"}
    assert fixture_kb.actor("gov:RUS").cameo == "RUSGOV"


def test_holders_at_a_date_and_without_one(fixture_kb):
    assert fixture_kb.holders_at("foreign_minister", "FRA", "2013-01-01", "2013-01-31") == ["Q7504"]
    assert fixture_kb.holders_at("foreign_minister", "FRA", "2016-06-01", "2016-06-30") == ["Q12927"]
    assert fixture_kb.holders_at("foreign_minister", "RUS", None, None) == ["Q75788"]


def test_unknown_actor_id_is_a_numbered_error(fixture_kb):
    with pytest.raises(VeilleurError, match="E202"):
        fixture_kb.actor("Q0")


def test_missing_files_are_tolerated(tmp_path):
    kb = build_kb([tmp_path])
    assert "bloc:west" in kb.actors and not kb.countries


def test_malformed_record_names_the_file(tmp_path):
    (tmp_path / "organizations.yaml").write_text("- {kind: igo, names: {fr: [Sans id]}}\n", encoding="utf-8")
    with pytest.raises(VeilleurError, match=r"E201.*organizations.yaml"):
        build_kb([tmp_path])


def test_user_overlay_adds_actors_and_aliases_and_survives_reload(tmp_path):
    user = tmp_path / "actors-user.yaml"
    add_records(user, [{"id": "user:katsiaryna-shmatsina", "kind": "person", "country": "BLR",
                        "names": {"fr": ["Katsiaryna Shmatsina"]}}])
    add_aliases(user, "gov:BLR", ["la République du Bélarus"])
    kb = build_kb([FIXTURES], user)
    assert kb.actor("user:katsiaryna-shmatsina").origin == "user"
    assert {e.actor_id for e in kb.lookup("Shmatsina")} == set()     # a surname, not a name
    assert kb.surnames["shmatsina"] == {"user:katsiaryna-shmatsina"}
    assert {e.actor_id for e in kb.lookup("République du Bélarus")} == {"gov:BLR"}
    assert build_kb([FIXTURES], user).actor("user:katsiaryna-shmatsina").country == "BLR"


def test_packaged_base_loads_and_is_cached():
    if not (DATA_DIR / "countries.tsv").exists():
        pytest.skip("packaged countries not written yet")
    kb = load_kb(user=DATA_DIR / "no-user-file.yaml")
    assert kb is load_kb(user=DATA_DIR / "no-user-file.yaml")
    assert len(kb.countries) > 150 and "gov:FRA" in kb.actors
