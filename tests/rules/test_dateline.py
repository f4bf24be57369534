"""Datelines as wire services write them: place, date, and the span they cover."""

from __future__ import annotations

import datetime as dt

import pytest

from summitparse.rules.places.dateline import find_dateline

PUBLISHED = dt.date(2026, 3, 4)


@pytest.mark.parametrize(
    ("text", "place", "date", "published"),
    [
        pytest.param(
            "Tokyo, January 16, 2026 – Japanese Prime …",
            "Tokyo",
            dt.date(2026, 1, 16),
            None,
            id="seed-us-order",
        ),
        pytest.param(
            "London, 3 March 2026 – The UK …", "London", dt.date(2026, 3, 3), None, id="uk-order"
        ),
        pytest.param(
            "BEIJING, March 3 (Reuters) - China …",
            "Beijing",
            dt.date(2026, 3, 3),
            PUBLISHED,
            id="reuters-year-from-published",
        ),
        pytest.param(
            "BEIJING, March 3 (Reuters) - China …",
            "Beijing",
            None,
            None,
            id="reuters-no-year-no-guess",
        ),
        pytest.param("BRUSSELS (AP) — The EU …", "Brussels", None, None, id="ap-place-only"),
        pytest.param("KYIV, Ukraine (AP) — Ukrainian …", "Kyiv", None, None, id="ap-with-country"),
        pytest.param("SAN JOSE, Calif. (AP) — Tech …", "San Jose", None, None, id="us-state"),
        pytest.param("WASHINGTON — President …", "Washington", None, None, id="bare-upper-case"),
        pytest.param(
            "By Jane Doe\n\nNEW DELHI, Jan. 5, 2026 /PRNewswire/ -- India …",
            "New Delhi",
            dt.date(2026, 1, 5),
            None,
            id="after-a-byline",
        ),
    ],
)
def test_datelines(text: str, place: str, date: dt.date | None, published: dt.date | None) -> None:
    dateline = find_dateline(text, published=published)
    assert dateline is not None
    assert (dateline.place, dateline.date) == (place, date)
    assert text[dateline.span.start : dateline.span.end] == dateline.span.text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Meanwhile – the talks went on.", id="prose-with-a-dash"),
        pytest.param("Leaders met in Tokyo on Friday.", id="no-dateline"),
        pytest.param("Tokyo, the capital – is busy.", id="place-and-prose"),
        pytest.param("UK, France sign migration deal – reports", id="headline-with-a-dash"),
        pytest.param("BREAKING: Leaders meet in Rome", id="headline-with-a-colon"),
    ],
)
def test_not_datelines(text: str) -> None:
    assert find_dateline(text) is None
