"""A speaker named after an office phrase and a comma, in the order real copy writes it."""

from __future__ import annotations

from summitparse.rules.quotes.finder import find_quotes


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in find_quotes(text)]


def test_said_an_office_of_a_company_then_the_name() -> None:
    text = (
        "The two carriers confirmed the talks on Thursday.\n\n"
        '"A merger would serve our passengers well," said Chairman of the Solara board, '
        "Marco Vidal."
    )
    assert speakers(text) == ["Marco Vidal"]


def test_said_a_spokeswoman_of_a_body_then_the_name() -> None:
    text = '"We hope the visit will go ahead as planned," said White House spokeswoman, Jane Ortiz.'
    assert speakers(text) == ["Jane Ortiz"]


def test_a_spokesperson_for_a_named_body_never_takes_the_verb() -> None:
    text = (
        "Protests were held outside the ministry.\n\n"
        'A spokesperson for the Refugee Council said: "There is no urgent reason to act now."'
    )
    assert speakers(text) == ["Refugee Council"]


def test_a_ministry_of_a_portfolio_keeps_its_whole_name() -> None:
    text = 'In a statement, the Ministry of Defence said: "One soldier has been killed."'
    assert speakers(text) == ["Ministry of Defence"]
