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


def test_a_name_set_off_after_a_title_and_its_body_is_the_subject() -> None:
    text = (
        "Prime Minister Dan Ortega spoke on Monday. Ruritania's ambassador to the OSCE, "
        "Ivo Marden, told reporters that the report had "
        '"to some extent, triggered the unrest."'
    )
    assert speakers(text) == [("Ivo Marden", "told")]


def test_a_capitalised_word_after_the_makes_report_a_noun() -> None:
    text = (
        "Ambassador Ivo Marden told reporters that the OSCE report on the vote had "
        '"to some extent, triggered the unrest."'
    )
    assert speakers(text) == [("Ivo Marden", "told")]


def test_a_body_set_off_after_a_title_is_no_person() -> None:
    text = (
        'Ana Ruiz, Director, BBC Outside Broadcasts, added "it is time for our business to '
        'grow under new ownership".'
    )
    assert speakers(text) == [("Ana Ruiz", "added")]


def test_said_a_name_of_a_body_is_the_person_not_the_body() -> None:
    text = (
        '"Relations are so bad that the perception will linger," said Omar Halden of the '
        'Council on Arab-American Relations. "Many people will not believe it," Halden said.'
    )
    assert speakers(text) == [("Omar Halden", "said"), ("Omar Halden", "said")]
