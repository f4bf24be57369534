"""A speech verb joined by "and" to an earlier predicate shares that predicate's subject."""

from __future__ import annotations

from summitparse.rules.quotes.finder import find_quotes


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(quote.speaker, quote.cue) for quote in find_quotes(text)]


def test_the_second_predicate_is_the_first_clause_subjects() -> None:
    text = (
        "At the airport, President Ana Ruiz thanked Prime Minister Dan Ortega for coming and "
        'praised him for his "deep concern for the region and its people".'
    )
    assert speakers(text) == [("Ana Ruiz", "praised")]


def test_she_said_and_added_stays_with_her() -> None:
    text = (
        "Chancellor Eva Brandt met President Dan Ortega on Monday. She said the talks with "
        'Ortega were good, and added: "I trust that we will find joint positions."'
    )
    assert speakers(text) == [("Eva Brandt", "added")]


def test_commended_introduces_the_words_it_quotes() -> None:
    text = (
        "President Dan Ortega commended the government for its "
        '"firm commitment to the investment in its people".'
    )
    assert speakers(text) == [("Dan Ortega", "commended")]


def test_a_country_that_said_and_said_again_keeps_the_second_quote() -> None:
    text = (
        "On Thursday, Chile said that it supports Peru's stance and said it "
        '"has a right to peaceful nuclear technology".'
    )
    assert speakers(text) == [("Chile", "said")]


def test_the_main_subject_after_an_opening_clause_shares_the_second_verb() -> None:
    text = (
        "While Senator Dan Ortega has said that his plan won wide support among voters, the "
        'Civil Liberties Union spoke out against it and called it a "cruel attempt to punish '
        'the poor".'
    )
    assert speakers(text) == [("Civil Liberties Union", "called")]


def test_a_bodys_initials_after_the_open_the_main_clause() -> None:
    text = (
        "While Senator Dan Ortega has said that his plan won wide support among voters, the "
        'RCLU spoke out against it and called it a "cruel attempt to punish the poor".'
    )
    assert speakers(text) == [("RCLU", "called")]


def test_initials_without_an_article_before_a_description_are_no_subject() -> None:
    text = (
        "RCLU colleague and attorney Ana Ruiz repeated the criticism, calling on the "
        'government to "step up and put pressure on its neighbours."'
    )
    assert speakers(text) == [("Ana Ruiz", "calling")]
