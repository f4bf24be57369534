"""Readers of dates that need the reference date: "yesterday", "last week", "two years ago".

Weekdays resolve news-style: the most recent such day on or before the reference, the next one
when the sentence speaks of the future ("will meet on Friday") or the word says so ("next").
"""

from __future__ import annotations

import datetime as dt
import re

from summitparse.models import Granularity
from summitparse.rules.dates import grammar as g
from summitparse.rules.dates.atoms import (
    STEPS,
    Atom,
    Context,
    count_value,
    current_quarter,
    month_number,
    norm_words,
    quantity,
    relative_year,
    resolve_month,
    shift,
    span_atom,
    unit_span,
    year_number,
)
from summitparse.rules.dates.calendar import (
    add_days,
    add_months,
    iso_week_span,
    make_date,
    nth_week_of_month,
    nth_weekday_of_month,
    quarter_span,
    week_span,
    year_span,
)
from summitparse.rules.dates.data import (
    SHORT_WEEKDAYS,
    UNIT_WORDS,
    WEEKDAYS,
)

# --- readers: relative expressions ---------------------------------------------------------
# Words before "now" that make it the moment a period runs to ("until now", "between May and
# now"); "right now" in news copy means "at the moment", of a state rather than an event.
_NOW_BEFORE = frozenset({"until", "till", "since", "from", "by", "and", "than", "as", "of"})


def _now_is_a_date(m: re.Match[str], ctx: Context) -> bool:
    """ "until now", "go back now." are dates; "is now in force" is an adverb of the verb,
    "for now" means for the time being, and a sentence that opens on "Now" ("Now, the sides
    must ...", "Now." said for emphasis) turns to what comes next."""
    if _opens_sentence(ctx.text, m.start()):
        return False
    before = ctx.prev_word(m.start())
    if before in _NOW_BEFORE:
        return True
    if before in ("for", "right"):
        return False
    return re.match(r"\s*(?:[.?!,;)]|$)", ctx.text[m.end() : m.end() + 3]) is not None


def _opens_sentence(text: str, pos: int) -> bool:
    """True when only spaces, an opening quote or bracket stand between a sentence end (or the
    start of the text) and ``pos``."""
    head = text[max(0, pos - 8) : pos].rstrip(" \t\"'“‘(")
    return (head == "" and pos < 8) or head.endswith((".", "!", "?", "\n", ":"))


def read_simple_relative(m: re.Match[str], ctx: Context) -> Atom | None:
    word = norm_words(m.group("w"))
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


def read_relative_unit(m: re.Match[str], ctx: Context) -> Atom | None:
    mod = m.group("mod").lower()
    unit = norm_words(m.group("unit"))
    if unit == "day" and mod in {"this", "last", "past", "current", "present", "coming"}:
        return None
    if unit == "day" and m.group("the") and mod in {"next", "following", "previous", "same"}:
        return None  # "the next day": a day after the story's events, not after the reference
    if mod in {"same", "present", "prior"} and not m.group("the"):
        return None
    steps = STEPS.get(mod, 0)
    ref = ctx.ref
    start = (
        m.start()
        if m.group("the") and mod in {"same", "previous", "following"}
        else (m.start("mod"))
    )
    gran_guess: Granularity = "day"
    if ref is None:
        return Atom(start, m.end(), None, None, gran_guess, True)
    if mod == "past" and unit in _ROLLING:
        return span_atom(start, m.end(), _rolling(ref, unit), _ROLLING[unit], True)
    if unit == "weekend" and mod == "this" and _weekend_behind(m, ctx, ref):
        steps = -1
    span, gran = unit_span(unit, ref, steps)
    return span_atom(start, m.end(), span, gran, True)


#: "the past week" is the seven days up to the reference, not last calendar week ("last week"):
#: the units read that way and their granularity.
_ROLLING: dict[str, Granularity] = {
    "week": "week",
    "fortnight": "week",
    "month": "month",
    "year": "year",
    "decade": "decade",
}
_ROLLING_LENGTH = {"week": (0, 7), "fortnight": (0, 14), "month": (1, 0), "year": (12, 0)}


def _rolling(ref: dt.date, unit: str) -> tuple[dt.date, dt.date] | None:
    """The unit's length ending the day before ``ref`` ("the past decade": ten years)."""
    months, days = _ROLLING_LENGTH.get(unit, (120, 0))
    first, last = shift(ref, -months, -days), add_days(ref, -1)
    return None if first is None or last is None else (first, last)


_PAST_TENSE = re.compile(r"(?<![\w])[a-z]{3,}ed(?![\w])")


def _weekend_behind(m: re.Match[str], ctx: Context, ref: dt.date) -> bool:
    """ "this weekend" told in the past tense in a story dated Monday to Thursday is the
    weekend just past ("ministers met this weekend"); said plainly, or of the future, it is
    the coming one."""
    if ref.weekday() > 3 or ctx.future(m.start(), m.end()):
        return False
    clause = re.split(r"[.!?;\n]", ctx.text[max(0, m.start() - 160) : m.start()])[-1]
    return g.PAST_VERB.search(clause) is not None or _PAST_TENSE.search(clause) is not None


def read_offset(m: re.Match[str], ctx: Context) -> Atom | None:
    qty = quantity(m.group("qty"))
    if qty is None:
        return None
    direction = norm_words(m.group("dir"))
    sign = -1 if direction in {"ago", "earlier", "before", "back"} else 1
    months, days = sign * qty[0], sign * qty[1]
    if direction in {"before", "after", "from"}:
        return Atom(m.start(), m.end(), None, None, "day", True, offset=(months, days))
    if direction == "ago" and days == 0 and months % 12 == 0 and ctx.ref is not None:
        span = year_span(ctx.ref.year + months // 12)  # "two years ago": that calendar year
        return span_atom(m.start(), m.end(), span, "year", True)
    if direction in {"earlier", "later"}:  # read off the story's previous date (finder)
        return Atom(m.start(), m.end(), None, None, "day", True, since_previous=(months, days))
    return Atom(m.start(), m.end(), shift(ctx.ref, months, days), None, "day", True)


def _durational(m: re.Match[str], ctx: Context) -> bool:
    """ "for the past ten years", "over the next five years", "the fastest pace in three years":
    a stretch of time, not a date."""
    before = ctx.text[max(0, m.start() - 40) : m.start()]
    if g.DURATION_BEFORE.search(before):
        return True
    clause = ctx.text[max(0, m.start() - 80) : m.start()]
    return m.group(0).lower().startswith("in") and g.SUPERLATIVE_BEFORE.search(clause) is not None


def read_in_offset(m: re.Match[str], ctx: Context) -> Atom | None:
    qty = quantity(m.group("qty"))
    if qty is None or _durational(m, ctx):
        return None
    ref = ctx.ref
    if m.group("mod"):  # "in the next two days": the days after the reference
        first, end = add_days(ref, 1) if ref else None, shift(ref, qty[0], qty[1])
        return Atom(m.start(), m.end(), first, end, "day", True)
    return Atom(m.start(), m.end(), shift(ref, qty[0], qty[1]), None, "day", True)


def read_span_relative(m: re.Match[str], ctx: Context) -> Atom | None:
    n = count_value(m.group("n"))
    unit = UNIT_WORDS.get(m.group("unit").lower())
    if n is None or unit is None or n == 0:
        return None
    ref = ctx.ref
    mod = m.group("mod").lower()
    past = mod in {"last", "past", "previous"}
    if _durational(m, ctx):
        return None
    if ref is None:
        return Atom(m.start(), m.end(), None, None, "day", True)
    if unit == "quarter":
        q0 = ref.year * 4 + current_quarter(ref) - 1
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


def weekday_date(
    weekday: int, mod: str, ctx: Context, pos: int, end: int | None = None
) -> dt.date | None:
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
    if ctx.future(pos, end):
        return add_days(ref, (weekday - ref.weekday()) % 7)
    return add_days(ref, -((ref.weekday() - weekday) % 7))


_WEEKDAY_BEFORE = frozenset(
    {"on", "by", "until", "till", "since", "from", "before", "after", "and", "or", "to", "late"}
)


def _named_person(m: re.Match[str], ctx: Context) -> bool:
    """ "Tuesday Weld": a weekday word before a capitalised name, with no "on" to anchor it."""
    nxt = ctx.next_word(m.end())
    if not nxt or not nxt[0].isupper() or month_number(nxt) is not None:
        return False
    if ctx.text[m.end() : m.end() + 1] != " ":
        return False
    return ctx.prev_word(m.start()) not in _WEEKDAY_BEFORE


_POSSESSIVE = re.compile(r"['’]s(?![\w])")


def read_weekday(m: re.Match[str], ctx: Context) -> Atom | None:
    weekday = WEEKDAYS.get(m.group("wd").lower().rstrip("."))
    if weekday is None:
        return None
    mod = (m.group("mod") or "").lower()
    if mod == "following" and _POSSESSIVE.match(ctx.text, m.end()):
        # "following Thursday's meeting": "following" means "after", the day is plain Thursday.
        m_start = m.start("wd")
        return Atom(
            m_start, m.end(), weekday_date(weekday, "", ctx, m_start, m.end()), None, "day", True
        )
    if not mod and not _weekday_ok(m, ctx, "wd"):
        return None
    if mod and m.group("wd") in {"sat", "sun", "wed"}:
        return None  # "last sat", "this wed": verbs and nouns in lower case
    if not mod and _named_person(m, ctx):
        return None
    return Atom(
        m.start(), m.end(), weekday_date(weekday, mod, ctx, m.start(), m.end()), None, "day", True
    )


def read_weekday_of_week(m: re.Match[str], ctx: Context) -> Atom | None:
    wd_text = m.group("wd1") or m.group("wd2")
    mod = (m.group("mod1") or m.group("mod2") or "").lower()
    weekday = WEEKDAYS.get(wd_text.lower())
    ref = ctx.ref
    if weekday is None:
        return None
    if ref is None:
        return Atom(m.start(), m.end(), None, None, "day", True)
    steps = STEPS.get(mod, 0)
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
            year = None if ref is None else relative_year(m.group("rel").lower(), ref)
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
    year = relative_year((m.group("rel") or "this").lower(), ref)
    return span_atom(m.start(), m.end(), iso_week_span(year, n), "week", True)


def read_rest_of_unit(m: re.Match[str], ctx: Context) -> Atom | None:
    ref = ctx.ref
    unit = m.group("unit").lower()
    if ref is None:
        return Atom(m.start(), m.end(), None, None, "day", True)
    span, gran = unit_span(unit, ref, 0)
    return span_atom(m.start(), m.end(), None if span is None else (ref, span[1]), gran, True)


# Another year named in the sentence or the one before: "Sales fell in 2005. By the end of the
# year they recovered" is 2005's end.
_TWO_SENTENCES_BACK = re.compile(r"[.!?\n](?=[^.!?\n]*[.!?\n][^.!?\n]*\Z)")


def read_edge_of_the_unit(m: re.Match[str], ctx: Context) -> Atom | None:
    """ "the end of the year", "the middle of the month": the unit holding the reference.

    When this sentence or the one before names another year, "the year" may be that one, and no
    date is guessed.
    """
    ref = ctx.ref
    lo = max(0, m.start() - 300)
    stop = _TWO_SENTENCES_BACK.search(ctx.text, lo, m.start())
    for year in g.YEAR_NAMED.finditer(ctx.text, stop.end() if stop else lo, m.start()):
        if ref is None or int(year.group()) != ref.year:
            return None
    if ref is None:
        return Atom(m.start(), m.end(), None, None, "day", True)
    span, gran = unit_span(m.group("unit").lower(), ref, 0)
    return span_atom(m.start(), m.end(), span, gran, True)


def read_after_next(m: re.Match[str], ctx: Context) -> Atom | None:
    ref = ctx.ref
    unit = m.group("unit").lower()
    if ref is None:
        return Atom(m.start(), m.end(), None, None, "day", True)
    span, gran = unit_span(unit, ref, 2)
    return span_atom(m.start(), m.end(), span, gran, True)


def read_count_upcoming(m: re.Match[str], ctx: Context) -> Atom | None:
    n = count_value(m.group("n"))
    unit = m.group("unit").lower().rstrip("s")
    if n is None or n == 0 or _durational(m, ctx):
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
    if n is None or n == 0 or n > 400 or _durational(m, ctx):
        return None
    if ref is None:
        return Atom(m.start(), m.end(), None, None, "day", True)
    if m.group("mod").lower() in {"past", "previous", "last"}:
        return Atom(m.start(), m.end(), _business_days(ref, n, -1), ref, "day", True)
    return Atom(m.start(), m.end(), add_days(ref, 1), _business_days(ref, n, 1), "day", True)
