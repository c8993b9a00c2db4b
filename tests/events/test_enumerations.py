"""Groups named by their members ("les syndicats, comme FO et la CGT") and "ni A ni B"."""
from __future__ import annotations

from .conftest import names


def test_group_is_replaced_by_its_listed_members(analyze):
    document = analyze("Les syndicats, comme Force ouvrière ainsi que la CGT et Solidaires, "
                       "ont dénoncé la réforme du gouvernement belge.", "fr")
    sources = {s for c, s, t in names(document) if c == "111"}
    assert {"Force ouvrière", "Confédération générale du travail"} <= sources
    assert not [s for s in sources if s and s.lower().startswith("syndicat")]


def test_relative_clause_inside_the_list_is_skipped(analyze):
    document = analyze("Le gouvernement belge a relevé la TVA. Cette mesure ne satisfait ni les syndicats, "
                       "comme Force ouvrière qui espérait mieux, ni les organisations patronales tel le Medef.", "fr")
    assert {s for c, s, t in names(document) if c == "110"} == {"Force ouvrière", "Mouvement des entreprises de France"}


def test_comparison_with_a_singular_name_is_not_a_list(analyze):
    document = analyze("La France, comme l'Allemagne, a condamné la Russie.", "fr")
    assert [(s, t) for c, s, t in names(document)] == [("France", "Russie")]


def test_list_stops_at_the_groups_own_verb(analyze):
    document = analyze("Les pays européens, comme la France, soutiennent l'Ukraine et la Pologne.", "fr")
    assert {s for c, s, t in names(document)} == {"France"}
