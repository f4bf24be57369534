"""Evidence strings → spans, and the planted-span oracle for the threshold.

The oracle plants edited copies of the seed's sentences (the edits a model makes when it copies)
and invented sentences built from the seed's own words; the fuzzy step must find every planted
copy on its sentence and none of the inventions. It is the measurement behind
``FUZZY_THRESHOLD`` (see the docstring of :mod:`summitparse.llm.grounding`).
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from llm_fixtures import seed_text

from summitparse.llm.grounding import FUZZY_THRESHOLD, ground
from summitparse.text import split_sentences

ARTICLE = "Leaders met in “Tokyo” on Friday.\nThey  signed the\nJapan–Italy accord, officials said."


@pytest.mark.parametrize(
    ("needle", "level", "found"),
    [
        pytest.param("met in “Tokyo”", "exact", "met in “Tokyo”", id="exact"),
        pytest.param('met in "Tokyo"', "quotes", "met in “Tokyo”", id="straight-quotes"),
        pytest.param(
            "They signed the Japan–Italy accord",
            "quotes",
            "They  signed the\nJapan–Italy accord",
            id="white-space-collapsed",
        ),
        pytest.param(
            "they signed the japan-italy accord",
            "normalised",
            "They  signed the\nJapan–Italy accord",
            id="case-and-dash",
        ),
        pytest.param(
            "They signed the Japan-Itlay accord, oficials said",
            "fuzzy",
            "They  signed the\nJapan–Italy accord, officials said",
            id="two-typos",
        ),
        pytest.param('  "on Friday."  ', "exact", "on Friday.", id="wrapping-quote-marks-stripped"),
    ],
)
def test_ground_finds_the_span(needle: str, level: str, found: str) -> None:
    alignment = ground(ARTICLE, needle)
    assert alignment is not None
    assert alignment.level == level
    assert alignment.span.text == found
    assert ARTICLE[alignment.span.start : alignment.span.end] == found


@pytest.mark.parametrize(
    ("needle", "levels"),
    [
        pytest.param("Leaders met in Paris on Monday.", None, id="invented"),
        pytest.param("met in Kyoto", None, id="short-near-miss-not-fuzzy"),
        pytest.param("", None, id="empty"),
        pytest.param("met in tokyo", ("exact", "quotes"), id="case-differs-quote-levels"),
    ],
)
def test_ground_refuses(needle: str, levels: tuple[str, ...] | None) -> None:
    if levels is None:
        assert ground(ARTICLE, needle) is None
    else:
        assert ground(ARTICLE, needle, levels=levels) is None  # type: ignore[arg-type]


def test_fuzzy_refuses_a_changed_number() -> None:
    text = seed_text()
    assert ground(text, "bilateral trade volume reaching approximately $15 billion") is None
    assert ground(text, "bilateral trade volume reaching aproximately $11.6 billion") is not None


def test_near_prefers_the_closest_occurrence() -> None:
    text = "the summit opened. Later, the summit closed. Then the summit ended."
    last = text.rindex("the summit")
    alignment = ground(text, "the summit", near=last)
    assert alignment is not None
    assert alignment.span.start == last


@given(st.text(max_size=80), st.text(max_size=30))
@settings(max_examples=200, deadline=None)
def test_ground_is_total_and_spans_slice(article: str, needle: str) -> None:
    alignment = ground(article, needle)
    if alignment is not None:
        span = alignment.span
        assert article[span.start : span.end] == span.text


# -- the planted-span oracle ---------------------------------------------------------------------

_FILLER = ["the", "a", "new", "key", "major"]


def _edit(sentence: str, kind: str, rng: random.Random) -> str:
    words = sentence.split()
    index = rng.randrange(len(words))
    if kind == "typo" and len(words[index]) > 4:
        word = words[index]
        cut = rng.randrange(1, len(word) - 2)
        words[index] = word[:cut] + word[cut + 1] + word[cut] + word[cut + 2 :]
    elif kind == "drop":
        del words[index]
    elif kind == "swap":
        words[index] = rng.choice(_FILLER)
    elif kind == "punctuation":
        return sentence.replace(",", "").rstrip(".")
    elif kind == "two":
        return _edit(_edit(sentence, "typo", rng), "drop", rng)
    return " ".join(words)


def _planted() -> list[pytest.ParameterSet]:
    text, rng = seed_text(), random.Random(7)
    cases = []
    sentences = [s for s in split_sentences(text) if len(s.text) >= 40]
    for number, sentence in enumerate(sentences):
        for kind in ("typo", "drop", "swap", "punctuation", "two"):
            edited = _edit(sentence.text, kind, rng)
            cases.append(pytest.param(edited, sentence.start, sentence.end, id=f"{kind}-{number}"))
    return cases


@pytest.mark.parametrize(("needle", "start", "end"), _planted())
def test_planted_copies_are_found_on_their_sentence(needle: str, start: int, end: int) -> None:
    alignment = ground(seed_text(), needle)
    assert alignment is not None
    assert alignment.span.start < end
    assert alignment.span.end > start
    if alignment.level == "fuzzy":
        assert alignment.score >= FUZZY_THRESHOLD


@pytest.mark.parametrize(
    "invented",
    [
        "A summit was held in Paris between Takaichi and Meloni.",
        "Meloni and Takaichi signed a defense treaty in Rome on Monday.",
        "Japan and Italy agreed a free trade agreement worth $20 billion.",
        "The two leaders announced a joint statement on space cooperation in Paris.",
        "Takaichi said Italy and Japan will build a new fighter jet together.",
        "Meloni arrived in Seoul on Friday for a two-day state visit.",
        "The Japan-Italy Defence Equipment Transfer Agreement was signed in September 2025.",
        "We agreed to strengthen our partnership in critical minerals as a matter of urgency",
        "Italy and Japan will make a difference together in the Indo-Pacific",
        "The leaders signed a memorandum on rare earths and lithium supply.",
        "China dominates production of rare earths, Meloni told reporters in Tokyo.",
    ],
)
def test_invented_sentences_in_the_articles_words_are_not_found(invented: str) -> None:
    assert ground(seed_text(), invented) is None
