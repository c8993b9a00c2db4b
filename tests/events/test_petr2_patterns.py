"""English patterns found through the PETR-2 gold (invented sentences), and the PETR-2
evaluation's two figures: events only, and events + the speech acts of quotes."""
from __future__ import annotations

from veilleur.document import Event
from veilleur.evaluation.events import _roots, evaluate_petr2

from .conftest import names


def test_an_allegation_accuses_and_the_alleged_act_is_not_asserted(analyze):
    document = analyze("Ukraine alleged that Russia shelled the plant.", "en")
    assert names(document) == [("112", "Ukraine", "Russia")]


def test_a_stadium_is_a_place_not_a_sport_word(analyze):
    document = analyze("Thousands of Zimbabwean opposition supporters protested outside the "
                       "national stadium in Harare.", "en")
    assert [e.category for e in document.events] == ["PROTEST"]


def test_receiving_from_reverses_the_roles(analyze):
    assert names(analyze("Poland received security assurances from Germany.", "en")) == [
        ("030", "Germany", "Poland")]


def test_a_travel_warning_is_not_a_visit(analyze):
    codes = [cameo for cameo, _, _ in names(analyze("Canada advised against all travel to Haiti.", "en"))]
    assert codes == ["160"]


def test_shelling_aims_at_the_place_it_hits(analyze):
    assert names(analyze("Three farmers died in Turkish shelling in northern Iraq.", "en")) == [
        ("194", "Turkey", "Iraq")]


_GOLD = """<Sentences>
<Sentence date="20240301" id="S1"><EventCoding eventcode="010" sourcecode="NOR" targetcode="---"/>
<Text>"We will double our aid," the government of Norway said.</Text></Sentence>
<Sentence date="20240301" id="S2"><EventCoding eventcode="190" sourcecode="SDN" targetcode="SDN"/>
<Text>The army of Sudan attacked rebels in Darfur, the ministry of Egypt said.</Text></Sentence>
</Sentences>
"""


def test_petr2_counts_statements_apart_from_events(tmp_path):
    path = tmp_path / "petr2.xml"
    path.write_text(_GOLD, encoding="utf-8")
    result = evaluate_petr2(path)
    # the statement is not an event; the quote's speech act (010) finds it
    assert result["root_agreement"] == 0.5
    assert result["root_agreement_with_statements"] == 1.0
    # the second sentence's "said" is a statement the gold does not code: it costs precision
    assert result["root_with_statements"]["precision"] < 1.0
    assert any("S2 statement root 01" in line for line in result["spurious"])


def test_an_announced_yield_counts_as_the_intent_to_yield():
    release = Event("CONCEDE", "0841", (0, 4), (0, 40), modality="future")
    assert _roots(release) == {"08", "03"}
    assert _roots(Event("CONCEDE", "0841", (0, 4), (0, 40))) == {"08"}
