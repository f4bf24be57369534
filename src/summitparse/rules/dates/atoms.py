"""The reading of one date expression (:class:`Atom`) and what every reader shares.

A reader gets a match and the :class:`Context` (text, reference date) and returns an
:class:`Atom` or ``None`` when the match is not a date after all. Readings without a year keep
their month and day, so a range ("Nov 18 - Dec 19, 2015") can give them the year of the other
end. The small parsers (spelled numbers and years, quantities) and the calendar pieces shared by
:mod:`._date_explicit` and :mod:`._date_relative` live here too.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from summitparse.models import Granularity
from summitparse.rules.dates import grammar as g
from summitparse.rules.dates.calendar import (
    add_days,
    add_months,
    make_date,
    month_span,
    quarter_span,
    week_span,
    year_span,
)
from summitparse.rules.dates.data import (
    AMBIGUOUS_MONTHS,
    CARDINALS,
    COUNT_WORDS,
    DATE_CONTEXT_WORDS,
    DAY_WORDS,
    MONTHS,
    TENS,
    UNIT_WORDS,
)

Span2 = tuple[dt.date, dt.date]


@dataclass(frozen=True, slots=True)
class Atom:
    """One date reading at ``[start, end)``; ``last`` is the inclusive last day (None: a day)."""

    start: int
    end: int
    first: dt.date | None
    last: dt.date | None
    granularity: Granularity
    relative: bool
    month: int | None = None  # year-less readings keep month/day for ranges
    day: int | None = None
    year_given: bool = True
    open_start: bool = False
    open_end: bool = False
    offset: tuple[int, int] | None = None  # (months, days) of "two weeks before <anchor>"
    # (months, days) of "six years later", "a year earlier": counted from the date the story
    # named before, not from the reference
    since_previous: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Context:
    """The text and reference date every reader needs."""

    text: str
    ref: dt.date | None

    def future(self, pos: int, end: int | None = None) -> bool:
        """True when the clause speaks of the future around a date at ``[pos, end)``: a cue
        before it in the clause ("will meet on ...", "is due to", "returns on") or, when
        ``end`` is given, after it ("On Thursday the King is due to ...")."""
        window = self.text[max(0, pos - 160) : pos]
        after = None if end is None else self.text[end : end + 60]
        return _future(window, after)

    def prev_word(self, pos: int) -> str:
        """The word just before ``pos`` (lower case), or ''."""
        m = g.PREV_WORD.search(self.text, max(0, pos - 30), pos)
        return m.group("w").lower() if m else ""

    def next_word(self, pos: int) -> str:
        """The word just after ``pos`` as written, or ''."""
        m = g.NEXT_WORD.match(self.text[pos : pos + 40])
        return m.group("w") if m else ""


Reader = Callable[[re.Match[str], Context], Atom | None]


@lru_cache(maxsize=4096)
def _future(window: str, after: str | None) -> bool:
    """:meth:`Context.future` on the 160 characters before a date and the 60 after it.

    A pure function of those two strings, cached: text that repeats a date phrase (a table, a
    list, a run of month names) asks the same question many times, and the eight searches it
    takes were most of :func:`find_dates`' time on such text.
    """
    breaks = list(g.SENTENCE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    window = g.CLAUSE_MARK.split(window)[-1]  # "…could begin, the ministry said on Tuesday"
    if g.FUTURE_CUE.search(window) or g.PRESENT_EVENT_BEFORE.search(window):
        return True
    if after is None or g.PAST_VERB.search(window):
        return False  # "met lawmakers on Tuesday to discuss tariffs" happened on Tuesday
    clause = g.CLAUSE_END.split(after, maxsplit=1)[0]
    return g.FUTURE_CUE.search(clause) is not None


# --- small parsers -----------------------------------------------------------------------
def norm_words(words: str) -> str:
    return re.sub(r"[\s-]+", " ", words.strip().lower())


def month_number(word: str) -> int | None:
    """Month number of a month word ("Sept." -> 9)."""
    return MONTHS.get(word.lower().rstrip("."))


def day_number(word: str) -> int | None:
    """Day of month from "16", "16th", "sixteenth" or "twenty one"."""
    w = norm_words(word)
    digits = re.match(r"\d+", w)
    if digits:
        return int(digits.group())
    return DAY_WORDS.get(w)


def _number_words(words: list[str]) -> int | None:
    """Value of a spelled number below 100 given as words ("ninety", "nine")."""
    if not words:
        return 0
    total = 0
    for w in words:
        if w in TENS:
            total += TENS[w]
        elif w in CARDINALS and CARDINALS[w] < 20:
            total += CARDINALS[w]
        elif w == "oh":
            continue
        else:
            return None
    return total


def spelled_year(text: str) -> int | None:
    """Year from words: "nineteen ninety nine", "two thousand and eighteen"."""
    words = [w for w in norm_words(text).split(" ") if w and w != "and"]
    if "thousand" in words:
        i = words.index("thousand")
        head = _number_words(words[:i])
        rest = words[i + 1 :]
        if head is None:
            return None
        value = head * 1000
        if "hundred" in rest:
            j = rest.index("hundred")
            h = _number_words(rest[:j])
            tail = _number_words(rest[j + 1 :])
            if h is None or tail is None:
                return None
            return value + h * 100 + tail
        tail = _number_words(rest)
        return None if tail is None else value + tail
    if not words:
        return None
    century = _number_words(words[:1])
    if century is None:
        return None
    rest = words[1:]
    if rest and rest[0] == "hundred":
        rest = rest[1:]
    tail = _number_words(rest)
    return None if tail is None else century * 100 + tail


def year_number(text: str) -> int | None:
    """Year from "2026", "'87", "87" (after "of") or words."""
    t = text.strip().lstrip("'’")
    if t.isdigit():
        if len(t) == 4:
            return int(t)
        if len(t) == 2:
            return two_digit_year(int(t))
        return None
    return spelled_year(text)


def two_digit_year(yy: int) -> int:
    """ "87" is 1987, "27" is 2027: a pivot that suits dates in present-day news."""
    return 2000 + yy if yy < 40 else 1900 + yy


def count_value(word: str) -> int | None:
    """Count from "two", "a", "a couple of", "3"."""
    w = norm_words(word)
    digits = w.replace(",", "")
    if digits.isdigit():
        return int(digits)
    return COUNT_WORDS.get(w)


_QTY_PART = g.compile_ci(rf"(?P<n>{g.COUNT})\s*(?P<u>{g.UNIT})")


def quantity(text: str) -> tuple[int, int] | None:
    """(months, days) of "2 years 1 month 21 days" / "a fortnight"."""
    months = days = hours = 0
    for m in _QTY_PART.finditer(norm_words(text)):
        n = count_value(m.group("n"))
        unit = UNIT_WORDS.get(m.group("u"))
        if n is None or unit is None:
            return None
        if unit == "day":
            days += n
        elif unit == "week":
            days += 7 * n
        elif unit == "fortnight":
            days += 14 * n
        elif unit == "month":
            months += n
        elif unit == "quarter":
            months += 3 * n
        elif unit == "year":
            months += 12 * n
        elif unit == "decade":
            months += 120 * n
        elif unit == "hour":
            hours += n
        elif unit in {"minute", "second"}:
            continue
        else:
            return None
    return months, days + hours // 24


def shift(day: dt.date | None, months: int, days: int) -> dt.date | None:
    """``day`` moved by months then days."""
    if day is None:
        return None
    moved = add_months(day, months)
    return None if moved is None else add_days(moved, days)


# --- resolution of year-less readings ----------------------------------------------------
def resolve_month_day(
    month: int, day: int, ctx: Context, pos: int, end: int | None = None
) -> dt.date | None:
    """The year of "16 January": news reports the past, so the latest such day on or before
    the reference, unless the sentence speaks of the future (then the next one on or after)."""
    ref = ctx.ref
    if ref is None:
        return None
    step = 1 if ctx.future(pos, end) else -1
    for k in range(9):
        d = make_date(ref.year + step * k, month, day)
        if d is not None and ((d >= ref) if step == 1 else (d <= ref)):
            return d
    return None


def resolve_month(month: int, ctx: Context, pos: int, end: int | None = None) -> int | None:
    """The year of a bare month: the latest one begun by the reference, or for future talk the
    first one not yet over."""
    ref = ctx.ref
    if ref is None:
        return None
    if ctx.future(pos, end):
        return ref.year if month >= ref.month else ref.year + 1
    return ref.year if month <= ref.month else ref.year - 1


def month_atom(start: int, end: int, month: int, year: int | None, ctx: Context) -> Atom | None:
    """A whole month; without a year it is relative and resolved around the reference."""
    if year is None:
        y = resolve_month(month, ctx, start, end)
        span = None if y is None else month_span(y, month)
        return Atom(
            start,
            end,
            span[0] if span else None,
            span[1] if span else None,
            "month",
            True,
            month=month,
            year_given=False,
        )
    span = month_span(year, month)
    if span is None:
        return None
    return Atom(start, end, span[0], span[1], "month", False, month=month)


def day_atom(
    start: int, end: int, month: int, day: int, year: int | None, ctx: Context
) -> Atom | None:
    """A calendar day; without a year it is relative and resolved around the reference."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year is not None:
        d = make_date(year, month, day)
        if d is None:
            return Atom(start, end, None, None, "day", False, month=month, day=day)
        return Atom(start, end, d, None, "day", False, month=month, day=day)
    if make_date(2000, month, day) is None:  # no such day in any year (Feb 30)
        return Atom(start, end, None, None, "day", True, month=month, day=day, year_given=False)
    d = resolve_month_day(month, day, ctx, start, end)
    return Atom(start, end, d, None, "day", True, month=month, day=day, year_given=False)


def span_atom(start: int, end: int, span: Span2 | None, gran: Granularity, relative: bool) -> Atom:
    """An atom over a first..last stretch (None when the reference is missing)."""
    if span is None:
        return Atom(start, end, None, None, gran, relative)
    first, last = span
    return Atom(start, end, first, None if last == first else last, gran, relative)


def month_word_ok(m: re.Match[str], ctx: Context, strong_follow: bool) -> bool:
    """Month words that are also English words need a date context ("in May", "May 5")."""
    raw = m.group("mon").rstrip(".")
    low = raw.lower()
    if low not in AMBIGUOUS_MONTHS:
        return True
    if strong_follow:
        return (
            low not in {"may", "march"}
            or raw[0].isupper()
            or ctx.prev_word(m.start("mon")) in DATE_CONTEXT_WORDS
        )
    return ctx.prev_word(m.start("mon")) in DATE_CONTEXT_WORDS


# --- shared calendar pieces -------------------------------------------------------------
def relative_year(rel: str, ref: dt.date) -> int:
    return {"next": ref.year + 1, "last": ref.year - 1, "previous": ref.year - 1}.get(rel, ref.year)


def quarter_or_half(kind: str, n: int, year: int) -> Span2 | None:
    if kind == "h":
        if n not in (1, 2):
            return None
        first = make_date(year, 1 if n == 1 else 7, 1)
        last = make_date(year, 6 if n == 1 else 12, 30 if n == 1 else 31)
        return None if first is None or last is None else (first, last)
    return quarter_span(year, n)


def current_quarter(ref: dt.date) -> int:
    return (ref.month - 1) // 3 + 1


def edge_of(atom: Atom, edge: str) -> Atom:
    """Early/mid/late part of a multi-day atom."""
    if not edge or atom.first is None or atom.last is None:
        return atom
    first, last = narrow(atom.first, atom.last, atom.granularity, edge)
    return replace(atom, first=first, last=last)


def narrow(first: dt.date, last: dt.date, gran: str, edge: str) -> Span2:
    """The part of ``first..last`` that "early", "mid", "late", "end of" … name.

    Years split into thirds of four months (early/beginning, mid, late/end; "later this year"
    is the second half); months split in halves, "mid" the 10th to 20th; weeks into
    Mon-Wed / Thu-Sun."""
    if gran == "year" and first.month == 1 and last.month == 12 and first.year == last.year:
        y = first.year
        parts = {
            "early": ((1, 1), (4, 30)),
            "late": ((9, 1), (12, 31)),
            "later": ((7, 1), (12, 31)),
            "beginning": ((1, 1), (4, 30)),
            "start": ((1, 1), (4, 30)),
            "mid": ((5, 1), (8, 31)),
            "middle": ((5, 1), (8, 31)),
            "end": ((9, 1), (12, 31)),
            "close": ((9, 1), (12, 31)),
            "turn": ((12, 1), (12, 31)),
        }
        part = parts.get(edge)
        if part is None:
            return first, last
        a, b = make_date(y, *part[0]), make_date(y, *part[1])
        return (a or first, b or last)
    total = (last - first).days + 1
    if total <= 1:
        return first, last
    if gran == "week" or total <= 10:
        cut = total // 2 + (total % 2)
        if edge in {"early", "beginning", "start"}:
            return first, add_days(first, max(0, cut - 2)) or last
        if edge in {"late", "end", "close", "later"}:
            return add_days(first, cut - 1) or first, last
        if edge in {"mid", "middle"}:
            return add_days(first, 1) or first, add_days(first, 3) or last
        return first, last
    if edge in {"early", "beginning", "start"}:
        return first, add_days(first, total // 2 - 1) or last
    if edge in {"late", "end", "close", "later"}:
        return add_days(first, total // 2) or first, last
    if edge in {"mid", "middle"}:
        return add_days(first, 9) or first, add_days(first, 19) or last
    return first, last


def unit_span(unit: str, ref: dt.date, steps: int) -> tuple[Span2 | None, Granularity]:
    """The calendar unit holding ``ref`` moved ``steps`` units."""
    if unit in {"week", "workweek"}:
        base = add_days(ref, 7 * steps)
        span = None if base is None else week_span(base)
        if span and unit == "workweek":
            span = (span[0], add_days(span[0], 4) or span[1])
        return span, "week"
    if unit == "weekend":
        base = add_days(ref, 7 * steps)
        span = None if base is None else week_span(base)
        return (None if span is None else (add_days(span[0], 5) or span[0], span[1])), "week"
    if unit == "fortnight":
        monday = add_days(ref, -ref.weekday() + 14 * steps)
        end = None if monday is None else add_days(monday, 13)
        return (None if monday is None or end is None else (monday, end)), "week"
    if unit == "month":
        base = add_months(make_date(ref.year, ref.month, 1) or ref, steps)
        return (None if base is None else month_span(base.year, base.month)), "month"
    if unit in {"year", "calendar year"}:
        return year_span(ref.year + steps), "year"
    if unit == "quarter":
        index = ref.year * 4 + current_quarter(ref) - 1 + steps
        return quarter_span(index // 4, index % 4 + 1), "month"
    if unit == "decade":
        decade = (ref.year // 10 + steps) * 10
        first, last = make_date(decade, 1, 1), make_date(decade + 9, 12, 31)
        return (None if first is None or last is None else (first, last)), "decade"
    if unit == "century":
        century = (ref.year // 100 + steps) * 100
        first, last = make_date(century, 1, 1), make_date(century + 99, 12, 31)
        return (None if first is None or last is None else (first, last)), "decade"
    d = add_days(ref, steps)
    return (None if d is None else (d, d)), "day"


STEPS = {
    "this": 0,
    "current": 0,
    "same": 0,
    "present": 0,
    "last": -1,
    "previous": -1,
    "past": -1,
    "prior": -1,
    "next": 1,
    "coming": 1,
    "upcoming": 1,
    "following": 1,
}
