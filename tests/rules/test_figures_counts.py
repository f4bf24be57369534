"""Counts: a number of things is a `count`, whatever modifiers stand between it and its noun."""

from __future__ import annotations

import pytest

from summitparse import find_figures


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The summit included 20 Latin American nations.", "20"),
        ("More than 150 Congolese Tutsi refugees were killed.", "150"),
        ("Tesco operates 57 Tesco Lotus hypermarkets in Thailand.", "57"),
    ],
)
def test_a_number_before_proper_modifiers_and_a_plural_noun_is_a_count(
    text: str, number: str
) -> None:
    assert [(f.text, f.kind) for f in find_figures(text)] == [(number, "count")]


@pytest.mark.parametrize("text", ["He works at 10 Downing Street.", "303 Squadron flew on."])
def test_a_number_that_names_what_follows_is_no_figure(text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(
    "text", ["Putin arrives at 3pm (GMT +2).", "The call is at 9 a.m. (UTC-5)."]
)
def test_a_time_zone_offset_is_no_figure(text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        pytest.param("The deal must be approved by the 25 EU members.", "25", id="acronym"),
        pytest.param("The quota will preserve 10,000 U.S. jobs.", "10,000", id="dotted-acronym"),
        pytest.param("Kenya dismissed 25,000 striking health workers.", "25,000", id="two-words"),
        pytest.param("He listed 350 potential infrastructure projects.", "350", id="adjectives"),
        pytest.param("The 27-member bloc met in Lisbon.", "27", id="member-compound"),
        pytest.param("ASEAN is a 10-nation group.", "10", id="nation-compound"),
        pytest.param("A 5,000-strong force was sent.", "5,000", id="strong"),
        pytest.param("They published the 145 page document.", "145", id="page-head"),
        pytest.param("It was signed by 82 of the attending nations.", "82", id="share-of"),
    ],
)
def test_a_number_of_things_behind_modifiers_or_in_a_compound_is_a_count(
    text: str, number: str
) -> None:
    assert [(f.text, f.kind) for f in find_figures(text)] == [(number, "count")]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        pytest.param("More than 1/2 of the people agreed.", "1/2", id="fraction-share"),
        pytest.param("The talks ended after 10 years.", "10", id="duration"),
        pytest.param("The 7.5-magnitude quake struck at dawn.", "7.5", id="magnitude"),
        pytest.param("A 30-minute meeting followed.", "30", id="time-compound"),
    ],
)
def test_numbers_that_count_nothing_stay_numbers(text: str, number: str) -> None:
    assert [(f.text, f.kind) for f in find_figures(text)] == [(number, "number")]


def test_the_second_number_of_a_spaced_group_counts_the_noun_not_the_first() -> None:
    got = [(f.text, f.kind) for f in find_figures("the 3 500 troops")]
    assert got == [("3", "number"), ("500", "count")]
