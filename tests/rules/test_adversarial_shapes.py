"""Text shapes that once made a finder superlinear or exponential, and the helpers that fixed them.

Timing is left to ``benchmarks/adversarial_growth.py``. Here each shape of about 200 KB is run
once and its result checked (an exponential pattern would never return), and each helper is
checked to give what the code it replaced gave.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

import summitparse
from summitparse.rules.events.agreements import _governs, _status, _status_words
from summitparse.rules.events.clauses import Clause, clause_around, compile_words
from summitparse.rules.events.data import TRADE_WORDS
from summitparse.rules.people.finder import _PRONOUN_RE, _first_within, find_people
from summitparse.text.guards import first_chars, guarded

SIZE = 200_000
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
DAY = "2026-01-16"


def repeat(unit: str, size: int = SIZE) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def extract(text: str) -> summitparse.Extraction:
    return summitparse.extract(text, backend="rules", published=DAY)


# -- guarded(): a pure filter -----------------------------------------------------------------

PATTERNS = [
    (compile_words(TRADE_WORDS).pattern, re.IGNORECASE),
    (r"\b(?:jan(?:uary)?|feb(?:ruary)?|may)\s+\d{1,2}\b", 0),
    (r"(?<![\w-])(?:he|she|his|her)(?![\w-])", re.IGNORECASE),
    (r"(?:ab|a[bc]d|x?y)+z", 0),
    (r"(?<![\w-])(?P<t>(?i:mr|ms|dr))\.?\s+(?P<n>[A-Z]\w+)", 0),
    (r"(?i:k|s)(?-i:a)", re.IGNORECASE),
    (r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*\s+Treaty", 0),
]
ALPHABET = "abcdxyzJjFfMmKkSs ADHSTXYZ-e'ry0123456789.\n" + "ĸİKſ"


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_guarded_matches_exactly_where_the_pattern_does(pattern: str, flags: int) -> None:
    plain, guard = re.compile(pattern, flags), guarded(pattern, flags)
    assert guard.pattern != plain.pattern  # each of these is guardable
    rng = random.Random(pattern)
    texts = ["".join(rng.choice(ALPHABET) for _ in range(400)) for _ in range(200)]
    texts += ["exports of steel and Trade in May 5", "He said she Shed HIS her-self", "xyabz"]
    for text in texts:
        assert [m.span() for m in guard.finditer(text)] == [m.span() for m in plain.finditer(text)]
        groups = [m.groups() for m in plain.finditer(text)]
        assert [m.groups() for m in guard.finditer(text)] == groups


def test_trade_words_match_as_before_on_real_wording() -> None:
    plain = re.compile(r"\b(?:" + "|".join(TRADE_WORDS) + r")\b", re.IGNORECASE)
    text = "Bilateral TRADE volume rose; Exports and imports of goods, tariffs and investment."
    assert [m.span() for m in compile_words(TRADE_WORDS).finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\w+", 0),  # a category: too wide to list
        (r"a?", 0),  # can match nothing
        (r"[^a]b", 0),
    ],
)
def test_unknown_first_characters_leave_the_pattern_as_it_is(pattern: str, flags: int) -> None:
    assert first_chars(pattern, flags) is None
    assert guarded(pattern, flags).pattern == pattern


def test_a_pattern_led_by_digits_or_spaces_is_guarded_and_matches_as_before() -> None:
    pattern = r"(?<!\w)(?:\d+|one|\s+two)\s+days"
    guard = guarded(pattern)
    assert guard.pattern != pattern  # the lookahead keeps \d and \s as categories
    assert first_chars(pattern) is None  # no list of characters can say "every digit"
    text = "one days, 12 days, \u0663\u0664 days (Arabic-Indic digits),  two days, xone days"
    assert [m.span() for m in guard.finditer(text)] == [
        m.span() for m in re.finditer(pattern, text)
    ]
    assert len(guard.findall(text)) == 4


def test_an_inline_case_flag_makes_the_guard_ignore_case() -> None:
    guard = guarded(r"\b(?i:ab|cd)x", 0)
    assert first_chars(r"\b(?i:ab|cd)x") == frozenset("ac")
    for text in ["ABx abx Cdx cDX", "KELVIN K kx"]:
        assert guard.findall(text) == re.findall(r"\b(?i:ab|cd)x", text)


def test_first_characters_pass_through_zero_width_items_and_optional_parts() -> None:
    assert first_chars(r"\b(?<!x)(?:the\s+)?(?:may|june)") == frozenset("tmj")


# -- pronoun votes: one lookup per mention ------------------------------------------------------


def test_first_pronoun_lookup_is_the_search_it_replaced() -> None:
    rng = random.Random(7)
    words = ["he", "she", "His", "her", "Smith", "said", "there", "hers", "-he", "he-", "."]
    text = " ".join(rng.choice(words) for _ in range(3000))
    found = [(m.start(), m.end(), m.group()) for m in _PRONOUN_RE.finditer(text)]
    starts = [start for start, _, _ in found]
    # mentions end and limits fall where the finder puts them: at word ends and word starts
    ends = [m.end() for m in re.finditer(r"\w+", text)]
    begins = [m.start() for m in re.finditer(r"\w+", text)]
    for _ in range(2000):
        start = rng.choice(ends)
        end = max(start, rng.choice(begins))
        match = _PRONOUN_RE.search(text, start, end)
        assert _first_within(found, starts, start, end) == (match.group() if match else None)


def test_a_name_repeated_without_a_stop_still_gets_its_gender() -> None:
    text = "Prime Minister Sanae Takaichi spoke. " + repeat("Takaichi ") + " she said."
    takaichi = [p for p in find_people(text) if p.name == "Sanae Takaichi"]
    assert takaichi
    assert {p.gender for p in takaichi} == {"f"}


# -- clauses: shared and found by bisect -------------------------------------------------------


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int


_BREAK = re.compile(r";|:\s|\s[–—]\s|\(\s*and\s")


def _clause_by_scan(text: str, sentence: _Sentence, start: int, end: int) -> tuple[int, int]:
    """The reading clause_around replaced: every break before and after, scanned."""
    breaks = [m.span() for m in _BREAK.finditer(text, sentence.start, sentence.end)]
    left = max((b for _, b in breaks if b <= start), default=sentence.start)
    right = min((a for a, _ in breaks if a >= end), default=sentence.end)
    return left, right


def test_clause_around_finds_the_clause_a_scan_finds() -> None:
    rng = random.Random(3)
    text = "".join(rng.choice(["word ", "; ", ": ", " – ", "(and ", "x"]) for _ in range(2000))
    sentence = _Sentence(5, len(text) - 5)
    for _ in range(500):
        start = rng.randrange(sentence.start, sentence.end - 1)
        end = rng.randrange(start + 1, min(sentence.end, start + 30) + 1)
        clause = clause_around(text, sentence, start, end)  # type: ignore[arg-type]
        assert (clause.start, clause.end) == _clause_by_scan(text, sentence, start, end)
        assert clause.text == text[clause.start : clause.end]


def test_names_of_one_clause_share_one_clause() -> None:
    text = repeat("the Japan-Italy agreement ", 2000)
    sentence = _Sentence(0, len(text))
    first = clause_around(text, sentence, 4, 15)  # type: ignore[arg-type]
    assert clause_around(text, sentence, 30, 41) is first  # type: ignore[arg-type]


# -- whole shapes of 200 KB: they finish, and read what they should ---------------------------


def test_a_long_hyphen_chain_before_a_lower_case_agreement_finishes() -> None:
    countries = "Japan Italy France Germany India Brazil Canada Mexico Kenya Poland".split()
    chain = "-".join(countries[i % len(countries)] for i in range(SIZE // 6))
    assert extract("Officials discussed the " + chain + " agreement.").agreements == []


def test_hyphenated_names_are_still_read_whole() -> None:
    text = "Japan and Italy signed the Japan-Italy-France Trade Agreement in Rome on Friday."
    names = [a.name for a in extract(text).agreements]
    assert names == ["Japan-Italy-France Trade Agreement"]


@pytest.mark.parametrize(
    "unit",
    [
        "the Japan-Italy agreement ",
        "Japan and Italy signed a trade agreement on Friday. ",
        "Treaty of ",
        "Convention on ",
    ],
)
def test_an_agreement_named_over_and_over_is_one_agreement(unit: str) -> None:
    found = extract(repeat(unit)).agreements
    assert len(found) <= 1
    assert all(len(a.evidence) >= 1 for a in found)


def test_a_speaker_repeated_without_a_stop_finishes() -> None:
    result = extract(repeat('Mr Smith said "'))
    assert all(q.speaker in {None, "Smith"} for q in result.quotes)


def test_a_text_of_dollar_figures_reads_each_figure() -> None:
    text = repeat("$1 ", 30_000)
    figures = summitparse.find_figures(text)
    assert len(figures) == 10_000
    assert {(f.value, f.currency) for f in figures} == {(1, "USD")}


# -- agreement status: the nearest words, read outwards ------------------------------------


def _status_by_scan(text: str, clause: Clause, start: int, end: int) -> str:
    """The reading _status replaced: every status word of the clause compared."""
    best: tuple[int, int, str] | None = None
    for m_start, m_end, rank, status in _status_words(clause.text, clause.start):
        if m_start < end and m_end > start:
            continue
        if status in {"cancelled", "halted"} and not _governs(text, start, end, m_start, m_end):
            continue
        if m_end <= start:
            distance = start - m_end
        else:
            distance = m_start - end
            if "," in text[end:m_start]:
                distance += 50
        if best is None or (distance, rank, status) < best:
            best = (distance, rank, status)
    return best[2] if best else "other"


def test_status_read_outwards_is_the_status_a_scan_finds() -> None:
    rng = random.Random(11)
    pieces = [
        "signed ", "the ", "accord ", "withdrew from ", ", ", "was cancelled ", "ratified ",
        "talks on ", "entered into force ", "agreed ", "will sign ", "x ", "suspended ",
    ]  # fmt: skip
    for _ in range(40):
        text = "".join(rng.choice(pieces) for _ in range(80))
        clause = clause_around(text, _Sentence(0, len(text)), 0, 1)  # type: ignore[arg-type]
        for _ in range(40):
            start = rng.randrange(0, len(text) - 10)
            end = start + rng.randrange(1, 10)
            assert _status(text, clause, start, end) == _status_by_scan(text, clause, start, end)


def test_a_clause_that_signs_one_agreement_after_another_finishes() -> None:
    found = extract(repeat("signed the Japan-Italy agreement ")).agreements
    assert [(a.name, a.status) for a in found] == [("Japan-Italy agreement", "signed")]


def test_the_seed_article_repeated_keeps_its_speakers() -> None:
    seed = next(iter(sorted(SEEDS.glob("*.txt")))).read_text(encoding="utf-8")
    once = {q.speaker for q in extract(seed).quotes}
    assert {q.speaker for q in extract(repeat(seed + "\n\n")).quotes} == once


# -- pronoun speakers: the cast is indexed once per article ------------------------------------


def test_pronoun_speakers_of_a_long_run_of_quotes_read_right() -> None:
    unit = (
        'Prime Minister John Smith met President Anna Jones. "We agree," he said. '
        '"So do we," she added. '
    )
    quotes = extract(repeat(unit)).quotes
    assert len(quotes) > 2_000
    assert {(q.text, q.speaker) for q in quotes[:-1]} == {
        ("We agree", "John Smith"),
        ("So do we", "Anna Jones"),
    }
