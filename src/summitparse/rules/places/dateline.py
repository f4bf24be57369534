"""The dateline: the place and date that open a wire story.

Forms seen in wire copy::

    Tokyo, January 16, 2026 – …              (the seed)
    TOKYO, Jan 16 (Reuters) - …              (Reuters: no year)
    BRUSSELS (AP) — …                        (AP: place only)
    London, 3 March 2026 – …                 (UK order)
    WASHINGTON, Jan. 16, 2026 /PRNewswire/ -- …
    SAN JOSE, Calif. (AP) — …                (US state after the city)

The dateline stands at the start of the first paragraphs (a headline line may come first). Its
date is read by :func:`~summitparse.rules.dates.finder.find_dates`; a date without a year takes the
year of ``published`` when given (else it stays unresolved).
"""

from __future__ import annotations

import datetime as dt
import re

from summitparse.models import Dateline
from summitparse.rules.dates.finder import find_dates
from summitparse.rules.places.cities import city_country, region_country
from summitparse.rules.places.countries import country_code
from summitparse.text import make_span

__all__ = ["find_dateline"]

# "(Reuters)", "(AP)", "(AFP)", "(Xinhua)", "(dpa)": any short capitalised agency name.
_AGENCY = r"\((?:[A-Z][A-Za-z]{1,12}|dpa)\)"
# Words of a place stay on one line: "Summit\n\nTOKYO" is a headline and a dateline.
_PLACE = r"[A-Z][A-Za-z'’.\-]*(?:[ \t]+(?:[A-Z][A-Za-z'’.\-]*|de|da|del|es|al|am|upon|on|of)){0,3}"
_STATE = r"(?:,\s+[A-Z][a-z]{1,5}\.)?"  # "SAN JOSE, Calif."
_DATE_PART = r"[A-Za-z0-9][A-Za-z0-9 .,]{2,28}?"
_DASH = r"(?:\s*/[A-Za-z ]+/)?\s*(?:--|[-–—:])(?=\s)"

_DATELINE = re.compile(
    rf"(?P<place>{_PLACE}){_STATE}"
    rf"(?:,\s*(?P<date>{_DATE_PART}))?"
    rf"(?:\s*(?P<agency>{_AGENCY}))?"
    rf"(?={_DASH})"
)

_LOOK_LINES = 4
# Words that make "UK, France sign migration deal" a headline rather than "City, Region".
_VERBISH = re.compile(r"\b[a-z]+(?:s|ed|ing)?\b")
_YEAR = re.compile(r"\b\d{4}\b")


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for index, char in enumerate(text):
        if char == "\n" and len(starts) < 40:
            starts.append(index + 1)
    return starts


def _place_name(raw: str) -> str:
    """'TOKYO' → 'Tokyo'; mixed case stays as written."""
    return raw.title() if raw.isupper() else raw


def find_dateline(text: str, *, published: dt.date | None = None) -> Dateline | None:
    """The article's dateline, or ``None`` when its first lines open without one."""
    non_empty = 0
    for start in _line_starts(text):
        while start < len(text) and text[start] in " \t\ufeff":
            start += 1
        if start >= len(text) or text[start] in "\r\n":
            continue
        non_empty += 1
        if non_empty > _LOOK_LINES:
            break
        dateline = _match_at(text, start, published)
        if dateline is not None:
            return dateline
    return None


def _is_region(words: str) -> bool:
    """ "South Korea", "Ontario", "Calif." — a country, state or province after the city."""
    return bool(
        country_code(words)
        or region_country(words)
        or re.fullmatch(r"[A-Z][a-z]{1,5}\.", words)
        or (words[:1].isupper() and len(words.split()) <= 2 and not _VERBISH.search(words))
    )


def _is_known_place(place: str) -> bool:
    return bool(city_country(place) or country_code(place) or region_country(place))


def _match_at(text: str, start: int, published: dt.date | None) -> Dateline | None:
    match = _DATELINE.match(text, start)
    if match is None:
        return None
    place = match.group("place")
    date: dt.date | None = None
    if match.group("date") is not None:
        date_text = match.group("date")
        days = [m for m in find_dates(date_text, reference=published) if m.granularity == "day"]
        if days:
            date = days[0].value
            if date is not None and published is None and not _YEAR.search(date_text):
                date = None  # no year written and none known: do not guess
        elif not _is_region(date_text.strip(" ,.")):
            return None  # "Tokyo, the capital –", "UK, France sign deal –": prose, not a dateline
        # else "SEOUL, South Korea (AP) —": the part after the comma is a region, not a date
    elif match.group("agency") is None and not (place.isupper() and _is_known_place(place)):
        return None  # "Meanwhile –", "BREAKING:": a bare place must be upper case and a place
    if len(place) < 2 or place.lower() in {"the", "a", "an"}:
        return None
    return Dateline(
        place=_place_name(place),
        date=date,
        span=make_span(text, match.start(), match.end()),
    )
