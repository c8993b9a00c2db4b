"""The packaged CAMEO/PLOVER table and the script that derives it."""
from __future__ import annotations

import subprocess
import sys

import pytest

from veilleur.document import PLOVER_CATEGORIES
from veilleur.errors import VeilleurError
from veilleur.events.cameo import cameo_code, cameo_table

from ..conftest import ROOT, need_shared


def test_codes_carry_plover_goldstein_and_quad_class():
    visit = cameo_code("042")
    assert (visit.category, visit.mode, visit.goldstein, visit.quad_class) == ("CONSULT", "visit", 1.9, 1)
    assert cameo_code("163").category == "COERCE"        # PLOVER moves embargoes to COERCE
    assert cameo_code("1712").category == "ASSAULT"
    assert cameo_code("190").quad_class == 4


def test_statements_and_appeals_are_not_events():
    assert not cameo_code("010").is_event
    assert not cameo_code("020").is_event
    assert cameo_code("036").is_event


def test_every_category_is_a_plover_category():
    categories = {c.category for c in cameo_table().values() if c.is_event}
    assert categories == set(PLOVER_CATEGORIES)


def test_unknown_code_raises_e302():
    with pytest.raises(VeilleurError) as err:
        cameo_code("999")
    assert err.value.code == "E302"


def test_packaged_table_matches_the_reference_files():
    reference = need_shared("reference", "cameo")
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_cameo_tables.py"),
                             "--reference", str(reference), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
