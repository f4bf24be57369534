"""The owner's seed article, offline: what a new user must get from the README's first command."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import summitparse
from summitparse import Extraction

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_0a2133f4850d8740.txt"


@pytest.fixture(scope="module")
def seed() -> Extraction:
    return summitparse.extract(SEED.read_text(encoding="utf-8"), id="seed")


def test_the_offline_default_is_the_rules_backend(seed: Extraction) -> None:
    assert seed.meta.backend == "rules"
    assert seed.meta.fallback is None


def test_dateline(seed: Extraction) -> None:
    assert seed.dateline is not None
    assert seed.dateline.place == "Tokyo"
    assert seed.dateline.date == dt.date(2026, 1, 16)


def test_summit_of_takaichi_and_meloni_in_tokyo(seed: Extraction) -> None:
    assert len(seed.summits) == 1
    summit = seed.summits[0]
    people = {p.name: p for p in summit.participants}
    assert set(people) == {"Sanae Takaichi", "Giorgia Meloni"}
    assert people["Sanae Takaichi"].title == "Prime Minister"
    assert people["Sanae Takaichi"].country == "JP"
    assert people["Giorgia Meloni"].country == "IT"
    assert set(summit.countries) == {"JP", "IT"}
    assert (summit.location, summit.country) == ("Tokyo", "JP")
    assert summit.start_date == dt.date(2026, 1, 16)


def test_special_strategic_partnership_replaces_the_strategic_one(seed: Extraction) -> None:
    by_name = {a.name: a for a in seed.agreements}
    upgrade = by_name["special strategic partnership"]
    assert upgrade.kind == "partnership"
    assert set(upgrade.parties) == {"JP", "IT"}
    assert upgrade.status == "announced"
    assert upgrade.date == dt.date(2026, 1, 16)
    assert upgrade.previous == "strategic partnership"
    assert "strategic partnership" not in by_name


def test_acsa_is_in_force_since_september_2025(seed: Extraction) -> None:
    acsa = next(a for a in seed.agreements if "Cross-Servicing" in a.name)
    assert acsa.status == "in_force"
    assert acsa.date == dt.date(2025, 9, 1)
    assert set(acsa.parties) == {"JP", "IT"}


def test_trade_figure_of_about_11_6_billion_dollars(seed: Extraction) -> None:
    trade = [t for t in seed.trade_figures if t.currency == "USD"]
    assert len(trade) == 1
    figure = trade[0]
    assert figure.value == pytest.approx(11.6e9)
    assert figure.approximate
    assert set(figure.parties) == {"JP", "IT"}
    assert "trade" in figure.description


def test_euro_range_figure(seed: Extraction) -> None:
    euro = next(f for f in seed.figures if f.currency == "EUR")
    assert euro.text == "€10-11 billion"
    assert (euro.value, euro.value_max) == (10e9, 11e9)
    assert euro.approximate


def test_quotes_and_their_speakers(seed: Extraction) -> None:
    quotes = {q.text: q for q in seed.quotes}
    urgency = next(q for text, q in quotes.items() if text.startswith("We agreed that cooperating"))
    assert (urgency.speaker, urgency.cue) == ("Sanae Takaichi", "stated")
    together = quotes["Italy and Japan can make a difference together"]
    assert together.speaker == "Giorgia Meloni"
    for scare in ("strategic partnership", "special strategic partnership", "SanaMelo Summit"):
        assert not any(text.strip(" .,") == scare for text in quotes), scare


@pytest.mark.parametrize(
    ("text", "value", "granularity"),
    [
        pytest.param("Friday", dt.date(2026, 1, 16), "day", id="friday"),
        pytest.param("Thursday, January 15", dt.date(2026, 1, 15), "day", id="thursday-jan-15"),
        pytest.param("October 2025", dt.date(2025, 10, 1), "month", id="october-2025"),
        pytest.param("1866", dt.date(1866, 1, 1), "year", id="1866"),
    ],
)
def test_dates(seed: Extraction, text: str, value: dt.date, granularity: str) -> None:
    mention = next(d for d in seed.dates if d.text == text)
    assert (mention.value, mention.granularity) == (value, granularity)


def test_every_span_slices_the_article(seed: Extraction) -> None:
    article = SEED.read_text(encoding="utf-8")
    spans = list(seed.iter_spans())
    assert len(spans) > 20
    for span in spans:
        assert article[span.start : span.end] == span.text


def test_empty_text_raises_a_clear_summitparse_error() -> None:
    with pytest.raises(summitparse.EmptyTextError, match="empty"):
        summitparse.extract("")
    with pytest.raises(summitparse.SummitparseError, match="white space"):
        summitparse.extract("   \n ")
