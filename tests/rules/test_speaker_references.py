"""Speakers named again in another form than their first mention."""

from __future__ import annotations

from summitparse.rules.quotes.finder import find_quotes


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in find_quotes(text)]


def test_a_surname_written_without_its_accents_is_the_same_person() -> None:
    text = (
        "President José Martínez met the envoy on Monday.\n\n"
        'President Martinez said: "We have turned the page on this dispute."'
    )
    assert speakers(text) == ["José Martínez"]


def test_the_pm_with_a_demonym_is_the_prime_minister_named_before() -> None:
    text = (
        "Estonian Prime Minister Kaja Tamm met her Latvian counterpart on Monday.\n\n"
        'On trade, the Estonian PM commented that, "Our markets are already one market."'
    )
    assert speakers(text) == ["Kaja Tamm"]
