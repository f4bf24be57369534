"""Mentions: the compact, comparable form of one summit or agreement record of one article.

Resolution never holds whole extractions (texts, quotes, dates and figures): each record is
turned into a :class:`Mention` as it streams in, with what matching needs read once here —
the body whose meeting it is (G8, APEC, six-party…), whether ministers or leaders met, the
stage (held, scheduled, postponed, cancelled) for summits, and the window of days the event
can lie in. Summit records carry no stage of their own, so it is read from the evidence and the
dates against ``published``; a past meeting named in a later article ("the 2005 G8 summit",
"the G8 at Gleneagles two years ago", "last month's Annapolis conference") is placed in the
year or month its evidence names, not on the article's day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from summitparse.models import Agreement, Extraction, Span, Summit
from summitparse.rules.places.cities import city_country

__all__ = ["Mention", "mentions_of", "summit_status"]

# The window a record with no date of its own is placed in, around its article's day: a
# meeting reported as held took place in the days before; a scheduled one in the weeks after.
HELD_BEFORE = dt.timedelta(days=10)
SCHEDULED_AFTER = dt.timedelta(days=50)
DATE_SLACK = dt.timedelta(days=2)

_BODIES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (body, re.compile(pattern))
    for body, pattern in (
        ("G8", r"\bG-?8\b|\bGroup of (?:Eight|8)\b"),
        ("G20", r"\bG-?20\b|\bGroup of (?:Twenty|20)\b"),
        ("G7", r"\bG-?7\b|\bGroup of (?:Seven|7)\b"),
        ("APEC", r"\bAPEC\b|Asia[- ]Pacific Economic Co-?operation"),
        ("six-party", r"(?i)\bsix[- ]part(?:y|ies)\b"),
        ("ASEAN", r"\bASEAN\b"),
        ("NATO", r"\bNATO\b"),
        ("WTO", r"\bWTO\b|World Trade Organi[sz]ation"),
        ("EU", r"\bEuropean Council\b|\bEU (?:summit|leaders)\b|\bIntergovernmental Conference\b"),
        ("UN climate", r"(?i)\bclimate (?:talks|conference|summit)\b|\bUNFCCC\b"),
        ("AU", r"\bAfrican Union\b"),
        ("SCO", r"\bShanghai Cooperation Organi[sz]ation\b"),
        ("BRICS", r"\bBRICS\b"),
    )
)
_MINISTERS = re.compile(r"(?i)\bministers?\b|\bministerial\b")
_LEADERS = re.compile(r"(?i)\bsummit\b|\bleaders?\b|\bheads? of (?:state|government)\b")
_CANCELLED = re.compile(r"(?i)\b(?:cancel+ed|called off|scrapped)\b")
_POSTPONED = re.compile(r"(?i)\b(?:postponed|delayed|put off)\b")
_FUTURE = re.compile(
    r"(?i)\b(?:will|shall|scheduled|set to|is to|are to|planned|plans? to|expected to|"
    r"ahead of|upcoming|next week|next month|later this|to be held|could restart|"
    r"agreed to (?:travel|return|meet))\b"
)
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_YEARS_AGO = re.compile(r"(?i)\b(two|three|four|five|six|\d+) years? ago\b")
_LAST_YEAR = re.compile(r"(?i)\blast year'?s?\b")
_THIS_YEAR = re.compile(r"(?i)\bthis year'?s?\b")
_LAST_MONTH = re.compile(r"(?i)\blast month'?s?\b")
_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_LAST_NAMED_MONTH = re.compile(r"(?i)\blast (" + "|".join(_MONTHS) + r")(?:'s)?\b")
_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


@dataclass(frozen=True, slots=True)
class Mention:
    """One record of one article, with the features matching compares."""

    kind: str  # "summit" | "agreement"
    article: str
    source: str | None
    published: dt.date | None
    index: int
    evidence: tuple[Span, ...]
    status: str
    lo: dt.date | None  # the window of days the event can lie in
    hi: dt.date | None
    precise: bool  # the window comes from the record's own dates
    name: str | None = None
    countries: frozenset[str] = frozenset()
    participants: tuple[str, ...] = ()
    location: str | None = None
    host: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    body: str | None = None
    level: str | None = None  # "leaders" | "ministers"
    agreement_kind: str | None = None
    parties: frozenset[str] = frozenset()
    date: dt.date | None = None

    @property
    def key(self) -> tuple[str, str, int]:
        """The mention's identity: article id, record type, index."""
        return (self.article, self.kind, self.index)

    @property
    def day(self) -> dt.date | None:
        """The record's own date: a summit's first day or an agreement's date."""
        return self.start or self.end if self.kind == "summit" else self.date


def _evidence_text(spans: list[Span]) -> str:
    return " ".join(span.text for span in spans)


_MEETING = re.compile(
    r"(?i)\b(?:summit|meeting|talks|conference|leaders|ministers|ministerial|gathering|round|"
    r"council)\b"
)


def body_of(name: str | None, occasion: str | None, evidence: str) -> str | None:
    """The body whose meeting this is: named in the record's name or occasion, or in the
    evidence beside a meeting word ("the G8 summit", "six-party talks"), not merely named."""
    for text in (name, occasion):
        if text:
            for body, pattern in _BODIES:
                if pattern.search(text):
                    return body
    for body, pattern in _BODIES:
        for match in pattern.finditer(evidence):
            near = evidence[max(0, match.start() - 40) : match.end() + 40]
            if _MEETING.search(near):
                return body
    return None


def _level(summit: Summit, evidence: str) -> str | None:
    if any(
        p.title and "minister" in p.title.casefold() and "prime" not in p.title.casefold()
        for p in summit.participants
    ):
        return "ministers"
    text = " ".join(t for t in (summit.name, summit.occasion, evidence) if t)
    ministers, leaders = bool(_MINISTERS.search(text)), bool(_LEADERS.search(text))
    if ministers and not leaders and not re.search(r"(?i)prime minister", text):
        return "ministers"
    return "leaders" if leaders else None


def summit_status(summit: Summit, evidence: str, published: dt.date | None) -> str:
    """held, scheduled, postponed or cancelled, from the dates and the evidence's wording."""
    if _CANCELLED.search(evidence):
        return "cancelled"
    if _POSTPONED.search(evidence):
        return "postponed"
    first = summit.start_date or summit.end_date
    if published and first:
        return "scheduled" if first > published else "held"
    return "scheduled" if _FUTURE.search(evidence) else "held"


def referenced_window(evidence: str, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The year or month a past meeting's evidence points to, when it names one."""
    if published is not None:
        if match := _LAST_NAMED_MONTH.search(evidence):
            month = _MONTHS.index(match.group(1).casefold()) + 1
            year = published.year if month < published.month else published.year - 1
            return _month(year, month)
        if _LAST_MONTH.search(evidence):
            last = published.replace(day=1) - dt.timedelta(days=1)
            return _month(last.year, last.month)
        if match := _YEARS_AGO.search(evidence):
            word = match.group(1).casefold()
            back = int(word) if word.isdigit() else _SMALL_NUMBERS[word]
            return _year(published.year - back)
        if _LAST_YEAR.search(evidence):
            return _year(published.year - 1)
        if _THIS_YEAR.search(evidence):
            return _year(published.year)
    years = {int(y) for y in _YEAR.findall(evidence)}
    if len(years) == 1 and (published is None or years != {published.year}):
        return _year(years.pop())
    return None


def _year(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _month(year: int, month: int) -> tuple[dt.date, dt.date]:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return dt.date(year, month, 1), following - dt.timedelta(days=1)


def _window(
    first: dt.date | None,
    last: dt.date | None,
    status: str,
    evidence: str,
    published: dt.date | None,
) -> tuple[dt.date | None, dt.date | None, bool]:
    if first or last:
        lo, hi = first or last, last or first
        assert lo is not None
        assert hi is not None
        return min(lo, hi) - DATE_SLACK, max(lo, hi) + DATE_SLACK, True
    referenced = referenced_window(evidence, published) if status == "held" else None
    if referenced:
        return referenced[0], referenced[1], False
    if published is None:
        return None, None, False
    if status == "held":
        return published - HELD_BEFORE, published, False
    return published, published + SCHEDULED_AFTER, False


def _summit(x: Extraction, index: int, summit: Summit) -> Mention:
    evidence = _evidence_text(summit.evidence)
    status = summit_status(summit, evidence, x.published)
    lo, hi, precise = _window(summit.start_date, summit.end_date, status, evidence, x.published)
    host = summit.country or (city_country(summit.location) if summit.location else None)
    return Mention(
        kind="summit",
        article=x.id,
        source=x.source,
        published=x.published,
        index=index,
        evidence=tuple(summit.evidence),
        status=status,
        lo=lo,
        hi=hi,
        precise=precise,
        name=summit.name,
        countries=frozenset(summit.countries),
        participants=tuple(p.name for p in summit.participants),
        location=summit.location,
        host=host,
        start=summit.start_date,
        end=summit.end_date,
        body=body_of(summit.name, summit.occasion, evidence),
        level=_level(summit, evidence),
    )


def _agreement(x: Extraction, index: int, agreement: Agreement) -> Mention:
    day = agreement.date or x.published
    return Mention(
        kind="agreement",
        article=x.id,
        source=x.source,
        published=x.published,
        index=index,
        evidence=tuple(agreement.evidence),
        status=agreement.status,
        lo=day,
        hi=day,
        precise=agreement.date is not None,
        name=agreement.name,
        agreement_kind=agreement.kind,
        parties=frozenset(agreement.parties),
        date=agreement.date,
    )


def mentions_of(x: Extraction) -> list[Mention]:
    """Every summit and agreement record of one extraction, as mentions."""
    found = [_summit(x, i, s) for i, s in enumerate(x.summits)]
    found += [_agreement(x, i, a) for i, a in enumerate(x.agreements)]
    return found
