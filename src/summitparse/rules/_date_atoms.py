"""Readings of single date expressions: one reader per pattern of :mod:`._date_grammar`.

A reader gets the match and the context (text, reference date) and returns a :class:`Atom` or
``None`` when the match is not a date after all ("May I ask", "2025 people", "February 30").
Readings without a year keep their month and day, so a range ("Nov 18 - Dec 19, 2015") can give
them the year of the other end.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from summitparse.models import Granularity
from summitparse.rules import _date_grammar as g
from summitparse.rules._date_calendar import (
    add_days,
    add_months,
    easter,
    iso_week_span,
    make_date,
    month_last_day,
    month_span,
    nth_week_of_month,
    nth_weekday_of_month,
    quarter_span,
    season_span,
    week_span,
    year_span,
)
from summitparse.rules._date_data import (
    AMBIGUOUS_MONTHS,
    CARDINALS,
    COUNT_NOUNS,
    COUNT_WORDS,
    DATE_CONTEXT_WORDS,
    DAY_WORDS,
    DECADE_WORDS,
    FIXED_HOLIDAYS,
    MONTHS,
    ORDINALS,
    SEASONS,
    SHORT_WEEKDAYS,
    STRONG_MONTH_CONTEXT,
    TENS,
    THE_DAY_FOLLOWERS,
    UNIT_WORDS,
    WEEKDAYS,
    YEAR_NOUNS,
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


@dataclass(frozen=True, slots=True)
class Context:
    """The text and reference date every reader needs."""

    text: str
    ref: dt.date | None

    def future(self, pos: int) -> bool:
        """True when the sentence before ``pos`` speaks of the future ("will meet on ...")."""
        window_start = max(0, pos - 80)
        window = self.text[window_start:pos]
        breaks = list(g.SENTENCE_BREAK.finditer(window))
        if breaks:
            window = window[breaks[-1].end() :]
        return g.FUTURE_CUE.search(window) is not None

    def prev_word(self, pos: int) -> str:
        """The word just before ``pos`` (lower case), or ''."""
        m = g.PREV_WORD.search(self.text, max(0, pos - 30), pos)
        return m.group("w").lower() if m else ""

    def next_word(self, pos: int) -> str:
        """The word just after ``pos`` as written, or ''."""
        m = g.NEXT_WORD.match(self.text[pos : pos + 40])
        return m.group("w") if m else ""


Reader = Callable[[re.Match[str], Context], Atom | None]


# --- small parsers -----------------------------------------------------------------------
def _norm(words: str) -> str:
    return re.sub(r"[\s-]+", " ", words.strip().lower())


def month_number(word: str) -> int | None:
    """Month number of a month word ("Sept." -> 9)."""
    return MONTHS.get(word.lower().rstrip("."))


def day_number(word: str) -> int | None:
    """Day of month from "16", "16th", "sixteenth" or "twenty one"."""
    w = _norm(word)
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
    words = [w for w in _norm(text).split(" ") if w and w != "and"]
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
    w = _norm(word)
    if w.isdigit():
        return int(w)
    return COUNT_WORDS.get(w)


_QTY_PART = g.compile_ci(rf"(?P<n>{g.COUNT})\s*(?P<u>{g.UNIT})")


def quantity(text: str) -> tuple[int, int] | None:
    """(months, days) of "2 years 1 month 21 days" / "a fortnight"."""
    months = days = hours = 0
    for m in _QTY_PART.finditer(_norm(text)):
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
def resolve_month_day(month: int, day: int, ctx: Context, pos: int) -> dt.date | None:
    """The year of "16 January": the latest on or before the reference, or the next one on
    or after it when the sentence speaks of the future."""
    ref = ctx.ref
    if ref is None:
        return None
    future = ctx.future(pos)
    step = 1 if future else -1
    for k in range(0, 9):
        candidate = make_date(ref.year + step * k, month, day)
        if candidate is None:
            continue
        if (candidate >= ref) if future else (candidate <= ref):
            return candidate
    return None


def resolve_month(month: int, ctx: Context, pos: int) -> int | None:
    """The year of a bare month: this year's unless it lies ahead (behind, for future talk)."""
    ref = ctx.ref
    if ref is None:
        return None
    if ctx.future(pos):
        return ref.year if month >= ref.month else ref.year + 1
    return ref.year if month <= ref.month else ref.year - 1


def month_atom(start: int, end: int, month: int, year: int | None, ctx: Context) -> Atom | None:
    """A whole month; without a year it is relative and resolved around the reference."""
    if year is None:
        y = resolve_month(month, ctx, start)
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
    d = resolve_month_day(month, day, ctx, start)
    return Atom(start, end, d, None, "day", True, month=month, day=day, year_given=False)


def span_atom(start: int, end: int, span: Span2 | None, gran: Granularity, relative: bool) -> Atom:
    """An atom over a first..last stretch (None when the reference is missing)."""
    if span is None:
        return Atom(start, end, None, None, gran, relative)
    first, last = span
    return Atom(start, end, first, None if last == first else last, gran, relative)


def _month_word_ok(m: re.Match[str], ctx: Context, strong_follow: bool) -> bool:
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


# --- readers: explicit dates -------------------------------------------------------------
def read_iso(m: re.Match[str], ctx: Context) -> Atom | None:
    return day_atom(
        m.start(), m.end(), int(m.group("m")), int(m.group("day")), int(m.group("year")), ctx
    )


def read_year_mon_day(m: re.Match[str], ctx: Context) -> Atom | None:
    month = month_number(m.group("mon"))
    if month is None:
        return None
    return day_atom(m.start(), m.end(), month, int(m.group("day")), int(m.group("year")), ctx)


def read_day_mon_year_compact(m: re.Match[str], ctx: Context) -> Atom | None:
    month = month_number(m.group("mon"))
    year = year_number(m.group("year"))
    if month is None or year is None:
        return None
    return day_atom(m.start(), m.end(), month, int(m.group("day")), year, ctx)


def _month_day_order(a: int, b: int) -> tuple[int, int] | None:
    """US order (month first) unless the first number cannot be a month."""
    if 1 <= a <= 12 and 1 <= b <= 31:
        return a, b
    if 1 <= b <= 12 and 1 <= a <= 31:
        return b, a
    return None


def read_numeric_date(m: re.Match[str], ctx: Context) -> Atom | None:
    order = _month_day_order(int(m.group("a")), int(m.group("b")))
    year = year_number(m.group("year"))
    if order is None or year is None:
        return None
    if m.group("s") == ".":
        if int(m.group("a")) <= 12 and len(m.group("year")) == 2:
            return None  # "1.5.20" reads as a version or a decimal, not a date
        swapped = _month_day_order(int(m.group("b")), int(m.group("a")))
        order = swapped or order  # dotted dates are European: day first
    return day_atom(m.start(), m.end(), order[0], order[1], year, ctx)


_FRACTIONS = frozenset({(1, 2), (1, 3), (2, 3), (1, 4), (3, 4), (24, 7), (9, 10)})


def read_numeric_month_day(m: re.Match[str], ctx: Context) -> Atom | None:
    a, b = int(m.group("a")), int(m.group("b"))
    if (a, b) in _FRACTIONS:
        return None
    order = _month_day_order(a, b)
    if order is None:
        return None
    year = int(m.group("year")) if m.group("year") else None
    return day_atom(m.start(), m.end(), order[0], order[1], year, ctx)


def read_dotted_month_day(m: re.Match[str], ctx: Context) -> Atom | None:
    order = _month_day_order(int(m.group("a")), int(m.group("b")))
    if order is None:
        return None
    return day_atom(m.start("a"), m.end(), order[0], order[1], None, ctx)


def read_weekday_numeric(m: re.Match[str], ctx: Context) -> Atom | None:
    weekday = WEEKDAYS.get(m.group("wd").lower())
    order = _month_day_order(int(m.group("a")), int(m.group("b")))
    if weekday is None or order is None:
        return None
    ref = ctx.ref
    if m.group("s") == "-":  # "Monday 11-4" is more often hours; keep dates whose weekday fits
        if ref is None:
            return None
        years = [ref.year, ref.year - 1, ref.year + 1]
        if not any(
            (d := make_date(y, order[0], order[1])) is not None and d.weekday() == weekday
            for y in years
        ):
            return None
    if ref is not None:
        for y in (ref.year, ref.year - 1, ref.year + 1):
            d = make_date(y, order[0], order[1])
            if d is not None and d.weekday() == weekday:
                return Atom(m.start(), m.end(), d, None, "day", True, month=order[0], day=order[1])
    return day_atom(m.start(), m.end(), order[0], order[1], None, ctx)


def _textual_day(m: re.Match[str], ctx: Context) -> Atom | None:
    month = month_number(m.group("mon"))
    day = day_number(m.group("day"))
    if month is None or day is None:
        return None
    day_is_word = not m.group("day")[0].isdigit()
    day_low = _norm(m.group("day"))
    if day_is_word and day_low in CARDINALS and day_low not in ORDINALS:
        raw = m.group("mon")
        if raw.lower().rstrip(".") in {"may", "march"} and not raw[0].isupper():
            return None
    if not m.group("wd") and not _month_word_ok(m, ctx, strong_follow=True):
        return None
    year_text = m.group("year")
    year = year_number(year_text) if year_text else None
    start = m.start("wd") if m.group("wd") else min(m.start("mon"), m.start("day"))
    end = m.end()
    if year_text and year is None:
        end = max(m.end("mon"), m.end("day"))
    return day_atom(start, end, month, day, year, ctx)


def read_month_day_year(m: re.Match[str], ctx: Context) -> Atom | None:
    return _textual_day(m, ctx)


def read_day_month_year(m: re.Match[str], ctx: Context) -> Atom | None:
    return _textual_day(m, ctx)


def _weekday_near(weekday: int, day: int, ctx: Context, pos: int) -> dt.date | None:
    """The "Friday 31" nearest the reference: this month first, then back (or ahead)."""
    ref = ctx.ref
    if ref is None:
        return None
    step = 1 if ctx.future(pos) else -1
    base = make_date(ref.year, ref.month, 1)
    if base is None:
        return None
    for k in range(0, 28):
        month_first = add_months(base, step * k)
        if month_first is None:
            return None
        d = make_date(month_first.year, month_first.month, day)
        if d is not None and d.weekday() == weekday:
            return d
    return None


def read_weekday_day(m: re.Match[str], ctx: Context) -> Atom | None:
    weekday = WEEKDAYS.get(m.group("wd").lower())
    day = day_number(m.group("day"))
    if weekday is None or day is None or not 1 <= day <= 31:
        return None
    raw_day = m.group("day")
    if raw_day.isdigit():
        follower = ctx.next_word(m.end())
        if follower and follower[0].islower() and follower.lower() not in THE_DAY_FOLLOWERS:
            return None
    d = _weekday_near(weekday, day, ctx, m.start())
    return Atom(m.start(), m.end(), d, None, "day", True, day=day, year_given=False)


def _the_day_value(day: int, ctx: Context, pos: int) -> dt.date | None:
    ref = ctx.ref
    if ref is None or not 1 <= day <= 31:
        return None
    future = ctx.future(pos)
    base = make_date(ref.year, ref.month, 1)
    if base is None:
        return None
    for k in range(0, 3):
        month_first = add_months(base, k if future else -k)
        if month_first is None:
            return None
        d = make_date(month_first.year, month_first.month, day)
        if d is not None and ((d >= ref) if future else (d <= ref)):
            return d
    return None


_ORDINAL_DAY_BEFORE = frozenset(
    {"on", "until", "till", "since", "from", "to", "through", "and", "between", "by"}
)


def read_the_day(m: re.Match[str], ctx: Context) -> Atom | None:
    day = day_number(m.group("day"))
    if day is None or not 1 <= day <= 31:
        return None
    follower = ctx.next_word(m.end())
    if follower and follower.lower() not in THE_DAY_FOLLOWERS:
        return None
    if not m.group("day")[0].isdigit():  # "the first" is rarely a day: ask for "on the first"
        prev = ctx.prev_word(m.start())
        if m.group("pre").lower() == "the" and prev not in _ORDINAL_DAY_BEFORE:
            return None
    if follower and m.end() < len(ctx.text) and ctx.text[m.end()] in "-–":
        return None
    start = m.start() if m.group("pre").lower() == "the" else m.start("day")
    return Atom(
        start,
        m.end(),
        _the_day_value(day, ctx, start),
        None,
        "day",
        True,
        day=day,
        year_given=False,
    )


def read_day_of_rel_month(m: re.Match[str], ctx: Context) -> Atom | None:
    day = day_number(m.group("day"))
    ref = ctx.ref
    if day is None:
        return None
    if ref is None:
        return Atom(m.start(), m.end(), None, None, "day", True)
    rel = m.group("rel").lower()
    months = {"next": 1, "last": -1}.get(rel, 0)
    first = add_months(make_date(ref.year, ref.month, 1) or ref, months)
    d = None if first is None else make_date(first.year, first.month, day)
    return Atom(m.start(), m.end(), d, None, "day", True)


def read_holiday(m: re.Match[str], ctx: Context) -> Atom | None:
    name = _norm(m.group("h")).replace("’", "'")
    year_text = m.group("year")
    mod = (m.group("mod") or "").lower()

    def on_year(y: int) -> dt.date | None:
        if name.startswith("easter") or name == "good friday":
            sunday = easter(y)
            if sunday is None:
                return None
            return add_days(sunday, {"easter monday": 1, "good friday": -2}.get(name, 0))
        fixed = FIXED_HOLIDAYS.get(name)
        return None if fixed is None else make_date(y, fixed[0], fixed[1])

    if year_text:
        return Atom(m.start(), m.end(), on_year(int(year_text)), None, "day", False)
    ref = ctx.ref
    if ref is None:
        return Atom(m.start(), m.end(), None, None, "day", True)
    this_year = on_year(ref.year)
    if this_year is None:
        return None
    future = mod in {"next", "following", "coming"} or (mod != "last" and ctx.future(m.start()))
    if future:
        d = this_year if this_year > ref else on_year(ref.year + 1)
    else:
        d = this_year if this_year <= ref else on_year(ref.year - 1)
    return Atom(m.start(), m.end(), d, None, "day", True)


# --- readers: ranges inside one expression -------------------------------------------------
def _range_in_month(m: re.Match[str], ctx: Context, month: int, year: int | None) -> Atom | None:
    d1 = day_number(m.group("d1"))
    d2 = day_number(m.group("d2"))
    if d1 is None or d2 is None or not (1 <= d1 < d2 <= 31):
        return None
    sep_between = ctx.text[m.end("d1") : m.start("d2")].strip().lower()
    if sep_between.startswith("and") and not m.group("pre"):
        return None  # "18 and 19 June" lists two days
    start_atom = day_atom(m.start(), m.end(), month, d1, year, ctx)
    if start_atom is None:
        return None
    first = start_atom.first  # "15-17 January" on the 16th: the range under way
    last = None if first is None else make_date(first.year, month, d2)
    return Atom(
        m.start(),
        m.end(),
        first,
        last,
        "day",
        year is None,
        month=month,
        day=d1,
        year_given=year is not None,
    )


def read_day_in_list(m: re.Match[str], ctx: Context) -> Atom | None:
    """ "18" in "18 and 19 June": a day of its own that borrows the list's month."""
    month = month_number(m.group("mon"))
    day = day_number(m.group("day"))
    if month is None or day is None:
        return None
    year = int(m.group("year")) if m.group("year") else None
    return day_atom(m.start(), m.end(), month, day, year, ctx)


def read_day_range_month(m: re.Match[str], ctx: Context) -> Atom | None:
    month = month_number(m.group("mon"))
    if month is None:
        return None
    year_text = m.group("year")
    year = year_number(year_text) if year_text else None
    return _range_in_month(m, ctx, month, year)


def read_day_range_rel_month(m: re.Match[str], ctx: Context) -> Atom | None:
    ref = ctx.ref
    if ref is None:
        d1 = day_number(m.group("d1"))
        return None if d1 is None else Atom(m.start(), m.end(), None, None, "day", True)
    months = {"next": 1, "last": -1}.get(m.group("rel").lower(), 0)
    first = add_months(make_date(ref.year, ref.month, 1) or ref, months)
    if first is None:
        return None
    atom = _range_in_month(m, ctx, first.month, first.year)
    return None if atom is None else replace(atom, relative=True)


def read_year_range(m: re.Match[str], ctx: Context) -> Atom | None:
    y1 = int(m.group("y1"))
    raw2 = m.group("y2")
    y2 = int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + int(raw2)
    if len(raw2) == 2 and not 0 < int(raw2) - y1 % 100 <= 10:
        return None
    if not (y1 < y2 <= y1 + 100):
        return None
    first, last = year_span(y1), year_span(y2)
    if first is None or last is None:
        return None
    return Atom(m.start(), m.end(), first[0], last[1], "year", False)


# --- readers: months, years, decades, quarters, seasons ------------------------------------
def read_month_year(m: re.Match[str], ctx: Context) -> Atom | None:
    month = month_number(m.group("mon"))
    year = year_number(m.group("year"))
    if month is None or year is None:
        return None
    return month_atom(m.start(), m.end(), month, year, ctx)


def read_year_month(m: re.Match[str], ctx: Context) -> Atom | None:
    month = month_number(m.group("mon"))
    if month is None or not _month_word_ok(m, ctx, strong_follow=True):
        return None
    return month_atom(m.start(), m.end(), month, int(m.group("year")), ctx)


def read_numeric_year_month(m: re.Match[str], ctx: Context) -> Atom | None:
    return month_atom(m.start(), m.end(), int(m.group("m")), int(m.group("year")), ctx)


def _bare_month_ok(raw: str, prev: str, ctx: Context, end: int) -> bool:
    """A month word with no day, year or modifier: is it the month here?

    Abbreviations and words that double as English ("march", "may") need a date word before
    them ("in March"); a capitalised "June" or "April" before another capitalised word is a
    first name ("April Ryan")."""
    low = raw.lower()
    if low == "may" and raw == "may" and prev not in STRONG_MONTH_CONTEXT:
        return False
    if low in AMBIGUOUS_MONTHS or (len(low) <= 4 and low not in {"june", "july"}):
        return prev in DATE_CONTEXT_WORDS
    if low == "august" and raw[0].islower():
        return prev in DATE_CONTEXT_WORDS
    if low in {"june", "april"} and raw[0].isupper() and ctx.next_word(end)[:1].isupper():
        return prev in DATE_CONTEXT_WORDS
    return True


_LAST_YEAR_MODS = frozenset({"last", "previous", "past"})
_NEXT_YEAR_MODS = frozenset({"next", "coming", "following"})


def read_month_alone(m: re.Match[str], ctx: Context) -> Atom | None:
    month = month_number(m.group("mon"))
    if month is None:
        return None
    mod = (m.group("mod") or "").lower()
    raw = m.group("mon").rstrip(".")
    after = ctx.text[m.end() : m.end() + 20]
    joined = re.match(rf"\s*(?:-|–|to|through|till|until|and|or)\s*{g.MON}", after, re.I)
    prev = ctx.prev_word(m.start())
    if joined is None:
        if not mod and not _bare_month_ok(raw, prev, ctx, m.end()):
            return None
        if mod and raw.lower() == "may" and raw == "may":
            return None  # "this may take": the verb
    if not mod or mod == "current":
        return month_atom(m.start("mon"), m.end(), month, None, ctx)
    ref = ctx.ref
    if ref is None:
        return Atom(m.start(), m.end(), None, None, "month", True, month=month)
    year = ref.year
    if mod in _LAST_YEAR_MODS:
        year -= 1
    elif mod in _NEXT_YEAR_MODS or mod == "upcoming":
        year += 1
    atom = month_atom(m.start(), m.end(), month, year, ctx)
    return None if atom is None else replace(atom, relative=True)


def read_year_alone(m: re.Match[str], ctx: Context) -> Atom | None:
    year = int(m.group("year"))
    if re.search(r"\d\s?[-/–]\s?$", ctx.text[max(0, m.start() - 4) : m.start()]):
        return None  # "32 - 2015", "82-2100": a number pair, a phone number
    prev = ctx.prev_word(m.start())
    follower = ctx.next_word(m.end())
    if follower.lower() in COUNT_NOUNS:
        return None
    context = bool(m.group("pre")) or prev in DATE_CONTEXT_WORDS
    context = context or follower.lower() in YEAR_NOUNS
    if not context and not 1800 <= year <= 2100:
        return None
    if (
        follower
        and follower[0].islower()
        and not context
        and follower.lower()
        not in {
            "and",
            "or",
            "to",
            "when",
            "as",
            "was",
            "is",
            "will",
            "has",
            "had",
            "saw",
            "brought",
            "marked",
        }
    ):
        return None
    span = year_span(year)
    if span is None:
        return None
    return Atom(m.start(), m.end(), span[0], span[1], "year", False)


def read_spelled_year_alone(m: re.Match[str], ctx: Context) -> Atom | None:
    year = spelled_year(m.group("year"))
    if year is None or not 1000 <= year <= 2999:
        return None
    span = year_span(year)
    if span is None:
        return None
    start = m.start("year") if m.group("pre").lower() != "year" else m.start()
    return Atom(start, m.end(), span[0], span[1], "year", False)


def read_decade(m: re.Match[str], ctx: Context) -> Atom | None:
    if m.group("d4"):
        base = int(m.group("d4"))
    elif m.group("d2"):
        if not m.group("the") and not m.group("mod"):
            return None
        yy = int(m.group("d2").lstrip("'’"))
        base = 2000 + yy if yy <= 10 else 1900 + yy
    else:
        word = m.group("dw").lower()
        tens = DECADE_WORDS.get(word)
        if tens is None:
            if word != "tens":
                return None
            tens = 10
        if tens >= 1000:
            base = tens
        else:
            century = (m.group("dc") or "").lower()
            if not century and not m.group("the"):
                return None
            base = {"eighteen": 1800, "twenty": 2000}.get(century, 1900) + tens
    first, last = make_date(base, 1, 1), make_date(base + 9, 12, 31)
    if first is None or last is None:
        return None
    mod = (m.group("mod") or "").lower()
    if mod == "early":
        last = make_date(base + 3, 12, 31) or last
    elif mod == "mid":
        first, last = make_date(base + 3, 1, 1) or first, make_date(base + 6, 12, 31) or last
    elif mod == "late":
        first = make_date(base + 7, 1, 1) or first
    start = m.end("the") if m.group("the") and not m.group("mod") else m.start()
    return Atom(start, m.end(), first, last, "decade", False)


def read_century(m: re.Match[str], ctx: Context) -> Atom | None:
    n = int(m.group("n")) if m.group("n") else ORDINALS.get(_norm(m.group("w")))
    if n is None or not 1 <= n <= 30:
        return None
    first, last = make_date(max(1, (n - 1) * 100), 1, 1), make_date(n * 100 - 1, 12, 31)
    if first is None or last is None:
        return None
    return Atom(m.start(), m.end(), first, last, "decade", False)


def _relative_year(rel: str, ref: dt.date) -> int:
    return {"next": ref.year + 1, "last": ref.year - 1, "previous": ref.year - 1}.get(rel, ref.year)


def _quarter_or_half(kind: str, n: int, year: int) -> Span2 | None:
    if kind == "h":
        if n not in (1, 2):
            return None
        first = make_date(year, 1 if n == 1 else 7, 1)
        last = make_date(year, 6 if n == 1 else 12, 30 if n == 1 else 31)
        return None if first is None or last is None else (first, last)
    return quarter_span(year, n)


def _period_without_year(kind: str, n: int, ctx: Context, pos: int) -> Span2 | None:
    ref = ctx.ref
    if ref is None:
        return None
    span = _quarter_or_half(kind, n, ref.year)
    if span is None:
        return None
    if ctx.future(pos):
        return span if span[1] >= ref else _quarter_or_half(kind, n, ref.year + 1)
    return span if span[0] <= ref else _quarter_or_half(kind, n, ref.year - 1)


def read_quarter_code(m: re.Match[str], ctx: Context) -> Atom | None:
    code = m.group("q").lower()
    kind, n = code[0], int(code[1])
    year_text = m.group("y1") or m.group("y2")
    if year_text:
        return span_atom(
            m.start(), m.end(), _quarter_or_half(kind, n, int(year_text)), "month", False
        )
    if m.group("rel"):
        if ctx.ref is None:
            return span_atom(m.start(), m.end(), None, "month", True)
        year = _relative_year(m.group("rel").lower(), ctx.ref)
        return span_atom(m.start(), m.end(), _quarter_or_half(kind, n, year), "month", True)
    return span_atom(
        m.start(), m.end(), _period_without_year(kind, n, ctx, m.start()), "month", True
    )


_ORDINAL_PART = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
    "latter": 2,
}


def _current_quarter(ref: dt.date) -> int:
    return (ref.month - 1) // 3 + 1


def read_quarter_words(m: re.Match[str], ctx: Context) -> Atom | None:
    atom = _read_quarter_words(m, ctx)
    if atom is not None and m.group("the") and not m.group("y0"):
        atom = replace(atom, start=m.start("ord"))  # the span leaves out a leading "the"
    return atom


def _read_quarter_words(m: re.Match[str], ctx: Context) -> Atom | None:
    kind = "h" if m.group("unit").lower() == "half" else "q"
    ordinal = m.group("ord").lower()
    year_text = m.group("y0") or m.group("year")
    rel = (m.group("rel") or "").lower()
    ref = ctx.ref
    if ordinal == "last" and not year_text and not rel and (not m.group("the") or kind == "q"):
        if ref is None:
            return span_atom(m.start(), m.end(), None, "month", True)
        if kind == "q":
            q = _current_quarter(ref) - 1
            span = quarter_span(ref.year, q) if q else quarter_span(ref.year - 1, 4)
        elif ref.month <= 6:
            span = _quarter_or_half("h", 2, ref.year - 1)
        else:
            span = _quarter_or_half("h", 1, ref.year)
        return span_atom(m.start(), m.end(), span, "month", True)
    n = _ORDINAL_PART.get(ordinal, 4 if kind == "q" else 2)
    if year_text:
        year = year_number(year_text)
        if year is None:
            return None
        return span_atom(m.start(), m.end(), _quarter_or_half(kind, n, year), "month", False)
    if rel:
        if ref is None:
            return span_atom(m.start(), m.end(), None, "month", True)
        year = _relative_year(rel, ref)
        return span_atom(m.start(), m.end(), _quarter_or_half(kind, n, year), "month", True)
    if not m.group("the"):
        return None
    return span_atom(
        m.start(), m.end(), _period_without_year(kind, n, ctx, m.start()), "month", True
    )


def read_season(m: re.Match[str], ctx: Context) -> Atom | None:
    season = SEASONS[m.group("s").lower()]
    mod = (m.group("mod") or "").lower()
    mod2 = (m.group("mod2") or "").lower()
    edge = mod2 or (mod if mod in {"early", "late", "mid"} else "")
    mod = "" if mod in {"early", "late", "mid"} else mod
    year_text = m.group("year")
    prev = ctx.prev_word(m.start())
    after = ctx.text[m.end() : m.end() + 5].lower()
    if not year_text:
        if not mod and not edge and prev not in DATE_CONTEXT_WORDS:
            return None
        if re.match(r"\s+of\b", after):
            return None  # "the fall of Kabul", "the spring of hope"
        if m.group("s").lower() == "fall" and not (mod or edge) and prev not in {"in", "this"}:
            return None
    start = m.start() if (mod and mod != "the") or edge else m.start("s")
    if year_text:
        year = year_number(year_text)
        span = None if year is None else season_span(season, year)
        return _edge(span_atom(start, m.end(), span, "season", False), edge)
    ref = ctx.ref
    if ref is None:
        return Atom(start, m.end(), None, None, "season", True)
    this = season_span(season, ref.year)
    prior = season_span(season, ref.year - 1)
    following = season_span(season, ref.year + 1)
    if this is None:
        return None
    if mod in {"next", "coming"}:
        span = this if this[0] > ref else following
    elif mod in {"last", "past"}:
        span = prior if this[0] > ref or this[1] >= ref else this
    elif mod == "this":
        span = this
    elif ctx.future(m.start()):
        span = this if this[1] >= ref else following
    else:
        span = this if this[0] <= ref else prior
    return _edge(span_atom(start, m.end(), span, "season", True), edge)


def _edge(atom: Atom, edge: str) -> Atom:
    """Early/mid/late part of a multi-day atom."""
    if not edge or atom.first is None or atom.last is None:
        return atom
    first, last = narrow(atom.first, atom.last, atom.granularity, edge)
    return replace(atom, first=first, last=last)


def narrow(first: dt.date, last: dt.date, gran: str, edge: str) -> Span2:
    """The part of ``first..last`` that "early", "mid", "late", "end of" … name.

    Years split into thirds of four months for beginning/middle/end and into halves for
    early/late; months split at the 10th/20th; weeks into Mon-Wed / Thu-Sun."""
    if gran == "year" and first.month == 1 and last.month == 12 and first.year == last.year:
        y = first.year
        parts = {
            "early": ((1, 1), (6, 30)),
            "late": ((7, 1), (12, 31)),
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


# --- readers: relative expressions ---------------------------------------------------------
_NOW_BEFORE = frozenset(
    {"until", "till", "since", "from", "by", "right", "and", "than", "as", "of"}
)


def _now_is_a_date(m: re.Match[str], ctx: Context) -> bool:
    """ "until now", "go back now." are dates; "is now in force" is an adverb of the verb."""
    if ctx.prev_word(m.start()) in _NOW_BEFORE:
        return True
    return re.match(r"\s*(?:[.?!,;)]|$)", ctx.text[m.end() : m.end() + 3]) is not None


def read_simple_relative(m: re.Match[str], ctx: Context) -> Atom | None:
    word = _norm(m.group("w"))
    if word == "now" and not _now_is_a_date(m, ctx):
        return None
    offsets = {
        "next morning": 1,
        "next afternoon": 1,
        "next evening": 1,
        "last morning": -1,
        "last afternoon": -1,
        "last evening": -1,
        "today": 0,
        "tonight": 0,
        "now": 0,
        "this morning": 0,
        "this afternoon": 0,
        "this evening": 0,
        "tomorrow": 1,
        "tmrw": 1,
        "yesterday": -1,
        "last night": -1,
    }
    if word.startswith(("the day after", "day after")):
        days = 2
    elif word.startswith(("the day before", "day before")):
        days = -2
    else:
        days = offsets.get(word, 0)
    ref = ctx.ref
    d = None if ref is None else add_days(ref, days)
    return Atom(m.start(), m.end(), d, None, "day", True)


def _unit_span(unit: str, ref: dt.date, steps: int) -> tuple[Span2 | None, Granularity]:
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
        index = ref.year * 4 + _current_quarter(ref) - 1 + steps
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


_STEPS = {
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


def read_relative_unit(m: re.Match[str], ctx: Context) -> Atom | None:
    mod = m.group("mod").lower()
    unit = _norm(m.group("unit"))
    if unit == "day" and mod in {"this", "last", "past", "current", "present", "coming"}:
        return None
    if mod in {"same", "present", "prior"} and not m.group("the"):
        return None
    steps = _STEPS.get(mod, 0)
    ref = ctx.ref
    start = (
        m.start()
        if m.group("the") and mod in {"same", "previous", "following"}
        else (m.start("mod"))
    )
    gran_guess: Granularity = "day"
    if ref is None:
        return Atom(start, m.end(), None, None, gran_guess, True)
    span, gran = _unit_span(unit, ref, steps)
    return span_atom(start, m.end(), span, gran, True)


def read_offset(m: re.Match[str], ctx: Context) -> Atom | None:
    qty = quantity(m.group("qty"))
    if qty is None:
        return None
    direction = _norm(m.group("dir"))
    sign = -1 if direction in {"ago", "earlier", "before", "back"} else 1
    months, days = sign * qty[0], sign * qty[1]
    if direction in {"before", "after", "from"}:
        return Atom(m.start(), m.end(), None, None, "day", True, offset=(months, days))
    if direction == "ago" and days == 0 and months % 12 == 0 and ctx.ref is not None:
        span = year_span(ctx.ref.year + months // 12)  # "two years ago": that calendar year
        return span_atom(m.start(), m.end(), span, "year", True)
    return Atom(m.start(), m.end(), shift(ctx.ref, months, days), None, "day", True)


def _durational(m: re.Match[str], ctx: Context, group: str) -> bool:
    """ "over the next five years", "within a decade": a stretch of time, not a date."""
    if ctx.prev_word(m.start()) == "over":
        return True
    return m.group("pre").lower() == "within" and _norm(m.group(group)).startswith(("a ", "an "))


def read_in_offset(m: re.Match[str], ctx: Context) -> Atom | None:
    qty = quantity(m.group("qty"))
    if qty is None or _durational(m, ctx, "qty"):
        return None
    ref = ctx.ref
    if m.group("mod") and m.group("pre").lower() == "in":
        first, end = add_days(ref, 1) if ref else None, shift(ref, qty[0], qty[1])
        return Atom(m.start(), m.end(), first, end, "day", True)
    if m.group("pre").lower() == "within":
        end = shift(ref, qty[0], qty[1])
        if ref is None or end is None:
            return Atom(m.start(), m.end(), None, None, "day", True)
        return Atom(m.start(), m.end(), ref, end, "day", True)
    return Atom(m.start(), m.end(), shift(ref, qty[0], qty[1]), None, "day", True)


def read_span_relative(m: re.Match[str], ctx: Context) -> Atom | None:
    n = count_value(m.group("n"))
    unit = UNIT_WORDS.get(m.group("unit").lower())
    if n is None or unit is None or n == 0:
        return None
    ref = ctx.ref
    mod = m.group("mod").lower()
    past = mod in {"last", "past", "previous"}
    if ctx.prev_word(m.start()) == "over":
        return None
    if ref is None:
        return Atom(m.start(), m.end(), None, None, "day", True)
    if unit == "quarter":
        q0 = ref.year * 4 + _current_quarter(ref) - 1
        lo, hi = (q0 - n, q0 - 1) if past else (q0 + 1, q0 + n)
        a, b = quarter_span(lo // 4, lo % 4 + 1), quarter_span(hi // 4, hi % 4 + 1)
        if a is None or b is None:
            return None
        return Atom(m.start(), m.end(), a[0], b[1], "month", True)
    qty = quantity(f"{n} {unit}")
    if qty is None:
        return None
    if past:
        first = shift(ref, -qty[0], -qty[1])
        return Atom(m.start(), m.end(), first, ref, "day", True)
    start_day = add_days(ref, 1)
    last = shift(ref, qty[0], qty[1])
    return Atom(m.start(), m.end(), start_day, last, "day", True)


def _weekday_ok(m: re.Match[str], ctx: Context, group: str) -> bool:
    raw = m.group(group)
    low = raw.lower().rstrip(".")
    if low not in SHORT_WEEKDAYS:
        return True
    prev = ctx.prev_word(m.start(group))
    if prev in {"on", "by", "until", "till", "since", "from", "this", "next", "last", "before"}:
        return True
    if prev in {"and", "or", "to"} and raw[0].isupper():
        return True
    nxt = ctx.text[m.end() : m.end() + 3]
    if raw.isupper() and len(raw) > 2:
        return True
    return bool(re.match(r"\s*,|\s+\d", nxt)) and raw[0].isupper()


def weekday_date(weekday: int, mod: str, ctx: Context, pos: int) -> dt.date | None:
    """Resolve "Friday", "next Friday", "last Friday" against the reference (news style)."""
    ref = ctx.ref
    if ref is None:
        return None
    monday = add_days(ref, -ref.weekday())
    if monday is None:
        return None
    if mod in {"next", "following"}:
        return add_days(monday, 7 + weekday)
    if mod in {"last", "previous"}:
        return add_days(monday, -7 + weekday)
    if mod in {"this", "current"}:
        return add_days(monday, weekday)
    if mod in {"coming", "upcoming"}:
        return add_days(ref, (weekday - ref.weekday() - 1) % 7 + 1)
    if mod == "past":
        return add_days(ref, -((ref.weekday() - weekday - 1) % 7 + 1))
    if ctx.future(pos):
        return add_days(ref, (weekday - ref.weekday()) % 7)
    return add_days(ref, -((ref.weekday() - weekday) % 7))


def read_weekday(m: re.Match[str], ctx: Context) -> Atom | None:
    weekday = WEEKDAYS.get(m.group("wd").lower().rstrip("."))
    if weekday is None:
        return None
    mod = (m.group("mod") or "").lower()
    if not mod and not _weekday_ok(m, ctx, "wd"):
        return None
    if mod and m.group("wd") in {"sat", "sun", "wed"}:
        return None  # "last sat", "this wed": verbs and nouns in lower case
    return Atom(m.start(), m.end(), weekday_date(weekday, mod, ctx, m.start()), None, "day", True)


def read_weekday_of_week(m: re.Match[str], ctx: Context) -> Atom | None:
    wd_text = m.group("wd1") or m.group("wd2")
    mod = (m.group("mod1") or m.group("mod2") or "").lower()
    weekday = WEEKDAYS.get(wd_text.lower())
    ref = ctx.ref
    if weekday is None:
        return None
    if ref is None:
        return Atom(m.start(), m.end(), None, None, "day", True)
    steps = _STEPS.get(mod, 0)
    monday = add_days(ref, -ref.weekday() + 7 * steps)
    d = None if monday is None else add_days(monday, weekday)
    return Atom(m.start(), m.end(), d, None, "day", True)


_NTH = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
    "last": -1,
    "final": -1,
}


def _target_month(m: re.Match[str], ctx: Context) -> tuple[int, int] | None:
    """(year, month) named by "of next month", "of July 2025", "of July" or nothing."""
    ref = ctx.ref
    if m.group("mon"):
        month = month_number(m.group("mon"))
        if month is None:
            return None
        if m.group("year"):
            return int(m.group("year")), month
        year = resolve_month(month, ctx, m.start())
        return None if year is None else (year, month)
    if ref is None:
        return None
    rel = (m.group("rel") or "this").lower()
    first = add_months(
        make_date(ref.year, ref.month, 1) or ref, {"next": 1, "last": -1}.get(rel, 0)
    )
    return None if first is None else (first.year, first.month)


def read_nth_weekday(m: re.Match[str], ctx: Context) -> Atom | None:
    weekday = WEEKDAYS.get(m.group("wd").lower())
    n = _NTH.get(m.group("n").lower())
    if weekday is None or n is None:
        return None
    if not m.group("mon") and not m.group("rel") and n == -1:
        return None  # "last Friday" is a weekday reader's job
    target = _target_month(m, ctx)
    d = None if target is None else nth_weekday_of_month(target[0], target[1], weekday, n)
    return Atom(m.start(), m.end(), d, None, "day", not bool(m.group("year")))


def read_nth_week(m: re.Match[str], ctx: Context) -> Atom | None:
    n = _NTH.get(m.group("n").lower())
    if n is None:
        return None
    year_text = m.group("year2")
    ref = ctx.ref
    if year_text or (m.group("rel") and (m.group("unit") or "").lower() == "year"):
        if year_text:
            year = year_number(year_text)
        else:
            year = None if ref is None else _relative_year(m.group("rel").lower(), ref)
        if year is None:
            return Atom(m.start(), m.end(), None, None, "week", year_text is None)
        if n == -1:
            dec28 = make_date(year, 12, 28)
            span = None if dec28 is None else week_span(dec28)
        else:
            span = iso_week_span(year, n)
        return span_atom(m.start(), m.end(), span, "week", year_text is None)
    target = _target_month(m, ctx)
    span = None if target is None else nth_week_of_month(target[0], target[1], n)
    return span_atom(m.start(), m.end(), span, "week", not bool(m.group("year")))


def read_week_number(m: re.Match[str], ctx: Context) -> Atom | None:
    n = int(m.group("n"))
    if not 1 <= n <= 53:
        return None
    ref = ctx.ref
    if m.group("year"):
        return span_atom(m.start(), m.end(), iso_week_span(int(m.group("year")), n), "week", False)
    if ref is None:
        return Atom(m.start(), m.end(), None, None, "week", True)
    year = _relative_year((m.group("rel") or "this").lower(), ref)
    return span_atom(m.start(), m.end(), iso_week_span(year, n), "week", True)


def month_days(atom: Atom) -> Span2 | None:
    """First and last day of the month an atom's first day falls in."""
    if atom.first is None:
        return None
    last = month_last_day(atom.first.year, atom.first.month)
    return None if last is None else (atom.first.replace(day=1), last)


def read_rest_of_unit(m: re.Match[str], ctx: Context) -> Atom | None:
    ref = ctx.ref
    unit = m.group("unit").lower()
    if ref is None:
        return Atom(m.start(), m.end(), None, None, "day", True)
    span, gran = _unit_span(unit, ref, 0)
    return span_atom(m.start(), m.end(), None if span is None else (ref, span[1]), gran, True)


def read_after_next(m: re.Match[str], ctx: Context) -> Atom | None:
    ref = ctx.ref
    unit = m.group("unit").lower()
    if ref is None:
        return Atom(m.start(), m.end(), None, None, "day", True)
    span, gran = _unit_span(unit, ref, 2)
    return span_atom(m.start(), m.end(), span, gran, True)


def read_count_upcoming(m: re.Match[str], ctx: Context) -> Atom | None:
    n = count_value(m.group("n"))
    unit = m.group("unit").lower().rstrip("s")
    if n is None or n == 0 or ctx.prev_word(m.start()) == "over":
        return None
    ref = ctx.ref
    if ref is None:
        return Atom(m.start(), m.end(), None, None, "day", True)
    qty = quantity(f"{n} {unit}")
    if qty is None:
        return None
    if m.group("mod").lower() in {"past", "previous", "last"}:
        return Atom(m.start(), m.end(), shift(ref, -qty[0], -qty[1]), ref, "day", True)
    return Atom(m.start(), m.end(), add_days(ref, 1), shift(ref, qty[0], qty[1]), "day", True)


def _business_days(ref: dt.date, n: int, step: int) -> dt.date | None:
    day: dt.date | None = ref
    counted = 0
    while counted < n and day is not None:
        day = add_days(day, step)
        if day is not None and day.weekday() < 5:
            counted += 1
    return day


def read_business_days(m: re.Match[str], ctx: Context) -> Atom | None:
    n = count_value(m.group("n"))
    ref = ctx.ref
    if n is None or n == 0 or n > 400:
        return None
    if ref is None:
        return Atom(m.start(), m.end(), None, None, "day", True)
    if m.group("mod").lower() in {"past", "previous", "last"}:
        return Atom(m.start(), m.end(), _business_days(ref, n, -1), ref, "day", True)
    return Atom(m.start(), m.end(), add_days(ref, 1), _business_days(ref, n, 1), "day", True)


READERS: list[tuple[re.Pattern[str], Reader]] = [
    (g.ISO_DATE, read_iso),
    (g.YEAR_MON_DAY, read_year_mon_day),
    (g.DAY_MON_YEAR_COMPACT, read_day_mon_year_compact),
    (g.NUMERIC_DATE, read_numeric_date),
    (g.NUMERIC_MONTH_DAY, read_numeric_month_day),
    (g.DOTTED_MONTH_DAY, read_dotted_month_day),
    (g.WEEKDAY_NUMERIC, read_weekday_numeric),
    (g.MONTH_DAY_YEAR, read_month_day_year),
    (g.DAY_MONTH_YEAR, read_day_month_year),
    (g.WEEKDAY_DAY, read_weekday_day),
    (g.THE_DAY, read_the_day),
    (g.DAY_OF_REL_MONTH, read_day_of_rel_month),
    (g.HOLIDAY_DATE, read_holiday),
    (g.DAY_RANGE_MONTH, read_day_range_month),
    (g.DAY_IN_LIST, read_day_in_list),
    (g.MONTH_DAY_RANGE, read_day_range_month),
    (g.DAY_RANGE_REL_MONTH, read_day_range_rel_month),
    (g.YEAR_RANGE, read_year_range),
    (g.MONTH_YEAR, read_month_year),
    (g.YEAR_MONTH, read_year_month),
    (g.NUMERIC_YEAR_MONTH, read_numeric_year_month),
    (g.NUMERIC_MONTH_YEAR, read_numeric_year_month),
    (g.MONTH_ALONE, read_month_alone),
    (g.YEAR_ALONE, read_year_alone),
    (g.SPELLED_YEAR_ALONE, read_spelled_year_alone),
    (g.DECADE, read_decade),
    (g.CENTURY, read_century),
    (g.QUARTER_CODE, read_quarter_code),
    (g.QUARTER_WORDS, read_quarter_words),
    (g.SEASON, read_season),
    (g.SIMPLE_RELATIVE, read_simple_relative),
    (g.RELATIVE_UNIT, read_relative_unit),
    (g.REST_OF_UNIT, read_rest_of_unit),
    (g.AFTER_NEXT, read_after_next),
    (g.COUNT_UPCOMING, read_count_upcoming),
    (g.BUSINESS_DAYS, read_business_days),
    (g.OFFSET, read_offset),
    (g.IN_OFFSET, read_in_offset),
    (g.SPAN_RELATIVE, read_span_relative),
    (g.WEEKDAY, read_weekday),
    (g.WEEKDAY_OF_WEEK, read_weekday_of_week),
    (g.NTH_WEEKDAY, read_nth_weekday),
    (g.NTH_WEEK, read_nth_week),
    (g.WEEK_NUMBER, read_week_number),
]
