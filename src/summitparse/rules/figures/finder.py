"""Money, percentages, counts and plain numbers in English news text.

``find_figures`` reads every number written with digits, and every spelled number with a scale
or a unit ("two billion", "half a billion dollars", "five percent"), together with what makes it
a figure: the currency before or after it ("US$400m", "1.5 trillion yen", "u . s . $ 5
million"), its scale ("bn", "crore"), a range's upper end ("€10-11 billion", "between $3bn and
$4bn") and a percent or noun after it. Hedges ("about", "more than") stay out of the span and
set ``approximate``. Years, day numbers, clock times, ordinals and numbers in names ("G7",
"F-35", "Article 5") are left out, as ``docs/annotation.md`` asks.

The finder is total: it returns a list (possibly empty) for every string and never raises.
Figures come in text order, never overlap, and each one's span slices the text to its ``text``.

Design: one precompiled pattern finds the places where a number can start; from each, a small
reader (:mod:`._figure_numbers`) takes the longest well-formed number, and anchored patterns
look left for a currency, sign, hedge or "between", and right for a scale, currency, percent,
range end or noun (:mod:`._figure_currency`, :mod:`._figure_context`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Literal

from summitparse.models import Figure, FigureKind
from summitparse.rules.figures.context import (
    change_verb_before,
    count_noun_after,
    counts_things,
    hedge_after,
    hedge_before,
    is_date_part,
    is_markup_or_decade,
    is_name_before_noun,
    is_name_number,
    is_time,
    measure_unit_after,
    percent_after,
    phone_number_end,
    range_opener_before,
    sign_before,
    year_count_before,
)
from summitparse.rules.figures.currency import (
    CurrencyHit,
    currency_after,
    currency_before,
    hyphen_currency_after,
    subunit_divisor,
)
from summitparse.rules.figures.numbers import (
    GLUED_NEEDS_CURRENCY,
    NumberRead,
    read_number,
    scale_of,
)
from summitparse.text.guards import guarded
from summitparse.text.sentences import SENTENCE_STOP

__all__ = ["find_figures"]

_NUMBER_WORDS = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    "|eighty|ninety|hundred|half"
)
_ANCHOR_RE = guarded(
    r"(?<![\d.,])\d|(?<![\w.,])\.(?=\d)"
    rf"|(?<![\w-])(?i:(?:{_NUMBER_WORDS})(?![\w])"
    r"|an?(?=[^\S\n]+(?:hundred|thousand|lakh|million|crore|billion|trillion|half|dollar|euro)\b))"
)
# "a dollar" is one dollar, but "a dollar of output" is a unit and "a dollar-for-dollar tax" a
# compound word: neither is an amount.
_A_WORD_RE = guarded(r"(?i:an?)(?=[^\S\n]+(?:dollar|euro)\b(?![-‐]|[^\S\n]+(?:of|for|per)\b))")
# "a billion-dollar accord", "multimillion-euro": a scale used as an adjective, not an amount.
_ADJECTIVE_AMOUNT_RE = guarded(
    r"(?i:an?[^\S\n]+|multi-?)(?i:hundred|thousand|million|billion|trillion)"
    r"(?:[-‐](?i:dollar|euro|pound|yen|yuan)\b"
    # "a billion dollar author": the singular before a noun is the adjective too
    r"|[^\S\n]+(?i:dollar|euro)[^\S\n]+(?!(?:of|in|for|and|or|to|a|an|the|per)\b)[a-z]{3,})"
)
# A year before a name or an event is a year: "the 2009 European elections".
_YEAR_BEFORE_NAME_RE = guarded(
    r"[^\S\n]+(?:[A-Z]|(?:elections?|polls?|budget|census|season|summit|games|olympics|"
    r"campaign|crisis|war|agreement|treaty|deadline|target|vote|referendum)\b)"
)
# "¥" is the yen unless the article is about China's currency: yuan named near the sign, or
# named anywhere in a text that never speaks of the yen or Japan.
_YUAN_CONTEXT_RE = guarded(r"yuan|renminbi|\bRMB\b|\bCNY\b", re.IGNORECASE)
_YEN_CONTEXT_RE = guarded(r"\byen\b|\bJPY\b|Japan|Tokyo", re.IGNORECASE)
# The clause around a figure ends at a sentence stop, a semicolon or a line break.
_SENTENCE_END_RE = guarded(rf"{SENTENCE_STOP}(?=\s)|;(?=\s)|\n")
# A figure in brackets right after another restates it ("about $100m (£74m)"), hedge and all.
_RESTATED_RE = guarded(
    r"[^\S\n]*[(\[][^\S\n]*(?i:about|around|approximately|roughly|some)?[^\S\n]*"
)
_SCALED_RE = guarded(r"(?i:million|billion|trillion|bn|mn)\b")
_NUMBER_OF_BEFORE_RE = guarded(
    r"\bnumber[^\S\n]+of[^\S\n]+[a-z]+s\b[^.;:\d()]{0,70}\b(?:to|at|of|is|was|reached|hit|"
    r"stood at|stands at|rose to|fell to)[^\S\n]+(?:[a-z]+[^\S\n]+){0,3}\Z",
    re.IGNORECASE,
)
_VOTE_BEFORE_RE = guarded(
    r"\bvot(?:ed|es|ing)[^\S\n]+(?:by[^\S\n]+)?(?:\d[\d,]*[^\S\n]*(?:to|-|–)[^\S\n]*)?\Z",
    re.IGNORECASE,
)
_CONNECTOR_RE = guarded(
    r"-(?P<hyphen_to>to)-"  # "a 10-to-25-year sentence"
    r"|[^\S\n]*(?P<dash>[-–—~])[^\S\n]*"
    r"|[^\S\n]+(?:and|but)[^\S\n]+(?P<bound>(?:less|smaller|lower|fewer)[^\S\n]+than|under|below)[^\S\n]+"
    r"|[^\S\n]+(?P<word>to|through|and)[^\S\n]+",
    re.IGNORECASE,
)
# "more than 20 and less than 30" is one range, when its first end is a lower bound.
_LOWER_BOUND_RE = guarded(
    r"(?<![\w])(?i:(?:more|greater|larger|bigger|higher)[^\S\n]+than|over|above|at[^\S\n]+least)"
    r"[^\S\n]+\Z"
)
_SCALE_WORD_RE = guarded(r"[^\S\n]+([A-Za-z]+)")
_PRICE_AHEAD_RE = guarded(r"[^\S\n]*[\d.]")
_OF_AFTER_RE = guarded(r"[^\S\n]+of\b", re.IGNORECASE)
_WEIGHT_CUE_RE = guarded(
    r"\b(?:weigh\w*|heav(?:y|ier|iest)|lbs?|kilo\w*|kg|ounces?|oz|tons?|tonnes?|bags?|sacks?)\b",
    re.IGNORECASE,
)
_METRIC_RESTATED_RE = guarded(
    r"[^\S\n]*\([^\S\n]*(?:about[^\S\n]+)?[\d.,]+[^\S\n]*(?:(?:million|billion)[^\S\n]+)?"
    r"(?i:kilo\w*|kg|tonnes?|metric)"
)
_YEAR_RE = guarded(r"\d{4}")
# Units written onto the digits ("30km", "100kg", "1,188MW"): the number is a measure, read
# like "30 km" (the span is the number alone); other glued letters ("5G", "1st") make a name.
_GLUED_UNIT_RE = guarded(
    r"(?:km|kg|mm|cm|MW|GW|kW|kWh|MWh|GWh|TWh|mph|kph|ha|lbs?|mg|ml|ft)(?![A-Za-z0-9])"
)
_AND_RE = guarded(r"[^\S\n]+and[^\S\n]+", re.IGNORECASE)
_CENT_WORD_RE = guarded(r"[^\S\n]+cents?\b", re.IGNORECASE)
# "1/2", "3/4": a fraction; a bigger denominator or a second slash is a date or a score.
_FRACTION_RE = guarded(r"/([2-9]|10)(?![\d/])")
_MIXED_FRACTION_RE = guarded(r"[^\S\n]+(\d)/(2|4|8|16|32)(?![\d/])")
_DECIMAL_COMMA_RE = guarded(
    r",(\d{1,2})(?![\d,])(?=[^\S\n]?(?:%|(?i:per[^\S\n]?cent|percent)\b)"
    r"|[^\S\n]+(?i:thousand|million|billion|trillion|bn|mn)\b)"
)
# Nouns that make an amount money: "… in emergency funds", "… of government bonds".
_MONEY_NOUNS = (
    r"funds?|funding|aid|loans?|bonds|debts?|investments?|revenues?|profits?|losses|subsid(?:y|ies)"
    r"|financing|credits?|damages|compensation|grants?|cash|taxes|fines|assistance|bail-?outs?"
    r"|reserves|savings|spending|budget|assets|deposits|dividends|payments?|salar(?:y|ies)"
)
_MONEY_NOUN_AFTER_RE = guarded(
    rf"[^\S\n]+(?:in|of|worth[^\S\n]+of)(?:[^\S\n]+[A-Za-z-]+){{0,3}}?[^\S\n]+(?i:{_MONEY_NOUNS})\b"
)
_MONEY_NOUN_BEFORE_RE = guarded(
    rf"\b(?i:{_MONEY_NOUNS}|deal|package|sum)[^\S\n]+(?:of|worth|totall?ing)[^\S\n]+(?:[a-z]+[^\S\n]+)?\Z"
)
_SPACE_GROUPS_RE = guarded(r"(?: \d{3})+(?![\d,.])")
_SLASH_AFTER_RE = guarded(r"[/.]\d")
_DOLLAR_BASES = frozenset({"$", "dollar", "dollars", "buck", "bucks", "dlr", "dlrs"})


@dataclass(frozen=True, slots=True)
class _Amount:
    """One number with the currency, sign and percent written around it."""

    start: int  # with currency prefix and sign
    num_start: int
    end: int  # with scale, currency suffix and percent
    value: Decimal
    number: NumberRead
    currency: CurrencyHit | None = None
    percent: bool = False


def find_figures(text: str) -> list[Figure]:
    """Every money, percent, count and number figure in ``text``, in order, never overlapping.

    >>> [(f.text, f.value, f.currency, f.approximate)
    ...  for f in find_figures("trade of approximately $11.6 billion")]
    [('$11.6 billion', 11600000000.0, 'USD', True)]
    """
    if not isinstance(text, str) or not text:
        return []
    yuan = _YUAN_CONTEXT_RE.search(text) is not None
    yuan_everywhere = yuan and _YEN_CONTEXT_RE.search(text) is None
    yuan_by_sentence = yuan and not yuan_everywhere
    figures: list[Figure] = []
    floor = 0
    for anchor in _ANCHOR_RE.finditer(text):
        start = anchor.start()
        if start < floor:
            continue
        try:
            figure, consumed = _figure_at(text, start, floor, yuan_by_sentence)
        except (ArithmeticError, ValueError, IndexError):
            # A malformed candidate is skipped on its own; the rest of the text still counts.
            continue
        if figure is not None:
            if yuan_everywhere and figure.currency == "JPY" and text[figure.start] in "¥￥":
                figure = figure.model_copy(update={"currency": "CNY"})
            figures.append(_restated(text, figures[-1], figure) if figures else figure)
            floor = figure.end
        floor = max(floor, consumed)
    return _subunits_in_their_currency(text, figures)


def _subunits_in_their_currency(text: str, figures: list[Figure]) -> list[Figure]:
    """ "Shares fell 75 cents to $32.96": cents with no currency of their own take the one
    currency the other money of their sentence is in; with none or several, they keep none."""
    out = list(figures)
    for i, figure in enumerate(figures):
        if figure.kind != "money" or figure.currency is not None:
            continue
        if subunit_divisor(figure.text) == 1:
            continue
        low, high = _sentence_bounds(text, figure.start, figure.end)
        codes = {
            other.currency
            for other in figures
            if other.currency is not None and low <= other.start and other.end <= high
        }
        if len(codes) == 1:
            out[i] = figure.model_copy(update={"currency": codes.pop()})
    return out


def _counted_before(text: str, start: int) -> bool:
    """The thing counted is named before: "voted 362 to 271", "the number of ships … to 600"."""
    if _VOTE_BEFORE_RE.search(text, max(0, start - 20), start) is not None:
        return True
    return _NUMBER_OF_BEFORE_RE.search(text, max(0, start - 90), start) is not None


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding ``text[start:end]`` (bounded at 300 characters each way)."""
    low, high = _sentence_bounds(text, start, end)
    return text[low:high]


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence holding ``text[start:end]`` starts and ends (at most 300 characters
    each way, so a text without stops costs no more per figure)."""
    floor = max(0, start - 300)
    low = max((m.end() for m in _SENTENCE_END_RE.finditer(text, floor, start)), default=floor)
    stop = _SENTENCE_END_RE.search(text, end, end + 300)
    return low, stop.start() if stop else min(len(text), end + 300)


def _restated(text: str, before: Figure, figure: Figure) -> Figure:
    """A figure in brackets just after another is the same amount: it shares its hedge, and
    its kind when the copy lost its sign ("US$ 4.83 billion (4.36 billion)" is money)."""
    if _RESTATED_RE.fullmatch(text, before.end, figure.start) is None:
        return figure
    scaled = _SCALED_RE.search(figure.text) is not None and not measure_unit_after(text, figure.end)
    if before.kind == "money" and figure.kind != "money" and scaled:
        figure = figure.model_copy(update={"kind": "money"})
    if figure.approximate or not before.approximate or before.kind != figure.kind:
        return figure
    return figure.model_copy(update={"approximate": True})


def _figure_at(
    text: str, start: int, floor: int, yuan_by_sentence: bool
) -> tuple[Figure | None, int]:
    """The figure whose number starts at ``start``, and how far the text is used up.

    ``yuan_by_sentence``: the text names both the yuan and Japan, so "¥" is read as the yuan
    only in a sentence that names the yuan and not the yen.
    """
    adjective = _ADJECTIVE_AMOUNT_RE.match(text, start)
    if adjective is not None:
        return None, adjective.end()
    phone_end = phone_number_end(text, start)
    if phone_end is not None:
        return None, phone_end
    first = _amount_at(text, start, floor)
    if first is None:
        return None, start
    if is_markup_or_decade(text, first.num_start, first.number.end):
        return None, first.end
    opener = range_opener_before(text, floor, first.start)
    bound = _LOWER_BOUND_RE.search(text, max(floor, first.start - 20), first.start)
    if opener is None and bound is not None:
        opener = (bound.start(), "bound")
    ranged = _range_from(text, first, opener, floor)
    if ranged == "reject":
        return None, _consumed_after(text, first)
    low, high = (first, None) if ranged is None else ranged
    last = high if high is not None else low
    span_start = low.start
    if high is not None and opener is not None:
        connector = _CONNECTOR_RE.match(text, low.end)
        if opener[1] != "bound" or (connector is not None and connector.group("bound")):
            span_start = opener[0]  # "between $3bn and $4bn", "more than 20 and less than 30"
    end = last.end
    currency = last.currency if last.currency is not None else low.currency
    percent = last.percent or low.percent
    approx_end = hedge_after(text, end)
    approximate = approx_end is not None or hedge_before(text, floor, span_start) is not None
    if currency is None and not percent and not _plain_figure_ok(text, low, high, end):
        return None, end if high is not None else start
    kind = _kind(text, currency, percent, approx_end or end, whole=last.value % 1 == 0)
    if kind == "number" and _counted_before(text, span_start):
        kind = "count"
    if kind != "money" and currency is None and not percent and _money_without_sign(text, low, end):
        kind = "money"
    code = currency.code if currency is not None else None
    if code == "JPY" and yuan_by_sentence and currency is not None and currency.base in ("¥", "￥"):
        sentence = _sentence_around(text, span_start, end)
        if _YUAN_CONTEXT_RE.search(sentence) and not _YEN_CONTEXT_RE.search(sentence):
            code = "CNY"
    figure = Figure(
        start=span_start,
        end=end,
        text=text[span_start:end],
        kind=kind,
        value=float(low.value),
        value_max=float(high.value) if high is not None else None,
        currency=code,
        approximate=approximate,
    )
    return figure, end


def _consumed_after(text: str, first: _Amount) -> int:
    """Past a rejected hyphenated pair ("3-2", "2024-25"), so its second half is not read alone."""
    m = _CONNECTOR_RE.match(text, first.end)
    if m is None:
        return first.end
    number = read_number(text, m.end())
    return number.end if number is not None else m.end()


def _money_without_sign(text: str, low: _Amount, end: int) -> bool:
    """ "500 million in emergency funds", "a loan of 2.4 billion": an amount in millions whose
    currency sign the copy lost, but whose noun says it is money (``docs/annotation.md``: money
    with no currency). A bracketed conversion alone does not say it: "a deficit of 1.6 billion
    ($2.54 billion)" stays a number, as the peer money cases read it."""
    if not low.number.has_scale or low.value < 1_000_000 or measure_unit_after(text, end):
        return False  # "reserves of 40,000 million tons" is a measure
    if _MONEY_NOUN_AFTER_RE.match(text, end):
        return True
    return _MONEY_NOUN_BEFORE_RE.search(text, max(0, low.start - 40), low.start) is not None


def _kind(
    text: str, currency: CurrencyHit | None, percent: bool, end: int, *, whole: bool
) -> FigureKind:
    if currency is not None:
        return "money"
    if percent:
        return "percent"
    return "count" if counts_things(text, end, whole=whole) else "number"


def _plain_figure_ok(text: str, low: _Amount, high: _Amount | None, end: int) -> bool:
    """Whether a number without currency or percent is a figure at all (see module docstring)."""
    number = low.number
    if number.glued_letters and not _glued_unit(text, number):
        return False
    if number.glued_scale in GLUED_NEEDS_CURRENCY:
        return False
    if _SLASH_AFTER_RE.match(text, low.end):
        return False  # "9/11", "24/7", "16.01.2026": dates, versions and set phrases
    if high is None and number.spelled and not number.has_scale:
        return False
    raw = text[low.num_start : low.number.end]
    plain_integer = raw.isdigit() and not number.has_scale
    if is_name_number(text, low.num_start, plain_integer=plain_integer):
        return False
    if high is None and plain_integer and is_name_before_noun(text, end):
        return False
    if is_time(text, low.num_start, low.end):
        return False
    if is_date_part(text, low.num_start, end, float(low.value)):
        return False
    years = _looks_like_year(text, low) and (high is None or _looks_like_year(text, high))
    if not years or measure_unit_after(text, end):
        return True  # "2000 km" and "1500 tonnes" are measures, not years
    the_before = text[max(0, low.start - 4) : low.start].lower() == "the "
    if high is None and the_before and _YEAR_BEFORE_NAME_RE.match(text, end):
        return False
    return count_noun_after(text, end) and year_count_before(text, low.start, float(low.value))


def _glued_unit(text: str, number: NumberRead) -> bool:
    """Whether the letters stuck to the digits are a unit of measure ("30km", "5kg")."""
    return number.glued_letters and _GLUED_UNIT_RE.match(text, number.end) is not None


def _looks_like_year(text: str, amount: _Amount) -> bool:
    raw = text[amount.num_start : amount.number.end]
    return (
        _YEAR_RE.fullmatch(raw) is not None
        and 1000 <= amount.value <= 2199
        and amount.start == amount.num_start
    )


def _range_from(
    text: str, first: _Amount, opener: tuple[int, str] | None, floor: int
) -> tuple[_Amount, _Amount] | Literal["reject"] | None:
    """A two-sided range starting with ``first``; None when there is none; "reject" for "3-2"."""
    m = _CONNECTOR_RE.match(text, first.end)
    if m is None:
        return None
    word = (m.group("word") or m.group("hyphen_to") or "").lower()
    if m.group("dash") and first.number.spelled and not first.number.has_scale:
        return None  # "almost half - 48% - called": a spelled number is no range's lower end
    if word == "and" and (opener is None or opener[1] != "between"):
        return None
    if m.group("bound") and (opener is None or opener[1] != "bound"):
        return None
    if word in ("to", "through") and change_verb_before(text, floor, (opener or (first.start,))[0]):
        return None
    second = _second_amount(text, m.end())
    if second is None or _year_before_amount(text, first, second):
        return None
    glued = m.group("dash") is not None and m.start() == first.end and m.end() == second.start
    low = _inherit(first, second)
    if low is None or not low.value < second.value:
        return "reject" if glued and second.currency is None and not second.percent else None
    return low, second


def _year_before_amount(text: str, first: _Amount, second: _Amount) -> bool:
    """ "sold in 2008 to 1.24 billion", "cut in 2009 to 15%": a bare year before an amount
    with a currency, a percent or a scale word ends a time phrase; it opens no range."""
    if first.currency is not None or first.percent or not _looks_like_year(text, first):
        return False
    return second.currency is not None or second.percent or second.number.has_scale


def _second_amount(text: str, pos: int) -> _Amount | None:
    anchor = _ANCHOR_RE.search(text, pos, pos + 8)
    if anchor is None:
        return None
    if anchor.start() > pos:
        prefix = currency_before(text, pos, anchor.start())
        if prefix is None or prefix.start != pos:
            return None
    second = _amount_at(text, anchor.start(), pos)
    if second is None or second.start != pos:
        return None
    return second


def _inherit(first: _Amount, second: _Amount) -> _Amount | None:
    """The lower end as the range means it: "€10-11 billion" is 10 billion to 11 billion."""
    a, b = first.currency, second.currency
    if a is not None and b is not None and a.code != b.code and a.subunit == b.subunit:
        return None
    if first.percent and not second.percent:
        return None
    if a is not None and b is None and second.percent:
        return None
    value = first.value
    if a is None and b is not None and b.divisor != 1:
        value = value / b.divisor  # "between 3 and 30 cents": both ends are cents
    n1, n2 = first.number, second.number
    if not n1.has_scale and n2.scale_factor > 1 and n1.lead < n2.lead:
        value = value * n2.scale_factor
    return replace(first, value=value)


def _amount_at(text: str, start: int, floor: int) -> _Amount | None:
    """The number at ``start`` with its currency, sign, scale and percent, or None."""
    number = read_number(text, start)
    if number is None:
        number = _article_one(text, start)
        if number is None:
            return None
    prefix = currency_before(text, floor, start)
    if prefix is None and start > 0 and text[start - 1].isalpha():
        return None  # letters glued in front ("G7", "A320") make a name, not a figure
    number = _space_grouped(text, start, number, prefix)
    number = _decimal_comma(text, start, number)
    value = number.value
    end = number.end
    currency: CurrencyHit | None = prefix
    percent = False
    value, end = _with_fraction(text, number, value, end)
    if prefix is not None and prefix.multiplier != 1:
        value *= prefix.multiplier
    suffix = _suffix_currency(text, end, number, prefix)
    if suffix is not None:
        currency = suffix if prefix is None or suffix.explicit else prefix
        end = suffix.end
        value *= suffix.multiplier
        scale_end, factor = _scale_after(text, end)
        if factor > 1 and not number.has_scale:
            value *= factor
            end = scale_end
    if currency is not None and currency.divisor != 1:
        value /= currency.divisor  # "75 cents" is 0.75: figures are in the main unit
    if currency is not None and currency.base in _DOLLAR_BASES:
        cents_end, cents = _cents_after(text, end)
        value += cents / 100  # "3 dollars and 50 cents" is 3.50
        end = cents_end
    if currency is None:
        percent_end = percent_after(text, end)
        if percent_end is not None:
            percent = True
            end = percent_end
    measure = prefix is None and _glued_unit(text, number)  # "€400mm" is finance's million
    if number.glued_letters and suffix is None and not percent and not measure:
        return None
    begin = prefix.start if prefix is not None else start
    sign = sign_before(text, floor, begin)
    if sign is not None:
        value = -value
        begin = sign[0]
    return _Amount(begin, start, end, value, number, currency, percent)


def _space_grouped(
    text: str, start: int, number: NumberRead, prefix: CurrencyHit | None
) -> NumberRead:
    """ "1 849 Kč", "$ 1 000", "220 000 people": thousands set off by plain spaces, read as one
    number only next to a currency or, for tens of thousands and more, before what is counted or
    measured, where two bare numbers side by side would make no sense."""
    if number.end - start > 3 or not text[start : number.end].isdigit():
        return number
    groups = _SPACE_GROUPS_RE.match(text, number.end)
    if groups is None:
        return number
    after = groups.end()
    if (
        prefix is None
        and currency_after(text, after) is None
        and not _grouped_count(text, start, number, after)
    ):
        return number
    value = Decimal(text[start : groups.end()].replace(" ", ""))
    return replace(number, end=groups.end(), value=value, lead=value)


def _decimal_comma(text: str, start: int, number: NumberRead) -> NumberRead:
    """ "8,26%", "US$1,8 billion": a comma before one or two digits and a percent or scale is
    the decimal mark of European copy; thousands always come in threes."""
    raw = text[start : number.end]
    if number.has_scale or number.spelled or number.glued_letters or not raw.isdigit():
        return number
    m = _DECIMAL_COMMA_RE.match(text, number.end)
    if m is None:
        return number
    value = Decimal(f"{raw}.{m.group(1)}")
    scale_end, factor = _scale_after(text, m.end())
    if factor == 1:
        return replace(number, end=m.end(), value=value, lead=value)
    return replace(
        number,
        end=scale_end,
        value=value * factor,
        has_scale=True,
        lead=value,
        scale_factor=Decimal(factor),
    )


def _grouped_count(text: str, start: int, number: NumberRead, after: int) -> bool:
    """ "220 000 people", "12 096 visas": a lead of two or three digits before the groups; a
    single digit ("the 3 500 troops") is as often a number of its own ending a phrase."""
    if number.end - start < 2:
        return False
    return count_noun_after(text, after) or measure_unit_after(text, after)


def _with_fraction(text: str, number: NumberRead, value: Decimal, end: int) -> tuple[Decimal, int]:
    """ "1/2" is a half and "1 3/8" one and three eighths; other slashes are left alone."""
    if number.spelled or number.has_scale or value != int(value):
        return value, end
    fraction = _FRACTION_RE.match(text, end)
    if fraction is not None and value < int(fraction.group(1)):
        return value / int(fraction.group(1)), fraction.end()  # "more than 1/2 of the people"
    mixed = _MIXED_FRACTION_RE.match(text, end)
    if mixed is not None and 0 < int(mixed.group(1)) < int(mixed.group(2)):
        return value + Decimal(mixed.group(1)) / int(mixed.group(2)), mixed.end()
    return value, end


def _cents_after(text: str, pos: int) -> tuple[int, Decimal]:
    """ "… and 42 cents" after a dollar amount: (where it ends, the cents), or (pos, 0)."""
    m = _AND_RE.match(text, pos)
    if m is None:
        return pos, Decimal(0)
    cents = read_number(text, m.end())
    if cents is None or cents.value >= 100 or cents.has_scale:
        return pos, Decimal(0)
    unit = _CENT_WORD_RE.match(text, cents.end)
    if unit is None:
        return pos, Decimal(0)
    return unit.end(), cents.value


def _article_one(text: str, start: int) -> NumberRead | None:
    """ "a dollar", "an euro": the article as the number one."""
    m = _A_WORD_RE.match(text, start)
    if m is None:
        return None
    one = Decimal(1)
    return NumberRead(m.end(), one, False, True, None, False, one, one)


def _suffix_currency(
    text: str, end: int, number: NumberRead, prefix: CurrencyHit | None
) -> CurrencyHit | None:
    """The currency after the number, when it belongs to this figure."""
    hit = currency_after(text, end)
    if hit is None:
        if prefix is None:
            hit = hyphen_currency_after(text, end)
            if hit is not None and hit.base in ("pound", "pounds"):
                return None
        return hit
    if prefix is not None and not (hit.explicit and hit.code is not None):
        return None
    one_sign = hit.base in ("$", "€", "£", "¥") or (hit.base is None and hit.end - hit.start <= 1)
    if one_sign and _PRICE_AHEAD_RE.match(text, hit.end):
        return None  # "$ 281.40 $ 265.70": the sign opens the next price
    if hit.base in ("pound", "pounds") and not _pound_is_money(text, hit, number):
        return None
    return hit


def _pound_is_money(text: str, hit: CurrencyHit, number: NumberRead) -> bool:
    """ "20 million pounds" is money; "a twenty pound bag" and "500 pounds of" are weights."""
    if _METRIC_RESTATED_RE.match(text, hit.end):
        return False  # "143 million pounds (65 million kilograms)"
    if hit.explicit or number.has_scale:
        return True
    if _OF_AFTER_RE.match(text, hit.end):
        return False
    if _WEIGHT_CUE_RE.search(text, max(0, hit.start - 80), min(len(text), hit.end + 40)):
        return False  # "he weighed 150 pounds", "a 50 pound bag"
    return hit.base == "pounds" or number.value == 1 or number.has_scale


def _scale_after(text: str, pos: int) -> tuple[int, int]:
    """A scale word after a currency code ("75 USD million"): (its end, its factor)."""
    m = _SCALE_WORD_RE.match(text, pos)
    if m is None:
        return pos, 1
    scale = scale_of(m.group(1))
    if scale is None:
        return pos, 1
    return m.end(), scale
