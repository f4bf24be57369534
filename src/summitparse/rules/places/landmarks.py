"""Seats of government named for their city: "at the White House" is in Washington.

Copy places a meeting by the building that stands for a government ("met in the Oval Office",
"talks at the Kremlin", "a lunch at the Élysée") far more often than by the city. The table
below is a fact about each building; :func:`landmark_place` finds one in a stretch of text.

Words that are capitalised in copy but never a meeting's city ("the Summit", "the Republic",
"Asia") are here too, for the readers that take a capitalised word after "in" for a city.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["NOT_CITIES", "landmark_place"]

# (building as written, city, country)
LANDMARKS: tuple[tuple[str, str, str], ...] = (
    ("White House", "Washington", "US"),
    ("Oval Office", "Washington", "US"),
    ("Capitol Hill", "Washington", "US"),
    ("State Department", "Washington", "US"),
    ("Pentagon", "Washington", "US"),
    ("Kremlin", "Moscow", "RU"),
    ("Downing Street", "London", "GB"),
    ("Buckingham Palace", "London", "GB"),
    ("Élysée Palace", "Paris", "FR"),
    ("Elysée Palace", "Paris", "FR"),
    ("Elysee Palace", "Paris", "FR"),
    ("Élysée", "Paris", "FR"),
    ("Elysee", "Paris", "FR"),
    ("Great Hall of the People", "Beijing", "CN"),
    ("Zhongnanhai", "Beijing", "CN"),
    ("Blue House", "Seoul", "KR"),
    ("Rashtrapati Bhavan", "New Delhi", "IN"),
    ("Hyderabad House", "New Delhi", "IN"),
    ("Akasaka Palace", "Tokyo", "JP"),
    ("Casa Rosada", "Buenos Aires", "AR"),
    ("Planalto Palace", "Brasília", "BR"),
    ("Miraflores Palace", "Caracas", "VE"),
    ("Los Pinos", "Mexico City", "MX"),
    ("Palazzo Chigi", "Rome", "IT"),
    ("Quirinale", "Rome", "IT"),
    ("Bellevue Palace", "Berlin", "DE"),
    ("Chancellery in Berlin", "Berlin", "DE"),
    ("Moncloa Palace", "Madrid", "ES"),
    ("Knesset", "Jerusalem", "IL"),
)

# Capitalised words a reader of "in <Place>" must not take for a city: generic nouns of
# meetings and institutions, continents and regions (GeoNames has a town for most of them).
NOT_CITIES = frozenset(
    """Summit Conference Meeting Forum Republic Union Council Assembly Parliament Congress House
    Palace Hotel Centre Center University Airport Asia Europe Africa America Americas Oceania
    Pacific Atlantic Caribbean Gulf Mideast Arctic Antarctica Balkans Caucasus Scandinavia
    Kingdom Federation Commonwealth Community Government State States Nations
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    names = sorted((name for name, _, _ in LANDMARKS), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")


_BY_NAME = {name: (city, code) for name, city, code in LANDMARKS}
# "the White House said" is the government speaking, not a place: only "in/at/to the …".
_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:in|at|to|inside|outside)\s+(?:the\s+)?\Z", re.I)


def landmark_place(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The city and country of the first seat of government named as a place ("at the White
    House") in ``text[start:end]``, or ``None``."""
    for match in _pattern().finditer(text, start, end):
        if _PLACE_BEFORE.search(text, max(start, match.start() - 12), match.start()):
            return _BY_NAME[match.group()]
    return None
