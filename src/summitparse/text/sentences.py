"""Sentence boundaries with offsets into the raw text.

A small rule splitter, enough for wire copy: a sentence ends at ``.``, ``!`` or ``?`` (optionally
followed by closing quotes or brackets) before white space and an upper-case letter, digit or
opening quote, unless the dot ends an abbreviation ("Mr.", "U.S.", "Jan.") or an initial ("J.").
Line and paragraph breaks always end a sentence. Offsets are never shifted:
``text[s.start:s.end] == s.text``.

The finders that only need to know where the sentence around a position starts or ends (the
people finder for pronoun genders, speaker attribution, figure context) use the lighter
:data:`SENTENCE_STOP`: a run of ``.!?`` not closing an initial or a short honorific ("J.",
"Mr."), and :func:`sentence_bounds`, an index of the sentences it cuts. It is defined here once
so every finder agrees on where a sentence ends.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["SENTENCE_STOP", "Sentence", "SentenceBounds", "sentence_bounds", "split_sentences"]

# A sentence stop for quick scans: not after a capital (an initial, "U.S.") or a short honorific.
# A run is tried from its first mark only, and taken whole (possessive): a long run of full stops
# costs one pass, not one pass per mark.
SENTENCE_STOP = r"(?<![.!?])(?<![A-Z])(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)[.!?]++"
_STOP_RE = re.compile(rf"{SENTENCE_STOP}(?=\s)|\n")

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "sen",
        "rep",
        "gov",
        "pres",
        "st",
        "jr",
        "sr",
        "rev",
        "hon",
        "amb",
        "adm",
        "cmdr",
        "gen",
        "corp",
        "inc",
        "ltd",
        "co",
        "no",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "a.m",
        "p.m",
        "approx",
        "est",
        "dept",
        "univ",
        "fig",
        "op",
        "ed",
    ]
)

_BOUNDARY = re.compile(
    r"""(?<![.!?…])(?P<end>[.!?…]++["'”’)\]]*+)\s++(?=["'“‘(\[]?[A-Z0-9])"""
    r"""|(?P<para>\n\s*\n|\r\n\s*\r\n)"""
    r"""|(?P<line>\n)(?=\s*\S)""",
)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    """True when the dot at ``dot`` closes an abbreviation or an initial, not a sentence."""
    match = re.search(r"([A-Za-z.]+)$", text[max(0, dot - 12) : dot])
    if match is None:
        return False
    word = match.group(1).lower().rstrip(".")
    if len(word) == 1 and text[dot - 1].isupper():
        return True  # an initial: "J. Smith"
    return word in _ABBREVIATIONS


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order; white space between sentences belongs to none."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group("end") is not None:
            punctuation = match.group("end")
            single_dot = punctuation.startswith(".") and len(punctuation.rstrip("\"'”’)]")) == 1
            if single_dot and _ends_with_abbreviation(text, match.start("end")):
                continue
            cut = match.end("end")
        else:
            cut = match.start()
        _append(text, start, cut, sentences)
        start = match.end()
    _append(text, start, len(text), sentences)
    return sentences


def _append(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


@dataclass(frozen=True, slots=True)
class SentenceBounds:
    """Sentences cut at :data:`SENTENCE_STOP` or a line break, as contiguous ``[start, end)``
    ranges searchable by position (white space stays with the sentence it follows)."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def index(self, position: int) -> int:
        return max(0, bisect_right(self.starts, position) - 1)

    def start_of(self, position: int) -> int:
        return self.starts[self.index(position)] if self.starts else 0

    def end_after(self, position: int, extra: int) -> int:
        """End of the sentence holding ``position``, or of the ``extra``-th one after it."""
        if not self.ends:
            return position
        return self.ends[min(self.index(position) + extra, len(self.ends) - 1)]


@lru_cache(maxsize=4)
def sentence_bounds(text: str) -> SentenceBounds:
    """The :class:`SentenceBounds` of ``text``; cached, as several finders ask for one article."""
    starts = [0]
    ends: list[int] = []
    for match in _STOP_RE.finditer(text):
        ends.append(match.end())
        starts.append(match.end())
    ends.append(len(text))
    return SentenceBounds(tuple(starts), tuple(ends))
