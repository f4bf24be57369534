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

import dataclasses
import datetime as dt
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from summitparse.models import DateMention, Person, Summit
from summitparse.rules.context import ArticleContext
from summitparse.rules.events.bodies import BodyMention, body_members, find_body_mentions
from summitparse.rules.events.clauses import compile_words, unique
from summitparse.rules.events.data import (
    CANCELLED_WORDS,
    FUTURE_WORDS,
    LEADER_TITLES,
    MEETING_WORDS,
    OCCASION_CUES,
    REMOTE_WORDS,
    TOPIC_WORDS,
)
from summitparse.rules.events.leaders import enriched_people
from summitparse.rules.events.meetings import Meeting, find_meetings
from summitparse.rules.people.finder import PersonMention
from summitparse.rules.places.cities import city_country, news_city, region_country
from summitparse.rules.places.countries import capital_of, country_code, find_countries
from summitparse.rules.places.country_data import ORGANISATIONS
from summitparse.rules.places.landmarks import NOT_CITIES, landmark_place
from summitparse.text import Sentence

__all__ = ["find_summits"]

_MEETING = compile_words(MEETING_WORDS)
_REMOTE = compile_words(REMOTE_WORDS)
_CANCELLED = compile_words(CANCELLED_WORDS)
_FUTURE = compile_words(FUTURE_WORDS)
_SUMMIT_WORD = re.compile(r"\b(?:summit|talks|met|meeting|meets|conference)\b", re.IGNORECASE)
_START_CUE = re.compile(
    r"\b(?:opened|opening|began|begins|started|starts|kicked off|first day)\b", re.IGNORECASE
)
_END_CUE = re.compile(
    r"\b(?:ended|ends|ending|closed|closes|closing|close|concluded|concludes|wrapped up|"
    r"final day|last day|"
    r"finish(?:ed)?|end of)\b",
    re.IGNORECASE,
)
_REPRESENTED = re.compile(r"\s+(?:was|were|is|are)\s+represented\s+by\b")
_ELAPSED = re.compile(
    r"\b(?:since|took office|first|previous|last (?:met|visited))\b", re.IGNORECASE
)
_BACKGROUND_AGE = dt.timedelta(days=45)
_NOT_PRESENT = re.compile(
    r"\b(?:in place of|instead of|on behalf of|absence of|without|since|before|ahead of|prior to|"
    r"former|the late|"
    r"predecessor|successor|then-|ex-)\W+(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)
# The other side of talks still ahead or long past: "held a meeting before their separate talks
# with United States President Bush", "since their last meeting with Mr. Bush".
_TALKS_NOT_YET = re.compile(
    r"(?<![\w-])(?:before|ahead of|in advance of|prior to|since)\s+(?:[\w'’-]+\s+){0,3}"
    r"(?:talks|meetings?|visit|summit)\s+with\s+(?:[\w'’.-]+\s+){0,4}\Z",
    re.IGNORECASE,
)
# Between two coordinated names: "X and French President Y", "X, Y's Prime Minister Z and".
_PAIRING = re.compile(r"^\s*(?:,|and|,\s*and)\s+(?:[\w'’-]+\s+){0,4}$")
_COUNTERPART = re.compile(r"\bcounterparts?\b", re.IGNORECASE)
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and|,?\s+&|,?\s+as well as)\s*$")
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}
_N_DAY = re.compile(
    # ("a three day summit", "a 2 day meeting": real copy drops the hyphen)
    r"\b(two|three|four|five|\d)[- ]day\s+(?:(?:state|official|working)\s+)?"
    r"(?:summit|meeting|talks|conference|gathering|visit)",
    re.IGNORECASE,
)
_ARRIVAL = re.compile(r"\b(?:arriv\w*|landed|flew|left|depart\w*|travel\w*)\b", re.IGNORECASE)
_ARRIVED = re.compile(r"\b(?:arrived|arrives|landed)\b", re.IGNORECASE)
# "Prime Minster" is a misspelling real copy makes often enough to read as the title.
_LEADER_TITLE = re.compile(
    r"\b(?:" + "|".join((*LEADER_TITLES, "prime minster")) + r")\b", re.IGNORECASE
)
_TOPIC = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in TOPIC_WORDS) + r")\b", re.IGNORECASE)
_OCCASION = re.compile(
    r"\b(?:" + "|".join(OCCASION_CUES) + r")\s+(?P<occasion>[^,.;:()]{4,120})", re.IGNORECASE
)
# A place's name: capitalised words, with the small words of Arabic, Spanish, Portuguese or
# French names between them ("Sharm el-Sheikh", "Dar es Salaam", "Rio de Janeiro").
_PARTICLE = r"(?:el|al|es|de|del|da|dos|du|la)"
_PLACE_NAME = rf"[A-Z][\w'’.-]*(?:(?:[ \t]+{_PARTICLE}(?:[ \t]+|-)|[ \t]+)[A-Z][\w'’.-]*){{0,2}}"
_IN_PLACE = re.compile(rf"\b(?:[Ii]n|[Aa]t|to)\s+(?:the\s+)?(?P<place>{_PLACE_NAME})")
# "in the Philippine city of Cebu", "in the Lithuanian capital"
_CITY_OF = re.compile(
    r"\b(?:in|at|to)\s+the\s+(?P<country>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+"
    r"(?:(?:city|town|port|resort|region|province)\s+of\s+"
    rf"(?P<city>[A-Z][\w'’.-]*(?:(?:[ \t]+{_PARTICLE}(?:[ \t]+|-)|\s+)[A-Z][\w'’.-]*)?)"
    r"|capital(?!\s+of))"
    # "Brazil's capital city of Brasilia is hosting", "the Lithuanian capital, Vilnius,"
    r"|\b(?P<owner>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)['’]s\s+capital(?:\s+city)?(?:\s+of)?,?\s+"
    r"(?P<capital>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)"
)
# "in Accra, Ghana", "at Gleneagles, Scotland", "in St. Petersburg in Russia", "in Annapolis,
# Maryland": the copy names the country (or state) of the place itself, so a town no table
# knows, or a name two countries share, has its host.
_PLACE_THEN_COUNTRY = re.compile(
    r"\b(?:[Ii]n|[Aa]t)\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}?)"
    r"(?:,\s+|\s+in\s+)(?:the\s+)?(?P<country>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
)
_PLANNED = re.compile(
    r"(?<![\w-])(?:will|shall|(?:is|are|was|were)[ \t]+(?:expected|due|scheduled|set)[ \t]+to|"
    r"later[ \t]+this|next[ \t]+(?:week|month|year))(?![\w-])",
    re.IGNORECASE,
)
# "in Cotonou", not "at the Granja do Torto": a town a gazetteer knows by the first word of a
# building's name is no city.
_IN_CITY = re.compile(
    rf"(?<![\w-])in[ \t]+(?P<place>{_PLACE_NAME})"
    r"(?![\w'’-]|[ \t]+[a-z]{1,3}[ \t]+[A-Z])"
)
_CAPITAL_OF = re.compile(
    r"\bthe\s+capit[ao]l(?:\s+city)?\s+of\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
)
_SUMMIT_NAME = re.compile(r"(?P<name>(?:[A-Z0-9][\w'’.&-]*\s+){1,4}[Ss]ummit)\b")
# A gathering of more than this many countries keeps its sideline talks in its own record:
# copy from a G20 names bilateral meetings in passing, by the dozen, as part of the summit.
_SIDELINE_LIMIT = 3
_NOT_NAME_START = frozenset({"The", "A", "An", "This", "That", "Their", "His", "Her", "Its"})
# Bodies are no countries, though some keys have two letters ("EU", "UN"): their heads take
# part with no country of their own.
_BODY_CODES = frozenset(ORGANISATIONS.values()) - {"AU"}
# The story's event is told in its headline and first sentences.
_OPENING_SENTENCES = 4
# Before a meeting, not at it: "ahead of the G8 summit", "North Korea returns to six-party talks".
_PROSPECTIVE = re.compile(
    r"(?<![\w-])(?:before|ahead of|in advance of|lead-?up to|run-?up to|prepar\w* for|"
    r"returns? to|return(?:ing|ed) to|rejoin\w*|re-?enter\w*(?: into)?|resum\w*|precondition\w*|"
    r"opposed to|oppos\w*|join\w*|"
    r"boycott\w*|cancel\w*|since|previous|last year['’]s|past|recent|scheduled|planned|"
    r"proposed)\W+(?:[\w'’-]+\W+){0,4}\Z",
    re.IGNORECASE,
)
# A deadline is no meeting's day: "to give details of its programme by December 31".
_DEADLINE = re.compile(
    r"(?<![\w-])(?:by|until|till|before|deadline(?: of)?|no later than)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
_MET_VERB = re.compile(
    r"(?<![\w-])(?:met|meets|received|receives|hosted|hosts|welcomed|welcomes|visited|"
    r"held talks|talked|sat down)(?:[ \t]+with)?(?![\w-])"
)
# Between a meeting verb's subject and the verb: nothing, "also", or an apposition.
_SUBJECT_GAP = re.compile(
    r"\A(?:[ \t]*,[^,;.]{1,80},)?[ \t]*,?[ \t]*(?:(?:also|later|then)[ \t]+)?\Z"
)
# Between the verb and its object: "the president of Tajikistan, ", "his counterpart ".
_OBJECT_GAP = re.compile(
    r"\A[ \t]+(?:(?:the|his|her|their|Iran's|[A-Z][\w'’.-]*|president|prime|minister|"
    r"counterparts?|of|leader|foreign|king|chancellor)[ \t,]+){0,6}\Z"
)
# A meeting told as held, beside one told as to come: "met on Monday and will meet again",
# "made a surprise visit to Baghdad to meet Iraqi officials".
_HELD = re.compile(
    r"(?<![\w-])(?:met|held|hosted|received|welcomed|visited|gathered|convened|arrived|began|"
    r"opened|attended|signed|(?:made|paid)[ \t]+(?:an?[ \t]+)?(?:[\w-]+[ \t]+){0,2}visit)(?![\w-])",
    re.IGNORECASE,
)
_AND_THEN = re.compile(r"(?<![\w-])and[ \t]+(?:[\w'’-]+[ \t]+){0,2}\Z")
_WILL = re.compile(r"(?<![\w-])(?:will|shall)(?![\w-])", re.IGNORECASE)
# A headline tells what is to come with "to": "Leaders to meet in Lima", "Talks to resume".
_HEADLINE_FUTURE = re.compile(
    r"(?<![\w-])(?:to|will)[ \t]+(?!(?:the|a|an|its|his|her|their|an end)\b)[a-z]+",
    re.IGNORECASE,
)
# Heads of international bodies who take part in a body's summit without being members.
_BODY_HEAD = re.compile(
    r"(?i:secretary[- ]general|director[- ]general|chief|commission president|"
    r"president of the (?:european )?commission|high representative)"
)


@dataclass(frozen=True)
class _Evidence:
    meeting: list[Sentence]
    lead: Sentence | None

    @property
    def sentences(self) -> list[Sentence]:
        """The lead (when it tells the summit), then the meeting sentences."""
        return ([self.lead] if self.lead else []) + self.meeting


# "received a letter", "welcomed the decision", "welcomed al-Maliki's nomination",
# "received word of", "received 14 votes": a thing received or welcomed, not a guest.
_THING_RECEIVED = re.compile(
    r"(?i:received|receives|receiving|welcomed|welcomes|welcoming|greeted)[ \t]+"
    # ("welcomed Bashar al-Assad's announcement": a name's particle is lowercase)
    r"(?:(?:(?:[A-Z]|(?:al|el|bin|ibn|de|van|von)[ \t-])[\w.-]*[ \t]+){0,3}"
    r"(?:[A-Z]|(?:al|el)-)[\w.-]*['’]s[ \t]+[a-z]"
    r"|(?:(?:a|an|the|his|her|their|its|this|that|these|those|some|no|any)[ \t]+)?"
    r"(?!(?:him|them|us|her(?=[ \t]+(?:to|in|at|on|with|and|as|for)(?![\w-])|[,.;]))(?![\w-]))"
    r"(?!(?:a|an|the|his|her|their|its|by|as|with|in|at|to|on|from|into|back|warmly|"
    r"officially|formally|cordially|personally|also)(?![\w-]))[a-z0-9])",
)
# Guests a host receives or welcomes, named by a lowercase word: "received the president of
# Tajikistan", "welcomed his Italian counterpart", "welcomed Iran's president".
_GUEST = re.compile(
    r"(?:(?!(?:from|of|by|with|to|for|and|or|on|in|at)[ \t])[\w-]+[ \t]+){0,2}?"
    r"(?:presidents?|prime|premiers?|ministers?|kings?|queens?|leaders?|"
    r"chancellors?|secretary|secretaries|emirs?|sultans?|sheikhs?|princes?|princess|"
    r"counterparts?|delegations?|guests?|visitors?|envoys?|heads?|monarchs?|dignitaries|"
    r"vice|deputy|crown)(?![\w-])",
    re.IGNORECASE,
)


# A meeting named as another than the story's: one before it, or one still to come.
_NOT_THIS_MEETING = re.compile(
    r"(?<![\w-])(?i:recent|previous|earlier|last[ \t]+year['’]s|scheduled|planned|proposed|"
    r"upcoming|forthcoming|future|possible|potential|next|"
    # talks the copy wants someone to join or go back to: "return to talks with South Korea"
    r"return|returning|rejoin|join|resume|resuming)[ \t]+(?:[\w'’-]+[ \t]+){0,3}\Z"
)


# Being present, which at a funeral or an inauguration tells no talks.
_PRESENCE = re.compile(
    r"(?i:attend(?:ed|ing|s)?|took part|participat(?:ed|ing)|gathered|greeted|welcomed|"
    r"(?:signing )?ceremony)"
)
# A crowd's gathering: protesters, demonstrators and marchers attend no talks.
_PROTEST = re.compile(
    r"(?<![\w-])(?i:protest\w*|demonstrat(?:ors?|ions?)|rall(?:y|ies)|marche[sr]s?|"
    r"vigils?|crowds?)(?![\w-])"
)
_CEREMONY = re.compile(
    r"(?<![\w-])(?i:funerals?|inaugurations?|inaugural|swearing-in|sworn in|weddings?|"
    r"memorial|burial|coronation|enthronement|requiem|mass)(?![\w-])"
)


def _meeting_words(context: ArticleContext, sentence: Sentence) -> bool:
    """Whether a meeting word of ``sentence`` tells a meeting: "received" and "welcomed" do
    only of people ("received the president of Tajikistan", "welcomed Luxon"), not of things
    ("received a letter from President Putin", "welcomed the trial's conclusion")."""
    text = context.text
    # (read once per sentence, not once per word: a long sentence stays linear)
    no_talks: bool | None = None
    for match in _MEETING.finditer(text, sentence.start, sentence.end):
        if _NOT_THIS_MEETING.search(text, max(sentence.start, match.start() - 50), match.start()):
            continue  # "during a recent summit of the African Union", "the scheduled talks"
        if context.in_quote(match.start(), match.end()):
            continue  # '"In many countries where I meet with leaders …"': words, not a meeting
        if _PRESENCE.fullmatch(match.group(0)):
            if no_talks is None:
                no_talks = bool(
                    _CEREMONY.search(text, sentence.start, sentence.end)
                    or _PROTEST.search(text, sentence.start, sentence.end)
                )
            if no_talks:
                # "The inauguration was attended by Rice and Mbeki", "Protesters gathered in
                # Amsterdam to protest a visit by Bush": no talks
                continue
        thing = _THING_RECEIVED.match(text, match.start(), sentence.end)
        if thing is None:
            return True
        if _GUEST.match(text, thing.end() - 1, sentence.end):
            return True
    return False


def _is_meeting(context: ArticleContext, sentence: Sentence) -> bool:
    words = sentence.text
    if not _MEETING.search(words) or not _meeting_words(context, sentence):
        return False
    if context.in_quote(sentence.start, sentence.end):
        return False
    if _REMOTE.search(words) or _CANCELLED.search(words):
        return False
    future = _FUTURE.search(words)
    return (
        future is None
        or _held_then_future(words, future.start())
        or _held_beside_future(words, future.start())
    )


def _held_then_future(words: str, future: int) -> bool:
    """A meeting told as held, its sequel as to come: "met in Prague on Tuesday and agreed to
    meet again in Warsaw", "held talks and will visit Gdansk" — the same subject, coordinated.
    "X, who met Y in 2019, is expected to meet him again" tells no meeting of its own."""
    return bool(
        _HELD.search(words, 0, future) and _AND_THEN.search(words, max(0, future - 30), future)
    )


# The start of a clause about something else that may be still to come: "met … on Monday,
# ahead of an EU summit that will be held next month", "X, who will travel to Moscow next
# week, met …".
_SUBORDINATE = re.compile(
    r"(?<![\w-])(?:that|which|who|where|ahead[ \t]+of|before|prior[ \t]+to|"
    r"in[ \t]+preparation[ \t]+for|to[ \t]+prepare[ \t]+for|preparing[ \t]+for)(?![\w-])"
    r"[^.;]{0,60}\Z",
    re.IGNORECASE,
)


def _held_beside_future(words: str, future: int) -> bool:
    """A meeting told as held in the main clause, the future only in a clause of its own:
    before that clause ("met the chancellor on Monday, ahead of a summit that will be held in
    June") or after the relative clause closes ("X, who will travel to Moscow next week, met
    …"). "X, who met Y in 2019, is expected to meet him again" tells none."""
    clause = _SUBORDINATE.search(words, max(0, future - 70), future)
    if clause is None:
        return False
    if _HELD.search(words, 0, clause.start()):
        return True
    close = words.find(",", future)
    return close != -1 and bool(_HELD.search(words, close))


def _is_background(context: ArticleContext, sentence: Sentence) -> bool:
    """A sentence about an earlier meeting ("when they met in Busan last October"): all its
    dates lie well before the article's reference date. Without a reference, nothing is."""
    if context.reference is None:
        return False
    dates = [
        d
        for d in context.within(context.dates, sentence)
        if d.value is not None
        and not _ELAPSED.search(context.text, max(sentence.start, d.start - 40), d.start)
        and not _DEADLINE.search(context.text, max(sentence.start, d.start - 30), d.start)
    ]
    if not dates:
        return False  # "… since he took office in May 2025" dates the office, not the talks
    horizon = context.reference - _BACKGROUND_AGE
    return all((d.value_end or d.value) < horizon for d in dates if d.value is not None)


def _as_title(title: str | None) -> str | None:
    """ "Lula, Brazil's president," → "President": the form a title takes before a name."""
    if title is None or not title.islower():
        return title
    small = {"of", "the", "for", "and"}
    return " ".join(w if w in small else w[:1].upper() + w[1:] for w in title.split())


def _lead_sentence(context: ArticleContext) -> Sentence | None:
    return context.lead


def _is_leader(person: PersonMention) -> bool:
    return bool(person.title and _LEADER_TITLE.search(person.title))


# "former United States President Jimmy Carter", "ex-Chancellor Schröder": no leader now.
_FORMER = re.compile(
    r"(?<![\w-])(?i:former|ex-)\W+(?:(?!(?i:and|or|with|met|meets|who)\W)[\w'’.-]+\W+){0,6}\Z"
)


def _former_leaders(context: ArticleContext) -> set[str]:
    """The people the copy introduces as former holders of their office."""
    return {
        p.name
        for p in context.people
        if _FORMER.search(context.text, max(0, p.start - 60), p.start)
    }


def _participants(context: ArticleContext, evidence: _Evidence) -> list[PersonMention]:
    sentences = list(evidence.meeting)
    former = _former_leaders(context)
    if evidence.lead is not None and evidence.lead not in sentences:
        sentences.insert(0, evidence.lead)
    chosen: dict[str, PersonMention] = {}
    for sentence in sorted(sentences, key=lambda s: s.start):
        for person in context.within(context.people, sentence):
            if context.in_quote(person.start, person.end):
                continue
            before = context.text[max(sentence.start, person.start - 30) : person.start]
            if _NOT_PRESENT.search(before):
                continue  # "in place of President Xi", "since Queen Elizabeth II travelled"
            if _TALKS_NOT_YET.search(
                context.text, max(sentence.start, person.start - 90), person.start
            ):
                continue  # "before their separate talks with President Bush"
            if _is_leader(person) and person.name not in chosen and person.name not in former:
                chosen[person.name] = person
    if evidence.lead is not None:
        for person in _paired_with_leaders(context, evidence.lead, chosen):
            chosen.setdefault(person.name, person)
    for sentence in sorted(sentences, key=lambda s: s.start):
        for person in _met_by_leaders(context, sentence, chosen):
            chosen.setdefault(person.name, person)
    # one person under two spellings ("Hugo Chávez", "Hugo Chavez") takes part once
    folded: dict[str, PersonMention] = {}
    for person in chosen.values():
        if person.name not in former:
            folded.setdefault(_folded(person.name), person)
    return list(folded.values())


def _folded(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _met_by_leaders(
    context: ArticleContext, sentence: Sentence, chosen: dict[str, PersonMention]
) -> list[PersonMention]:
    """People without a country on the other side of a meeting verb from a leader: "Ali
    Khamenei, …, received the president of Tajikistan, Imomali Rakhman" and "Ortega met with
    Mahmoud Ahmadinejad" — the copy names the counterpart without a title, and the verb makes
    him a participant (his country, if the copy gives none, is the host's)."""
    people = [
        p for p in context.within(context.people, sentence) if not context.in_quote(p.start, p.end)
    ]
    found: list[PersonMention] = []
    for verb in _MET_VERB.finditer(context.text, sentence.start, sentence.end):
        if context.in_quote(verb.start(), verb.end()):
            continue
        subject = _last_before(people, verb.start())
        if subject is not None and not _SUBJECT_GAP.match(context.text[subject.end : verb.start()]):
            subject = None
        index = bisect_left(people, verb.end(), key=lambda p: p.start)
        obj = people[index] if index < len(people) else None
        if obj is not None and not _OBJECT_GAP.match(context.text[verb.end() : obj.start]):
            obj = None
        if subject is None or obj is None or subject.name == obj.name:
            continue
        for one, other in ((subject, obj), (obj, subject)):
            if one.name not in chosen or other.name in chosen:
                continue
            # A country of his own would make a summit of any meeting ("met US Senator X"),
            # unless it is the country the sentence meets in: he is the host.
            if other.country is None or other.country == _place_in(context, sentence)[1]:
                found.append(other)
    return found


def _last_before(people: list[PersonMention], position: int) -> PersonMention | None:
    """The last of ``people`` (sorted by start) named before ``position``, by bisection: a
    sentence with many meeting verbs stays linear."""
    index = bisect_left(people, position, key=lambda p: p.start)
    while index > 0:
        index -= 1
        if people[index].end <= position:
            return people[index]
    return None


def _paired_with_leaders(
    context: ArticleContext, lead: Sentence, chosen: dict[str, PersonMention]
) -> list[PersonMention]:
    """Untitled people the lead pairs with a titled leader: "Sir Keir Starmer and French
    President Emmanuel Macron agreed …" — the pairing makes Starmer a participant too."""
    people = context.within(context.people, lead)
    paired: list[PersonMention] = []
    for index, person in enumerate(people):
        if person.name in chosen or person.title:
            continue
        neighbours = people[max(0, index - 1) : index] + people[index + 1 : index + 2]
        for other in neighbours:
            if other.name not in chosen:
                continue
            left, right = sorted((person, other), key=lambda p: p.start)
            if _PAIRING.match(context.text[left.end : right.start]):
                paired.append(person)
                break
    return paired


def _place(context: ArticleContext, evidence: _Evidence) -> tuple[str | None, str | None]:
    """The city and host country, from the most to the least telling evidence.

    An explicit "in the Philippine city of Cebu" first; then a city the lead sentence names;
    then the dateline's city (wire reporters file from the summit); then a city in any meeting
    sentence; last, a country or region alone gives the host without a city.
    """
    meeting = evidence.sentences
    for sentence in meeting:
        described = _CITY_OF.search(sentence.text)
        if described is not None:
            code = country_code(described.group("country") or described.group("owner"))
            city = described.group("city") or described.group("capital")
            if city is None and code is not None:
                city = capital_of(code)
            if code is not None and len(code) == 2:
                return city, code
        named = _capital_named(sentence)
        if named is not None:
            return named
    lead = [evidence.lead] if evidence.lead and evidence.lead in evidence.meeting else []
    for sentence in lead + evidence.meeting:
        seat = landmark_place(context.text, sentence.start, sentence.end)
        if seat is not None:
            return seat  # "met … in the Oval Office"
    # The lead's own place before one a later sentence names with its country: "… since the
    # 2004 meeting in Boca Raton, Florida" is an older meeting's.
    found = _place_with_country(lead) or _city_in(lead) or _place_with_country(meeting)
    if found is not None:
        return found
    if context.dateline_place:
        code = city_country(context.dateline_place)
        if code is not None:
            return context.dateline_place, code
    found = _city_in(evidence.meeting)
    if found is not None:
        return found
    for sentence in meeting:
        for match in _IN_PLACE.finditer(sentence.text):
            place = _trim_place(match.group("place"))
            code = country_code(place) or region_country(place)
            if code and len(code) == 2:
                return None, code
    return None, None


def _capital_named(sentence: Sentence) -> tuple[str, str] | None:
    """ "in the capital city of Port-au-Prince", "the capital of Kenya": the city and its
    country, the capital a table gives when the copy names the country."""
    for match in _CAPITAL_OF.finditer(sentence.text):
        place = _trim_place(match.group("place"))
        if _is_country_name(place):
            code = country_code(place)
            city = capital_of(code) if code else None
            if code is not None and city is not None and len(code) == 2:
                return city, code
            continue
        code = city_country(place)
        if code is not None:
            return place, code
    return None


def _opening_city(
    context: ArticleContext,
    host: str | None,
    countries: list[str],
    participants: list[PersonMention],
) -> tuple[str, str] | None:
    """A city the story's opening names beside a participant ("At the press conference, held
    … in Cotonou, Yayi thanked Bush") in the host's country, or, with no host known, in a
    participant's ("Howard told journalists in Washington"): where a visit's talks were held
    when no meeting sentence says. A city with no participant beside it is often what the
    story is about ("a temple in Luoyang"), not where they met. Sentences in quotes or about
    plans, calls or old meetings do not count."""
    wanted = [host] if host is not None else countries
    names = {p.name for p in participants}
    opening = ([context.lead] if context.lead else []) + context.sentences[: _OPENING_SENTENCES + 2]
    for sentence in unique_sentences(opening):
        words = sentence.text
        if context.in_quote(sentence.start, sentence.end):
            continue
        if _REMOTE.search(words) or _CANCELLED.search(words) or _PLANNED.search(words):
            continue  # ("thanked Bush for coming to visit" is no plan)
        if _is_background(context, sentence):
            continue
        if not any(p.name in names for p in context.within(context.people, sentence)):
            continue
        for match in _IN_CITY.finditer(sentence.text):
            found = _wanted_city(_trim_place(match.group("place")), wanted)
            if found is not None:
                return found
    return None


def _wanted_city(place: str, wanted: list[str]) -> tuple[str, str] | None:
    """``place`` with its country when it is a city (not a country or a region) of ``wanted``."""
    code = city_country(place)
    region = region_country(place) and not news_city(place)
    if code in wanted and not _is_country_name(place) and not region:
        return place, code
    return None


# "Comanescu's visit in Chisinau", "Howard's two-day visit to Ottawa": right after a
# participant's name, his visit and its city.
_OWN_VISIT = re.compile(
    r"['’]s[ \t]+(?:(?:first|second|official|state|working|two-day|three-day|brief|surprise|"
    r"recent|current|historic|landmark)[ \t]+){0,3}visit[ \t]+(?:to|in)[ \t]+(?:the[ \t]+)?"
    rf"(?P<place>{_PLACE_NAME})"
)
# "Bush's visit to Ottawa in 2001": an older visit's city, dated just after it.
_VISIT_DATED = 40


def _visit_city(
    context: ArticleContext, wanted: list[str], participants: list[PersonMention]
) -> tuple[str, str] | None:
    """The city of a participant's visit where the story names it with his name ("Comanescu's
    visit in Chisinau is the first …"), in a country of the meeting: the place of talks the
    meeting sentences leave unsaid. A visit still to come, one in quotes, in a sentence about
    calls, or one dated well before the story ("Blair's visit to Delhi in 2002") is another
    visit."""
    names = {p.name for p in participants}
    horizon = context.reference - _BACKGROUND_AGE if context.reference else None
    for sentence in context.sentences:
        words = sentence.text
        if "visit" not in words:
            continue
        if _REMOTE.search(words) or _CANCELLED.search(words) or _PLANNED.search(words):
            continue
        for person in context.within(context.people, sentence):
            match = _OWN_VISIT.match(context.text, person.end, sentence.end)
            if match is None or person.name not in names:
                continue
            if context.in_quote(person.start, match.end()):
                continue
            dated = context.between(context.dates, match.end(), match.end() + _VISIT_DATED)
            if horizon is not None and any(
                (d.value_end or d.value) < horizon for d in dated if d.value is not None
            ):
                continue
            found = _wanted_city(_trim_place(match.group("place")), wanted)
            if found is not None:
                return found
    return None


def _place_with_country(sentences: list[Sentence]) -> tuple[str, str] | None:
    """A place followed by its country or state ("in Accra, Ghana"), the place no country."""
    for sentence in sentences:
        for match in _PLACE_THEN_COUNTRY.finditer(sentence.text):
            place = match.group("place")
            named = _trim_place(match.group("country"))
            code = _country_only(named) or region_country(named)
            if code is None or _is_country_name(place) or region_country(place):
                continue
            if place.split()[0] in NOT_CITIES:
                continue
            if len(code) == 2:
                return place, code
    return None


def _country_only(name: str) -> str | None:
    """The code of a country's name or demonym (not a capital or a body's name)."""
    mentions = find_countries(name)
    if not mentions or mentions[0].kind not in {"name", "demonym"} or mentions[0].text != name:
        return None
    return mentions[0].code


_INITIALS = re.compile(r"(?:[A-Z]\.){2,}\Z")


def _trim_place(place: str) -> str:
    """ "London." at a sentence end → "London"; "St. Petersburg" keeps its inner dot, and
    initials keep their last one ("Washington, D.C.")."""
    return place[:-1] if place.endswith(".") and not _INITIALS.search(place) else place


def _city_in(sentences: list[Sentence]) -> tuple[str, str] | None:
    """The first city a sentence names "in" or "at", else "to": "X, who will travel to Moscow
    next week, met Y in Berlin" met in Berlin; "travelled to Leticia" alone tells the place."""
    for sentence in sentences:
        matches = list(_IN_PLACE.finditer(sentence.text))
        destinations = [m for m in matches if m.group().lower().startswith("to")]
        for match in [m for m in matches if m not in destinations] + destinations:
            place = _trim_place(match.group("place"))
            # "in Japan", "in Florida": a host, not a city; "in Washington" is one ("a surprise
            # to Washington" is its government)
            in_city = news_city(place) and not match.group().lower().startswith("to")
            if (_is_country_name(place) and not _city_state(place)) or (
                region_country(place) and not in_city
            ):
                continue
            if place.split()[0] in NOT_CITIES:
                continue  # "at the Summit", "in the Republic of Moldova", "in Asia"
            code = city_country(place)
            if code is not None:
                return place, code
    return None


def _listed_countries(context: ArticleContext, meeting: list[Sentence]) -> list[str]:
    """Countries a meeting sentence lists as taking part ("the leaders of Thailand, Vietnam
    and Laos"): only lists of three or more, since a country named on its own is as often a
    topic ("tension with China") or the next stop of a tour."""
    found: list[str] = []
    for sentence in meeting:
        mentions = [
            c
            for c in context.within(context.countries, sentence)
            if c.kind in {"name", "demonym"}
            and len(c.code) == 2
            and not context.in_quote(c.start, c.end)
        ]
        run: list[str] = []
        for index, mention in enumerate(mentions):
            joined = index > 0 and _LIST_GAP.match(
                context.text[mentions[index - 1].end : mention.start]
            )
            run = [*run, mention.code] if joined else [mention.code]
            if len(run) >= 3:
                found.extend(run)
    for mention in context.countries:  # "Myanmar was represented by its foreign minister"
        if len(mention.code) == 2 and _REPRESENTED.match(context.text, mention.end):
            found.append(mention.code)
    return unique(found)


def _most_named_other(context: ArticleContext, known: list[str]) -> list[str]:
    """The country the article names most often besides ``known``: the home of a leader the
    copy never gives a demonym ("Foreign Secretary David Lammy" in a story full of "the UK")."""
    counts = Counter(
        c.code
        for c in context.countries
        if c.kind in {"name", "demonym"} and len(c.code) == 2 and c.code not in known
    )
    return [counts.most_common(1)[0][0]] if counts else []


def _city_state(place: str) -> bool:
    """ "Singapore", "Luxembourg": a country whose capital bears its name, so "arrived in
    Singapore" names the city too."""
    code = country_code(place)
    return code is not None and capital_of(code) == place


def _is_country_name(place: str) -> bool:
    """True for "Japan", False for "Tokyo": a city is a place, a country only a host."""
    mentions = find_countries(place)
    return bool(mentions) and mentions[0].kind in {"name", "demonym"}


def _day_mentions(context: ArticleContext, sentence: Sentence) -> list[DateMention]:
    return [
        mention
        for mention in context.event_dates(sentence.start, sentence.end)
        if mention.granularity == "day"
        and not _DEADLINE.search(context.text, max(0, mention.start - 30), mention.start)
    ]


def _dates(context: ArticleContext, evidence: _Evidence) -> tuple[dt.date | None, dt.date | None]:
    """First and last day of the meeting.

    A range ("on 15-16 May") gives both. Otherwise days named with an opening cue ("opened on
    Tuesday") or a closing one ("ended … on Wednesday") set the ends, and "a two-day summit"
    fills in the other end; a plain day is the meeting's day.
    """
    sentences = [
        s for s in evidence.meeting if _SUMMIT_WORD.search(s.text) and not _ARRIVAL.search(s.text)
    ]
    lead = evidence.lead
    if lead is not None and lead not in sentences and not _ARRIVAL.search(lead.text):
        sentences.insert(0, lead)
    days = [m for s in sentences for m in _day_mentions(context, s)]
    if not days:
        # A visit begins when the leader arrives: with no day told for the talks themselves,
        # "has arrived in Harare today to talk with …" dates them.
        arrivals = [s for s in unique_sentences(evidence.sentences) if _ARRIVED.search(s.text)]
        days = [m for s in arrivals for m in _day_mentions(context, s)][:1]
    if not days:
        return None, None
    days = _held_days(context, days)
    for mention in days + _visit_ranges(context, evidence):
        if mention.value_end is not None and mention.value_end != mention.value:
            return mention.value, mention.value_end
    coordinated = _coordinated_days(context, days)
    if coordinated is not None:
        return coordinated
    start = end = None
    for mention in days:
        before = context.text[max(0, mention.start - 60) : mention.start]
        cue = _last_cue(before)
        if cue == "start" and start is None:
            start = mention.value
        elif cue == "end" and end is None:
            end = mention.value
    length = _meeting_length(context, sentences)
    if start is None and end is None:
        start = days[0].value  # "a two-day summit … on Monday": the length gives the end
    if start is not None and end is None:
        end = start + dt.timedelta(days=length - 1) if length else start
    if end is not None and start is None:
        start = end - dt.timedelta(days=length - 1) if length else end
    return start, end


def _held_days(context: ArticleContext, days: list[DateMention]) -> list[DateMention]:
    """The days a meeting told as held can have: not after the story's day, when the
    sentences give any such. A later one names something else ("… the French presidency,
    which starts on July 1"); with only later days the meeting is still to come."""
    if context.reference is None:
        return days
    held = [d for d in days if d.value is not None and d.value <= context.reference]
    return held or days


# "state visit to India April 9-12": the days of a visit, in the sentence that names it.
_VISIT_NOUN = re.compile(r"(?<![\w-])(?i:visit|tour|trip)(?![\w-])")
# "on Tuesday and Wednesday": two days of one meeting.
_DAYS_JOINED = re.compile(r"[ \t]+(?:and|&)[ \t]+(?:on[ \t]+)?\Z")
_JOINED_SPAN = dt.timedelta(days=1)


def _visit_ranges(context: ArticleContext, evidence: _Evidence) -> list[DateMention]:
    """Ranges of days given for a visit ("during Wen's state visit to India April 9-12"): a
    visit's sentence names its length by them, though it says neither "talks" nor "met"."""
    found: list[DateMention] = []
    for sentence in evidence.meeting:
        if _ARRIVAL.search(sentence.text) or not _VISIT_NOUN.search(sentence.text):
            continue
        found += [d for d in _day_mentions(context, sentence) if d.value_end is not None]
    return found


def _coordinated_days(
    context: ArticleContext, days: list[DateMention]
) -> tuple[dt.date, dt.date] | None:
    """ "met in Moscow on Tuesday and Wednesday": two days joined by "and", the second the day
    after the first, are the first and last day of the meeting ("on Monday and Thursday" may
    be two meetings)."""
    for first, second in pairwise(days):
        if first.value is None or second.value is None:
            continue
        if not _DAYS_JOINED.match(context.text[first.end : second.start]):
            continue
        if dt.timedelta(0) < second.value - first.value <= _JOINED_SPAN:
            return first.value, second.value
    return None


def _last_cue(before: str) -> str | None:
    cues = [(m.start(), "start") for m in _START_CUE.finditer(before)]
    cues += [(m.start(), "end") for m in _END_CUE.finditer(before)]
    return max(cues)[1] if cues else None


def _meeting_length(context: ArticleContext, sentences: list[Sentence]) -> int | None:
    for sentence in sentences:
        match = _N_DAY.search(sentence.text)
        if match:
            return _NUMBER_WORDS.get(match.group(1).lower()) or int(match.group(1))
    return None


def _occasion(evidence: _Evidence) -> str | None:
    sentences = evidence.sentences
    for sentence in sentences:
        match = _OCCASION.search(sentence.text)
        if match:
            return match.group("occasion").strip()
    return None


def _name(context: ArticleContext, evidence: _Evidence) -> str | None:
    sentences = evidence.sentences
    for sentence in sentences:
        for match in _SUMMIT_NAME.finditer(sentence.text):
            words = match.group("name").split()
            while words and words[0] in _NOT_NAME_START:
                words.pop(0)
            if len(words) >= 2:
                return " ".join(words)
    return None


def _topics(evidence: _Evidence) -> list[str]:
    sentences = evidence.sentences
    found = (match.group(0).lower() for s in sentences for match in _TOPIC.finditer(s.text))
    return unique(found)


# A headline that previews a meeting: "X to visit Y", "Israel to welcome President Bush".
_HEADLINE_PREVIEW = re.compile(
    r"(?<![\w-])to[ \t]+(?:meet|visit|attend|welcome|host|hold|travel|tour|go|make|head|fly)"
    r"(?![\w-])",
    re.IGNORECASE,
)


def _lead_rules_out_summit(context: ArticleContext, lead: Sentence | None) -> bool:
    """Wire stories lead with their event: a lead about a call, a called-off summit or one still
    to come means the meetings named further down are background, not the story's summit."""
    if lead is None:
        return False
    if _REMOTE.search(lead.text) or _CANCELLED.search(lead.text):
        return True
    opening = [*context.sentences[:2], lead]
    if _HEADLINE_PREVIEW.search(opening[0].text) and not any(
        _HELD.search(sentence.text) for sentence in opening
    ):
        return True  # "Israel to welcome President Bush", "Bush to attend Sydney conference"
    # A lead that tells the meeting still to come, and none held, makes the story a preview:
    # "… the discussions between X and his counterparts, which will take place in Athens".
    # ("has received information about a plot … during his visit to Iran later this week"
    # tells nothing held)
    held = (m for m in _HELD.finditer(lead.text) if not _THING_RECEIVED.match(lead.text, m.start()))
    return bool(_FUTURE.search(lead.text) and next(held, None) is None)


def _summit(
    context: ArticleContext, evidence: _Evidence, participants: list[PersonMention]
) -> Summit | None:
    """One summit record from its evidence and participants, or None when fewer than two
    countries take part."""
    if not participants:
        return None
    meeting = evidence.meeting
    location, host = _place(context, evidence)
    known = [
        p.country
        for p in participants
        if p.country and len(p.country) == 2 and p.country not in _BODY_CODES
    ]
    # The host counts as a participant only for a leader whose country the copy leaves out
    # ("Albanese welcomed Luxon to Canberra"): a neutral venue (Geneva) is no party.
    # It stands in only beside a second participant: one leader in a country is a visit, and
    # "a visit with no reported talks" names nobody it meets.
    stands_in = (
        host is not None
        and (len(participants) >= 2 or _visit_story(context, participants[0]))
        and (len(set(known)) < 2 or len(known) < len(participants))
    )
    countries = unique(
        known + ([host] if stands_in and host else []) + _listed_countries(context, meeting)
    )
    foreign_meeting = any(_COUNTERPART.search(sentence.text) for sentence in meeting)
    if len(countries) < 2 and foreign_meeting and any(p.country is None for p in participants):
        countries = unique(countries + _most_named_other(context, countries))
    # A body's head meeting a leader is a meeting of two parties, though the body is no country.
    bodies = {p.country for p in participants if p.country in _BODY_CODES}
    # A leader told visiting a country of the meeting is from another one, though the copy
    # does not say which ("President Bush began his tour in Israel … talks with Mubarak").
    visitors = any(p.country is None and p.visiting & set(countries) for p in participants)
    if len(countries) + len(bodies - set(countries)) + visitors < 2:
        return None
    if location is None:
        location, host = _opening_city(context, host, countries, participants) or (location, host)
    if location is None:
        wanted = [host] if host is not None else countries
        location, host = _visit_city(context, wanted, participants) or (location, host)
    start_date, end_date = _dates(context, evidence)
    if _still_to_come(context, start_date):
        return None
    if end_date is not None and _long_past(context, end_date):
        return None  # "a transcript of a meeting between Bush and Blair on January 31, 2003"
    told = sorted({s.start: s for s in evidence.sentences}.values(), key=lambda s: s.start)
    return _record(
        context, evidence, participants, countries, (location, host), (start_date, end_date), told
    )


def _record(
    context: ArticleContext,
    evidence: _Evidence,
    participants: list[PersonMention],
    countries: list[str],
    place: tuple[str | None, str | None],
    dates: tuple[dt.date | None, dt.date | None],
    told: list[Sentence],
) -> Summit:
    """The record of a summit: its name, occasion and topics read from ``evidence``, its spans
    the sentences ``told``. Only days named in meeting sentences date a summit."""
    (location, host), (start_date, end_date) = place, dates
    return Summit(
        name=_name(context, evidence),
        participants=[_person(p) for p in participants],
        countries=countries,
        location=location,
        country=host,
        start_date=start_date,
        end_date=end_date,
        date_granularity="day" if start_date is not None else None,
        occasion=_occasion(evidence),
        topics=_topics(evidence),
        evidence=[context.span(s) for s in told],
    )


def _person(mention: PersonMention) -> Person:
    country = None if mention.country in _BODY_CODES else mention.country
    return Person(name=mention.name, title=_as_title(mention.title), country=country)


def _pair_summit(context: ArticleContext, meeting: Meeting, main: Summit | None) -> Summit:
    """A meeting of two, told in one sentence: its place is the one that sentence names, else
    the article's summit place when the host is one of the two countries (a tour's talks in the
    capital it reports from), else a city the story's opening names beside one of the two in
    one of their countries; its day is the one that sentence names."""
    sentence = meeting.sentence
    evidence = _Evidence(meeting=[sentence], lead=None)
    countries = unique([meeting.first.country or "", meeting.second.country or ""])
    location, host = _place_in(context, sentence)
    start_date, end_date = _dates(context, evidence)
    if location is None and host is None and main is not None and main.country in countries:
        location, host = main.location, main.country
        if start_date is None and main.start_date is not None and main.start_date == main.end_date:
            # talks on a one-day gathering's day ("Later in the day Bush met …")
            start_date = end_date = main.start_date
    if location is None and host is None:
        pair = [meeting.first, meeting.second]
        found = _opening_city(context, None, countries, pair) or _visit_city(
            context, countries, pair
        )
        location, host = found or (None, None)
    return Summit(
        participants=[_person(meeting.first), _person(meeting.second)],
        countries=countries,
        location=location,
        country=host,
        start_date=start_date,
        end_date=end_date,
        date_granularity="day" if start_date is not None else None,
        topics=_topics(evidence),
        evidence=[context.span(sentence)],
    )


def _sideline_summits(
    context: ArticleContext, mention: BodyMention, gathering: Summit, meeting: list[Sentence]
) -> list[Summit]:
    """Meetings of two held at a body's gathering that are meetings of their own: the one the
    story leads with ("X met Y on the sidelines of the APEC summit"), and talks with a leader
    from outside the body ("During the NATO summit, Moldova's president held talks with …").
    Talks between members told further down stay in the gathering's record, as copy from a
    summit names them in passing. Their place and day, unless their sentence says, are the
    gathering's."""
    members = set(body_members(mention.key, context.reference))
    opening = {s.start for s in context.sentences[:2]} | (
        {context.lead.start} if context.lead else set()
    )
    found: list[Summit] = []
    for pair in find_meetings(context, context.people, meeting):
        outsider = bool(members) and not {pair.first.country, pair.second.country} <= members
        if pair.sentence.start not in opening and not outsider:
            continue
        if not outsider and pair.names == {p.name for p in gathering.participants}:
            continue  # the gathering's record already tells the same two
        record = _pair_summit(context, pair, gathering)
        if record.location is None and record.country is None:
            record = record.model_copy(
                update={"location": gathering.location, "country": gathering.country}
            )
        if record.start_date is None and gathering.start_date == gathering.end_date:
            record = record.model_copy(
                update={
                    "start_date": gathering.start_date,
                    "end_date": gathering.end_date,
                    "date_granularity": gathering.date_granularity,
                }
            )
        found.append(record)
    return found


def _place_in(context: ArticleContext, sentence: Sentence) -> tuple[str | None, str | None]:
    """A city (or else a country) named in one sentence, without the dateline's help."""
    found = _city_in([sentence])
    if found is not None:
        return found
    for match in _IN_PLACE.finditer(sentence.text):
        code = country_code(_trim_place(match.group("place")))
        if code and len(code) == 2:
            return None, code
    return None, None


def _held_opening(context: ArticleContext, sentence: Sentence, mention: BodyMention) -> bool:
    """A body's meeting told as the story's event: not to come, not called off, not before it
    ("ahead of the G8 summit"), not an old one, and not in the future by its dates."""
    if context.in_quote(mention.start, mention.end):
        return False
    words = sentence.text
    if _REMOTE.search(words) or _CANCELLED.search(words) or _FUTURE.search(words):
        return False
    if _WILL.search(words):
        return False  # "The APEC summit will include …": still to come
    if _PROSPECTIVE.search(context.text, max(sentence.start, mention.start - 60), mention.start):
        return False
    if sentence is context.sentences[0] and _headline_future(context, sentence, mention):
        return False
    if _is_background(context, sentence):
        return False
    dates = [d.value for d in context.event_dates(sentence.start, sentence.end) if d.value]
    return not (context.reference is not None and dates and min(dates) > context.reference)


_SUMMIT_NOUN = re.compile(r"(?<![\w-])(?i:summit)(?![\w-])")
# A mention that ends on its own finite verb: "G8 finance ministers agree", "EU leaders met".
_ENDS_ON_VERB = re.compile(
    r"(?<![\w-])(?:met|meet|gathered|convened|opened|began|agreed|agree|agrees)\Z", re.IGNORECASE
)


def _headline_future(context: ArticleContext, headline: Sentence, mention: BodyMention) -> bool:
    """A headline that tells its meeting still to come ("Leaders to meet in Lima"). When a
    headline's mention ends on its own finite verb, a "to" after it is a purpose, not a tense:
    "G8 finance ministers agree on deal to relieve debts" tells a meeting held. (A story
    without a headline has its lead read here as before.)"""
    words = headline.text
    is_headline = words.rstrip()[-1:] not in ".!?\"”’'"
    if is_headline and _ENDS_ON_VERB.search(context.text, mention.start, mention.end):
        words = context.text[headline.start : mention.end]
    return bool(_HEADLINE_FUTURE.search(words))


def _summit_story(context: ArticleContext) -> bool:
    """The headline or lead names a summit told as held: the story is that summit's."""
    for sentence in context.sentences[:_OPENING_SENTENCES]:
        for match in _SUMMIT_NOUN.finditer(sentence.text):
            start = sentence.start + match.start()
            mention = BodyMention(start, start + len(match.group()), "")
            if _held_opening(context, sentence, mention):
                return True
    return False


def _body_meeting(context: ArticleContext) -> tuple[BodyMention, list[Sentence]] | None:
    """The body whose meeting the story reports, with the sentences that tell it held."""
    opening = context.sentences[:_OPENING_SENTENCES]
    for sentence in opening:
        for mention in find_body_mentions(context.text, sentence.start, sentence.end):
            if _held_opening(context, sentence, mention):
                told = [
                    other
                    for other in context.sentences
                    if other.start >= sentence.start
                    and any(
                        m.key == mention.key and _held_opening(context, other, m)
                        for m in find_body_mentions(context.text, other.start, other.end)
                    )
                ]
                return mention, told
    return None


def _body_participants(
    context: ArticleContext, members: frozenset[str], extra: list[PersonMention]
) -> list[PersonMention]:
    """The leaders a story about a body's meeting names, wherever it names them, who belong to
    the body (or head an international body): a member's leader named in such a story is there.
    Words in quotes, sentences about calls, plans or old meetings, and "former" leaders do not
    count. Without a membership table, only the leaders the meeting sentences name (``extra``).
    """
    chosen: dict[str, PersonMention] = {}
    if members:
        chosen.update((p.name, p) for p in _article_leaders(context, members))
    for person in extra:  # a leader the meeting sentences name, if not known as an outsider
        country = person.country
        if not members or country is None or country in members or country in _BODY_CODES:
            chosen.setdefault(person.name, person)
    return sorted(chosen.values(), key=lambda p: p.start)


def _article_leaders(
    context: ArticleContext, members: frozenset[str] | None = None
) -> list[PersonMention]:
    """Leaders named anywhere in a story about a summit, outside quotes and outside sentences
    about calls, plans or old meetings, not "former": a member's (any country's, without
    ``members``) or an international body's head."""
    chosen: dict[str, PersonMention] = {}
    for sentence in context.sentences:
        words = sentence.text
        if _REMOTE.search(words) or _CANCELLED.search(words) or _FUTURE.search(words):
            continue
        if _is_background(context, sentence):
            continue
        for person in context.within(context.people, sentence):
            if context.in_quote(person.start, person.end) or not _is_leader(person):
                continue
            before = context.text[max(sentence.start, person.start - 30) : person.start]
            if _NOT_PRESENT.search(before):
                continue
            country = person.country
            belongs = (
                country in members
                if members is not None
                else bool(country and len(country) == 2 and country not in _BODY_CODES)
            )
            heads = (country is None or country in _BODY_CODES) and bool(
                person.title and _BODY_HEAD.search(person.title)
            )
            if belongs or heads:
                chosen.setdefault(person.name, person)
    return list(chosen.values())


# "In his speech at NATO's summit", "attended the SADC summit": the sentence puts its people at
# the gathering.
_AT_GATHERING = re.compile(
    r"(?<![\w-])(?:at|attend(?:ed|ing|s)?|address(?:ed|es|ing)?)[ \t]+(?:the[ \t]+)?\Z",
    re.IGNORECASE,
)


def _guests(
    context: ArticleContext, key: str, told: list[Sentence], leaders: list[PersonMention]
) -> list[PersonMention]:
    """Leaders from outside a body whom a sentence telling its meeting puts at it ("In his
    speech at NATO's 2008 Bucharest summit, the President of Moldova …"): a guest takes part,
    though his country is no member."""
    present: set[str] = set()
    for sentence in told:
        for found in find_body_mentions(context.text, sentence.start, sentence.end):
            start = max(sentence.start, found.start - 20)
            if found.key == key and _AT_GATHERING.search(context.text, start, found.start):
                present.update(p.name for p in context.within(context.people, sentence))
    return [p for p in leaders if p.name in present and p.country and len(p.country) == 2]


def _body_dates(
    context: ArticleContext, evidence: _Evidence, told: list[Sentence]
) -> tuple[dt.date | None, dt.date | None]:
    """The days of a body's meeting. The sentences that name the body date it when the rest of
    the evidence gives days that leave theirs out: "the G7 … held its annual meeting on Friday,
    April 11" after a lead about another meeting that weekend. Otherwise all the evidence does
    (it may give the length: "a two-day summit … opened on Tuesday")."""
    start, end = _dates(context, evidence)
    own_start, own_end = _dates(context, _Evidence(meeting=told, lead=None))
    if own_start is None or _still_to_come(context, own_start) or _long_past(context, own_start):
        return start, end
    if start is None or end is None or not start <= own_start <= end:
        return own_start, own_end
    return start, end


def _named_city(context: ArticleContext, key: str, told: list[Sentence]) -> tuple[str, str] | None:
    """The host city a body's meeting is named by ("NATO's Bucharest summit"), with its
    country."""
    for sentence in told:
        for found in find_body_mentions(context.text, sentence.start, sentence.end):
            code = city_country(found.city) if found.key == key and found.city else None
            if found.city is not None and code is not None:
                return found.city, code
    return None


def _long_past(context: ArticleContext, day: dt.date) -> bool:
    """A day well before the story's: an older meeting's ("Clinton's previous visit … around
    the time of the NATO Summit")."""
    return context.reference is not None and day < context.reference - _BACKGROUND_AGE


def _body_summit(
    context: ArticleContext,
    mention: BodyMention,
    told: list[Sentence],
    meeting: list[Sentence],
) -> Summit | None:
    """The summit of a body: its members (when the table lists them) or else its named
    leaders' countries, the place and days its sentences give."""
    lead = context.lead if context.lead in told or context.lead in meeting else told[0]
    evidence = _Evidence(meeting=unique_sentences(told + meeting), lead=lead)
    members = frozenset(body_members(mention.key, context.reference))
    leaders = _participants(context, evidence)
    participants = _body_participants(context, members, leaders)
    named = {p.name for p in participants}
    participants += [p for p in _guests(context, mention.key, told, leaders) if p.name not in named]
    location, host = _place(context, evidence)
    if location is None:
        location, host = _named_city(context, mention.key, told) or (location, host)
    own = [
        p.country
        for p in participants
        if p.country and len(p.country) == 2 and p.country not in _BODY_CODES
    ]
    listed = list(body_members(mention.key, context.reference)) if mention.body.list_members else []
    # The host of a body's summit is one of its members (the G20 in Miami is the US's).
    hosting = [host] if host and (host in members or not members) else []
    countries = unique(listed + own + hosting)
    if not countries and not participants:
        return None  # a body's meeting is many countries', but the copy must name someone
    start_date, end_date = _body_dates(context, evidence, told)
    if _still_to_come(context, start_date):
        return None
    return _record(
        context,
        evidence,
        participants,
        countries,
        (location, host),
        (start_date, end_date),
        evidence.meeting,
    )


_VISIT_WORDS = re.compile(
    r"(?<![\w-])(?:visit(?:s|ed|ing)?|meets?|met|talks|arriv(?:es|ed)|trip|tour)(?![\w-])",
    re.IGNORECASE,
)


def _visit_story(context: ArticleContext, leader: PersonMention) -> bool:
    """A story told as one leader's visit or meeting ("Swiss President visits Ghana", "Bush
    arrives in Saudi Arabia"): its headline or lead names the leader and the visit, and the
    host stands for the people he meets. Elsewhere one leader in a country is no summit."""
    for sentence in context.sentences[:2] + ([context.lead] if context.lead else []):
        if not _VISIT_WORDS.search(sentence.text):
            continue
        if sentence is context.sentences[0] and _HEADLINE_FUTURE.search(sentence.text):
            return False  # "Queen to visit the United States"
        if any(p.name == leader.name for p in context.within(context.people, sentence)):
            return True
        if sentence is context.sentences[0] and any(
            not _FORMER.search(sentence.text, 0, title.start())
            for title in _LEADER_TITLE.finditer(sentence.text)
        ):
            return True  # "Australian Prime Minister visits India": the title, not the name
    return False


def _still_to_come(context: ArticleContext, start: dt.date | None) -> bool:
    """A meeting that begins after the story's day has not been held: it is scheduled."""
    return start is not None and context.reference is not None and start > context.reference


_OFFICE = (
    r"(?:(?:foreign|finance|trade|defen[cs]e|energy|oil|economy|economic|interior|agriculture|"
    r"environment)[ \t]+)?(?:ministers|leaders|presidents|prime[ \t]+ministers|premiers|"
    r"heads[ \t]+of[ \t]+(?:state|government))"
)
_COUNTRIES_VERB = (
    r"(?:(?:have|had|also|today|yesterday)[ \t]+)?(?:met|meet|meets|gathered|convened|"
    r"(?:held|hold|holds|began|opened)[ \t]+(?:[\w-]+[ \t]+)?talks)(?![\w-])"
)
# "The foreign ministers of India and Pakistan, Natwar Singh and Khurshid Kasuri, met in
# Islamabad", "Finance ministers from Brazil, Russia, India and China met", "Indian and
# Pakistani foreign ministers met": the countries are the subject of the meeting, its people
# often unnamed.
_OFFICE_OF_COUNTRIES = re.compile(
    rf"(?<![\w-])(?i:{_OFFICE})[ \t]+(?:of|from)[ \t]+(?P<list>[^.;:]{{3,120}}?)"
    rf"(?:,[^,;.:]{{1,80}},)?[ \t]+{_COUNTRIES_VERB}"
)
_COUNTRIES_OFFICE = re.compile(
    rf"(?P<list>(?<![\w-])[A-Z][^.;:]{{2,80}}?)[ \t]+(?i:{_OFFICE})[ \t]+{_COUNTRIES_VERB}"
)
_LIST_START = re.compile(r"(?:the[ \t]+)?")
_COUNTRY_LIST_GAP = re.compile(r"(?:,|,?[ \t]+and|,?[ \t]+&)[ \t]+(?:the[ \t]+)?")


def _country_list(context: ArticleContext, start: int, end: int) -> list[str]:
    """The countries ``text[start:end]`` lists and nothing else ("India and Pakistan", "the
    United States, Britain and France"), or none."""
    mentions = [
        c
        for c in context.between(context.countries, start, end)
        if c.kind in {"name", "demonym"} and len(c.code) == 2
    ]
    if len(mentions) < 2:
        return []
    lead_in = _LIST_START.match(context.text, start, mentions[0].start)
    if lead_in is None or lead_in.end() != mentions[0].start:
        return []
    for before, after in pairwise(mentions):
        if not _COUNTRY_LIST_GAP.fullmatch(context.text, before.end, after.start):
            return []
    if context.text[mentions[-1].end : end].strip():
        return []
    codes = unique([c.code for c in mentions])
    return codes if len(codes) >= 2 else []


def _countries_meeting(context: ArticleContext, meeting: list[Sentence]) -> Summit | None:
    """A meeting whose subject is its countries' ministers or leaders, told in the story's
    opening: a record of those countries, its place and day from the sentence that tells it."""
    opening = {s.start for s in context.sentences[:_OPENING_SENTENCES]}
    for sentence in meeting:
        if sentence.start not in opening or _is_background(context, sentence):
            continue
        for pattern in (_OFFICE_OF_COUNTRIES, _COUNTRIES_OFFICE):
            for match in pattern.finditer(context.text, sentence.start, sentence.end):
                if context.in_quote(match.start(), match.end()):
                    continue
                countries = _country_list(context, *match.span("list"))
                if not countries:
                    continue
                evidence = _Evidence(meeting=[sentence], lead=None)
                location, host = _place_in(context, sentence)
                if location is None and host is None:
                    location, host = _place(context, evidence)
                start_date, end_date = _dates(context, evidence)
                if _still_to_come(context, start_date):
                    return None
                return _record(
                    context,
                    evidence,
                    [],
                    countries,
                    (location, host),
                    (start_date, end_date),
                    [sentence],
                )
    return None


def unique_sentences(sentences: list[Sentence]) -> list[Sentence]:
    """Sentences in text order, each once."""
    return sorted({s.start: s for s in sentences}.values(), key=lambda s: s.start)


def _without_host_talks(
    meetings: list[Meeting],
    main: Summit | None,
    participants: list[PersonMention],
    in_lead: set[str],
) -> list[Meeting]:
    """A lead that names the traveller alone ("During a one-day visit to Warsaw, French
    President Sarkozy announced …") leaves his talks with the host's leader to a later sentence
    ("Sarkozy also told a joint news conference with Polish Prime Minister Tusk …"): that one
    meeting is the visit's own, already in the main record, not a further one."""
    travellers = [p for p in participants if p.name in in_lead]
    if main is None or main.country is None or len(travellers) != 1:
        return meetings
    traveller = travellers[0].name
    host_talks = [
        m
        for m in meetings
        if traveller in m.names
        and not m.separate
        and all(p.country == main.country for p in (m.first, m.second) if p.name != traveller)
    ]
    if len(host_talks) != 1:
        return meetings
    return [m for m in meetings if m is not host_talks[0]]


def find_summits(context: ArticleContext) -> list[Summit]:
    """The summits the article reports: its main meeting, and each further meeting of two that
    a sentence tells ("Later in the day Bush met with Canada's Prime Minister")."""
    lead = _lead_sentence(context)
    if _lead_rules_out_summit(context, lead):
        return []
    context = dataclasses.replace(context, people=enriched_people(context))
    meeting = [
        s for s in context.sentences if _is_meeting(context, s) and not _is_background(context, s)
    ]
    body = _body_meeting(context)
    if body is not None:
        found = _body_summit(context, body[0], body[1], meeting)
        if found is not None:
            return [found, *_sideline_summits(context, body[0], found, meeting)]
    if not meeting:
        return []
    evidence = _Evidence(meeting=meeting, lead=lead)
    participants = _participants(context, evidence)
    main = _summit(context, evidence, participants)
    if main is None and _summit_story(context):
        # The story is a summit's ("Summit of South American and Arab Countries in Brazil")
        # whose leaders are named where they speak, not where it meets.
        widened = {p.name: p for p in participants + _article_leaders(context)}
        main = _summit(context, evidence, sorted(widened.values(), key=lambda p: p.start))
    if main is None:
        main = _countries_meeting(context, meeting)
    former = _former_leaders(context)
    meetings = [m for m in find_meetings(context, context.people, meeting) if not m.names & former]
    in_lead = {p.name for p in context.within(context.people, lead)} if lead else set()
    meetings = _without_host_talks(meetings, main, participants, in_lead)
    # A gathering is told by the lead's people: two ministers meeting apart from them, further
    # down, make no gathering of the lead's bilateral.
    apart = {name for m in meetings if not m.names & in_lead for name in m.names}
    core = [p for p in participants if p.name not in apart]
    gathering = _summit(context, evidence, core) if apart and core else main
    # (either side may be the new one: "X received Li", "Li met X")
    if not any(m.names - in_lead or m.separate for m in meetings) or (
        gathering is not None and len(gathering.countries) > _SIDELINE_LIMIT
    ):
        return [main] if main is not None else []
    # Several meetings: the main one keeps the people its lead names, or else loses those who
    # only appear as the other side of a further meeting.
    lead_people = [p for p in participants if p.name in in_lead]
    if len(lead_people) < 2:
        # the other side of a further meeting, not the traveller who is in several of them
        sides = Counter(name for m in meetings for name in m.names)
        elsewhere = {name for name, count in sides.items() if count == 1} - in_lead
        lead_people = [p for p in participants if p.name not in elsewhere]
    whole = main
    main = _summit(context, evidence, lead_people) if len(lead_people) >= 2 else None
    summits = [main] if main is not None else []
    main_names = {p.name for p in lead_people} if main is not None else set()
    summits += [
        _pair_summit(context, m, whole)
        for m in meetings
        if not m.names <= main_names or (m.separate and m.names != main_names)
    ]
    return summits
