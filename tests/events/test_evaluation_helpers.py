"""The pieces of `veilleur eval events` that do not need a model."""
from __future__ import annotations

from veilleur.document import Actor, Event
from veilleur.evaluation.events import (V05_TO_2021, _roots, actor_matches_code, petr2_records,
                                        plover_records, prf)

from ..conftest import need_shared


def test_actor_matches_by_cameo_country_or_text():
    russia = Actor("gov:RUS", "Russia", "government", country="RUS", cameo="RUSGOV")
    assert actor_matches_code(russia, "RUSMIL", None, "")
    assert actor_matches_code(Actor("x", "Kremlin", country="RUS"), "RUS", None, "")
    assert actor_matches_code(Actor("x", "Moroccan diplomats"), "---", "Moroccan diplomats", "")
    assert not actor_matches_code(russia, "USA", "United States", "")
    assert not actor_matches_code(None, "USA", "United States", "")


def test_prf():
    assert prf(3, 4, 6) == {"precision": 0.75, "recall": 0.5, "f1": 0.6}
    assert prf(0, 0, 0)["f1"] == 1.0


def test_v05_names_map_to_2021_categories():
    from veilleur.document import PLOVER_CATEGORIES

    assert set(V05_TO_2021.values()) <= set(PLOVER_CATEGORIES)


def test_intended_code_counts_for_cameo_roots():
    event = Event("AGREE", "036", (0, 1), (0, 1), extra={"intended_cameo": "040"})
    assert _roots(event) == {"03", "04"}


def test_gold_files_parse():
    plover = plover_records(need_shared("eval", "events", "PLOVER_GSR_CAMEO.txt"))
    assert len(plover) == 322 and all(r["text"] for r in plover)
    petr2 = petr2_records(need_shared("eval", "events", "PETR2_GSR_validation.xml"))
    assert len(petr2) == 78
    assert petr2[0]["codings"][0] == {"eventcode": "042", "sourcecode": "USA", "targetcode": "CHN"}
