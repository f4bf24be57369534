"""Reading one number at a position: digits, spelled words, scale words and their mixtures.

News writes the same amount as "1.5 million", "1.5m", "one and a half million", "half a million"
or "4 thousand 3 hundred and 21". The reader collects number tokens greedily (digits, number
words, scale words, "and", "a", fractions), then keeps the longest prefix that reads as one
well-formed number, so "between 3 thousand and 4 thousand" stops before the second "and" and
"More than 40 and less than 10" stops after "40". Values are :class:`~decimal.Decimal` so that
"48.2 million" is exactly 48200000, not 48200000.000000004.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from summitparse.text.guards import guarded

__all__ = ["GLUED_SCALES", "NUMBER_WORDS", "NumberRead", "read_number", "scale_of"]

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
# Scale words written apart from the number. "lakh" and "crore" are the Indian scales.
_SCALES = {
    "thousand": 10**3, "lakh": 10**5, "lakhs": 10**5, "lac": 10**5, "lacs": 10**5,
    "million": 10**6, "millions": 10**6, "mn": 10**6, "mln": 10**6, "crore": 10**7,
    "crores": 10**7, "billion": 10**9, "billions": 10**9, "bn": 10**9, "bln": 10**9,
    "trillion": 10**12, "trillions": 10**12, "tn": 10**12, "trn": 10**12,
}  # fmt: skip
# Written apart but case-sensitive: "1,674,200.5 M" is a million, "5 m" is five metres.
_SPACED_CASED_SCALES = {"M": 10**6}
_FRACTIONS = {
    "half": Decimal(1) / 2, "halves": Decimal(1) / 2, "quarter": Decimal(1) / 4,
    "quarters": Decimal(1) / 4, "third": Decimal(1) / 3, "thirds": Decimal(1) / 3,
}  # fmt: skip

# Scale letters glued to digits ("$400m", "1.2b", "100k", "€10B", "$2.174T"). The ones in
# NEEDS_CURRENCY are units too ("100m sprint", "10t of grain"), so they count as scales only
# when a currency is present.
GLUED_SCALES = {
    "k": 10**3, "K": 10**3, "m": 10**6, "M": 10**6, "mn": 10**6, "mln": 10**6, "b": 10**9,
    "B": 10**9, "bn": 10**9, "bln": 10**9, "t": 10**12, "T": 10**12, "tn": 10**12,
    "trn": 10**12,
}  # fmt: skip
GLUED_NEEDS_CURRENCY = frozenset({"m", "t", "T"})

NUMBER_WORDS = frozenset(
    {*_UNITS, *_TENS, "hundred", "hundreds", *_SCALES, *_FRACTIONS, "a", "an", "and"}
)

# Thousands go with commas, or with a no-break or thin space ("1 849 Kč"), never a plain one.
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+|\d+)(?:\.\d+)?|\.\d+"
_TOKEN_RE = guarded(
    rf"(?P<digits>{_DIGITS})"
    r"|(?P<word>[A-Za-z]+)"
)
_WORD_RE = guarded(r"[A-Za-z]+")
_SPACE_RE = guarded(r"[ \t\u00a0]{1,3}")
_HYPHEN_RE = guarded(r"[ \t]?-[ \t]?")
# Tokenised newswire splits decimals ("4 . 8 %", "1 . 6 billion"); rejoin only where a percent
# sign or scale word follows, so a sentence-final "in 2009 . 5 people" stays apart.
_SPLIT_DECIMAL_RE = guarded(
    r" \. (\d+)(?=\s*(?:%|per\s*cent|percent|thousand|million|billion|trillion|bn|mn)\b|\s*%)",
    re.IGNORECASE,
)
_GLUED_RE = guarded(r"(bn|bln|mn|mln|tn|trn|k|K|m|M|b|B|t|T)(?![A-Za-z0-9])")


@dataclass(frozen=True, slots=True)
class NumberRead:
    """One number as read: where it ends, its value, and how it was written."""

    end: int
    value: Decimal
    has_scale: bool
    spelled: bool
    glued_scale: str | None  # the glued letter(s) applied ("m", "bn"), if any
    glued_letters: bool  # letters stick to the digits and are not a scale ("5G", "1st")
    lead: Decimal  # the digits before any scale ("11" in "11 billion"), for ranges
    scale_factor: Decimal  # what the trailing scale words multiply by (1 when none)


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str  # D digits, U unit, T tens, H hundred, S scale, A article, F fraction, N and
    value: Decimal
    end: int


def scale_of(word: str) -> int | None:
    """The multiplier of a scale word written apart from the number, if it is one."""
    return _SCALES.get(word.lower()) or _SPACED_CASED_SCALES.get(word)


def _word_token(word: str, end: int) -> _Tok | None:
    low = word.lower()
    if low in _UNITS:
        return _Tok("U", Decimal(_UNITS[low]), end)
    if low in _TENS:
        return _Tok("T", Decimal(_TENS[low]), end)
    if low in ("hundred", "hundreds"):
        return _Tok("H", Decimal(100), end)
    scale = scale_of(word)
    if scale is not None:
        return _Tok("S", Decimal(scale), end)
    if low in _FRACTIONS:
        return _Tok("F", _FRACTIONS[low], end)
    if low in ("a", "an"):
        return _Tok("A", Decimal(1), end)
    if low == "and":
        return _Tok("N", Decimal(0), end)
    return None


# No figure in the news has more digits than this (a trillion of a currency in its smallest unit
# is 15); a longer run is a code, a serial number or noise. Reading such a run would also cost
# time quadratic in its length (big-number arithmetic), so it is refused here, once.
_MAX_DIGITS = 24


def _digits_value(raw: str) -> Decimal | None:
    plain = re.sub(r"[,\u00a0\u202f\u2009]", "", raw)
    if len(plain) > _MAX_DIGITS + ("." in plain):
        return None
    try:
        return Decimal(plain)
    except InvalidOperation:
        return None


def _collect(text: str, pos: int) -> tuple[list[_Tok], str | None, bool]:
    """Number tokens from ``pos`` on, plus a glued scale and whether other letters stick on."""
    toks: list[_Tok] = []
    glued: str | None = None
    glued_letters = False
    p = pos
    while len(toks) < 16:
        q = p
        if toks:
            sep = _SPACE_RE.match(text, p)
            hyphen = _HYPHEN_RE.match(text, p)
            if sep is not None:
                q = sep.end()
            elif hyphen is not None and _hyphen_joins(text, hyphen.end(), toks[-1].kind):
                q = hyphen.end()  # "twenty-five", "a $50-billion package"
            else:
                break
        m = _TOKEN_RE.match(text, q)
        if m is None:
            break
        digits = m.group("digits")
        if digits is not None:
            if toks and toks[-1].kind not in ("S", "N"):
                break  # "50 50 dollar bills": two numbers, not one
            value = _digits_value(digits)
            if value is None:
                break
            end = m.end()
            split = _SPLIT_DECIMAL_RE.match(text, end)
            if split is not None and "." not in digits:
                value = _digits_value(f"{digits}.{split.group(1)}") or value
                end = split.end()
            toks.append(_Tok("D", value, end))
            p = end
            if end < len(text) and text[end].isalpha():
                g = _GLUED_RE.match(text, end)
                if g is not None:
                    glued = g.group(1)
                    p = g.end()
                else:
                    glued_letters = True
                break
            continue
        tok = _word_token(m.group("word"), m.end())
        if tok is None:
            break
        toks.append(tok)
        p = m.end()
    return toks, glued, glued_letters


def _hyphen_joins(text: str, pos: int, prev: str) -> bool:
    """A hyphen joins tens to units ("twenty-five") and a number to its scale ("1.5-million")."""
    m = _WORD_RE.match(text, pos)
    if m is None:
        return False
    word = m.group(0)
    if prev == "T" and word.lower() in _UNITS:
        return True
    # "three-and-a-half million": the words of the half joined by hyphens
    ahead = text[pos : pos + 10].lower()
    if (prev in ("D", "U", "T") and ahead.startswith("and-a-half")) or (
        prev == "N" and ahead.startswith("a-half")
    ):
        return True
    if prev == "A" and ahead.startswith("half") and text[pos - 6 : pos].lower() == "and-a-":
        return True
    return prev in ("D", "U", "T") and scale_of(word) is not None


def _fraction_phrase(toks: list[_Tok]) -> Decimal | None:
    """ "a half", "one half", "three quarters", "two thirds" as a fraction; else None."""
    if len(toks) == 2 and toks[1].kind == "F" and toks[0].kind in ("A", "U"):
        if toks[0].kind == "U" and toks[0].value == 0:
            return None
        return toks[0].value * toks[1].value
    if len(toks) == 1 and toks[0].kind == "F" and toks[0].value == Decimal(1) / 2:
        return toks[0].value
    return None


def _value(toks: list[_Tok]) -> Decimal | None:
    """The value of a whole token list, or None when it is not one well-formed number."""
    total = Decimal(0)
    current: Decimal | None = None
    last_scale: Decimal | None = None
    prev = ""
    i = 0
    while i < len(toks):
        tok = toks[i]
        kind = tok.kind
        if kind == "D":
            if current is not None:
                return None
            current = tok.value
        elif kind == "U":
            if current is None:
                current = tok.value
            elif (prev == "T" and tok.value < 10 and tok.value > 0) or (
                prev == "H" and current % 100 == 0
            ):
                current += tok.value
            else:
                return None
        elif kind == "T":
            if current is None:
                current = tok.value
            elif prev == "H" and current % 100 == 0:
                current += tok.value
            else:
                return None
        elif kind == "H":
            if prev not in ("U", "T", "D", "A") or current is None:
                return None
            current = current * 100
        elif kind == "A":
            if current is not None and prev != "F":
                return None
            if i + 1 >= len(toks) or toks[i + 1].kind not in ("H", "S", "F"):
                return None
            if current is None:
                current = Decimal(1)
        elif kind == "F":
            # "half a billion", "a half million", "half million"; other fractions need "and"
            if tok.value != Decimal(1) / 2:
                return None
            if current is None or (prev == "A" and current == 1):
                current = tok.value
            else:
                return None
        elif kind == "S":
            scale = tok.value
            if prev == "S" and last_scale is not None and scale > last_scale:
                total *= scale  # "five thousand million" (British for five billion)
                last_scale = scale
                prev = kind
                i += 1
                continue
            if current is None or prev in ("S", "N"):
                return None
            if last_scale is not None and scale >= last_scale:
                total = (total + current) * scale
            else:
                total += current * scale
            last_scale = scale if last_scale is None else max(last_scale, scale)
            current = None
        elif kind == "N":
            return _value_after_and(toks, i, total, current, last_scale, prev)
        prev = kind
        i += 1
    if prev in ("A", "N"):
        return None
    if current is None and last_scale is None:
        return None
    return total + (current or 0)


def _value_after_and(
    toks: list[_Tok],
    i: int,
    total: Decimal,
    current: Decimal | None,
    last_scale: Decimal | None,
    prev: str,
) -> Decimal | None:
    """ "… and …": a smaller number, a fraction of the last scale, or "one and a half million"."""
    rest = toks[i + 1 :]
    if not rest:
        return None
    if prev in ("U", "T", "D") and current is not None and last_scale is None:
        # "one and a half million": the half joins the units, a scale may follow
        if [t.kind for t in rest[:2]] == ["A", "F"] and rest[1].value == Decimal(1) / 2:
            tail = rest[2:]
            base = current + rest[1].value
            if not tail:
                return base
            if len(tail) == 1 and tail[0].kind == "S":
                return base * tail[0].value
        return None
    if prev not in ("S", "H"):
        return None
    fraction = _fraction_phrase(rest)
    if fraction is not None and prev == "S" and last_scale is not None:
        return total + fraction * last_scale
    sub = _value(rest)
    if sub is None:
        return None
    limit = last_scale if prev == "S" else Decimal(100)
    if limit is None or sub >= limit:
        return None
    return total + (current or 0) + sub


def read_number(text: str, pos: int) -> NumberRead | None:
    """The longest well-formed number starting at ``pos``, or None."""
    toks, glued, glued_letters = _collect(text, pos)
    for n in range(len(toks), 0, -1):
        if n < len(toks) and toks[n].kind in ("S", "H", "F"):
            continue  # the number plainly goes on: a shorter reading would be wrong
        head = toks[:n]
        value = _value(head)
        if value is None:
            continue
        full = n == len(toks)
        use_glued = glued if full else None
        if use_glued is not None:
            value = value * GLUED_SCALES[use_glued]
        end = head[-1].end
        if use_glued is not None:
            end += len(use_glued)
        lead, factor = _lead_and_factor(head, use_glued)
        return NumberRead(
            lead=lead,
            scale_factor=factor,
            end=end,
            value=value,
            has_scale=any(t.kind in ("S", "H") for t in head) or use_glued is not None,
            spelled=any(t.kind != "D" for t in head if t.kind not in ("S", "N")),
            glued_scale=use_glued,
            glued_letters=glued_letters and full,
        )
    return None


def _lead_and_factor(head: list[_Tok], glued: str | None) -> tuple[Decimal, Decimal]:
    """For "11 billion" → (11, 1e9); for anything more complex → (value, 1) is not needed."""
    factor = Decimal(GLUED_SCALES[glued]) if glued is not None else Decimal(1)
    if head[0].kind in ("D", "U", "T") and all(t.kind == "S" for t in head[1:]):
        for tok in head[1:]:
            factor *= tok.value
        return head[0].value, factor
    return _value(head) or Decimal(0), Decimal(1) if glued is None else factor
