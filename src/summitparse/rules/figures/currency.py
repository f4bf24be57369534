"""Finding the currency written before or after a number, and which ISO 4217 code it means.

Two compiled patterns do the work: one anchored at the end of the text before the number
("US$", "u . s . $", "EUR", "Rs", "ringgit"), one anchored right after it ("yen", "swiss
francs", "CNY", "Kč", "€", "US$"). The code logic around them settles what the patterns cannot:
"a $ 4 billion" is the article "a" before a dollar sign, "won" before a number is a verb,
"20-pound bag" is a weight, and lower-case "try" or "all" are words, not currency codes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from summitparse.rules.figures.currency_data import (
    ABBREVIATIONS,
    AMBIGUOUS_BASES,
    BASE_FAMILY,
    BASE_NAMES,
    DOLLAR_PREFIXES,
    EXTRA_CODES,
    LOWERCASE_CODES,
    NEEDS_ADJECTIVE,
    SPACED_DOLLAR_PREFIXES,
    STEMS,
    SUBUNIT_NAMES,
    SUBUNITS,
    SYMBOLS,
    WORD_LIKE_CODES,
    adjective_code,
    all_adjectives,
)
from summitparse.text.guards import guarded

__all__ = [
    "CurrencyHit",
    "currency_after",
    "currency_before",
    "hyphen_currency_after",
    "subunit_divisor",
]


@dataclass(frozen=True, slots=True)
class CurrencyHit:
    """A currency marker in the text and what it says."""

    start: int
    end: int
    code: str | None
    multiplier: int = 1  # "MUSD" is millions of dollars
    subunit: bool = False  # cents, pence: the number counts parts of the main unit
    divisor: int = 1  # how many of those parts make one main unit
    base: str | None = None  # the currency word as written, lower-case ("pounds", "won")
    explicit: bool = False  # an ISO code or a qualified name, which beats a bare sign


@lru_cache(maxsize=1)
def _iso_codes() -> frozenset[str]:
    codes = {c.alpha_3 for c in pycountry.currencies}
    codes.update(EXTRA_CODES)
    return frozenset(codes - WORD_LIKE_CODES)


def _code_of(raw: str) -> tuple[str, int] | None:
    """An ISO code as written ("USD", "usd", "MUSD") → (code, multiplier), or None."""
    if raw.islower():
        if raw not in LOWERCASE_CODES:
            return None
        raw = raw.upper()
    elif not raw.isupper():
        return None
    multiplier = 1
    if len(raw) == 4:
        if raw[0] != "M":
            return None
        raw, multiplier = raw[1:], 10**6
    if raw not in _iso_codes():
        return None
    return EXTRA_CODES.get(raw, raw), multiplier


def _words_pattern(words: list[str]) -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_SYMBOL_CLASS = "[" + re.escape("".join(s for s in SYMBOLS if s != "$")) + "]"
_ABBR = _words_pattern(list(ABBREVIATIONS))
_ADJ = _words_pattern(all_adjectives())
_BASES = _words_pattern([*BASE_NAMES, *SUBUNIT_NAMES])
_NAME = rf"(?i:(?:(?P<adj>{_ADJ})[^\S\n]+)?(?P<base>{_BASES}))(?![A-Za-z])"
# After a number, an adjective the tables do not know still qualifies a currency name
# ("20 gambian dalasi"); before one it would swallow any word ("Korean won 5").
_GENERIC_ADJ = r"[A-Za-z]{2,}(?:an|ese|ian|i|ish|ic)"
_NAME_AFTER = (
    rf"(?i:(?:(?:(?P<adj>{_ADJ})|(?P<gadj>{_GENERIC_ADJ}))[^\S\n]+)?(?P<base>{_BASES}))"
    r"(?![A-Za-z])"
)

_BEFORE_RE = guarded(
    r"(?:"
    r"(?P<dollar>(?:(?<![A-Za-z.])(?P<dl>[A-Za-z]{1,3}|[Uu]\.[Ss]\.)"
    r"|(?<![A-Za-z])(?P<dsl>[A-Za-z]{1,3}|[Uu] ?\. ?[Ss] ?\.) )?\$)"
    r"|(?P<dsuf>\$(?:US|AU|A|NZ|C|HK|SG|S|NT)(?![A-Za-z]))"
    rf"|(?P<sym>{_SYMBOL_CLASS})"
    rf"|(?<![A-Za-z])(?P<abbr>{_ABBR})"
    rf"|(?<![A-Za-z])(?P<name>{_NAME})"
    r"|(?<![A-Za-z])(?P<code>M?[A-Z]{3}|[a-z]{3,4})"
    r")(?P<gap>[^\S\n]{0,2}:?[^\S\n]{0,2})\Z"
)

_AFTER_RE = guarded(
    r"(?P<gap>[^\S\n]{0,2})(?:"
    r"(?P<dollar>(?:(?P<dl>[A-Za-z]{1,3}|U\.S\.)|(?P<dsl>(?i:us|hk|nz|nt|can|c)) )?\$)"
    rf"|(?P<sym>{_SYMBOL_CLASS})"
    rf"|(?P<name>{_NAME_AFTER}(?P<sterling>[^\S\n]+(?i:sterling))?)"
    rf"|(?P<abbr>{_ABBR}|p(?!\.?m\b))(?![A-Za-z])"
    r"|(?P<code>M?[A-Z]{3}|[a-z]{3,4})(?![A-Za-z])"
    r")"
)

_HYPHEN_RE = guarded(rf"-(?P<name>{_NAME})")
_SUBUNIT_AFTER_RE = guarded(rf"[^\S\n]+((?i:{_words_pattern(list(SUBUNIT_NAMES))}))(?![A-Za-z])")

# A money figure written in a sub-unit ends with it: "75 cents", "50p", "30¢".
_SUBUNIT_END_RE = guarded(
    r"(?<![A-Za-z])(?i:"
    + "|".join(sorted(map(re.escape, SUBUNITS), key=len, reverse=True))
    + r")\Z"
)
_DOLLARS_AND_CENTS_RE = guarded(r"\$|(?i:dollars?|bucks?|dlrs?)\b")

_WINDOW = 40


def _dollar_before(m: re.Match[str]) -> CurrencyHit:
    """ "$" with the letters that may qualify it: "US$", "A$", "c $", "nzd$"."""
    sign_start = m.start("dollar") + len(m.group("dollar")) - 1
    glued, spaced = m.group("dl"), m.group("dsl")
    letters = glued if glued is not None else spaced
    if letters is not None:
        key = re.sub(r"[\s.]", "", letters).lower()
        coded = _code_of(letters) if len(key) == 3 else None
        if coded is not None:
            return CurrencyHit(m.start("dollar"), sign_start + 1, coded[0], explicit=True)
        if key in DOLLAR_PREFIXES and (glued is not None or key in SPACED_DOLLAR_PREFIXES):
            code = DOLLAR_PREFIXES[key]
            return CurrencyHit(m.start("dollar"), sign_start + 1, code, explicit=True)
    return CurrencyHit(sign_start, sign_start + 1, "USD", base="$")


def _name_hit(m: re.Match[str], start: int, end: int, *, before: bool) -> CurrencyHit | None:
    base = m.group("base").lower()
    adj = m.group("adj")
    adj_key = re.sub(r"\s+", " ", adj.lower()) if adj is not None else None
    if base in SUBUNIT_NAMES:
        if before or (adj_key is None and m.group("base").istitle()):
            return None  # "50 Cent" mid-sentence is a name, not half a dollar
        main, divisor = SUBUNITS[base]
        code = adjective_code(adj_key, main) if adj_key is not None else None
        if adj_key is not None and code is None:
            return None
        return CurrencyHit(start, end, code, subunit=True, divisor=divisor, base=base)
    if adj_key is None and base in NEEDS_ADJECTIVE:
        return None
    if before and adj_key is None and base in AMBIGUOUS_BASES:
        return None
    if adj_key is None and m.groupdict().get("gadj") is not None:
        # an unknown qualifier: the base's default is wrong for shared names ("Xish dollars")
        code = None if STEMS.get(base, base) in BASE_FAMILY else BASE_NAMES.get(base)
        return CurrencyHit(start, end, code, base=base)
    code = adjective_code(adj_key, base) if adj_key is not None else None
    if code is None:
        code = BASE_NAMES.get(base)
    return CurrencyHit(start, end, code, base=base, explicit=adj_key is not None)


def currency_before(text: str, floor: int, pos: int) -> CurrencyHit | None:
    """The currency written just before ``pos`` (not reaching back past ``floor``), if any."""
    if pos <= floor:
        return None
    m = _BEFORE_RE.search(text, max(floor, pos - _WINDOW), pos)
    if m is None:
        return None
    end = m.start("gap")
    if m.group("dollar") is not None:
        return _dollar_before(m)
    if m.group("dsuf") is not None:
        code = DOLLAR_PREFIXES[m.group("dsuf")[1:].lower()]  # "$US5m", "$A1.2bn"
        return CurrencyHit(m.start(), end, code, explicit=True)
    if m.group("sym") is not None:
        return CurrencyHit(m.start(), end, SYMBOLS.get(m.group("sym")), base=m.group("sym"))
    if m.group("code") is not None:
        coded = _code_of(m.group("code"))
        if coded is None:
            return None
        return CurrencyHit(m.start(), end, coded[0], coded[1], explicit=True)
    if m.group("abbr") is not None:
        return CurrencyHit(m.start(), end, ABBREVIATIONS[m.group("abbr")], explicit=True)
    return _name_hit(m, m.start("name"), end, before=True)


def currency_after(text: str, pos: int) -> CurrencyHit | None:
    """The currency written just after ``pos`` (a number or its scale word), if any."""
    m = _AFTER_RE.match(text, pos)
    if m is None:
        return None
    start = m.end("gap")
    glued = start == pos
    if m.group("dollar") is not None:
        letters = m.group("dl") or m.group("dsl")
        if letters is None:
            return CurrencyHit(start, m.end(), "USD", base="$")
        key = letters.replace(".", "").lower()
        coded = _code_of(letters) if len(key) == 3 else None
        code = coded[0] if coded is not None else DOLLAR_PREFIXES.get(key)
        if code is None:
            return None
        return CurrencyHit(start, m.end(), code, explicit=True)
    if m.group("sym") is not None:
        sym = m.group("sym")
        if sym in SUBUNITS:  # "30¢"
            return CurrencyHit(
                start, m.end(), None, subunit=True, divisor=SUBUNITS[sym][1], base=sym
            )
        return CurrencyHit(start, m.end(), SYMBOLS.get(sym), base=sym)
    if m.group("code") is not None:
        coded = _code_of(m.group("code"))
        if coded is None:
            return None
        return CurrencyHit(start, m.end(), coded[0], coded[1], explicit=True)
    if m.group("abbr") is not None:
        abbr = m.group("abbr")
        if abbr == "p":
            if not glued:
                return None
            return CurrencyHit(
                start, m.end(), None, subunit=True, divisor=SUBUNITS["p"][1], base="p"
            )
        return CurrencyHit(start, m.end(), ABBREVIATIONS[abbr], explicit=True)
    hit = _name_hit(m, start, m.end(), before=False)
    if hit is not None and m.group("sterling") is not None:
        return CurrencyHit(hit.start, hit.end, "GBP", base=hit.base, explicit=True)
    return _with_subunit_after(text, hit)


def _with_subunit_after(text: str, hit: CurrencyHit | None) -> CurrencyHit | None:
    """ "12 euro cents": the currency's sub-unit, counted in that currency's parts."""
    if hit is None or hit.subunit:
        return hit
    m = _SUBUNIT_AFTER_RE.match(text, hit.end)
    if m is None:
        return hit
    name = m.group(1).lower()
    return CurrencyHit(
        hit.start, m.end(), hit.code, subunit=True, divisor=SUBUNITS[name][1], base=name,
        explicit=hit.explicit,
    )  # fmt: skip


def hyphen_currency_after(text: str, pos: int) -> CurrencyHit | None:
    """A currency joined by a hyphen, as in "a 12-cent dividend" or "a one-yen bid"."""
    m = _HYPHEN_RE.match(text, pos)
    if m is None:
        return None
    return _name_hit(m, m.start("name"), m.end(), before=False)


def subunit_divisor(figure_text: str) -> int:
    """How many of the sub-unit a money figure's text ends with make one main unit ("75 cents"
    → 100, "3 fils" → 1000), or 1 for a figure written in the main unit. Figures are given in
    the main unit; this tells a reader which were converted."""
    m = _SUBUNIT_END_RE.search(figure_text)
    if m is None or _DOLLARS_AND_CENTS_RE.search(figure_text) is not None:
        return 1  # "3 dollars and 50 cents" is 3.50 dollars
    return SUBUNITS[m.group().lower()][1]
