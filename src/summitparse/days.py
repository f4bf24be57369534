"""Reading a caller's day argument: ``published=``, ``reference=``, ``--published``.

One reading for the whole library: a ``date``, a ``datetime`` (cut to its day) or an ISO
``YYYY-MM-DD`` string (anything after the day is ignored). A string that is not a day is the
caller's mistake, so it raises :class:`~summitparse.errors.ConfigurationError` naming the argument.
"""

from __future__ import annotations

import datetime as dt

from summitparse.errors import ConfigurationError

__all__ = ["parse_day"]


def parse_day(value: dt.date | str | None, *, name: str) -> dt.date | None:
    """The day ``value`` names, ``None`` for ``None``."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ConfigurationError(f"{name} must be a date or 'YYYY-MM-DD', got {value!r}") from None
