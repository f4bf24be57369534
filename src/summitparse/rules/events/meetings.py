"""Meetings between two named people: "A met B", "A held talks with B and C", "talks between
A and B".

A minister's tour or a day of bilateral talks on the sidelines of a summit is several meetings,
one record each. The sentences that tell them have one shape: a subject, a meeting verb and one
or more named objects. Reading that shape, and only that shape, keeps it safe:

* the subject is the last person named before the verb in the sentence; a sentence opened by a
  pronoun ("He also met …") continues the subject of the meeting read before it;
* the objects are the people named right after the verb ("met Prime Minister X and President
  Y"), or a title a participant already holds ("met with Canada's Prime Minister");
* a second object with a title and no country of its own shares the first one's demonym
  ("Moldovan Prime Minister X and President Y"); an object called the subject's "counterpart"
  takes the one other country its sentence names ("visited France, where he had talks with his
  counterpart …");
* a pair counts only when both people have a known country and the countries differ, so a
  domestic meeting ("the rebel chief met the prime minister") is never a summit.

Each verb is matched once and each sentence read once, so the reading is linear in the article.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from summitparse.rules.context import ArticleContext
from summitparse.rules.people.finder import PersonMention
from summitparse.rules.places.countries import country_code
from summitparse.text import Sentence

__all__ = ["Meeting", "find_meetings"]

_VERB = re.compile(
    r"\b(?:(?:also\s+|later\s+|separately\s+)?(?:met|meets|meeting)(?:\s+separately)?(?:\s+with)?"
    r"|(?:held|holds|had|has\s+had|have\s+had)\s+(?:\w+\s+){0,2}?(?:talks|discussions)\s+with"
    r"|discussed\s+(?:[\w'’-]+\s+){0,6}?with"
    r"|talked\s+with|talks\s+with|(?:paid\s+a\s+(?:courtesy\s+)?call|called)\s+on"
    # two leaders before the press side by side: "said at a joint news conference with"
    r"|(?:press|news)\s+conference\s+with"
    # a host meeting his guest: "Bush hosted Japanese Prime Minister X at Camp David", "was
    # received by"; the object must follow at once, so "received a letter from" is none
    r"|(?:also\s+|later\s+)?(?:hosted|received|welcomed|greeted)"
    r"|visited\s+(?:his|her|their)\s+(?:\w+\s+)?counterparts?)\b",
    re.IGNORECASE,
)
_SEPARATE = re.compile(
    r"\b(?:separate(?:ly)?|bilateral (?:meeting|talks)|(?:first|second) meeting|"
    r"later in the day|afterwards)\b",
    re.IGNORECASE,
)
# Talks still ahead, or long past, when the verb is told: "before their separate talks with Bush",
# "since their last meeting with Bush".
_NOT_YET = re.compile(
    r"(?<![\w-])(?:before|ahead of|in advance of|prior to|since)\W+(?:[\w'’-]+\W+){0,3}\Z",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"\b(?:meeting|talks|summit)\s+(?:was\s+)?between\b", re.IGNORECASE)
# Between the verb and the first object: articles, a demonym and title words, "his counterpart".
_OBJECT_GAP = re.compile(
    r"\A[\s,]*(?:(?:the|his|her|their|[A-Z][\w'’.-]*|counterparts?|in|that|this|country|"
    r"minister|president|prime|foreign|affairs|of|n)\s+){0,7}\Z"
)
_AND = re.compile(r"\A\s*(?:,|,?\s+and|,?\s+as well as)\s+(?P<words>(?:[A-Z][\w'’.-]*\s+){0,3})\Z")
# "He also met …", and after a short time or place phrase: "On Sunday she held talks with …",
# "Later, he met …", "In Seoul, she met …".
_PRONOUN_START = re.compile(
    r"\W*(?:(?:He|She|They)|(?:On|Later|Then|Afterwards|In|At|The|A|Earlier|After|Before)"
    r"(?:[ \t]+[\w'’-]+){0,3}?,?[ \t]+(?:he|she|they))(?![\w'’-])"
)
_COUNTERPART = re.compile(r"\bcounterparts?\b", re.IGNORECASE)
_TITLE_REFERENCE = re.compile(
    r"\s+(?:the\s+)?(?P<country>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)(?:'s|’s)?\s+"
    r"(?P<title>[Pp]rime [Mm]inister|[Pp]resident|[Cc]hancellor|[Ff]oreign [Mm]inister)\b"
)
# "his counterpart in that country Michele Alliot-Marie": a name the people finder, wanting a
# title before it, leaves alone; "counterpart" is the title.
_COUNTERPART_NAME = re.compile(
    r"[\s,]*(?:the|his|her|their)\s+(?:[A-Z][\w'’-]*\s+(?:n\s+)?)?counterpart,?\s+"
    r"(?:in\s+that\s+country\s+)?"
    # ("his Russian counterpart, President Vladimir Putin": the title is no part of the name)
    r"(?:(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Foreign\s+Minister|"
    r"Minister|Secretary)\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:de\s+|van\s+|al-)?[A-Z][\w'’-]+){1,3})"
)
# "After a meeting with X, Y said …", "Yesterday, following talks with X, Y …": the subject
# comes after the meeting's clause.
_AFTER_MEETING = re.compile(
    r"\W*(?:[A-Z]\w+,[ \t]+)?(?:(?i:after|following)"
    # "Speaking at a joint news conference with X, Y said …"
    r"|(?:[A-Z]\w+[ \t]+)?(?i:speaking[ \t]+at|addressing|appearing[ \t]+at))[ \t]+"
    r"(?:(?:a|an|the|his|her|their|bilateral|separate|private|joint)[ \t]+){0,2}\Z"
)
_SUBJECT_AFTER_GAP = re.compile(r"\A[ \t]*,[ \t]+(?:[^,;.]{1,60},[ \t]+)?\Z")
_SUBJECT_REACH = 160
_OBJECT_REACH = 90


@dataclass(frozen=True)
class Meeting:
    """Two people meeting, as one sentence tells it."""

    first: PersonMention
    second: PersonMention
    sentence: Sentence
    separate: bool = False  # the copy sets it apart from the main meeting ("separately")

    @property
    def names(self) -> frozenset[str]:
        return frozenset({self.first.name, self.second.name})


def _objects(
    context: ArticleContext, people: list[PersonMention], verb_end: int, limit: int
) -> list[PersonMention]:
    """The people named right after a meeting verb, coordinated ones included."""
    first = bisect_left(people, verb_end, key=lambda p: p.start)
    after = []
    for person in people[first:]:
        if person.start >= limit:
            break
        after.append(person)
    if not after or not _OBJECT_GAP.match(context.text[verb_end : after[0].start]):
        return []
    objects = [after[0]]
    for person in after[1:]:
        gap = _AND.match(context.text[objects[-1].end : person.start])
        if gap is None:
            break
        if person.country is None and person.title and objects[-1].country:
            person = _with_country(person, objects[-1].country)  # "Moldovan PM X and President Y"
        objects.append(person)
    return objects


def _ending_before(people: list[PersonMention], position: int) -> list[PersonMention]:
    """The last person named before ``position`` (a list of one, or none), found by bisection
    in people sorted by start: a sentence with many meeting verbs stays linear."""
    index = bisect_left(people, position, key=lambda p: p.start)
    while index > 0:
        index -= 1
        if people[index].end <= position:
            return [people[index]]
    return []


def _with_country(person: PersonMention, country: str) -> PersonMention:
    return PersonMention(
        start=person.start,
        end=person.end,
        text=person.text,
        name=person.name,
        title=person.title,
        country=country,
        kind=person.kind,
        gender=person.gender,
    )


def _by_title(
    context: ArticleContext, people: list[PersonMention], verb_end: int
) -> PersonMention | None:
    """ "met with Canada's Prime Minister": the one person the article gives that title and
    country, when no name follows the verb."""
    match = _TITLE_REFERENCE.match(context.text, verb_end, verb_end + 60)
    if match is None:
        return None
    code = country_code(match.group("country"))
    title = match.group("title").lower()
    holders = {
        p.name: p
        for p in people
        if p.country == code
        and p.title is not None
        and p.title.lower().replace("minster", "minister").endswith(title)
    }
    return next(iter(holders.values())) if len(holders) == 1 else None


def _counterpart(context: ArticleContext, verb_end: int) -> PersonMention | None:
    match = _COUNTERPART_NAME.match(context.text, verb_end, verb_end + _OBJECT_REACH)
    if match is None or country_code(match.group("name")) is not None:
        return None
    start, end = match.span("name")
    return PersonMention(start=start, end=end, text=match.group("name"), name=match.group("name"))


def _counterpart_country(
    context: ArticleContext, sentence: Sentence, subject: PersonMention, verb_end: int, obj: int
) -> str | None:
    """The country a "counterpart" belongs to: the one country its sentence names besides the
    subject's own."""
    if not _COUNTERPART.search(context.text, verb_end, obj):
        return None
    named = {
        c.code
        for c in context.within(context.countries, sentence)
        if len(c.code) == 2 and c.code != subject.country
    }
    return next(iter(named)) if len(named) == 1 else None


def find_meetings(
    context: ArticleContext, people: list[PersonMention], sentences: list[Sentence]
) -> list[Meeting]:
    """Pairs of people the ``sentences`` report meeting, in text order, one per pair."""
    meetings: list[Meeting] = []
    seen: set[frozenset[str]] = set()
    subject: PersonMention | None = None
    for sentence in sentences:
        inside = [
            p for p in context.within(people, sentence) if not context.in_quote(p.start, p.end)
        ]
        separate: bool | None = None
        for pair in _between_pairs(context, sentence, inside):
            if pair.names not in seen and _valid(pair):
                seen.add(pair.names)
                meetings.append(pair)
        for verb in _VERB.finditer(context.text, sentence.start, sentence.end):
            if context.in_quote(verb.start(), verb.end()):
                continue
            if _NOT_YET.search(context.text, max(sentence.start, verb.start() - 40), verb.start()):
                continue
            before = _ending_before(inside, verb.start())
            limit = min(sentence.end, verb.end() + _OBJECT_REACH)
            objects = _objects(context, inside, verb.end(), limit)
            if before and verb.start() - before[-1].end <= _SUBJECT_REACH:
                subject = before[-1]
            elif _AFTER_MEETING.match(context.text, sentence.start, verb.start()) and objects:
                subject = _subject_after(context, inside, objects[-1])
            elif not _PRONOUN_START.match(context.text, sentence.start):
                continue
            elif subject is None:
                subject = _pronoun_subject(context, people, sentence)
            if subject is None:
                continue
            if not objects:
                named = _by_title(context, people, verb.end()) or _counterpart(context, verb.end())
                objects = [named] if named is not None else []
            for obj in objects:
                if obj.country is None:
                    code = _counterpart_country(context, sentence, subject, verb.end(), obj.start)
                    obj = _with_country(obj, code) if code else obj
                if separate is None:  # once per sentence: a long one stays linear
                    separate = bool(_SEPARATE.search(sentence.text))
                meeting = Meeting(first=subject, second=obj, sentence=sentence, separate=separate)
                if meeting.names not in seen and _valid(meeting):
                    seen.add(meeting.names)
                    meetings.append(meeting)
    return meetings


_PRONOUN = re.compile(r"(?<![\w'’-])(he|she|they)(?![\w'’-])", re.IGNORECASE)


def _pronoun_subject(
    context: ArticleContext, people: list[PersonMention], sentence: Sentence
) -> PersonMention | None:
    """Whom a sentence opened by a pronoun means when no meeting was read before it: the last
    person named before it, if the pronoun fits (a "she" is no man) and the copy gives him a
    country ("Rice is touring Asia. She met Japanese Foreign Minister Taro Aso …")."""
    pronoun = _PRONOUN.search(context.text, sentence.start, sentence.end)
    earlier = [
        p
        for p in context.between(people, max(0, sentence.start - 600), sentence.start)
        if not context.in_quote(p.start, p.end)
    ]
    if pronoun is None or not earlier:
        return None
    last = earlier[-1]
    word = pronoun.group(1).lower()
    if (word == "he" and last.gender == "f") or (word == "she" and last.gender == "m"):
        return None
    return last if last.country is not None else None


def _subject_after(
    context: ArticleContext, inside: list[PersonMention], last_object: PersonMention
) -> PersonMention | None:
    """The subject a sentence opened by "After a meeting with X," names after the clause:
    the first person after the comma, an apposition between them ("…, the Colombian Minister
    of Foreign Relations, Carolina Barco, said")."""
    after = [p for p in inside if p.start >= last_object.end]
    if after and _SUBJECT_AFTER_GAP.match(context.text[last_object.end : after[0].start]):
        return after[0]
    return None


def _between_pairs(
    context: ArticleContext, sentence: Sentence, inside: list[PersonMention]
) -> list[Meeting]:
    """ "The first meeting was between Bush and Calderón"."""
    found = []
    for match in _BETWEEN.finditer(context.text, sentence.start, sentence.end):
        after = [p for p in inside if match.end() <= p.start < match.end() + _OBJECT_REACH]
        if len(after) >= 2 and re.fullmatch(
            r"\s+and\s+", context.text[after[0].end : after[1].start]
        ):
            found.append(Meeting(first=after[0], second=after[1], sentence=sentence, separate=True))
    return found


def _valid(meeting: Meeting) -> bool:
    first, second = meeting.first, meeting.second
    return (
        first.name != second.name
        and first.country is not None
        and second.country is not None
        and len(first.country) == 2
        and len(second.country) == 2
        and first.country != second.country
    )
