"""A generic deal or plan designated by a participle after it: what it is for, who made it."""

from __future__ import annotations

import summitparse

DAY = "2026-03-06"  # a Friday


def agreements(text: str) -> list[summitparse.Agreement]:
    return summitparse.extract(text, backend="rules", published=DAY).agreements


def test_a_plan_supported_by_a_bloc_is_its_plan() -> None:
    text = (
        "Eurozone agrees on loans for Portugal\n\n"
        "Talks in Brussels produced a plan, supported by all 16 countries in the eurozone, to "
        "lend up to 30 billion euros to Portugal."
    )
    assert [(a.name, a.status, sorted(a.parties)) for a in agreements(text)] == [
        ("plan, supported by all 16 countries in the eurozone", "announced", ["PT", "eurozone"])
    ]


def test_a_plan_approved_by_the_creditors_is_the_lead_bodys() -> None:
    text = (
        "Paris Club forgives debt\n\n"
        "The member nations of the Paris Club have agreed to forgive half of Ecuador's debt.\n\n"
        "The two-stage plan approved by the creditors calls for an immediate cancellation of "
        "a quarter of Ecuador's debt."
    )
    assert [(a.name, a.status, sorted(a.parties)) for a in agreements(text)] == [
        ("two-stage plan approved by the creditors", "announced", ["EC", "Paris Club"])
    ]


def test_a_deal_signed_by_two_countries_is_signed() -> None:
    text = (
        "Border talks end\n\n"
        "The deal signed by Peru and Chile on Tuesday settles the maritime border."
    )
    assert [(a.name, a.status, sorted(a.parties), str(a.date)) for a in agreements(text)] == [
        ("deal signed by Peru and Chile", "signed", ["CL", "PE"], "2026-03-03")
    ]


def test_a_promised_deal_aimed_at_closer_ties_is_proposed() -> None:
    text = (
        "Sarkozy visits Warsaw\n\n"
        "French President Nicolas Sarkozy met Polish Prime Minister Donald Tusk in Warsaw on "
        "Tuesday. He also promised a deal aimed at bringing Ukraine closer to the bloc."
    )
    assert [(a.name, a.status) for a in agreements(text)] == [
        ("deal aimed at bringing Ukraine closer", "proposed")
    ]


def test_a_plan_approved_by_a_court_is_no_agreement() -> None:
    text = (
        "Airline leaves bankruptcy\n\n"
        "The airline will restructure under a plan approved by the court in Canada and Mexico."
    )
    assert agreements(text) == []


def test_a_deal_aimed_at_a_companys_market_is_no_agreement() -> None:
    text = (
        "Mining firm signs deal\n\n"
        "The Australian company signed a deal aimed at opening new markets in China and India."
    )
    assert agreements(text) == []


def test_a_plan_backed_by_people_named_by_their_country_is_not_designated_by_them() -> None:
    text = (
        "Treaty ceremony\n\n"
        "The agreement signed by Nigerian President Olusegun Obasanjo on Monday ended the "
        "dispute."
    )
    assert all("signed by Nigerian" not in a.name for a in agreements(text))


def test_promising_attacks_does_not_propose_a_truce_offered_after() -> None:
    text = (
        "Tape aired\n\n"
        "In January the militant leader promised new attacks in the U.S. but also offered the "
        "U.S. a long truce."
    )
    assert [a.status for a in agreements(text)] in ([], ["other"])
