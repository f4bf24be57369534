"""What the event rules read: one article analysed once, shared by summits, agreements and trade.

Finding sentences, people, countries, dates and figures costs most of the rules backend's time;
doing it once per article and handing the result to each event finder keeps them cheap and
consistent (a summit and an agreement read the same dates).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from summitparse.models import DateMention, Figure, Quote, Span
from summitparse.rules.dates.finder import find_dates
from summitparse.rules.events.clauses import Clause
from summitparse.rules.figures.finder import find_figures
from summitparse.rules.people.finder import PersonMention, find_people
from summitparse.rules.places.countries import CountryMention, find_countries
from summitparse.rules.quotes.finder import find_quotes
from summitparse.text import Sentence, make_span, split_sentences

__all__ = ["ArticleContext", "analyse"]


def _start_of(item: CountryMention | PersonMention | DateMention | Figure) -> int:
    return item.start


_SAID_ON = re.compile(r"\b(?:said|says|told \w+|announced|reported)[ \t]+(?:on[ \t]+)?\Z")

_Located = TypeVar("_Located", CountryMention, PersonMention, DateMention, Figure)


@dataclass(frozen=True)
class ArticleContext:
    """An article with its sentences and mentions, each list in text order."""

    text: str
    reference: dt.date | None
    sentences: list[Sentence]
    people: list[PersonMention]
    countries: list[CountryMention]
    dates: list[DateMention]
    figures: list[Figure]
    quotes: list[Quote]
    dateline_place: str | None = None
    dateline_date: dt.date | None = None
    dateline_end: int = 0
    _quoted: list[tuple[int, int]] = field(default_factory=list, repr=False)

    def within(self, items: Sequence[_Located], sentence: Sentence | Clause) -> list[_Located]:
        """The mentions that lie inside ``sentence`` (``items`` sorted by start)."""
        return self.between(items, sentence.start, sentence.end)

    def between(self, items: Sequence[_Located], start: int, end: int) -> list[_Located]:
        """The mentions inside ``[start, end)``; a binary search keeps long articles linear."""
        first = bisect_left(items, start, key=_start_of)
        found: list[_Located] = []
        for item in items[first:]:
            if item.start >= end:
                break
            if item.end <= end:
                found.append(item)
        return found

    def in_quote(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside a quotation (words someone said, not facts)."""
        index = bisect_right(self._quoted, (start, float("inf"))) - 1
        return index >= 0 and end <= self._quoted[index][1]

    @property
    def lead(self) -> Sentence | None:
        """The story's first sentence, past a headline line (which has no final punctuation)."""
        for sentence in self.sentences[:3]:
            if sentence.text.rstrip()[-1:] in ".!?\"”’'":
                return sentence
        return self.sentences[0] if self.sentences else None

    def event_dates(self, start: int, end: int, *, said: bool = False) -> list[DateMention]:
        """Dates in ``[start, end)`` that can date an event: not the dateline's own date, and
        unless ``said``, not the day something was said ("held talks on Tuesday, officials
        said on Thursday"); an announcement is dated by its saying ("said on Tuesday they had
        concluded talks")."""
        return [
            d
            for d in self.between(self.dates, max(start, self.dateline_end), end)
            if d.value is not None
            and (said or not _SAID_ON.search(self.text, max(0, d.start - 20), d.start))
        ]

    def lead_countries(self) -> list[str]:
        """The countries the lead sentence names: the parties a story leaves implicit later."""
        if self.lead is None:
            return []
        lead = self.within(self.countries, self.lead)
        found = (c.code for c in lead if len(c.code) == 2 and c.kind in {"name", "demonym"})
        return list(dict.fromkeys(found))

    def span(self, sentence: Sentence) -> Span:
        return make_span(self.text, sentence.start, sentence.end)


# Country names that are also a US state or a first name ("Georgia", "Jordan"), which the
# country finder takes only after "in", "and", "visited" …; listed with another country, as
# countries are in agreements and talks, they are that country: "Georgia and Russia signed",
# "Azerbaijan, Georgia and Turkey", "the Russia-Georgia ceasefire".
_AMBIGUOUS = re.compile(r"\b(?:Georgia|Jordan|Chad|Niger|Guinea)\b")
_JOIN_AFTER = re.compile(r"(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+|-)")
_JOIN_BEFORE = re.compile(r"(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+|-)\Z")
_AMBIGUOUS_CODES = {"Georgia": "GE", "Jordan": "JO", "Chad": "TD", "Niger": "NE", "Guinea": "GN"}


def _with_listed(text: str, countries: list[CountryMention]) -> list[CountryMention]:
    """``countries`` with the ambiguous names that stand in a list beside a country's name."""
    starts = {c.start: c for c in countries}
    ends = {c.end: c for c in countries}
    covered_starts = [c.start for c in countries]  # in text order, as the finder gives them
    added: list[CountryMention] = []
    for match in _AMBIGUOUS.finditer(text):
        start, end = match.span()
        index = bisect_right(covered_starts, start) - 1
        if index >= 0 and countries[index].end > start:
            continue  # already a country, or inside one ("Papua New Guinea")
        after = _JOIN_AFTER.match(text, end)
        nxt = starts.get(after.end()) if after else None
        before = _JOIN_BEFORE.search(text, max(0, start - 8), start)
        prev = ends.get(before.start()) if before else None
        if nxt is not None and nxt.code == "US" and text.startswith(",", end):
            continue  # "Atlanta, Georgia, USA": the state
        if any(c is not None and c.kind == "name" for c in (nxt, prev)):
            name = match.group(0)
            added.append(CountryMention(start, end, name, _AMBIGUOUS_CODES[name], "name"))
    if not added:
        return countries
    return sorted([*countries, *added], key=_start_of)


def analyse(
    text: str,
    *,
    reference: dt.date | None,
    dateline_place: str | None = None,
    dateline_date: dt.date | None = None,
    dateline_end: int = 0,
) -> ArticleContext:
    """Run the mention finders once over ``text``."""
    countries = _with_listed(text, find_countries(text))
    people = find_people(text, countries=countries)
    quotes = find_quotes(text, people=people)
    return ArticleContext(
        text=text,
        reference=reference,
        sentences=split_sentences(text),
        people=sorted(people, key=_start_of),
        countries=countries,
        dates=find_dates(text, reference=reference),
        figures=find_figures(text),
        quotes=quotes,
        dateline_place=dateline_place,
        dateline_date=dateline_date,
        dateline_end=dateline_end,
        _quoted=sorted((quote.span.start, quote.span.end) for quote in quotes),
    )
