"""Agreements: treaties, partnerships, memoranda, statements, plans and programmes.

Three ways an agreement is named in wire copy:

* a proper name ending in an agreement noun — "Japan-Italy Acquisition and Cross-Servicing
  Agreement (ACSA)", "Global Combat Air Programme", "Treaty of Lisbon";
* a quoted designation — elevating ties to a "special strategic partnership";
* a described one — "signed a memorandum of understanding on cybersecurity", "a defence pact".

Each place a name stands is a *mention*, with the status its clause gives it ("entered into
force", "signed", "under negotiation": the status words nearest the name win) and the date in
that clause. Mentions of one agreement are then grouped — same name, an acronym, or a described
mention of the same kind as a named one ("a treaty" … "the Energy Interconnection Treaty") — and
the group takes the most advanced status. An upgrade ("elevating the existing X to Y", "lifts
ties from X") records X as ``previous`` of Y, not as an agreement of its own.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from summitparse.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    DateMention,
    Granularity,
    Summit,
)
from summitparse.rules.context import ArticleContext
from summitparse.rules.events.agreement_names import (
    ACRONYM_HEADS,
    ACRONYM_NOUNS,
    ACRONYM_PLURALS,
    ACRONYM_QUALIFIES,
    EXTRA_STATUS_RULES,
    INTENT_HEADS,
    INTENT_NOUNS,
    NAMED_ACRONYM_KINDS,
    NAMED_ACRONYMS,
    STANDING_AGREEMENTS,
)
from summitparse.rules.events.bodies import BODIES, body_members
from summitparse.rules.events.clauses import Clause, clause_around, codes, unique
from summitparse.rules.events.data import (
    AGREEMENT_NOUNS,
    DOMAIN_MODIFIERS,
    HEAD_KINDS,
    KIND_RULES,
    SPECIFIC_HEADS,
    STATUS_ORDER,
    STATUS_RULES,
    SUMMIT_BODIES,
    SUMMIT_HEADS,
    TOPIC_WORDS,
)
from summitparse.rules.places.countries import CountryMention, country_code, find_countries
from summitparse.text import Sentence

__all__ = ["find_agreements"]

# "declaration of intent" before "declaration", so that the longer head wins.
_NOUN = r"(?:" + "|".join((*INTENT_NOUNS, ACRONYM_NOUNS, *AGREEMENT_NOUNS)) + r")"
_CAP_NOUN = (
    r"(?:Agreement|Accord|Treaty|Convention|Protocol|Charter|Pact|Partnership|Memorandum"
    r"(?: of (?:Understanding|Cooperation))?|Declaration|Statement|Communiqu[eé]|Plan|Programme|"
    r"Program|Framework|Deal|Roadmap)"
)
# "the Energy Treaty on Monday": a day or month after "on" is a date, not part of the name.
_CALENDAR_WORD = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b"
)
# One way only to read "Japan-Italy-France": a hyphen before a capital belongs to the word, so
# a chain of n parts is not split 2**n ways before a name fails ("the Japan-Italy-... agreement"
# took minutes at 300 characters). "[A-Z]{2,}" needs no branch of its own: the first one reads it.
_CAP_WORD = r"(?:[A-Z][\w'’.]*(?:-[A-Z][\w'’.]*)*|\d+(?:\+\d*)?(?:-[A-Z][\w'’.]*)*)"
_CONNECT = r"(?:\s+(?:and|of|for|on|the|de|to|in|with|&)\s+|\s+|-(?![A-Z]))"
_PROPER = re.compile(
    # A whole word: "North Korea According to …" holds no accord; "the Oslo Accords" does.
    rf"(?<![\w-])(?P<name>(?:{_CAP_WORD}{_CONNECT}){{1,10}}?{_CAP_NOUN}s?(?:\s+{_CAP_NOUN}s?)*"
    rf"(?![\w-])"
    # "… on Tariffs and Trade", "… on the Law of the Sea": capitalised words, with the small
    # words that join them, name what it is about.
    rf"(?:\s+(?:of|on|for)\s+(?:the\s+)?(?!{_CALENDAR_WORD}){_CAP_WORD}"
    rf"(?:\s+(?:(?:and|of|the|&)\s+){{0,2}}(?!{_CALENDAR_WORD}){_CAP_WORD}){{0,3}})?)"
    rf"(?:\s*\((?P<acronym>[A-Z][A-Za-z0-9-]{{1,9}})\))?"
)
# "signed New START", "renegotiate NAFTA": an acronym that is an agreement's whole name. One
# before an agreement noun ("the AUKUS pact") is read with it, as a described name; one in
# brackets only spells out the name before it ("the General Agreement on Tariffs and Trade
# (GATT)").
_NAMED_ACRONYM = re.compile(
    rf"(?<![\w(-]){NAMED_ACRONYMS}(?![\w-])"
    rf"(?!\s+(?:(?:{_NOUN}|(?-i:{ACRONYM_QUALIFIES}))(?![\w-])|(?-i:[A-Z0-9])))",
    re.IGNORECASE,
)
_QUOTED = re.compile(rf"[\"“](?P<name>[^\"“”\n]{{0,60}}?\b{_NOUN})[.,]?[\"”]", re.IGNORECASE)
# Words that cannot stand inside an agreement's name: "two leaders also signed a declaration"
# must not read as the name "leaders also signed a declaration".
_FUNCTION = (
    r"(?:a|an|the|or|but|of|to|also|has|have|had|was|were|is|are|be|been|will|would|"
    r"signed|agreed|reached|announced|said|says|with|by|at|in|on|for|that|which|who)"
)
# "a $5 billion deal", "a 7.4 billion euro partnership deal", "a 30-day ceasefire".
_AMOUNT = (
    r"(?:[$€£¥]?\d[\d.,]*(?:[ -]?(?:billion|million|trillion|bn|mn|m))?"
    r"(?:[ -](?:dollar|euro|pound|yen|yuan|day|year|month))?[ -]+)"
)
# A modifier word: "nuclear", "free-trade", and country names written with dots ("U.S.-India",
# "the U.S. civil nuclear energy pact").
_MODIFIER = rf"(?!{_FUNCTION}\b)[a-z][a-z-]*(?:\.[a-z-]*)*"
_DESCRIBED_NAME = (
    rf"(?P<name>{_AMOUNT}?(?:{_MODIFIER}\s+){{0,4}}?{_NOUN}"
    rf"(?:\s+{_NOUN})*"  # "a ceasefire agreement", "a framework agreement"
    rf"(?P<tail>\s+(?:on|for)\s+(?:[\w-]+\s+){{0,6}}[\w-]+)?)(?![\w-])"
)
_DETERMINER = r"(?:a|an|the|their|its|new|two)"
_DESCRIBED = re.compile(rf"\b{_DETERMINER}\s+{_DESCRIBED_NAME}", re.IGNORECASE)
# Headlines drop the article: "Germany, India sign defence accord", "China, EU reach deal on
# textile import". There a verb of agreeing, or a preposition, opens the described name.
_HEADLINE_DESCRIBED = re.compile(
    rf"(?:\b(?:{_DETERMINER}|sign(?:s|ed|ing)?|reach(?:es|ed)?|strikes?|struck|"
    rf"seal(?:s|ed)?|ink(?:s|ed)?|agree(?:s|d)?(?:\s+(?:on|to))?|approves?|approved|"
    rf"toward|towards|offers?|offered|propos(?:es|ed)|releases?|released|issues?|issued|"
    rf"ratif(?:y|ies|ied)|backs?|backed|endorses?|endorsed|adopts?|adopted|conclude[sd]?|"
    rf"on|over)\s+)"
    rf"{_DESCRIBED_NAME}",
    re.IGNORECASE,
)
# Words that end a described name's "on …"/"for …" tail: the clause goes on past them.
_TAIL_STOP = re.compile(
    r"\s+(?:that|which|who|and|to|with|in|by|at|from|after|before|was|were|is|are|be|been|"
    r"would|will|could|as|while|amid|despite|since|until|last|next|this|on|for|during|when|"
    r"including|under|ahead|following|between|across|through|via)\b.*$",
    re.IGNORECASE,
)
_UPGRADE = re.compile(r"\b(?:upgrad\w*|elevat\w*|rais\w*|lift\w*|promot\w*)\b", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the|a|an|their|its)?\s*$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s+(?:the|a|an|their|its)?\s*[\"“]?$", re.IGNORECASE)
# Right before the name only: "a possible India-China Regional Trade Agreement" is proposed, a
# "potential takeover group" elsewhere in the clause says nothing of it.
# Right before the name only, as for _POSSIBLE: "to resume bilateral agreements" takes up
# agreements of before, "reserve the right to resume action" after a ceasefire does nothing to it.
_RESUMED = re.compile(
    r"\bresum(?:e|ed|es|ing)\s+(?:(?:the|their|its|all)\s+)?$",
    re.IGNORECASE,
)
_POSSIBLE = re.compile(r"\b(?:a|an|the)\s+(?:possible|potential|prospective)\s+$", re.IGNORECASE)
# "have declared in an official memorandum": the document announces what they declared. A
# ceasefire "declared" alone is one side's, not an agreement.
_DECLARED_IN = re.compile(
    r"\bdeclared\s+(?:in|by)\s+(?:a|an|the|their|its|a\s+joint)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_STATUS = [
    (re.compile(pattern, re.IGNORECASE), status)
    for pattern, status in (*STATUS_RULES, *EXTRA_STATUS_RULES)
]
_HEADS = [(re.compile(pattern, re.IGNORECASE), kind) for pattern, kind in HEAD_KINDS]
_KINDS = [(re.compile(pattern, re.IGNORECASE), kind) for pattern, kind in KIND_RULES]
# Words of a sentence about a company, a party or a union: a bare "agreement" there is theirs.
_NON_STATE = (
    r"\b(?:Co|Corp|Inc|Ltd|plc|SpA|SPA|AG|GmbH|LLC|NV|NGOs?|NGO's)\b|"
    r"\b(?:compan(?:y|ies)|firms?|carmakers?|automakers?|makers?|manufacturers?|airlines?|"
    r"banks?|corporations?|subsidiar(?:y|ies)|shareholders?|merger|takeover|buyout|"
    r"contracts?|exporters?|importers?|investors?|consortium|activists?|campaigners?|"
    r"retailers?|brands?|chains?|[A-Za-z]+-based)\b"
)
# A bare "communiqué signed by 12 NGOs" is theirs, not the countries'.
_NON_STATE_SIGNERS = re.compile(_NON_STATE)
_COMPANY = re.compile(
    _NON_STATE + r"|\b(?:clubs?|unions?|players?|parties|party)\b"
    # "Air India has signed a deal": an airline named after its country
    r"|\bAir\s+(?!Forces?\b|Marshal\b|Chief\b|Defen[cs]e\b|Command\b)[A-Z][a-z]+"
)
# A bare generic head refers to an agreement named elsewhere ("the deal", "the accord"); it
# makes a record of its own only under _stands_alone.
_GENERIC_REFERENCES = frozenset({"agreement", "deal", "accord", "pact"}) | ACRONYM_HEADS
_GENERIC_HEAD = re.compile(r"(?:agreement|deal|pact|accord|framework)$")
_NOUN_IN_NAME = re.compile(rf"\b{_NOUN}\b", re.IGNORECASE)
_TOPIC = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in TOPIC_WORDS) + r")\b", re.IGNORECASE)
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_JOINT_STATEMENT = re.compile(
    r"\b(?:joint (?:statement|declaration|communiqu)|communiqu|declaration)", re.IGNORECASE
)
_DURATION = re.compile(
    r"(?:the\s+)?(?:(?:past|next|last|first|coming|following)\s+)?(?:[\w-]+\s+)?"
    r"(?:days?|weeks?|months?|years?|decades?)\b",
    re.IGNORECASE,
)
_PURPOSE = re.compile(r"\s+to\s+(?!be\b)[a-z]+(?:\s+[\w'’-]+){0,4}")
# "agreed to a deal to relieve the debts of 18 of the poorest countries": the infinitive says
# which deal, read a little further than a treaty's purpose, which names it already.
_DEAL_PURPOSE = re.compile(r"\s+to\s+(?!be\b)[a-z]+(?:\s+[\w'’-]+){0,6}")
_TRAILING_FUNCTION = re.compile(r"(?:\s+(?:of|the|a|an|and|or|to|in|on|for|with|its|their))+$")
# Words of a sentence about companies, parties or unions, for a deal named by its purpose
# alone ("reached an agreement to purchase Highland Radio", "a deal to form a coalition"):
# campaigners and NGOs only comment on a deal between states.
# A firm's suffix is matched as written ("co-operation" and "Co-operation" are no "Co"); the
# European and African Unions, the Soviet Union, the Paris Club and the West Bank are no union,
# club or bank.
_CORPORATE = re.compile(
    r"(?-i:\b(?:Co|Corp|Inc|Ltd|plc|SpA|SPA|AG|GmbH|LLC|NV)\b(?!-))|"
    r"\b(?:compan(?:y|ies)|firms?|carmakers?|automakers?|makers?|manufacturers?|airlines?|"
    r"(?<!West )banks?|corporations?|subsidiar(?:y|ies)|shareholders?|stockholders?|merger|"
    r"takeover|buyout|contracts?|consortium|retailers?|brands?|chains?|[A-Za-z]+-based|"
    r"(?<!Paris )clubs?|(?<!European )(?<!African )(?<!Soviet )unions?|"
    r"players?|parties|party|coalition|plea|lawmakers|senators?|strikes?|prosecutors?)\b",
    re.IGNORECASE,
)
# Several agreements at once: "signed several agreements on energy", "adopted accords with
# ASEAN", "to resume bilateral agreements". Only after a verb that does something to them, so
# that "both agreements aim for …" refers back; deals in the plural are companies' and are left
# out.
_PLURAL_NOUN = (
    r"(?:agreements|accords|treaties|memorand(?:a|ums)(?:\s+of\s+(?:understanding|cooperation))?|"
    rf"pacts|protocols|conventions|{ACRONYM_PLURALS})"
)
_PLURAL = re.compile(
    r"\b(?:sign(?:s|ed|ing)?|inked|conclud(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|reach(?:es|ed)?|"
    r"struck|seal(?:s|ed)?|approv(?:e|es|ed)|resum(?:e|es|ed|ing)|renew(?:s|ed)?|"
    r"ratif(?:y|ies|ied))\s+(?:(?:a|an|the|their)\s+)?"
    rf"(?P<name>(?:(?:series|number|set|raft|package|host|string|pair|range)\s+of\s+)?"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|many|"
    r"numerous|various|a\s+dozen)\s+)?"
    rf"(?:{_MODIFIER}\s+){{0,3}}?{_PLURAL_NOUN})(?![\w-])"
    r"(?P<tail>\s+(?:on|for)\s+(?:[\w-]+\s+){0,4}[\w-]+)?",
    re.IGNORECASE,
)
_SINGULAR = (
    (re.compile(r"treaties\b", re.IGNORECASE), "treaty"),
    (re.compile(r"memorand(?:a|ums)\b", re.IGNORECASE), "memorandum"),
    (re.compile(r"(agreement|accord|pact|protocol|convention)s\b", re.IGNORECASE), r"\1"),
    (re.compile(r"\b(FTA|MoU|MOU)s\b"), r"\1"),
)
# "the final declaration of the NATO Summit in Bucharest": the meeting it came from names it.
_OF_MEETING = re.compile(
    r"\s+of\s+the\s+(?:[A-Z0-9][\w'’.-]*\s+){0,4}(?:Summit|summit|Conference|conference|"
    r"[Mm]eeting)\b(?:\s+(?:in|at)\s+[A-Z][\w'’-]*)?"
)
_DEADLINE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
_TALKS_ON = re.compile(
    r"\b(?:talks|negotiations|discussions)\s+(?:on|over|about|for)\s+(?:the|a|an|its|their)?\s*$",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"\b(?:(?:no|not|never|without)\b(?:\s+\w+)?|"
    # "refused to sign its nonaggression treaty": what a party will not do is no event.
    r"(?:refus\w*|declin\w*|reject\w*)\s+to\s+(?:sign|join|ratify|accept))"
    r"(?:\s+(?:its|the|a|an|their|any))?\s+$",
    re.IGNORECASE,
)
# Ceasefires in the news are often between a government and its rebels: a domestic matter.
_WAR_HEAD = re.compile(r"\b(?:cease-?fire|truce|armistice)\b", re.IGNORECASE)
_PEACE = re.compile(r"\b(?:cease-?fire|truce|armistice|peace)\b", re.IGNORECASE)
_PEACE_WORD = re.compile(r"\bpeace\b", re.IGNORECASE)
_ARMED_GROUP = re.compile(
    r"\b(?:rebels?|rebel group|guerr?ill?as?|insurgents?|insurgency|separatists?|militias?|"
    # "ETA had been fighting a terrorist war … until it announced a permanent ceasefire"
    r"paramilitar\w*|terrorists?)\b",
    re.IGNORECASE,
)
# "a unilateral ceasefire", "a one-sided truce": one side's, not an agreement between two.
_ONE_SIDED = re.compile(r"\b(?:unilateral|one-sided)\b", re.IGNORECASE)
_STATEMENT_HEAD = re.compile(r"communiqu|declaration|statement", re.IGNORECASE)
# An agency's programme, and a lender's programme with one borrowing country ("the IMF
# programme"), are not agreements between countries.
_ORGANISATION = re.compile(
    r"\b(?:(?:World Food|Development|Environment|Food|Humanitarian|Space|Research) Program(?:me)?|"
    r"(?:IMF|World Bank)\s+(?:programme|program|loan))\b"
)
# A party's convention is a gathering, and a convention centre a building, not treaties.
_GATHERING = re.compile(r"\b(?:National Convention|Party\b.*Convention)$")
_BUILDING = re.compile(r"\s+(?:Center|Centre|Hall|Complex|Arena)\b")
_OWNED_BY_ORGANISATION = re.compile(r"\b(?:UN|U\.N\.|United Nations)(?:'s|’s)?\s+$")
# "the U.S. Committee for the Implementation of Textile Agreements": a body's name holds the
# agreement's, which is no agreement of its own.
_BODY_NAMED_FOR = re.compile(
    r"\b(?:Committee|Commission|Council|Office|Agency|Department|Ministry|Institute|Cent(?:re|er)|"
    r"Bureau|Tribunal|Secretariat|Organi[sz]ation|Board|Authority)\s+(?:for|of|on)\s+(?:the\s+)?$"
)
# A country after these words is what the agreement is about or against, not a party to it:
# "to reduce dependence on China", "sanctions against Russia".
_NOT_A_PARTY = re.compile(
    r"\b(?:on|against|over|about|towards|from|rival|counter|curb|bypass|excluding|without|"
    r"except|reliance on|dependence on|"
    # "a ceasefire brokered by France": the mediator is no party to it.
    r"(?:brokered|mediated|facilitated|hosted|sponsored)\s+by)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Words a sentence or a clause opens with, capitalised as a name's first word would be.
_OPENING_WORDS = frozenset(
    "The A An the Once After Before Under Since When While If Although Though With Without "
    "Following During As In By Despite Until Unlike Like Because Both Its Their This That "
    "Our His Her Whether Unless Upon".split()
)
# "Officials from Bulgaria, Greece and Russia signed": people sent from a country speak for it.
_SENT_FROM = re.compile(
    r"\b(?:officials?|ministers?|delegat(?:es?|ions?)|leaders?|representatives?|envoys?|"
    r"negotiators?|diplomats?|heads? of state)\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A headline tells what was done in the present tense: "Russia and Ukraine reach gas deal",
# "EU, China strike textile accord". (In a body "to reach a deal" is still sought.)
_HEADLINE_AGREES = re.compile(
    r"\b(?:reach(?:es)?|strikes?|seals?|clinch(?:es)?|agrees?(?:\s+(?:on|to))?|"
    # "G8 members release statement on Zimbabwe", "China, EU issue joint statement"
    r"finali[sz]es?|hammers?\s+out|releases?|issues?)\s+(?:(?:a|an|the|new|joint)\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_WORDS = frozenset(
    "is are was were be been will would can could should this that these those we our it "
    "they their i you he she not".split()
)
# First words that make a described mention a reference to something named elsewhere.
_STATUS_ADJECTIVES = frozenset(
    {
        "draft",
        "proposed",
        "planned",
        "landmark",
        "historic",
        "long-awaited",
        "first-ever",
        "final",
        "interim",
        "preliminary",
        "provisional",
        "new",
        "earlier",  # "confirmed an earlier deal to cancel the debts": when, not which
    }
)
_VAGUE_MODIFIERS = frozenset(
    {
        "real",  # "the real treaty submitted to voters": the one named before
        "actual",
        "upgraded",
        "existing",
        "same",
        "current",
        "previous",
        "broader",
        "wider",
        "this",
        "that",
        "such",
        "any",
        "other",
        "overall",
        "two",
        "latest",
    }
)


@dataclass
class _Mention:
    """One place an agreement is named, with what its clause says about it."""

    name: str
    start: int
    end: int
    sentence: Sentence
    clause: Clause
    proper: bool
    kind: AgreementKind
    status: AgreementStatus = "other"
    acronym: str | None = None
    previous: str | None = None
    upgraded: bool = False
    bare: bool = False  # "the treaty": only ever a reference to an agreement named elsewhere
    cancelled: bool = False  # "withdrew from the ceasefire": called off
    plural: bool = False  # "signed several agreements": a record of its own, never a reference


def _singular(name: str) -> str:
    """ "several trade agreements" reads as "trade agreement" for its kind."""
    for pattern, singular in _SINGULAR:
        name = pattern.sub(singular, name)
    return name


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", _LEADING_ARTICLE.sub("", name.lower())).strip()


def _clean(name: str) -> str:
    return _LEADING_ARTICLE.sub("", name.strip(' "“”.,')).strip()


def _kind(name: str) -> AgreementKind:
    """The head noun decides ("Partnership for Energy Security"); a generic head ("Economic
    Partnership Agreement", "defence pact") takes its kind from the modifiers; an acronym
    that is a whole name ("New START", "NAFTA") has its own."""
    if _NAMED_ACRONYM.fullmatch(name):
        return NAMED_ACRONYM_KINDS.get(name.split()[0].split("-")[0], "other")
    core = re.split(r"\s+(?:of|for|on)\s+(?!understanding|cooperation|conduct)", name, maxsplit=1)[
        0
    ]
    nouns = list(_NOUN_IN_NAME.finditer(core)) or list(_NOUN_IN_NAME.finditer(name))
    head = nouns[-1].group(0).lower() if nouns else ""
    if head in ACRONYM_HEADS:
        return "trade"  # "FTA", "CEPA"
    if head and not _GENERIC_HEAD.search(head):
        for pattern, kind in _HEADS:
            if pattern.search(head):
                return kind  # type: ignore[return-value]
    for pattern, kind in _KINDS:
        if pattern.search(name):
            return kind  # type: ignore[return-value]
    return "other"


# A status, or words that call the agreement off ("cancelled") or only threaten to ("halted").
_Reading = Literal[
    "proposed",
    "negotiating",
    "announced",
    "signed",
    "in_force",
    "reaffirmed",
    "other",
    "cancelled",
    "halted",
]
_StatusWord = tuple[int, int, int, _Reading]  # start, end, rule rank, reading
_Sides = tuple[list[_StatusWord], list[int]]


@lru_cache(maxsize=256)
def _status_words(clause_text: str, offset: int) -> tuple[_StatusWord, ...]:
    """Every status phrase in a clause, found once however many names the clause holds."""
    return tuple(
        (offset + match.start(), offset + match.end(), rank, status)  # type: ignore[misc]
        for rank, (pattern, status) in enumerate(_STATUS)
        for match in pattern.finditer(clause_text)
    )


# Words that open a clause of its own after a name: what is done in it is done to something
# else ("seek a peace treaty because it was not a signatory to the ceasefire, which was signed
# by U.S.-led forces"; "a new treaty banning cluster munitions, demonstrating that we can
# continue to ban weapons").
_BARRIER = re.compile(
    r"\b(?:because|although|though|whereas|unless|demonstrating|showing|meaning)\b", re.IGNORECASE
)


@lru_cache(maxsize=256)
def _barriers(clause_text: str, offset: int) -> tuple[int, ...]:
    """Where the clause's subordinate clauses begin, found once per clause."""
    return tuple(offset + match.start() for match in _BARRIER.finditer(clause_text))


@lru_cache(maxsize=256)
def _status_sides(clause_text: str, offset: int) -> tuple[_Sides, _Sides]:
    """The clause's status words sorted by where they end and by where they start, each with
    those positions, for bisecting."""
    words = _status_words(clause_text, offset)
    by_end = sorted(words, key=lambda word: word[1])
    by_start = sorted(words, key=lambda word: word[0])
    return (by_end, [w[1] for w in by_end]), (by_start, [w[0] for w in by_start])


def _status(context_text: str, clause: Clause, start: int, end: int) -> _Reading:
    """The status whose words stand nearest ``[start, end)`` in the clause.

    Words before the name govern it ("signed a memorandum"); words after it count too ("the
    treaty, which entered into force"), but less when a comma sets them apart. Words inside the
    name ("Trade Agreement") are no status. The words are read outwards from the name, and each
    side stops once its words stand further off than the best so far: a clause that names a
    thousand agreements does not compare each of them with every word.
    """
    (by_end, ends), (by_start, starts) = _status_sides(clause.text, clause.start)
    best: tuple[int, int, _Reading] | None = None
    for index in range(bisect_right(ends, start) - 1, -1, -1):  # before the name, nearest first
        m_start, m_end, rank, status = by_end[index]
        distance = start - m_end
        if best is not None and distance > best[0]:
            break
        if status in {"cancelled", "halted"} and not _governs(
            context_text, start, end, m_start, m_end
        ):
            continue  # "urging it to withdraw from Iraq, and not ratifying the Kyoto Protocol"
        if best is None or (distance, rank, status) < best:
            best = (distance, rank, status)
    barriers = _barriers(clause.text, clause.start)
    at = bisect_left(barriers, end)
    barrier = barriers[at] if at < len(barriers) else clause.end
    for index in range(bisect_left(starts, end), len(by_start)):  # after it, in text order
        m_start, m_end, rank, status = by_start[index]
        distance = m_start - end
        if best is not None and distance > best[0]:
            break  # a comma only adds to the distance
        if m_start >= barrier:
            break  # "… because it was not a signatory to the ceasefire, which was signed …"
        if status in {"cancelled", "halted"} and not _governs(
            context_text, start, end, m_start, m_end
        ):
            continue
        if "," in context_text[end:m_start]:
            distance += 50  # ", talks on which have stalled": a side remark
        if best is None or (distance, rank, status) < best:
            best = (distance, rank, status)
    return best[2] if best else "other"


def _as_status(reading: _Reading) -> AgreementStatus:
    if reading == "cancelled" or reading == "halted":
        return "other"
    return reading


def _governs(text: str, start: int, end: int, w_start: int, w_end: int) -> bool:
    """True when words at ``[w_start, w_end)`` stand next to the name at ``[start, end)``, with
    no comma between: "withdrew from the accord", "the contract was cancelled"."""
    between = text[w_end:start] if w_end <= start else text[end:w_start]
    return len(between) <= 30 and "," not in between


_Raw = tuple[str, int, int, bool, "str | None", bool]  # name, start, end, proper, acronym, plural


def _raw_mentions(context: ArticleContext, sentence: Sentence, *, at_summit: bool) -> list[_Raw]:
    """(name, start, end, proper, acronym, plural) for every name in the sentence, without
    overlaps."""
    text = context.text
    found: list[_Raw] = []
    # What is taken, kept so that asking "is this stretch free?" does not read every name found
    # so far (a sentence of thousands of names): proper and quoted names never overlap one
    # another, so one bisect finds the only one that can; a described name may grow past its
    # match (a purpose, a counterpart), but each starts after all earlier ones, so the furthest
    # end among them says whether a later stretch is free of them.
    starts: list[int] = []
    ends: list[int] = []
    described_reach = -1

    def free(start: int, end: int) -> bool:
        index = bisect_left(starts, end) - 1
        return (index < 0 or ends[index] <= start) and described_reach <= start

    def take(start: int, end: int) -> None:
        index = bisect_left(starts, start)
        starts.insert(index, start)
        ends.insert(index, end)

    for match in _PROPER.finditer(text, sentence.start, sentence.end):
        start, end = match.span("name")
        name = match.group("name")
        while " " in name and name.split(" ", 1)[0] in _OPENING_WORDS:
            # "Once the Accession Treaty has been signed": a sentence's first word is no name's
            name = name.split(" ", 1)[1]
            start = end - len(name)
        if len(name.split()) < 2 and "-" not in name:
            continue
        if (
            _ORGANISATION.search(name)
            or _OWNED_BY_ORGANISATION.search(text, max(0, start - 20), start)
            or _BODY_NAMED_FOR.search(text, max(0, start - 40), start)
        ):
            continue  # "the UN's World Food Programme" is an agency, not an agreement
        if _GATHERING.search(name) or _BUILDING.match(text, end):
            continue  # "the Democratic National Convention", "the Minneapolis Convention Center"
        found.append((name, start, end, True, match.group("acronym"), False))
        take(start, end)
    for match in _NAMED_ACRONYM.finditer(text, sentence.start, sentence.end):
        if free(*match.span()):  # not inside "the New START treaty", read whole above
            found.append((match.group(0), match.start(), match.end(), True, None, False))
            take(*match.span())
    for match in _QUOTED.finditer(text, sentence.start, sentence.end):
        start, end = match.span("name")
        if free(start, end) and _is_designation(match.group("name")):
            found.append((match.group("name").strip(), start, end, True, None, False))
            take(start, end)
    states = _States(context, sentence, at_summit=at_summit)
    for match in _PLURAL.finditer(text, sentence.start, sentence.end):
        start, end = match.span("name")
        if not free(start, end) or not states.several():
            continue
        name = match.group("name")
        if match.group("tail"):
            tail = _before_date(context, *match.span("tail"))
            name += _trim_tail(tail) if tail else ""
            end = start + len(name)
        found.append((name, start, end, False, None, True))
        take(start, end)
    lead = context.lead
    described = (
        _HEADLINE_DESCRIBED if lead is not None and sentence.end <= lead.start else _DESCRIBED
    )
    for match in described.finditer(text, sentence.start, sentence.end):
        start, end = match.span("name")
        name = match.group("name")
        tail = match.group("tail")
        if tail and text.startswith(("$", "€", "£", "¥"), match.end("tail")):
            # "a deal for a further US$7 billion": an amount, not what the deal is about
            name = name[: len(name) - len(tail)]
            end = start + len(name)
            tail = ""
        if tail:
            tail = _before_date(context, *match.span("tail"))
            tail = _trim_tail(tail) if tail else ""
            name = name[: len(name) - len(match.group("tail"))] + tail
            end = start + len(name)
        while (
            name.split(" ", 1)[0].lower() in _STATUS_ADJECTIVES
            and " " in name
            and _NOUN_IN_NAME.search(name.split(" ", 1)[1])  # "final document" is its noun
        ):
            first = name.split(" ", 1)[0]
            name = name[len(first) :].lstrip()
            start = end - len(name)  # "draft communique": "draft" is status, not name
        if not tail and _head(name) in SUMMIT_HEADS:
            meeting = _OF_MEETING.match(text, end, sentence.end)
            if meeting is not None:
                tail = meeting.group(0)
                name += tail
                end = meeting.end()
        # "reached a deal on Monday on the price of gas", "signed an agreement on Monday to
        # build the pipeline": what the agreement is about or for comes after its date.
        resume = end if tail else _past_date(context, end, sentence.end)
        if resume > end:
            late = _LATE_TAIL.match(text, resume, sentence.end)
            tail = _trim_tail(late.group(0)) if late is not None else ""
            if tail:
                name += tail
                end = resume + len(tail)
        words = name.lower().split()
        by_counterpart = False
        purposed = False
        plan = words[-1] == "plan" and _plan_noun(words)
        if (
            not tail
            and (words[-1] in _GENERIC_REFERENCES or plan)
            and words[0] not in _VAGUE_MODIFIERS
            and free(start, end)
        ):
            purpose = _DEAL_PURPOSE.match(text, resume, sentence.end)
            addition = _purpose(purpose)
            if addition and (states.plan(start) if plan else states.purpose(start)):
                # "have agreed to a deal to relieve the debts of 18 countries": the infinitive
                # says which deal when states or a body (the G8) make it
                name += addition
                end = resume + len(addition)
                purposed = True
            else:
                addition = _designation(context, sentence, resume, states, start, plan=plan)
                if addition:
                    # "a deal aimed at bringing Ukraine closer to the bloc", "a plan, supported
                    # by all 16 countries in the eurozone": what it is for or who made it
                    name += addition
                    end = resume + len(addition)
                    purposed = True
        if not purposed and words[-1] in _GENERIC_REFERENCES and _plain(name):
            # "signed an agreement with ASEAN", "a confidential deal with Venezuela"
            counterpart = _counterpart(context, sentence, start, end)
            if counterpart is not None:
                end = counterpart
                name = text[start:end]
                by_counterpart = True
                words = name.lower().split()
        if (
            words[0] in _VAGUE_MODIFIERS
            or not free(start, end)
            or not (
                purposed
                or _names_one(name, tail, at_summit=at_summit)
                or (len(words) == 1 and words[0] in _GENERIC_REFERENCES)
                or (_head(name) == "statement" and states.summit_body(start, end))
            )
        ):
            continue
        if _ORGANISATION.search(name):
            continue
        if not tail and not purposed:
            # "an agreement with ASEAN to establish the world's largest free trade area": a
            # deal with its counterpart named reads its purpose as far as a deal's
            reach = _DEAL_PURPOSE if by_counterpart else _PURPOSE
            after = end if by_counterpart else resume
            addition = _purpose(reach.match(text, after, sentence.end))
            if addition and (_head(name) in SPECIFIC_HEADS or by_counterpart):
                # "a treaty to share revenue from the field": the infinitive says which one
                # (it names nothing by itself: "a deal to buy the firm" is anyone's)
                name += addition
                end = after + len(addition)
        found.append((name, start, end, False, None, False))
        described_reach = max(described_reach, end)
    return sorted(found, key=lambda item: item[1])


_WITH = re.compile(r"\s+(?:with|between)\s+(?:the\s+)?")
# A generic deal or plan designated by a participle after it: what it is for ("a deal aimed at
# bringing Ukraine closer to the bloc") or who made it ("the plan approved by the creditors",
# "a plan, supported by all 16 countries in the eurozone, to …"). A comma may set the maker
# apart; what it is for follows the noun directly.
_AIMED = re.compile(
    r"\s+(?:aimed\s+at|designed\s+to|intended\s+to|meant\s+to)\s+[\w'’-]+(?:\s+[\w'’-]+){0,7}"
)
_MADE_BY = re.compile(
    r",?\s+(?P<verb>approved|agreed|endorsed|supported|backed|adopted|accepted|signed|ratified)"
    r"\s+by\s+(?:(?:the|all|other|its|their|\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)\s+){0,3}"
)
# Who makes an agreement when the copy names no country: "the creditors", "member states".
_MAKERS = re.compile(
    r"(?:member\s+(?:states|nations|countries)|members|countries|nations|governments|creditors|"
    r"donors|leaders|ministers)\b(?:\s+(?:of|in|from)\s+(?:the\s+)?)?"
)
# What the words of a maker's participle say was done: "signed by" it is signed, "ratified by"
# in force, approved, agreed, backed … by it announced.
_MADE_BY_IN_NAME = re.compile(
    r"\b(?P<verb>approved|agreed|endorsed|supported|backed|adopted|accepted|signed|ratified)\s+by\s"
)


def _designation(
    context: ArticleContext,
    sentence: Sentence,
    after: int,
    states: _States,
    start: int,
    *,
    plan: bool,
) -> str:
    """The participle that says which deal or plan it is, read from ``after``: an aim when
    states or a body make it (as for its purpose), or its makers when they are countries, a
    body, or words for states ("the creditors") in a clause naming one. Companies and courts
    approve plans too ("a plan approved by the court"): they name no country and are left."""
    text = context.text
    aimed = _AIMED.match(text, after, sentence.end)
    if aimed is not None:
        addition = _TRAILING_FUNCTION.sub("", _trim_aim(aimed.group(0)))
        if len(addition.split()) > 3 and (states.plan(start) if plan else states.purpose(start)):
            return addition
        return ""
    made = _MADE_BY.match(text, after, sentence.end)
    if made is None or states.names_a_company():
        return ""
    maker = made.end()
    words = _MAKERS.match(text, maker, sentence.end)
    if words is not None:
        maker = words.end()
    named = context.between(context.countries, maker, min(sentence.end, maker + 120))
    bodies = [m for m in (p.match(text, maker, sentence.end) for p, _ in _SUMMIT_BODIES) if m]
    if named and named[0].start == maker and named[0].kind in {"name", "organisation"}:
        return text[after : _listed_end(text, named)]
    if named and named[0].start == maker and named[0].kind == "demonym":
        # "approved by European leaders"; in "signed by Nigerian President Obasanjo" the
        # makers are people, whose names end no designation
        people = _MAKERS.match(text, named[0].end + 1, sentence.end)
        ok = people is not None and text[named[0].end] == " "
        return text[after : people.end()].rstrip() if ok and people is not None else ""
    if bodies:
        return text[after : max(m.end() for m in bodies)]
    if words is not None and states.names_one(start):
        return text[after : words.end()].rstrip()
    return ""


_LIST_JOIN = re.compile(r"(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?")


def _listed_end(text: str, named: list[CountryMention]) -> int:
    """The end of a list of countries from the first of ``named``: "backed by the United
    States, Britain and France" ends after France."""
    end = named[0].end
    for mention in named[1:]:
        join = _LIST_JOIN.match(text, end, mention.start)
        if join is None or join.end() != mention.start or mention.kind == "capital":
            break
        end = mention.end
    return end


def _trim_aim(phrase: str) -> str:
    """ " aimed at bringing Ukraine closer to the bloc but …" up to the words that end a name,
    read after the participle's own words ("designed to", "aimed at")."""
    parts = phrase.split(maxsplit=2)
    if len(parts) < 3:
        return ""
    stop = _TAIL_STOP.search(" " + parts[2])
    rest = (" " + parts[2])[: stop.start()] if stop else " " + parts[2]
    return f" {parts[0]} {parts[1]}{rest}" if rest.strip() else ""


def _purpose(match: re.Match[str] | None) -> str:
    """ " to relieve the debts of 18 countries" from an infinitive after a name, up to the
    words that end a name; a verb alone ("a deal to ensure that …") says nothing of it."""
    if match is None:
        return ""
    addition = _TRAILING_FUNCTION.sub("", _trim_tail(match.group(0)))
    return addition if len(addition.split()) > 2 else ""


def _plain(name: str) -> bool:
    """A generic head alone or after one or two plain adjectives ("agreement", "confidential
    deal"): a name that says nothing of its own, which its counterpart can complete ("free
    trade deal" says what it is already)."""
    words = name.split()
    return len(words) <= 3 and all(
        w.isalpha() and w.islower() and w not in DOMAIN_MODIFIERS for w in words[:-1]
    )


def _plan_noun(words: list[str]) -> bool:
    """ "a joint plan", "a five-point plan" name a plan; in "the member nations plan to take
    part" the plural before it makes "plan" the verb."""
    modifiers = words[:-1]
    return len(modifiers) <= 2 and not any(
        w.endswith("s") and not w.endswith("ss") for w in modifiers
    )


_LATE_TAIL = re.compile(r"\s+(?:on|over)\s+(?:[\w-]+\s+){0,4}[\w-]+")
_BEFORE_DATE = re.compile(r"\s+(?:on\s+|in\s+)?")


def _past_date(context: ArticleContext, end: int, limit: int) -> int:
    """Where a date right after a name ends ("an agreement on Monday"), else ``end``."""
    gap = _BEFORE_DATE.match(context.text, end, limit)
    if gap is None:
        return end
    # a date is short: a window of its length keeps a sentence of many dates linear
    nearby = context.between(context.dates, gap.end(), min(limit, gap.end() + 60))
    return nearby[0].end if nearby and nearby[0].start == gap.end() else end


def _before_date(context: ArticleContext, tail_start: int, tail_end: int) -> str:
    """An "on …" tail up to the first date in it: "… partnership on Tuesday" names a date, not
    what it is about; "a deal on gas prices on Tuesday" keeps what comes before the date."""
    nearby = context.between(context.dates, tail_start, tail_end + 30)
    cut = min((d.start for d in nearby if d.start < tail_end), default=tail_end)
    return context.text[tail_start:cut] if cut > tail_start else ""


def _bodies(context: ArticleContext, start: int, end: int) -> list[str]:
    """Summit bodies the country table does not know ("the G8"), named in ``[start, end)``."""
    return [code for pattern, code in _SUMMIT_BODIES if pattern.search(context.text, start, end)]


class _States:
    """Who a sentence names, read once however many names it holds: whether agreements named
    in it by their purpose or in the plural can be states' (a sentence of a thousand "signed
    agreements" must not be searched a thousand times)."""

    def __init__(self, context: ArticleContext, sentence: Sentence, *, at_summit: bool) -> None:
        self._context = context
        self._sentence = sentence
        self._at_summit = at_summit
        self._corporate: bool | None = None
        self._company: bool | None = None
        self._two: bool | None = None
        self._clauses: dict[tuple[int, int], tuple[int, int]] = {}
        self._summit_bodies: dict[tuple[int, int], bool] = {}

    def _names_two(self) -> bool:
        if self._two is None:
            found = self._context.within(self._context.countries, self._sentence)
            self._two = len(codes([c for c in found if c.kind != "capital"])) >= 2
        return self._two

    def _firsts(self, clause: Clause) -> tuple[int, int]:
        """Where the clause first names a country, and a body (an organisation or a summit
        body: "the G8"); past the clause's end when it names none."""
        where = (clause.start, clause.end)
        if where not in self._clauses:
            text = self._context.text
            found = self._context.between(self._context.countries, clause.start, clause.end)
            country = next((c.start for c in found if c.kind != "capital"), clause.end)
            body = next((c.start for c in found if c.kind == "organisation"), clause.end)
            for pattern, _ in _SUMMIT_BODIES:
                match = pattern.search(text, clause.start, clause.end)
                if match is not None:
                    body = min(body, match.start())
            self._clauses[where] = (country, body)
        return self._clauses[where]

    def purpose(self, start: int) -> bool:
        """A deal named by its purpose ("a deal to relieve the debts of …") is one between
        states when its clause names a state or a body before it (who made it) and its
        sentence names two states or a body, with no company, party or union: "NASDAQ announced
        an agreement to purchase Instinet" and "the SPD and the CDU reached a deal to form a
        coalition" are not. In a summit's story the summit made it ("confirmed an earlier deal
        to cancel the debts of 18 countries")."""
        if self.names_a_company():
            return False
        clause = clause_around(self._context.text, self._sentence, start, start)
        country, body = self._firsts(clause)
        return self._at_summit or body < start or (country < start and self._names_two())

    def summit_body(self, start: int, end: int) -> bool:
        """Whether the clause around ``[start, end)`` names a body whose statements are its
        members' ("In their Friday statement, the G7 said", "G8 members release statement on
        Zimbabwe"): the G7, G8, G20 and the other bodies the country table does not know. A
        statement "the EU said" or a ministry issued is one office's, no agreement. Read once
        per clause."""
        clause = clause_around(self._context.text, self._sentence, start, end)
        where = (clause.start, clause.end)
        if where not in self._summit_bodies:
            text = self._context.text
            self._summit_bodies[where] = any(
                pattern.search(text, clause.start, clause.end) for pattern, _ in _SUMMIT_BODIES
            )
        return self._summit_bodies[where]

    def names_one(self, start: int) -> bool:
        """Whether the clause around ``start`` names a country or a body (or the story is a
        summit's): words for states ("the creditors") then stand for them."""
        clause = clause_around(self._context.text, self._sentence, start, start)
        country, body = self._firsts(clause)
        return self._at_summit or country < clause.end or body < clause.end

    def names_a_company(self) -> bool:
        """Whether the sentence names a company, party or union (read once per sentence)."""
        if self._corporate is None:
            self._corporate = bool(
                _CORPORATE.search(self._context.text, self._sentence.start, self._sentence.end)
            )
        return self._corporate

    def plan(self, start: int) -> bool:
        """A plan named by its purpose ("agreed on a plan to regulate hedge funds") is one
        between states only when a body makes it (the G20, the Eurogroup), or two countries
        named before it in its clause do: a government's "plan to widen the war in Lebanon"
        names a second country only as its target."""
        if self.names_a_company():
            return False
        clause = clause_around(self._context.text, self._sentence, start, start)
        _, body = self._firsts(clause)
        if body < start:
            return True
        before = self._context.between(self._context.countries, clause.start, start)
        return len(codes([c for c in before if c.kind != "capital"])) >= 2

    def several(self) -> bool:
        """Agreements in the plural are states' when the sentence names two (or the story is
        a summit's) and no company, party or union."""
        if self._company is None:
            self._company = bool(
                _COMPANY.search(self._context.text, self._sentence.start, self._sentence.end)
            )
        return not self._company and (self._at_summit or self._names_two())


def _counterpart(context: ArticleContext, sentence: Sentence, start: int, end: int) -> int | None:
    """The end of "with <country or body>" right after a bare "agreement", when the clause
    names another country before it: "China has signed an agreement with ASEAN", "India signed
    a deal with Iran". Companies and parties sign deals with the same words, so both sides
    must be countries or international bodies."""
    after = _WITH.match(context.text, end, sentence.end)
    if after is None:
        return None
    # The counterpart starts right after "with", and the maker stands a clause's width before
    # the name at most: windows of those sizes keep a sentence of a thousand deals linear.
    named = context.between(context.countries, after.end(), min(sentence.end, after.end() + 80))
    if not named or named[0].start != after.end() or named[0].kind not in {"name", "organisation"}:
        return None
    other = named[0]
    clause = clause_around(context.text, sentence, start, end)
    before = [
        c.code
        for c in context.between(context.countries, max(clause.start, start - _MAKER_REACH), start)
        if c.kind != "capital" and c.code != other.code
    ]
    return other.end if before else None


# How far before a deal its maker is looked for: "The People's Republic of China has signed an
# agreement with ASEAN" and longer openings fit well inside it.
_MAKER_REACH = 300


def _names_one(name: str, tail: str | None, *, at_summit: bool) -> bool:
    """A described mention names an agreement when its head is specific ("memorandum of
    understanding"), or a modifier or an "on …" tail says what it is about ("trade deal",
    "agreement on water sharing"); "a good deal" does not. At a summit a declaration or
    communiqué is the meeting's; a statement alone is anyone's (a ministry's, a spokesman's).
    A programme described in copy is a country's ("its nuclear program"), a broadcaster's or an
    agency's; one agreed between countries carries a proper name ("Global Combat Air
    Programme")."""
    heads = list(_NOUN_IN_NAME.finditer(name))
    head = heads[-1].group(0).lower() if heads else ""
    if head in {"statement", "programme", "program"}:
        return False
    if head in SPECIFIC_HEADS or head in INTENT_HEADS or (at_summit and head in SUMMIT_HEADS):
        return True
    if tail:
        return True
    words = re.findall(r"[A-Za-z]+", name)
    if any(country_code(word) for word in words if word[:1].isupper()):
        return True  # "a Korea-Mexico free trade agreement", "an Anglo-French treaty"
    if any(word.isupper() and len(word) >= 3 for word in words[:-1]):
        return True  # "the AUKUS pact", "the USMCA trade pact": an acronym names it
    if re.match(r"[$€£¥]?\d", name):
        return True  # "a $5 billion deal": the amount says what it is
    return any(word.lower() in DOMAIN_MODIFIERS for word in words[:-1])


def _is_designation(name: str) -> bool:
    """A quoted noun phrase ("special strategic partnership"), not a quoted sentence."""
    words = name.split()
    if any(w.lower() in {"the", "a", "an"} for w in words[1:]):
        return False  # "take the deal": a quoted phrase, no name
    return len(words) <= 6 and not any(w.lower() in _CLAUSE_WORDS for w in words)


def _trim_tail(tail: str) -> str:
    """' on cybersecurity cooperation and …' → ' on cybersecurity cooperation'; ' for the past
    three weeks' says how long, not what it is about."""
    preposition, _, rest = tail.strip().partition(" ")
    if _DURATION.match(rest):
        return ""
    stop = _TAIL_STOP.search(" " + rest)
    rest = (" " + rest)[: stop.start()] if stop else " " + rest
    return f" {preposition}{rest}" if rest.strip() else ""


def _mentions(context: ArticleContext, *, at_summit: bool = False) -> list[_Mention]:
    mentions: list[_Mention] = []
    found = [(s, _raw_mentions(context, s, at_summit=at_summit)) for s in context.sentences]
    # A bare "the deal" only ever joins another mention, or stands alone in a sentence naming
    # two countries: in a story with neither (a company's deal) it is not read further.
    named = any(_key(r[0]) not in _GENERIC_REFERENCES for _, raw in found for r in raw)
    headline_end = context.lead.start if context.lead is not None else None
    for sentence, raw in found:
        for name, start, end, proper, acronym, plural in raw:
            if not named and not proper and _key(name) in _GENERIC_REFERENCES:
                countries = context.within(context.countries, sentence)
                if len({c.code for c in countries if c.kind != "capital"}) < 2:
                    continue
            clause = clause_around(context.text, sentence, start, end)
            reading: _Reading = (
                "other"
                if _NEGATED.search(context.text, max(clause.start, start - 32), start)
                else _status(context.text, clause, start, end)
            )
            if reading in {"cancelled", "halted"} and _TALKS_ON.search(
                context.text, max(clause.start, start - 40), start
            ):
                reading = "other"  # "talks on the deal collapsed": the talks did, not the deal
            # "the plan approved by the creditors calls for an immediate cancellation of …":
            # made by its makers, whatever the noun after it does
            made = (
                _MADE_BY_IN_NAME.search(name)
                if not proper and reading in {"other", "halted"}
                else None
            )
            if made is not None:
                reading = _MADE_BY_READING.get(made.group("verb"), "announced")
            if _POSSIBLE.search(context.text, max(clause.start, start - 24), start):
                reading = "proposed"
            elif _RESUMED.search(context.text, max(clause.start, start - 24), start):
                reading = "reaffirmed"
            elif reading == "other" and _DECLARED_IN.search(
                context.text, max(clause.start, start - 48), start
            ):
                reading = "announced"
            elif (
                reading == "other"
                and headline_end is not None
                and end <= headline_end
                and _HEADLINE_AGREES.search(context.text, max(clause.start, start - 24), start)
            ):
                reading = "announced"  # "Russia and Ukraine reach gas deal": a headline's present
            mentions.append(
                _Mention(
                    name=_clean(name),
                    start=start,
                    end=end,
                    sentence=sentence,
                    clause=clause,
                    proper=proper,
                    kind=_kind(_singular(name) if plural else name),
                    status=_as_status(reading),
                    cancelled=reading == "cancelled",
                    acronym=acronym,
                    plural=plural,
                    bare=not proper and len(name.split()) < 2,
                    upgraded=_upgrade_before(clause, start)
                    and _ends_with(_TO_BEFORE, context.text, clause.start, start),
                )
            )
    return _link_upgrades(context, mentions)


_MADE_BY_READING: dict[str, _Reading] = {"signed": "signed", "ratified": "in_force"}


# The longest phrase an end-anchored pattern (``_TO_BEFORE``, ``_FROM_BEFORE``) can match
# in real text, with room to spare: searching only this far back keeps a name in a clause of a
# megabyte from rereading the whole clause before it.
_REACH = 80


def _ends_with(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """``pattern`` (anchored by ``$``) matches ``text[start:end]`` right before ``end``."""
    return pattern.search(text, max(start, end - _REACH), end) is not None


@lru_cache(maxsize=256)
def _first_upgrade(clause: Clause) -> int | None:
    """Where the clause's first upgrade word ends, found once per clause, not once per name."""
    match = _UPGRADE.search(clause.text)
    return clause.start + match.end() if match else None


def _upgrade_before(clause: Clause, start: int) -> bool:
    """An upgrade word in the clause before ``start``: words do not straddle a name's start,
    so the clause's first such word says it."""
    first = _first_upgrade(clause)
    return first is not None and first <= start


def _link_upgrades(context: ArticleContext, mentions: list[_Mention]) -> list[_Mention]:
    """Fold the old level of an upgrade into ``previous`` of the new one."""
    kept: list[_Mention] = []
    target: _Mention | None = None
    for mention in mentions:
        if mention.upgraded:
            target = mention
            for old in reversed(kept):
                if old.sentence is mention.sentence and old.kind == mention.kind:
                    mention.previous = old.name
                    kept.remove(old)
                    break
            kept.append(mention)
            continue
        if (
            target is not None
            and _ends_with(_FROM_BEFORE, context.text, mention.clause.start, mention.start)
            and _first_upgrade(mention.clause) is not None
        ):
            if target.previous is None and target.kind == mention.kind:
                target.previous = mention.name
            continue
        kept.append(mention)
    return kept


def _group(
    context: ArticleContext, mentions: list[_Mention], *, at_summit: bool = False
) -> list[list[_Mention]]:
    """Mentions of the same agreement together, in order of first mention. A bare head stands
    for an agreement of its own only when it is specific and something was done to it ("signed
    the memorandum"; at a summit, "approved a declaration")."""
    specific = (SPECIFIC_HEADS | SUMMIT_HEADS if at_summit else SPECIFIC_HEADS) | INTENT_HEADS
    quoted = {id(m) for m in mentions if m.bare and context.in_quote(m.start, m.end)}
    groups: dict[str, list[_Mention]] = {}
    aliases: dict[str, str] = {}
    previous_levels = {_key(m.previous) for m in mentions if m.previous}
    for mention in (m for m in mentions if m.proper):
        key = aliases.get(_key(mention.name), _key(mention.name))
        if key in previous_levels and not mention.upgraded and key not in groups:
            continue
        groups.setdefault(key, []).append(mention)
        if mention.acronym:
            aliases[_key(mention.acronym)] = key
    lead = context.lead
    headline_end = lead.start if lead is not None else 0
    # A headline names the story's agreement in short ("sign defence accord"): it joins the one
    # the body describes, so it is read after the body; a bare "the deal" only refers to one
    # named elsewhere, so it is read last.
    described = sorted(
        (m for m in mentions if not m.proper and not m.plural),
        key=lambda m: (_is_reference(m), m.start < headline_end, m.start),
    )
    lead_key: tuple[str | None] | None = None
    for mention in described:
        key = _key(mention.name)
        if key in groups or key in previous_levels:
            groups.setdefault(key, []).append(mention)
            continue
        if _is_reference(mention):
            if id(mention) not in quoted:  # not "an agreement that can be signed," she said
                _refer(context, groups, mention, headline_end, join=not _another(context, mention))
            continue
        named = _named_alike(
            groups,
            mention,
            headline=mention.start < headline_end,
            opening=_in_opening(context, mention),
        )
        if named is None and mention.start < headline_end and mention.status != "other":
            if lead_key is None:  # read once: headlines come after the body
                lead_key = (_lead_agreement(context, groups),)
            named = lead_key[0]
        if named is not None:
            groups[named].append(mention)
        elif not mention.bare or (
            _head(mention.name) in specific
            and mention.status != "other"
            and id(mention) not in quoted  # "they agreed to provide a declaration," he said
            and not _NON_STATE_SIGNERS.search(
                context.text, mention.sentence.start, mention.sentence.end
            )
        ):
            groups.setdefault(key, []).append(mention)
    # Agreements in the plural are their own records, kept apart so that a later "the deal"
    # never refers to them, and only when something was done to them.
    several: dict[str, list[_Mention]] = {}
    for mention in mentions:
        if mention.plural and mention.status != "other":
            several.setdefault(_key(mention.name), []).append(mention)
    return sorted(
        [*groups.values(), *several.values()], key=lambda group: min(m.start for m in group)
    )


def _lead_agreement(context: ArticleContext, groups: dict[str, list[_Mention]]) -> str | None:
    """The one agreement the lead sentence tells something done to: a headline's short name
    for it ("Iran and Turkey sign gas pipeline deal" over "Iran and Turkey signed a
    memorandum of understanding …") is the same agreement, whatever its noun."""
    lead = context.lead
    if lead is None:
        return None
    found = [
        key
        for key, group in groups.items()
        if any(lead.start <= m.start < lead.end and m.status != "other" for m in group)
    ]
    return found[0] if len(found) == 1 else None


def _is_reference(mention: _Mention) -> bool:
    """A bare generic head ("the deal"), or one modified only by its parties' names ("the APEC
    accord", "the US-India deal"): a reference to the story's agreement, not a name of its own."""
    if mention.proper:
        return False
    words = mention.name.split()
    if words[-1].lower() not in _GENERIC_REFERENCES:
        return False
    parts = [p for w in words[:-1] for p in re.split(r"-(?=[A-Z])", w)]
    return all(country_code(p) for p in parts)


_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|another)\s+$", re.IGNORECASE)


def _another(context: ArticleContext, mention: _Mention) -> bool:
    """A bare "an agreement" after the opening brings in another agreement than the ones named
    before ("An agreement signed in July 2005 … laid the groundwork for the accord"), as "the
    agreement" never does; in the headline or lead it is the story's own ("signed an
    agreement on Friday")."""
    return (
        mention.bare
        and not _in_opening(context, mention)
        and _ends_with(_INDEFINITE_BEFORE, context.text, mention.sentence.start, mention.start)
    )


def _refer(
    context: ArticleContext,
    groups: dict[str, list[_Mention]],
    mention: _Mention,
    headline_end: int,
    *,
    join: bool = True,
) -> None:
    """File a bare "the deal" with the agreement it points back to (or ahead to within its
    sentence: "The agreement, which he calls the Sydney declaration, …"): one with that head,
    else the only one. Only an agreement that is news can take it — a proper name, one the
    headline names, or one something was done to — so that a later "the accord" does not lend
    its status to a truce named as history. With none before it, it is the one proper name the
    story gives later; with none at all, it may stand alone. Unless ``join``, it is another
    agreement ("an agreement signed in 2005"), which may only stand alone."""
    live = [
        group
        for group in groups.values()
        if any(
            m.proper or m.start < headline_end or m.status not in {"other", "negotiating"}
            for m in group
        )
    ]
    earlier = [g for g in live if min(m.start for m in g) < mention.sentence.end]
    head = _head(mention.name)
    same_head = [group for group in earlier if _head(group[0].name) == head]
    if join and (len(same_head) == 1 or len(earlier) == 1):
        (same_head or earlier)[0].append(mention)
    elif join and not earlier and len(live) == 1 and live[0][0].proper:
        live[0].append(mention)  # "The deal was reached …" … Bush called it a "unique deal"
    elif not live and _stands_alone(context, mention):
        groups[_key(mention.name)] = [mention]


def _stands_alone(context: ArticleContext, mention: _Mention) -> bool:
    """A bare "the agreement" is the story's own agreement when nothing else names it, if
    something was done to it ("The agreement was reached between the Italian Prime Minister
    and his Libyan counterpart") or it was put forward ("Under the proposed deal, the United
    States would provide Saudi Arabia with …") and its sentence names two countries or bodies:
    a company's or a party's deal names none, or one."""
    if mention.status not in {"proposed", "announced", "signed", "in_force"}:
        return False
    if _COMPANY.search(context.text, mention.sentence.start, mention.sentence.end):
        return False  # "Fiat and US-based Ford signed an agreement": a company deal
    found = context.within(context.countries, mention.sentence)
    named = [c for c in found if c.kind != "capital"]
    # Two bodies alone ("talks mediated by the UN and the African Union") mediated it.
    return len(codes(named)) >= 2 and any(c.kind != "organisation" for c in named)


def _head(name: str) -> str:
    nouns = list(_NOUN_IN_NAME.finditer(name))
    return nouns[-1].group(0).lower() if nouns else ""


def _named_alike(
    groups: dict[str, list[_Mention]],
    mention: _Mention,
    *,
    headline: bool = False,
    opening: bool = True,
) -> str | None:
    """The one agreement a described mention refers to: a named one of the same kind or head
    noun ("a defence pact" … "the Defence Cooperation Agreement"), or, for a bare head ("the
    memorandum") or a headline's short name, any one with that head or kind."""
    head = _head(mention.name)
    # One war's truce, ceasefire and (in a headline, or with nothing done to it) peace plan are
    # one agreement: "signed the ceasefire agreement" … "The truce was signed by Saakashvili on
    # Friday" … "The peace plan document was drafted by Sarkozy".
    loose = headline or mention.status == "other"
    war = (_PEACE if loose else _WAR_HEAD).search(mention.name) is not None
    alike = [
        key
        for key, group in groups.items()
        if not _other_counterparts(group[0].name, mention.name)
        # "the treaty" points back, or ahead within its sentence: not to the "1957 Treaty of
        # Rome" named paragraphs later (a story's opening does name its treaty ahead: "A
        # treaty … entered into force")
        and not (
            mention.bare and not opening and min(m.start for m in group) >= mention.sentence.end
        )
        and (
            (
                (group[0].proper or mention.bare or headline)
                and (
                    (group[0].kind == mention.kind and mention.kind != "other")
                    or _head(group[0].name) == head
                )
            )
            or (
                war
                and (group[0].proper or mention.bare or loose)
                and _WAR_HEAD.search(group[0].name) is not None
            )
            # "signed a peace deal last Friday" … "the signing of the peace treaty" … "the
            # Darfur Peace Agreement": one war's peace, whatever noun each sentence gives it
            or (
                group[0].proper
                and _PEACE_WORD.search(mention.name) is not None
                and _PEACE_WORD.search(group[0].name) is not None
            )
        )
    ]
    if not alike and headline:
        words = _content_words(mention.name)
        alike = [
            key
            for key, group in groups.items()
            if words & _content_words(group[0].name)
            and not _other_counterparts(group[0].name, mention.name)
        ]
    if len(alike) > 1 and mention.bare:  # "a truce" … "an unofficial ceasefire" … "the ceasefire"
        alike = [key for key in alike if _head(groups[key][0].name) == head]
    if len(alike) > 1:
        # "Work begins on 'Lisbon Treaty'" … "a mandate for the new Reform Treaty was agreed"
        # … "work on a new treaty": of two treaties, the one something was done to is news.
        acted = [key for key in alike if any(m.status != "other" for m in groups[key])]
        alike = acted if len(acted) == 1 else alike
    return alike[0] if len(alike) == 1 else None


_COUNTERPART_IN_NAME = re.compile(r"\bwith\s+(?:the\s+)?(?P<counterpart>[A-Z][\w'’.-]*)")


def _other_counterparts(first: str, second: str) -> bool:
    """True when two names say they are made with different counterparts: "FTA with Mercosur"
    and "FTA with the United States" are two agreements, whatever their common kind."""
    one = _COUNTERPART_IN_NAME.search(first)
    other = _COUNTERPART_IN_NAME.search(second)
    return one is not None and other is not None and one["counterpart"] != other["counterpart"]


def _content_words(name: str) -> set[str]:
    """Words of a name that say what it is about: "Omo river water deal" and "Omo Basin
    Water-Sharing Agreement" share "omo" and "water"."""
    words = set(re.findall(r"[a-z]{3,}", name.lower()))
    return {w for w in words if not _NOUN_IN_NAME.fullmatch(w)} - {"the", "and", "for"}


def _clause_date(context: ArticleContext, mention: _Mention, status: str) -> DateMention | None:
    """The day (or month: "in force since September 2025") that dates the agreement: in its
    clause, the one nearest the words that gave it its status ("signed …, which will enter
    into force in June" is dated by the signing, not by June). A year alone is too coarse, and
    the dateline's own date is not the event's, nor is a deadline ("… troops out by the
    middle of 2008")."""
    clause = mention.clause
    dates = [
        m
        for m in context.event_dates(clause.start, clause.end, said=True)
        if m.granularity in {"day", "week", "month"}
        and not _DEADLINE.search(context.text, max(clause.start, m.start - 12), m.start)
        and not _after_the_story(context, m, status)
    ]
    if not dates:
        return None
    words = [
        (w_start + w_end) // 2
        for w_start, w_end, _, word_status in _status_words(clause.text, clause.start)
        if word_status == status
    ]
    if not words:
        return dates[0]
    anchor = min(words, key=lambda w: abs(w - (mention.start + mention.end) // 2))
    return min(dates, key=lambda d: abs((d.start + d.end) // 2 - anchor))


def _after_the_story(context: ArticleContext, date: DateMention, status: str) -> bool:
    """A signing or an announcement the story reports has happened: a date after the story's
    own ("which will come into force in 90 days") is another event's."""
    return (
        status in {"signed", "announced", "reaffirmed"}
        and context.reference is not None
        and date.value is not None
        and date.value > context.reference
    )


def _parties(
    context: ArticleContext, mention: _Mention, clauses: dict[tuple[int, int], list[str]]
) -> list[str]:
    """The countries named in the mention, else those of its clause too; ``clauses`` keeps
    each clause's reading, shared by all the mentions of one group."""

    def inside(start: int, end: int) -> list[str]:
        found = context.between(context.countries, start, end)
        named = codes(
            [
                c
                for c in found
                if c.kind != "capital"
                and (
                    not _NOT_A_PARTY.search(context.text, max(0, c.start - 24), c.start)
                    or _SENT_FROM.search(context.text, max(0, c.start - 40), c.start)
                )
                and not _attributes(context.text, c.start, c.end)
            ]
        )
        # "The finance ministers of the G8 … have agreed to a deal": a body the country
        # table does not know is a party too.
        return unique(named + _bodies(context, start, end))

    in_name = inside(mention.start, mention.end)
    if len(in_name) >= 2:
        return in_name
    where = (mention.clause.start, mention.clause.end)
    if where not in clauses:
        clauses[where] = inside(*where)
    return unique(in_name + clauses[where])


_SOURCE_BEFORE = re.compile(r",[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,2}$")
_SOURCE_AFTER = re.compile(
    r"(?:'s|’s)?(?:[ \t]+[\w-]+){0,3}[ \t]+(?:said|says|told|reported|announced)[ \t]*[.,]"
)


def _attributes(text: str, start: int, end: int) -> bool:
    """True for a country in a trailing attribution: "…, the French presidency said." tells
    who reported the agreement, not who made it."""
    return (
        _SOURCE_BEFORE.search(text, max(0, start - 30), start) is not None
        and _SOURCE_AFTER.match(text, end) is not None
    )


def _record(
    context: ArticleContext, group: list[_Mention], summit: Summit | None
) -> Agreement | None:
    # The name: a proper one, else the fullest description ("border treaty", not "the treaty").
    named = next((m for m in group if m.proper), next((m for m in group if not m.bare), group[0]))
    is_statement = summit is not None and (
        bool(_JOINT_STATEMENT.search(named.name)) or named.kind == "statement"
    )
    statuses = [m.status for m in group]
    called_off = any(m.cancelled for m in group)  # something done to it: news, not background
    if all(s == "other" for s in statuses) and not is_statement and not called_off:
        own = [m for m in group if not _is_reference(m)]  # not "the pact"
        passing = len(own) <= 1 and not any(_in_opening(context, m) for m in own)
        if not named.proper or passing:
            return None  # named in passing, with nothing done to it: background
    if _NAMED_ACRONYM.fullmatch(named.name) and not any(_acted_on(context, m) for m in group):
        return None
    status: AgreementStatus = min(statuses, key=STATUS_ORDER.index)
    if called_off:
        status = "other"  # a contract signed and then cancelled is no signed contract
    if status == "other" and is_statement:
        status = "announced"
    # The first mention with the record's status that dates it: "have signed a treaty …" then
    # "The treaty, signed in Sydney on January 12th, …".
    # With nothing done to it, only its own name's clause can date it: a later "the FTA" in
    # "will travel on January 13 to discuss … the FTA" dates the trip.
    deciding = [m for m in group if m.status == status and status != "other"] or [named]
    date_mention = next(
        (d for m in deciding if (d := _clause_date(context, m, status)) is not None), None
    )
    date = date_mention.value if date_mention else None
    granularity: Granularity | None = date_mention.granularity if date_mention else None
    if status == "negotiating":
        date = None  # a date in a negotiation's clause is when talks began, not the agreement's
    elif summit is not None and status == "reaffirmed":
        date = summit.end_date or summit.start_date  # reaffirmed at the summit, whatever it dates
        granularity = summit.date_granularity
    elif date is None and summit is not None and status in {"announced", "signed"}:
        date = summit.end_date or summit.start_date
        granularity = summit.date_granularity
    if date is None:
        granularity = None
    if not called_off and _told_as_history(context, group, status, date):
        return None
    parties: list[str] = []
    # One agreement named a thousand times in one clause reads the clause once.
    read: dict[tuple[int, int], list[str]] = {}
    for mention in group:
        if len(parties) < 2 or not _is_reference(mention):
            # "The deal has also made some ask if Britain should pay Nigeria": a later "the
            # deal" completes the parties, it does not add to them.
            parties = unique(parties + _parties(context, mention, read))
    if _domestic_truce(context, group, named, parties):
        return None
    if named.kind in {"plan", "programme"} and summit is None and not parties:
        # "BP also put forward a ten-year research plan": a plan whose clauses name no country
        # or body is its maker's own, whatever countries the story's lead names
        return None
    if _head(named.name) == "aid package" and len(parties) < 2:
        return None  # "the British government launches car industry aid package": its own
    made_by = not named.proper and _MADE_BY_IN_NAME.search(named.name) is not None
    if made_by and len(parties) < 2:
        # "The three-phase plan approved by the creditors calls for … Iraq's debt": the makers
        # are the body the lead names ("the nineteen member nations of the Paris Club")
        parties = unique(parties + _lead_bodies(context))
    if named.kind in {"plan", "programme"} and summit is None and _one_country(context, parties):
        # "the security plan is showing signs of progress", said a US spokesman in Baghdad:
        # the plan's own clause names one country, whatever others the story's lead names
        return None
    acronym = any(word.isupper() and len(word) >= 3 for word in named.name.split())
    if not parties and summit is None and not context.lead_countries() and not acronym:
        return None  # no country or body (AUKUS) anywhere near it: a league's deal
    if summit is not None and named.kind == "statement":
        # "In their Friday statement, the G7 said": the body its clause names, else the one
        # its name or the summit's does
        read_bodies = [p for p in parties if p in _SUMMIT_BODY_CODES]
        body = _body(named.name) or (read_bodies[0] if read_bodies else _body(summit.name or ""))
        parties = [body] if body else list(summit.countries)
    elif len(parties) < 2:
        padding = list(summit.countries) if summit else context.lead_countries()
        body = _summit_body(summit) if summit is not None and not parties else None
        if body is not None:
            parties = [body]  # "confirmed an earlier deal" at the G8 summit: the G8's
        elif not _members_of(context, parties, padding):
            parties = unique(parties + padding)
    if summit is None and _one_country(context, parties) and _domestic_kind(named):
        return None  # "France announced a rescue plan for its automotive industry"
    evidence = []
    seen: set[tuple[int, int]] = set()
    for mention in group:
        if (mention.sentence.start, mention.sentence.end) not in seen:
            seen.add((mention.sentence.start, mention.sentence.end))
            evidence.append(context.span(mention.sentence))
    clauses = {(m.clause.start, m.clause.end): m.clause for m in group}.values()
    return Agreement(
        name=named.name,
        kind=named.kind,
        parties=parties,
        status=status,
        date=date,
        date_granularity=granularity,
        previous=next((m.previous for m in group if m.previous), None),
        topics=unique(t.group(0).lower() for c in clauses for t in _TOPIC.finditer(c.text)),
        evidence=evidence,
    )


_YEAR_NAMED = re.compile(r"(?<![\w-])(?:1[6-9]\d\d|20\d\d)(?![\w-])")
_YEAR_BEFORE = re.compile(r"\b(?P<year>1[6-9]\d\d|20\d\d)(?:'s|’s)?\s+$")
_STANDING = [(re.compile(rf"\b(?:{pattern})\b"), year) for pattern, year in STANDING_AGREEMENTS]
_HISTORY_YEARS = 2


def _named_year(context: ArticleContext, group: list[_Mention]) -> int | None:
    """The year an agreement's own words give it: "the 1993 Chemical Weapons Convention",
    "the U.N.'s 1948 Universal Declaration", "1998's Good Friday Agreement", "the 1968
    treaty" (not "the 2007-2013 budget deal", a span)."""
    for mention in group:
        found = _YEAR_NAMED.search(mention.name)
        if found is None:
            found = _YEAR_BEFORE.search(context.text, max(0, mention.start - 8), mention.start)
        if found is not None:
            return int(found.group(0)[:4])
    return None


def _standing_year(group: list[_Mention]) -> int | None:
    """The known year of a standing treaty the group names (the Kyoto Protocol: 1997)."""
    for mention in group:
        lowered = mention.name.lower()
        for pattern, year in _STANDING:
            if pattern.search(lowered):
                return year
    return None


def _told_as_history(
    context: ArticleContext, group: list[_Mention], status: str, date: dt.date | None
) -> bool:
    """An agreement signed, announced or named years before the story, with nothing new done
    to it, is background: "the 1994 nuclear pact, which was signed during the Clinton
    administration", "Germany and the Allies signing a ceasefire in November 1918", "the Iran
    nuclear deal that was signed in 2015", "a treaty to succeed the 1997 Kyoto Protocol". One
    the story sees signed or ratified on a day of its own, one in force or reaffirmed, or one
    the headline or lead tells something done to, stays news."""
    reference = context.reference
    if reference is None or status in {"in_force", "reaffirmed"}:
        return False
    limit = reference.year - _HISTORY_YEARS
    if date is not None and date.year > limit:
        return False
    if any(m.status != "other" and _in_opening(context, m) for m in group):
        return False
    named = _named_year(context, group)
    if named is not None and named <= limit:
        return True  # its own name dates it, whatever is sought or proposed beside it
    if status not in {"signed", "announced", "other"}:
        return False  # talks begun years ago may still be under way
    if date is not None:
        return True
    standing = _standing_year(group)
    if named is None and standing is not None and standing <= limit:
        return True
    for mention in (m for m in group if m.status == status):
        clause = mention.clause
        years = [d.value.year for d in context.event_dates(clause.start, clause.end) if d.value]
        if years and max(years) <= limit:
            return True
    return False


_SUMMIT_BODIES = [(re.compile(rf"(?<![\w-]){p}(?![\w-])"), code) for p, code in SUMMIT_BODIES]
_SUMMIT_BODY_CODES = frozenset(code for _, code in SUMMIT_BODIES)


def _body(name: str) -> str | None:
    """The body a summit or a statement is named after ("APEC summit", "G8 Statement"): a
    declaration made at a body's summit is the body's, whoever signs for its members."""
    for mention in find_countries(name):
        if mention.kind == "organisation":
            return mention.code
    return next((code for pattern, code in _SUMMIT_BODIES if pattern.search(name)), None)


_MEMBERS = {body.key: body for body in BODIES if body.members}


def _members_of(context: ArticleContext, parties: list[str], padding: list[str]) -> bool:
    """True when the parties read are a body and the countries that would complete them are
    all its members: "The G7 presented a plan" at the G7's meeting is the G7's plan, not the
    G7's and its seven members'; "the EU signed" with Ukraine in the lead still takes Ukraine."""
    others = [code for code in padding if code not in parties]
    return bool(others) and any(
        party in _MEMBERS and set(others) <= set(body_members(party, context.reference))
        for party in parties
    )


def _lead_bodies(context: ArticleContext) -> list[str]:
    """The bodies the lead sentence names (an organisation, or a body the country table does
    not know: "the Paris Club")."""
    lead = context.lead
    if lead is None:
        return []
    found = [c.code for c in context.within(context.countries, lead) if c.kind == "organisation"]
    return unique(found + _bodies(context, lead.start, lead.end))


def _summit_body(summit: Summit) -> str | None:
    """The body whose meeting the summit is, when its countries are that body's members ("the
    31st G8 summit"): what was agreed there with no party of its own is the body's."""
    body = _body(summit.name or "")
    if body is None or body not in _MEMBERS:
        return None
    members = set(body_members(body, summit.end_date or summit.start_date))
    return body if summit.countries and set(summit.countries) <= members else None


def _one_country(context: ArticleContext, parties: list[str]) -> bool:
    """True when the parties are one country and no body."""
    bodies = {c.code for c in context.countries if c.kind == "organisation"}
    bodies.update(code for _, code in SUMMIT_BODIES)  # "G8" is two characters, and a body
    return len(parties) == 1 and parties[0] not in bodies and len(parties[0]) == 2


def _domestic_kind(named: _Mention) -> bool:
    """An agreement of one country alone, away from a summit, is its own affair when nothing
    says it binds others: a government's plan or programme ("the federal economic stimulus
    plan"), a firm's or a board's deal ("a 2-year deal", "an agreement on the issue"), two
    ministers' joint statement. A treaty, a trade or defence agreement or a memorandum one
    country signs or ratifies is still between many, and a peace deal with its rebels is the
    story's agreement when it is its event."""
    if named.kind in {"treaty", "trade", "defense", "memorandum"}:
        return False
    return _PEACE.search(named.name) is None


def _domestic_truce(
    context: ArticleContext, group: list[_Mention], named: _Mention, parties: list[str]
) -> bool:
    """A government's ceasefire with its own rebels (one country, and rebels, guerrillas or
    separatists in the sentence) is a domestic matter, not an agreement between countries. A
    "tariff truce" is trade, and a ceasefire with two countries named stays."""
    if not _WAR_HEAD.search(named.name) or named.kind == "trade":
        return False
    if any(_ONE_SIDED.search(m.name) for m in group):
        return True  # "the rebels agreed to a unilateral ceasefire": no agreement at all
    bodies = {c.code for c in context.countries if c.kind == "organisation"}
    if len([p for p in parties if p not in bodies]) >= 2:
        return False
    return any(_ARMED_GROUP.search(context.text, m.sentence.start, m.sentence.end) for m in group)


def _acted_on(context: ArticleContext, mention: _Mention) -> bool:
    """An agreement named by an acronym alone is news only when a status word stands right
    beside it and its clause names two countries or bodies: "Obama and Medvedev signed New
    START"; "a party to the NPT" or "NAFTA rules" name one only as context."""
    if mention.status == "other":
        return False
    found = context.between(context.countries, mention.clause.start, mention.clause.end)
    if len(codes([c for c in found if c.kind != "capital"])) < 2:
        return False
    return any(
        _governs(context.text, mention.start, mention.end, w_start, w_end)
        for w_start, w_end, _, reading in _status_words(mention.clause.text, mention.clause.start)
        if reading not in {"cancelled", "halted"}
    )


def _in_opening(context: ArticleContext, mention: _Mention) -> bool:
    """True for a mention in the headline or the lead sentence, where a story names its
    subject: an agreement named there is news even when no status word stands beside it."""
    lead = context.lead
    return lead is not None and mention.start < lead.end


def find_agreements(context: ArticleContext, *, summit: Summit | None) -> list[Agreement]:
    """Agreements the article reports, one per agreement, in order of first mention.

    ``summit`` (the article's summit, if any) dates what was agreed at it and gives the parties
    of a joint statement and of agreements whose clause names no country.
    """
    mentions = _mentions(context, at_summit=summit is not None)
    groups = _group(context, mentions, at_summit=summit is not None)
    found: list[Agreement] = []
    for group in groups:
        record = _record(context, group, summit)
        if record is None:
            continue
        sides = _each_with(context, group[0]) if group[0].plural else None
        if sides is None:
            found.append(record)
            continue
        each, counterpart = sides
        found.extend(record.model_copy(update={"parties": [p, counterpart]}) for p in each)
    return found


_WITH_COUNTERPART = re.compile(r"\s+with\s+(?:the\s+)?(?:[\w]+-[\w-]+\s+)?")


def _each_with(context: ArticleContext, mention: _Mention) -> tuple[list[str], str] | None:
    """Countries that each make agreements of the plural with one counterpart: "Australia and
    New Zealand are expected to sign similar agreements with ASEAN" is one agreement of
    Australia's with ASEAN and one of New Zealand's."""
    after = _WITH_COUNTERPART.match(context.text, mention.end, mention.sentence.end)
    if after is None:
        return None
    named = context.between(context.countries, after.end(), mention.clause.end)
    if not named or named[0].start != after.end() or named[0].kind == "capital":
        return None
    counterpart = named[0].code
    before = [
        c
        for c in context.between(context.countries, mention.clause.start, mention.start)
        if c.kind != "capital" and c.code != counterpart
    ]
    each = codes(before)
    return (each, counterpart) if len(each) >= 2 else None
