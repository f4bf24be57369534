"""Find date expressions in English news text and read them against a reference date.

``find_dates(text, reference=...)`` returns :class:`~summitparse.models.DateMention` records in
text order, never overlapping, each slicing the text exactly. It works in passes:

1. *atoms*: every pattern of :mod:`._date_grammar` proposes readings ("16 January", "Q3 2025",
   "last week", "two years ago"); the longest non-overlapping ones win;
2. *context*: words before an atom refine it — "early"/"mid-"/"the end of" narrow it, "the week
   of" widens it, "two weeks before" shifts it;
3. *ranges*: two atoms joined by "-", "to", "through" (or "between … and …") become one mention,
   the year of one end completing the other ("Nov 18 - Dec 19, 2015"), and a trailing year
   completes a year-less reading ("from April to June in 2017");
4. *bounds*: "since X" is an open period closed by the reference (X's first day to the
   reference), "until X" runs from the reference to X's last day; "before" opens the start,
   "after"/"or later" the end.

Readings without a year, weekdays and relative words resolve news-style against ``reference``:
the most recent matching day on or before it, unless the sentence speaks of the future ("will
meet on Friday") or the word says so ("next Friday"). Without a reference they are still found,
with ``value`` left ``None``. Open ranges keep the open side ``None`` ("before 2018" has no first
day; "after 2018" has no last one; "since 2009" has none without a reference).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import replace

from summitparse.days import parse_day
from summitparse.models import DateMention, Granularity
from summitparse.rules.dates import explicit as ex
from summitparse.rules.dates import grammar as g
from summitparse.rules.dates import relative as rel
from summitparse.rules.dates.atoms import Atom, Context, Reader, narrow, quantity, shift, span_atom
from summitparse.rules.dates.calendar import (
    add_days,
    add_months,
    make_date,
    month_span,
    week_span,
    year_span,
)
from summitparse.text.guards import guarded

__all__ = ["find_dates"]

_GRAN_ORDER: dict[Granularity, int] = {
    "day": 0,
    "week": 1,
    "month": 2,
    "season": 3,
    "year": 4,
    "decade": 5,
}


def find_dates(text: str, *, reference: dt.date | str | None = None) -> list[DateMention]:
    """Every date expression in ``text``, in order, read against ``reference``.

    ``reference`` is the article's publication or dateline date (a ``date`` or an ISO
    ``"YYYY-MM-DD"`` string); relative expressions keep ``value=None`` without it.
    """
    ctx = Context(text=text, ref=_coerce_reference(reference))
    atoms = _select(_candidates(ctx))
    atoms = _apply_context(atoms, ctx)
    atoms = _complete_years(_join_ranges(_complete_years(atoms, ctx), ctx), ctx)
    atoms = _join_named_weekends(atoms, ctx)
    atoms = _apply_bounds(atoms, ctx)
    atoms = _from_previous_dates(atoms, ctx)
    return [_mention(a, text) for a in atoms]


_PREVIOUS_DATE_REACH = 600  # characters back to the date "six years later" counts from


def _from_previous_dates(atoms: list[Atom], ctx: Context) -> list[Atom]:
    """ "a member from its inception in 1969, but withdrew six years later" is 1975.

    "Later" and "earlier" count from a date the story told just before, not from the day it
    was published: whole years give that whole year, whole months that month (as the
    annotation reads "a year earlier" after a month), days the day. The date counted from must
    be as fine as the count ("two weeks earlier" needs a day, not "in 1984"); with none close
    before, nothing is guessed and the mention is left out, except minutes and hours, which
    stay on the story's day.
    """
    out: list[Atom] = []
    anchor: Atom | None = None
    for atom in atoms:
        if atom.since_previous is None:
            out.append(atom)
            if atom.first is not None:
                anchor = atom
            continue
        months, days = atom.since_previous
        unit: Granularity = "day" if days or not months else "year" if months % 12 == 0 else "month"
        near = anchor is not None and atom.start - anchor.end <= _PREVIOUS_DATE_REACH
        if anchor is None or not near or _GRAN_ORDER[anchor.granularity] > _GRAN_ORDER[unit]:
            if not months and not days and ctx.ref is not None:  # "ten minutes later"
                out.append(replace(atom, first=ctx.ref, since_previous=None))
            continue
        day = shift(anchor.first, months, days)
        if day is None:
            continue
        if unit == "year":
            anchor = span_atom(atom.start, atom.end, year_span(day.year), "year", True)
        elif unit == "month":
            anchor = span_atom(atom.start, atom.end, month_span(day.year, day.month), "month", True)
        else:
            anchor = replace(atom, first=day, since_previous=None)
        out.append(anchor)  # "A week later … A week later": the next one counts from this one
    return out


# Every pattern with its reader; the longest non-overlapping readings win (see _select).
_READERS: list[tuple[re.Pattern[str], Reader]] = [
    (g.ISO_DATE, ex.read_iso),
    (g.YEAR_MON_DAY, ex.read_year_mon_day),
    (g.DAY_MON_YEAR_COMPACT, ex.read_day_mon_year_compact),
    (g.NUMERIC_DATE, ex.read_numeric_date),
    (g.NUMERIC_MONTH_DAY, ex.read_numeric_month_day),
    (g.DOTTED_MONTH_DAY, ex.read_dotted_month_day),
    (g.WEEKDAY_NUMERIC, ex.read_weekday_numeric),
    (g.MONTH_DAY_YEAR, ex.read_month_day_year),
    (g.DAY_MONTH_YEAR, ex.read_day_month_year),
    (g.WEEKDAY_DAY, ex.read_weekday_day),
    (g.THE_DAY, ex.read_the_day),
    (g.DAY_OF_REL_MONTH, ex.read_day_of_rel_month),
    (g.HOLIDAY_DATE, ex.read_holiday),
    (g.DAY_RANGE_MONTH, ex.read_day_range_month),
    (g.MONTH_DAY_RANGE, ex.read_day_range_month),
    (g.DAY_RANGE_REL_MONTH, ex.read_day_range_rel_month),
    (g.YEAR_RANGE, ex.read_year_range),
    (g.MONTH_YEAR, ex.read_month_year),
    (g.YEAR_MONTH, ex.read_year_month),
    (g.NUMERIC_YEAR_MONTH, ex.read_numeric_year_month),
    (g.NUMERIC_MONTH_YEAR, ex.read_numeric_year_month),
    (g.MONTH_ALONE, ex.read_month_alone),
    (g.YEAR_ALONE, ex.read_year_alone),
    (g.SPELLED_YEAR_ALONE, ex.read_spelled_year_alone),
    (g.DECADE, ex.read_decade),
    (g.CENTURY, ex.read_century),
    (g.QUARTER_CODE, ex.read_quarter_code),
    (g.QUARTER_WORDS, ex.read_quarter_words),
    (g.SEASON, ex.read_season),
    (g.SIMPLE_RELATIVE, rel.read_simple_relative),
    (g.RELATIVE_UNIT, rel.read_relative_unit),
    (g.REST_OF_UNIT, rel.read_rest_of_unit),
    (g.EDGE_OF_THE_UNIT, rel.read_edge_of_the_unit),
    (g.AFTER_NEXT, rel.read_after_next),
    (g.COUNT_UPCOMING, rel.read_count_upcoming),
    (g.BUSINESS_DAYS, rel.read_business_days),
    (g.OFFSET, rel.read_offset),
    (g.IN_OFFSET, rel.read_in_offset),
    (g.SPAN_RELATIVE, rel.read_span_relative),
    (g.WEEKDAY, rel.read_weekday),
    (g.WEEKDAY_OF_WEEK, rel.read_weekday_of_week),
    (g.NTH_WEEKDAY, rel.read_nth_weekday),
    (g.NTH_WEEK, rel.read_nth_week),
    (g.WEEK_NUMBER, rel.read_week_number),
    (g.PART_OF_YEAR, ex.read_part_of_year),
    (g.NTH_MONTH_OF_YEAR, ex.read_nth_month_of_year),
]


def _coerce_reference(reference: dt.date | str | None) -> dt.date | None:
    """A date from a date, a datetime or an ISO string; a malformed string is a caller error."""
    return parse_day(reference, name="reference")


def _folded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern for lower-cased text, without IGNORECASE.

    Python's regex engine scans ~30 % faster without case folding; lowering the pattern's
    upper-case letters ("FY") keeps it equivalent on lower-cased text. Escapes (\\S, \\D, \\W,
    \\B, \\A, \\Z) and group syntax ((?P<…>) keep their case; group names are lower case.
    It is also guarded by its first characters (:func:`~summitparse.text.guards.guarded`): it
    is tried at every position of the text, and most positions start none of its words.
    """
    source = re.sub(r"(?<!\\)(?<!\(\?)[A-Z]", lambda m: m.group(0).lower(), pattern.pattern)
    return guarded(source, pattern.flags & ~re.IGNORECASE)


# Each reader's pattern twice: folded to find where it matches in lower-cased text (fast), and
# as written to re-read the match on the original text, whose case the readers look at.
_SCANS = [(_folded(pattern), pattern, reader) for pattern, reader in _READERS]


def _candidates(ctx: Context) -> list[Atom]:
    text = ctx.text
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lowers to two code points: offsets would drift
        scans = [(pattern, pattern, reader) for pattern, reader in _READERS]
        lowered = text
    else:
        scans = _SCANS
    found: list[Atom] = []
    for scan, pattern, reader in scans:
        for hit in scan.finditer(lowered):
            match = pattern.match(text, hit.start())
            if match is None:
                continue
            atom = reader(match, ctx)
            if atom is not None and atom.end > atom.start:
                found.append(atom)
    return found


def _select(candidates: list[Atom]) -> list[Atom]:
    """Longest readings first, then leftmost; drop any that overlap one already taken."""
    taken: list[Atom] = []
    # The taken intervals are disjoint, so sorted by start they are sorted by end too: an
    # overlap can only be with the neighbours at the insertion point (no scan of all taken).
    starts: list[int] = []
    ends: list[int] = []
    for atom in sorted(candidates, key=lambda a: (a.start - a.end, a.start)):
        index = bisect_right(starts, atom.start)
        if index and ends[index - 1] > atom.start:
            continue
        if index < len(starts) and starts[index] < atom.end:
            continue
        taken.append(atom)
        starts.insert(index, atom.start)
        ends.insert(index, atom.end)
    return sorted(taken, key=lambda a: a.start)


# --- pass 2: words around an atom ----------------------------------------------------------
def _apply_context(atoms: list[Atom], ctx: Context) -> list[Atom]:
    out: list[Atom] = []
    for i, atom in enumerate(atoms):
        floor = out[-1].end if out else 0
        atom = _apply_modifier(atom, ctx, floor)
        atom = _apply_week_of(atom, ctx, floor)
        if atom.offset is not None:
            anchor = atoms[i + 1] if i + 1 < len(atoms) else None
            if anchor is None or ctx.text[atom.end : anchor.start].strip():
                continue  # "two days after the summit": a duration, not a date
            out.append(atom)
            continue
        if out and out[-1].offset is not None:
            prev = out.pop()
            months, days = prev.offset or (0, 0)
            value = shift(atom.first, months, days)
            atom = Atom(prev.start, atom.end, value, None, "day", atom.relative)
        out.append(atom)
    return [a for a in out if a.offset is None]


def _window(ctx: Context, atom: Atom, floor: int) -> tuple[int, str]:
    lo = max(floor, atom.start - 40)
    return lo, ctx.text[lo : atom.start]


def _apply_modifier(atom: Atom, ctx: Context, floor: int) -> Atom:
    """ "early 2025", "mid-November", "the end of next week", "later this year"."""
    lo, before = _window(ctx, atom, floor)
    m = g.MODIFIER_BEFORE.search(before)
    if m is None:
        return atom
    edge = (m.group("a") or m.group("b")).lower()
    word_start = lo + (m.start("a") if m.group("a") else m.start("b"))
    widened = replace(atom, start=word_start)
    if atom.first is None or atom.last is None or atom.granularity == "day":
        return widened
    first, last = atom.first, atom.last
    ref = ctx.ref
    if edge in {"rest", "remainder", "remaining"} and ref is not None and first <= ref <= last:
        return replace(widened, first=ref)
    if edge in {"later", "earlier"} and ref is not None and first <= ref <= last:
        if edge == "earlier":
            return replace(widened, last=ref)
        if atom.granularity != "year":
            return replace(widened, first=ref)
    if edge == "earlier":
        edge = "early"
    first, last = narrow(first, last, atom.granularity, edge)
    gran: Granularity = "month" if atom.granularity == "year" else atom.granularity
    return replace(widened, first=first, last=last, granularity=gran)  # "late 2025": months


def _apply_week_of(atom: Atom, ctx: Context, floor: int) -> Atom:
    """ "the week of March 3" is that Monday-to-Sunday week; "week commencing" starts on it."""
    if atom.granularity != "day" or atom.last is not None:
        return atom
    lo, before = _window(ctx, atom, floor)
    m = g.WEEK_OF_BEFORE.search(before)
    if m is None:
        return atom
    start = lo + m.start()
    if atom.first is None:
        return replace(atom, start=start, granularity="week")
    if (m.group("kind") or "").lower() == "of":
        span = week_span(atom.first)
    else:
        end = add_days(atom.first, 6)
        span = None if end is None else (atom.first, end)
    if span is None:
        return atom
    return replace(atom, start=start, first=span[0], last=span[1], granularity="week")


# --- pass 3: ranges ----------------------------------------------------------------------
def _complete_year(atom: Atom, nxt: Atom, ctx: Context) -> Atom | None:
    """ "from April to June in 2017": a trailing year completes a year-less reading."""
    if atom.year_given or atom.month is None or atom.first is None:
        return None
    if nxt.granularity != "year" or nxt.first is None or nxt.last is None:
        return None
    if (
        nxt.first.year != nxt.last.year
        or g.YEAR_AFTER_GAP.match(ctx.text[atom.end : nxt.start]) is None
    ):
        return None
    anchor = atom.last or atom.first
    years = nxt.first.year - anchor.year
    first = add_months(atom.first, 12 * years)
    last = None if atom.last is None else add_months(atom.last, 12 * years)
    return replace(atom, end=nxt.end, first=first, last=last, relative=False, year_given=True)


def _complete_years(atoms: list[Atom], ctx: Context) -> list[Atom]:
    out: list[Atom] = []
    for atom in atoms:
        completed = _complete_year(out[-1], atom, ctx) if out else None
        if completed is not None:
            out[-1] = completed
        else:
            out.append(atom)
    return out


def _join_ranges(atoms: list[Atom], ctx: Context) -> list[Atom]:
    out: list[Atom] = []
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        if i + 1 < len(atoms):
            joined = _try_join(atom, atoms[i + 1], ctx, out[-1].end if out else 0)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append(atom)
        i += 1
    return out


_NAMED_WEEKEND = re.compile(r"(?:this|last|next|past|coming)\s+weekend", re.IGNORECASE)


def _join_named_weekends(atoms: list[Atom], ctx: Context) -> list[Atom]:
    """ "this weekend, April 12–13" is one mention, like "Thursday, January 15": the days given
    after the comma are the weekend's, and they win over the reckoning from the reference."""
    out: list[Atom] = []
    for atom in atoms:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _NAMED_WEEKEND.fullmatch(ctx.text[prev.start : prev.end])
            and ctx.text[prev.end : atom.start] in {", ", ","}
            and atom.granularity == "day"
            and atom.first is not None
        ):
            out[-1] = replace(atom, start=prev.start)
            continue
        out.append(atom)
    return out


def _rebuild_with_year(atom: Atom, year: int) -> Atom | None:
    """A year-less reading placed in ``year`` ("Nov 18" of "Nov 18 - Dec 19, 2015")."""
    if atom.month is None or atom.open_start or atom.open_end:
        return None
    if atom.day is not None:
        first = make_date(year, atom.month, atom.day)
        if first is None:
            return None
        last = None
        if atom.last is not None and atom.first is not None:
            last = add_days(first, (atom.last - atom.first).days)
        return replace(atom, first=first, last=last)
    span = month_span(year, atom.month)
    if span is None:
        return None
    return replace(atom, first=span[0], last=span[1])


def _align_years(a: Atom, b: Atom) -> tuple[Atom, Atom]:
    """Give a year-less end the year of the other end, keeping the start before the end."""
    if a.first is None or b.first is None:
        return a, b
    if b.month is None and b.day is not None and a.month is not None:
        moved_b = _day_after(a.first, b)
        if moved_b is not None:
            return a, moved_b
    if not a.year_given and a.month is not None:
        moved = _rebuild_with_year(a, b.first.year)
        if moved is not None and moved.first is not None and moved.first > b.first:
            moved = _rebuild_with_year(a, b.first.year - 1)
        if moved is not None:
            return moved, b
    elif not b.year_given and b.month is not None and a.year_given:
        moved = _rebuild_with_year(b, a.first.year)
        if moved is not None and moved.first is not None and moved.first < a.first:
            moved = _rebuild_with_year(b, a.first.year + 1)
        if moved is not None:
            return a, moved
    return a, b


def _day_after(first: dt.date, b: Atom) -> Atom | None:
    """ "the third" after "April 27": the first such day on or after the range start."""
    if b.day is None:
        return None
    for k in range(0, 3):
        month_first = add_months(first.replace(day=1), k)
        d = None if month_first is None else make_date(month_first.year, month_first.month, b.day)
        if d is not None and d >= first:
            return replace(b, first=d, last=None)
    return None


def _try_join(a: Atom, b: Atom, ctx: Context, floor: int) -> Atom | None:
    gap = g.RANGE_GAP.match(ctx.text[a.end : b.start])
    if gap is None or a.open_start or a.open_end or b.open_start or b.open_end:
        return None
    lo = max(floor, a.start - 20)
    prefix = g.RANGE_PREFIX.search(ctx.text[lo : a.start])
    sep = gap.group("sep").lower()
    if sep == "and" and (prefix is None or prefix.group("p").lower() != "between"):
        return None
    if a.offset is not None or b.offset is not None:
        return None
    a, b = _align_years(a, b)
    start = lo + prefix.start() if prefix is not None else a.start
    last = b.last or b.first
    if a.first is not None and last is not None and last < a.first:
        return None
    gran = a.granularity
    if _GRAN_ORDER[b.granularity] < _GRAN_ORDER[gran]:
        gran = b.granularity
    return Atom(
        start,
        b.end,
        a.first,
        last,
        gran,
        a.relative or b.relative,
        month=a.month,
        day=a.day,
        year_given=a.year_given or b.year_given,
    )


# --- pass 4: open ranges ------------------------------------------------------------------
def _apply_bounds(atoms: list[Atom], ctx: Context) -> list[Atom]:
    out: list[Atom] = []
    for atom in atoms:
        floor = out[-1].end if out else 0
        out.append(_bound(atom, ctx, floor))
    return out


_END_EDGES = ("end of", "End of", "close of", "Close of")
_UNTIL = frozenset({"until", "till", "til", "up to", "ending", "ending with"})


def _bound(atom: Atom, ctx: Context, floor: int) -> Atom:
    """ "since October" runs to the reference, "until 2030" from it; "before" opens the start,
    "after" the end."""
    lo, before = _window(ctx, atom, floor)
    stretch = g.QTY_BEFORE_START.search(before)
    if stretch is not None and atom.first is not None:
        return _stretch(atom, lo + stretch.start(), stretch.group("qty"))
    m = g.BOUND_BEFORE.search(before)
    after = g.BOUND_AFTER.match(ctx.text[atom.end : atom.end + 20])
    is_range = g.RANGE_WORD.match(ctx.text, atom.start) is not None
    if after is not None and not is_range:
        return replace(atom, end=atom.end + after.end(), last=None, open_end=True)
    if m is None:
        return atom
    word = " ".join(m.group("p").lower().split())
    if word in {"before", "after", "prior to"} and g.POSSESSIVE.match(ctx.text, atom.end):
        return atom  # "after Wednesday's meeting": the date names an event, not a bound
    start = lo + m.start()
    last = atom.last or atom.first
    ref = ctx.ref
    if word == "since":  # an open period closed by the reference date
        end = ref if ref is not None and atom.first is not None and ref >= atom.first else None
        return replace(atom, start=start, last=end or last, open_end=end is None)
    if word in _UNTIL:  # from the reference date to the end of the date named
        begin = ref if ref is not None and last is not None and ref <= last else None
        return replace(atom, start=start, first=begin, last=last, open_start=begin is None)
    if word in {"starting", "starting on", "starting from", "beginning", "beginning on"}:
        return replace(atom, start=start, last=None, open_end=True)
    if word in {"after", "later than"}:
        first = None if last is None else add_days(last, 1)
        return replace(atom, start=start, first=first, last=None, open_end=True)
    if word in {"before", "prior to", "earlier than"}:
        end = None if atom.first is None else add_days(atom.first, -1)
        if ctx.text.startswith(_END_EDGES, atom.start) and atom.last is not None:
            end = atom.last  # "before the end of the year": the end is a point, the year's last day
        return replace(atom, start=start, first=None, last=end, open_start=True)
    return replace(atom, start=start, first=None, last=last, open_start=True)


def _stretch(atom: Atom, start: int, qty_text: str) -> Atom:
    """ "two weeks starting May 20": the days from the date on, as many as named."""
    qty = quantity(qty_text)
    end = None if qty is None else shift(atom.first, qty[0], qty[1] - 1)
    if end is None or atom.first is None or end < atom.first:
        return atom
    return replace(atom, start=start, last=end, granularity="day")


def _mention(atom: Atom, text: str) -> DateMention:
    last = atom.last
    if last is not None and atom.first is not None and last == atom.first:
        last = None
    return DateMention(
        start=atom.start,
        end=atom.end,
        text=text[atom.start : atom.end],
        value=atom.first,
        value_end=last,
        granularity=atom.granularity,
        relative=atom.relative,
    )
