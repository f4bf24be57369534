"""The first and last day of a meeting: two days joined by "and", a visit's range of days, the
day of a news conference held together, and days the sentence names for other things."""

from __future__ import annotations

import datetime as dt

import summitparse

DAY = "2026-03-06"  # a Friday


def extract(text: str) -> summitparse.Extraction:
    return summitparse.extract(text, backend="rules", published=DAY)


def days(text: str) -> tuple[dt.date | None, dt.date | None]:
    (summit,) = extract(text).summits
    return summit.start_date, summit.end_date


def test_two_days_joined_by_and_are_the_first_and_last() -> None:
    text = (
        "Leaders meet\n\nRussian President Ivan Petrov and his Ukrainian counterpart Taras "
        "Koval met in Moscow on Tuesday and Wednesday."
    )
    assert days(text) == (dt.date(2026, 3, 3), dt.date(2026, 3, 4))


def test_two_days_apart_are_no_span() -> None:
    text = (
        "Leaders meet\n\nRussian President Ivan Petrov met Ukrainian President Taras Koval in "
        "Moscow on Monday and Thursday."
    )
    assert days(text) == (dt.date(2026, 3, 2), dt.date(2026, 3, 2))


def test_a_state_visits_range_of_days_dates_the_talks() -> None:
    text = (
        "Temple to be built\n\nThe two governments agreed on March 4 to build a temple. The deal "
        "came in talks between Chinese Premier Li Wei and Indian Prime Minister Raj Mehta, "
        "during Li's state visit to India March 2-5."
    )
    assert days(text) == (dt.date(2026, 3, 2), dt.date(2026, 3, 5))


def test_the_day_of_a_news_conference_held_together_dates_the_meeting() -> None:
    text = (
        "Leaders meet\n\nUS President John Cole visited Canada this week. At a joint news "
        "conference with Canadian Prime Minister Paul Roy on Tuesday, Cole praised the "
        "relationship."
    )
    assert days(text) == (dt.date(2026, 3, 3), dt.date(2026, 3, 3))


def test_a_later_day_named_for_something_else_is_not_the_meetings() -> None:
    text = (
        "Jobs for neighbours\n\nDuring a one-day visit to Warsaw on Tuesday French President "
        "Paul Morel announced the end of job restrictions for Poles. Morel held talks with "
        "Polish Prime Minister Jan Kowal about the French presidency of the bloc, which starts "
        "on July 1."
    )
    start, _ = days(text)
    assert start == dt.date(2026, 3, 3)
