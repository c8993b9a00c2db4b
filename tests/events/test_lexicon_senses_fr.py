"""French trigger senses that depend on who acts and who undergoes (triggers_fr.yaml
`groups`, `source_kind`/`target_kind`, `infinitive`, `needs: [source]`)."""
from __future__ import annotations

import pytest

from veilleur.events.lexicon import parse_lexicon

from .conftest import names


def _codes(document) -> list[str]:
    return [e.cameo for e in document.events]


def _categories(document) -> set[str]:
    return {e.category for e in document.events}


# ------------------------------------------------------------------ attaquer and kin
@pytest.mark.parametrize("text, code", [
    # a politician or party attacking a political actor criticises it
    ("Jean-Luc Mélenchon a attaqué Marine Le Pen.", "111"),
    ("Jean-Luc Mélenchon a attaqué le Rassemblement national.", "111"),
    ("Le Parti socialiste a attaqué le gouvernement français sur la dette.", "111"),
    ("Les critiques de Marine Le Pen puis les attaques de Jean-Luc Mélenchon contre Gabriel Attal ont fusé.", "111"),
    # states, armies and armed groups attack by force
    ("La Russie a attaqué la Géorgie.", "190"),
    ("Vladimir Poutine a attaqué l'Ukraine.", "190"),
    ("L'armée nigériane a attaqué Boko Haram.", "190"),
])
def test_attack_is_criticism_between_civic_actors_and_force_otherwise(analyze, text, code):
    assert code in _codes(analyze(text))
    other = {"111": "ASSAULT", "190": "ACCUSE"}[code]
    assert other not in _categories(analyze(text))


def test_taking_aim_at_someone(analyze):
    assert "111" in _codes(analyze("Jean-Luc Mélenchon s'en est pris au gouvernement."))
    assert "190" in _codes(analyze("L'armée birmane s'en est prise à l'Armée d'Arakan."))
    assert "111" in _codes(analyze("Le Parti socialiste a tiré à boulets rouges sur le gouvernement français."))
    assert "190" in _codes(analyze("L'armée israélienne a ciblé le Hamas à Gaza."))
    assert "111" in _codes(analyze("Jean-Luc Mélenchon a ciblé Emmanuel Macron dans son discours."))
    assert analyze("Le gouvernement cible les fraudeurs.").events == []


def test_campaigns_called_offensives_are_no_assault(analyze):
    assert "ASSAULT" not in _categories(analyze("L'offensive de charme de la Chine envers l'Allemagne se poursuit."))
    assert "ASSAULT" not in _categories(analyze("L'offensive commerciale du Japon contre la Corée du Sud inquiète."))
    assert "190" in _codes(analyze("L'offensive de la Russie contre l'Ukraine se poursuit."))


def test_striking_needs_someone_who_strikes(analyze):
    assert analyze("La sécheresse a frappé le Maroc.").events == []
    assert "190" in _codes(analyze("La Turquie a frappé l'Irak."))


# ------------------------------------------------------------------ interpeller
def test_the_police_arrest_the_public_challenge(analyze):
    assert "173" in _codes(analyze("La police russe a interpellé Alexeï Navalny."))
    challenged = analyze("La CFDT a interpellé le gouvernement français sur les retraites.")
    assert "REQUEST" in _categories(challenged) and "COERCE" not in _categories(challenged)
    assert "COERCE" not in _categories(analyze("Les députés du Parti socialiste ont interpellé Gabriel Attal."))


# ------------------------------------------------------------------ inviter à + infinitive
def test_inviting_to_act_is_urging(analyze):
    urged = analyze("L'OTAN a invité la Turquie à faire preuve de retenue.")
    assert "1056" in _codes(urged) and "AGREE" not in _categories(urged)
    asked = analyze("L'Union européenne a invité la Hongrie à respecter l'État de droit.")
    assert "100" in _codes(asked) and "AGREE" not in _categories(asked)
    # what is urged is not the urger's act
    released = analyze("Le Conseil de l'Europe a invité l'Azerbaïdjan à libérer les opposants.")
    assert _categories(released) == {"REQUEST"}
    assert "036" in _codes(analyze("Emmanuel Macron a invité Narendra Modi à Paris."))


# ------------------------------------------------------------------ prendre en otage
def test_strikers_take_hostages_only_figuratively(analyze):
    assert "181" not in _codes(analyze("La CGT prend la SNCF en otage."))
    assert "181" not in _codes(analyze("Les grévistes de Sud Rail prennent en otage les voyageurs de la SNCF."))
    assert "181" in _codes(analyze("Le Hamas a pris en otage Noa Argamani."))


# ------------------------------------------------------------------ visits need a visitor
@pytest.mark.parametrize("text, visitor", [
    ("Le voyage de Giorgia Meloni en Tunisie a commencé.", True),
    ("La tournée de Xi Jinping en France a commencé à Paris.", True),
    ("Le voyage des étudiants en Espagne est annulé.", False),
    ("La visite des vacanciers en Croatie a été écourtée.", False),
])
def test_a_visit_needs_a_visitor(analyze, text, visitor):
    visits = [n for n in names(analyze(text)) if n[0] == "042"]
    assert bool(visits) == visitor
    assert all(source is not None for _, source, _ in visits)


# ------------------------------------------------------------------ the condition language
def test_groups_stand_for_their_members():
    lexicon = parse_lexicon({"groups": {"armed": ["military", "armed_group"]}, "entries": [
        {"lemma": "attaquer", "cameo": "190", "needs": ["source"],
         "variants": [{"when": {"source_kind": "armed", "target_kind": ["armed", "person"]}, "cameo": "190"}],
         "examples": [["L'armée a attaqué.", "190"]]}]}, "fr")
    entry = lexicon.entries[0]
    assert entry.needs == ("source",)
    assert entry.variants[0].when == {"source_kind": ["military", "armed_group"],
                                      "target_kind": ["military", "armed_group", "person"]}
