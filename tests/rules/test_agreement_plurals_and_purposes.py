"""Agreements named in the plural, by their purpose, or by the meeting that made them."""

from __future__ import annotations

import summitparse

DAY = "2026-03-06"  # a Friday


def agreements(text: str) -> list[summitparse.Agreement]:
    return summitparse.extract(text, backend="rules", published=DAY).agreements


def test_agreements_signed_in_the_plural_are_one_record() -> None:
    text = (
        "Indian Prime Minister Manmohan Singh and Chinese Premier Wen Jiabao signed several "
        "agreements on energy in New Delhi on Monday."
    )
    assert [(a.name, a.status, a.parties, str(a.date)) for a in agreements(text)] == [
        ("several agreements on energy", "signed", ["IN", "CN"], "2026-03-02")
    ]


def test_accords_adopted_with_a_bloc() -> None:
    text = (
        "Japanese Prime Minister Junichiro Koizumi and South Korean President Roh Moo-hyun "
        "adopted accords with ASEAN in Vientiane on Tuesday."
    )
    assert [(a.name, a.status, a.parties) for a in agreements(text)] == [
        ("accords", "announced", ["JP", "ASEAN"]),
        ("accords", "announced", ["KR", "ASEAN"]),
    ]


def test_agreements_in_the_plural_with_nothing_done_to_them_refer_back() -> None:
    text = "India and China held talks in New Delhi on Monday. Both agreements aim for trade pacts."
    assert agreements(text) == []


def test_companies_agreements_in_the_plural_are_not_states() -> None:
    assert (
        agreements("The two companies signed agreements with France and Germany on Monday.") == []
    )


def test_resumed_agreements_are_reaffirmed() -> None:
    text = (
        "Colombian President Alvaro Uribe met Venezuelan President Hugo Chavez in Caracas on "
        "Friday. The meeting served to resume bilateral agreements paralysed by the crisis."
    )
    assert [(a.name, a.status, a.parties) for a in agreements(text)] == [
        ("bilateral agreements", "reaffirmed", ["CO", "VE"])
    ]


def test_resuming_action_does_nothing_to_a_ceasefire() -> None:
    text = (
        "Israel began a ceasefire with Egypt on Sunday, but warned that it would resume action "
        "if rocket fire did not stop."
    )
    assert agreements(text) == []


def test_a_deal_named_by_its_purpose_between_a_body_s_members() -> None:
    text = "G8 finance ministers agreed on Saturday to a deal to relieve the debts of 18 countries."
    assert [(a.name, a.status, a.parties) for a in agreements(text)] == [
        ("deal to relieve the debts of 18 countries", "announced", ["G8"])
    ]


def test_a_coalition_deal_named_by_its_purpose_is_domestic() -> None:
    text = (
        "The Social Democrats and the Christian Democrats, Germany's two biggest parties, "
        "reached a deal to form a grand coalition."
    )
    assert agreements(text) == []


def test_a_company_deal_named_by_its_purpose_is_no_agreement() -> None:
    text = "NASDAQ announced an agreement to purchase Instinet Group from Reuters."
    assert agreements(text) == []


def test_a_summit_declaration_named_by_its_summit() -> None:
    text = (
        "NATO leaders met in Bucharest on Thursday. According to the final declaration of the "
        "NATO Summit in Bucharest, the members support the territorial integrity of Georgia."
    )
    assert [(a.name, a.kind, a.parties, a.status, str(a.date)) for a in agreements(text)] == [
        (
            "declaration of the NATO Summit in Bucharest",
            "statement",
            ["NATO"],
            "announced",
            "2026-03-05",
        )
    ]


def test_of_two_treaties_a_new_one_is_the_one_something_was_done_to() -> None:
    text = (
        'Work begins on "Lisbon Treaty"\n\nEuropean Union foreign ministers today began work on '
        "a new treaty for the 27-member bloc. A mandate for the Reform Treaty was agreed last "
        "month by the European Council."
    )
    assert [a.name for a in agreements(text)] == ["Reform Treaty"]


def test_missile_launches_launch_no_agreement() -> None:
    text = (
        "The missile launches came as Japan and the United States discussed the Japan-US "
        "Missile Defense Agreement."
    )
    assert [a.status for a in agreements(text)] == ["other"]


def test_a_deal_on_imports_is_a_trade_deal() -> None:
    found = agreements("China and the EU reached a deal on textile imports on Monday.")
    assert [(a.name, a.kind) for a in found] == [("deal on textile imports", "trade")]


def test_an_agreement_still_to_be_concluded_is_negotiated() -> None:
    text = (
        "Brazil and Argentina met in Brasilia on Friday. Mercosur and the Gulf Cooperation "
        "Council hope to conclude an economic cooperation agreement."
    )
    found = [(a.name, a.status) for a in agreements(text)]
    assert found == [("economic cooperation agreement", "negotiating")]


def test_a_summit_s_final_document_is_its_statement() -> None:
    text = (
        "Brazilian President Luiz Inacio Lula da Silva and Venezuelan President Hugo Chavez met "
        "in Brasilia on Thursday. The final document of the summit will condemn terrorism."
    )
    assert [(a.name, a.kind) for a in agreements(text)] == [
        ("final document of the summit", "statement")
    ]


def test_two_countries_agreements_with_one_counterpart_are_one_each() -> None:
    text = (
        "ASEAN leaders met in Vientiane on Monday. Australia and New Zealand are expected to "
        "sign similar agreements with ASEAN before the talks close."
    )
    found = [(a.name, a.status, a.parties) for a in agreements(text)]
    assert found == [
        ("similar agreements", "negotiating", ["AU", "ASEAN"]),
        ("similar agreements", "negotiating", ["NZ", "ASEAN"]),
    ]


def test_an_aid_package_a_body_gives_is_a_programme() -> None:
    text = (
        "G8 leaders met in Gleneagles on Friday. The G8 also announced a $3 billion aid package "
        "for the Palestinian Authority."
    )
    found = [(a.name, a.kind, a.status) for a in agreements(text)]
    assert found == [
        ("$3 billion aid package for the Palestinian Authority", "programme", "announced")
    ]


def test_a_government_s_aid_package_for_its_own_industry_is_domestic() -> None:
    text = "The British government announced a car industry aid package on Tuesday."
    assert agreements(text) == []
