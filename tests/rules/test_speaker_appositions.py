"""A name set off by an apposition before its verb is a person, whatever the speech verb."""

from __future__ import annotations

from summitparse.rules.quotes.finder import find_quotes


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(quote.speaker, quote.cue) for quote in find_quotes(text)]


def test_a_closed_apposition_before_commented_makes_the_name_a_person() -> None:
    text = (
        "Mara Velden, the chief executive officer of the Northern Rail Company, commented on "
        'the rise. "We have thought hard about these increases and their cost to travellers," '
        "she stated."
    )
    assert speakers(text) == [("Mara Velden", "stated")]


def test_a_closed_apposition_before_condemned_makes_the_name_a_person() -> None:
    text = (
        "Tomas Arveld, a longtime rival of the senator, condemned the remarks on Monday. "
        '"This is an insult to every family on the islands," he said.'
    )
    assert speakers(text) == [("Tomas Arveld", "said")]


def test_a_place_set_off_before_a_verb_is_not_made_a_person() -> None:
    text = (
        "New Zealand, a country of five million people, welcomed the ruling. "
        '"This is a fair outcome for both sides," Prime Minister Dan Ortega said.'
    )
    assert speakers(text) == [("Dan Ortega", "said")]
