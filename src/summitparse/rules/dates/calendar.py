"""Calendar arithmetic for the date finder: safe construction, month steps, weeks, seasons.

Every helper is total: an impossible date ("February 30") comes back as ``None`` instead of
raising, so the grammar can try a reading and drop it.
"""

from __future__ import annotations

import calendar
import datetime as dt

from summitparse.rules.dates.data import SEASON_START_MONTH

MIN_YEAR = 1
MAX_YEAR = 9999


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist (Feb 30, month 13, year 0)."""
    if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12 and day >= 1):
        return None
    if day > calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day)


def month_last_day(year: int, month: int) -> dt.date | None:
    """Last day of a month (None outside the supported years)."""
    if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12):
        return None
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def month_span(year: int, month: int) -> tuple[dt.date, dt.date] | None:
    """First and last day of a month."""
    first = make_date(year, month, 1)
    last = month_last_day(year, month)
    if first is None or last is None:
        return None
    return first, last


def year_span(year: int) -> tuple[dt.date, dt.date] | None:
    """First and last day of a year."""
    first = make_date(year, 1, 1)
    last = make_date(year, 12, 31)
    if first is None or last is None:
        return None
    return first, last


def add_months(day: dt.date, months: int) -> dt.date | None:
    """Shift by calendar months, clamping the day ("Jan 31 + 1 month" is Feb 28/29)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    last = month_last_day(year, month0 + 1)
    if last is None:
        return None
    return make_date(year, month0 + 1, min(day.day, last.day))


def add_days(day: dt.date, days: int) -> dt.date | None:
    """Shift by days, or None past the ends of the calendar."""
    ordinal = day.toordinal() + days
    if not (1 <= ordinal <= dt.date.max.toordinal()):
        return None
    return dt.date.fromordinal(ordinal)


def week_start(day: dt.date) -> dt.date | None:
    """The Monday of the ISO week holding ``day``."""
    return add_days(day, -day.weekday())


def week_span(day: dt.date) -> tuple[dt.date, dt.date] | None:
    """Monday to Sunday of the week holding ``day``."""
    monday = week_start(day)
    if monday is None:
        return None
    sunday = add_days(monday, 6)
    return None if sunday is None else (monday, sunday)


def iso_week_span(year: int, week: int) -> tuple[dt.date, dt.date] | None:
    """Monday to Sunday of ISO week ``week`` of ``year`` (week 1 holds January 4)."""
    jan4 = make_date(year, 1, 4)
    if jan4 is None or not 1 <= week <= 53:
        return None
    monday = add_days(jan4, -jan4.weekday() + 7 * (week - 1))
    if monday is None:
        return None
    sunday = add_days(monday, 6)
    return None if sunday is None else (monday, sunday)


def nth_week_of_month(year: int, month: int, n: int) -> tuple[dt.date, dt.date] | None:
    """The n-th week of a month (n = -1 for the last): weeks that hold the month's 4th day on."""
    if n == -1:
        last = month_last_day(year, month)
        anchor = None if last is None else add_days(last, -3)
    else:
        fourth = make_date(year, month, 4)
        anchor = None if fourth is None else add_days(fourth, 7 * (n - 1))
    return None if anchor is None else week_span(anchor)


def nth_weekday_of_month(year: int, month: int, weekday: int, n: int) -> dt.date | None:
    """The n-th given weekday of a month (n = -1 for the last one); None if there is none."""
    if n == -1:
        last = month_last_day(year, month)
        if last is None:
            return None
        return add_days(last, -((last.weekday() - weekday) % 7))
    first = make_date(year, month, 1)
    if first is None:
        return None
    day = add_days(first, (weekday - first.weekday()) % 7 + 7 * (n - 1))
    if day is None or day.month != month:
        return None
    return day


def season_span(season: str, year: int) -> tuple[dt.date, dt.date] | None:
    """First and last day of a meteorological season; winter ``year`` runs into ``year + 1``."""
    start_month = SEASON_START_MONTH[season]
    first = make_date(year, start_month, 1)
    end_year, end_month = (year + 1, 2) if season == "winter" else (year, start_month + 2)
    last = month_last_day(end_year, end_month)
    if first is None or last is None:
        return None
    return first, last


def quarter_span(year: int, quarter: int) -> tuple[dt.date, dt.date] | None:
    """First and last day of a calendar quarter (1-4)."""
    if not 1 <= quarter <= 4:
        return None
    first = make_date(year, 3 * quarter - 2, 1)
    last = month_last_day(year, 3 * quarter)
    if first is None or last is None:
        return None
    return first, last


def easter(year: int) -> dt.date | None:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return make_date(year, month, day + 1)
