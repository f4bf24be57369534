"""Patterns that fail fast where they cannot start.

Python's regex engine tries a pattern at every position of the text. A long alternation of words
(trade words, month names) behind a ``\\b`` costs one comparison per word at each position, even
where the character there starts none of them: the finders spent most of their time on that, on
text of figures or month names. :func:`guarded` puts a lookahead of the pattern's possible first
characters in front of it, so most positions are turned down by one character-class test. The
lookahead is a pure filter: a guarded pattern matches exactly where the pattern does. A pattern
that can start with a digit or a space (``\\d``, ``\\s``) keeps that category in its lookahead
as it is, so Unicode digits and spaces still pass.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

__all__ = ["first_chars", "guarded"]

# The standard library's own pattern parser (``re._parser`` from 3.11, ``sre_parse`` before):
# reading the parsed pattern is the only way to know its first characters for certain. It is
# private, so any surprise in its shape falls back to the unguarded pattern.
try:
    _PARSER: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python 3.10
    _PARSER = importlib.import_module("sre_parse")

# Zero-width items a first character can pass through: \b, ^, lookarounds.
_ZERO_WIDTH = {"AT", "ASSERT", "ASSERT_NOT"}
# Categories a first character may belong to, as written in a lookahead's class; "\w" (every
# letter) or the negated ones would filter nothing and leave the pattern unguarded.
_CATEGORIES = {"CATEGORY_DIGIT": "\\d", "CATEGORY_SPACE": "\\s"}
_MAX_CHARS = 200  # a guard of every letter would filter nothing


class _UnknownError(Exception):
    """The pattern holds something whose first characters are not worked out here."""


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Every character a match of ``pattern`` can start with, as written (a part under an
    inline ``(?i:…)`` gives its letters in one case), or ``None`` when that is not known (an
    empty match is possible, a category like ``\\w``, too many)."""
    found = _first_chars(pattern, flags)
    if not found or any(len(item) > 1 for item in found[0]):
        return None  # a category such as \\d is no list of characters
    return found[0]


def guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled behind a lookahead of its first characters (see the module doc);
    compiled as it is when those are not known. When part of the pattern switches case folding
    on or off, the lookahead ignores case: wider, so still never in the way of a match."""
    found = _first_chars(pattern, flags)
    if not found:
        return re.compile(pattern, flags)
    chars, inline_case = found
    klass = "[" + "".join(c if len(c) > 1 else _escape(c) for c in sorted(chars)) + "]"
    if inline_case:
        klass = f"(?i:{klass})"
    return re.compile(f"(?={klass})(?:{pattern})", flags)


def _first_chars(pattern: str, flags: int) -> tuple[frozenset[str], bool] | None:
    """(first characters and categories such as ``\\d``, whether an inline flag changes case
    folding somewhere)."""
    inline_case: list[bool] = []
    try:
        parsed = _PARSER.parse(pattern, flags)
        chars, nullable = _first(list(parsed), inline_case)
    except (_UnknownError, re.error, AttributeError, TypeError, ValueError):
        return None
    if nullable or not chars or len(chars) > _MAX_CHARS:
        return None
    return frozenset(chars), bool(inline_case)


def _escape(char: str) -> str:
    return "\\" + char if char in "\\]^-[" else char


def _first(items: list[tuple[Any, Any]], inline_case: list[bool]) -> tuple[set[str], bool]:
    """(first characters, can be empty) of a sequence of parsed items."""
    chars: set[str] = set()
    for op, arg in items:
        name = str(op)
        if name in _ZERO_WIDTH:
            continue
        item_chars, nullable = _item(name, arg, inline_case)
        chars |= item_chars
        if not nullable:
            return chars, False
    return chars, True


def _item(name: str, arg: Any, inline_case: list[bool]) -> tuple[set[str], bool]:
    """(first characters, can be empty) of one parsed item; ``inline_case`` is told of any
    inline flag that changes case folding."""
    if name == "LITERAL":
        return {chr(arg)}, False
    if name == "IN":
        return _charset(arg), False
    if name == "CATEGORY":
        return {_category(arg)}, False
    if name == "BRANCH":
        chars: set[str] = set()
        nullable = False
        for alternative in arg[1]:
            alt_chars, alt_nullable = _first(list(alternative), inline_case)
            chars |= alt_chars
            nullable = nullable or alt_nullable
        return chars, nullable
    if name == "SUBPATTERN":
        _group, add_flags, del_flags, body = arg
        if (add_flags | del_flags) & re.IGNORECASE:
            inline_case.append(True)
        return _first(list(body), inline_case)
    if name in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
        low, _high, body = arg
        chars, nullable = _first(list(body), inline_case)
        return chars, nullable or low == 0
    if name == "ATOMIC_GROUP":
        return _first(list(arg), inline_case)
    raise _UnknownError(name)


def _charset(items: list[tuple[Any, Any]]) -> set[str]:
    chars: set[str] = set()
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            chars.add(chr(arg))
        elif name == "RANGE":
            low, high = arg
            if high - low > _MAX_CHARS:
                raise _UnknownError("wide range")
            chars.update(chr(c) for c in range(low, high + 1))
        elif name == "CATEGORY":
            chars.add(_category(arg))
        else:
            raise _UnknownError(name)  # NEGATE: too wide to list
    return chars


def _category(arg: Any) -> str:
    """The class escape of a category a lookahead can hold (``\\d``, ``\\s``)."""
    escape = _CATEGORIES.get(str(arg))
    if escape is None:
        raise _UnknownError(str(arg))  # \w and the negated ones: too wide
    return escape
