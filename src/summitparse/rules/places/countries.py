"""Countries, demonyms, capitals and organisations in text, mapped to ISO 3166-1 alpha-2 codes.

Names come from pycountry (official, common and short names) plus the informal names, demonyms
and capitals of :mod:`summitparse.rules.places.country_data`. Matching is case-sensitive on purpose:
"Chad", "Jordan" and "Turkey" are countries when capitalised, and news copy capitalises them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import pycountry

from summitparse.rules.places.country_data import (
    CAPITALS,
    DEMONYMS,
    NAME_ALIASES,
    ORGANISATION_ADJECTIVES,
    ORGANISATIONS,
)

__all__ = [
    "CountryMention",
    "capital_of",
    "country_code",
    "country_name",
    "find_countries",
    "with_stripped_demonym",
]

MentionKind = Literal["name", "demonym", "capital", "organisation"]

# Country names that are also common English words or first names; they count only when the
# surrounding text makes them a place (handled by callers), so the index leaves them out.
_AMBIGUOUS_NAMES = frozenset({"Georgia", "Jordan", "Chad", "Niger", "Guinea", "Turkey"})
# ... unless the text makes them places: "Jordan's King Abdullah", "talks in Georgia", "Egypt
# and Jordan" — but not "Michael Jordan's" (a capitalised word before it).
_AMBIGUOUS_RE = re.compile(r"\b(Georgia|Jordan|Chad|Niger|Guinea)\b")
_PLACE_BEFORE_RE = re.compile(r"\b(?:in|to|from|of|and|with|visit|visited|visiting)[ \t]+\Z")
_NAME_BEFORE_RE = re.compile(r"[A-Z][a-z]+[ \t]+\Z")

_FEATURE_AFTER = re.compile(
    r"\s+(?:Sea|Ocean|Strait|Straits|Gulf|Basin|River|Peninsula|Canal|Airlines)\b|\$"
)
_COMPASS_BEFORE = re.compile(r"(?:South|North|East|West)\s+$")
# A demonym whose link was stripped from the country name: Wikinews text keeps "[[Israel]]i",
# "[[Japan]]ese" and "[[Australia]]ns" as "Israel i", "Japan ese", "Australia ns". "an" is left
# out: "called North Korea an outpost of tyranny" is the country and an article.
_STRIPPED_DEMONYM_AFTER = re.compile(r" (?:n|i|ian|ese|ns|ians|ers)(?![\w'’-])")


@dataclass(frozen=True, slots=True)
class CountryMention:
    """A country (or organisation) named in the text."""

    start: int
    end: int
    text: str
    code: str
    kind: MentionKind


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, tuple[str, MentionKind]], re.Pattern[str]]:
    table: dict[str, tuple[str, MentionKind]] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name and "," not in name:
                table.setdefault(name, (country.alpha_2, "name"))
    for name in _AMBIGUOUS_NAMES:
        table.pop(name, None)
    for name, code in NAME_ALIASES.items():
        table[name] = (code, "name")
    for name, code in DEMONYMS.items():
        table[name] = (code, "demonym")
    for name, code in CAPITALS.items():
        table.setdefault(name, (code, "capital"))
    for name, code in ORGANISATIONS.items():
        table[name] = (code, "organisation")
    for name, code in ORGANISATION_ADJECTIVES.items():
        table[name] = (code, "organisation")
    # Longest names first so "South Korea" wins over "Korea" and "Papua New Guinea" over "Guinea".
    names = sorted(table, key=len, reverse=True)
    alternatives = "|".join(re.escape(name) for name in names)
    # Word boundaries that also hold for names ending in a dot ("U.S.") and hyphenated pairs
    # ("Japan-Italy"), where each side is its own mention.
    pattern = re.compile(rf"(?<![\w.])({alternatives})(?!\w)")
    return table, pattern


# Phrases shorter than this ("Japan's", "the Romanian official") are looked up again and again
# by the readers of titles, places and speakers; their mentions are kept.
_SHORT = 120


def find_countries(text: str) -> list[CountryMention]:
    """Every country, demonym, capital and organisation mention, in text order.

    "Japan-Italy" yields both countries; "the Netherlands" keeps its article in ``text``.
    """
    if len(text) < _SHORT:
        return list(_short_mentions(text))
    return _find(text)


@lru_cache(maxsize=8192)
def _short_mentions(text: str) -> tuple[CountryMention, ...]:
    return tuple(_find(text))


def _find(text: str) -> list[CountryMention]:
    table, pattern = _index()
    mentions: list[CountryMention] = []
    for match in pattern.finditer(text):
        name = match.group(1)
        start, end = match.span(1)
        if _FEATURE_AFTER.match(text, end) or _COMPASS_BEFORE.search(
            text, max(0, start - 8), start
        ):
            continue  # "South China Sea", "US$400m": a place or a currency, not the country
        code, kind = table[name]
        mentions.append(with_stripped_demonym(text, CountryMention(start, end, name, code, kind)))
    mentions.extend(_ambiguous_places(text))
    return sorted(mentions, key=lambda mention: mention.start)


def with_stripped_demonym(text: str, mention: CountryMention) -> CountryMention:
    """ "Israel i Prime Minister", "Senegal ese President": the name and its cut-off ending are
    one demonym."""
    if mention.kind != "name":
        return mention
    suffix = _STRIPPED_DEMONYM_AFTER.match(text, mention.end)
    if suffix is None:
        return mention
    end = suffix.end()
    return CountryMention(mention.start, end, text[mention.start : end], mention.code, "demonym")


def _ambiguous_places(text: str) -> list[CountryMention]:
    found: list[CountryMention] = []
    for match in _AMBIGUOUS_RE.finditer(text):
        before = text[max(0, match.start() - 14) : match.start()]
        if _NAME_BEFORE_RE.search(before):
            continue  # "Michael Jordan"
        possessive = text.startswith(("'s", "’s"), match.end())
        if possessive or _PLACE_BEFORE_RE.search(before):
            code = str(pycountry.countries.lookup(match.group(1)).alpha_2)
            found.append(CountryMention(match.start(), match.end(), match.group(1), code, "name"))
    return found


def country_code(name: str) -> str | None:
    """The alpha-2 code (or organisation key) for a name, demonym or capital; ``None`` if unknown.

    >>> country_code("Japanese"), country_code("U.S."), country_code("Korea, Republic of")
    ('JP', 'US', 'KR')
    """
    name = name.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    table, _ = _index()
    if name in table:
        return table[name][0]
    try:
        return str(pycountry.countries.lookup(name).alpha_2)
    except LookupError:
        return None


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    capitals: dict[str, str] = {}
    for city, code in CAPITALS.items():
        capitals.setdefault(code, city)  # the table lists each capital before other cities
    return capitals


def capital_of(code: str) -> str | None:
    """The capital city of an alpha-2 code, as news copy names it ("LT" → "Vilnius")."""
    return _capitals().get(code)


def country_name(code: str) -> str | None:
    """The short English name for an alpha-2 code ("JP" → "Japan")."""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return None
    return str(getattr(country, "common_name", None) or country.name)
