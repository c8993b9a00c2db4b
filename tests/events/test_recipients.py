"""Recipients the sentence leaves unnamed but the article gives (events/recipients.py):
answers to a request, reactions to the act just reported, demands on the article's state."""
from __future__ import annotations

from .conftest import names


def test_acceptance_with_nothing_named_answers_the_request(analyze):
    document = analyze("Le Parti socialiste a demandé à Charles Michel une suspension des débats. "
                       "Charles Michel ayant accepté, la séance a été levée.", "fr")
    assert ("030", "Charles Michel", "Parti socialiste") in names(document)


def test_refusal_answers_the_request_too(analyze):
    document = analyze("Le Parti socialiste a demandé à Charles Michel une suspension des débats. "
                       "Charles Michel ayant refusé, la séance a continué.", "fr")
    assert ("120", "Charles Michel", "Parti socialiste") in names(document)


def test_acceptance_of_a_named_thing_keeps_its_own_target(analyze):
    document = analyze("Le Parti socialiste a demandé à Charles Michel une suspension des débats. "
                       "Charles Michel a accepté la proposition de Bart De Wever.", "fr")
    assert not [t for c, s, t in names(document) if s == "Charles Michel" and t == "Parti socialiste"]


def test_indignation_at_no_one_reacts_to_the_act_just_reported(analyze):
    document = analyze("Vladimir Poutine a expulsé deux diplomates polonais. "
                       "Le lendemain, les députés du PiS ont fait part de leur indignation.", "fr")
    assert ("111", "Droit et justice", "Vladimir Poutine") in names(document)


def test_reaction_window_is_a_few_sentences(analyze):
    filler = " ".join(["Il pleuvait sur Varsovie ce jour-là."] * 4)
    document = analyze("Vladimir Poutine a expulsé deux diplomates polonais. " + filler +
                       " Les députés du PiS ont fait part de leur indignation.", "fr")
    assert not [t for c, s, t in names(document) if s == "Droit et justice" and t == "Vladimir Poutine"]


def test_demand_without_addressee_goes_to_the_state_of_the_main_act(analyze):
    document = analyze("Le gouvernement espagnol a décidé de relever la TVA. "
                       "La CGT demandait de porter le salaire minimum à 1 500 euros.", "fr")
    assert ("100", "Confédération générale du travail", "Espagne") in names(document)


def test_main_act_of_a_company_is_no_addressee(analyze):
    document = analyze("Airbus va supprimer 4 000 emplois. "
                       "La CGT demandait de porter le salaire minimum à 1 500 euros.", "fr")
    assert not [t for c, s, t in names(document) if t == "Airbus"]


def test_what_the_asked_act_changes_is_no_recipient(analyze):
    # SMI is an "other" actor (a wage, not someone who acts): the state is asked
    document = analyze("Le gouvernement espagnol a décidé d'augmenter le salaire minimum "
                       "interprofessionnel (SMI) de 2 %. La CGT demandait de porter le SMI à 1 500 euros.", "fr")
    assert [(c, t) for c, s, t in names(document) if c == "100"] == [("100", "Espagne")]


def test_criticism_elaborating_the_sentences_criticism_shares_its_target(analyze):
    # the latest earlier act is the meeting; the CDU's criticism is the sentence's reaction
    document = analyze("Gazprom va fermer son usine de Brême. Olaf Scholz a rencontré Emmanuel Macron. "
                       "Toute la classe politique allemande a violemment réagi contre cette annonce, "
                       "la CDU pointant le doigt sur le manque de transparence.", "fr")
    assert ("112", "Union chrétienne-démocrate d'Allemagne", "Gazprom") in names(document)
