"""Statements a body of states releases (the G7, the G8, the G20): its members' agreed words,
unlike a statement one office issues ("the EU said in a statement", a ministry's)."""

from __future__ import annotations

import summitparse

DAY = "2026-03-06"  # a Friday


def agreements(text: str) -> list[summitparse.Agreement]:
    return summitparse.extract(text, backend="rules", published=DAY).agreements


def test_the_g7s_statement_at_its_meeting_is_the_g7s() -> None:
    text = (
        "Finance ministers meet\n\n"
        "G7 finance ministers from the United States, Britain, France, Germany, Italy, Canada "
        "and Japan met in Washington on Friday.\n\n"
        'In their Friday statement, the G7 said "currencies have moved sharply".'
    )
    assert [(a.name, a.status, a.parties, str(a.date)) for a in agreements(text)] == [
        ("Friday statement", "announced", ["G7"], "2026-03-06")
    ]


def test_a_headline_release_of_a_g8_statement() -> None:
    text = (
        "G8 members release statement on Zimbabwe\n\n"
        "The leaders of the G8 said on Tuesday that they would not recognise the new government."
    )
    assert [(a.name, a.status, a.parties) for a in agreements(text)] == [
        ("statement on Zimbabwe", "announced", ["G8"])
    ]


def test_an_office_statement_is_no_agreement() -> None:
    text = (
        "Sailors held\n\n"
        "The European Union released a statement on Friday calling for the release of the "
        "sailors held in Iran."
    )
    assert agreements(text) == []


def test_companies_joint_statement_in_a_headline_is_no_agreement() -> None:
    text = (
        "Microsoft and Yahoo issue joint statement\n\n"
        "The two companies in the United States said on Monday that talks had ended."
    )
    assert agreements(text) == []
