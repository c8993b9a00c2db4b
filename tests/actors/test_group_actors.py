"""Actors named by a common noun (actors/groups.py, linking.yaml ``groups``): state nouns,
political groups and unnamed agents, on invented sentences."""
from __future__ import annotations


def _by_text(linker):
    text = linker.document.text
    return {text[m.start:m.end]: m for m in linker.mentions()}


def test_state_noun_is_the_article_state_even_as_an_object(link):
    linker = link("La France prépare son budget. Les entreprises réclament une aide de l'État.")
    assert _by_text(linker)["l'État"].actor_id == "gov:FRA"


def test_lowercase_etat_is_a_condition_not_the_state(link):
    linker = link("La France refuse le projet en l'état.")
    assert not any("état" in t for t in _by_text(linker))


def test_state_noun_with_a_common_noun_complement_is_left_alone(link):
    linker = link("La France défend l'État de droit.")
    assert not any("État" in t for t in _by_text(linker))


def test_state_noun_with_an_unknown_adjective_is_left_alone(link):
    linker = link("La France combat l'État islamique.")
    assert not any("État" in t for t in _by_text(linker))


def test_fisc_is_the_state(link):
    linker = link("La France veut publier les noms des fraudeurs. Le fisc défend cette mesure.")
    assert _by_text(linker)["Le fisc"].actor_id == "gov:FRA"


def test_political_side_is_a_provisional_party_of_the_article_country(link):
    linker = link("La France vote son budget. La gauche dénonce un texte injuste.")
    mention = _by_text(linker)["La gauche"]
    actor = linker.actors[mention.actor_id]
    assert mention.actor_id.startswith("x:") and actor.kind == "party" and actor.country == "FRA"


def test_majority_of_a_quantity_is_not_a_group(link):
    linker = link("La France débat. La majorité des électeurs approuve la réforme.")
    assert not any("majorité" in t for t in _by_text(linker))


def test_side_as_a_direction_is_not_a_group(link):
    linker = link("La France construit une école. Le bureau se trouve sur la gauche du couloir.")
    assert not any("gauche" in t for t in _by_text(linker))


def test_group_complement_of_an_organisation_noun_names_that_body(link):
    linker = link("La France réforme la poste. Les fédérations nationales des syndicats ont annoncé une grève.")
    mentions = _by_text(linker)
    key = next(t for t in mentions if "fédérations" in t)
    assert linker.actors[mentions[key].actor_id].name == "fédérations nationales des syndicats"


def test_unnamed_agents_that_act_are_one_provisional_actor(link):
    linker = link("Des hackers ont volé deux millions d'euros. Les hackers ont ensuite disparu.")
    mentions = _by_text(linker)
    first, later = mentions["Des hackers"], mentions["Les hackers"]
    assert first.actor_id == later.actor_id and linker.actors[first.actor_id].kind == "armed_group"


def test_demonstrative_refers_back_to_the_unnamed_group(link):
    linker = link("Quelques associations étudiantes ont critiqué la réforme. Ces associations réclament la gratuité.")
    mentions = _by_text(linker)
    first, later = mentions["Quelques associations étudiantes"], mentions["Ces associations"]
    assert first.actor_id == later.actor_id and linker.actors[first.actor_id].name == "associations étudiantes"


def test_unnamed_group_inside_a_noun_complement_is_not_an_actor(link):
    linker = link("Le film raconte la vie de pirates.")
    assert not any("pirates" in t for t in _by_text(linker))


def test_group_an_attack_is_aimed_at_is_an_actor(link):
    linker = link("Plusieurs attaques contre des villageois ont eu lieu dans la région.")
    mention = _by_text(linker)["des villageois"]
    assert linker.actors[mention.actor_id].kind == "civilians"


def test_named_state_of_a_federation_is_not_the_country(link):
    linker = link("Les États-Unis se préparent. L'ouragan a touché l'État du Vermont lundi.")
    assert not any(t.startswith("l'État") for t in _by_text(linker))


# One invented sentence per entry of linking.yaml ``groups`` (French): the phrase that must
# become an actor of the entry's kind.
FR_STATE_NOUNS = {
    "État": ("La France négocie. Les banques demandent une garantie de l'État.", "l'État"),
    "Etat": ("La France négocie. Les banques demandent une garantie de l'Etat.", "l'Etat"),
    "gouvernement": ("La France négocie. Les syndicats accusent le gouvernement de mentir.", "le gouvernement"),
    "fisc": ("La France négocie. Les contribuables contestent les calculs du fisc.", "du fisc"),
    "exécutif": ("La France négocie. Les députés critiquent l'exécutif.", "l'exécutif"),
}
FR_POLITICAL_GROUPS = {
    "gauche": ("La gauche dénonce la réforme.", "La gauche"),
    "droite": ("La droite a critiqué le budget.", "La droite"),
    "majorité": ("La majorité soutient le texte.", "La majorité"),
    "opposition": ("L'opposition réclame un vote.", "L'opposition"),
    "classe politique": ("La classe politique condamne la décision.", "La classe politique"),
    "syndicat": ("Les syndicats réclament une hausse.", "Les syndicats"),
    "patronat": ("Le patronat a critiqué la taxe.", "Le patronat"),
    "organisation patronal": ("Les organisations patronales critiquent la taxe.", "Les organisations patronales"),
    "organisation syndical": ("Les organisations syndicales réclament une hausse.", "Les organisations syndicales"),
    "association étudiant": ("Les associations étudiantes réclament la gratuité.", "Les associations étudiantes"),
}
FR_UNNAMED_AGENTS = {
    "hacker": ("Des hackers ont bloqué le site.", "Des hackers"),
    "pirate informatique": ("Des pirates informatiques ont bloqué le site.", "Des pirates informatiques"),
    "pirate": ("Des pirates ont attaqué le navire.", "Des pirates"),
    "tireur": ("Deux tireurs ont visé le fourgon.", "Deux tireurs"),
    "assaillant": ("Des assaillants ont attaqué le poste.", "Des assaillants"),
    "agresseur": ("Des agresseurs ont frappé le passant.", "Des agresseurs"),
    "ravisseur": ("Des ravisseurs ont enlevé le journaliste.", "Des ravisseurs"),
    "kamikaze": ("Deux kamikazes ont attaqué le marché.", "Deux kamikazes"),
    "homme armé": ("Des hommes armés ont attaqué le village.", "Des hommes armés"),
    "individu armé": ("Des individus armés ont attaqué la banque.", "Des individus armés"),
    "terroriste": ("Des terroristes ont frappé la ville.", "Des terroristes"),
    "jihadiste": ("Des jihadistes ont pris la ville.", "Des jihadistes"),
    "djihadiste": ("Des djihadistes ont pris la ville.", "Des djihadistes"),
    "insurgé": ("Des insurgés ont pris la ville.", "Des insurgés"),
    "rebelle": ("Des rebelles ont pris la ville.", "Des rebelles"),
    "manifestant": ("Des manifestants ont bloqué la route.", "Des manifestants"),
    "gréviste": ("Des grévistes ont bloqué l'usine.", "Des grévistes"),
    "chrétien": ("Des chrétiens ont été attaqués dans le village.", "Des chrétiens"),
    "musulman": ("Des musulmans ont été attaqués dans le village.", "Des musulmans"),
    "juif": ("Des juifs ont été attaqués dans le village.", "Des juifs"),
    "civil": ("Des civils ont fui la ville.", "Des civils"),
    "villageois": ("Des villageois ont fui la ville.", "Des villageois"),
    "réfugié": ("Des réfugiés ont franchi la frontière.", "Des réfugiés"),
    "otage": ("Des otages ont été libérés hier.", "Des otages"),
    "prisonnier": ("Des prisonniers ont été libérés hier.", "Des prisonniers"),
    "détenu": ("Des détenus ont été libérés hier.", "Des détenus"),
    "étudiant": ("Des étudiants ont bloqué la faculté.", "Des étudiants"),
    "association": ("Des associations ont dénoncé la loi.", "Des associations"),
    "syndicat": ("Des syndicats ont dénoncé la loi.", "Des syndicats"),
    "collectif": ("Des collectifs ont dénoncé la loi.", "Des collectifs"),
}


def _section(name: str) -> dict:
    from veilleur.actors.rules import linking
    return linking()["groups"][name]["fr"]


def test_every_french_group_entry_is_tested():
    assert set(FR_STATE_NOUNS) == set(_section("state_nouns"))
    assert set(FR_POLITICAL_GROUPS) == set(_section("political_groups"))
    assert set(FR_UNNAMED_AGENTS) == set(_section("unnamed_agents"))


def test_french_state_nouns(link):
    for noun, (sentence, phrase) in FR_STATE_NOUNS.items():
        assert _by_text(link(sentence))[phrase].actor_id == "gov:FRA", noun


def test_french_political_groups_and_unnamed_agents(link):
    for section, table in (("political_groups", FR_POLITICAL_GROUPS), ("unnamed_agents", FR_UNNAMED_AGENTS)):
        for key, (sentence, phrase) in table.items():
            linker = link(sentence)
            mention = _by_text(linker).get(phrase)
            assert mention is not None, key
            assert linker.actors[mention.actor_id].kind == _section(section)[key], key


FR_STATE_ADJECTIVES = {"fédéral": "le gouvernement fédéral", "central": "le gouvernement central",
                       "provincial": "le gouvernement provincial", "actuel": "le gouvernement actuel",
                       "nouveau": "le nouveau gouvernement", "précédent": "le gouvernement précédent",
                       "ancien": "l'ancien gouvernement", "régional": "le gouvernement régional",
                       "conservateur": "le gouvernement conservateur", "socialiste": "le gouvernement socialiste",
                       "libéral": "le gouvernement libéral", "travailliste": "le gouvernement travailliste",
                       "centriste": "le gouvernement centriste", "sortant": "le gouvernement sortant",
                       "démissionnaire": "le gouvernement démissionnaire"}
EN_STATE_ADJECTIVES = {"federal": "the federal government", "central": "the central government",
                       "current": "the current government", "new": "the new government",
                       "previous": "the previous government", "former": "the former government",
                       "conservative": "the conservative government", "socialist": "the socialist government",
                       "liberal": "the liberal government", "outgoing": "the outgoing government"}


def test_english_state_noun(link):
    linker = link("Ukraine is tense. Protesters denounced the government.", language="en")
    assert _by_text(linker)["the government"].actor_id == "gov:UKR"


def test_state_adjectives_keep_the_state(link):
    assert set(FR_STATE_ADJECTIVES) == set(_section("state_adjectives"))
    from veilleur.actors.rules import linking
    assert set(EN_STATE_ADJECTIVES) == set(linking()["groups"]["state_adjectives"]["en"])
    for adjective, phrase in FR_STATE_ADJECTIVES.items():
        linker = link(f"La France négocie. Les syndicats accusent {phrase}.")
        assert "gov:FRA" in {m.actor_id for m in linker.mentions() if "gouvernement" in linker.document.text[m.start:m.end]}, adjective
    for adjective, phrase in EN_STATE_ADJECTIVES.items():
        linker = link(f"Ukraine is tense. Protesters denounced {phrase}.", language="en")
        assert "gov:UKR" in {m.actor_id for m in linker.mentions() if "government" in linker.document.text[m.start:m.end]}, adjective


def test_state_noun_beside_a_place_name_is_that_place(link):
    linker = link("Les États-Unis votent. Le candidat parle dans le Vermont, l'État qui peut tout changer.")
    assert not any(t.startswith("l'État") for t in _by_text(linker))
