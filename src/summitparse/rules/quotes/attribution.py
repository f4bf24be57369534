"""Who said a quotation: speaker attribution, pronouns included, in one place.

Attribution is looked for where wire copy puts it, in this order: right after the quote
(``"…," she said`` / ``"…," said Smith`` / ``"…" according to X``), before it in the same
sentence (``Smith said: "…"`` / ``Takaichi noted that cooperation has been "…"``), at the end of
the sentence (``"…" in Ukraine, the statement said``), from an earlier quote in the same sentence
(``"…," he said, "…"``), from the paragraph that opened a multi-paragraph quote, and, for a quote
that stands alone as a paragraph, from the last speaker before it.

A speaker phrase may be a person the people finder found, a pronoun (resolved here by
:func:`resolve_reference`), a title phrase, an organisation, a document's owner or a group.
Following one quote's speaker from the text to the name therefore stays in this module; the
people finder supplies the people, and :mod:`~summitparse.rules.quotes.marks` the quotes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from summitparse.rules.dates.data import MONTHS, WEEKDAYS
from summitparse.rules.people.data import (
    DOCUMENT_SOURCES,
    GENERIC_ORGANISATIONS,
    NON_NAME_WORDS,
    ORGANISATION_SPEAKERS,
    PRONOUNS,
    REFERENCE_ROLES,
    SPEECH_ADVERBS,
    SPEECH_VERB_LEMMAS,
    TITLE_HEADS,
    UNNAMED_GROUPS,
    UNNAMED_SOURCES,
    Gender,
)
from summitparse.rules.people.finder import (
    NAME_PATTERN,
    PersonMention,
    find_people,
    lookup_person,
    speech_verb_pattern,
)
from summitparse.rules.places.countries import find_countries
from summitparse.rules.quotes.marks import Region, chains
from summitparse.text.sentences import SENTENCE_STOP, sentence_bounds

__all__ = ["NO_ATTRIBUTION", "Attribution", "attribute_quotes", "resolve_reference"]

_DETERMINERS = frozenset(
    ("a", "an", "the", "this", "that", "his", "her", "its", "their", "our", "one")
)
# Prepositions before a speech-verb form make it a noun ("in caution", "without comment"),
# unless it is a gerund ("by saying").
_NOUN_PREPOSITIONS = frozenset(("in", "with", "without", "of", "under", "on", "at", "into"))
# Words after which a speech-verb form is an infinitive or future, not a report of speech.
_MODALS = frozenset(("will", "would", "could", "can", "may", "might", "must", "should", "to"))
# A sentence stop and the blanks after it: where the next sentence of a paragraph begins.
# A title abbreviation before a name ends no sentence: "said Illinois Sen. Barack Obama".
_TITLE_ABBREVIATIONS = "".join(
    rf"(?<!(?<![\w.]){word})"
    for word in ("Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Maj", "Sgt", "Adm", "Capt", "Supt")
)
_BOUNDARY_RE = re.compile(rf"{_TITLE_ABBREVIATIONS}{SENTENCE_STOP}[ \t]+(?=\S)")
# Between a subject and its verb: blanks, an apposition (", the foreign minister,"), adverbs.
# Wire copy often leaves the apposition's second comma out (", South Korean trade minister
# said"): that one is a description, lower-case words after any capitalised ones.
_ADVERBS = "|".join(sorted(SPEECH_ADVERBS))
# A verb joined to an earlier predicate of the same subject: "… and praised", "… and then said".
_COORDINATED_RE = re.compile(rf"(?<![ \t])[ \t]+and[ \t]+(?:(?:{_ADVERBS})[ \t]+){{0,2}}\Z", re.I)
_ATTACHED = (
    r"[ \t]*,?[ \t]+(?:of|in|at|from|for)[ \t]+(?:the[ \t]+|nearby[ \t]+)?"
    r"(?:[A-Z][\w'’.-]*[ \t]+)+"
)
_OPEN_APPOSITION = (
    r"(?-i:[ \t]*,[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){0,3}[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,3}[ \t]+)"
)
# ", the Managing Director of Virgin Trains said": a definite or indefinite description whose
# closing comma was left out (any later subject inside it is nearer the verb and wins).
_ARTICLE_APPOSITION = r"(?:[ \t]*,[ \t]+(?:the|an?)[ \t]+(?:[\w'’.-]+[ \t]+){1,8})"
_GAP_RE = re.compile(
    rf"\A(?:[ \t]+|[ \t]*,[^,\"“”«»]{{1,160}},[ \t]*|{_ATTACHED}|{_OPEN_APPOSITION}|"
    rf"{_ARTICLE_APPOSITION})"
    rf"(?:(?:{_ADVERBS})[ \t]+){{0,2}}\Z",
    re.I,
)
# Title and honorific words before a name: "Prime Minister Keir Starmer", "Mr. Blair".
_TITLE_GAP_RE = re.compile(r"(?:(?:[A-Z][\w.’'-]*|of|the|for|and)[ \t]+)*")
_LEAD_RE = re.compile(r"\A[ \t]*[,;]?[ \t]*(?:[—–-]+[ \t]*)?")
# A name set off after its title: "the Commission president, Ursula von der Leyen, said".
# Words that describe a speaker before the name, in any case: "Canada's foreign minister, ",
# "Russian foreign ministry spokeswoman ", "the UN secretary general, ".
_SPEAKER_DESCRIPTION_RE = re.compile(
    r"(?:(?:the|a|an)[ \t]+)?(?:[A-Z][\w.’'-]*(?:['’]s)?[ \t]+)?"
    r"(?:[a-z][\w-]*[ \t]+){0,4}?(?:[a-z][\w-]*)(?:,[ \t]*|[ \t]+)"
)
# A longer description, with the body or place it is of, closed by a comma before the name:
# "the chief economist for Barclays Capital in Tokyo, ", "the head of the Lund group, ".
_BODY_DESCRIPTION_RE = re.compile(
    r"(?:the|an?)[ \t]+(?:[A-Z][\w.’'-]*(?:['’]s)?[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,3}?[a-z][\w-]*"
    r"(?:[ \t]+(?:of|for|at|in|with|from)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.’'&-]*[ \t]+){0,3}"
    r"[A-Z][\w.’'&-]*(?:[ \t]+[a-z][\w-]*){0,2}){1,2},[ \t]*"
)
_DESCRIPTORS_RE = re.compile(
    r"(?:[ \t]+(?!(?:from|of|at|in|for|with|by|to|on|a|an|the|and|or|who|which|that)(?![\w-]))"
    r"[a-z][\w-]*){1,3},?[ \t]+"
)
_LISTENER_VERB = re.compile(r"(?i:told|tells?|telling)")
_FINITE_SPEECH_FORMS = frozenset(("said", "says", "told", "tells", "spoke", "wrote", "writes"))
# "Mehr News Agency quoted Khamenei", "the newspaper Le Monde quoted her": a short source, then
# "quoted" and the speaker; "Bush was quoted as saying": the passive, the subject the speaker.
_QUOTED_RE = re.compile(r"(?:[\w'’.&-]+[ \t]+){1,6}?quoted[ \t]+")
_PASSIVE_QUOTED_RE = re.compile(
    r"(?:[ \t]*,[^,\"“”«»\n]{1,160},)?"  # "Yazar, a colleague of the activist, was quoted"
    r"[ \t]+(?:was|were|is|has[ \t]+been|had[ \t]+been)[ \t]+(?:also[ \t]+)?quoted(?![\w-])"
)
# An indefinite noun phrase names no one: "one voter said", "said a local resident", "one of
# the protesters said". Up to four words, none of them a comma or a clause.
_INDEFINITE_SOURCE_RE = re.compile(
    r"(?i:an?|one|another)[ \t]+(?!(?i:of[ \t]+(?:his|her|their|its)))"
    r"(?:(?!(?i:who|which|that|and|but)[ \t])[\w'’-]+[ \t]+){0,4}?"
)
_APPOSITION_RE = re.compile(r"[ \t]*,[ \t]*")
_COMMA_GAP_RE = re.compile(r"[ \t]*,[ \t]+")
_TITLE_THEN_COMMA_RE = re.compile(
    r"\b(?:president|minister|secretary|chancellor|premier|spokes(?:man|woman|person)|chief|"
    r"envoy|leader|ambassador|director|commissioner|adviser|advisor|head|general|king|queen|"
    r"governor|mayor|representative|manager)"
    # "ambassador to the OSCE, ", "general manager of Multimedia, ": the title's body
    r"(?:[ \t]+(?:to|of|for|at)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*)?"
    r"[ \t]*,[ \t]*\Z",
    re.IGNORECASE,
)
_ACCORDING_RE = re.compile(r"(?i:according)[ \t]+to[ \t]+")
_ACCORDING_BEFORE_RE = re.compile(r"(?<![\w-])(?i:according)[ \t]+to[ \t]+\Z")
_OWNER_NEXT_RE = re.compile(r"[ \t]+(?:from|by|of)[ \t]+")
# Where a document came out, when it names no owner: "a statement issued in Beijing".
_ISSUED_IN_RE = re.compile(
    r"[ \t]+(?:issued|released|published|adopted|signed|agreed)[ \t]+(?:in|at)[ \t]+"
    r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}"
)
# A speech verb in the passive names its speaker after "by": "as reported by Steve Levine of
# BusinessWeek, "…"", "described by Mukherjee as "…"".
_BY_RE = re.compile(r"[ \t]+by[ \t]+")
# A word that makes the phrase after it an object, not a subject: "a strategist for Barclays
# Capital said", "a news conference with Prime Minister Paul Martin".
_PREPOSITION_BEFORE_RE = re.compile(
    r"(?<![\w-])(?i:with|to|by|for|of|from|at|on|against|between|among|than|like)[ \t]+"
    r"(?:(?:the|[A-Z][\w.'’-]*)[ \t]+)*\Z"
)
_NAME_RUN_RE = re.compile(NAME_PATTERN)
# Bodies named by letters and a number or an ampersand, which no name pattern reads whole:
# "the G-20", "G8", "the P5+1", "J&J" (a name run would stop at "G" or "J").
_NUMBERED_BODY_RE = re.compile(
    r"(?<![\w.&-])(?:(?i:the)[ \t]+)?"
    r"(?P<body>[A-Z]{1,3}-?\d{1,2}(?:\+\d)?|[A-Z]{1,3}&[A-Z]{1,3})(?![\w&-]|\+)"
)
_ANY_PRONOUN_RE = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(sorted(PRONOUNS, key=len, reverse=True))})(?![\w-])"
)
_PRONOUN_SUBJECT_RE = re.compile(r"(?<![\w-])(?i:he|she|they|we|it)(?![\w-])")
_ORG_RE = re.compile(
    r"(?<![\w-])(?:(?i:the|a|an|its)[ \t]+|(?:[A-Z][\w.]*[ \t]+)?[A-Z][\w.]*['’]s[ \t]+)"
    r"(?:(?!(?i:from|of|by|with|to|in|at|for|and|on)[ \t])[\w-]+[ \t]+){0,3}"
    rf"(?i:{'|'.join(sorted(map(re.escape, ORGANISATION_SPEAKERS), key=len, reverse=True))})"
    r"(?![\w-])"
)
# A title reference the people finder could not tie to anyone ("the prime minister" when no
# prime minister was named): still the subject of its verb, so no one else is credited.
_ROLES = "|".join(
    sorted(
        map(re.escape, (*REFERENCE_ROLES, *DOCUMENT_SOURCES, *UNNAMED_SOURCES)),
        key=len,
        reverse=True,
    )
)
_ROLE_PHRASE_RE = re.compile(
    rf"(?<![\w-])(?i:the|a|an|one|another)[ \t]+(?:[\w.'’-]+[ \t]+){{0,2}}(?i:{_ROLES})"
    r"(?![\w-])"
)
# A plural source with no article: "Critics have claimed", "Analysts said". Anonymous.
_UNNAMED_GROUP_RE = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(sorted(UNNAMED_GROUPS, key=len, reverse=True))})(?![\w-])"
)
# Words that open an unnamed source: "One victim described", "Another witness said".
_QUANTIFIERS = frozenset(("One", "Another", "Some", "Many", "Several", "Most", "Others"))
# Before a modifier that opens an object, not a subject: "the president in the Greek south".
_OBJECT_BEFORE_RE = re.compile(
    r"(?<![\w-])(?i:in|at|from|of|on|with|for|to|by|near|across)[ \t]+(?:(?i:the)[ \t]+)?\Z"
)
_INDEFINITE_BEFORE_RE = re.compile(r"(?<![\w-])(?i:an?|one|another)[ \t]+\Z")
_LOWER_WORD_RE = re.compile(r"[ \t]+(?P<word>[a-z0-9][\w-]*)")
_CLAUSE_WORDS = frozenset(("who", "which", "that", "and", "or", "but", "of", "in", "at", "for"))
_IN_NAME_BEFORE_RE = re.compile(r"(?<![\w-])(?:and|of|&)[ \t]+\Z")
# An anonymous source given a name after all: "a protester using the pseudonym Katya", "a
# resident who gave her name as Amina", "a worker identified only as Li".
_NAMED_AS_RE = re.compile(
    r"[ \t]+(?:(?:named|called|nicknamed)|identified[ \t]+(?:only[ \t]+)?as|"
    r"(?:using|giving|who[ \t]+gave)[ \t]+(?:the|a|his|her|their)[ \t]+"
    r"(?:pseudonym|name|first[ \t]+name)(?:[ \t]+as)?)[ \t]+"
    rf"(?P<name>{NAME_PATTERN})"
)
# An unnamed spokesperson of no named body: "an airline spokesperson", "a spokeswoman".
_ANONYMOUS_SPOKESPERSON_RE = re.compile(
    r"(?i:an?|one|another)[ \t]+(?-i:(?:[a-z][\w-]*[ \t]+){0,3})spokes(?:man|woman|person)"
)
_ORG_HEADS = (
    "Department|Ministry|Office|Union|Council|Embassy|Agency|Commission|Committee|Alliance|"
    "Association|Federation|Confederation|Institute|Forum|Organisation|Organization|Bank|Fund|"
    "Party|Government|Parliament|Secretariat|Presidency|Kremlin|Palace|House|Group|Foundation|"
    "Centre|Center|Chamber|Society|Court|Authority|Board|Service|Command|Programme|Program|"
    "Forces|Force|Movement|Front|Corps|Network|Coalition"
)
# A named organisation: "the Department of Foreign Affairs and Trade", "National Farmers' Union".
_ORG_NAME_RE = re.compile(
    rf"(?<![\w-])(?:[Tt]he[ \t]+)?(?:[A-Z][\w'’.-]*[ \t]+(?:(?:of|and|for|on)[ \t]+)?){{0,5}}"
    rf"(?:{_ORG_HEADS})"
    r"(?:[ \t]+(?:of|for|on)(?:[ \t]+(?:and[ \t]+|the[ \t]+)?[A-Z][\w'’-]*)+){0,2}"
    r"(?![\w-])"
)
# "a spokesperson for the Refugee Council said", "… for the U.S. Department of State", "… for
# the union": a name of capitalised words (small joining words inside), or one common noun;
# never the verb after it.
_SPOKESPERSON_FOR_RE = re.compile(
    r"[ \t]+(?:for|of|at)[ \t]+(?P<org>(?:the[ \t]+)?(?:[A-Z][\w'’.-]*"
    r"(?:[ \t]+(?:(?:of|for|and|on)[ \t]+(?:the[ \t]+)?)?[A-Z][\w'’.-]*){0,5}|[a-z][\w'’-]*))"
)
# A person's title after "a spokesperson for": "the Secretary-General", "the president".
_PERSON_TITLE_RE = re.compile(
    r"(?:the[ \t]+)?(?i:"
    + "|".join(sorted(map(re.escape, {*TITLE_HEADS, *REFERENCE_ROLES}), key=len, reverse=True))
    + ")"
)
# "a spokesman for Russian President Vladimir Putin said": the spokesman, not the man he
# speaks for, is the subject, and he is unnamed.
_SPOKESPERSON_FOR_PERSON_RE = re.compile(
    r"(?i:spokes(?:man|woman|person))[ \t]+for[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.'’-]*[ \t]+){0,4}\Z"
)
_NAMED_SPOKESPERSON_RE = re.compile(
    r",[ \t]+(?:(?:a|an|the)[ \t]+)?(?:[\w'’.-]+[ \t]+){0,2}?(?i:spokes(?:man|woman|person))"
    r"[ \t]+for[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.'’-]*[ \t]+){0,4}"
)
_MODIFIERS_RE = re.compile(r"[^,.;:\"“”‘’«»\n]{0,80}")
_OF_RE = re.compile(r"[ \t]+(?:of|at|from|for|with)[ \t]+(?:the[ \t]+)?")
_PLACE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:in|at|from|near|of|to|with)[ \t]+(?:(?:nearby|neighbou?ring)[ \t]+)?\Z"
)
# Groups that speak together: "Group of 20 leaders", "EU foreign ministers", "the leaders".
_GROUP_RE = re.compile(
    r"(?<![\w-])(?:[Tt]he[ \t]+)?(?:[A-Z0-9][\w.'’-]*[ \t]+(?:of[ \t]+)?){0,3}"
    r"(?:(?:foreign|finance|trade|defen[cs]e)[ \t]+)?"
    r"(?:leaders|ministers|members|governments|nations)(?![\w-])"
)
_ACRONYM_RE = re.compile(
    r"(?P<full>[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|and|for|the)[ \t]+)*[A-Z][\w'’-]*){1,6})"
    r"[ \t]+\((?P<acronym>[A-Z]{2,6})\)"
)
# After a document: "a statement from the Kremlin", "posted on the group's Telegram channel".
_DOCUMENT_OWNER_RE = re.compile(
    r"[ \t]+(?:(?:posted|published|issued|released|seen|put out)[ \t]+)?(?:from|by|of|on)[ \t]+"
    r"(?P<owner>(?:the[ \t]+)?(?:[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4}|[a-z]+))"
    r"(?=['’]s\b|[ \t,.;]|\Z)"
)
_OWNER_OFFICE_RE = re.compile(
    r"[ \t]+(?:[\w-]+[ \t]+){0,2}?(?i:office|government|ministry|administration|campaign|"
    r"spokes(?:man|woman|person))(?![\w-])"
)
_DESCRIPTOR_RE = re.compile(r"(?<![\w-])(?i:the)[ \t]+\d{1,3}-year-old(?![\w-])")
_DRAFT_DOCUMENT_RE = re.compile(
    r"(?i:the|a)[ \t]+(?i:draft|final|joint)[ \t]+(?i:declaration|agreement|communiqu[eé]|text)"
)
_ORG_ARTICLE_RE = re.compile(r"\A(?i:the|a|an|its)[ \t]+")
# Who issued a document: a body of capitalised words or a numbered one ("the G8 leaders").
_ISSUER = (
    r"(?<![\w-])(?:[A-Z][\w'’.-]*|[A-Z]{1,3}-?\d{1,2})(?:[ \t]+(?:[A-Z][\w'’.-]*|of|for)){0,5}?"
)
_ADVERBS_RE = r"(?i:also|today|jointly|later|then)"
# Head words of a body's name that no personal name holds ("the Andean Community Wagner").
_NAME_RUN_ORG_HEADS = frozenset({*_ORG_HEADS.split("|"), "Community", "Communities"})


@lru_cache(maxsize=64)
def _fuller_patterns(head: str) -> tuple[re.Pattern[str], ...]:
    """Fuller names ending in ``head``: "National Farmers' Union", "Japan's foreign ministry"."""
    word = re.escape(head)
    return (
        re.compile(
            rf"(?:[A-Z][\w.'’-]*[ \t]+(?:(?:of|and|for)[ \t]+)?){{1,5}}(?i:{word})"
            rf"(?:[ \t]+of(?:[ \t]+(?:and[ \t]+)?[A-Z]\w*)+)?(?![\w-])"
        ),
        re.compile(rf"[A-Z][\w.]*['’]s[ \t]+(?:[a-z-]+[ \t]+){{0,2}}(?i:{word})(?![\w-])"),
    )


def _org_name(phrase: str) -> str:
    """ "The UN's World Food Programme" → "World Food Programme"."""
    name = _ORG_ARTICLE_RE.sub("", phrase)
    words = name.split()
    if len(words) > 1 and words[0].endswith(("'s", "’s")):
        name = " ".join(words[1:])
    return name


@lru_cache(maxsize=1)
def _after_quote_verbs() -> re.Pattern[str]:
    """Speech verbs, and "read"/"reads", which report words only next to the quote."""
    return re.compile(rf"{speech_verb_pattern().pattern}|(?<![\w-])(?i:reads?)(?![\w-])")


@lru_cache(maxsize=1)
def _indefinite_then_verb() -> re.Pattern[str]:
    """ "one voter said", "a local resident told": an indefinite subject, then its verb."""
    return re.compile(rf"{_INDEFINITE_SOURCE_RE.pattern}(?P<verb>{_after_quote_verbs().pattern})")


@lru_cache(maxsize=256)
def _is_demonym(word: str) -> bool:
    """ "Israeli", "British": a country's demonym, the whole word ("Italy warned" names a
    speaker; "the Israeli colonel said" does not)."""
    mentions = find_countries(word)
    return (
        bool(mentions)
        and mentions[0].kind == "demonym"
        and mentions[0].start == 0
        and mentions[0].end == len(word)
    )


def _is_country(subject: _Subject) -> bool:
    """A subject that is a country's name ("Syria said"): a speaker, as a government."""
    name = subject.speaker or ""
    mentions = find_countries(name)
    return len(mentions) == 1 and mentions[0].kind == "name" and mentions[0].end == len(name)


def _body_like(name: str) -> bool:
    """A name that can have issued a document: an acronym ("RBC"), one word that is no demonym
    ("the Ministry"), a first name and surname, or words ending in an organisation head."""
    words = name.split()
    if len(words) == 1:
        return not _is_demonym(name)
    if len(words) == 2 and not any(_is_demonym(word) for word in words):
        return True  # a first name and a surname: "Alan Burns released a statement"
    return name.isupper() or words[-1] in _NAME_RUN_ORG_HEADS


def _is_document(phrase: str) -> bool:
    return phrase.lower().endswith(DOCUMENT_SOURCES)


def _bare_document(speaker: str) -> bool:
    """A document named as the speaker for want of an owner ("statement issued in Beijing")."""
    return any(word in DOCUMENT_SOURCES for word in speaker.lower().split()[:3])


def _acronyms(text: str) -> dict[str, str]:
    """ "Rapid Support Forces (RSF)" → {"RSF": "Rapid Support Forces"}."""
    found: dict[str, str] = {}
    for match in _ACRONYM_RE.finditer(text):
        words = match.group("full").split()
        for first in range(len(words)):
            # "The Northern Defence Forces (NDF)": the name starts where its initials do.
            if words[first][:1].islower():
                continue
            full = " ".join(words[first:])
            initials = "".join(word[0] for word in words[first:] if word[:1].isupper())
            if initials == match.group("acronym"):
                found.setdefault(match.group("acronym"), full)
                break
    return found


@dataclass(frozen=True, slots=True)
class _Subject:
    start: int
    end: int
    speaker: str | None
    person: bool = False
    # A capitalised name the people finder had no evidence for: no person for pronouns, but a
    # name that can be the speaker an apposition or a preposition points to.
    name_run: bool = False


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: str | None
    cue: str | None
    span: tuple[int, int] | None


NO_ATTRIBUTION = Attribution(None, None, None)


# --------------------------------------------------------------------------------------------
# Subjects: who a stretch of text names as the speaker


class _Context:
    """The article, its people, and the subjects a quote's attribution may name."""

    def __init__(
        self,
        text: str,
        paragraphs: Sequence[tuple[int, int]],
        people: Sequence[PersonMention] | None = None,
    ) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.people = list(people) if people is not None else find_people(text)
        self.acronyms = _acronyms(text)
        self.starts = [mention.start for mention in self.people]
        self.verbs = speech_verb_pattern()
        # Right after a quote, "read" reports words too: "…," the statement read.
        self.after_verbs = _after_quote_verbs()
        # The quote being attributed, and every quoted stretch: a pronoun outside quotes does
        # not point to someone named inside one, and a speaker does not name himself in the
        # third person ("I cannot accept Uribe's lies," he said — he is not Uribe).
        self.quote: tuple[int, int] | None = None
        # Where the quotation holding the current quote opens: its first paragraph's start.
        self.quote_origin = 0
        self.origin_of: dict[int, int] = {}
        self.quoted: list[tuple[int, int]] = []
        self._cast: _Cast | None = None
        self._surnames: dict[str, str] | None = None
        self._names: frozenset[str] | None = None

    def names(self) -> frozenset[str]:
        """The names of the article's people."""
        if self._names is None:
            self._names = frozenset(mention.name for mention in self.people)
        return self._names

    def subjects(self, start: int, end: int) -> list[_Subject]:
        """Every possible speaker phrase in ``[start, end)``, in text order, longest first.

        Organisations come first so "Carney's office" is not read as Carney; then people,
        pronouns, descriptions ("the 62-year-old"), title phrases and bare capitalised names.
        """
        text = self.text
        found: list[_Subject] = []

        def free(begin: int, finish: int) -> bool:
            return not any(s.start < finish and begin < s.end for s in found)

        for match in _ORG_RE.finditer(text, start, end):
            found.append(_Subject(match.start(), match.end(), self._organisation(match)))
        for index in range(bisect_left(self.starts, start), bisect_left(self.starts, end)):
            mention = self.people[index]
            if mention.end <= end and free(mention.start, mention.end):
                found.append(_Subject(mention.start, mention.end, mention.name, person=True))
        for match in _PRONOUN_SUBJECT_RE.finditer(text, start, end):
            found.append(self._pronoun(match.start(), match.end()))
        for match in _DESCRIPTOR_RE.finditer(text, start, end):
            found.append(self._descriptor(match.start(), match.end()))
        for match in _GROUP_RE.finditer(text, start, end):
            if free(match.start(), match.end()):
                found.append(_Subject(match.start(), match.end(), self._group(match)))
        for match in _ORG_NAME_RE.finditer(text, start, end):
            if free(match.start(), match.end()):
                found.append(_Subject(match.start(), match.end(), _org_name(match.group())))
        for match in _ROLE_PHRASE_RE.finditer(text, start, end):
            if free(match.start(), match.end()):
                owner = self._document_owner(match) if _is_document(match.group()) else None
                if owner is None and _is_document(match.group()):
                    owner = self._document_issuer(match)
                if owner is None and _DRAFT_DOCUMENT_RE.fullmatch(match.group()):
                    # "according to the draft declaration": with no owner named, the text
                    # itself is the source the words are attributed to.
                    owner = _ORG_ARTICLE_RE.sub("", match.group())
                if (
                    owner is None
                    and _is_document(match.group())
                    and _ACCORDING_BEFORE_RE.search(text, max(0, match.start() - 16), match.start())
                ):
                    # "according to a statement issued in Beijing": with no owner, the words
                    # are the document's, named as the text names it.
                    if _OWNER_NEXT_RE.match(text, match.end(), end):
                        found.append(_Subject(match.start(), match.end(), None))
                        continue  # "a report by al-Jazeera": an owner, if not one we can read
                    issued = _ISSUED_IN_RE.match(text, match.end(), end)
                    finish = issued.end() if issued is not None else match.end()
                    document = _ORG_ARTICLE_RE.sub("", text[match.start() : finish])
                    if document.endswith(".") and document.count(".") == 1:
                        document, finish = document[:-1], finish - 1  # the full stop
                    found.append(_Subject(match.start(), finish, document))
                    continue
                known = None if owner is not None else self._definite_reference(match)
                if known is not None:
                    found.append(_Subject(match.start(), match.end(), known, person=True))
                    continue
                if owner is None and not _is_document(match.group()):
                    named = _NAMED_AS_RE.match(text, match.end(), end)
                    if named is not None:
                        # "said a protester using the pseudonym Katya": the name is the speaker.
                        name = named.group("name")
                        found.append(_Subject(match.start(), named.end(), name, name_run=True))
                        continue
                found.append(_Subject(match.start(), match.end(), owner))
        for match in _UNNAMED_GROUP_RE.finditer(text, start, end):
            if match.group()[0].isupper() and _IN_NAME_BEFORE_RE.search(
                text, max(0, match.start() - 6), match.start()
            ):
                continue  # "Monsters and Critics said": part of a name
            if free(match.start(), match.end()):
                found.append(_Subject(match.start(), match.end(), None))
        for match in _NUMBERED_BODY_RE.finditer(text, start, end):
            if free(match.start(), match.end()):
                found.append(_Subject(match.start(), match.end(), match.group("body")))
        for match in _NAME_RUN_RE.finditer(text, start, end):
            subject = self._name_run(match.start(), match.end())
            if subject is not None and free(subject.start, subject.end):
                found.append(subject)
        return sorted(found, key=lambda s: (s.start, -s.end))

    def _definite_reference(self, match: re.Match[str]) -> str | None:
        """ "the Romanian official", "the US envoy": with "the" and a country, someone the
        story has named, the last person of that country named before (outside quotes). "An
        official" and "the official" stay unnamed."""
        phrase = match.group()
        if phrase[:4].lower() != "the ":
            return None
        codes = {mention.code for mention in find_countries(phrase)}
        if not codes:
            return None
        role = phrase.split()[-1].lower().rstrip("s")
        earlier = self.text[max(0, match.start() - 1500) : match.start()]
        if re.search(
            rf"(?i)(?<![\w-])(?:(?:an?|one|some|several|senior|unnamed)[ \t]+(?:[\w.'’-]+[ \t]+)"
            rf"{{0,3}}{re.escape(role)}|{re.escape(role)}s)(?![\w-])",
            earlier,
        ):
            return None  # "White House officials … the senior U.S. official": the unnamed one
        starts = [low for low, _ in self.quoted]
        for mention in reversed(self.people[: bisect_left(self.starts, match.start())]):
            index = bisect_left(starts, mention.start + 1) - 1
            if index >= 0 and mention.end <= self.quoted[index][1]:
                continue
            if mention.country in codes:
                return mention.name
        return None

    def _pronoun(self, start: int, end: int) -> _Subject:
        word = self.text[start:end].lower()
        if word not in PRONOUNS:
            return _Subject(start, end, None)
        cast = self._pronoun_cast()
        anchor = start
        if self.quote is not None and 0 <= start - self.quote[1] <= 6:
            # '"… Now he is president …," he added': the sentences inside the quote are the
            # speaker's, so "he" is read from where the quote opens.
            anchor = max(0, self.quote_origin - 1)
        person = cast.resolve(anchor, word, self.text, self._named_in_quote())
        return _Subject(start, end, person.name if person is not None else None, person=True)

    def _pronoun_cast(self) -> _Cast:
        """The people a pronoun may point to: every mention outside a quotation, indexed once
        per article (this runs for every quote a pronoun attributes)."""
        if self._cast is None:
            starts = [low for low, _ in self.quoted]
            outside = []
            for mention in self.people:
                index = bisect_left(starts, mention.start + 1) - 1
                if index >= 0 and mention.end <= self.quoted[index][1]:
                    continue  # named inside a quotation
                outside.append(mention)
            self._cast = _Cast(outside)
        return self._cast

    def _named_in_quote(self) -> frozenset[str]:
        """The people the current quote names: the speaker does not name himself in the third
        person. One search per name, not per mention."""
        if self.quote is None:
            return frozenset()
        if self._surnames is None:
            self._surnames = {
                name: name.split()[-1] for name in dict.fromkeys(m.name for m in self.people)
            }
        inside = self.text[self.quote[0] : self.quote[1]]
        return frozenset(
            name
            for name, surname in self._surnames.items()
            if surname in inside and re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", inside)
        )

    def _descriptor(self, start: int, end: int) -> _Subject:
        """ "the 62-year-old": the subject of this sentence, else of the sentence before."""
        low = max(0, start - 1500)
        bounds = [m.end() for m in _BOUNDARY_RE.finditer(self.text, low, start)]
        sentence = bounds[-1] if bounds else low
        previous = bounds[-2] if len(bounds) > 1 else low
        for low in (sentence, previous):
            for mention in self.people:
                if low <= mention.start and mention.end <= start:
                    return _Subject(start, end, mention.name, person=True)
        return _Subject(start, end, None, person=True)

    def _group(self, match: re.Match[str]) -> str | None:
        """ "Group of 20 leaders" as written; "the leaders" → the group named before, if any."""
        name = _ORG_ARTICLE_RE.sub("", match.group())
        if any(word[:1].isupper() or word[:1].isdigit() for word in name.split()):
            return name
        head = name.split()[-1].lower()
        low = max(0, match.start() - 3000)
        for earlier in reversed(list(_GROUP_RE.finditer(self.text, low, match.start()))):
            named = _ORG_ARTICLE_RE.sub("", earlier.group())
            if named.split()[-1].lower() == head and named[:1].isupper():
                return named
        return None

    def _organisation(self, match: re.Match[str]) -> str | None:
        """ "the ministry" → the fuller name given before ("Japan's foreign ministry");
        "a spokesperson for the union" → the union's name ("National Farmers' Union"); "an
        airline spokesperson", who names no body, is an anonymous source (``None``)."""
        phrase = _ORG_ARTICLE_RE.sub("", match.group())
        owner = _SPOKESPERSON_FOR_RE.match(self.text, match.end())
        if (
            owner is not None
            and phrase.lower().startswith("spokes")
            and _PERSON_TITLE_RE.fullmatch(owner.group("org"))
        ):
            # "a spokesperson for the Secretary-General said": no body, an unnamed source.
            return None
        if owner is not None and not any(
            owner.start("org") <= m.start < owner.end("org") for m in self.people
        ):
            if phrase.lower().startswith("spokes") or " spokes" in phrase.lower():
                return self._fuller(_ORG_ARTICLE_RE.sub("", owner.group("org")), match.start())
            if owner.group("org")[:1].isupper():
                # "the Ministry of Defence said": the name goes on after "of".
                return self._fuller(phrase + self.text[match.end() : owner.end()], match.start())
        if _ANONYMOUS_SPOKESPERSON_RE.fullmatch(match.group()):
            return None
        introduced = self._introduced_spokesperson(match)
        if introduced is not None:
            return introduced
        return self._fuller(phrase, match.start())

    def _introduced_spokesperson(self, match: re.Match[str]) -> str | None:
        """ "the government spokesman said" after "Abdourahim Said Bakar, a government
        spokesman": the definite phrase points back to the person it introduced."""
        phrase = match.group()
        head = phrase.split()[-1].lower()
        if phrase[:4].lower() != "the " or not head.startswith("spokes"):
            return None
        pattern = re.compile(
            rf"\A[ \t]*,[ \t]+(?i:an?|the)[ \t]+(?:[\w'’.-]+[ \t]+){{0,4}}?(?i:{head})(?![\w-])"
        )
        low = max(0, match.start() - 3000)
        for mention in reversed(self.people[: bisect_left(self.starts, match.start())]):
            if mention.start < low:
                break
            if mention.kind == "full" and pattern.match(self.text[mention.end : mention.end + 80]):
                return mention.name
        return None

    def _document_owner(self, match: re.Match[str]) -> str | None:
        """Whose a document is: "a statement from the Kremlin", "posted on the group's channel"."""
        owner = _DOCUMENT_OWNER_RE.match(self.text, match.end())
        if owner is None:
            return None
        name = _ORG_ARTICLE_RE.sub("", owner.group("owner"))
        if name.endswith(".") and name.count(".") == 1:
            name = name[:-1]  # the sentence's full stop, not an abbreviation
        if name.endswith(("'s", "’s")):
            # "a statement released by Erdogan's office": the office, not a bare possessive.
            # "… on Hamas's website": the owner is the body itself.
            office = _OWNER_OFFICE_RE.match(self.text, owner.end())
            if office is None:
                return self.acronyms.get(name[:-2], name[:-2])
            return name + self.text[owner.end() : office.end()]
        if name.lower() in GENERIC_ORGANISATIONS:
            return self._last_named_organisation(match.start())
        if name[:1].isupper():
            return self.acronyms.get(name, name)
        return None

    def _document_issuer(self, match: re.Match[str]) -> str | None:
        """ "The statement said" after "The G8 leaders issued a statement": the definite
        document is the one the story said someone issued, and its words are theirs. "RBC
        issued a written statement, saying …": the document is the object of its issuer."""
        phrase = match.group()
        definite = phrase[:4].lower() == "the "
        head = re.escape(phrase.split()[-1])
        low = max(0, match.start() - (3000 if definite else 120))
        issuer = None
        for issued in re.finditer(
            rf"(?P<owner>{_ISSUER})[ \t]+(?:(?i:leaders|ministers|members|government)[ \t]+)?"
            rf"(?:{_ADVERBS_RE}[ \t]+)?(?i:issued|released|put[ \t]+out|published|adopted)"
            rf"[ \t]+(?i:an?|its|their|the)[ \t]+(?:[\w-]+[ \t]+){{0,3}}?(?i:{head})(?![\w-])",
            self.text[low : match.start() if definite else match.end()],
        ):
            if not definite and low + issued.end() != match.end():
                continue
            begin, finish = low + issued.start("owner"), low + issued.end("owner")
            people = [m for m in self.people if begin <= m.start and m.end <= finish]
            # "British Prime Minister Gordon Brown released a statement": the person.
            issuer = people[-1].name if people else _ORG_ARTICLE_RE.sub("", issued.group("owner"))
            if not people and not definite and not _body_like(issuer):
                issuer = None  # "the Turkish government released", "the Guardian Alan X"
        return self.acronyms.get(issuer, issuer) if issuer else None

    def _last_named_organisation(self, before: int) -> str | None:
        """The organisation named last before ``before``, acronyms spelled out ("RSF")."""
        low = max(0, before - 3000)
        best: tuple[int, str] | None = None
        for match in _ORG_NAME_RE.finditer(self.text, low, before):
            best = (match.start(), _org_name(match.group()))
        if self.acronyms:
            pattern = rf"(?<![\w-])(?:{'|'.join(map(re.escape, self.acronyms))})(?![\w-])"
            for match in re.finditer(pattern, self.text[low:before]):
                if best is None or low + match.start() > best[0]:
                    best = (low + match.start(), self.acronyms[match.group()])
        return best[1] if best is not None else None

    def _fuller(self, phrase: str, before: int) -> str:
        head = phrase.split()[-1]
        best = phrase
        for pattern in _fuller_patterns(head):
            for earlier in pattern.finditer(self.text, max(0, before - 3000), before):
                found = _ORG_ARTICLE_RE.sub("", earlier.group())
                if phrase.lower() in found.lower() and len(found) > len(best):
                    best = found
        if best == phrase and head.lower() in GENERIC_ORGANISATIONS:
            return self._last_named_organisation(before) or phrase
        return best

    def _name_run(self, start: int, end: int) -> _Subject | None:
        """A capitalised name the people finder had no evidence for ("Smith said")."""
        if _PLACE_BEFORE_RE.search(self.text, max(0, start - 20), start):
            return None  # "the embassy in London said": a place, not the speaker
        words = self.text[start:end].split()
        heads = [i for i, word in enumerate(words[:-1]) if word in _NAME_RUN_ORG_HEADS]
        if heads:
            # "Secretary General of the Andean Community Wagner": the body, then the man.
            start = end - len(" ".join(words[heads[-1] + 1 :]))
            words = words[heads[-1] + 1 :]
        kept = [word for word in words if word.rstrip(".") not in NON_NAME_WORDS]
        if not kept or kept != words[len(words) - len(kept) :]:
            return None
        first = end - len(" ".join(kept))
        initials = all(len(word) <= 2 and word.endswith(".") for word in kept)
        qualifier = len(kept) == 1 and (kept[0] in _QUANTIFIERS or _is_demonym(kept[0]))
        if (initials or qualifier) and not _OBJECT_BEFORE_RE.search(
            self.text, max(0, first - 20), first
        ):
            # "One victim described", "the Israeli colonel said", "a senior U.S. official
            # called": an unnamed source, the words it qualifies included.
            finish = self._unnamed_noun_end(end)
            if finish is not None:
                return _Subject(first, finish, None)
        if len(kept) == 1:
            unnamed = self._indefinite_qualifier(first, end)
            if unnamed is not None:
                return unnamed
        if initials:
            return None  # "Washington, D.C. saying", "in the U.S.": a place, no one's name
        name = self.text[first:end]
        if name in self.acronyms:
            # "the Syrian Democratic Forces (SDF) … The SDF said": the body by the name the
            # story introduced it with.
            return _Subject(first, end, self.acronyms[name])
        return _Subject(first, end, name, name_run=True)

    def _indefinite_qualifier(self, first: int, end: int) -> _Subject | None:
        """ "one Islamic cleric has said", "a Pentagon official": one capitalised word that
        qualifies the noun of an indefinite phrase names no one; the phrase, article included,
        is an unnamed source. Not after a preposition ("at a Miami museum") nor before one
        ("an E-mail to her supporters")."""
        article = _INDEFINITE_BEFORE_RE.search(self.text, max(0, first - 9), first)
        if article is None or _PREPOSITION_BEFORE_RE.search(
            self.text, max(0, article.start() - 12), article.start()
        ):
            return None
        noun = _LOWER_WORD_RE.match(self.text, end)
        if noun is None or noun.group("word") in _NOUN_PREPOSITIONS | _CLAUSE_WORDS | {"to"}:
            return None
        finish = self._unnamed_noun_end(end)
        return _Subject(article.start(), finish, None) if finish is not None else None

    def _unnamed_noun_end(self, position: int) -> int | None:
        """The end of the lower-case words after ``position`` that name a kind of person or
        body ("colonel", "national newspaper"), up to three and never a speech verb."""
        finish = None
        for _ in range(3):
            word = _LOWER_WORD_RE.match(self.text, position)
            if word is None:
                break
            token = word.group("word")
            if self.verbs.fullmatch(token) or token in SPEECH_ADVERBS or token in _CLAUSE_WORDS:
                break
            finish = position = word.end()
        return finish


# --------------------------------------------------------------------------------------------
# Attribution patterns


def _is_verb(text: str, match: re.Match[str], *, strict: bool = False) -> bool:
    """A speech verb, not the noun it doubles as ("a post", "the report").

    ``strict`` also drops verbs after a modal ("will add £3.5bn"), for sentences that hold no
    quote themselves; next to a quote "will promise to "…"" is still speech.
    """
    before = text[max(0, match.start() - 12) : match.start()].split()
    if not before:
        return True
    word = before[-1].lower()
    if match.group()[:1].isupper() and before[-1][-1:] not in ".!?:\"“”'’":
        return False  # "the United States": a capitalised form inside a sentence is a name
    if word in _NOUN_PREPOSITIONS and not match.group().lower().endswith("ing"):
        return False  # "veiled in caution", "with praise": a noun; "by saying" is still speech
    if (
        len(before) > 1
        and before[-1][:1].isupper()
        and before[-2].lower() in _DETERMINERS
        and match.group().lower() in SPEECH_VERB_LEMMAS
    ):
        return False  # "the OSCE report", "the BBC comment": a bare form after a name is a noun
    return word not in _DETERMINERS and not (strict and word in _MODALS)


def _coordinated(text: str, start: int, verb: int) -> bool:
    """ "… and praised": the verb at ``verb`` is the second predicate of its clause."""
    return _COORDINATED_RE.search(text, max(start, verb - 40), verb) is not None


def _set_off_after_title(text: str, subject: _Subject, verb_start: int) -> bool:
    """ "the Commission president, Ursula von der Leyen, said": a person set off by commas
    right after a title word is the subject of the verb after the closing comma."""
    return (
        subject.person
        and _COMMA_GAP_RE.fullmatch(text, subject.end, verb_start) is not None
        and _TITLE_THEN_COMMA_RE.search(text, max(0, subject.start - 80), subject.start) is not None
    )


def _subject_then_verb(
    ctx: _Context, subjects: Sequence[_Subject], verb: re.Match[str]
) -> _Subject | None:
    """The subject directly before ``verb``: "she stated", "Smith, the minister, said".

    In "Peter Lokwawi of the Turkana Basin Alliance said" the subject is the person, not the
    organisation attached to him.
    """
    for index in range(len(subjects) - 1, -1, -1):
        subject = subjects[index]
        if subject.end <= verb.start() and (
            _GAP_RE.match(ctx.text[subject.end : verb.start()])
            or _set_off_after_title(ctx.text, subject, verb.start())
        ):
            while index > 0 and _OF_RE.fullmatch(
                ctx.text, subjects[index - 1].end, subjects[index].start
            ):
                index -= 1
            chosen = subjects[index]
            if chosen.person and _SPOKESPERSON_FOR_PERSON_RE.search(
                ctx.text, max(0, chosen.start - 80), chosen.start
            ):
                spokesman = subjects[index - 1] if index else None
                if (
                    spokesman is not None
                    and (spokesman.person or spokesman.name_run)
                    and _NAMED_SPOKESPERSON_RE.fullmatch(ctx.text, spokesman.end, chosen.start)
                ):
                    return spokesman  # "Nabil Abu Rdeneh, spokesman for President Abbas, said"
                return _Subject(chosen.start, chosen.end, None)
            described = subjects[index - 1] if index else None
            if (
                not chosen.person
                and not chosen.name_run
                and described is not None
                and (described.person or described.name_run)
                and _COMMA_GAP_RE.fullmatch(ctx.text, described.end, chosen.start)
                and _ORG_ARTICLE_RE.match(ctx.text[chosen.start : chosen.end]) is not None
            ):
                # "Col. William Costello, a Southern Command spokesman, also said", "Dadullah, a
                # high ranking official for the Taliban has said": the phrase set off after the
                # person describes him, and he is the speaker.
                return described
            if (
                not chosen.person
                and chosen.speaker is not None
                and _PREPOSITION_BEFORE_RE.search(ctx.text, max(0, chosen.start - 60), chosen.start)
            ):
                # "Koon Chow, a strategist for Barclays Capital said": the organisation is an
                # object; the speaker is the person the apposition describes.
                people = [s for s in subjects[:index] if s.person or s.name_run]
                if people:
                    return people[-1]
            if not chosen.person:
                # "The prime minister, Keir Starmer, said": the apposition names the speaker.
                named = [
                    s
                    for s in subjects
                    if s.person and chosen.end <= s.start and s.end <= verb.start()
                ]
                if named:
                    return named[-1]
            return chosen
    return None


# A speech participle hung on a clause by a comma: ", saying", ", also adding".
_COMMA_PARTICIPLE_RE = re.compile(r",[ \t]+(?:(?:also|then|further|again|while|before)[ \t]+)?\Z")
# What may open a sentence before its subject: nothing, or one phrase closed by a comma
# ("Speaking to reporters on Monday, ", "In Brussels, ").
_CLAUSE_LEAD_RE = re.compile(r"[ \t]*(?:[^,;:\"“”\n]{1,80},[ \t]*)?")
# After the subject, its verb: a lower-case word ("called", "have", "tried").
_VERB_AFTER_SUBJECT_RE = re.compile(
    r"[ \t]+(?:(?:also|then|later|again)[ \t]+)?"
    r"(?!(?:and|or|of|in|at|for|from|with|to|on|by|who|which|that|the|a|an)(?![\w-]))[a-z]"
)


# Between a description and the name it goes with: "spokesman", "spokesman and lawyer".
_DESCRIPTION_WORDS_RE = re.compile(
    r"[ \t]+(?:(?:and|chief|senior|deputy|press|(?i:spokes(?:man|woman|person))|lawyer|adviser|"
    r"advisor|aide|official|economist|analyst|director|head)[ \t]+)*"
)
# A clause of its own inside the sentence: ", but chief economist Howard Archer disagrees".
_CLAUSE_OPENING_RE = re.compile(
    r"[,;][ \t]+(?:(?:but|and|while|whereas|yet|though|although)[ \t]+)?"
    r"(?:[\w'’.-]+[ \t]+){0,4}\Z"
)

_LATER_CLAUSE_RE = re.compile(r"[,;][ \t]+(?:but|and|while|whereas|yet|though|although)(?![\w-])")


def _participle_subject(
    ctx: _Context,
    candidates: Sequence[_Subject],
    verbs: Sequence[re.Match[str]],
    start: int,
    participle: re.Match[str],
    end: int,
) -> _Subject | None:
    """Who speaks the words of ", saying …" / ", adding that …": the person the speech verb
    before it in the sentence has for subject ("Zapata said, adding …"), else the subject of
    the clause it hangs on. A clause between the participle and the quote ("calling it a
    success, but others fear that "…"") leaves the quote to the rules before."""
    if _LATER_CLAUSE_RE.search(ctx.text, participle.end(), end):
        return None
    earlier = [v for v in verbs if v.end() <= participle.start()]
    if earlier:
        before = [s for s in candidates if s.end <= earlier[-1].start()]
        adjacent = _subject_then_verb(ctx, before, earlier[-1]) if before else None
        if adjacent is not None and adjacent.person:
            return adjacent
    return _main_clause_subject(ctx, candidates, start, participle.start())


def _coordinated_subject(
    ctx: _Context, candidates: Sequence[_Subject], start: int, verb: int
) -> _Subject | None:
    """The subject of the first clause that a verb joined by "and" shares: the sentence's main
    subject, after an opening subordinate clause ("While Smith has said …, the ACLU spoke out
    … and called it …"); a person named only inside that clause is not it."""
    opener = _SUBORDINATE_OPENER_RE.match(ctx.text, _skip_blanks(ctx.text, start), verb)
    if opener is not None:
        comma = ctx.text.find(",", opener.end(), verb)
        if comma == -1:
            return None
        start = comma + 1
        candidates = [s for s in candidates if s.start >= start]
    main = _main_clause_subject(ctx, candidates, start, verb)
    if main is None and opener is not None:
        people = [s for s in candidates if s.person]
        return people[0] if people else None
    return main


def _main_clause_subject(
    ctx: _Context, candidates: Sequence[_Subject], start: int, verb: int
) -> _Subject | None:
    """The subject opening the sentence ``[start, verb)``, when one plainly does: the first
    phrase, or the first after an opening phrase closed by a comma ("Speaking to reporters on
    Monday, the minister …"), with its verb right after it or set off before the name it
    describes ("the leader of the group, Tony Ene insisted …"); the subject of a later clause
    of the sentence, if it has one ("…, but economist Howard Archer disagrees, calling …")."""
    text = ctx.text
    begin = _skip_blanks(text, start)
    lead = _CLAUSE_LEAD_RE.match(text, start, verb)
    openings = [begin, lead.end() if lead is not None else begin]
    first = next((s for o in openings for s in candidates if s.start == o), None)
    if first is None:
        # "the ACLU spoke out": a body's initials after their article open the clause too
        # (a person there only qualifies a noun: "The Biden campaign")
        first = next(
            (
                s
                for o in openings
                for s in candidates
                if s.start == o + 4
                and text[o : o + 4] in ("the ", "The ")
                and (s.speaker or "").isupper()
            ),
            None,
        )
    if first is None:
        return None
    if (
        first.name_run
        and len((first.speaker or "").split()) == 1
        and not _is_country(first)
        and not (
            (first.speaker or "").isupper()  # "the ACLU spoke out": a body's initials
            and text[max(0, first.start - 4) : first.start] in ("the ", "The ")
        )
    ):
        return None  # "Strong winds …", "Downplaying the incident, …": no one's name
    chosen = first
    described = text[first.start : first.end].split()[0].lower() in _DETERMINERS
    if not chosen.person or described:
        for later in candidates:
            if later.start <= chosen.start or later.start >= verb:
                continue
            gap = text[chosen.end : later.start]
            if later.person and (
                re.fullmatch(r"[^,.;:\"“”\n]{0,40},[ \t]+", gap)
                or _DESCRIPTION_WORDS_RE.fullmatch(gap)
            ):
                chosen = later  # "the leader of the group, Tony Ene", "… spokesman Gideon Meir"
                break
            if later.start > chosen.end + 40:
                break
    if not _VERB_AFTER_SUBJECT_RE.match(text, chosen.end, verb):
        return None
    for later in candidates:
        if (
            chosen.end < later.start
            and later.end <= verb
            and (later.person or (later.speaker is not None and not later.name_run))
            and _CLAUSE_OPENING_RE.search(text, max(chosen.end, later.start - 60), later.start)
            and _VERB_AFTER_SUBJECT_RE.match(text, later.end, verb)
        ):
            chosen = later
    return chosen


def _after_at(ctx: _Context, position: int, limit: int) -> Attribution | None:
    """Attribution starting at ``position``: "she said", "said Smith", "according to X"."""
    text = ctx.text
    according = _ACCORDING_RE.match(text, position, limit)
    if according is not None:
        subject = _subject_at(ctx, according.end(), limit)
        if subject is not None:
            return _attribution(subject, "according to")
        return None
    verb = ctx.after_verbs.match(text, position, limit)
    if verb is not None:
        if _LISTENER_VERB.fullmatch(verb.group()):
            return None  # "… told AFP": who comes after "told" is the listener
        subject = _subject_at(ctx, _skip_blanks(text, verb.end()), limit)
        if subject is not None and verb.end() < subject.start:
            return _attribution(subject, verb.group())
        if subject is None and _anonymous_at(text, _skip_blanks(text, verb.end()), limit):
            return Attribution(None, verb.group(), None)  # "…," said a local resident.
        return None
    quoted = _QUOTED_RE.match(text, position, limit)
    if quoted is not None:
        # "…," Mehr News Agency quoted Khamenei. / "…," Le Monde quoted her as saying: the one
        # quoted is the speaker, the paper only carries the words.
        subject = _subject_at(ctx, quoted.end(), limit)
        if subject is not None and (subject.person or subject.name_run):
            return _attribution(subject, "quoted")
    first = _subject_at(ctx, position, limit)
    if first is not None and _PASSIVE_QUOTED_RE.match(text, first.end, limit):
        return _attribution(first, "quoted")  # "…," Bush was quoted as saying.
    if first is None:
        anonymous = _indefinite_then_verb().match(text, position, limit)
        if anonymous is not None:
            return Attribution(None, anonymous.group("verb"), None)  # "…," one voter said.
        return None
    subjects = ctx.subjects(position, min(limit, position + 150))
    for verb in ctx.after_verbs.finditer(text, first.end, min(limit, first.end + 120)):
        if _is_verb(text, verb):
            subject = _subject_then_verb(ctx, subjects, verb)
            if subject is not None and (
                subject == first
                or _MODIFIERS_RE.fullmatch(text, position, subject.start)
                or _APPOSITION_RE.fullmatch(text, first.end, subject.start)
            ):
                # "White House press secretary Karoline Leavitt told": words before the name
                # describe the speaker.
                if text[verb.end() : verb.end() + 1] == ":":
                    return None  # "Smith said:" introduces the next quote
                return _attribution(subject, verb.group())
            return None
    return None


def _anonymous_at(text: str, position: int, limit: int) -> bool:
    """ "a local resident." / "one of the protesters,": an indefinite phrase closing the
    attribution, so the words are an unnamed source's."""
    match = _INDEFINITE_SOURCE_RE.match(text, position, limit)
    if match is None:
        return False
    rest = re.match(r"[\w'’-]+[ \t]*(?:[.,;]|\Z)", text[match.end() : limit])
    return rest is not None


def _skip_blanks(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t":
        position += 1
    return position


def _subject_at(ctx: _Context, position: int, limit: int) -> _Subject | None:
    """The speaker phrase starting at ``position``, after any title words ("Mr.", "President")."""
    subjects = ctx.subjects(position, min(limit, position + 150))
    titles = _TITLE_GAP_RE.match(ctx.text, position, limit)
    reach = titles.end() if titles is not None else position
    # The last phrase within the title words is the name: "Chile's President José Antonio Kast".
    within = [subject for subject in subjects if position <= subject.start <= reach]
    chosen = within[-1] if within else None
    index = len(within) - 1
    while index > 0 and _OF_RE.fullmatch(ctx.text, within[index - 1].end, within[index].start):
        index -= 1  # "said Ibrahim Hooper of the Council on American-Islamic Relations"
    if within and index < len(within) - 1 and (within[index].person or within[index].name_run):
        chosen = within[index]
    if chosen is not None and not chosen.person and chosen.speaker is not None:
        # "said Public Interest Advocacy Centre policy officer Patricia Ranald", "said Chairman
        # of the Iberia board, Fernando Conte": the organisation and lower-case descriptors
        # stand before the person, who is the speaker.
        for subject in subjects:
            if (
                subject.person or subject.name_run
            ) and chosen.end <= subject.start <= chosen.end + 50:
                if _DESCRIPTORS_RE.fullmatch(ctx.text, chosen.end, subject.start):
                    return subject
                break
    if chosen is None or not chosen.person:
        # "said Canada's foreign minister, Anita Anand", "said Russian foreign ministry
        # spokeswoman Maria Zakharova": lower-case descriptors stand before the person.
        for subject in subjects:
            named = subject.person or (
                subject.name_run
                and len((subject.speaker or "").split()) > 1
                and ctx.text[max(0, subject.start - 3) : subject.start].rstrip().endswith(",")
            )  # "said department spokesperson, Sean McCormack": the comma sets the name off
            if named and position < subject.start <= position + 80:
                if (
                    _SPEAKER_DESCRIPTION_RE.fullmatch(ctx.text, position, subject.start)
                    or _BODY_DESCRIPTION_RE.fullmatch(ctx.text, position, subject.start)
                ) and not _finite_speech_verb(ctx, position, subject.start):
                    # A description holds no speech verb: in "an official said after Smith
                    # spoke" the official, not Smith, said the words.
                    return subject
                break
    return chosen


def _finite_speech_verb(ctx: _Context, start: int, end: int) -> bool:
    """A speech verb in a past or third-person form ("said", "added", "says") in the stretch;
    a bare lemma ("state senator", "note") is a noun or adjective there."""
    for verb in ctx.verbs.finditer(ctx.text, start, end):
        word = verb.group().lower()
        if word.endswith("ed") or word in _FINITE_SPEECH_FORMS:
            return True
    return False


def _attribution(subject: _Subject, cue: str) -> Attribution:
    if subject.speaker is None:
        return Attribution(None, cue, None)
    return Attribution(subject.speaker, cue, (subject.start, subject.end))


def _after(ctx: _Context, region: Region, limit: int) -> Attribution | None:
    """ "…," she said. / "…," said Smith. / "…," according to X. right after the mark."""
    text = ctx.text
    content = text[region.start : region.end].rstrip()
    lead = _LEAD_RE.match(text[region.after : limit])
    position = region.after + (lead.end() if lead is not None else 0)
    if content.endswith((".", "…")) and text[position : position + 1].isupper():
        return None  # the quote ended its sentence; what follows is a new one
    return _after_at(ctx, position, limit)


def _sentence_end_clause(ctx: _Context, region: Region, limit: int) -> Attribution | None:
    """ "…" in Ukraine, the statement said. — attribution closing the sentence."""
    text = ctx.text
    content = text[region.start : region.end].rstrip()
    if content.endswith((".", "!", "?", "…")) and text[region.after : limit].lstrip()[:1].isupper():
        return None  # the quote ended its sentence: the clause after belongs to the next one
    for comma in re.finditer(r",[ \t]+", text[region.after : limit]):
        position = region.after + comma.end()
        found = _after_at(ctx, position, limit)
        if found is not None:
            rest = text[position:limit]
            if len(rest.split()) <= 9:
                return found
    return None


def _before(ctx: _Context, start: int, end: int, *, strict: bool = False) -> Attribution | None:
    """ "Smith said: "…"", "Takaichi noted that … "…"" — the last speech verb and its subject."""
    text = ctx.text
    according = list(_ACCORDING_RE.finditer(text, start, end))
    if (
        according
        and re.fullmatch(r"[^.;:]*,?[ \t]*", text[according[-1].end() : end])
        and not any(
            _is_verb(text, verb) for verb in ctx.verbs.finditer(text, according[-1].end(), end)
        )
    ):
        # "According to an AP report, Clinton stated …, "…"": the verb after it names the
        # speaker; the report only carries the words.
        subject = _subject_at(ctx, according[-1].end(), end)
        if subject is not None:
            return _attribution(subject, "according to")
    verbs = [v for v in ctx.verbs.finditer(text, start, end) if _is_verb(text, v, strict=strict)]
    subjects = ctx.subjects(start, end)
    if verbs:
        passive = _passive_speaker(ctx, verbs[-1], subjects, end)
        if passive is not None:
            return passive
    for verb in reversed(verbs):
        candidates = [s for s in subjects if s.end <= verb.start()]
        inverted = _inverted_subject(ctx, verb, end)
        if inverted is not None:
            return _attribution(inverted, verb.group())
        if candidates:
            adjacent = _subject_then_verb(ctx, candidates, verb)
            if verb.group().lower().endswith("ing") and _COMMA_PARTICIPLE_RE.search(
                text, max(start, verb.start() - 16), verb.start()
            ):
                main = _participle_subject(ctx, candidates, verbs, start, verb, end)
                if main is not None:
                    # "The opposition called on Labour to cut its ties, saying …": the
                    # participle shares the subject of the clause it hangs on, not its object,
                    # even one set off by commas ("Bush praised Iraqis, both …, saying").
                    return _attribution(main, verb.group())
            people = [s for s in candidates if s.person]
            fallback = people[-1] if people else candidates[-1]
            if _coordinated(text, start, verb.start()) and (
                adjacent is None or _coordinated(text, adjacent.end, verb.start())
            ):
                # "Yayi thanked Bush for coming and praised him for …", "Syria said that it
                # backs Iran and said it …": the verb shares the subject of the sentence's
                # first clause, not the last person or name before it.
                main = _coordinated_subject(ctx, candidates, start, verb.start())
                if main is not None or people:
                    adjacent = None
                    fallback = main or people[0]
            return _attribution(adjacent or fallback, verb.group())
        if verb.group().lower().endswith("ing"):
            continue
        after = [s for s in subjects if s.start >= verb.end()]
        if after and re.fullmatch(r"[ \t]+", text[verb.end() : after[0].start]):
            return _attribution(after[0], verb.group())
    if text[start:end].rstrip().endswith(":") and subjects:
        subject = subjects[0]
        return Attribution(subject.speaker, None, (subject.start, subject.end))
    return None


# Speech verbs that take no person as their object, so a name right after one is its subject.
_INTRANSITIVE_SPEECH_RE = re.compile(
    r"(?i:said|says|added|adds|stated|states|noted|notes|explained|explains|commented|"
    r"comments|remarked|remarks|wrote|writes|insisted|insists|argued|argues|continued)"
)


def _inverted_subject(ctx: _Context, verb: re.Match[str], end: int) -> _Subject | None:
    """ "… under new management said spokesman Mark Langton.": a verb whose subject follows it
    and closes the sentence; the words before the verb are what was said, not its subject."""
    if not _INTRANSITIVE_SPEECH_RE.fullmatch(verb.group()):
        return None  # "Tehran called Washington", "told Smith": the name after is an object
    subject = _subject_at(ctx, _skip_blanks(ctx.text, verb.end()), end)
    if subject is None or not (subject.person or subject.name_run) or subject.start <= verb.end():
        return None
    if not re.fullmatch(r"[ \t]*[.!][ \t]*", ctx.text[subject.end : end]):
        return None  # "said President Bush was wrong": the name opens a reported clause
    return subject


def _passive_speaker(
    ctx: _Context, verb: re.Match[str], subjects: Sequence[_Subject], end: int
) -> Attribution | None:
    """ "described by Angela Merkel (…) in the terms "…"": the subject after "by" is the speaker.

    Only a past form ("reported", "quoted", "described", "written") takes "by"; between the
    name and the quote no other clause may open.
    """
    text = ctx.text
    word = verb.group().lower()
    if not (word.endswith("ed") or word in {"written", "told", "said"}):
        return None
    by = _BY_RE.match(text, verb.end(), end)
    if by is None:
        return None
    after = [s for s in subjects if s.start == by.end() or (s.person and s.start >= by.end())]
    if not after or after[0].start - by.end() > 40:
        return None
    subject = after[0]
    if not re.fullmatch(r"[^.;:\"“”]*", text[subject.end : end]):
        return None
    return _attribution(subject, verb.group())


# --------------------------------------------------------------------------------------------
# Sentences around a quote


def _segment_start(text: str, low: int, position: int) -> int:
    """Start of the sentence that holds ``position``, not earlier than ``low``."""
    start = low
    for match in _BOUNDARY_RE.finditer(text, low, min(len(text), position + 1)):
        if match.end() <= position:
            start = match.end()
    return start


def _segment_end(text: str, position: int, high: int) -> int:
    match = _BOUNDARY_RE.search(text, position, high)
    return match.start() + 1 if match is not None else high


def _same_sentence(text: str, earlier: Region, later: Region) -> bool:
    if earlier.paragraph != later.paragraph or earlier.close is None:
        return False
    gap = text[earlier.after : later.open]
    content = text[earlier.start : earlier.end].rstrip()
    if content.endswith((".", "!", "?")) and gap.strip()[:1].isupper():
        return False
    return _segment_start(text, earlier.after, later.open) == earlier.after


# --------------------------------------------------------------------------------------------
# Putting it together


def _attribute(ctx: _Context, regions: Sequence[Region], index: int) -> Attribution | None:
    """Attribution found in the quote's own sentence, or ``None``."""
    text = ctx.text
    region = regions[index]
    paragraph_start, paragraph_end = region.paragraph
    following = _neighbour(regions, index, +1)
    limit = following.open if following is not None else paragraph_end
    sentence_limit = _segment_end(text, region.after, limit)
    found = _after(ctx, region, sentence_limit)
    if found is None and region.close is None and following is None:
        found = _after_continuation(ctx, region)
    # "according to a statement" with no owner: the document, unless the sentence names who
    # spoke the words it carries.
    carried = found is not None and found.speaker is not None and _bare_document(found.speaker)
    if found is not None and (found.speaker is None or carried):
        # "The leaders "recognise …," the draft says": the words are the leaders'.
        owner = _subject_touching(ctx, regions, index)
        if owner is not None and owner.speaker is not None:
            return Attribution(owner.speaker, found.cue, (owner.start, owner.end))
    previous = _neighbour(regions, index, -1)
    low = previous.after if previous is not None else paragraph_start
    if found is not None and found.cue == "according to" and (found.speaker is None or carried):
        # "X said, "…," according to a report by al-Jazeera": the report carries X's words.
        said = _before(ctx, _segment_start(text, low, region.open), region.open)
        if (
            said is not None
            and said.speaker is not None
            and (not carried or said.speaker in ctx.names())
        ):
            return said
    if found is not None:
        return found
    found = _before(ctx, _segment_start(text, low, region.open), region.open)
    if found is not None:
        return found
    return _sentence_end_clause(ctx, region, sentence_limit)


# Paragraphs a quotation may run on through without reopening marks before it closes.
_MAX_UNMARKED_PARAGRAPHS = 6
_CLOSING_MARK_RE = re.compile(r"(?<=\S)[\"”](?=[\s,.;:!?)—–-]|\Z)")


def _after_continuation(ctx: _Context, region: Region) -> Attribution | None:
    """'"I thought all along … / But we have no way of knowing. / … There's no way to
    tell," said Giacalone': a quotation left open runs on through paragraphs with no marks,
    and the attribution after its closing mark names the speaker of its first paragraph."""
    text = ctx.text
    later = [p for p in ctx.paragraphs if p[0] > region.paragraph[1]]
    for paragraph in later[:_MAX_UNMARKED_PARAGRAPHS]:
        if text[paragraph[0] : paragraph[0] + 1] in "\"“„«‘'":
            return None  # the next paragraph reopens: a chained quote, found on its own
        mark = re.search(r"[\"“”„«»]", text[paragraph[0] : paragraph[1]])
        if mark is None:
            continue
        close = _CLOSING_MARK_RE.match(text, paragraph[0] + mark.start())
        if close is None:
            return None  # a new quotation opens first
        position = close.end()
        lead = _LEAD_RE.match(text[position : paragraph[1]])
        position += lead.end() if lead is not None else 0
        return _after_at(ctx, position, _segment_end(text, position, paragraph[1]))
    return None


def _subject_touching(ctx: _Context, regions: Sequence[Region], index: int) -> _Subject | None:
    """A subject standing right before the opening mark: ``The leaders "recognise …"``."""
    region = regions[index]
    start = _sentence_of(ctx, regions, index)
    subjects = ctx.subjects(start, region.open)
    if subjects and not ctx.text[subjects[-1].end : region.open].strip():
        return subjects[-1]
    return None


def _sentence_of(ctx: _Context, regions: Sequence[Region], index: int) -> int:
    """Where the sentence holding quote ``index`` begins."""
    region = regions[index]
    previous = _neighbour(regions, index, -1)
    low = previous.after if previous is not None else region.paragraph[0]
    return _segment_start(ctx.text, low, region.open)


def _neighbour(regions: Sequence[Region], index: int, step: int) -> Region | None:
    """The quote before (``step=-1``) or after (``+1``) in the same paragraph, if any."""
    other = index + step
    if 0 <= other < len(regions) and regions[other].paragraph == regions[index].paragraph:
        return regions[other]
    return None


def _starts_sentence(ctx: _Context, regions: Sequence[Region], index: int) -> bool:
    region = regions[index]
    return not ctx.text[_sentence_of(ctx, regions, index) : region.open].strip()


def _previous_sentence_speaker(
    ctx: _Context, regions: Sequence[Region], index: int, last: Attribution | None = None
) -> Attribution | None:
    """For a quote that is a sentence of its own: the speaker the sentence before names.

    "Foreign Minister Penny Wong said the talks had gone well. / "We made real progress."" —
    wire copy often leaves the attribution in the previous sentence or paragraph.
    """
    region = regions[index]
    if not _starts_sentence(ctx, regions, index):
        return None
    start = _sentence_of(ctx, regions, index)
    paragraph_start = region.paragraph[0]
    if start > paragraph_start:
        low, high = paragraph_start, start
    else:
        earlier = [p for p in ctx.paragraphs if p[1] <= paragraph_start]
        if not earlier:
            return None
        low, high = earlier[-1]
    if index and low <= regions[index - 1].open < high:
        return None  # the sentence before holds a quote: its speaker carries over
    sentence = _segment_start(ctx.text, low, high)
    found = _before(ctx, sentence, high, strict=True) or _before(ctx, low, high, strict=True)
    if found is None and start > paragraph_start:
        # The sentence just before the quote's own (``high`` is where the quote's begins).
        sole = _sole_person(ctx, _segment_start(ctx.text, low, high - 1), high)
        if sole is not None and last is not None and last.speaker == sole.speaker:
            return last  # the same speaker goes on, with the cue that introduced him
        return sole
    if found is None or found.speaker is None:
        return None
    return found


def _sole_person(ctx: _Context, start: int, end: int) -> Attribution | None:
    """The one person a sentence without a speech verb names, for the quote right after it in
    the same paragraph: "Mr. Calderón then took over. "Thank you …"" — real copy often leaves
    the verb out. With two people named ("Bush met Calderón.") it is no one's."""
    first = bisect_left(ctx.starts, start)
    named = [m for m in ctx.people[first : bisect_left(ctx.starts, end)] if m.end <= end]
    if not named or any(m.name != named[0].name for m in named):
        return None
    if named[0].name in ctx._named_in_quote():
        return None  # the quote talks about him: "… lead us back to Thomas Jefferson …"
    if _PRONOUN_SUBJECT_RE.search(ctx.text, start, end) or _UNNAMED_GROUP_RE.search(
        ctx.text, start, end
    ):
        return None  # someone else may be the subject: "They told Smith …"
    return Attribution(named[0].name, None, (named[0].start, named[0].end))


def attribute_quotes(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    regions: Sequence[Region],
    people: Sequence[PersonMention] | None = None,
) -> list[Attribution | None]:
    """One attribution per quoted region (``None`` where no speaker is given).

    Each region first looks in its own sentence; a later quote of the same sentence takes the
    earlier one's speaker; the paragraphs of a multi-paragraph quote share theirs; a quote that
    is a sentence or paragraph of its own takes the speaker named just before it.
    """
    ctx = _Context(text, paragraphs, people)
    ctx.quoted = [(region.start, region.end) for region in regions]
    links = chains(text, regions)
    origins: dict[int, int] = {}
    for index, chain in enumerate(links):
        origins.setdefault(chain, regions[index].start)
        ctx.origin_of[regions[index].start] = origins[chain]
    found: list[Attribution | None] = []
    for index, region in enumerate(regions):
        ctx.quote = (region.start, region.end)
        ctx.quote_origin = ctx.origin_of[region.start]
        own = _attribute(ctx, regions, index)
        if own is None and index and _same_sentence(text, regions[index - 1], region):
            own = found[index - 1]
        found.append(own)
    _share_within_chains(links, found)
    return _fill_standalone(ctx, regions, found)


# Words that may open a sentence before its subjectless speech participle: "Further going on
# to say", "Also adding", "And then adding".
_PARTICIPLE_OPENERS = frozenset(
    ("further", "also", "then", "and", "later", "finally", "again", "going", "on", "to", "before")
)


def _subjectless_participle(ctx: _Context, regions: Sequence[Region], index: int) -> str | None:
    """ "Further adding, "…"", "Adding, "…"": a sentence that opens with a speech participle
    and names no one goes on with the last speaker; the participle is the cue."""
    region = regions[index]
    start = _sentence_of(ctx, regions, index)
    if region.open - start > 60 or ctx.subjects(start, region.open):
        return None
    for verb in ctx.verbs.finditer(ctx.text, start, region.open):
        before = ctx.text[start : verb.start()].lower().split()
        if (
            (verb.group().lower().endswith("ing") or before[-1:] == ["to"])
            and all(word in _PARTICIPLE_OPENERS for word in before)
            and re.fullmatch(r"[ \t]*[,:]?[ \t]*", ctx.text[verb.end() : region.open])
        ):
            return verb.group()
    return None


def _fill_standalone(
    ctx: _Context, regions: Sequence[Region], found: Sequence[Attribution | None]
) -> list[Attribution | None]:
    """Quotes standing alone as a paragraph take the last speaker before them (wire style)."""
    out: list[Attribution | None] = []
    last: Attribution | None = None
    for index in range(len(regions)):
        attribution = found[index]
        ctx.quote = (regions[index].start, regions[index].end)
        ctx.quote_origin = ctx.origin_of.get(regions[index].start, regions[index].start)
        if attribution is None:
            attribution = _previous_sentence_speaker(ctx, regions, index, last)
        if attribution is None and last is not None and _starts_sentence(ctx, regions, index):
            attribution = last
        if attribution is None and last is not None:
            cue = _subjectless_participle(ctx, regions, index)
            if cue is not None:
                attribution = Attribution(last.speaker, cue, last.span)
        out.append(attribution)
        if attribution is not None:
            last = attribution  # an unnamed source is the last speaker too
    return out


def _share_within_chains(chains: Sequence[int], attributions: list[Attribution | None]) -> None:
    """Every paragraph of a multi-paragraph quote gets the speaker found for any of them."""
    best: dict[int, Attribution] = {}
    for chain, attribution in zip(chains, attributions, strict=True):
        if attribution is not None and attribution.speaker is not None:
            best.setdefault(chain, attribution)
    for index, chain in enumerate(chains):
        current = attributions[index]
        if chain in best and (current is None or current.speaker is None):
            attributions[index] = best[chain]


# --------------------------------------------------------------------------------------------
# Pronouns and references


def resolve_reference(
    mentions: Sequence[PersonMention],
    position: int,
    reference: str,
    *,
    text: str | None = None,
) -> PersonMention | None:
    """The person a reference at ``position`` points to: the last matching one before it.

    ``reference`` is what the text says: a pronoun ("she", "his"), a title phrase ("the prime
    minister", "the Italian leader", "the president") or a name or surname ("Takaichi",
    "Mr. Blair"). Pronouns prefer the last person of that gender, then the last of unknown
    gender, then the last person. Given the article ``text``, a pronoun that comes before anyone
    is named in its sentence points to the subject of the sentence before ("Putin thanked Modi
    for his support. He said …" → Putin). Returns the latest matching mention, or ``None``.
    """
    words = reference.strip().lower()
    if words in PRONOUNS:
        return _Cast(mentions).resolve(position, words, text)
    before = sorted((m for m in mentions if m.end <= position), key=lambda m: m.start)
    return lookup_person(before, reference) if before else None


# Words that open a subordinate clause before the main one: "As Lehrer began …, McCain …".
_SUBORDINATE_OPENER_RE = re.compile(
    r"[\"“]?(?:As|When|While|After|Before|Although|Though|If|Because|Since|Once|Until|Whilst)"
    r"[ \t]+"
)


def _object_of_preposition(text: str, start: int) -> bool:
    """ "a news conference with Prime Minister Paul Martin": the person after a preposition is
    no subject. A day or month between them is no title: "On Wednesday Haggard denied …"."""
    match = _PREPOSITION_BEFORE_RE.search(text, max(0, start - 60), start)
    if match is None:
        return False
    between = [word.lower().rstrip(".") for word in match.group().split()[1:]]
    return not (between and all(word in WEEKDAYS or word in MONTHS for word in between))


# A participle phrase opening a sentence before its subject: "Speaking on BBC radio, ",
# "After meeting the minister, ".
_PARTICIPLE_LEAD_RE = re.compile(
    r"(?:\A|\n|[.!?][\"”’]?[ \t]+)[\"“]?(?P<lead>(?:(?:After|Before|While|When|Upon)[ \t]+[a-z]+|"
    r"[A-Z][a-z]+)ing(?![\w-])[^,;:.!?\"“”\n]{0,120},[ \t]*)\Z"
)


# Someone the copy does not name, as a noun phrase: "Another male witness", "a general from the
# Russian air force", "a senior official". The noun is followed by what may follow a subject or
# an agent, so "an official visit" is no person.
_PLURAL_SOURCES = frozenset(
    word for word in UNNAMED_SOURCES for one in UNNAMED_SOURCES if word in (one + "s", one + "es")
)
_UNNAMED_PERSON_RE = re.compile(
    r"(?<![\w-])(?i:an?|another|one)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?(?i:"
    + "|".join(
        sorted(
            {
                *(w for w in UNNAMED_SOURCES if " " not in w and w not in _PLURAL_SOURCES),
                *(w.lower() for w in TITLE_HEADS if w.isalpha()),
            },
            key=len,
            reverse=True,
        )
    )
    + r")(?=[ \t]*(?:[,.;:!?]|\Z)|[ \t]+(?:from|of|at|in|for|with|on|who|said|says|told|"
    r"also|described|claimed|added|stated)(?![\w-]))"
)
# What a pronoun points to when the sentence before speaks of someone it does not name.
_UNNAMED = PersonMention(start=-1, end=-1, text="", name="")


class _Cast:
    """People mentions in text order, indexed so that a pronoun is resolved in time that does
    not grow with the story: a long article names its people thousands of times, and every
    pronoun that attributes a quote asks who it points to."""

    def __init__(self, mentions: Sequence[PersonMention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        # The largest end so far: mentions ending by a position are a prefix of the list.
        self.max_ends: list[int] = []
        furthest = -1
        for m in self.mentions:
            furthest = max(furthest, m.end)
            self.max_ends.append(furthest)
        self.by_gender: dict[Gender | None, list[int]] = {}
        for index, m in enumerate(self.mentions):
            self.by_gender.setdefault(m.gender, []).append(index)

    def _count_before(self, position: int) -> int:
        """How many leading mentions end by ``position`` (every mention before it, in text
        order, since mentions do not overlap a later one's start)."""
        return bisect_left(self.max_ends, position + 1)

    def resolve(
        self,
        position: int,
        pronoun: str,
        text: str | None,
        excluded: frozenset[str] = frozenset(),
    ) -> PersonMention | None:
        """The person ``pronoun`` at ``position`` points to, never one named in ``excluded``."""
        count = self._count_before(position)
        if self._last(count, None, excluded, any_gender=True) is None:
            return None
        gender = PRONOUNS[pronoun]
        if text is not None:
            low = max(0, position - 160)
            lead = _PARTICIPLE_LEAD_RE.search(text[low:position])
            if lead is not None:
                # "Speaking on the programme Question Time, she added": the participle's
                # subject is the pronoun, so no one named in that phrase is who it points to.
                position = low + lead.start("lead")
                count = self._count_before(position)
            opening = self._opening_pronoun(count, text, position, gender, excluded)
            if opening is not None:
                # "Recalling his defeat by his opponent Leterme, he said": the sentence opens
                # with the same pronoun before anyone is named, so both point back past it.
                position, count = opening, self._count_before(opening)
            subject = self._previous_subject(count, text, position, pronoun, excluded)
            if subject is _UNNAMED:
                return None  # "Another witness described the events. "…," he said."
            if subject is not None:
                return subject
        return self._by_gender(count, gender, excluded)

    def _last(
        self,
        count: int,
        gender: Gender | None,
        excluded: frozenset[str],
        *,
        any_gender: bool = False,
    ) -> PersonMention | None:
        """The last of the first ``count`` mentions (of ``gender``) not named in ``excluded``."""
        if any_gender:
            indices: Sequence[int] = range(count)
            end = count
        else:
            indices = self.by_gender.get(gender, [])
            end = bisect_left(indices, count)
        for k in range(end - 1, -1, -1):
            mention = self.mentions[indices[k]]
            if mention.name not in excluded:
                return mention
        return None

    def _by_gender(
        self, count: int, gender: Gender, excluded: frozenset[str]
    ) -> PersonMention | None:
        for wanted in (gender, None):
            mention = self._last(count, wanted, excluded)
            if mention is not None:
                return mention
        return self._last(count, None, excluded, any_gender=True)

    def _opening_pronoun(
        self, count: int, text: str, position: int, gender: Gender, excluded: frozenset[str]
    ) -> int | None:
        """Where a pronoun of ``gender`` opens the sentence of ``position`` before the first
        person it names, if that person stands between them."""
        start = sentence_bounds(text).start_of(position)
        named = self._between(count, start, position, excluded)
        if not named:
            return None
        for match in _ANY_PRONOUN_RE.finditer(text, start, named[0].start):
            if PRONOUNS[match.group().lower()] == gender:
                return match.start()
        return None

    def _between(
        self, count: int, low: int, high: int, excluded: frozenset[str]
    ) -> list[PersonMention]:
        """The first ``count`` mentions that start in ``[low, high)``, in text order."""
        first = bisect_left(self.starts, low, 0, count)
        last = bisect_left(self.starts, high, first, count)
        return [m for m in self.mentions[first:last] if m.name not in excluded]

    def _previous_subject(
        self,
        count: int,
        text: str,
        position: int,
        pronoun: str,
        excluded: frozenset[str],
        depth: int = 0,
    ) -> PersonMention | None:
        """The first person of the previous sentence, if the pronoun opens its own sentence's
        cast.

        A person after a preposition is no subject ("a news conference with Prime Minister Paul
        Martin, Bush said …"); a previous sentence that itself opens with the same pronoun passes
        its referent on ("Ansip spoke. He commented on Rüütel. He also stated …" → Ansip).
        """
        latest = self._last(count, None, excluded, any_gender=True)
        bounds = sentence_bounds(text)
        start = bounds.start_of(position)
        if latest is None or start == 0 or latest.start >= start:
            return None
        previous_start = bounds.start_of(start - 1)
        while previous_start > 0 and not text[previous_start:start].strip():
            previous_start = bounds.start_of(previous_start - 1)  # skip blank lines
        previous = [
            m
            for m in self._between(count, previous_start, start, excluded)
            if not _object_of_preposition(text, m.start)
        ]
        opener = _SUBORDINATE_OPENER_RE.match(text, _skip_blanks(text, previous_start), start)
        if opener is not None:
            # "As Lehrer began the next question, McCain interjected.": the subject is the main
            # clause's, after the comma that closes the opening clause.
            comma = text.find(",", opener.end(), start)
            main = [m for m in previous if comma != -1 and m.start > comma]
            previous = main or previous
        gender = PRONOUNS[pronoun]
        if depth < 3:
            first = previous[0].start if previous else start
            for match in _PRONOUN_SUBJECT_RE.finditer(text, previous_start, first):
                if PRONOUNS.get(match.group().lower()) == gender:
                    earlier = self._count_before(match.start())
                    if self._last(earlier, None, excluded, any_gender=True) is not None:
                        chained = self._previous_subject(
                            earlier, text, match.start(), pronoun, excluded, depth + 1
                        )
                        return chained or self._by_gender(earlier, gender, excluded)
                    break
        clauses = [m.end() for m in _LATER_CLAUSE_RE.finditer(text, previous_start, start)]
        if clauses:
            # "X had been named, but today Y was named …": the last clause's subject is the
            # one the story goes on with.
            later = [m for m in previous if m.start >= clauses[-1]]
            if (
                later
                and later[0].gender in (gender, None)
                # "…, but said Ukrainian President Viktor Yushchenko told him": a predicate of
                # the first subject, and the name after it is no subject
                and speech_verb_pattern().search(text, clauses[-1], later[0].start) is None
            ):
                previous = later
        for mention in previous:
            if mention.gender in (gender, None):
                # The first person the sentence names is its subject; one of unknown gender is
                # still he or she ("McCain also criticized Barack Obama. … he said" → McCain).
                return mention
        unnamed = _UNNAMED_PERSON_RE.search(text, previous_start, start)
        if (
            unnamed is not None
            and not any(m.start < unnamed.start() for m in previous)
            # ", a security official from the port": an apposition describes a name before it
            and not text[previous_start : unnamed.start()].rstrip().endswith(",")
        ):
            # The sentence before speaks of someone unnamed, and of no one named before him
            # who could be the pronoun: "A statement was released by a general. He claimed".
            return _UNNAMED
        return None
