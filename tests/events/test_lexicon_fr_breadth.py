"""Breadth of the French event lexicon: every CAMEO family has the ways French news states
it, specific phrases win over the physical verb they contain, and the non-political senses
of ambiguous words stay silent. (Each entry's own examples run in test_lexicon_examples.py.)"""
from __future__ import annotations

import pytest

from veilleur.events.cameo import cameo_code
from veilleur.events.lexicon import load_lexicon

from .conftest import analyze_texts

# Fewest French entries per PLOVER category: a floor under the breadth built from the
# CAMEO codebook, so that a lexicon cut back to a few dev-article words fails here.
MINIMUM_ENTRIES = {
    "AGREE": 9, "CONSULT": 32, "SUPPORT": 28, "COOPERATE": 16, "AID": 14, "RETREAT": 28,
    "CONCEDE": 9, "REQUEST": 19, "ACCUSE": 55, "REJECT": 18, "THREATEN": 10, "PROTEST": 22,
    "MOBILIZE": 13, "SANCTION": 14, "COERCE": 44, "ASSAULT": 60,
}


def test_every_plover_category_has_french_breadth():
    counts: dict[str, int] = {}
    for entry in load_lexicon("fr").entries:
        codes = {entry.cameo, *(v.cameo for v in entry.variants)}
        for category in {cameo_code(c).category for c in codes} - {""}:
            counts[category] = counts.get(category, 0) + 1
    short = {c: (counts.get(c, 0), n) for c, n in MINIMUM_ENTRIES.items() if counts.get(c, 0) < n}
    assert short == {}


# A phrase names a different act than the verb inside it: suing is not attacking (115, not
# 190), tear gas is repression, not a firefight (175, not 193), a broadside is criticism
# (111, not 193), troops giving ground retreat (0874, not a concession 080), an exchange of
# prisoners is a release (0841, not a meeting 040), asking forgiveness is an apology (055,
# not a request 100), supporters storming a building riot (145, not an army's assault 190).
PHRASES_OVER_VERBS = [
    ("Le Parti socialiste a attaqué en justice le gouvernement français.", "115", "190"),
    ("La police turque a tiré des gaz lacrymogènes sur les partisans du HDP.", "175", "193"),
    ("L'Arménie a échangé des prisonniers avec l'Azerbaïdjan.", "0841", "040"),
    ("Le pape François a demandé pardon au Canada.", "055", "100"),
    ("L'Arménie a dénoncé une violation du cessez-le-feu par l'Azerbaïdjan.", "196", "0871"),
    ("Jean-Luc Mélenchon a tiré à boulets rouges sur Élisabeth Borne.", "111", "193"),
    ("Les soldats ukrainiens ont reculé devant l'armée russe.", "0874", "080"),
    ("Des partisans de Donald Trump ont pris d'assaut le Capitole des États-Unis.", "145", "190"),
]


@pytest.mark.parametrize("text,code,not_code", PHRASES_OVER_VERBS)
def test_specific_phrase_wins_over_its_verb(text, code, not_code):
    [document] = analyze_texts([text], "fr")
    codes = {e.cameo for e in document.events}
    assert code in codes
    assert not_code not in codes


# Non-political senses of trigger words: sport, weather, business, medicine, figures of speech.
SILENT = [
    "L'attaquant de Lyon a tiré sur le gardien de Marseille en fin de match.",
    "La tempête Ciaran a frappé la Bretagne dans la nuit.",
    "Le constructeur Renault a licencié deux cents salariés à Flins.",
    "Le chirurgien a opéré le patient et l'a transféré en réanimation.",
    "Les ventes de voitures électriques déclinent depuis le printemps.",
    "Le vent a dispersé les nuages au-dessus de Lyon.",
    "Les randonneurs ont bravé le froid pour atteindre le sommet.",
    "Le ministre de l'Agriculture a échangé avec les éleveurs du Cantal.",
    "Emmanuel Macron a envoyé une lettre aux Français.",
    "La municipalité de Lyon a déclaré la guerre aux déchets sauvages.",
    "La conversation entre les deux voisins a duré une heure.",
    "Le Sénat a ratifié le traité.",
    "La vague de chaleur accable les habitants de Marseille.",
    "La tempête Eunice a balayé le nord de l'Allemagne.",
    "La crise de l'énergie a fait exploser la facture des ménages.",
    "Le chômage a reculé sur un an en Espagne.",
    "La mairie de Paris mène une guerre contre les rats.",
]


@pytest.mark.parametrize("text", SILENT)
def test_non_political_senses_stay_silent(text):
    [document] = analyze_texts([text], "fr")
    assert [(e.cameo, document.text[e.trigger[0]:e.trigger[1]]) for e in document.events] == []
