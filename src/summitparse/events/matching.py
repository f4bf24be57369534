"""Matching: whether a mention can be the same event as an open cluster, and how surely.

Precision first: two events wrongly merged corrupt a dataset worse than a duplicate does, so
every rule below is a veto, and a mention joins a cluster only when nothing vetoes it.

Summits: the same body if both name one; not ministers against leaders; windows of days that
overlap (a multi-day meeting, a scheduled meeting and its report); no two different hosts; the
same venue, or one left unnamed, or (for a body's meeting in one host country) two names of the
venue ("Hokkaido", "Tōyako"); participating countries that overlap by half or more (so a
bilateral on a summit's sidelines stays apart from the summit). Without a window of days, only
a named venue can place a mention.

Agreements: names that denote the same agreement (:func:`~summitparse.events.names.name_similarity`
≥ 0.85); parties that share a member unless the names agree exactly (multilateral treaties are
reported with whichever party ratified); or, for names made only of generic words ("truce",
"the agreement"), heads of one family, the same parties and dates within two weeks.

:func:`score` then ranks the clusters a mention may join; the resolver leaves a mention alone
when two clusters are about as good (see :data:`AMBIGUITY_MARGIN`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from summitparse.events.features import Mention
from summitparse.events.names import distinctive, fold, generic_family, name_similarity

__all__ = ["AMBIGUITY_MARGIN", "Cluster", "score"]

NAME_THRESHOLD = 0.85
PLACE_THRESHOLD = 85.0
MIN_COUNTRY_OVERLAP = 0.5
GENERIC_DAYS = 14
AMBIGUITY_MARGIN = 0.25
_MAX_NAMES = 12


@dataclass
class Cluster:
    """An open event: its mentions and the features a new mention is compared with."""

    mentions: list[Mention]
    lo: dt.date | None = None  # the narrowest window all its mentions agree on
    hi: dt.date | None = None
    last: dt.date | None = None  # the latest day any mention reaches, for closing the cluster
    ambiguous: str | None = None  # set: a mention left alone, which nothing may join
    countries: Counter[str] = field(default_factory=Counter)
    bodies: set[str] = field(default_factory=set)
    levels: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    hosts: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)
    names: list[str] = field(default_factory=list)
    parties: set[str] = field(default_factory=set)
    days: list[dt.date] = field(default_factory=list)

    @classmethod
    def of(cls, mention: Mention, *, ambiguous: str | None = None) -> Cluster:
        cluster = cls(mentions=[], ambiguous=ambiguous)
        cluster.add(mention)
        return cluster

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        if m.lo is not None and m.hi is not None:
            if self.lo is None or self.hi is None:
                self.lo, self.hi = m.lo, m.hi
            elif m.precise or not (m.lo <= self.lo and self.hi <= m.hi):
                self.lo, self.hi = max(self.lo, m.lo), min(self.hi, m.hi)
                if self.lo > self.hi:  # precise dates that disagree: keep the earlier reading
                    self.lo, self.hi = min(self.lo, self.hi), max(self.lo, self.hi)
            self.last = m.hi if self.last is None else max(self.last, m.hi)
        self.countries.update(m.countries)
        self.bodies.update([m.body] if m.body else [])
        self.levels.update([m.level] if m.level else [])
        self.places.update([fold(m.location)] if m.location else [])
        self.hosts.update([m.host] if m.host else [])
        self.surnames.update(_surname(p) for p in m.participants)
        if m.name and m.name not in self.names and len(self.names) < _MAX_NAMES:
            self.names.append(m.name)
        self.parties.update(m.parties)
        if m.day or m.published:
            self.days.append(m.day or m.published)  # type: ignore[arg-type]


def _surname(name: str) -> str:
    return fold(name.split()[-1]) if name.split() else ""


def _jaccard(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def _mid(lo: dt.date, hi: dt.date) -> dt.date:
    return lo + (hi - lo) / 2


def _closeness(m: Mention, c: Cluster, scale_days: float) -> float:
    if m.lo is None or m.hi is None or c.lo is None or c.hi is None:
        return 0.0
    gap = abs((_mid(m.lo, m.hi) - _mid(c.lo, c.hi)).days)
    return max(0.0, 1.0 - gap / scale_days)


def _same_place(place: str, places: set[str]) -> bool:
    return any(fuzz.ratio(place, other) >= PLACE_THRESHOLD for other in places)


def _summit_score(m: Mention, c: Cluster) -> float | None:
    if m.body and c.bodies and m.body not in c.bodies:
        return None
    if m.level and c.levels and m.level not in c.levels:
        return None
    if m.host and c.hosts and m.host not in c.hosts:
        return None
    place = fold(m.location) if m.location else None
    same_place = bool(place and c.places and _same_place(place, c.places))
    if place and c.places and not same_place and not (m.body and m.host and c.hosts):
        return None
    if m.lo is None or m.hi is None or c.lo is None or c.hi is None:
        if not same_place:
            return None
    elif m.hi < c.lo or c.hi < m.lo:
        return None
    overlap = 0.0
    if m.countries and c.countries:
        overlap = _jaccard(m.countries, set(c.countries))
        if overlap < MIN_COUNTRY_OVERLAP:
            return None
    shared = len({_surname(p) for p in m.participants} & c.surnames)
    return (
        1.0
        + _closeness(m, c, 30.0)
        + (0.5 if same_place else 0.0)
        + 0.3 * min(shared, 2)
        + 0.5 * overlap
        + (0.5 if m.body and m.body in c.bodies else 0.0)
    )


def _families_agree(generic: str, other: str) -> bool:
    """A generic name ("the truce") can denote an agreement of its own family; a bare
    "agreement" or "deal" can denote any."""
    return generic == other or generic == "agreement"


def _agreement_score(m: Mention, c: Cluster) -> float | None:
    name = m.name or ""
    similarity = max((name_similarity(name, other) for other in c.names), default=0.0)
    disjoint = bool(m.parties and c.parties and not m.parties & c.parties)
    if similarity >= NAME_THRESHOLD:
        if disjoint and similarity < 1.0:
            return None
    elif (not distinctive(name) or all(not distinctive(n) for n in c.names)) and not disjoint:
        if not m.parties or set(m.parties) != c.parties:
            return None
        pairs = [(name, n) if not distinctive(name) else (n, name) for n in c.names]
        if not any(_families_agree(generic_family(g), generic_family(o)) for g, o in pairs):
            return None
        day = m.day or m.published
        if day is None or not any(abs((day - d).days) <= GENERIC_DAYS for d in c.days):
            return None
        similarity = 0.6
    else:
        return None
    overlap = _jaccard(m.parties, c.parties)
    return 1.0 + similarity + 0.5 * overlap + 0.2 * _closeness(m, c, 365.0)


def score(m: Mention, c: Cluster) -> float | None:
    """How well ``m`` fits cluster ``c`` (higher is better), or ``None`` when a rule vetoes it."""
    if c.ambiguous is not None or m.kind != c.mentions[0].kind:
        return None
    return _summit_score(m, c) if m.kind == "summit" else _agreement_score(m, c)
