"""Where the quotations of an article are: quotation marks paired into quoted regions.

A quote is speech in quotation marks, either a full quotation or a partial one of four words or
more; one to three quoted words are scare quotes or names unless a speech verb and a colon
introduce them. Marks may be straight or curly, double or single (UK style ‘…’), low („…“) or
guillemets; a nested quotation stays inside its outer quote. A quotation running over several
paragraphs (each paragraph reopens it) gives one region per paragraph, chained together.

Who said a region is :mod:`summitparse.rules.quotes.attribution`'s question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from summitparse.rules.people.finder import speech_verb_pattern

__all__ = ["Region", "chains", "paragraphs", "qualifies", "quote_end", "quoted_regions"]

_MIN_WORDS = 4
_MARK_RE = re.compile("[\"“„«‘']")
_SINGLE_FAMILIES = frozenset({"single", "straight_single"})
_SMALL_WORDS = frozenset(
    ("of", "the", "and", "for", "in", "on", "to", "a", "an", "at", "by", "with")
)
_WORD_RE = re.compile(r"[^\W_]+(?:[’'\-][^\W_]+)*")
_MISMATCHED_CLOSE_RE = re.compile(r"[,.?!]['’](?=[ \t])")


@dataclass(frozen=True, slots=True)
class Region:
    """One quoted stretch: ``[start, end)`` is between the marks; ``close`` is the closing mark."""

    open: int
    start: int
    end: int
    close: int | None
    paragraph: tuple[int, int]
    family: str

    @property
    def after(self) -> int:
        return self.close + 1 if self.close is not None else self.end


# --------------------------------------------------------------------------------------------
# Finding quoted regions


def paragraphs(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\r\n]+", text):
        start, end = match.span()
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
    return out


def _opening(text: str, index: int, paragraph: tuple[int, int]) -> str | None:
    """The family of quotation opened at ``index``, or ``None`` if that is no opening mark."""
    char = text[index]
    previous = text[index - 1] if index > paragraph[0] else " "
    following = text[index + 1] if index + 1 < paragraph[1] else ""
    if not following or (following.isspace() and char != "«"):
        return None
    if char == "“":
        return "curly"
    if char == "„":
        return "low"
    if char == "«":
        return "guillemet"
    if char == '"':
        return None if previous.isalnum() else "straight"
    if char == "‘":
        return None if previous.isalnum() or following.isdigit() else "single"
    if char == "'" and (previous.isspace() or previous in "([{—–-") and following.isalpha():
        return "straight_single"
    return None


def _close_double(text: str, index: int, end: int, family: str) -> int | None:
    opener, closer = {"curly": ("“", "”"), "guillemet": ("«", "»")}.get(family, ("", ""))
    depth = 0
    if family == "straight":
        return _close_straight(text, index, end)
    for position in range(index + 1, end):
        char = text[position]
        if family == "low" and char in "“”":
            return position
        if char == opener:
            depth += 1
        elif char == closer:
            if depth == 0:
                return position
            depth -= 1
    if family == "curly":
        # “… future ranges" said the director: copy that opens curly and closes straight. A
        # single straight mark after the opening, right after a word, is the closing one.
        straight = text.find('"', index + 1, end)
        if (
            straight != -1
            and text.find('"', straight + 1, end) == -1
            and not text[straight - 1].isspace()
        ):
            return straight
    return None


def _close_straight(text: str, index: int, end: int) -> int | None:
    """The next straight mark closes, unless a single mark after a comma or a full stop came
    first and the double one opens a new quote: '"… against terrorism,' Rice said. "In the
    past …"' (no apostrophe follows a comma, so the single mark is the closing one)."""
    double = text.find('"', index + 1, end)
    limit = double if double != -1 else end
    single = _MISMATCHED_CLOSE_RE.search(text, index + 1, limit)
    if single is not None and (double == -1 or text[double - 1].isspace()):
        return single.start() + 1
    return double if double != -1 else None


def _close_single(text: str, index: int, end: int, family: str) -> int | None:
    """The closing single mark, told apart from apostrophes ("can’t", "leaders’ summit")."""
    mark = "’" if family == "single" else "'"
    fallback: int | None = None
    opening = "‘" if family == "single" else "'"
    for position in range(index + 1, end):
        char = text[position]
        if char not in (mark, opening):
            continue
        previous = text[position - 1]
        following = text[position + 1] if position + 1 < end else ""
        if previous.isspace() and following.isalpha() and fallback is not None:
            return fallback  # a new quote opens: the "plural possessive" closed the last one
        if char != mark or following.isalnum() or previous.isspace():
            continue
        if previous in "sS" and following.isspace():
            rest = text[position + 1 : end].lstrip()
            if rest[:1].islower():
                fallback = position  # a plural possessive, unless nothing else closes
                continue
        return position
    return fallback


def _reopens(text: str, index: int, paragraph: tuple[int, int]) -> bool:
    """A single mark opening a paragraph and left open, with the next paragraph reopening it."""
    if text[paragraph[0] : index].strip():
        return False
    rest = text[paragraph[1] :].lstrip()
    return rest[:1] == text[index] and "\n" in text[paragraph[1] : paragraph[1] + 3]


def quoted_regions(text: str, paragraph: tuple[int, int]) -> list[Region]:
    found: list[Region] = []
    index, end = paragraph
    unclosed: set[str] = set()  # single-mark families with no closing mark left in the paragraph
    while True:
        mark = _MARK_RE.search(text, index, end)
        if mark is None:
            break
        index = mark.start()
        family = _opening(text, index, paragraph)
        if family is None or family in unclosed:
            index += 1
            continue
        if family in _SINGLE_FAMILIES:
            close = _close_single(text, index, end, family)
        else:
            close = _close_double(text, index, end, family)
        if close is None:
            if family not in _SINGLE_FAMILIES or _reopens(text, index, paragraph):
                found.append(Region(index, index + 1, end, None, paragraph, family))
                break
            unclosed.add(family)
            index += 1
            continue
        found.append(Region(index, index + 1, close, close, paragraph, family))
        index = close + 1
    return found


# --------------------------------------------------------------------------------------------
# Which regions are quotes


def quote_end(text: str, region: Region) -> int:
    """End of the quote's text: a trailing comma belongs to the attribution, not the quote."""
    end = region.end
    if end > region.start and text[end - 1] == ",":
        end -= 1
    return end


def _is_name_like(words: Sequence[str], content: str) -> bool:
    """ "Global Combat Air Programme": every word capitalised and no sentence punctuation."""
    if content.rstrip().endswith((".", "!", "?", ",", ";", ":")):
        return False
    return all(word[0].isupper() or word.lower() in _SMALL_WORDS for word in words)


def _introduced_by_colon(text: str, region: Region) -> bool:
    before = text[max(region.paragraph[0], region.open - 60) : region.open].rstrip()
    if not before.endswith(":"):
        return False
    verbs = list(speech_verb_pattern().finditer(before))
    return bool(verbs) and not before[verbs[-1].end() : -1].strip(" ,").count(" ") > 2


def qualifies(text: str, region: Region) -> bool:
    content = text[region.start : region.end]
    words = _WORD_RE.findall(content)
    if not words:
        return False
    if _introduced_by_colon(text, region):
        return True
    if len(words) < _MIN_WORDS and _short_full_quotation(text, region, content):
        return True
    return len(words) >= _MIN_WORDS and not _is_name_like(words, content)


# Words that may stand between a short quotation and its verb: '"Enough," the minister said'.
_SHORT_QUOTE_SUBJECT_WORDS = frozenset(
    "he she they we i the a an his her their its one official officials spokesman spokeswoman "
    "spokesperson minister president secretary leader envoy".split()
)


def _short_full_quotation(text: str, region: Region, content: str) -> bool:
    """ "I am optimistic," Carney said. — a whole sentence, however short, with its speech verb
    right after the closing mark. Scare quotes are neither capitalised sentences ending in
    punctuation inside the marks nor followed by "she said"."""
    stripped = content.strip()
    if not stripped[:1].isupper() or stripped[-1:] not in {",", ".", "!", "?"}:
        return False
    after = text[region.after : min(len(text), region.after + 60)]
    verb = speech_verb_pattern().search(after)
    if verb is None:
        return False
    words = after[: verb.start()].strip(" \t,").split()
    return len(words) <= 5 and all(
        word[:1].isupper() or word.lower() in _SHORT_QUOTE_SUBJECT_WORDS for word in words
    )


def _stands_alone(text: str, region: Region) -> bool:
    return not text[region.paragraph[0] : region.open].strip()


def chains(text: str, regions: Sequence[Region]) -> list[int]:
    """A chain id per region: a quote left open at a paragraph's end continues in the next."""
    ids: list[int] = []
    for index, region in enumerate(regions):
        previous = regions[index - 1] if index else None
        if (
            previous is not None
            and previous.close is None
            and _stands_alone(text, region)
            # the very next paragraph: one in between that holds no quote ends the quotation
            and not text[previous.paragraph[1] : region.paragraph[0]].strip()
        ):
            ids.append(ids[-1])
        else:
            ids.append(index)
    return ids
