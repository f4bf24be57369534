"""Agreements a body makes: the body is the party, not the members it speaks for."""

from __future__ import annotations

import summitparse

DAY = "2026-03-06"  # a Friday


def agreements(text: str) -> list[summitparse.Agreement]:
    return summitparse.extract(text, backend="rules", published=DAY).agreements


def test_a_plan_the_g7_presents_at_its_meeting_is_the_g7s() -> None:
    text = (
        "G7 finance ministers from the United States, Britain, France, Germany, Italy, Canada "
        "and Japan met in Washington on Friday.\n\n"
        "The G7 agreed on a plan to strengthen the regulation of capital markets."
    )
    assert [(a.name, a.parties) for a in agreements(text)] == [
        ("plan to strengthen the regulation of capital markets", ["G7"])
    ]


def test_a_deal_at_a_bodys_summit_with_no_party_of_its_own_is_the_bodys() -> None:
    text = (
        "The leaders of the G8 ended their summit in Gleneagles on Friday.\n\n"
        "At the G8 summit, the leaders of the United States, Britain, France, Germany, Italy, "
        "Japan, Canada and Russia met for three days.\n\n"
        "They confirmed an earlier deal to cancel the debts of poor countries."
    )
    found = [(a.name, a.parties) for a in agreements(text)]
    assert found == [("deal to cancel the debts of poor countries", ["G8"])]


def test_a_bloc_still_takes_the_country_outside_it() -> None:
    text = (
        "Ukrainian President Viktor Yushchenko visited Brussels on Friday.\n\n"
        "The EU signed a visa facilitation agreement on Friday."
    )
    assert [(a.name, sorted(a.parties)) for a in agreements(text)] == [
        ("visa facilitation agreement", ["EU", "UA"])
    ]
