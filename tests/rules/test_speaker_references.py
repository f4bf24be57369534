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


def test_the_official_of_a_named_country_is_the_person_of_that_country() -> None:
    text = (
        "Romanian Foreign Minister Ion Popa met his Moldovan counterpart on Monday.\n\n"
        '"We will back your path to the union," said the Romanian official.\n\n'
        '"Nothing was decided," an official said.'
    )
    assert speakers(text) == ["Ion Popa", None]


def test_said_the_minister_points_to_the_minister_introduced_without_a_country() -> None:
    text = (
        "According to the Minister of Foreign Relations, Celso Prado, the document is ready. "
        'It will mention the "right of resistance to foreign occupation," said the minister.'
    )
    assert speakers(text) == ["Celso Prado"]


def test_a_speaker_before_the_quote_beats_the_report_that_carried_it() -> None:
    text = (
        'The sister of the late premier, MP Hala Karam, who backed the nominee, said, "We had '
        "two choices and the "
        'opposition chose a compromise," according to a report by al-Jazeera.'
    )
    assert speakers(text) == ["Hala Karam"]


def test_a_body_before_a_surname_is_not_part_of_the_name() -> None:
    text = (
        'The "goal is a union of the south," explains Secretary General of the Andean '
        "Community Wagner. Wagner said the plan was ready."
    )
    assert speakers(text) == ["Wagner"]


def test_the_official_after_unnamed_officials_stays_unnamed() -> None:
    text = (
        "US President John Cole called Indian Prime Minister Raj Mehta, White House officials "
        'said.\n\nThe senior U.S. official also said that "we see no change in the balance of '
        'the region."'
    )
    assert speakers(text) == [None]
