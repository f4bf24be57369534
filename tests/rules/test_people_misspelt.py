"""A surname written with one letter wrong is still the person named before."""

from __future__ import annotations

from summitparse.rules.people.finder import find_people
from summitparse.rules.quotes.finder import find_quotes


def test_a_misspelt_surname_speaks_for_the_person() -> None:
    text = (
        "Steve Marchetti, the secretary of the union, said the strike would go ahead.\n\n"
        'Marchotti said engineers were "tired of the slow dismantling of our trade".'
    )
    assert [quote.speaker for quote in find_quotes(text)] == ["Steve Marchetti"]


def test_a_pronoun_after_a_misspelt_surname_points_to_the_person() -> None:
    text = (
        "US President Dan Ortega met Japanese Prime Minister Kenji Hayakawa on Monday. "
        "Hayakowa noted that it had been a long meeting. "
        'He also said that "we first shared the view that the alliance keeps the peace".'
    )
    assert [quote.speaker for quote in find_quotes(text)] == ["Kenji Hayakawa"]


def test_a_short_surname_one_letter_off_is_someone_else() -> None:
    text = "Prime Minister Anna Berg met the union leader. Borg said little afterwards."
    assert {mention.name for mention in find_people(text)} == {"Anna Berg"}


def test_a_first_name_one_letter_off_is_not_the_surname() -> None:
    text = "Prime Minister Paul Andrew met the press. Andrea Horvath, an MP, said little."
    names = {mention.name for mention in find_people(text)}
    assert "Paul Andrew" in names
    assert all(m.name != "Paul Andrew" for m in find_people(text) if m.text.startswith("Andrea"))


def test_a_word_of_the_language_is_not_a_misspelt_surname() -> None:
    text = (
        "Prime Minister Ana Reserva spoke on Monday. Reserve funds were low, and the "
        "reserve bank said so."
    )
    assert all(m.text != "Reserve" for m in find_people(text))
