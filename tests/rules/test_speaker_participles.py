"""Sentence openers that are no names, and subjectless participles that go on with a speaker."""

from __future__ import annotations

from summitparse.rules.quotes.finder import find_quotes


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(quote.speaker, quote.cue) for quote in find_quotes(text)]


def test_further_adding_goes_on_with_the_last_speaker() -> None:
    text = (
        'Prime Minister Dan Ortega said, "There is a road to peace and a road to ruin." '
        'Further adding, "I trust that most people will take the road to peace."'
    )
    assert speakers(text) == [("Dan Ortega", "said"), ("Dan Ortega", "adding")]


def test_also_adding_after_a_quote_goes_on_with_its_speaker() -> None:
    text = (
        'The party chair, Ana Ruiz, said, "Whole families came to vote together." '
        'Also adding, "This gives voters abroad a real voice."'
    )
    assert speakers(text)[1] == ("Ana Ruiz", "adding")


def test_a_voice_heard_saying_is_not_the_last_speaker() -> None:
    text = (
        'Senator Dan Ortega said, "The recruiters must answer for this." '
        'A voice on the tape is heard saying, "Just follow the instructions to a tee."'
    )
    assert speakers(text)[1][0] != "Dan Ortega"


def test_an_opening_participle_is_no_speaker() -> None:
    text = (
        "Expressing its concern about civilian deaths, the resolution condemns "
        '"in the strongest terms all attacks targeting civilians".'
    )
    assert speakers(text)[0][0] != "Expressing"


def test_saying_after_an_object_set_off_by_commas_is_the_subjects() -> None:
    text = (
        "Prime Minister Dan Ortega praised Ruritanians, both his supporters and his critics, "
        'saying, "Everyone who voted today has strengthened this country."'
    )
    assert speakers(text) == [("Dan Ortega", "saying")]
