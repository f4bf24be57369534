"""Is a name the model gives someone the article names? Whole words, one person, not an injection.

A model invents names by gluing parts of real ones ("Vladimir Takaichi" from "Vladimir Putin" and
"Sanae Takaichi", "Jinping Meloni"), by taking a piece of a longer capitalised run ("Minister
Sanae", "Japanese Prime"), by naming a place or a body as a person ("Tokyo", "Liberal Democratic
Party"), or by picking a substring ("Al" out of "Italy"). A check that a surname occurs somewhere
accepts all of these. Here a person is one *full name* of the article, and a name the model gives
must be, as whole words and in order, a part of one full name that keeps its first or last word:
the full name itself, a later short form ("Takaichi", "Xi", "Lula da Silva"), never a mix of two.

Full names come from the rules' people finder
(:func:`summitparse.rules.people.finder.find_people`), and, for people it misses, from capitalised
*name runs* (with the particles names carry: de, van, bin, al-, …) of two or more words once their
leading titles are stripped ("President Bill Clinton" gives "Bill Clinton"), provided no word is
a place or an organisation head ("Party", "Office", "Summit"), and from a title before a single
name ("President Bush", "King Abdullah"). Titles the model puts in front of a
name ("Prime Minister Sanae Takaichi") are stripped before matching. Sentences addressed to a
machine are no source of names.

Quote speakers may be bodies ("the White House said"): :meth:`NameIndex.resolve_speaker` also
accepts a whole name run, and whether that speaker said the quote is the merge's check of the
attribution.

Matching ignores case and accents ("Mircea Geoana" for "Mircea Geoană") and gives back the
article's spelling; a short form held by exactly one full name becomes that full name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cached_property

from summitparse.rules.people.data import (
    HONORIFICS,
    ORGANISATION_HEADS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from summitparse.rules.people.finder import find_people
from summitparse.rules.places.countries import country_code

__all__ = ["NameIndex", "fold"]

_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_PARTICLES = frozenset(
    {"de", "da", "di", "du", "del", "della", "dos", "das", "van", "von", "der", "den", "bin",
     "bint", "al", "el", "la", "le", "ibn", "y", "zu", "ter", "ten", "st"}
)  # fmt: skip
# Between two words of one name: spaces, one line break (hard-wrapped copy) or a hyphen.
_GAP = re.compile(r"[ \t\u00a0]+\n?[ \t\u00a0]*|\n[ \t\u00a0]*|[ \t]*-[ \t]*")


def fold(word: str) -> str:
    """Case and accents aside: "Geoană" and "geoana" fold alike."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


def _words(name: str) -> list[str]:
    return [fold(w) for w in _WORD.findall(name)]


def _title_words() -> frozenset[str]:
    words = {w for title in (*TITLE_HEADS, *TITLE_MODIFIERS) for w in _words(title)}
    words |= {fold(h) for h in HONORIFICS} | {"former", "late", "counterpart"}
    return frozenset(words - _PARTICLES)


_TITLES = _title_words()
_BODIES = frozenset(fold(w) for w in ORGANISATION_HEADS)


def _leading(word: str) -> bool:
    """A word that stands before a name without being part of it: a title, "Japanese", "the"."""
    return word in _TITLES or word in _PARTICLES or word == "the" or bool(_place(word))


def _place(word: str) -> str | None:
    """The country a word names or qualifies ("japan", "italian", each part of "japan-italy")."""
    if word in _PARTICLES:
        return None
    return next((c for part in word.split("-") if part and (c := country_code(part.title()))), None)


def _before_possessive(
    words: list[str], spans: list[tuple[int, int]]
) -> tuple[list[str], list[tuple[int, int]]]:
    """A run cut after its first possessive: "Giorgia Meloni's Asia" names "Giorgia Meloni"."""
    for index, word in enumerate(words):
        if word.endswith("'s"):
            start, end = spans[index]
            return [*words[:index], word[:-2]], [*spans[:index], (start, end - 2)]
    return words, spans


def _strip_titles(words: list[str]) -> list[str]:
    """``words`` without the titles, demonyms and honorifics in front of the name itself."""
    start = 0
    while start < len(words) - 1 and _leading(words[start]):
        start += 1
    return words[start:]


def _personal(words: Sequence[str]) -> bool:
    """True when a run of words can be a person's name: no place, no organisation head."""
    return len(words) >= 2 and not any(w in _BODIES or w in _TITLES or _place(w) for w in words)


class NameIndex:
    """The full names and name runs of one article, for checking the names a model gives."""

    def __init__(self, article: str, blocked: Sequence[tuple[int, int]] = ()) -> None:
        self.article = article
        self.blocked = list(blocked)
        self.runs: list[tuple[list[str], list[tuple[int, int]]]] = self._runs()

    def _runs(self) -> list[tuple[list[str], list[tuple[int, int]]]]:
        runs: list[tuple[list[str], list[tuple[int, int]]]] = []
        words: list[str] = []
        spans: list[tuple[int, int]] = []
        last_end = -1
        for match in _WORD.finditer(self.article):
            token = match.group()
            capital = token[0].isupper()
            joined = last_end >= 0 and _GAP.fullmatch(self.article[last_end : match.start()])
            if capital and not self._is_blocked(match.start()):
                if not joined:
                    if words:
                        runs.append((words, spans))
                    words, spans = [], []
                words.append(fold(token))
                spans.append((match.start(), match.end()))
                last_end = match.end()
            elif joined and words and fold(token) in _PARTICLES:
                words.append(fold(token))
                spans.append((match.start(), match.end()))
                last_end = match.end()
            else:
                if words:
                    runs.append((words, spans))
                words, spans, last_end = [], [], -1
        if words:
            runs.append((words, spans))
        return runs

    def _is_blocked(self, index: int) -> bool:
        return any(start <= index < end for start, end in self.blocked)

    @cached_property
    def people(self) -> dict[tuple[str, ...], str]:
        """Every full name of the article (folded words → the article's spelling)."""
        names: dict[tuple[str, ...], str] = {}
        for _, _, name in self.mentions:
            parts = _words(name)
            if len(parts) >= 2:
                names.setdefault(tuple(parts), name)
        for words, spans in self.runs:
            words, spans = _before_possessive(words, spans)
            stripped = _strip_titles(words)
            single = len(stripped) == 1 and len(words) > 1 and words[-2] in _TITLES
            if single and not (_leading(stripped[0]) or stripped[0] in _BODIES):
                start, end = spans[-1]  # "President Bush": a title and a surname name someone
                names.setdefault(tuple(stripped), self.article[start:end])
            elif _personal(stripped):
                offset = len(words) - len(stripped)
                first, last = spans[offset][0], spans[-1][1]
                names.setdefault(tuple(stripped), self.article[first:last])
        return names

    @cached_property
    def mentions(self) -> list[tuple[int, int, str]]:
        """Where the rules' people finder names someone: ``(start, end, full name)``."""
        return [
            (m.start, m.end, m.name)
            for m in find_people(self.article)
            if not self._is_blocked(m.start)
        ]

    def _holders(self, wanted: list[str]) -> set[str]:
        """Full names holding ``wanted`` as whole words in order, with their first or last word."""
        size = len(wanted)
        found: set[str] = set()
        for words, name in self.people.items():
            for start in range(len(words) - size + 1):
                if list(words[start : start + size]) != wanted:
                    continue
                if start == 0 or start + size == len(words):
                    found.add(name)
        return found

    def resolve(self, name: str) -> str | None:
        """The person ``name`` stands for, as the article writes them, or ``None`` if invented.

        A short form held by exactly one full name becomes that full name; the full name itself
        stays as given (in the article's spelling).
        """
        wanted = _strip_titles(_words(name))
        if not wanted:
            return None
        holders = self._holders(wanted)
        if not holders:
            return None
        exact = self.people.get(tuple(wanted))
        if exact is not None:
            return exact
        found = self.find(" ".join(wanted)) if len(wanted) >= 2 else None
        if found is not None:
            return found
        shortest = min(holders, key=len)
        tail = _words(shortest)
        if all(_words(h)[-len(tail) :] == tail for h in holders):  # nested runs of one person
            return shortest
        return None

    def resolve_speaker(self, name: str) -> str | None:
        """Like :meth:`resolve`, but a body named as a whole run ("White House") counts too."""
        person = self.resolve(name)
        if person is not None:
            return person
        wanted = _words(name)
        if wanted[:1] == ["the"]:
            wanted = wanted[1:]
        for words, spans in self.runs:
            if words[:1] == ["the"]:
                words, spans = words[1:], spans[1:]
            if words and words == wanted:
                return self.article[spans[0][0] : spans[-1][1]]
        if any(w in _BODIES for w in wanted):  # "World Food Programme" inside a longer run
            return self.find(" ".join(wanted))
        return None

    def find(self, name: str) -> str | None:
        """The article's spelling of ``name`` when one name run holds all its words in order."""
        wanted = _words(name)
        if not wanted:
            return None
        size = len(wanted)
        for words, spans in self.runs:
            for start in range(len(words) - size + 1):
                if words[start : start + size] == wanted:
                    first, last = spans[start][0], spans[start + size - 1][1]
                    return self.article[first:last]
        return None

    def same_person(self, first: str, second: str) -> bool:
        """True when two names share their last word (case and accents aside)."""
        a, b = _words(first), _words(second)
        return bool(a and b) and a[-1] == b[-1]
