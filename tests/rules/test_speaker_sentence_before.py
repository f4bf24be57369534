"""A quote that opens a sentence, right after a sentence naming one person and no speech verb."""

from __future__ import annotations

from summitparse.rules.quotes.finder import find_quotes


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in find_quotes(text)]


def test_the_one_person_of_the_sentence_before_speaks() -> None:
    text = (
        '"Our two countries have never been closer," President Dan Ortega said.\n\n'
        'Mr. Ruiz then took the floor. "Thank you, Mr. President, for a long and useful day."'
    )
    assert speakers(text) == ["Dan Ortega", "Ruiz"]


def test_the_sentence_before_may_name_the_speaker_as_an_object() -> None:
    text = (
        '"We played well in patches," coach Sam Horan said.\n\n'
        "The home side picked up two yellow cards, leaving Mark Ellery unimpressed. "
        '"One of them was harsh, the other was fair."'
    )
    assert speakers(text) == ["Sam Horan", "Mark Ellery"]


def test_two_people_in_the_sentence_before_name_no_one() -> None:
    text = (
        '"Our two countries have never been closer," President Dan Ortega said.\n\n'
        'Later Ortega met Prime Minister Ana Ruiz. "We will meet again in the spring."'
    )
    assert speakers(text) == ["Dan Ortega", "Dan Ortega"]


def test_the_person_the_quote_talks_about_is_not_its_speaker() -> None:
    text = (
        "The mint will put President Dan Ortega on the new coin. "
        '"The design leads us back to Ortega and his vision for the nation."'
    )
    assert speakers(text) == [None]
