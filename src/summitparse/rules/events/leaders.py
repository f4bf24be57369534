"""Who a person is, as far as a meeting needs it: a title and a country, wherever the copy says.

The people finder reads a title written before a name ("Indian Prime Minister Manmohan
Singh"). Real copy as often gives it after the name or around a body of words the finder leaves
alone, and a summit without its participants' countries is no summit. Read here, for meetings:

* an apposition after the name: "George W. Bush, the President of the United States," and
  "Lazar Comanescu, the Romanian Foreign Affairs minister";
* a title ending in "of <country>" just before the name: "the Deputy Prime Minister and
  Foreign Minister of Nepal K P Sharma Oli";
* a demonym before a title the finder kept without its country: "the German Economic Minister
  Michael Glos";
* a country right after the name ("Alvaro Uribe from Colombia", "John Kufuor of Ghana") and a
  plural title before a list of names ("the presidents Hugo Chávez … and …");
* and what one mention of a name says holds for all its mentions.

Each reading is anchored on the name itself, so a demonym elsewhere in the sentence ("met the
Indian delegation … Prime Minister X") never gives a person a country.
"""

from __future__ import annotations

import dataclasses
import re

from summitparse.rules.context import ArticleContext
from summitparse.rules.events.data import LEADER_TITLES
from summitparse.rules.people.finder import PersonMention
from summitparse.rules.places.countries import country_code

__all__ = ["enriched_people"]

_TITLE = r"(?:" + "|".join(sorted(LEADER_TITLES, key=len, reverse=True)) + r")"
# ", the President of Guatemala", ", the Romanian Foreign Affairs minister", ", President of X".
# Wikinews copy sometimes leaves a demonym as "Romania n" where a link was cut.
_APPOSITION = re.compile(
    # (capitals stay capitals under IGNORECASE: ", received the president of …" is a verb)
    rf",\s+(?:the\s+)?(?:(?P<demonym>(?-i:[A-Z])[\w'’-]+(?:\s+n)?)\s+)?"
    rf"(?P<title>(?:(?:(?-i:[A-Z])[a-z]+|foreign|affairs|external|economic|defen[cs]e|finance)\s+)"
    rf"{{0,3}}"
    rf"{_TITLE})"
    rf"(?:\s+of\s+(?P<country>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){{0,3}}))?"
    rf"(?=\s*[,.;)]|\s+(?:and|who|met|visited|has|had|was|is|said)\b)",
    re.IGNORECASE,
)
# "… Foreign Minister of Nepal K P Sharma Oli": a title closed by "of <country>" before the name.
_TITLE_OF_BEFORE = re.compile(
    rf"(?P<title>(?:(?:Deputy|Vice|Acting|First)\s+)?{_TITLE}(?:\s+and\s+[\w ]{{3,30}}?)?)"
    rf"\s+of\s+(?P<country>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})\s+\Z",
    re.IGNORECASE,
)
# Between a demonym and the name: title words only ("Economic Minister ", "External Affairs
# Minister "), so "Indian troops led by Minister X" gives X nothing.
_TITLE_WORDS_GAP = re.compile(
    r"\A(?:\s?n)?\s+(?:(?:[A-Z][\w'’-]*|minister|president|prime|foreign|affairs|defen[cs]e)\s+)"
    r"{1,4}\Z"
)
# "Alvaro Uribe from Colombia", "John Kufuor of Ghana, the host": the country after the name.
_FROM_COUNTRY = re.compile(
    r",?\s+(?:from|of)\s+(?P<country>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
    r"(?=\s*[,.;)]|\s+(?:and|who|met|said|says|was|were|is|are|has|had|have|put|held)\b)"
)
# "the presidents Hugo Chávez … and …": a plural title before the first of several names.
_PLURAL_TITLE_BEFORE = re.compile(
    r"(?<![\w-])(?P<title>(?i:presidents|prime ministers|foreign ministers|leaders))\s+"
    r"(?:(?:[A-Z][\w'’.-]*\s+){1,4}(?:(?:from|of)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?"
    r",?\s+and\s+)?\Z"
)
_LOOKBACK = 80
_LOOKAHEAD = 90


def _country_of(name: str | None) -> str | None:
    if not name:
        return None
    name = re.sub(r"\s+n$", "", name.strip())
    code = country_code(re.sub(r"^the\s+", "", name, flags=re.IGNORECASE))
    return code if code is not None and len(code) == 2 else None


def _title_case(title: str) -> str:
    """ "Foreign Affairs minister" keeps its words; only a wholly lower-case title is raised."""
    return title[:1].upper() + title[1:] if title.islower() else title


def _apposition(context: ArticleContext, person: PersonMention) -> tuple[str | None, str | None]:
    match = _APPOSITION.match(context.text, person.end, person.end + _LOOKAHEAD)
    if match is None:
        return None, None
    country = _country_of(match.group("country")) or _country_of(match.group("demonym"))
    return _title_case(match.group("title")), country


def _stated_country(context: ArticleContext, person: PersonMention) -> str | None:
    """The country an apposition states outright: "Tony Blair, prime minister of the United
    Kingdom," — it outweighs a country the finder guessed from words nearby ("… which holds
    the EU presidency")."""
    match = _APPOSITION.match(context.text, person.end, person.end + _LOOKAHEAD)
    return _country_of(match.group("country")) if match is not None else None


def _from_country(context: ArticleContext, person: PersonMention) -> str | None:
    match = _FROM_COUNTRY.match(context.text, person.end, person.end + _LOOKAHEAD)
    return _country_of(match.group("country")) if match is not None else None


def _plural_title(context: ArticleContext, person: PersonMention) -> str | None:
    match = _PLURAL_TITLE_BEFORE.search(context.text, max(0, person.start - 90), person.start)
    return _title_case(match.group("title")[:-1]) if match is not None else None


def _before(context: ArticleContext, person: PersonMention) -> tuple[str | None, str | None]:
    window_start = max(0, person.start - _LOOKBACK)
    before = context.text[window_start : person.start]
    match = _TITLE_OF_BEFORE.search(before)
    if match is not None:
        country = _country_of(match.group("country"))
        if country is not None:
            return person.title or _title_case(match.group("title")), country
    if person.title is None:
        return None, None
    near = context.between(context.countries, window_start, person.start)
    if near and _TITLE_WORDS_GAP.match(context.text[near[-1].end : person.start]):
        code = near[-1].code
        return person.title, code if len(code) == 2 else None
    return None, None


def enriched_people(context: ArticleContext) -> list[PersonMention]:
    """``context.people`` with titles and countries the finder left out, read around each name
    and shared by every mention of the same name. Linear: one look at each mention's
    neighbourhood, then one pass to share what was found."""
    found: dict[str, tuple[str | None, str | None]] = {}
    stated: dict[str, str] = {}
    for person in context.people:
        title, country = person.title, person.country
        said = _stated_country(context, person)
        if said is not None and said != country:
            stated.setdefault(person.name, said)
        if title is None or country is None:
            extra_title, extra_country = _apposition(context, person)
            if extra_title is None and extra_country is None:
                extra_title, extra_country = _before(context, person)
            title = title or extra_title or _plural_title(context, person)
            country = country or extra_country or _from_country(context, person)
        known_title, known_country = found.get(person.name, (None, None))
        found[person.name] = (known_title or title, known_country or country)
    people = []
    for person in context.people:
        title, country = found[person.name]
        if person.name in stated:
            person = dataclasses.replace(person, country=stated[person.name])
            country = stated[person.name]
        if title == person.title and country == person.country:
            people.append(person)
        else:
            people.append(
                dataclasses.replace(
                    person, title=person.title or title, country=person.country or country
                )
            )
    return people
