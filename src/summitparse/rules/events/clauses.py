"""Shared reading helpers for the event rules: word-list regexes, clauses, country codes.

An event's status, date and parties are read from the clause that names it, not from the whole
sentence: wire sentences chain several facts with semicolons and colons ("… under the ACSA, which
entered into force in September 2025; and cultural exchanges …").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache

from summitparse.rules.places.countries import CountryMention
from summitparse.text import Sentence
from summitparse.text.guards import guarded

__all__ = [
    "Clause",
    "clause_around",
    "codes",
    "compile_words",
    "unique",
]


def compile_words(words: Iterable[str]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of ``words`` (regex fragments) as whole words,
    guarded by its first letters: it is searched at every position of long clauses."""
    return guarded(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


_CLAUSE_BREAK = re.compile(r";|:\s|\s[–—]\s|\(\s*and\s")


class Clause:
    """A stretch of a sentence between clause breaks, with raw offsets."""

    __slots__ = ("end", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.start = start
        self.end = end
        self.text = text[start:end]


def clause_around(text: str, sentence: Sentence, start: int, end: int) -> Clause:
    """The clause of ``sentence`` that holds ``[start, end)``.

    Every name of one clause gets the same :class:`Clause` object: a sentence of thousands of
    names with no break would otherwise copy its whole text once per name.
    """
    breaks = _breaks(text, sentence.start, sentence.end)
    index = bisect_right(breaks, (start, start))  # breaks that start before the stretch
    left = sentence.start
    # Breaks do not overlap, so their ends rise with their starts: the last one or two before
    # ``index`` decide, and no slice of the list is copied.
    for i in range(index - 1, -1, -1):
        if breaks[i][1] <= start:
            left = breaks[i][1]
            break
    right = sentence.end
    for i in range(bisect_left(breaks, (end, -1), index), len(breaks)):
        if breaks[i][0] >= end:
            right = breaks[i][0]
            break
    return _clause(text, left, right)


@lru_cache(maxsize=256)
def _clause(text: str, start: int, end: int) -> Clause:
    return Clause(text, start, end)


@lru_cache(maxsize=64)
def _breaks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause breaks of one sentence, found once for all the mentions in it."""
    return [m.span() for m in _CLAUSE_BREAK.finditer(text, start, end)]


def codes(mentions: Sequence[CountryMention], *, countries_only: bool = False) -> list[str]:
    """The distinct codes of ``mentions`` in first-seen order (alpha-2 only if asked)."""
    seen: list[str] = []
    for mention in mentions:
        if countries_only and (mention.kind == "organisation" or len(mention.code) != 2):
            continue
        if mention.code not in seen:
            seen.append(mention.code)
    return seen


def unique(items: Iterable[str]) -> list[str]:
    """Distinct items in first-seen order."""
    return list(dict.fromkeys(items))
