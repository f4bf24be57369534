"""People as real copy names them: one man under a shorter form of his name, ranks and judges
as titles, and the misspelled "Prime Minster" as a reference to the prime minister."""

from __future__ import annotations

from summitparse import extract
from summitparse.rules.people.finder import find_people


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract(text, backend="rules").quotes]


def test_a_name_without_its_middle_is_the_man_named_in_full() -> None:
    text = (
        "US President George W. Bush met Tanzanian President Jakaya Kikwete on Monday.\n\n"
        'After the meeting, George Bush said: "Our help is effective help."'
    )
    assert _speakers(text) == ["George W. Bush"]


def test_a_name_two_fuller_names_extend_stays_as_written() -> None:
    text = (
        "George W. Bush and his father George Herbert Walker Bush attended the ceremony.\n\n"
        'George Bush said: "It was a fine day."'
    )
    assert _speakers(text) == ["George Bush"]


def test_the_misspelled_prime_minster_is_the_prime_minister_named_before() -> None:
    text = (
        "British Prime Minister Tony Blair spoke after the G8 summit in Gleneagles.\n\n"
        'The Prime Minster said "We speak today in the shadow of terrorism."'
    )
    assert _speakers(text) == ["Tony Blair"]


def test_judges_and_officers_are_titled_not_named_by_their_rank() -> None:
    text = (
        'Judge Raouf Abdel Rahman told the court: "The right of defence is sacred."\n\n'
        'Colonel Carol Joyce said: "This is how the detainees get treated."'
    )
    assert _speakers(text) == ["Raouf Abdel Rahman", "Carol Joyce"]


def test_an_untitled_name_told_with_who_is_a_person_pronouns_point_at() -> None:
    text = (
        "Ehud Olmert and Mahmoud Abbas met in Jerusalem.\n\n"
        "Mahdi Abdel Hadi who heads the research group PASSIA says both men are weakened.\n\n"
        '"I think both leaders are weak," he explained.'
    )
    assert _speakers(text) == ["Mahdi Abdel Hadi"]


def test_an_apposition_without_its_second_comma_still_describes_the_speaker() -> None:
    text = (
        '"The negotiations are in dire straits," Kim Hyun-chong, South Korean trade minister '
        "said.\n\n"
        "The Palm Beach County Supervisor of Elections, Arthur Anderson, has responded that "
        '"the dates somehow changed."'
    )
    assert _speakers(text)[0] == "Kim Hyun-chong"


def test_a_second_name_after_a_comma_is_no_description() -> None:
    # "NSW Health Minister, Reba Meagher said": the name after the comma is the speaker, the
    # words before it are no person.
    text = (
        "NSW Health Minister, Reba Meagher said a study showed a decline. "
        '"Cannabis comes with serious risk," she said.'
    )
    assert _speakers(text) == ["Reba Meagher"]


def test_pointed_out_is_a_speech_verb() -> None:
    text = (
        "Georgian President Mikheil Saakashvili signed the truce on Friday. But he pointed out "
        'that "this is not a done deal."'
    )
    assert _speakers(text) == ["Mikheil Saakashvili"]


def test_the_rest_of_a_long_title_is_no_name() -> None:
    text = '"We stand together," said the Secretary General of NATO, Mark Rutte.'
    found = [(m.name, m.title) for m in find_people(text)]
    assert found == [("Mark Rutte", "Secretary General")]
