"""Reading a caller's day argument: ``published=``, ``reference=``, ``--published``.

One reading for the whole library: a ``date``, a ``datetime`` (cut to its day) or an ISO
``YYYY-MM-DD`` string (anything after the day is ignored). A string that is not a day is the
caller's mistake, so it raises :class:`~summitparse.errors.ConfigurationError` naming the argument;
a dataset field or a Ray column that is not a day is bad input, so :func:`parse_record_day` raises
:class:`~summitparse.errors.InputError` instead and that record becomes an error line.
"""

from __future__ import annotations

import datetime as dt

from summitparse.errors import ConfigurationError, InputError

__all__ = ["parse_day", "parse_record_day"]


def _read(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def parse_day(value: dt.date | str | None, *, name: str) -> dt.date | None:
    """The day ``value`` names, ``None`` for ``None``."""
    if value is None:
        return None
    day = _read(value)
    if day is None:
        raise ConfigurationError(f"{name} must be a date or 'YYYY-MM-DD', got {value!r}")
    return day


def parse_record_day(value: object, *, default: dt.date | None, field: str) -> dt.date | None:
    """A record's own day (a date, a datetime, an ISO string), else ``default`` when it has none."""
    if value is None or value == "":
        return default
    day = _read(value)
    if day is None:
        raise InputError(f"field {field!r} is not a YYYY-MM-DD date: {value!r}")
    return day
