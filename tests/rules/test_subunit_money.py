"""Money written in a sub-unit is given in the main unit, in the currency the copy makes plain.

Wire copy quotes share prices, fuel prices and dividends in cents and pence; an analyst adding
them to amounts in dollars or pounds needs one unit. "75 cents" is 0.75, and its currency is the
one a qualifier ("U.S. cents", "euro cents") or the sentence's other money ("fell 75 cents to
$32.96") names; with neither, the currency stays empty rather than guessed.
"""

from __future__ import annotations

import math

import pytest

from summitparse import find_figures


def _money(text: str) -> list[tuple[str, float, float | None, str | None]]:
    return [
        (f.text, f.value, f.value_max, f.currency) for f in find_figures(text) if f.kind == "money"
    ]


def _assert_money(text: str, want: list[tuple[str, float, float | None, str | None]]) -> None:
    got = _money(text)
    assert [g[0] for g in got] == [w[0] for w in want], got
    for g, w in zip(got, want, strict=True):
        assert math.isclose(g[1], w[1], rel_tol=1e-9), g
        assert (g[2] is None) == (w[2] is None), g
        if g[2] is not None and w[2] is not None:
            assert math.isclose(g[2], w[2], rel_tol=1e-9), g
        assert g[3] == w[3], g


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "The board declared a dividend of 2.5 U.S. cents a share.",
            [("2.5 U.S. cents", 0.025, None, "USD")],
            id="qualified-cents",
        ),
        pytest.param(
            "Stamps will cost 12 euro cents more from January.",
            [("12 euro cents", 0.12, None, "EUR")],
            id="euro-cents",
        ),
        pytest.param(
            "Each litre carries a levy of 5 Australian cents.",
            [("5 Australian cents", 0.05, None, "AUD")],
            id="australian-cents",
        ),
        pytest.param(
            "Crude fell 75 cents to $32.96 a barrel in New York.",
            [("75 cents", 0.75, None, "USD"), ("$32.96", 32.96, None, "USD")],
            id="currency-of-the-sentence",
        ),
        pytest.param(
            "Bus fares will rise by between 3 and 30 cents.",
            [("between 3 and 30 cents", 0.03, 0.30, None)],
            id="range-in-cents",
        ),
        pytest.param(
            "A loaf now costs 3 dollars and 50 cents.",
            [("3 dollars and 50 cents", 3.5, None, "USD")],
            id="dollars-and-cents-stay-whole",
        ),
        pytest.param(
            "The tax adds 50p to a packet of cigarettes.",
            [("50p", 0.5, None, None)],
            id="glued-pence",
        ),
        pytest.param(
            "Bread went up 20 kopecks in Moscow shops.",
            [("20 kopecks", 0.2, None, None)],
            id="kopecks",
        ),
    ],
)
def test_sub_unit_money_is_given_in_the_main_unit(
    text: str, want: list[tuple[str, float, float | None, str | None]]
) -> None:
    _assert_money(text, want)


def test_a_sentence_with_two_currencies_leaves_the_cents_without_one() -> None:
    text = "The euro rose 2 cents against the dollar, to $1.10, while sterling bought €1.15."
    cents = [m for m in _money(text) if m[0] == "2 cents"]
    assert cents == [("2 cents", 0.02, None, None)]


def test_a_performer_named_50_cent_is_no_money() -> None:
    assert _money("The concert by 50 Cent drew 20,000 fans to the stadium.") == []
