"""Sport, science and weather reports state no political events."""
from __future__ import annotations

import pytest

SPORT_FR = ("Le Paris Saint-Germain a battu l'Olympique de Marseille 3-0 dimanche au Parc des Princes. "
            "Kylian Mbappé a marqué deux buts et Lionel Messi a délivré une passe décisive. "
            "L'entraîneur Christophe Galtier a salué la performance de ses joueurs. "
            "Le PSG affrontera le Bayern Munich en Ligue des champions.")
SCIENCE_FR = ("Des chercheurs de l'université de Genève ont découvert une nouvelle exoplanète. "
              "L'équipe dirigée par Michel Mayor a utilisé le télescope HARPS au Chili.")
WEATHER_FR = ("Météo-France a placé douze départements en vigilance orange pour des orages violents. "
              "Des rafales de 100 km/h sont attendues à Lyon et Grenoble.")
SPORT_EN = ("Manchester United beat Liverpool 2-1 on Sunday. Marcus Rashford scored twice and "
            "Erik ten Hag praised his players. United will face Arsenal next week.")
WEATHER_EN = ("A storm hit the coast of Florida on Monday, with winds of 120 mph. "
              "Forecasters warned residents to stay indoors.")


@pytest.mark.parametrize("text,language", [(SPORT_FR, "fr"), (SCIENCE_FR, "fr"), (WEATHER_FR, "fr"),
                                           (SPORT_EN, "en"), (WEATHER_EN, "en")])
def test_no_events(analyze, text, language):
    assert analyze(text, language, "2023-05-10").events == []


def test_political_sentence_in_same_style_still_coded(analyze):
    document = analyze("La Russie a attaqué l'Ukraine dimanche.", "fr", "2023-05-10")
    assert [e.category for e in document.events] == ["ASSAULT"]
