"""Agreements as real desks name them: by an acronym, by their purpose, after their date, with
their counterpart; and what stays background or no agreement at all."""

from __future__ import annotations

import summitparse

DAY = "2026-03-06"  # a Friday


def agreements(text: str) -> list[summitparse.Agreement]:
    return summitparse.extract(text, backend="rules", published=DAY).agreements


def named(text: str) -> list[tuple[str, str, str]]:
    return [(a.name, a.kind, a.status) for a in agreements(text)]


def test_an_fta_with_a_bloc_is_a_trade_agreement() -> None:
    text = (
        "Peru signs FTA with Mercosur\n\n"
        "Peru's president on Tuesday signed the law that ratifies the agreement."
    )
    found = agreements(text)
    assert [(a.name, a.kind, a.status) for a in found] == [("FTA with Mercosur", "trade", "signed")]
    assert set(found[0].parties) == {"PE", "Mercosur"}


def test_ftas_with_two_counterparts_are_two_agreements() -> None:
    text = (
        "Chile signs FTA with Mercosur\n\n"
        "Chile signed the agreement on Tuesday. Chile and the FTA with Japan, still under "
        "negotiation, are expected to widen its markets."
    )
    names = [a.name for a in agreements(text)]
    assert "FTA with Mercosur" in names
    assert "FTA with Japan" in names


def test_lower_case_fta_is_no_acronym() -> None:
    assert agreements("The fta of the club was signed by France and Spain on Monday.") == []


def test_an_arms_treaty_known_by_its_acronym() -> None:
    text = (
        "The presidents of Russia and the United States signed New START in Prague on Thursday, "
        "cutting their deployed warheads by a third."
    )
    assert named(text) == [("New START", "treaty", "signed")]


def test_an_acronym_named_as_context_is_no_record() -> None:
    text = (
        "Farmers from Mexico marched through Mexico City on Monday. They say NAFTA rules, set "
        "by Mexico, Canada and the United States, have ruined them."
    )
    assert [a for a in agreements(text) if a.name == "NAFTA"] == []
    text = "Iran says it has every right to enrichment as a party to the NPT, like Brazil."
    assert agreements(text) == []


def test_a_declaration_of_intent_still_to_be_signed_is_negotiating() -> None:
    text = (
        "India and Japan are close to a gas accord. Officials in New Delhi say a declaration of "
        "intent will be signed by the two prime ministers."
    )
    assert ("declaration of intent", "statement", "negotiating") in named(text)


def test_a_deal_the_sides_still_try_to_reach_is_negotiating() -> None:
    text = (
        "Diplomats of India and the United States are pressing to reach agreement on a "
        "landmark nuclear fuel agreement before the president's visit."
    )
    assert [(a.name, a.status) for a in agreements(text)] == [
        ("nuclear fuel agreement", "negotiating")
    ]


def test_reaching_a_number_is_no_negotiation() -> None:
    text = (
        "A European treaty limits the bloc to 27 members, which Bulgaria and Romania will help "
        "it to reach next year."
    )
    assert agreements(text) == []


def test_a_plan_agreed_by_a_body_is_named_by_its_purpose() -> None:
    text = "G20 finance ministers agreed on Saturday to a plan to boost the IMF's lending."
    found = agreements(text)
    assert [(a.name, a.kind, a.status, a.parties) for a in found] == [
        ("plan to boost the IMF's lending", "plan", "announced", ["G20"])
    ]


def test_a_governments_own_plan_against_another_country_is_no_agreement() -> None:
    text = "On Wednesday Israel's cabinet approved a plan to widen the offensive in Lebanon."
    assert agreements(text) == []


def test_plan_after_a_plural_is_a_verb() -> None:
    text = "The EU said its member nations plan to send observers to the Congo elections in June."
    assert agreements(text) == []


def test_what_a_deal_is_about_comes_after_its_date() -> None:
    text = "Iran and Pakistan reached a deal on Monday on the price of gas for the pipeline."
    assert [(a.name, a.status) for a in agreements(text)] == [
        ("deal on the price of gas", "announced")
    ]


def test_what_an_agreement_is_for_comes_after_its_date() -> None:
    text = (
        "Russia, Bulgaria and Greece signed an agreement on Tuesday to build the "
        "Burgas-Alexandroupolis oil pipeline."
    )
    found = agreements(text)
    assert [(a.name, a.status, str(a.date)) for a in found] == [
        ("agreement to build the Burgas-Alexandroupolis oil pipeline", "signed", "2026-03-03")
    ]
    assert set(found[0].parties) == {"RU", "BG", "GR"}


def test_memoranda_in_the_plural() -> None:
    text = "India and Nepal signed three MoUs in New Delhi on Friday."
    assert named(text) == [("three MoUs", "memorandum", "signed")]


def test_plural_agreements_keep_their_date_out_of_the_name() -> None:
    text = "Venezuela and China signed 12 cooperation agreements on Friday."
    assert [a.name for a in agreements(text)] == ["12 cooperation agreements"]


def test_an_offered_deal_is_proposed() -> None:
    text = "Turkey offered Armenia a deal to reopen their shared border on Thursday."
    assert [(a.name, a.status) for a in agreements(text)] == [
        ("deal to reopen their shared border", "proposed")
    ]


def test_a_mediator_is_no_party() -> None:
    text = "Sudan and Chad signed a peace accord in Doha on Monday, brokered by Qatar."
    found = agreements(text)
    assert len(found) == 1
    assert "QA" not in found[0].parties


def test_a_later_indefinite_agreement_is_another_one() -> None:
    text = (
        "India and the US work toward nuclear fuel agreement\n\n"
        "India and the United States are negotiating a nuclear fuel agreement, officials said. "
        "An agreement signed years ago on technology sharing laid the groundwork for it."
    )
    found = agreements(text)
    assert [(a.name, a.status, a.date) for a in found] == [
        ("nuclear fuel agreement", "negotiating", None)
    ]


def test_a_peace_plan_with_nothing_done_to_it_is_the_ceasefire() -> None:
    text = (
        "Armenia and Azerbaijan sign ceasefire\n\n"
        "Armenia and Azerbaijan signed the ceasefire agreement on Tuesday. The peace plan "
        "document was drafted by Russian diplomats."
    )
    assert [a.name for a in agreements(text)] == ["ceasefire agreement"]


def test_a_headline_offer_without_an_article_proposes() -> None:
    text = (
        "Israel offers peace treaty to Lebanon\n\nIsrael offered Lebanon a peace treaty on Monday."
    )
    assert [(a.name, a.status) for a in agreements(text)] == [("peace treaty", "proposed")]


def test_an_offer_of_services_proposes_no_convention() -> None:
    text = (
        "The Red Cross offers services to both sides, as the Geneva Convention signed by Peru "
        "and Chile requires."
    )
    assert [(a.name, a.status) for a in agreements(text)] == [("Geneva Convention", "signed")]


def test_a_pipeline_agreement_keeps_the_pipeline_in_its_name() -> None:
    text = (
        "Russia, Bulgaria and Greece signed an agreement on the construction of the "
        "Burgas-Alexandroupolis oil pipeline in Athens on Thursday."
    )
    assert [a.name for a in agreements(text)] == [
        "agreement on the construction of the Burgas-Alexandroupolis oil pipeline"
    ]


def test_a_plain_adjective_deal_takes_its_counterpart() -> None:
    text = (
        "Cuba signed a confidential deal with Venezuela to ensure that it gets a fast internet "
        "link by 2010."
    )
    found = agreements(text)
    assert [(a.name, a.status) for a in found] == [("confidential deal with Venezuela", "signed")]
    assert set(found[0].parties) == {"CU", "VE"}


def test_a_companys_plain_deal_with_a_country_is_no_agreement() -> None:
    assert agreements("Nokia signed a new deal with China on Monday.") == []


def test_a_deal_confirmed_at_a_summit_is_reaffirmed() -> None:
    text = (
        "G8 summit ends in Gleneagles\n\n"
        "British Prime Minister Tony Blair, US President George W. Bush and French President "
        "Jacques Chirac ended the G8 summit in Gleneagles, Scotland, on Friday. "
        "The leaders pledged more aid, but only confirmed an earlier deal to cancel the debts "
        "of 18 countries."
    )
    found = [a for a in agreements(text) if "debts" in a.name]
    assert [(a.name, a.status) for a in found] == [
        ("deal to cancel the debts of 18 countries", "reaffirmed")
    ]


def test_a_plan_a_body_presents_is_proposed() -> None:
    text = "The G7 presented a plan to tighten the rules for credit rating agencies."
    assert [(a.name, a.status) for a in agreements(text)] == [
        ("plan to tighten the rules", "proposed")
    ]


def test_a_plan_with_no_country_or_body_near_it_is_its_makers() -> None:
    text = (
        "Oil spill off the United States\n\n"
        "The spill off the coast of the United States and Mexico grew on Monday. Energy giant "
        "BP also put forward a ten-year research plan to study its effects."
    )
    assert agreements(text) == []


def test_the_real_treaty_is_the_one_named_before() -> None:
    text = (
        "France rejects EU constitution\n\n"
        "French voters rejected the constitutional treaty of the European Union on Sunday. "
        "The real treaty submitted to voters runs to 80 pages."
    )
    assert len(agreements(text)) <= 1
