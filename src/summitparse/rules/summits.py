"""Summits: leaders of two or more countries meeting in person.

The rules read wire copy the way an editor does:

1. *Meeting sentences* report leaders meeting ("held talks", "a summit meeting in Tokyo",
   "arrived for a state visit"). Sentences about phone or video calls, and about meetings that
   were postponed, cancelled or are still to come, are not evidence of a summit.
2. *Participants* are the titled leaders named in the lead sentence or in meeting sentences
   ("Japanese Prime Minister Sanae Takaichi and her Italian counterpart Giorgia Meloni").
3. A summit needs at least two countries among its participants and host, so a domestic
   cabinet meeting is never a summit.
4. *Place*: "in <city>" in a meeting sentence, else the dateline's city; the host country is
   that city's country. *Date*: a day named in a meeting sentence (not an arrival day), else the
   lead sentence's day. *Occasion*: "coinciding with …", "to mark …".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from summitparse.models import DateMention, Person, Summit
from summitparse.rules._clauses import codes, compile_words, unique
from summitparse.rules._event_data import (
    CANCELLED_WORDS,
    FUTURE_WORDS,
    LEADER_TITLES,
    MEETING_WORDS,
    OCCASION_CUES,
    REMOTE_WORDS,
    TOPIC_WORDS,
)
from summitparse.rules.context import ArticleContext
from summitparse.rules.countries import country_code, find_countries
from summitparse.rules.people import PersonMention
from summitparse.text import Sentence

__all__ = ["find_summits"]

_MEETING = compile_words(MEETING_WORDS)
_REMOTE = compile_words(REMOTE_WORDS)
_CANCELLED = compile_words(CANCELLED_WORDS)
_FUTURE = compile_words(FUTURE_WORDS)
_SUMMIT_WORD = re.compile(r"\b(?:summit|talks|met|meeting|meets)\b", re.IGNORECASE)
_ARRIVAL = re.compile(r"\b(?:arriv\w*|landed|flew|left|depart\w*|travel\w*)\b", re.IGNORECASE)
_LEADER_TITLE = re.compile(r"\b(?:" + "|".join(LEADER_TITLES) + r")\b", re.IGNORECASE)
_TOPIC = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in TOPIC_WORDS) + r")\b", re.IGNORECASE)
_OCCASION = re.compile(
    r"\b(?:" + "|".join(OCCASION_CUES) + r")\s+(?P<occasion>[^,.;:()]{4,120})", re.IGNORECASE
)
_IN_PLACE = re.compile(
    r"\b(?:in|at|to)\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
)
_SUMMIT_NAME = re.compile(r"(?P<name>(?:[A-Z0-9][\w'’.&-]*\s+){1,4}[Ss]ummit)\b")
_NOT_NAME_START = frozenset({"The", "A", "An", "This", "That", "Their", "His", "Her", "Its"})


@dataclass(frozen=True)
class _Evidence:
    meeting: list[Sentence]
    lead: Sentence | None


def _is_meeting(context: ArticleContext, sentence: Sentence) -> bool:
    words = sentence.text
    if not _MEETING.search(words):
        return False
    if context.in_quote(sentence.start, sentence.end):
        return False
    return not (_REMOTE.search(words) or _CANCELLED.search(words) or _FUTURE.search(words))


def _lead_sentence(context: ArticleContext) -> Sentence | None:
    return context.sentences[0] if context.sentences else None


def _is_leader(person: PersonMention) -> bool:
    return bool(person.title and _LEADER_TITLE.search(person.title))


def _participants(context: ArticleContext, evidence: _Evidence) -> list[PersonMention]:
    sentences = list(evidence.meeting)
    if evidence.lead is not None and evidence.lead not in sentences:
        sentences.insert(0, evidence.lead)
    chosen: dict[str, PersonMention] = {}
    for sentence in sorted(sentences, key=lambda s: s.start):
        for person in context.within(context.people, sentence):
            if context.in_quote(person.start, person.end):
                continue
            if _is_leader(person) and person.name not in chosen:
                chosen[person.name] = person
    return list(chosen.values())


def _place(context: ArticleContext, evidence: _Evidence) -> tuple[str | None, str | None]:
    for sentence in evidence.meeting:
        for match in _IN_PLACE.finditer(sentence.text):
            place = match.group("place")
            code = country_code(place)
            if code and len(code) == 2 and not _is_country_name(place):
                return place, code
    if context.dateline_place:
        code = country_code(context.dateline_place)
        if code and len(code) == 2:
            return context.dateline_place, code
    for sentence in evidence.meeting:
        for match in _IN_PLACE.finditer(sentence.text):
            code = country_code(match.group("place"))
            if code and len(code) == 2:
                return None, code
    return None, None


def _is_country_name(place: str) -> bool:
    """True for "Japan", False for "Tokyo": a city is a place, a country only a host."""
    mentions = find_countries(place)
    return bool(mentions) and mentions[0].kind in {"name", "demonym"}


def _day_mentions(context: ArticleContext, sentence: Sentence) -> list[DateMention]:
    return [
        mention
        for mention in context.within(context.dates, sentence)
        if mention.value is not None and mention.granularity == "day"
    ]


def _dates(context: ArticleContext, evidence: _Evidence) -> tuple[dt.date | None, dt.date | None]:
    candidates: list[DateMention] = []
    for sentence in evidence.meeting:
        if _SUMMIT_WORD.search(sentence.text) and not _ARRIVAL.search(sentence.text):
            candidates.extend(_day_mentions(context, sentence))
    if not candidates and evidence.lead is not None:
        candidates.extend(_day_mentions(context, evidence.lead))
    if not candidates:
        return None, None
    first = candidates[0]
    return first.value, first.value_end or first.value


def _occasion(evidence: _Evidence) -> str | None:
    sentences = ([evidence.lead] if evidence.lead else []) + evidence.meeting
    for sentence in sentences:
        match = _OCCASION.search(sentence.text)
        if match:
            return match.group("occasion").strip()
    return None


def _name(context: ArticleContext, evidence: _Evidence) -> str | None:
    sentences = ([evidence.lead] if evidence.lead else []) + evidence.meeting
    for sentence in sentences:
        for match in _SUMMIT_NAME.finditer(sentence.text):
            words = match.group("name").split()
            while words and words[0] in _NOT_NAME_START:
                words.pop(0)
            if len(words) >= 2:
                return " ".join(words)
    return None


def _topics(evidence: _Evidence) -> list[str]:
    sentences = ([evidence.lead] if evidence.lead else []) + evidence.meeting
    found = (match.group(0).lower() for s in sentences for match in _TOPIC.finditer(s.text))
    return unique(found)


def find_summits(context: ArticleContext) -> list[Summit]:
    """The summit the article reports, if any (wire stories report one meeting at a time)."""
    meeting = [s for s in context.sentences if _is_meeting(context, s)]
    if not meeting:
        return []
    evidence = _Evidence(meeting=meeting, lead=_lead_sentence(context))
    participants = _participants(context, evidence)
    if not participants:
        return []
    location, host = _place(context, evidence)
    countries = unique(
        [p.country for p in participants if p.country]
        + codes(
            [
                c
                for s in meeting
                for c in context.within(context.countries, s)
                if c.kind in {"name", "demonym"} and not context.in_quote(c.start, c.end)
            ],
            countries_only=True,
        )
        + ([host] if host else [])
    )
    if len(countries) < 2:
        return []
    start_date, end_date = _dates(context, evidence)
    evidence_sentences = sorted(
        {s.start: s for s in ([evidence.lead] if evidence.lead else []) + meeting}.values(),
        key=lambda s: s.start,
    )
    return [
        Summit(
            name=_name(context, evidence),
            participants=[
                Person(name=p.name, title=p.title, country=p.country) for p in participants
            ],
            countries=countries,
            location=location,
            country=host,
            start_date=start_date,
            end_date=end_date,
            occasion=_occasion(evidence),
            topics=_topics(evidence),
            evidence=[context.span(s) for s in evidence_sentences],
        )
    ]
