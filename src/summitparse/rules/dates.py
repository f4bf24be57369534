"""Find date expressions in English news text and read them against a reference date.

``find_dates(text, reference=...)`` returns :class:`~summitparse.models.DateMention` records in
text order, never overlapping, each slicing the text exactly. It works in three passes:

1. *atoms*: every pattern of :mod:`._date_grammar` proposes readings ("16 January", "Q3 2025",
   "last week", "two years ago"); the longest non-overlapping ones win;
2. *context*: words around an atom refine it — "early"/"mid-"/"the end of" narrow it, "the week
   of" widens it, "since"/"until"/"before"/"after" open one side, "two weeks before" shifts it;
3. *ranges*: two atoms joined by "-", "to", "through" (or "between … and …") become one mention,
   the year of one end completing the other ("Nov 18 - Dec 19, 2015").

Readings without a year, weekdays and relative words resolve news-style against ``reference``:
the most recent matching day on or before it, unless the sentence speaks of the future ("will
meet on Friday") or the word says so ("next Friday"). Without a reference they are still found,
with ``value`` left ``None``. Open ranges keep the open side ``None`` ("until 2030" has no first
day; "after 2018" has no last one).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from summitparse.errors import ConfigurationError
from summitparse.models import DateMention, Granularity
from summitparse.rules import _date_grammar as g
from summitparse.rules._date_atoms import READERS, Atom, Context, narrow, shift
from summitparse.rules._date_calendar import (
    add_days,
    add_months,
    make_date,
    month_span,
    week_span,
)

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
    atoms = _join_ranges(atoms, ctx)
    atoms = _apply_bounds(atoms, ctx)
    return [_mention(a, text) for a in atoms]


def _coerce_reference(reference: dt.date | str | None) -> dt.date | None:
    """A date from a date, a datetime or an ISO string; a malformed string is a caller error."""
    if reference is None:
        return None
    if isinstance(reference, dt.datetime):
        return reference.date()
    if isinstance(reference, dt.date):
        return reference
    try:
        return dt.date.fromisoformat(reference.strip()[:10])
    except ValueError as exc:
        raise ConfigurationError(
            f"reference must be a date or 'YYYY-MM-DD', got {reference!r}"
        ) from exc


def _candidates(ctx: Context) -> list[Atom]:
    found: list[Atom] = []
    for pattern, reader in READERS:
        for match in pattern.finditer(ctx.text):
            atom = reader(match, ctx)
            if atom is not None and atom.end > atom.start:
                found.append(atom)
    return found


def _select(candidates: list[Atom]) -> list[Atom]:
    """Longest readings first, then leftmost; drop any that overlap one already taken."""
    taken: list[Atom] = []
    occupied: list[tuple[int, int]] = []
    for atom in sorted(candidates, key=lambda a: (a.start - a.end, a.start)):
        if any(atom.start < e and s < atom.end for s, e in occupied):
            continue
        taken.append(atom)
        occupied.append((atom.start, atom.end))
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
    return replace(widened, first=first, last=last)


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


def _join_ranges(atoms: list[Atom], ctx: Context) -> list[Atom]:
    out: list[Atom] = []
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        if i + 1 < len(atoms):
            completed = _complete_year(atom, atoms[i + 1], ctx)
            if completed is not None:
                atoms = [*atoms[:i], completed, *atoms[i + 2 :]]
                atom = completed
        if i + 1 < len(atoms):
            joined = _try_join(atom, atoms[i + 1], ctx, out[-1].end if out else 0)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append(atom)
        i += 1
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


def _bound(atom: Atom, ctx: Context, floor: int) -> Atom:
    """ "since October" runs to the reference; "until 2030" has no first day; "after" no last."""
    lo, before = _window(ctx, atom, floor)
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
    if word == "since":
        end = ref if ref is not None and atom.first is not None and ref >= atom.first else None
        return replace(atom, start=start, last=end, open_end=end is None)
    if word in {"starting", "starting on", "starting from", "beginning", "beginning on"}:
        return replace(atom, start=start, last=None, open_end=True)
    if word in {"after", "later than"}:
        first = None if last is None else add_days(last, 1)
        return replace(atom, start=start, first=first, last=None, open_end=True)
    if word in {"before", "prior to", "earlier than"}:
        end = None if atom.first is None else add_days(atom.first, -1)
        return replace(atom, start=start, first=None, last=end, open_start=True)
    return replace(atom, start=start, first=None, last=last, open_start=True)


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
