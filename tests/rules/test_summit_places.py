"""Where a summit took place, as real copy says it, and meetings told around a summit."""

from __future__ import annotations

import summitparse


def extract(text: str, day: str = "2008-04-22") -> summitparse.Extraction:
    return summitparse.extract(text, backend="rules", published=day)


def test_a_seat_of_government_is_its_city() -> None:
    text = (
        "Leaders meet\n\nCanadian Prime Minister Paul Roy met US President John Cole at the "
        "White House on Monday."
    )
    (summit,) = extract(text).summits
    assert (summit.location, summit.country) == ("Washington", "US")


def test_a_word_that_gazetteers_call_a_town_is_no_city() -> None:
    text = (
        "Leaders gather\n\nBrazilian President Ana Souza welcomed Algerian President Said Rahmani "
        "at the Summit on Tuesday, where both spoke about trade."
    )
    (summit,) = extract(text).summits
    assert summit.location is None


def test_a_capital_named_through_its_country_hosts_the_summit() -> None:
    text = (
        "Summit of South American and Arab Countries\n\nBrazil's capital city of Brasilia is "
        "hosting the Summit of South American and Arab Countries from May 10 to 11.\n\n"
        "Brazilian President Ana Souza opened the meeting. Algerian President Said Rahmani "
        "asked for fair trade, and Venezuelan President Luis Mora backed him."
    )
    (summit,) = extract(text, "2005-05-11").summits
    assert (summit.location, summit.country) == ("Brasilia", "BR")
    assert {p.name for p in summit.participants} == {"Ana Souza", "Said Rahmani", "Luis Mora"}


def test_a_misspelt_prime_minister_is_still_a_leader_and_later_talks_share_the_day() -> None:
    text = (
        "Three leaders meet\n\nCanadian Prime Minster Paul Roy, US President John Cole and "
        "Mexican President Luis Mora met yesterday at a summit in New Orleans.\n\n"
        "The first meeting was between Cole and Mora. Later in the day Cole met with Canada's "
        "Prime Minister."
    )
    found = {frozenset(p.name for p in s.participants): s for s in extract(text).summits}
    assert frozenset({"Paul Roy", "John Cole", "Luis Mora"}) in found
    pair = found[frozenset({"John Cole", "Paul Roy"})]
    assert (pair.location, str(pair.start_date)) == ("New Orleans", "2008-04-21")
