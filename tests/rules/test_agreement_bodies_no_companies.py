"""Bodies and places whose names hold a company's words are no company: the European Union is
no trade union, the West Bank no bank, "co-operation" no firm's "Co"."""

from __future__ import annotations

import summitparse

DAY = "2026-03-06"  # a Friday


def agreements(text: str) -> list[summitparse.Agreement]:
    return summitparse.extract(text, backend="rules", published=DAY).agreements


def test_a_deal_by_its_purpose_in_a_sentence_naming_the_european_union() -> None:
    text = (
        "Talks end in Kiev\n\n"
        "Ukraine and the European Union reached a deal to ease visa rules for students."
    )
    assert [(a.name, a.status, sorted(a.parties)) for a in agreements(text)] == [
        ("deal to ease visa rules", "announced", ["EU", "UA"])
    ]


def test_a_deal_by_its_purpose_in_a_sentence_of_co_operation() -> None:
    text = (
        "Ministers meet\n\n"
        "Peru and Chile signed a deal to expand co-operation between their fishing fleets."
    )
    assert [(a.name, a.status) for a in agreements(text)] == [
        ("deal to expand co-operation", "signed")
    ]


def test_a_deal_by_its_purpose_in_a_sentence_naming_the_west_bank() -> None:
    text = (
        "Talks in Cairo\n\nIsrael and Egypt reached a deal to open a crossing into the West Bank."
    )
    assert [a.name for a in agreements(text)] == ["deal to open a crossing into the West Bank"]


def test_a_trade_union_still_makes_a_deal_its_own() -> None:
    text = (
        "Strike ends\n\n"
        "The union and the French government reached a deal to raise pay for nurses in Germany."
    )
    assert agreements(text) == []
