"""find_dates: what a reader of a news story would call a date, and the day it means."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitparse.errors import ConfigurationError
from summitparse.models import DateMention
from summitparse.rules.dates.finder import find_dates

REF = dt.date(2026, 1, 16)  # a Friday


def _only(text: str, reference: dt.date | str | None = REF) -> DateMention:
    found = find_dates(text, reference=reference)
    assert len(found) == 1, found
    return found[0]


def _d(iso: str | None) -> dt.date | None:
    return None if iso is None else dt.date.fromisoformat(iso)


Row = tuple[str, str, str | None, str | None]


def _check(text: str, span: str, value: str | None, value_end: str | None) -> None:
    m = _only(text)
    assert (m.text, m.value, m.value_end) == (span, _d(value), _d(value_end))


# --- the seed article's dates --------------------------------------------------------------
def test_seed_friday_is_the_reference_day() -> None:
    m = _only("The leaders met in Tokyo on Friday.")
    assert (m.text, m.value, m.granularity, m.relative) == ("Friday", REF, "day", True)


def test_seed_weekday_with_date_is_one_mention() -> None:
    m = _only("Meloni arrived on Thursday, January 15.")
    assert (m.text, m.value, m.value_end) == ("Thursday, January 15", dt.date(2026, 1, 15), None)


def test_seed_month_with_year() -> None:
    m = _only("The strategy was adopted in October 2025.")
    assert (m.text, m.value, m.value_end, m.granularity) == (
        "October 2025",
        dt.date(2025, 10, 1),
        dt.date(2025, 10, 31),
        "month",
    )
    assert m.relative is False


def test_seed_year_in_1866() -> None:
    m = _only("Relations were established in 1866.")
    assert (m.text, m.value, m.value_end, m.granularity) == (
        "1866",
        dt.date(1866, 1, 1),
        dt.date(1866, 12, 31),
        "year",
    )


# --- explicit dates ------------------------------------------------------------------------
EXPLICIT: list[Row] = [
    ("Talks opened on Friday, January 16, 2026.", "Friday, January 16, 2026", "2026-01-16", None),
    ("It was signed on 16 January 2026.", "16 January 2026", "2026-01-16", None),
    ("It was signed on 16 January.", "16 January", "2026-01-16", None),
    ("The deal dates from Jan. 16, 2024.", "Jan. 16, 2024", "2024-01-16", None),
    ("They met on Jan. 12.", "Jan. 12", "2026-01-12", None),
    ("They met on the 12th.", "the 12th", "2026-01-12", None),
    ("They met on 2025-11-03.", "2025-11-03", "2025-11-03", None),
    ("They met on 11/03/2025.", "11/03/2025", "2025-11-03", None),
    ("They met on 23/04/2025.", "23/04/2025", "2025-04-23", None),
    ("It ended on the 3rd of March 2024.", "3rd of March 2024", "2024-03-03", None),
    ("It ended on March 3rd, 2024.", "March 3rd, 2024", "2024-03-03", None),
    ("Eli Lilly sold IVAC on Dec. 31 , 1994.", "Dec. 31 , 1994", "1994-12-31", None),
    ("The treaty of 5 December 1891 still holds.", "5 December 1891", "1891-12-05", None),
    ("It opened on Christmas Day 2020.", "Christmas Day 2020", "2020-12-25", None),
]


@pytest.mark.parametrize(
    ("text", "span", "value", "value_end"),
    [
        pytest.param(*row, id=i)
        for i, row in zip(
            [
                "us-order-with-weekday",
                "uk-order-with-year",
                "uk-order-without-year",
                "abbreviated-month-with-year",
                "abbreviated-month-without-year",
                "bare-ordinal-day",
                "iso",
                "numeric-us-order",
                "numeric-day-first-when-unambiguous",
                "ordinal-of-month",
                "month-ordinal-comma-year",
                "space-before-comma",
                "nineteenth-century-day",
                "holiday-with-year",
            ],
            EXPLICIT,
            strict=True,
        )
    ],
)
def test_explicit_dates(text: str, span: str, value: str, value_end: str | None) -> None:
    _check(text, span, value, value_end)


# --- months, years, seasons, quarters, decades -----------------------------------------------
PERIODS: list[Row] = [
    ("Ministers met in March.", "March", "2025-03-01", "2025-03-31"),
    ("Exports fell in January.", "January", "2026-01-01", "2026-01-31"),
    ("The 2024 election changed that.", "2024", "2024-01-01", "2024-12-31"),
    ("Figures for Q3 2025 were strong.", "Q3 2025", "2025-07-01", "2025-09-30"),
    ("In the second half of 2024 trade grew.", "second half of 2024", "2024-07-01", "2024-12-31"),
    ("The plant opens in mid-2025.", "mid-2025", "2025-05-01", "2025-08-31"),
    ("It is due in early next year.", "early next year", "2027-01-01", "2027-04-30"),
    ("Talks stalled in late March 2025.", "late March 2025", "2025-03-16", "2025-03-31"),
    ("Trade was small in the 1990s.", "1990s", "1990-01-01", "1999-12-31"),
    ("They met in summer 2024.", "summer 2024", "2024-06-01", "2024-08-31"),
    ("The work ends in H1 2027.", "H1 2027", "2027-01-01", "2027-06-30"),
    (
        "Output rose in the third quarter of 2025.",
        "third quarter of 2025",
        "2025-07-01",
        "2025-09-30",
    ),
    ("The rules date from the 19th century.", "the 19th century", "1800-01-01", "1899-12-31"),
]


@pytest.mark.parametrize(
    ("text", "span", "value", "value_end"),
    [
        pytest.param(*row, id=i)
        for i, row in zip(
            [
                "month-without-year-in-the-past",
                "current-month",
                "year-before-noun",
                "quarter-code",
                "half-of-year",
                "mid-year",
                "early-next-year",
                "late-month",
                "decade",
                "season-with-year",
                "half-code",
                "quarter-words",
                "century",
            ],
            PERIODS,
            strict=True,
        )
    ],
)
def test_periods(text: str, span: str, value: str, value_end: str) -> None:
    _check(text, span, value, value_end)


# --- ranges and open intervals ---------------------------------------------------------------
RANGES: list[Row] = [
    ("The summit runs 15-17 January.", "15-17 January", "2026-01-15", "2026-01-17"),
    (
        "Talks ran between March and May 2025.",
        "between March and May 2025",
        "2025-03-01",
        "2025-05-31",
    ),
    ("The plan ran from 2019 to 2021.", "from 2019 to 2021", "2019-01-01", "2021-12-31"),
    ("APEC met Nov 18-Dec 19, 2015 in Lima.", "Nov 18-Dec 19, 2015", "2015-11-18", "2015-12-19"),
    ("The fair is on November 18-19, 2025.", "November 18-19, 2025", "2025-11-18", "2025-11-19"),
    ("Prices have risen since October.", "since October", "2025-10-01", "2026-01-16"),
    ("The truce holds until 2030.", "until 2030", "2026-01-16", "2030-12-31"),
    ("Sales fell after 2018.", "after 2018", "2019-01-01", None),
    ("The 2014-18 period was calm.", "2014-18", "2014-01-01", "2018-12-31"),
]


@pytest.mark.parametrize(
    ("text", "span", "value", "value_end"),
    [
        pytest.param(*row, id=i)
        for i, row in zip(
            [
                "day-range-in-month",
                "between-months-shared-year",
                "from-year-to-year",
                "range-across-months-year-at-end",
                "month-day-day-year",
                "since-runs-to-the-reference",
                "until-runs-from-the-reference",
                "after-has-no-last-day",
                "two-digit-year-range",
            ],
            RANGES,
            strict=True,
        )
    ],
)
def test_ranges(text: str, span: str, value: str | None, value_end: str | None) -> None:
    _check(text, span, value, value_end)


# --- relative expressions ------------------------------------------------------------------------
RELATIVE: list[Row] = [
    ("Officials said yesterday that talks failed.", "yesterday", "2026-01-15", None),
    ("The ministers met on Tuesday.", "Tuesday", "2026-01-13", None),
    ("The leaders will meet on Tuesday.", "Tuesday", "2026-01-20", None),
    ("They meet next Friday.", "next Friday", "2026-01-23", None),
    ("Trade rose last week.", "last week", "2026-01-05", "2026-01-11"),
    ("Talks resume next month.", "next month", "2026-02-01", "2026-02-28"),
    ("The deal was signed two years ago.", "two years ago", "2024-01-01", "2024-12-31"),
    ("The bank failed three days ago.", "three days ago", "2026-01-13", None),
    ("Leaders gather this weekend.", "this weekend", "2026-01-17", "2026-01-18"),
    ("Output fell in the previous year.", "the previous year", "2025-01-01", "2025-12-31"),
    ("Talks had collapsed a week ago.", "a week ago", "2026-01-09", None),
    ("He speaks tonight.", "tonight", "2026-01-16", None),
    ("Markets are calm today.", "today", "2026-01-16", None),
    ("Nothing has changed until now.", "until now", "2026-01-16", None),
    ("The vote is in two months.", "in two months", "2026-03-16", None),
    ("They met tomorrow night.", "tomorrow", "2026-01-17", None),
    ("Prices rose later this year.", "later this year", "2026-07-01", "2026-12-31"),
]


@pytest.mark.parametrize(
    ("text", "span", "value", "value_end"),
    [
        pytest.param(*row, id=i)
        for i, row in zip(
            [
                "yesterday",
                "past-weekday-news-style",
                "future-weekday-after-will",
                "next-weekday",
                "last-week",
                "next-month",
                "years-ago-is-that-year",
                "days-ago",
                "this-weekend",
                "the-previous-year",
                "a-week-ago",
                "tonight",
                "today",
                "until-now",
                "in-two-months",
                "tomorrow-night",
                "later-this-year",
            ],
            RELATIVE,
            strict=True,
        )
    ],
)
def test_relative(text: str, span: str, value: str | None, value_end: str | None) -> None:
    _check(text, span, value, value_end)


FUTURE_TALK: list[Row] = [
    ("The first round is due in Bali in November.", "November", "2026-11-01", "2026-11-30"),
    ("The law takes effect in January.", "January", "2026-01-01", "2026-01-31"),
    ("Parliament returns on Feb. 10.", "Feb. 10", "2026-02-10", None),
    ("On Thursday the King is due to visit Krakow.", "Thursday", "2026-01-22", None),
    ("Deliveries could begin soon, the ministry said on Tuesday.", "Tuesday", "2026-01-13", None),
    ("Chile's Congress approved it in December.", "December", "2025-12-01", "2025-12-31"),
]


@pytest.mark.parametrize(
    ("text", "span", "value", "value_end"),
    [
        pytest.param(*row, id=i)
        for i, row in zip(
            [
                "due-in-is-future",
                "present-tense-event-verb",
                "present-tense-returns-on",
                "cue-after-the-weekday",
                "cue-in-another-clause-does-not-count",
                "past-by-default",
            ],
            FUTURE_TALK,
            strict=True,
        )
    ],
)
def test_future_talk(text: str, span: str, value: str | None, value_end: str | None) -> None:
    _check(text, span, value, value_end)


PARTS: list[Row] = [
    (
        "Exports rose in the first nine months of 2025.",
        "first nine months of 2025",
        "2025-01-01",
        "2025-09-30",
    ),
    (
        "Rooms are booked for the first 2 weeks of 2021.",
        "first 2 weeks of 2021",
        "2021-01-04",
        "2021-01-17",
    ),
    (
        "They visited first ten days of last year.",
        "first ten days of last year",
        "2025-01-01",
        "2025-01-10",
    ),
    ("They will leave the third month of 2021.", "third month of 2021", "2021-03-01", "2021-03-31"),
    ("Under the existing 1962 water agreement, it pays.", "1962", "1962-01-01", "1962-12-31"),
    ("They met in late 2025.", "late 2025", "2025-09-01", "2025-12-31"),
    (
        "The deal lasts two weeks starting May 20th 2024.",
        "two weeks starting May 20th 2024",
        "2024-05-20",
        "2024-06-02",
    ),
]


@pytest.mark.parametrize(
    ("text", "span", "value", "value_end"),
    [
        pytest.param(*row, id=i)
        for i, row in zip(
            [
                "first-months-of-year",
                "first-iso-weeks-of-year",
                "first-days-of-last-year",
                "nth-month-of-year",
                "year-before-a-noun-two-words-on",
                "late-year-is-the-last-third",
                "stretch-starting-on-a-date",
            ],
            PARTS,
            strict=True,
        )
    ],
)
def test_parts_of_periods(text: str, span: str, value: str, value_end: str) -> None:
    _check(text, span, value, value_end)


def test_part_of_a_year_counts_in_months() -> None:
    assert _only("Growth slowed in late 2025.").granularity == "month"
    assert _only("Growth slowed in 2025.").granularity == "year"


def test_durations_are_not_dates() -> None:
    text = (
        "Officials will identify projects within six months, as they have for most of the past "
        "ten years, at the fastest pace in three years, over the coming five years."
    )
    assert find_dates(text, reference=REF) == []


def test_relative_without_reference_is_found_but_unresolved() -> None:
    m = _only("The ministers met on Tuesday.", reference=None)
    assert (m.text, m.value, m.relative) == ("Tuesday", None, True)


def test_explicit_date_needs_no_reference() -> None:
    m = _only("It was signed on 16 January 2026.", reference=None)
    assert m.value == dt.date(2026, 1, 16)


def test_reference_as_iso_string_and_datetime() -> None:
    assert _only("on Friday", reference="2026-01-16").value == REF
    assert _only("on Friday", reference=dt.datetime(2026, 1, 16, 9, 30)).value == REF


def test_bad_reference_string_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError):
        find_dates("on Friday", reference="16/01/2026")


def test_mentions_come_in_text_order() -> None:
    text = "Talks on Monday followed a meeting in March 2025 and one in 2019."
    found = find_dates(text, reference=REF)
    assert [m.text for m in found] == ["Monday", "March 2025", "2019"]


# --- not dates -----------------------------------------------------------------------------
NEGATIVE = [
    pytest.param("The visit lasted three days.", id="duration"),
    pytest.param("A three-day visit began.", id="hyphenated-duration"),
    pytest.param("It marks the 160th anniversary.", id="anniversary-ordinal"),
    pytest.param("The G7 leaders met.", id="g7"),
    pytest.param("A Boeing 737-800 landed.", id="aircraft-model"),
    pytest.param("She spoke on BBC Radio 4.", id="radio-station"),
    pytest.param("Theresa May said talks would go on.", id="may-the-name"),
    pytest.param("May I ask a question?", id="may-the-verb"),
    pytest.param("This may take longer than expected.", id="may-after-this"),
    pytest.param("Call +44 2010-2015-86 for details.", id="phone-number"),
    pytest.param("Tel: 000 111 82-2100", id="phone-number-year-like-tail"),
    pytest.param("Japan won the match 3-1.", id="score"),
    pytest.param("Keep the records up to date.", id="up-to-date"),
    pytest.param("They spent the weekend in talks.", id="bare-weekend"),
    pytest.param("Some 2,000 troops took part.", id="thousands-separator"),
    pytest.param("The fund holds $2025 in cash.", id="money"),
    pytest.param("There were 2025 people there.", id="count-noun"),
    pytest.param("It was the first by a Korean leader.", id="the-first-ordinal"),
    pytest.param("The treaty is now in force.", id="now-as-adverb"),
    pytest.param("The aspect ratio is 4:3.", id="ratio"),
    pytest.param("Is this a valid date? 2015-32", id="month-32"),
    pytest.param("Talks run 24/7.", id="round-the-clock"),
    pytest.param("The Arab Spring changed the region.", id="arab-spring"),
    pytest.param("He wrote about the fall of Kabul.", id="fall-of"),
    pytest.param("It backs Saudi Arabia's Vision 2030 reforms.", id="year-in-a-plan-name"),
    pytest.param("Fans at the Winter Olympics cheered.", id="season-in-a-name"),
    pytest.param("Tuesday Weld starred in it.", id="weekday-as-a-first-name"),
    pytest.param("Memories of Mar-a-Lago linger.", id="month-in-a-hyphenated-name"),
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_dates(text: str) -> None:
    assert find_dates(text, reference=REF) == []


def test_invalid_calendar_day_keeps_no_value() -> None:
    m = _only("The vote was set for February 30.")
    assert (m.text, m.value) == ("February 30", None)


# --- bugs caught while scoring against the peer cases -----------------------------------------
BUGS: list[Row] = [
    ("They left two years ago.", "two years ago", "2024-01-01", "2024-12-31"),
    ("Let's meet this afternoon.", "this afternoon", "2026-01-16", None),
    (
        "They met between 2015 and 2018 or later.",
        "between 2015 and 2018",
        "2015-01-01",
        "2018-12-31",
    ),
    ("I went back in the mid-November.", "mid-November", "2025-11-10", "2025-11-20"),
    (
        "i am off from april twenty-seventh to the third",
        "from april twenty-seventh to the third",
        "2025-04-27",
        "2025-05-03",
    ),
    ("A long break between 10/1-11/7", "between 10/1-11/7", "2025-10-01", "2025-11-07"),
    ("They met after Wednesday's talks.", "Wednesday", "2026-01-14", None),
    ("Sales fell over the last half.", "last half", "2025-07-01", "2025-12-31"),
    (
        "from 26th of june of 2020 to the 28th of june of 2020",
        "from 26th of june of 2020 to the 28th of june of 2020",
        "2020-06-26",
        "2020-06-28",
    ),
    ("It will happen 16 days from 01/02/2018.", "16 days from 01/02/2018", "2018-01-18", None),
    (
        "It starts on monday, jan twenty two, 2018",
        "monday, jan twenty two, 2018",
        "2018-01-22",
        None,
    ),
    (
        "The range is from 2007 to the end of 2008.",
        "from 2007 to the end of 2008",
        "2007-01-01",
        "2008-12-31",
    ),
    ("Set something up for October, 1st.", "October, 1st", "2025-10-01", None),
    (
        "Sales from april to June in 2017 fell.",
        "from april to June in 2017",
        "2017-04-01",
        "2017-06-30",
    ),
    ("The court sat on 05.03.2024.", "05.03.2024", "2024-03-05", None),
    ("Leaders gather for Thanksgiving 2025.", "Thanksgiving 2025", "2025-11-27", None),
]


@pytest.mark.parametrize(
    ("text", "span", "value", "value_end"),
    [
        pytest.param(*row, id=i)
        for i, row in zip(
            [
                "spelled-count-before-unit",
                "afternoon-is-not-day-after",
                "or-later-stays-off-a-range",
                "full-stop-not-in-span-and-mid-month-is-10-to-20",
                "day-only-range-end-takes-next-month",
                "numeric-range-right-end",
                "possessive-date-is-not-a-bound",
                "last-half-is-the-previous-half",
                "range-gap-with-the",
                "offset-from-an-explicit-date",
                "lower-case-abbreviation-with-spelled-day",
                "range-end-with-modifier",
                "comma-between-month-and-ordinal",
                "trailing-year-completes-a-range",
                "dotted-dates-are-day-first",
                "holiday-on-nth-weekday",
            ],
            BUGS,
            strict=True,
        )
    ],
)
def test_bugs_caught(text: str, span: str, value: str | None, value_end: str | None) -> None:
    _check(text, span, value, value_end)


def test_bug_day_list_is_one_mention() -> None:
    m = _only("Leaders met on April 8 and 9 in Beijing.")
    assert (m.text, m.value, m.value_end) == (
        "April 8 and 9",
        dt.date(2025, 4, 8),
        dt.date(2025, 4, 9),
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(" ".join(["two years"] * 3000), id="offset-without-direction"),
        pytest.param(", ".join(["16"] * 5000) + " June", id="long-day-list"),
        pytest.param(" and ".join(["May"] * 3000), id="month-chain"),
        pytest.param("-".join(["2015"] * 5000), id="year-chain"),
    ],
)
def test_bug_no_runaway_backtracking(text: str) -> None:
    """Long chains still read as dates (how the time grows is benchmarks/adversarial_growth.py's
    job; a runaway pattern would hang here)."""
    mentions = find_dates(text, reference=REF)
    assert all(text[m.start : m.end] == m.text for m in mentions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "It happened on March 20 last year.",
            ("March 20 last year", "2025-03-20"),
            id="month-day-last-year",
        ),
        pytest.param(
            "It happened on 20 March this year.",
            ("20 March this year", "2026-03-20"),
            id="day-month-this-year",
        ),
        pytest.param(
            "Following Thursday's meeting, he left.", ("Thursday", None), id="following-as-after"
        ),
    ],
)
def test_real_news_readings(text: str, expected: tuple[str, str | None]) -> None:
    m = _only(text)
    assert m.text == expected[0]
    if expected[1] is not None:
        assert m.value == dt.date.fromisoformat(expected[1])
    else:
        assert m.value is not None
        assert m.value <= REF  # the past Thursday, not the next one


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("A plant of 1000 megawatt capacity was agreed.", id="megawatt"),
        pytest.param("The talks resumed at 1800 UTC.", id="clock-time"),
        pytest.param("The ministers left the following day.", id="the-following-day"),
        pytest.param("He flew home the next day.", id="the-next-day"),
    ],
)
def test_real_news_non_dates(text: str) -> None:
    """Units and clock times are no years; "the next day" counts from the story, not from the
    reference date, so it is left out rather than read a day after publication."""
    assert find_dates(text, reference=REF) == []


# --- properties ------------------------------------------------------------------------------
_DATEY = st.sampled_from(
    [
        "January",
        "May",
        " 16",
        "16th",
        "2026",
        "/",
        "-",
        "Friday",
        " to ",
        " between ",
        " and ",
        "since ",
        "Q3",
        "ago",
        "two years",
        "the ",
        "mid-",
        ".",
        ",",
        "'",
        "31",
        "February 30",
        "9999",
        "0000",
        "next ",
        "week",
        "\u00b2",
        "\u0663",
    ]
)
_TEXT = st.lists(st.one_of(_DATEY, st.text(max_size=6)), max_size=14).map("".join)
_REFS = st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, reference=_REFS)
def test_never_raises_and_spans_are_exact_and_disjoint(
    text: str, reference: dt.date | None
) -> None:
    found = find_dates(text, reference=reference)
    for m in found:
        assert text[m.start : m.end] == m.text
        assert m.value is None or m.value_end is None or m.value <= m.value_end
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


_STYLES = [
    lambda d: f"{d:%B} {d.day}, {d.year}",
    lambda d: f"{d.day} {d:%B} {d.year}",
    lambda d: f"{d:%A}, {d:%B} {d.day}, {d.year}",
    lambda d: f"{d:%b}. {d.day}, {d.year}",
    lambda d: f"{d:%Y-%m-%d}",
    lambda d: f"{d.month}/{d.day}/{d.year}",
    lambda d: f"the {_ordinal(d.day)} of {d:%B} {d.year}",
    lambda d: f"{d:%B} {_ordinal(d.day)} {d.year}",
]


@settings(max_examples=200, deadline=None)
@given(
    day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
    style=st.sampled_from(range(len(_STYLES))),
    reference=_REFS,
)
def test_formatted_date_reads_back(day: dt.date, style: int, reference: dt.date | None) -> None:
    written = _STYLES[style](day)
    found = find_dates(f"The accord was signed on {written} in Rome.", reference=reference)
    assert [(m.value, m.value_end) for m in found] == [(day, None)], written


def test_a_repeated_month_phrase_reads_the_same_each_time() -> None:
    # The future-tense check is cached by its surrounding text: repeats must not change readings.
    text = "Talks will resume in March. " * 30
    values = {m.value for m in find_dates(text, reference=dt.date(2026, 1, 16))}
    assert len(values) == 1
