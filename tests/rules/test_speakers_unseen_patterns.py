"""Speakers as unseen real copy names them: state and police offices, clause subjects of
"adding" and "saying", descriptions set off before the name, unnamed groups."""

from __future__ import annotations

from summitparse.rules.quotes.finder import find_quotes


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in find_quotes(text)]


def test_state_and_police_offices_are_no_part_of_the_name() -> None:
    text = (
        "The bill was tabled on Monday.\n\n"
        'Attorney-General Mark Reedy said the law "would protect fair comment."\n\n'
        '"Two men have been arrested near the stadium," Superintendent Alan Pike said.\n\n'
        'Treasurer Paul Denholm told reporters: "The budget will be back in surplus."'
    )
    assert speakers(text) == ["Mark Reedy", "Alan Pike", "Paul Denholm"]


def test_a_member_of_a_state_council_keeps_his_name_only() -> None:
    text = 'The Greens MLC Ian Corrie said: "We do not want the waste stored here."'
    assert speakers(text) == ["Ian Corrie"]
