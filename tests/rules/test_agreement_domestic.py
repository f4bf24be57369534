"""Names that look like agreements but are a country's own policy, a party's gathering or a
building."""

from __future__ import annotations

import summitparse

DAY = "2026-03-06"  # a Friday


def agreements(text: str) -> list[summitparse.Agreement]:
    return summitparse.extract(text, backend="rules", published=DAY).agreements


def test_a_party_s_national_convention_is_no_treaty() -> None:
    text = (
        "Obama accepts nomination at Democratic National Convention\n\nBarack Obama accepted "
        "the nomination at the Democratic National Convention in Denver, United States."
    )
    assert agreements(text) == []


def test_a_convention_center_is_a_building() -> None:
    text = (
        "Clinton speaks in Minneapolis\n\nBill Clinton spoke at the Minneapolis Convention "
        "Center in the United States on Thursday."
    )
    assert agreements(text) == []


def test_one_government_s_plan_is_its_own_policy() -> None:
    text = "France announced a rescue plan for its struggling automotive industry on Monday."
    assert agreements(text) == []


def test_a_plan_two_countries_agree_stays() -> None:
    text = "Britain and Ireland unveiled a new roadmap for the Northern Ireland peace process."
    assert [(a.name, set(a.parties)) for a in agreements(text)] == [
        ("roadmap for the Northern Ireland peace process", {"GB", "IE"})
    ]


def test_a_treaty_one_country_ratifies_stays() -> None:
    text = "Russia ratified the Kyoto Protocol on Friday."
    assert [(a.name, a.status, a.parties) for a in agreements(text)] == [
        ("Kyoto Protocol", "in_force", ["RU"])
    ]


def test_two_ministers_of_one_country_make_no_agreement() -> None:
    text = (
        "In a joint statement on Friday, Australian federal Roads Minister Jim Lloyd and his New "
        "South Wales counterpart Joe Tripodi said the highway would be upgraded."
    )
    assert agreements(text) == []


def test_a_one_country_deal_with_no_other_party_is_no_agreement() -> None:
    text = "The actress signed a two-year deal in the United States on Monday."
    assert agreements(text) == []


def test_a_government_s_peace_deal_with_its_rebels_stays() -> None:
    text = (
        "Sudan's government and the Sudan Liberation Movement signed a peace deal in Abuja on "
        "Friday to end three years of war."
    )
    assert [(a.name, a.status) for a in agreements(text)] == [("peace deal", "signed")]
