"""Dates as real news writes them: vague periods are no dates, "for now" is no date, and a
year before a noun after "a", "an" or a possessive is a year."""

from __future__ import annotations

import datetime as dt

import pytest

from summitparse import find_dates

REFERENCE = dt.date(2008, 11, 15)


def _texts(text: str) -> list[str]:
    return [d.text for d in find_dates(text, reference=REFERENCE)]


@pytest.mark.parametrize(
    "text",
    [
        "He left several years ago.",
        "She has campaigned in the last few months.",
        "Talks resume in the next few weeks.",
        "A couple of weeks ago we reached an understanding.",
        "Dozens were killed in the past several days.",
        "For now, the companies will keep their brands.",
    ],
)
def test_vague_periods_and_for_now_are_no_dates(text: str) -> None:
    assert _texts(text) == []


def test_counted_periods_are_still_dates() -> None:
    assert _texts("He left two years ago.") == ["two years ago"]
    assert _texts("Nothing has changed until now.") == ["until now"]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The USW invoked China's 2001 accession to the WTO.", "2001"),
        ("Ayacucho was the site of an 1824 decisive victory.", "1824"),
        ("The French government used a 1955 law to impose curfews.", "1955"),
        ("They call for a post-2012 climate change arrangement.", "2012"),
        ("The withdrawal could be extended beyond 2011 depending on security.", "2011"),
    ],
)
def test_a_year_after_a_or_a_possessive_is_a_year(text: str, year: str) -> None:
    assert _texts(text) == [year]


@pytest.mark.parametrize(
    "text",
    ["Becky Pierce fills out a 1040 to work out her tax.", "A 2000 tonne ship docked."],
)
def test_other_numbers_after_a_stay_numbers(text: str) -> None:
    assert _texts(text) == []


def test_a_count_with_thousands_separators_is_read_whole() -> None:
    found = find_dates("The temple was built almost 2,000 years ago.", reference=REFERENCE)
    assert [(d.text, d.value and d.value.year) for d in found] == [("2,000 years ago", 8)]


@pytest.mark.parametrize(
    "text",
    ['"Right now Mugabe is a crisis," he said.', "I want to start right now the negotiations."],
)
def test_right_now_is_the_present_state_not_a_date(text: str) -> None:
    assert [d.text for d in find_dates(text, reference="2008-01-10")] == []


def test_now_ending_a_period_stays_a_date() -> None:
    got = find_dates("Prices rose between May and now.", reference="2008-01-10")
    assert [d.text for d in got] == ["between May and now"]
