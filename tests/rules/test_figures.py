"""find_figures: money, percent, count and number figures in English news text.

Each table row is what a reader of the sentence would write down: the span, the kind, the value
(in the main unit: "50 cents" is 0.5), the range's upper end, the ISO currency and whether a
hedge made it approximate.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitparse.models import Figure
from summitparse.rules.figures.finder import find_figures

Row = tuple[str, str, float, float | None, str | None, bool]


def _rows(text: str) -> list[Row]:
    return [
        (f.text, f.kind, f.value, f.value_max, f.currency, f.approximate)
        for f in find_figures(text)
    ]


def _check(text: str, expected: list[Row]) -> None:
    got = _rows(text)
    assert [g[0] for g in got] == [e[0] for e in expected], got
    for g, e in zip(got, expected, strict=True):
        assert g[1] == e[1], g
        assert math.isclose(g[2], e[2], rel_tol=1e-9), g
        assert (g[3] is None) == (e[3] is None), g
        if e[3] is not None:
            assert g[3] is not None
            assert math.isclose(g[3], e[3], rel_tol=1e-9), g
        assert g[4:] == e[4:], g


SEED = [
    pytest.param(
        "bilateral trade volume reaching approximately $11.6 billion",
        [("$11.6 billion", "money", 11.6e9, None, "USD", True)],
        id="seed-approximately-usd-billion",
    ),
    pytest.param(
        "(around €10-11 billion in recent estimates)",
        [("€10-11 billion", "money", 10e9, 11e9, "EUR", True)],
        id="seed-around-euro-range",
    ),
    pytest.param("the historic 160th anniversary", [], id="seed-ordinal-anniversary"),
    pytest.param("Italy's third-largest trading partner", [], id="seed-spelled-ordinal"),
    pytest.param("broader G7 efforts", [], id="seed-g7"),
    pytest.param("diplomatic relations in 1866", [], id="seed-year"),
    pytest.param("since assuming office in October 2025", [], id="seed-month-year"),
    pytest.param("arrived on Thursday, January 15, for a visit", [], id="seed-weekday-date"),
    pytest.param("a three-day official working visit", [], id="seed-small-spelled"),
]

CURRENCIES = [
    pytest.param("a $ 48 billion deal", [("$ 48 billion", "money", 48e9, None, "USD", False)],
                 id="dollar-sign-spaced"),
    pytest.param("raised US$400m", [("US$400m", "money", 400e6, None, "USD", False)],
                 id="us-dollar-glued-m"),
    pytest.param("a USD 1.2bn loan", [("USD 1.2bn", "money", 1.2e9, None, "USD", False)],
                 id="code-before-bn"),
    pytest.param("priced at EUR125", [("EUR125", "money", 125, None, "EUR", False)],
                 id="code-glued"),
    pytest.param("1.5 trillion yen in bonds",
                 [("1.5 trillion yen", "money", 1.5e12, None, "JPY", False)], id="yen-after"),
    pytest.param("a £3.5bn contract", [("£3.5bn", "money", 3.5e9, None, "GBP", False)],
                 id="pound-sign-bn"),
    pytest.param("Rs 500 crore for roads",
                 [("Rs 500 crore", "money", 5e9, None, "INR", False)], id="rupees-crore"),
    pytest.param("¥2tn stimulus", [("¥2tn", "money", 2e12, None, "JPY", False)],
                 id="yen-sign-tn"),
    pytest.param("CHF 10 million fine",
                 [("CHF 10 million", "money", 10e6, None, "CHF", False)], id="chf-code"),
    pytest.param("fined 323 million euros",
                 [("323 million euros", "money", 323e6, None, "EUR", False)], id="euros-name"),
    pytest.param("100 billion yuan", [("100 billion yuan", "money", 100e9, None, "CNY", False)],
                 id="yuan-name"),
    pytest.param("5 trillion won", [("5 trillion won", "money", 5e12, None, "KRW", False)],
                 id="won-after-number"),
    pytest.param("35 lakh rupees", [("35 lakh rupees", "money", 3.5e6, None, "INR", False)],
                 id="lakh-rupees"),
    pytest.param("528 million francs",
                 [("528 million francs", "money", 528e6, None, "CHF", False)], id="francs"),
    pytest.param("10,000 swiss francs",
                 [("10,000 swiss francs", "money", 10_000, None, "CHF", False)],
                 id="swiss-francs-lower"),
    pytest.param("42 qatari riyals", [("42 qatari riyals", "money", 42, None, "QAR", False)],
                 id="qualified-riyals"),
    pytest.param("1,190.00 AUD", [("1,190.00 AUD", "money", 1190, None, "AUD", False)],
                 id="code-after"),
    pytest.param("$1,190.00 AUD", [("$1,190.00 AUD", "money", 1190, None, "AUD", False)],
                 id="code-after-beats-dollar-sign"),
    pytest.param("20€ and 100₾", [("20€", "money", 20, None, "EUR", False),
                                  ("100₾", "money", 100, None, "GEL", False)],
                 id="signs-after"),
    pytest.param("590 Kč", [("590 Kč", "money", 590, None, "CZK", False)], id="koruna-sign"),
    pytest.param("RM42 or 42RM", [("RM42", "money", 42, None, "MYR", False),
                                  ("42RM", "money", 42, None, "MYR", False)], id="ringgit-rm"),
    pytest.param("3.14US$", [("3.14US$", "money", 3.14, None, "USD", False)],
                 id="us-dollar-after"),
    pytest.param("the company has revenues of MAUD 60",
                 [("MAUD 60", "money", 60e6, None, "AUD", False)], id="million-code-prefix"),
    pytest.param("They lost 75 USD million.",
                 [("75 USD million", "money", 75e6, None, "USD", False)],
                 id="scale-after-code"),
    pytest.param("ringgit 42", [("ringgit 42", "money", 42, None, "MYR", False)],
                 id="name-before-number"),
    pytest.param("20 million pounds sterling",
                 [("20 million pounds sterling", "money", 20e6, None, "GBP", False)],
                 id="pounds-sterling"),
    pytest.param("42 egyptian pounds",
                 [("42 egyptian pounds", "money", 42, None, "EGP", False)],
                 id="egyptian-pounds"),
]  # fmt: skip

WIRE = [
    pytest.param("fined $ 250,000 for his conviction",
                 [("$ 250,000", "money", 250_000, None, "USD", False)], id="wire-dollar"),
    pytest.param("for 420 million finnish markka .",
                 [("420 million finnish markka", "money", 420e6, None, "FIM", False)],
                 id="wire-markka"),
    pytest.param("russia accepted a us $ 150 million loan",
                 [("us $ 150 million", "money", 150e6, None, "USD", False)],
                 id="wire-us-spaced-dollar"),
    pytest.param("a u . s . $ 5 million grant",
                 [("u . s . $ 5 million", "money", 5e6, None, "USD", False)],
                 id="wire-u-s-dollar"),
    pytest.param("the c $ 300 million charge",
                 [("c $ 300 million", "money", 300e6, None, "CAD", False)],
                 id="wire-canadian-dollar"),
    pytest.param("in 2011 exceeds a $ 4 billion .",
                 [("$ 4 billion", "money", 4e9, None, "USD", False)],
                 id="wire-article-a-is-not-aud"),
    pytest.param("sold its one - third interest for $ 11.7 million .",
                 [("$ 11.7 million", "money", 11.7e6, None, "USD", False)],
                 id="wire-one-third-is-not-a-figure"),
    pytest.param("sales rose 4 . 8 % to $ 13.18 billion",
                 [("4 . 8 %", "percent", 4.8, None, None, False),
                  ("$ 13.18 billion", "money", 13.18e9, None, "USD", False)],
                 id="wire-split-decimal-percent"),
]  # fmt: skip

SCALES = [
    pytest.param("two billion dollars",
                 [("two billion dollars", "money", 2e9, None, "USD", False)],
                 id="spelled-billion-dollars"),
    pytest.param("half a billion dollars",
                 [("half a billion dollars", "money", 0.5e9, None, "USD", False)],
                 id="half-a-billion"),
    pytest.param("twenty-five million people",
                 [("twenty-five million", "count", 25e6, None, None, False)],
                 id="hyphenated-spelled-count"),
    pytest.param("1.5 million", [("1.5 million", "number", 1.5e6, None, None, False)],
                 id="decimal-million"),
    pytest.param("100k and 1.2b", [("100k", "number", 1e5, None, None, False),
                                   ("1.2b", "number", 1.2e9, None, None, False)],
                 id="glued-k-and-b"),
    pytest.param("4 thousand 3 hundred and 21",
                 [("4 thousand 3 hundred and 21", "number", 4321, None, None, False)],
                 id="mixed-digits-and-scales"),
    pytest.param("twenty-one trillion and three hundred",
                 [("twenty-one trillion and three hundred", "number", 21e12 + 300, None, None,
                   False)], id="spelled-trillion-and-hundreds"),
    pytest.param("one and a half million",
                 [("one and a half million", "number", 1.5e6, None, None, False)],
                 id="one-and-a-half-million"),
    pytest.param("five billion and three quarters",
                 [("five billion and three quarters", "number", 5.75e9, None, None, False)],
                 id="billion-and-fraction"),
    pytest.param("4 crores rupees",
                 [("4 crores rupees", "money", 4e7, None, "INR", False)], id="plural-crores"),
    pytest.param("five thousand million",
                 [("five thousand million", "number", 5e9, None, None, False)],
                 id="thousand-million"),
]  # fmt: skip

RANGES = [
    pytest.param("between $3bn and $4bn",
                 [("between $3bn and $4bn", "money", 3e9, 4e9, "USD", False)],
                 id="between-and"),
    pytest.param("6-6.5%", [("6-6.5%", "percent", 6, 6.5, None, False)], id="percent-range"),
    pytest.param("$10 million to $12 million",
                 [("$10 million to $12 million", "money", 10e6, 12e6, "USD", False)],
                 id="to-range"),
    pytest.param("from 10 to 20 dollars",
                 [("from 10 to 20 dollars", "money", 10, 20, "USD", False)],
                 id="from-to-currency-after"),
    pytest.param("about $10-$20", [("$10-$20", "money", 10, 20, "USD", True)],
                 id="hedged-repeated-sign"),
    pytest.param("from 50 to 80% to flow",
                 [("from 50 to 80%", "percent", 50, 80, None, False)], id="from-to-percent"),
    pytest.param("The number range is 5k-20k",
                 [("5k-20k", "number", 5e3, 20e3, None, False)], id="glued-scale-range"),
    pytest.param("between 20 and 30", [("between 20 and 30", "number", 20, 30, None, False)],
                 id="between-plain"),
    pytest.param("These apples are about 20~100",
                 [("20~100", "number", 20, 100, None, True)], id="tilde-range"),
    pytest.param("more than 20 and less than 30",
                 [("more than 20 and less than 30", "number", 20, 30, None, False)],
                 id="two-sided-bound"),
    pytest.param("More than 40 and less than 10 are two ranges",
                 [("40", "number", 40, None, None, True), ("10", "number", 10, None, None, True)],
                 id="crossed-bounds-are-two-figures"),
    pytest.param("Aid rose from $5 billion to $7 billion",
                 [("$5 billion", "money", 5e9, None, "USD", False),
                  ("$7 billion", "money", 7e9, None, "USD", False)],
                 id="change-from-to-is-two-values"),
]  # fmt: skip

HEDGES = [
    pytest.param(f"{hedge} $5 million", [("$5 million", "money", 5e6, None, "USD", True)],
                 id=f"hedge-{hedge.replace(' ', '-')}")
    for hedge in ("about", "around", "approximately", "roughly", "nearly", "almost", "some",
                  "more than", "over", "up to", "at least", "less than", "an estimated")
] + [
    pytest.param("1,000+ staff", [("1,000", "count", 1000, None, None, True)],
                 id="hedge-trailing-plus"),
    pytest.param("exactly $5 million", [("$5 million", "money", 5e6, None, "USD", False)],
                 id="not-a-hedge-exactly"),
]  # fmt: skip

PERCENTS = [
    pytest.param("3.4 per cent", [("3.4 per cent", "percent", 3.4, None, None, False)],
                 id="per-cent"),
    pytest.param("12%", [("12%", "percent", 12, None, None, False)], id="percent-sign"),
    pytest.param("a 2.5 percentage point rise",
                 [("2.5 percentage point", "percent", 2.5, None, None, False)],
                 id="percentage-point"),
    pytest.param("up 0.25 percentage points",
                 [("0.25 percentage points", "percent", 0.25, None, None, False)],
                 id="percentage-points"),
    pytest.param("10 percent", [("10 percent", "percent", 10, None, None, False)],
                 id="percent-word"),
    pytest.param("inflation eased to 2.4pc",
                 [("2.4pc", "percent", 2.4, None, None, False)], id="pc-glued"),
    pytest.param("minus five percent",
                 [("minus five percent", "percent", -5, None, None, False)],
                 id="minus-spelled-percent"),
    pytest.param("fell -3.2%", [("-3.2%", "percent", -3.2, None, None, False)],
                 id="negative-percent"),
    pytest.param("thirty percentage", [("thirty percentage", "percent", 30, None, None, False)],
                 id="spelled-percentage"),
]  # fmt: skip

COUNTS = [
    pytest.param("send 2,000 troops", [("2,000", "count", 2000, None, None, False)],
                 id="count-troops"),
    pytest.param("1.5 million people", [("1.5 million", "count", 1.5e6, None, None, False)],
                 id="count-people-million"),
    pytest.param("300 Ukrainian troops", [("300", "count", 300, None, None, False)],
                 id="count-demonym-then-noun"),
    pytest.param("27 member states", [("27", "count", 27, None, None, False)],
                 id="count-modifier-noun"),
    pytest.param("for 10 years", [("10", "number", 10, None, None, False)],
                 id="duration-is-number"),
    pytest.param("some 1500 soldiers", [("1500", "count", 1500, None, None, True)],
                 id="year-like-count"),
]  # fmt: skip

DEFAULTS = [
    pytest.param("$5", [("$5", "money", 5, None, "USD", False)], id="bare-dollar-usd"),
    pytest.param("A$1.2 billion", [("A$1.2 billion", "money", 1.2e9, None, "AUD", False)],
                 id="aud"),
    pytest.param("C$1.23", [("C$1.23", "money", 1.23, None, "CAD", False)], id="cad"),
    pytest.param("HK$300m", [("HK$300m", "money", 300e6, None, "HKD", False)], id="hkd"),
    pytest.param("NZ$15", [("NZ$15", "money", 15, None, "NZD", False)], id="nzd"),
    pytest.param("S$4.90", [("S$4.90", "money", 4.9, None, "SGD", False)], id="sgd"),
    pytest.param("R$10", [("R$10", "money", 10, None, "BRL", False)], id="brl"),
    pytest.param("£13.50", [("£13.50", "money", 13.5, None, "GBP", False)], id="gbp"),
    pytest.param("€89", [("€89", "money", 89, None, "EUR", False)], id="eur"),
    pytest.param("¥500 billion", [("¥500 billion", "money", 500e9, None, "JPY", False)],
                 id="yen-sign-jpy"),
    pytest.param("China's central bank injected ¥500 billion, or 500 billion yuan",
                 [("¥500 billion", "money", 500e9, None, "CNY", False),
                  ("500 billion yuan", "money", 500e9, None, "CNY", False)],
                 id="yen-sign-cny-when-yuan"),
    pytest.param("Rs1,599.00", [("Rs1,599.00", "money", 1599, None, "INR", False)],
                 id="rs-inr"),
    pytest.param("50 cents", [("50 cents", "money", 0.5, None, None, False)],
                 id="cents-subunit"),
    pytest.param("210 pence", [("210 pence", "money", 2.1, None, None, False)],
                 id="pence-subunit"),
    pytest.param("a 12-cent-a-share dividend", [("12-cent", "money", 0.12, None, None, False)],
                 id="hyphenated-cent"),
    pytest.param("150 kr", [("150 kr", "money", 150, None, None, False)],
                 id="ambiguous-krona-no-code"),
]  # fmt: skip

NEGATIVES = [
    pytest.param("Boeing 737-800 jets", [], id="aircraft-model"),
    pytest.param("F-35 fighters", [], id="f-35"),
    pytest.param("Article 5 of the treaty", [], id="article-number"),
    pytest.param("Resolution 2231", [], id="resolution-number"),
    pytest.param("COVID-19 cases", [], id="covid-19"),
    pytest.param("in the 1990s", [], id="decade"),
    pytest.param("the 2024-25 budget", [], id="fiscal-year"),
    pytest.param("from 2020-2025", [], id="year-range"),
    pytest.param("on Nov. 15-16", [], id="day-range"),
    pytest.param("on 16 January", [], id="day-month"),
    pytest.param("Feb. 24, 2022", [], id="month-day-year"),
    pytest.param("at 10:30 a.m.", [], id="clock-time"),
    pytest.param("at 3 p.m.", [], id="clock-time-pm"),
    pytest.param("the vote was 52-48", [], id="score"),
    pytest.param("9/11 and 24/7", [], id="slash-names"),
    pytest.param("two leaders met", [], id="small-spelled-count"),
    pytest.param("one of the", [], id="spelled-one"),
    pytest.param("5G networks", [], id="glued-letters"),
    pytest.param("a 100m sprint", [], id="metres-not-million"),
    pytest.param("a twenty-pound bag of rice", [], id="pound-weight-hyphen"),
    pytest.param("500 pounds of explosives", [("500", "number", 500, None, None, False)],
                 id="pounds-of-is-weight"),
    pytest.param("General Dynamics won a contract", [], id="won-verb"),
    pytest.param("exactly dollars", [], id="currency-without-number"),
    pytest.param("I counted the dollars thousand of times.", [], id="scale-without-number"),
    pytest.param("No. 10 Downing Street", [], id="no-dot-number"),
    pytest.param("the pilots of 303 Squadron", [], id="number-naming-a-unit"),
    pytest.param("lives at 10 Downing Street", [], id="street-number"),
]  # fmt: skip

# Each bug found while measuring adds its case here, so it stays fixed.
BUGS_CAUGHT = [
    pytest.param("between 3 thousand and 4 thousand",
                 [("between 3 thousand and 4 thousand", "number", 3000, 4000, None, False)],
                 id="bug-and-before-scale-is-a-range"),
    pytest.param("3 dollars and 50 cents",
                 [("3 dollars and 50 cents", "money", 3.5, None, "USD", False)],
                 id="bug-cents-after-named-dollars"),
    pytest.param("The number range is 1000 - 5000",
                 [("1000 - 5000", "number", 1000, 5000, None, False)],
                 id="bug-range-from-year-like-number"),
    pytest.param("500 hk $", [("500 hk $", "money", 500, None, "HKD", False)],
                 id="bug-spaced-hk-dollar-after"),
    pytest.param("$ 281.40 $ 265.70", [("$ 281.40", "money", 281.4, None, "USD", False),
                                       ("$ 265.70", "money", 265.7, None, "USD", False)],
                 id="bug-sign-after-opens-next-price"),
    pytest.param("euro 5", [("euro 5", "money", 5, None, "EUR", False)],
                 id="bug-name-read-as-code-before"),
    pytest.param("3 yuan", [("3 yuan", "money", 3, None, "CNY", False)],
                 id="bug-name-read-as-code-after"),
    pytest.param("lower than 7€", [("7€", "money", 7, None, "EUR", True)],
                 id="bug-lower-than-hedge"),
    pytest.param("More than 1/2 of the people",
                 [("1/2", "number", 0.5, None, None, True)], id="bug-slash-fraction"),
    pytest.param("I spent 20 million pounds on this!",
                 [("20 million pounds", "money", 20e6, None, "GBP", False)],
                 id="bug-pounds-money-with-scale"),
    pytest.param("50 dollar 40 rmb", [("50 dollar", "money", 50, None, "USD", False),
                                      ("40 rmb", "money", 40, None, "CNY", False)],
                 id="bug-two-amounts-side-by-side"),
    pytest.param("on 16-17 January", [], id="bug-day-range-before-month"),
    pytest.param("on 16.01.2026", [], id="bug-dotted-date"),
    pytest.param("the stock rose 1 3/8 to 45", [("1 3/8", "number", 1.375, None, None, False),
                                                ("45", "number", 45, None, None, False)],
                 id="bug-mixed-fraction"),
    pytest.param("a $50-billion package",
                 [("$50-billion", "money", 50e9, None, "USD", False)],
                 id="bug-hyphenated-scale"),
    pytest.param("a 10-billion-dollar deal",
                 [("10-billion-dollar", "money", 10e9, None, "USD", False)],
                 id="bug-hyphenated-scale-and-currency"),
    pytest.param("in 2011 exceeds a $ 4 billion .",
                 [("$ 4 billion", "money", 4e9, None, "USD", False)],
                 id="bug-verb-in-s-is-not-a-count-noun"),
    pytest.param("I weigh 150 pounds", [("150", "number", 150, None, None, False)],
                 id="bug-pounds-as-body-weight"),
    pytest.param("the dollar at 1.8470 marks",
                 [("1.8470 marks", "money", 1.847, None, "DEM", False)],
                 id="bug-plural-marks-are-money"),
    pytest.param("passed the 10,000 mark", [("10,000", "number", 10_000, None, None, False)],
                 id="bug-singular-mark-is-a-milestone"),
    pytest.param("$US5 million", [("$US5 million", "money", 5e6, None, "USD", False)],
                 id="bug-dollar-sign-then-country"),
    pytest.param("Lawmakers voted 362 to 271 in favour",
                 [("362", "count", 362, None, None, False),
                  ("271", "count", 271, None, None, False)],
                 id="bug-vote-tally-is-a-count"),
    pytest.param("the total number of ships under sanctions to more than 600, they said",
                 [("600", "count", 600, None, None, True)],
                 id="bug-counted-noun-named-before"),
    pytest.param("worth about $100m (£74m) a year",
                 [("$100m", "money", 100e6, None, "USD", True),
                  ("£74m", "money", 74e6, None, "GBP", True)],
                 id="bug-restated-amount-shares-hedge"),
    pytest.param("Trade with Japan was £27.9bn (about ¥5.4tn); China's reached 2.2 trillion yuan.",
                 [("£27.9bn", "money", 27.9e9, None, "GBP", False),
                  ("¥5.4tn", "money", 5.4e12, None, "JPY", True),
                  ("2.2 trillion yuan", "money", 2.2e12, None, "CNY", False)],
                 id="bug-yen-sign-stays-jpy-in-japan-story"),
    pytest.param("Cena: 1\u00a0849 Kč", [("1\u00a0849 Kč", "money", 1849, None, "CZK", False)],
                 id="bug-no-break-space-thousands"),
    pytest.param("and $\u00a05\u00a0million", [("$\u00a05\u00a0million", "money", 5e6, None,
                                                 "USD", False)],
                 id="bug-no-break-space-after-sign"),
    pytest.param("20 gambian dalasi", [("20 gambian dalasi", "money", 20, None, "GMD", False)],
                 id="bug-unknown-adjective-before-currency-name"),
    pytest.param("5 Ruritanian dollars",
                 [("5 Ruritanian dollars", "money", 5, None, None, False)],
                 id="bug-unknown-adjective-leaves-shared-name-open"),
    pytest.param("AU $19.95 or CDN$ 19.99",
                 [("AU $19.95", "money", 19.95, None, "AUD", False),
                  ("CDN$ 19.99", "money", 19.99, None, "CAD", False)],
                 id="bug-spaced-and-three-letter-dollar-prefixes"),
    pytest.param("a .5 percent rise", [(".5 percent", "percent", 0.5, None, None, False)],
                 id="bug-leading-decimal-point"),
    pytest.param("at 3p.m. and 50p", [("50p", "money", 0.5, None, None, False)],
                 id="bug-pm-is-not-pence"),
    pytest.param("On Monday 3,000 people marched",
                 [("3,000", "count", 3000, None, None, False)],
                 id="bug-weekday-before-count-is-not-a-name"),
    pytest.param("In March 3,000 people marched",
                 [("3,000", "count", 3000, None, None, False)],
                 id="bug-month-before-big-number-is-not-a-date"),
    pytest.param("give 3 500 dollars", [("3 500 dollars", "money", 3500, None, "USD", False)],
                 id="bug-space-grouped-thousands-next-to-currency"),
    pytest.param("the 3 500 troops", [("3", "number", 3, None, None, False),
                                      ("500", "count", 500, None, None, False)],
                 id="bug-space-grouping-needs-a-currency"),
    pytest.param("above a dollar and 42 cents",
                 [("a dollar and 42 cents", "money", 1.42, None, "USD", True)],
                 id="bug-article-one-dollar-and-cents"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [*SEED, *CURRENCIES, *WIRE, *SCALES, *RANGES, *HEDGES, *PERCENTS, *COUNTS, *DEFAULTS,
     *NEGATIVES, *BUGS_CAUGHT],
)  # fmt: skip
def test_figures(text: str, expected: list[Row]) -> None:
    _check(text, expected)


def test_seed_article_figures() -> None:
    text = (
        "Japan ranks as Italy's third-largest trading partner in Asia, with bilateral trade "
        "volume reaching approximately $11.6 billion (around €10-11 billion in recent "
        "estimates). The G7 partners marked the 160th anniversary of relations set in 1866."
    )
    figures = find_figures(text)
    assert [f.text for f in figures] == ["$11.6 billion", "€10-11 billion"]
    assert all(text[f.start : f.end] == f.text for f in figures)


@pytest.mark.parametrize("bad", [None, 42, b"$5"], ids=["none", "int", "bytes"])
def test_non_text_gives_nothing(bad: object) -> None:
    assert find_figures(bad) == []  # type: ignore[arg-type]


# --- properties -------------------------------------------------------------------------------


def _assert_well_formed(text: str, figures: list[Figure]) -> None:
    previous_end = 0
    for f in figures:
        assert text[f.start : f.end] == f.text
        assert f.start >= previous_end
        assert f.end > f.start
        previous_end = f.end


_ALPHABET = st.sampled_from(list("0123456789 ,.-–$£€¥%~/+:abcmkMBTnotuseUSDEURyenwonRs\n"))


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_and_spans_hold_on_any_text(text: str) -> None:
    _assert_well_formed(text, find_figures(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_never_raises_on_number_like_noise(text: str) -> None:
    _assert_well_formed(text, find_figures(text))


_STYLES: list[tuple[str, str]] = [
    ("${n}{s}", "USD"),
    ("$ {n}{s}", "USD"),
    ("US${n}{s}", "USD"),
    ("USD {n}{s}", "USD"),
    ("{n}{s} dollars", "USD"),
    ("€{n}{s}", "EUR"),
    ("EUR {n}{s}", "EUR"),
    ("{n}{s} euros", "EUR"),
    ("£{n}{s}", "GBP"),
    ("{n}{s} pounds", "GBP"),
    ("¥{n}{s}", "JPY"),
    ("{n}{s} yen", "JPY"),
    ("{n}{s} yuan", "CNY"),
    ("{n}{s} won", "KRW"),
    ("Rs {n}{s}", "INR"),
    ("{n}{s} rupees", "INR"),
    ("CHF {n}{s}", "CHF"),
    ("{n}{s} Swiss francs", "CHF"),
    ("A${n}{s}", "AUD"),
    ("C${n}{s}", "CAD"),
    ("HK${n}{s}", "HKD"),
]
_SCALE_WORDS = [("", 1), (" million", 10**6), (" billion", 10**9), ("bn", 10**9),
                (" trillion", 10**12), ("m", 10**6)]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    whole=st.integers(min_value=1, max_value=999_999),
    cents=st.one_of(st.none(), st.integers(min_value=0, max_value=99)),
    style=st.sampled_from(_STYLES),
    scale=st.sampled_from(_SCALE_WORDS),
    hedge=st.sampled_from(["", "about ", "more than "]),
)
def test_formatted_amount_is_found_again(
    whole: int, cents: int | None, style: tuple[str, str], scale: tuple[str, int], hedge: str
) -> None:
    number = f"{whole:,}" if cents is None else f"{whole:,}.{cents:02d}"
    template, code = style
    amount = template.format(n=number, s=scale[0])
    text = f"The ministry said the deal was worth {hedge}{amount} last year."
    figures = find_figures(text)
    assert len(figures) == 1, (text, figures)
    figure = figures[0]
    want = (whole + (cents or 0) / 100) * scale[1]
    assert math.isclose(figure.value, want, rel_tol=1e-9), (text, figure)
    assert figure.currency == code, (text, figure)
    assert figure.kind == "money"
    assert figure.approximate == bool(hedge)
    assert figure.text == amount


@pytest.mark.parametrize("length", [25, 40, 5000])
def test_a_run_of_digits_longer_than_any_figure_is_no_figure(length: int) -> None:
    # A code or serial number, not an amount; reading it as one would cost big-number time.
    assert find_figures(f"the serial {'7' * length} was logged") == []


def test_a_long_but_plausible_number_is_still_read() -> None:
    (figure,) = find_figures("a debt of 123456789012345 yen")
    assert figure.value == 123456789012345


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("They signed a billion-dollar gas accord.", id="scale-as-adjective"),
        pytest.param("a multimillion-euro contract", id="multi-scale-as-adjective"),
        pytest.param("the energy used to produce a dollar of output", id="a-dollar-of-is-a-unit"),
        pytest.param("A dollar-for-dollar luxury tax", id="dollar-for-dollar"),
        pytest.param("before the 2009 European elections", id="the-year-before-a-name"),
        pytest.param("in time for the 2012 elections", id="the-year-before-an-event"),
    ],
)
def test_words_that_look_like_amounts_are_no_figures(text: str) -> None:
    assert find_figures(text) == []


def test_a_dollar_alone_is_still_one_dollar() -> None:
    (figure,) = find_figures("It costs a dollar a day.")
    assert (figure.text, figure.value, figure.currency) == ("a dollar", 1.0, "USD")
