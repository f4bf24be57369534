"""Readers of dates named outright: calendar days, months, years, decades, quarters, seasons.

Each ``read_*`` function turns one match of a :mod:`._date_grammar` pattern into an
:class:`~._date_atoms.Atom`, or returns ``None`` when the words are not a date after all
("May I ask", "2025 people", "the fall of Kabul"). Readings without a year resolve against the
reference, news-style (see :func:`._date_atoms.resolve_month_day`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from summitparse.models import Granularity
from summitparse.rules.dates import grammar as g
from summitparse.rules.dates.atoms import (
    Atom,
    Context,
    Span2,
    count_value,
    current_quarter,
    day_atom,
    day_number,
    edge_of,
    month_atom,
    month_number,
    month_word_ok,
    norm_words,
    quarter_or_half,
    relative_year,
    span_atom,
    spelled_year,
    year_number,
)
from summitparse.rules.dates.calendar import (
    add_days,
    add_months,
    easter,
    iso_week_span,
    make_date,
    month_last_day,
    nth_weekday_of_month,
    quarter_span,
    season_span,
    year_span,
)
from summitparse.rules.dates.data import (
    AMBIGUOUS_MONTHS,
    CARDINALS,
    COUNT_NOUNS,
    DATE_CONTEXT_WORDS,
    DECADE_WORDS,
    FIXED_HOLIDAYS,
    ORDINAL_TEENS,
    ORDINAL_UNITS,
    ORDINALS,
    SEASONS,
    STRONG_MONTH_CONTEXT,
    THE_DAY_FOLLOWERS,
    WEEKDAY_HOLIDAYS,
    WEEKDAYS,
    YEAR_BEFORE_WORDS,
    YEAR_NOUNS,
)


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


#: Month/day pairs that name an event, not a day: "9/11" (with no year) is the attacks.
_EVENT_NAMES = frozenset({(9, 11)})


def read_numeric_month_day(m: re.Match[str], ctx: Context) -> Atom | None:
    a, b = int(m.group("a")), int(m.group("b"))
    if (a, b) in _FRACTIONS or (a, b) in _EVENT_NAMES:
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
    day_low = norm_words(m.group("day"))
    if day_is_word and day_low in CARDINALS and day_low not in ORDINALS:
        raw = m.group("mon")
        if raw.lower().rstrip(".") in {"may", "march"} and not raw[0].isupper():
            return None
    if not m.group("wd") and not month_word_ok(m, ctx, strong_follow=True):
        return None
    year_text = m.group("year")
    year = year_number(year_text) if year_text else None
    rel = (m.group("rel") or "").lower()
    if rel == "that":
        year = _year_named_before(ctx.text, m.start())  # none named: read like a bare "April 13"
    elif rel and ctx.ref is not None:
        year = relative_year(rel, ctx.ref)
    start = m.start("wd") if m.group("wd") else min(m.start("mon"), m.start("day"))
    end = m.end()
    if year_text and year is None:
        end = max(m.end("mon"), m.end("day"))
    atom = day_atom(start, end, month, day, year, ctx)
    if atom is not None and rel and rel != "that":
        atom = replace(atom, relative=True)  # "last year" needed the reference
    return atom


_YEAR_LOOKBACK = 1500  # "that year" points to a year of the same or the previous paragraphs


def _year_named_before(text: str, pos: int) -> int | None:
    """The last year the text names before ``pos``: "In 1998 … On April 13 of that year"."""
    years = g.YEAR_NAMED.findall(text, max(0, pos - _YEAR_LOOKBACK), pos)
    return int(years[-1]) if years else None


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
    {"on", "until", "till", "since", "from", "to", "through", "between"}
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
    name = norm_words(m.group("h")).replace("’", "'")
    year_text = m.group("year")
    mod = (m.group("mod") or "").lower()

    def on_year(y: int) -> dt.date | None:
        if name.startswith("easter") or name == "good friday":
            sunday = easter(y)
            if sunday is None:
                return None
            return add_days(sunday, {"easter monday": 1, "good friday": -2}.get(name, 0))
        nth = WEEKDAY_HOLIDAYS.get(name)
        if nth is not None:
            return nth_weekday_of_month(y, nth[0], nth[1], nth[2])
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
    # Read the year off the end for future talk and off the start otherwise, so "15-17
    # January" on the 16th is the range under way either way.
    if year is None and ctx.future(m.start(), m.end()):
        end_atom = day_atom(m.start(), m.end(), month, d2, year, ctx)
        last = None if end_atom is None else end_atom.first
        first = None if last is None else make_date(last.year, month, d1)
    else:
        start_atom = day_atom(m.start(), m.end(), month, d1, year, ctx)
        first = None if start_atom is None else start_atom.first
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
    if month is None or not month_word_ok(m, ctx, strong_follow=True):
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
        if re.match(r"-[A-Za-z]", after) or (raw.isupper() and len(raw) <= 4):
            return None  # "Mar-a-Lago", a heading's "MAR"
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


def _year_noun_follows(ctx: Context, pos: int) -> bool:
    """ "the 2024 election", "the 1962 water agreement": a date noun within two words."""
    words = g.WORDS_AHEAD.match(ctx.text, pos)
    if words is None:
        return False
    return any(w.lower() in YEAR_NOUNS for w in words.group(0).split())


def _capitalised_word_follows(ctx: Context, pos: int) -> bool:
    nxt = ctx.next_word(pos)
    return bool(nxt) and nxt[0].isupper() and month_number(nxt) is None


def _in_a_name(ctx: Context, pos: int) -> bool:
    """A capitalised word right before, that is not a sentence opener like "In" or a month."""
    m = g.RAW_PREV_WORD.search(ctx.text, max(0, pos - 30), pos)
    if m is None or not m.group("w")[0].isupper():
        return False
    word = m.group("w")
    if word.lower() in DATE_CONTEXT_WORDS or month_number(word) is not None:
        return False
    return g.SENTENCE_START.search(ctx.text, max(0, m.start() - 3), m.start() + 1) is None


def read_year_alone(m: re.Match[str], ctx: Context) -> Atom | None:
    year = int(m.group("year"))
    if re.search(r"\d\s?[-/–]\s?$", ctx.text[max(0, m.start() - 4) : m.start()]):
        return None  # "32 - 2015", "82-2100": a number pair, a phone number
    prev = ctx.prev_word(m.start())
    follower = ctx.next_word(m.end())
    if follower.lower() in COUNT_NOUNS:
        return None
    context = (
        bool(m.group("pre"))
        or prev in DATE_CONTEXT_WORDS
        or (prev in YEAR_BEFORE_WORDS and 1800 <= year <= 2100)
    )
    noun_follows = _year_noun_follows(ctx, m.end())
    context = context or noun_follows
    if not m.group("pre") and not noun_follows and _in_a_name(ctx, m.start()):
        return None  # "Vision 2030", "Agenda 2063": the number belongs to a name
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
    n = int(m.group("n")) if m.group("n") else ORDINALS.get(norm_words(m.group("w")))
    if n is None or not 1 <= n <= 30:
        return None
    first, last = make_date(max(1, (n - 1) * 100), 1, 1), make_date(n * 100 - 1, 12, 31)
    if first is None or last is None:
        return None
    return Atom(m.start(), m.end(), first, last, "decade", False)


def _period_without_year(kind: str, n: int, ctx: Context, pos: int) -> Span2 | None:
    ref = ctx.ref
    if ref is None:
        return None
    span = quarter_or_half(kind, n, ref.year)
    if span is None:
        return None
    if ctx.future(pos):
        return span if span[1] >= ref else quarter_or_half(kind, n, ref.year + 1)
    return span if span[0] <= ref else quarter_or_half(kind, n, ref.year - 1)


def read_quarter_code(m: re.Match[str], ctx: Context) -> Atom | None:
    code = m.group("q").lower()
    kind, n = code[0], int(code[1])
    year_text = m.group("y1") or m.group("y2")
    if year_text:
        return span_atom(
            m.start(), m.end(), quarter_or_half(kind, n, int(year_text)), "month", False
        )
    if m.group("rel"):
        if ctx.ref is None:
            return span_atom(m.start(), m.end(), None, "month", True)
        year = relative_year(m.group("rel").lower(), ctx.ref)
        return span_atom(m.start(), m.end(), quarter_or_half(kind, n, year), "month", True)
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
            q = current_quarter(ref) - 1
            span = quarter_span(ref.year, q) if q else quarter_span(ref.year - 1, 4)
        elif ref.month <= 6:
            span = quarter_or_half("h", 2, ref.year - 1)
        else:
            span = quarter_or_half("h", 1, ref.year)
        return span_atom(m.start(), m.end(), span, "month", True)
    n = _ORDINAL_PART.get(ordinal, 4 if kind == "q" else 2)
    if year_text:
        year = year_number(year_text)
        if year is None:
            return None
        return span_atom(m.start(), m.end(), quarter_or_half(kind, n, year), "month", False)
    if rel:
        if ref is None:
            return span_atom(m.start(), m.end(), None, "month", True)
        year = relative_year(rel, ref)
        return span_atom(m.start(), m.end(), quarter_or_half(kind, n, year), "month", True)
    if not m.group("the"):
        return None
    return span_atom(
        m.start(), m.end(), _period_without_year(kind, n, ctx, m.start()), "month", True
    )


def _named_year(m: re.Match[str], ctx: Context) -> tuple[int | None, bool]:
    """The year of "of 2025" / "of last year" and whether it needed the reference."""
    if m.group("year"):
        return int(m.group("year")), False
    if ctx.ref is None:
        return None, True
    return relative_year(m.group("rel").lower(), ctx.ref), True


def read_part_of_year(m: re.Match[str], ctx: Context) -> Atom | None:
    """ "the first nine months of 2025", "the last two weeks of the year"."""
    n = count_value(m.group("n"))
    year, relative = _named_year(m, ctx)
    unit = m.group("unit").lower()
    if n is None or n == 0:
        return None
    if year is None:
        return Atom(m.start("edge"), m.end(), None, None, "day", relative)
    span = year_span(year)
    if span is None:
        return None
    head = m.group("edge").lower() in {"first", "opening"}
    if unit == "months" and n <= 12:
        first_month, last_month = (1, n) if head else (13 - n, 12)
        first, last = make_date(year, first_month, 1), month_last_day(year, last_month)
        gran: Granularity = "month"
    elif unit == "weeks":
        weeks = iso_week_span(year, 1) if head else iso_week_span(year, 52)
        if weeks is None:
            return None
        first = weeks[0] if head else add_days(weeks[1], -7 * n + 1)
        last = add_days(weeks[0], 7 * n - 1) if head else weeks[1]
        gran = "week"
    else:
        first = span[0] if head else add_days(span[1], -n + 1)
        last = add_days(span[0], n - 1) if head else span[1]
        gran = "day"
    if first is None or last is None:
        return None
    return Atom(m.start("edge"), m.end(), first, last, gran, relative)  # no leading "the"


_MONTH_ORDINALS = {w: i for i, w in enumerate(ORDINAL_UNITS + ORDINAL_TEENS[:3], start=1)}


def read_nth_month_of_year(m: re.Match[str], ctx: Context) -> Atom | None:
    """ "the third month of 2021"."""
    month = _MONTH_ORDINALS.get(m.group("n").lower())
    year, relative = _named_year(m, ctx)
    if month is None:
        return None
    if year is None:
        return Atom(m.start("n"), m.end(), None, None, "month", relative)
    atom = month_atom(m.start("n"), m.end(), month, year, ctx)
    return None if atom is None else replace(atom, relative=relative)


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
        if m.group("s")[0].isupper() and _capitalised_word_follows(ctx, m.end()):
            return None  # "the Winter Olympics", "Summer Davos": part of a name
        if m.group("s").lower() == "fall" and not (mod or edge) and prev not in {"in", "this"}:
            return None
    start = m.start() if (mod and mod != "the") or edge else m.start("s")
    if year_text:
        year = year_number(year_text)
        span = None if year is None else season_span(season, year)
        return edge_of(span_atom(start, m.end(), span, "season", False), edge)
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
    elif ctx.future(m.start(), m.end()):
        span = this if this[1] >= ref else following
    else:
        span = this if this[0] <= ref else prior
    return edge_of(span_atom(start, m.end(), span, "season", True), edge)
