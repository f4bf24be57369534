"""Dates as news copy means them: rolling periods, the weekend just past, words that are no dates.

"the past year" is the twelve months up to the story, not last calendar year ("last year");
"this weekend" told in the past tense early in the week is the one just gone; "9/11" is the
attacks and a sentence opening on "Now," turns to what comes next.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summitparse.rules.dates.finder import find_dates

MONDAY = "2008-04-14"


def _dates(text: str, reference: str = MONDAY) -> list[tuple[str, str, str | None]]:
    return [
        (d.text, str(d.value), None if d.value_end is None else str(d.value_end))
        for d in find_dates(text, reference=reference)
    ]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Exports rose over the past year.", "2007-04-14", "2008-04-13"),
        ("Talks went on during the past week.", "2008-04-07", "2008-04-13"),
        ("Protests over the past month drew thousands.", "2008-03-14", "2008-04-13"),
        ("Trade tripled in the past decade.", "1998-04-14", "2008-04-13"),
    ],
)
def test_the_past_unit_is_the_stretch_up_to_the_story(text: str, first: str, last: str) -> None:
    [(_, value, value_end)] = _dates(text)
    assert (value, value_end) == (first, last)


def test_last_year_and_last_week_stay_calendar_units() -> None:
    assert _dates("Trade fell last year.") == [("last year", "2007-01-01", "2007-12-31")]
    assert _dates("They met last week.") == [("last week", "2008-04-07", "2008-04-13")]


def test_this_weekend_told_in_the_past_early_in_the_week_is_the_one_just_gone() -> None:
    assert _dates("Ministers met in Washington this weekend.") == [
        ("this weekend", "2008-04-12", "2008-04-13")
    ]
    assert _dates("Protesters demonstrated outside the embassy this weekend.") == [
        ("this weekend", "2008-04-12", "2008-04-13")
    ]


def test_this_weekend_said_of_the_future_or_plainly_is_the_coming_one() -> None:
    assert _dates("Ministers will meet this weekend.") == [
        ("this weekend", "2008-04-19", "2008-04-20")
    ]
    assert _dates("The talks this weekend are key.") == [
        ("this weekend", "2008-04-19", "2008-04-20")
    ]
    # On a Friday the weekend ahead is "this weekend" whatever the tense.
    assert _dates("Ministers gathered this weekend.", "2008-04-18") == [
        ("this weekend", "2008-04-19", "2008-04-20")
    ]


def test_a_weekend_with_its_days_is_one_mention_with_those_days() -> None:
    assert _dates("This weekend, April 12–13, finance ministers met.") == [
        ("This weekend, April 12–13", "2008-04-12", "2008-04-13")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Since 9/11, airport security has changed.",
        "The post-9/11 measures were criticised.",
        "the 9/11 commission report",
    ],
)
def test_9_11_without_a_year_is_the_attacks_not_a_day(text: str) -> None:
    assert _dates(text) == []


def test_a_numeric_day_with_its_year_is_still_a_date() -> None:
    assert _dates("The pact was signed on 9/11/2001.") == [("9/11/2001", "2001-09-11", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia signed the deal on Friday. Now, it must finish talks at the WTO.",
        '"We have to act. Now. So that the hungry are fed," he said.',
    ],
)
def test_a_sentence_opening_on_now_is_no_date(text: str) -> None:
    assert [d for d in _dates(text) if d[0].lower() == "now"] == []


def test_now_after_until_is_still_the_day_of_the_story() -> None:
    [mention] = find_dates("The border has been closed until now.", reference=MONDAY)
    assert mention.text == "until now" or mention.value == dt.date(2008, 4, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A deal is due by the end of the year.",
         [("end of the year", "2008-09-01", "2008-12-31")]),
        ("Talks resume at the end of the week.", [("end of the week", "2008-04-17", "2008-04-20")]),
        ("Prices rose since the start of the year.",
         [("since the start of the year", "2008-01-01", "2008-04-14")]),
        ("Sales fell in 2005. By the end of the year they recovered.",
         [("2005", "2005-01-01", "2005-12-31")]),
        ("The war ended at the end of the year-long siege.", []),
    ],
)  # fmt: skip
def test_an_edge_of_the_year_is_the_storys_own_year_unless_another_is_named(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _dates(text) == expected


def test_before_the_end_of_a_period_runs_to_its_last_day() -> None:
    [mention] = find_dates("They hope to sign before the end of this year.", reference=MONDAY)
    assert (mention.text, mention.value, mention.value_end) == (
        "before the end of this year",
        None,
        dt.date(2008, 12, 31),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 1998 the war began. On April 13 of that year troops crossed.",
         [("1998", "1998-01-01", "1998-12-31"), ("April 13 of that year", "1998-04-13", None)]),
        ("In 2001, 3,000 died. On 4 May that year it ended.",
         [("2001", "2001-01-01", "2001-12-31"), ("4 May that year", "2001-05-04", None)]),
        ("On April 13 of that year troops crossed.",
         [("April 13 of that year", "2008-04-13", None)]),
    ],
)  # fmt: skip
def test_a_day_of_that_year_takes_the_year_named_before(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It joined at its inception in 1969 but withdrew six years later.",
         [("1969", "1969-01-01", "1969-12-31"), ("six years later", "1975-01-01", "1975-12-31")]),
        ("Exports rose in March compared to a year earlier.",
         [("March", "2008-03-01", "2008-03-31"), ("a year earlier", "2007-01-01", "2007-12-31")]),
        ("On April 2 the talks failed. A week later they resumed.",
         [("April 2", "2008-04-02", None), ("A week later", "2008-04-09", None)]),
        ("He was elected in 1984. He crossed the floor two weeks earlier.",
         [("1984", "1984-01-01", "1984-12-31")]),
        ("On April 2 he fell ill. A week later he was moved. A week later he died.",
         [("April 2", "2008-04-02", None), ("A week later", "2008-04-09", None),
          ("A week later", "2008-04-16", None)]),
        ("Talks had collapsed a week earlier.", []),
        ("Police arrived ten minutes later.", [("ten minutes later", "2008-04-14", None)]),
    ],
)  # fmt: skip
def test_later_and_earlier_count_from_the_date_told_before(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _dates(text) == expected
