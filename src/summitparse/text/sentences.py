"""Sentence boundaries with offsets into the raw text.

A small rule splitter, enough for wire copy: a sentence ends at ``.``, ``!`` or ``?`` (optionally
followed by closing quotes or brackets) before white space and an upper-case letter, digit or
opening quote, unless the dot ends an abbreviation ("Mr.", "U.S.", "Jan.") or an initial ("J.").
Line and paragraph breaks always end a sentence. Offsets are never shifted:
``text[s.start:s.end] == s.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Sentence", "split_sentences"]

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
    r"""(?P<end>[.!?…]+["'”’)\]]*)\s+(?=["'“‘(\[]?[A-Z0-9])"""
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
