"""Definite descriptions, collective actors, spokespeople and repeated names
(actors/descriptions.py, data/linking.yaml ``descriptions``)."""
from __future__ import annotations

import pytest

from veilleur.actors.descriptions import descriptions
from veilleur.actors.normalize import fold


def by_text(linker):
    text = linker.document.text
    return {text[m.start:m.end]: m for m in linker.mentions()}


def test_collective_police_is_the_police_of_the_article_country(link):
    linker = link("Un incendie a touché Minsk, en Biélorussie. Trois personnes sont mortes, a indiqué la police.")
    found = by_text(linker)
    assert found["la police"].actor_id == "pol:BLR" and found["la police"].via == "collective"


def test_collective_authorities_without_a_country_become_a_provisional_actor(link):
    linker = link("Une avalanche a fait neuf morts. Les autorités ont décrit une coulée exceptionnelle.")
    mention = by_text(linker)["Les autorités"]
    actor = linker.actors[mention.actor_id]
    assert actor.kind == "government"


def test_collective_noun_with_a_complement_is_not_the_home_institution(link):
    linker = link("Un incendie a touché Minsk, en Biélorussie. La police de la ville a ouvert une enquête.")
    assert "La police" not in by_text(linker)


def test_collective_noun_as_a_plain_object_is_not_an_actor(link):
    linker = link("L'Espagne réforme la police depuis deux ans, selon Madrid.")
    assert "la police" not in by_text(linker)


def test_spokesperson_speaks_for_the_organisation(link):
    linker = link("Un incendie a touché Minsk, en Biélorussie. « Nous enquêtons », a précisé un porte-parole de la police.")
    found = by_text(linker)
    assert found["un porte-parole"].actor_id == found["la police"].actor_id == "pol:BLR"
    assert found["un porte-parole"].via == "spokesperson"


def test_noun_introducing_a_name_refers_back_to_it(link):
    linker = link("Le code a été conçu par le graphiste portugais Miguel Neiva. Ensuite, le graphiste s'est basé sur une idée.")
    found = by_text(linker)
    assert found["le graphiste"].actor_id == found["Miguel Neiva"].actor_id


def test_organisation_kind_noun_refers_to_the_union_introduced_by_syndicat(link):
    linker = link("Le syndicat SUD-PTT a révélé ce décès. La centrale syndicale précise que l'agent avait demandé une mutation.")
    found = by_text(linker)
    assert found["La centrale syndicale"].actor_id == found["SUD-PTT"].actor_id


def test_description_before_a_name_in_commas_and_repeated_names(link):
    linker = link("Selon la fédération des banques, Febelfin, le montant est faible. "
                  "La porte-parole de la fédération a répondu. Febelfin a rappelé que les banques sont sûres.")
    found = [(linker.document.text[m.start:m.end], m.actor_id) for m in linker.mentions()]
    ids = {actor_id for text, actor_id in found}
    assert len(ids) == 1
    texts = [text for text, _ in found]
    assert texts.count("Febelfin") == 2 and "la fédération des banques" in texts and "la fédération" in texts


def test_occupation_refers_to_the_last_person_of_that_gender(link):
    linker = link("Le biologiste Valentin Sapounov a étudié les poils. « Nous avons peu de matériel », a poursuivi l'expert.")
    found = by_text(linker)
    assert found["l'expert"].actor_id == found["Valentin Sapounov"].actor_id


def test_occupation_with_no_person_before_is_nobody(link):
    linker = link("Le chercheur a publié une étude sur les poils du yéti.")
    assert "Le chercheur" not in by_text(linker)


# One sentence per data entry: each collective, organisation, occupation and spokesperson
# noun refers to an actor in a sentence of its own.
FR_COLLECTIVE = {"police": "la police", "gendarmerie": "la gendarmerie", "autorité": "les autorités",
                 "gouvernement": "le gouvernement", "exécutif": "l'exécutif", "armée": "l'armée",
                 "parquet": "le parquet", "justice": "la justice"}


def test_collective_data_is_tested():
    assert {fold(w) for w in FR_COLLECTIVE} == set(descriptions("collective", "fr"))


@pytest.mark.parametrize("lemma,phrase", sorted(FR_COLLECTIVE.items()))
def test_french_collective_nouns(link, lemma, phrase):
    text = f"Des heurts ont eu lieu à Lyon, en France. Selon {phrase}, dix personnes ont été arrêtées."
    linker = link(text)
    found = {linker.document.text[m.start:m.end].lower(): m for m in linker.mentions()}
    assert phrase in found, found
    assert found[phrase].actor_id.endswith("FRA")




# One organisation named by a word of its kind (data/linking.yaml organization_kinds), then
# each organisation noun of that kind refers back to it.
ORG_OF_KIND = {"ngo": "le Syndicat national des journalistes", "company": "le Groupe Danone",
               "party": "le Parti socialiste", "other": "l'Université de Bordeaux",
               "judiciary": "la Cour de cassation"}
FR_ORGS = {"syndicat": "le syndicat", "centrale": "la centrale", "fédération": "la fédération",
           "confédération": "la confédération", "association": "l'association",
           "organisation": "l'organisation", "ong": "l'ONG", "collectif": "le collectif",
           "entreprise": "l'entreprise", "société": "la société", "groupe": "le groupe",
           "firme": "la firme", "constructeur": "le constructeur", "compagnie": "la compagnie",
           "banque": "la banque", "direction": "la direction", "parti": "le parti", "formation": "la formation",
           "université": "l'université", "cour": "la cour", "tribunal": "le tribunal",
           "coordination": "la coordination", "comité": "le comité"}


def test_organisation_data_is_tested():
    assert {fold(w) for w in FR_ORGS} == set(descriptions("organizations", "fr"))


@pytest.mark.parametrize("noun,phrase", sorted(FR_ORGS.items()))
def test_french_organisation_nouns(link, noun, phrase):
    name = ORG_OF_KIND[descriptions("organizations", "fr")[fold(noun)]]
    linker = link(f"Hier, {name} a tenu une réunion à Lyon. Selon {phrase}, rien n'a changé.")
    found = {linker.document.text[m.start:m.end].lower(): m.actor_id for m in linker.mentions()}
    named = [a for t, a in found.items() if t.startswith(name.split()[-1].lower()) or name.lower().endswith(t)]
    assert phrase.lower() in found, found
    assert found[phrase.lower()] in named, found


def test_plural_noun_is_not_the_one_organisation_introduced_with_it(link):
    linker = link("Le syndicat SUD-PTT a révélé ce décès. Les fédérations des syndicats ont annoncé un boycott.")
    assert "des syndicats" not in by_text(linker) and "syndicats" not in by_text(linker)


EN_COLLECTIVE = {"police": "the police", "authority": "the authorities", "government": "the government",
                 "army": "the army", "military": "the military", "prosecutor": "the prosecutors"}


def test_english_collective_data_is_tested():
    assert {fold(w) for w in EN_COLLECTIVE} == set(descriptions("collective", "en"))


@pytest.mark.parametrize("lemma,phrase", sorted(EN_COLLECTIVE.items()))
def test_english_collective_nouns(link, lemma, phrase):
    linker = link(f"Clashes broke out in Lyon, France. According to {phrase}, ten people were arrested.", language="en")
    found = {linker.document.text[m.start:m.end].lower(): m for m in linker.mentions()}
    assert phrase in found, found
    assert found[phrase].actor_id.endswith("FRA")


EN_ORG_OF_KIND = {"ngo": "the Red Cross Foundation", "company": "the Danone Group", "party": "the Labour Party",
                  "other": "the University of Oxford"}
EN_ORGS = ["union", "federation", "association", "organisation", "organization", "charity", "company", "firm",
           "group", "corporation", "bank", "carmaker", "party", "university"]


def test_english_organisation_data_is_tested():
    assert set(EN_ORGS) == set(descriptions("organizations", "en"))


@pytest.mark.parametrize("noun", EN_ORGS)
def test_english_organisation_nouns(link, noun):
    name = EN_ORG_OF_KIND[descriptions("organizations", "en")[noun]]
    linker = link(f"Yesterday {name} held a meeting in Lyon. According to the {noun}, nothing has changed.", language="en")
    found = {linker.document.text[m.start:m.end].lower(): m.actor_id for m in linker.mentions()}
    assert f"the {noun}" in found, found
    named = [a for t, a in found.items() if t != f"the {noun}" and t in name.lower()]
    assert named and found[f"the {noun}"] == named[0], found


FR_PERSONS = {"expert": "l'expert", "experte": "l'experte", "chercheur": "le chercheur", "chercheuse": "la chercheuse",
              "scientifique": "la scientifique", "universitaire": "l'universitaire", "spécialiste": "la spécialiste",
              "analyste": "l'analyste", "avocat": "l'avocat", "avocate": "l'avocate", "médecin": "le médecin",
              "sociologue": "la sociologue", "politologue": "le politologue", "économiste": "l'économiste",
              "historien": "l'historien", "historienne": "l'historienne", "juriste": "la juriste",
              "responsable": "le responsable", "élu": "l'élu", "élue": "l'élue", "entraîneur": "l'entraîneur",
              "sélectionneur": "le sélectionneur", "skipper": "le skipper", "navigateur": "le navigateur",
              "navigatrice": "la navigatrice"}
FEMININE = {"experte", "chercheuse", "scientifique", "spécialiste", "avocate", "sociologue", "historienne",
            "juriste", "élue", "navigatrice"}


def test_french_person_data_is_tested():
    assert {fold(w) for w in FR_PERSONS} == set(descriptions("persons", "fr"))


@pytest.mark.parametrize("noun,phrase", sorted(FR_PERSONS.items()))
def test_french_occupation_nouns(link, noun, phrase):
    name = "Marie Durand" if noun in FEMININE else "Pierre Durand"
    linker = link(f"Hier, {name} a publié un long rapport. Selon {phrase}, le climat change vite.")
    found = {linker.document.text[m.start:m.end].lower(): m.actor_id for m in linker.mentions()}
    assert phrase in found, found
    assert found[phrase] == found[name.lower()]


EN_PERSONS = ["expert", "researcher", "scientist", "academic", "specialist", "analyst", "lawyer", "attorney",
              "doctor", "sociologist", "economist", "historian", "official", "coach"]


def test_english_person_data_is_tested():
    assert set(EN_PERSONS) == set(descriptions("persons", "en"))


@pytest.mark.parametrize("noun", EN_PERSONS)
def test_english_occupation_nouns(link, noun):
    linker = link(f"Yesterday Peter Durand published a long report. According to the {noun}, the climate is changing.",
                  language="en")
    found = {linker.document.text[m.start:m.end].lower(): m.actor_id for m in linker.mentions()}
    assert f"the {noun}" in found, found
    assert found[f"the {noun}"] == found["peter durand"]


FR_SPOKESPEOPLE = {"porte-parole": "un porte-parole", "représentant": "un représentant",
                   "représentante": "une représentante", "délégué": "un délégué", "déléguée": "une déléguée"}


def test_french_spokespeople_data_is_tested():
    assert {fold(w) for w in FR_SPOKESPEOPLE} == set(descriptions("spokespeople", "fr"))


@pytest.mark.parametrize("noun,phrase", sorted(FR_SPOKESPEOPLE.items()))
def test_french_spokespeople(link, noun, phrase):
    linker = link(f"Un incendie a touché Minsk, en Biélorussie. Trois personnes sont mortes, a précisé {phrase} de la police.")
    found = {linker.document.text[m.start:m.end].lower(): m.actor_id for m in linker.mentions()}
    assert found.get(phrase) == "pol:BLR", found


EN_SPOKESPEOPLE = ["spokesman", "spokeswoman", "spokesperson", "representative"]


def test_english_spokespeople_data_is_tested():
    assert set(EN_SPOKESPEOPLE) == set(descriptions("spokespeople", "en"))


@pytest.mark.parametrize("noun", EN_SPOKESPEOPLE)
def test_english_spokespeople(link, noun):
    linker = link(f"A fire broke out in Minsk, Belarus. Three people died, a {noun} for the police said.", language="en")
    found = {linker.document.text[m.start:m.end].lower(): m.actor_id for m in linker.mentions()}
    assert found.get(f"a {noun}") == "pol:BLR", found



def test_organisation_described_without_a_name_becomes_provisional(link):
    linker = link("Selon un collectif de défense des droits des femmes, ce droit est remis en cause.")
    found = by_text(linker)
    mention = found["un collectif de défense des droits des femmes"]
    assert linker.actors[mention.actor_id].kind == "ngo"


def test_organisation_noun_refers_to_an_organisation_of_unknown_kind(link):
    linker = link("Le fabricant Samsung Electronics a publié ses résultats. « C'est le pire des scénarios », "
                  "admet un représentant du groupe.")
    found = by_text(linker)
    assert found["un représentant"].actor_id == found["Samsung Electronics"].actor_id


def test_occupation_refers_to_the_only_person_named_long_before(link):
    filler = " ".join("La planète tourne autour de son étoile depuis longtemps." for _ in range(8))
    linker = link(f"La planète a été repérée par l'astronome suisse Michel Mayor. {filler} D'après le chercheur, elle est froide.")
    found = by_text(linker)
    assert found["le chercheur"].actor_id == found["Michel Mayor"].actor_id


def test_organisation_of_unknown_kind_is_the_most_named_one(link):
    linker = link("Samsung Electronics a publié ses résultats. Samsung Electronics prévoit une baisse. "
                  "Selon Hi Investment, la chute va durer. « C'est le pire des scénarios », admet un représentant du groupe.")
    found = by_text(linker)
    assert found["un représentant"].actor_id == found["Samsung Electronics"].actor_id
