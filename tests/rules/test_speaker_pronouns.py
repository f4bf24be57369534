"""Pronoun speakers: who "he" or "she" before a speech verb points to."""

from __future__ import annotations

from summitparse.rules.quotes.finder import find_quotes


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in find_quotes(text)]


def test_a_name_in_an_opening_participle_phrase_is_not_the_pronoun() -> None:
    text = (
        "Ana Ruiz, the union's general secretary, said the strike showed "
        '"the anger of teachers." She said the cuts "are nothing short of disgraceful." '
        "Speaking on the television programme Morning Desk, she added: "
        '"Much of this has been imposed without any negotiation."'
    )
    assert speakers(text)[-1] == "Ana Ruiz"


def test_after_meeting_someone_he_is_still_the_subject_before() -> None:
    text = (
        "Prime Minister Dan Ortega arrived in the capital on Monday. After meeting "
        'President Luis Mora, he said: "We have agreed to work together on trade."'
    )
    assert speakers(text) == ["Dan Ortega"]


def test_was_quoted_after_an_apposition_is_the_named_speaker() -> None:
    text = (
        '"All of the patients were freed on Friday," Yazar, a colleague of the jailed '
        "activist, was quoted as saying by a news agency."
    )
    assert speakers(text) == ["Yazar"]


def test_the_subject_of_unknown_gender_is_he_before_a_man_named_after_him() -> None:
    text = (
        "Lawmaker Tomas Arveld also criticized Mr Dan Ortega and Senator Ana Ruiz. "
        '"Raising taxes on farmers will not bring the old jobs back," he said.'
    )
    assert speakers(text) == ["Tomas Arveld"]


def test_a_later_clause_with_its_own_subject_is_who_he_is() -> None:
    text = (
        "Lawmaker Tomas Arveld had been named acting president on Monday, but today "
        'President Dan Ortega was named prime minister.\n\n"Parliament gave me the powers of '
        'the president today," he said.'
    )
    assert speakers(text) == ["Dan Ortega"]


def test_but_said_goes_on_with_the_first_subject() -> None:
    text = (
        "Prime Minister Tomas Arveld told reporters that the talks had gone well, but said "
        "President Dan Ortega told him that the north would not join.\n\n"
        '"His aim is not membership but closer ties," he said.'
    )
    assert speakers(text) == ["Tomas Arveld"]
