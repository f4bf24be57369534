"""Words 'according to' a document that names no owner are the document's."""

from __future__ import annotations

from summitparse.rules.quotes.finder import find_quotes


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(quote.speaker, quote.cue) for quote in find_quotes(text)]


def test_a_statement_issued_in_a_city_is_the_speaker() -> None:
    text = (
        "The two sides agreed to halt all tests and "
        '"not to transfer any material or know-how to others," according to a statement '
        "issued in Geneva."
    )
    assert speakers(text) == [("statement issued in Geneva", "according to")]


def test_the_document_itself_is_the_speaker() -> None:
    text = (
        "The role of the unit, according to the document, is to "
        '"shape the views of foreign audiences and their governments".'
    )
    assert speakers(text) == [("document", "according to")]


def test_a_document_with_an_owner_speaks_for_the_owner() -> None:
    text = '"The door is open," according to a statement from the Kremlin.'
    assert speakers(text) == [("Kremlin", "according to")]


def test_a_speech_verb_after_according_to_names_the_speaker() -> None:
    text = (
        "According to a wire report, Senator Jane Ortiz stated at the festival, "
        '"I sometimes feel that nobody is in charge in the capital."'
    )
    assert speakers(text) == [("Jane Ortiz", "stated")]


def test_according_to_in_the_next_sentence_is_not_the_quotes() -> None:
    text = (
        'Prime Minister Luca Ferri recognised that "the president has been more open than in '
        'the past." Chancellor Eva Brandt welcomed the plan, according to a draft text.'
    )
    assert speakers(text)[0] == (None, None)


def test_a_person_before_the_quote_beats_a_bare_statement() -> None:
    text = (
        'Prime Minister Ana Ruiz said, "We had two choices and chose the compromise," '
        "according to a statement issued in Lima."
    )
    assert speakers(text) == [("Ana Ruiz", "said")]


def test_a_body_calling_for_words_of_a_draft_leaves_them_to_the_draft() -> None:
    text = (
        'The regional accord calls for "a new climate arrangement that deepens the current '
        'one," according to the draft declaration.'
    )
    assert speakers(text) == [("draft declaration", "according to")]


def test_read_after_a_quote_reports_the_words() -> None:
    text = (
        "Campaigners said the deal fell short.\n\n"
        '"Today the leaders chose not to do what is needed," the Clean Water Alliance '
        "read this evening."
    )
    assert speakers(text) == [("Clean Water Alliance", "read")]


def test_read_away_from_a_quote_is_no_speech() -> None:
    text = 'President Dan Ortega read the report. The plan was called "a new start for all".'
    assert speakers(text)[0][1] != "read"
