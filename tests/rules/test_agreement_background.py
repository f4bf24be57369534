"""Agreements named in passing, lenders' programmes and deals with no country near them."""

from __future__ import annotations

import summitparse

DAY = "2026-03-04"


def names(text: str) -> list[str]:
    extraction = summitparse.extract(text, backend="rules", published=DAY)
    return [a.name for a in extraction.agreements]


def test_a_treaty_named_once_in_passing_is_background() -> None:
    text = (
        "PM visits Wellington\n\nAustralian Prime Minister John Hale met New Zealand Prime "
        "Minister Helen Park in Wellington on Tuesday. The two leaders discussed climate "
        "change, energy and the Kyoto Protocol."
    )
    assert "Kyoto Protocol" not in names(text)


def test_a_treaty_in_the_lead_is_news_without_a_status_word() -> None:
    text = (
        "Treaty talks\n\nThe Lisbon Treaty dominated talks between French President Jean Roux "
        "and German Chancellor Karl Roth in Berlin on Tuesday."
    )
    assert "Lisbon Treaty" in names(text)


def test_a_lenders_programme_is_no_agreement() -> None:
    text = (
        "Government falls\n\nRomania's coalition government collapsed on Tuesday, putting the "
        "IMF programme at risk, analysts said."
    )
    assert names(text) == []


def test_a_league_deal_with_no_country_is_no_agreement() -> None:
    text = (
        "Hockey\n\nThe league and the players' union signed a new Collective Bargaining "
        "Agreement on Tuesday, ending the lockout."
    )
    assert names(text) == []
