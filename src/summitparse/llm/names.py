"""Is a name the model gives someone the article names? Whole words, one person, not an injection.

A model invents names by gluing parts of real ones ("Vladimir Takaichi" from "Vladimir Putin" and
"Sanae Takaichi", "Jinping Meloni"), or picks a substring ("Al" out of "Italy"); a check that a
surname occurs somewhere accepts all of these. Here a name is accepted only when its words,
in order and as whole words, lie inside one *name run* of the article — a stretch of capitalised
words (with the particles names carry: de, van, bin, al-, …) outside sentences addressed to a
machine. So "Sanae Takaichi" and a later "Takaichi" are accepted, "Vladimir Takaichi" is not.

Matching ignores case and accents ("Mircea Geoana" for "Mircea Geoană") and gives back the
article's spelling. A one-word name is expanded to the full name of the one person the rules'
people finder (:func:`summitparse.rules.people.finder.find_people`) gives that surname, when there
is exactly one: the records then carry "Sanae Takaichi", as a reader would write.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cached_property

from summitparse.rules.people.finder import find_people

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


class NameIndex:
    """The name runs of one article, for checking and normalising the names a model gives."""

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

    @cached_property
    def _full_names(self) -> dict[str, set[str]]:
        """Surname (folded) → the full names the rules' people finder gives it."""
        names: dict[str, set[str]] = {}
        for mention in find_people(self.article):
            parts = _words(mention.name)
            if len(parts) >= 2 and not self._is_blocked(mention.start):
                names.setdefault(parts[-1], set()).add(mention.name)
        return names

    def resolve(self, name: str) -> str | None:
        """The person ``name`` stands for, as the article writes them, or ``None`` if invented.

        A one-word name with exactly one full-name holder in the article becomes that full name.
        """
        found = self.find(name)
        if found is None:
            return None
        words = _words(found)
        if len(words) == 1:
            holders = self._full_names.get(words[0], set())
            if len(holders) == 1:
                return next(iter(holders))
        return found

    def same_person(self, first: str, second: str) -> bool:
        """True when two names share their last word (case and accents aside)."""
        a, b = _words(first), _words(second)
        return bool(a and b) and a[-1] == b[-1]
