"""Counts whose noun comes after capitalised modifiers are counts, not parts of a name."""

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
