"""Evidence string → span in the article, with how sure the alignment is.

A model copies evidence out of the article, but not always byte for byte: it straightens curly
quotes, joins a line break into a space, changes a capital, drops a comma. Each step below accepts
a little more and says which step matched (:data:`Alignment`), so a caller can demand more for
quotes (verbatim after quote-mark normalisation) than for evidence sentences:

1. ``exact``      the string occurs as is;
2. ``quotes``     after mapping quote marks to ASCII and collapsing white space (case kept);
3. ``normalised`` the same, plus dashes mapped to ``-`` and case folded;
4. ``fuzzy``      the best partial match by :func:`rapidfuzz.fuzz.partial_ratio_alignment` on the
   normalised strings, accepted at :data:`FUZZY_THRESHOLD` or above.

Normalised matching keeps an offset map from each normalised character back to the raw text, so
the span returned always slices the raw article: ``text[span.start:span.end] == span.text``.

:data:`FUZZY_THRESHOLD` was measured with planted spans (``tests/test_grounding.py`` keeps the
oracle): the 25 longer sentences of the seed article, each copied with an edit a model makes — a
typo, a dropped word, punctuation removed, one word swapped, two edits, a clipped phrase — score
86.3 at worst (one word dropped from a short sentence), median 96.7-100, and every one lands on its
sentence. Invented sentences built from the article's own names and words score 74.6 at worst,
300 random bags of its words 69.7. 82 sits between the two, with margin on both sides. A fuzzy hit
must also carry the same digits as the needle (a changed number is a different claim: "$15
billion" against the article's "$11.6 billion" scored 94.7 before this guard), and needles shorter
than :data:`FUZZY_MIN_LENGTH` characters are never matched fuzzily: a short string finds a
near-match almost anywhere.
"""

from __future__ import annotations

import re
import threading
from array import array
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

from summitparse.models import Span

__all__ = [
    "FUZZY_MIN_LENGTH",
    "FUZZY_THRESHOLD",
    "Alignment",
    "Level",
    "ground",
]

Level = Literal["exact", "quotes", "normalised", "fuzzy"]
LEVELS: tuple[Level, ...] = ("exact", "quotes", "normalised", "fuzzy")

FUZZY_THRESHOLD = 82.0
FUZZY_MIN_LENGTH = 24

_QUOTE_MARKS = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "«": '"',
        "»": '"',
        "″": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "`": "'",
    }
)
_DIGITS = re.compile(r"\d+")
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "‒": "-", "―": "-", "−": "-"})


@dataclass(frozen=True, slots=True)
class Alignment:
    """Where an evidence string stands in the article, and which step found it."""

    span: Span
    level: Level
    score: float


@dataclass(frozen=True, slots=True)
class _Normalised:
    """A normalised string and, for each of its characters, the raw index it came from."""

    text: str
    origin: array[int]

    def raw_span(self, article: str, start: int, end: int) -> Span:
        raw_start = self.origin[start]
        raw_end = self.origin[end - 1] + 1
        return Span(start=raw_start, end=raw_end, text=article[raw_start:raw_end])


#: Characters of normalised text the cache may hold. Each costs about 5 bytes (its own code point
#: and a 4-byte offset in an ``array``) — a tuple of ints cost about 40, and four distinct 5 MB
#: articles reached 2 GB. 4 M characters keep a batch's articles (a few KB each) hot at ~20 MB.
CACHE_CHARS = 4_000_000
_cache: OrderedDict[tuple[str, bool], _Normalised] = OrderedDict()
_cache_chars = 0
_cache_lock = threading.Lock()


def _normalise(text: str, *, fold: bool) -> _Normalised:
    """:func:`_normalise_uncached`, remembered for the most recent texts up to :data:`CACHE_CHARS`.

    One article is grounded many times (every evidence string of every record), so its
    normalised form is worth keeping; a text larger than the whole budget is never kept.
    """
    global _cache_chars
    key = (text, fold)
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
            return hit
    normalised = _normalise_uncached(text, fold=fold)
    if len(text) > CACHE_CHARS:
        return normalised
    with _cache_lock:
        if key not in _cache:
            _cache[key] = normalised
            _cache_chars += len(text)
        while _cache_chars > CACHE_CHARS and _cache:
            (old, _), _unused = _cache.popitem(last=False)
            _cache_chars -= len(old)
    return normalised


def cached_chars() -> int:
    """Characters of text the normalisation cache holds now (for tests and benchmarks)."""
    return _cache_chars


def _normalise_uncached(text: str, *, fold: bool) -> _Normalised:
    """Quote marks to ASCII, white-space runs to one space; with ``fold`` also dashes and case.

    Case folding is done per character and only kept when it does not change the length, so the
    offset map stays one-to-one ("ß" stays "ß").
    """
    chars: list[str] = []
    origin = array("i")
    for index, char in enumerate(text):
        if char.isspace():
            if chars and chars[-1] == " ":
                continue
            char = " "
        else:
            char = char.translate(_QUOTE_MARKS)
            if fold:
                char = char.translate(_DASHES)
                lowered = char.lower()
                char = lowered if len(lowered) == 1 else char
        chars.append(char)
        origin.append(index)
    return _Normalised("".join(chars), origin)


_MARKS = "\"'“”‘’«»„"


def _clean_needle(needle: str) -> str:
    """The evidence without surrounding white space, and without quote marks wrapping all of it."""
    needle = needle.strip()
    while len(needle) > 1 and needle[0] in _MARKS and needle[-1] in _MARKS:
        needle = needle[1:-1].strip()
    return needle


def _nearest(haystack: str, needle: str, near: int | None) -> int:
    """Index of the occurrence of ``needle`` nearest to ``near`` (the first without one)."""
    first = haystack.find(needle)
    if first < 0 or near is None:
        return first
    best, index = first, first
    while index >= 0:
        if abs(index - near) < abs(best - near):
            best = index
        index = haystack.find(needle, index + 1)
    return best


def _find_normalised(article: str, needle: str, *, fold: bool, near: int | None) -> Span | None:
    norm_article = _normalise(article, fold=fold)
    norm_needle = _normalise(needle, fold=fold).text.strip()
    if not norm_needle:
        return None
    near_norm = None if near is None else _norm_index(norm_article, near)
    found = _nearest(norm_article.text, norm_needle, near_norm)
    if found < 0:
        return None
    return norm_article.raw_span(article, found, found + len(norm_needle))


def _norm_index(norm: _Normalised, raw_index: int) -> int:
    """The normalised index whose raw origin is nearest to ``raw_index`` (for proximity only)."""
    low, high = 0, len(norm.origin)
    while low < high:
        middle = (low + high) // 2
        if norm.origin[middle] < raw_index:
            low = middle + 1
        else:
            high = middle
    return low


def _find_fuzzy(article: str, needle: str, threshold: float) -> tuple[Span, float] | None:
    norm_article = _normalise(article, fold=True)
    norm_needle = _normalise(needle, fold=True).text.strip()
    if len(norm_needle) < FUZZY_MIN_LENGTH or not norm_article.text:
        return None
    found = fuzz.partial_ratio_alignment(norm_needle, norm_article.text, score_cutoff=threshold)
    if found is None or found.dest_end <= found.dest_start:
        return None
    start, end = _trim_to_words(norm_article.text, found.dest_start, found.dest_end)
    if end <= start or _DIGITS.findall(norm_needle) != _DIGITS.findall(
        norm_article.text[start:end]
    ):
        return None
    return norm_article.raw_span(article, start, end), float(found.score)


def _trim_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a fuzzy hit to whole words and drop white space at its ends."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def ground(
    article: str,
    needle: str,
    *,
    levels: Sequence[Level] = LEVELS,
    near: int | None = None,
    threshold: float = FUZZY_THRESHOLD,
) -> Alignment | None:
    """Align ``needle`` to ``article`` with the first of ``levels`` that finds it, else ``None``.

    ``near`` prefers the occurrence closest to a raw offset (evidence from one chunk of a long
    article). Total: any strings give an :class:`Alignment` or ``None``, never an exception.
    """
    cleaned = _clean_needle(needle)
    if not cleaned or not article:
        return None
    for level in levels:
        if level == "exact":
            index = _nearest(article, cleaned, near)
            if index >= 0:
                span = Span(start=index, end=index + len(cleaned), text=cleaned)
                return Alignment(span, "exact", 100.0)
        elif level in ("quotes", "normalised"):
            span_or_none = _find_normalised(article, cleaned, fold=level == "normalised", near=near)
            if span_or_none is not None:
                return Alignment(span_or_none, level, 100.0)
        else:
            hit = _find_fuzzy(article, cleaned, threshold)
            if hit is not None:
                return Alignment(hit[0], "fuzzy", hit[1])
    return None
