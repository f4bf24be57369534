"""People named in news copy: full names, surnames, honorifics and title references.

A capitalised word is not a person because it is capitalised. A run of capitalised words becomes
a person only with evidence that wire copy gives for people and not for places or institutions:
a title before it ("German Chancellor Friedrich Merz"), an honorific ("Mr Blair", "Ms. Takaichi"),
an apposition after it ("Narendra Modi, India's prime minister,"), a "counterpart" before it, a
speech verb next to it, a known first name, or its last word coming back alone later in the text.
Once a person is known, later surnames ("Takaichi"), honorific forms and title references ("the
prime minister", "the Italian leader") are linked to the full name (:func:`lookup_person`).
Pronouns are resolved where they matter, in speaker attribution
(:mod:`summitparse.rules.quotes.attribution`), for "she stated".

Gender, needed only for pronouns, comes from honorifics, from a small first-name table, and from
the first he/she/his/her that follows a mention before another person is named.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import Literal

from summitparse.models import Person
from summitparse.rules.people.data import (
    FEMALE_FIRST_NAMES,
    HONORIFICS,
    LEADER_TITLES,
    MALE_FIRST_NAMES,
    NAME_PARTICLES,
    NAME_PREFIXES,
    NON_NAME_WORDS,
    OFFICE_WORDS,
    ORGANISATION_HEADS,
    PRONOUNS,
    REFERENCE_ROLES,
    SPEECH_VERB_IRREGULAR,
    SPEECH_VERB_LEMMAS,
    SPEECH_VERB_STEMS,
    TITLE_EXTENSIONS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    UNNAMED_SOURCES,
    Gender,
)
from summitparse.rules.places.countries import (
    CountryMention,
    find_countries,
    with_stripped_demonym,
)
from summitparse.text.guards import guarded
from summitparse.text.sentences import SentenceBounds, sentence_bounds

__all__ = [
    "Gender",
    "MentionKind",
    "PersonMention",
    "find_people",
    "lookup_person",
    "people",
    "speech_verb_pattern",
]

MentionKind = Literal["full", "surname", "titled"]


@dataclass(frozen=True, slots=True)
class PersonMention:
    """One place where a person is named or referred to.

    ``text`` is what stands at ``[start, end)``; ``name`` is the full name it refers to. ``title``
    and ``country`` are the person's, as the article first gives them, so a later bare surname
    still knows it belongs to "Prime Minister" of "JP". ``visiting`` holds the countries the
    story tells the person travelling to ("Bush's visit to Israel"): not his own, whatever his is.
    """

    start: int
    end: int
    text: str
    name: str
    title: str | None = None
    country: str | None = None
    kind: MentionKind = "full"
    gender: Gender | None = None
    visiting: frozenset[str] = frozenset()

    def person(self) -> Person:
        """The public :class:`~summitparse.models.Person` record for this mention."""
        return Person(name=self.name, title=self.title, country=self.country)


# --------------------------------------------------------------------------------------------
# Patterns


def _upper_class() -> str:
    """A character class of upper-case Latin letters, accents included ("Č", "Ø", "İ")."""
    ranges = [*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
    letters = "".join(chr(code) for code in ranges if chr(code).isupper())
    return "[" + re.escape(letters) + "]"


_UP = _upper_class()
_PREFIX = "|".join(re.escape(prefix) for prefix in NAME_PREFIXES)
# A name word: "Takaichi", "O'Brien", "Jean-Noël", "al-Sudani"; never a possessive "Takaichi's".
_WORD = rf"(?!(?:Jr|Sr)\.)(?:{_PREFIX})?{_UP}[^\W_]*(?:[’'](?!s\b)[^\W\d_]+|-[^\W\d_]+)*"
_INITIAL = rf"{_UP}\."
# An initial is tried first, so "George W. Bush" is one name, not "George W" and "Bush".
_TOKEN = rf"(?:{_INITIAL}|{_WORD})"
_PARTICLE = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
NAME_PATTERN = (
    rf"{_TOKEN}(?:[ \t]+(?:(?:{_PARTICLE})[ \t]+){{0,3}}{_TOKEN}){{0,5}}"
    r"(?:[ \t]+(?:Jr\.|Sr\.|II|III|IV)(?![\w.]))?"
)
_NAME_RE = guarded(rf"(?<![\w’'.-]){NAME_PATTERN}")
_TOKEN_RE = re.compile(rf"{_TOKEN}|[^\s]+")


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


# The single words of titles: a "name" that starts with one is the rest of a longer title.
_TITLE_WORDS = frozenset(
    word
    for title in (*TITLE_HEADS, *TITLE_MODIFIERS)
    for word in title.split()
    if word[0].isupper()
)
_TITLE = (
    rf"(?:(?:{_alternation(TITLE_MODIFIERS)})[ \t]+(?:and[ \t]+)?){{0,3}}"
    rf"(?:{_alternation(TITLE_HEADS)})"
    rf"(?:[ \t]+(?:{_alternation(TITLE_EXTENSIONS)}))?"
)
# A title before a name: "Prime Minister Keir Starmer", "Japan's prime minister, Sanae Takaichi".
_TITLE_NAME_RE = guarded(
    rf"(?<![\w-])(?P<title>(?i:{_TITLE})(?:-(?i:elect|designate))?|PM)(?P<comma>,?)[ \t]+"
    rf"(?P<name>{NAME_PATTERN})"
)
# A title whose office follows it after "of", then the name, with no comma: "Peruvian Minister
# of Foreign Relations Manuel Rodríguez", "Secretary of the Treasury Henry Paulson", "President
# of Latvia Valdis Zatlers". Where the office ends and the name begins is read word by word.
_TITLE_OF_RE = guarded(
    rf"(?<![\w-])(?P<title>(?i:{_TITLE}))[ \t]+of[ \t]+(?:the[ \t]+)?"
    rf"(?P<rest>{_UP}[\w'’.-]*(?:[ \t]+(?:(?:and|of|the|for)[ \t]+)?{_UP}[\w'’.-]*){{1,8}})"
)
_OFFICE_SMALL_WORDS = frozenset(("and", "of", "the", "for"))
_OFFICE_WORD_RE = re.compile(r"[^ \t]+")
# Two people under one plural title: "Prime Ministers Anwar Ibrahim and Lawrence Wong".
_PLURAL_TITLE_RE = guarded(
    rf"(?<![\w-])(?P<title>(?i:{_TITLE}))s[ \t]+(?P<first>{NAME_PATTERN})[ \t]+and[ \t]+"
    rf"(?P<second>{NAME_PATTERN})"
)
_HONORIFIC_RE = guarded(
    rf"(?<![\w.])(?P<hon>{_alternation(HONORIFICS)})\.?[ \t]+(?P<name>{NAME_PATTERN})"
)
# A title set off before the name, with its country after it or before it: "the president of
# Brazil, Mr. Luiz Inácio Lula da Silva", "The Australian Prime Minister (PM), John Howard",
# "the New Zealand PM, Helen Clark". The article and the comma make the phrase an apposition.
_TITLE_APPOSITION_RE = guarded(
    rf"(?<![\w-])[Tt]he[ \t]+(?:(?:[A-Z][\w.]*|former|caretaker|outgoing|incoming|acting|then)"
    rf"[ \t]+){{0,2}}?(?P<title>(?i:{_TITLE})|PM)"
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?P<of>[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2}))?"
    r"(?:[ \t]*\([A-Z]{2,5}\))?,[ \t]+"
    rf"(?:(?P<hon>{_alternation(HONORIFICS)})\.?[ \t]+)?(?P<name>{NAME_PATTERN})"
)
_COUNTERPART_RE = guarded(rf"(?<![\w-])(?i:counterparts?),?[ \t]+(?P<name>{NAME_PATTERN})")
# A title in an apposition ends the phrase: ", chief economist at" is no title "chief".
_TITLE_END = (
    r"(?=[ \t]*(?:[,.;:)]|\Z)|[ \t]+(?:of|for|at|in|to|and|who|since|from|with|on)(?![\w-]))"
)
# After a name: ", India's prime minister," / ", the Italian prime minister" / ", Japan's leader".
_APPOSITION_RE = re.compile(
    r"\A,[ \t]+(?:(?:the|a|an|its|his|her)[ \t]+)?"
    r"(?:(?P<owner>[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)(?:['’]s)?[ \t]+)?"
    rf"(?P<title>(?i:{_TITLE})){_TITLE_END}"
)
_BARE_APPOSITION_RE = re.compile(
    rf"\A,[ \t]+(?:(?:the|a|an|its|his|her)[ \t]+)?(?P<title>(?i:{_TITLE})){_TITLE_END}"
)
_ROLE_RE = re.compile(rf"(?<![\w-])(?P<role>(?i:{_alternation(REFERENCE_ROLES)}))(?![\w-])")
# A lower-case noun for a kind of source right before a name: "Pentagon official Dan
# Blumenthal", "analyst Kevin Bonham", "film critic Roger Ebert" (not "man"/"woman").
_SOURCE_NOUN_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(
        sorted(
            (w for w in UNNAMED_SOURCES if " " not in w and w not in ("man", "woman")),
            key=len,
            reverse=True,
        )
    )
    + r")[ \t]+\Z"
)
_PLACE_PREPOSITION_RE = re.compile(r"(?<![\w-])(?:at|in|from|of|near|outside|inside)[ \t]+\Z")
# "Paula Brandt, budget spokeswoman for the Greens, said": an apposition, then a speech verb.
# ", an MP, said" and, as wire copy often leaves the second comma out, ", South Korean trade
# minister said" (a description: lower-case words after any capitalised ones, not a second name).
_APPOSITION_THEN_VERB_RE = re.compile(
    r",(?:[^,\"“”«»\n]{1,80},|[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){0,3}[a-z][\w-]*"
    r"(?:[ \t]+[a-z][\w-]*){0,3})[ \t]+(?:(?:also|later|then|again)[ \t]+)?"
    r"(?:said|says|told|added|stated|noted|warned|wrote|argued|insisted)(?![\w-])"
)
# Role nouns that give a gender in an apposition: ", budget spokeswoman for the Greens,".
_GENDERED_ROLE_RE = re.compile(
    r",[ \t]+[^,\n]{0,40}?(?P<role>(?i:spokeswoman|chairwoman|congresswoman|businesswoman|"
    r"spokesman|chairman|congressman|businessman))(?![\w-])"
)
# A stretch of capitalised words, with the small words country names hold ("Republic of
# Korea", "Bosnia and Herzegovina", "Côte d'Ivoire"), an article kept before it.
_CAPITALISED_RE = guarded(
    rf"(?:(?i:the)[ \t]+)?(?:{_UP}|\d)[\w.’'-]*"
    rf"(?:[ \t]+(?:(?:of|and|the|d['’]|de|da|du)[ \t]*)*(?:{_UP}|\d)[\w.’'-]*)*"
)
# Between stretches: no word, space or dot, so nothing one stretch holds reads on into the next.
_PIECE_SEPARATOR = ";;"
_MONARCHS = ("king", "queen", "emperor", "empress", "prince", "princess")
_INSTITUTION_RE = re.compile(rf"['’]s[ \t]+{_UP}")
_PRONOUN_RE = guarded(rf"(?<![\w-])(?i:{_alternation(PRONOUNS)})(?![\w-])")


def _verb_forms() -> list[str]:
    forms = set(SPEECH_VERB_STEMS) | set(SPEECH_VERB_IRREGULAR)
    for lemma in SPEECH_VERB_LEMMAS:
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        forms |= {lemma, lemma + "s", stem + "ed", stem + "ing"}
        if lemma.endswith(("s", "sh", "ch", "x")):
            forms.add(lemma + "es")
        if lemma.endswith("y"):
            forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    return sorted(forms, key=len, reverse=True)


@lru_cache(maxsize=1)
def speech_verb_pattern() -> re.Pattern[str]:
    """A pattern for any speech verb form ("said", "stated", "emphasizing", "told")."""
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, _verb_forms()))})(?![\w-])", re.I)


# --------------------------------------------------------------------------------------------
# Names


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    name: str
    title: str | None = None
    country: str | None = None
    kind: MentionKind = "full"
    gender: Gender | None = None
    inherit_title: bool = False
    strength: int = 0


# Month abbreviations that are also first names; a month is followed by a day or a year.
_MONTH_FIRST_NAMES = frozenset({"Jan", "May", "June", "April", "August"})
_NAME_WORD_NEXT = re.compile(r"[ \t]+[A-Z][a-z]")


def _trim_name(text: str, start: int, end: int, blocked: set[int]) -> tuple[int, int] | None:
    """Shrink ``[start, end)`` to its longest run of real name words, or ``None`` if there is none.

    Leading sentence openers and calendar words are dropped ("On Friday Sanae Takaichi" is not a
    name run); the run stops at an organisation or place word, a country, or a title word.
    """
    tokens = [(m.start() + start, m.end() + start) for m in _TOKEN_RE.finditer(text[start:end])]
    run: list[tuple[int, int]] = []
    # Several runs ("Amnesty International Man-kei Tam"): the longest, the first of equals.
    best: list[tuple[int, int]] = []
    for token_start, token_end in tokens:
        word = text[token_start:token_end]
        bad = word.rstrip(".") in NON_NAME_WORDS or token_start in blocked
        if bad and word in _MONTH_FIRST_NAMES and _NAME_WORD_NEXT.match(text, token_end):
            bad = False  # "Jan Lipavsky", "May Mukherjee": a first name, not a month
        if word in NAME_PARTICLES:
            if run:
                run.append((token_start, token_end))
            continue
        if bad:
            if run and word.rstrip(".") in ORGANISATION_HEADS:
                # "Turkana Basin Alliance": the words name an organisation; a name may still
                # follow it ("Amnesty International Man-kei Tam").
                run = []
                continue
            if run:
                best = _longer_run(text, best, run)
                run = []
            continue
        run.append((token_start, token_end))
    run = _longer_run(text, best, run)
    if not run or all(text[s:e].endswith(".") for s, e in run):
        return None
    return run[0][0], run[-1][1]


def _longer_run(
    text: str, best: list[tuple[int, int]], run: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """``run`` without trailing particles if it has more name words than ``best``."""
    run = list(run)
    while run and text[run[-1][0] : run[-1][1]] in NAME_PARTICLES:
        run.pop()
    words = [(s, e) for s, e in run if not text[s:e].endswith(".")]
    best_words = [(s, e) for s, e in best if not text[s:e].endswith(".")]
    return run if len(words) > len(best_words) else best


def _name_words(name: str) -> list[str]:
    return [word for word in name.split() if word not in NAME_PARTICLES]


def _country_before(text: str, position: int, ends: dict[int, CountryMention]) -> str | None:
    """The country of a demonym or possessive standing right before ``position``.

    "Japanese Prime Minister", "Italy's Prime Minister", "U.S. Secretary of State".
    """
    cut = position
    while cut > 0 and text[cut - 1] in " \t":
        cut -= 1
    if cut >= 2 and text[cut - 2 : cut] in ("'s", "’s"):
        mention = ends.get(cut - 2)
        return mention.code if mention is not None else None
    mention = ends.get(cut)
    return mention.code if mention is not None else None


def _owner_country(owner: str) -> str | None:
    mentions = find_countries(owner)
    return mentions[0].code if mentions else None


def _title_candidates(
    text: str, ends: dict[int, CountryMention], blocked: set[int]
) -> list[_Candidate]:
    found: list[_Candidate] = []
    for match in _TITLE_NAME_RE.finditer(text):
        title = match.group("title")
        title = "Prime Minister" if title == "PM" else title
        country = _country_before(text, match.start(), ends)
        if match.group("comma") and country is None:
            continue
        if title[0].islower() and country is None and not _preceded_by_article(text, match.start()):
            continue
        span = _trim_name(text, match.start("name"), match.end("name"), blocked)
        if span is None or span[0] != match.start("name"):
            continue
        name = text[span[0] : span[1]]
        if name.split()[0] in _TITLE_WORDS:
            continue  # "the Secretary General of NATO": the title goes on, no one is named yet
        found.append(_Candidate(span[0], span[1], name, title, country, strength=4))
    return found


def _office_title_candidates(
    text: str,
    ends: dict[int, CountryMention],
    starts: dict[int, CountryMention],
    blocked: set[int],
) -> list[_Candidate]:
    """ "Minister of Foreign Relations Manuel Rodríguez": the office words (or a country) after
    "of" belong to the title, and the name begins at the first word that is neither.

    Without this the office's last word reads as a first name ("Relations Manuel Rodríguez").
    """
    found: list[_Candidate] = []
    for match in _TITLE_OF_RE.finditer(text):
        office_end, country = _office_end(text, match.start("rest"), match.end("rest"), starts)
        if office_end is None:
            continue
        begin = _skip_space(text, office_end)
        run = _NAME_RE.match(text, begin)
        span = _trim_name(text, begin, run.end(), blocked) if run is not None else None
        if span is None or span[0] != begin:
            continue
        name = text[span[0] : span[1]]
        if len(_name_words(name)) < 2 or name.split()[0] in _TITLE_WORDS | OFFICE_WORDS:
            continue  # "the president of the Tunisian League …": no one is named yet
        title = match.group("title") if country is not None else text[match.start() : office_end]
        country = country or _country_before(text, match.start(), ends)
        found.append(_Candidate(span[0], span[1], name, title, country, strength=4))
    return found


def _office_end(
    text: str, start: int, end: int, starts: dict[int, CountryMention]
) -> tuple[int | None, str | None]:
    """Where the office after "of" ends (``None`` if it names no office), and its country."""
    office_end: int | None = None
    country: str | None = None
    position = start
    while position < end:
        word = _OFFICE_WORD_RE.match(text, position, end)
        if word is None:
            break
        mention = starts.get(word.start())
        if mention is not None and mention.kind != "demonym" and office_end is None:
            country, office_end = mention.code, mention.end  # "President of Latvia"
            position = _skip_space(text, mention.end)
            continue
        if word.group() in _OFFICE_SMALL_WORDS and office_end is not None:
            position = _skip_space(text, word.end())
            continue
        if word.group() not in OFFICE_WORDS or country is not None:
            break
        office_end = word.end()
        position = _skip_space(text, word.end())
    return office_end, country


def _title_apposition_candidates(
    text: str, ends: dict[int, CountryMention], blocked: set[int]
) -> list[_Candidate]:
    """ "the president of Brazil, Mr. Lula da Silva": title and country from the apposition.

    Only with a country (after "of", or as a demonym before the title), so "the president, John
    Smith" of a company is not made a head of state.
    """
    found: list[_Candidate] = []
    for match in _TITLE_APPOSITION_RE.finditer(text):
        country = None
        if match.group("of") is not None:
            owner = find_countries(match.group("of"))
            if owner and owner[0].start == 0:
                country = owner[0].code
        if country is None:
            country = _country_before(text, match.start("title"), ends)
        span = _trim_name(text, match.start("name"), match.end("name"), blocked)
        if span is None or span[0] != match.start("name"):
            continue
        if country is None:
            if match.group("of") is not None and match.group("title")[:1].isupper():
                # "the Minister of Foreign Relations, Celso Amorim": a person, whose title
                # without a country makes no head of state (only "said the minister" later).
                found.append(_Candidate(span[0], span[1], text[span[0] : span[1]], strength=2))
            continue
        title = match.group("title")
        title = "Prime Minister" if title == "PM" else title
        gender = HONORIFICS[match.group("hon")] if match.group("hon") else None
        name = text[span[0] : span[1]]
        found.append(_Candidate(span[0], span[1], name, title, country, gender=gender, strength=4))
    return found


def _plural_title_candidates(
    text: str, countries: Sequence[CountryMention], blocked: set[int]
) -> list[_Candidate]:
    """ "Prime Ministers Anwar Ibrahim and Lawrence Wong": two people, one title each.

    When the article has just named two countries as a pair ("Malaysia and Singapore signed
    …"), the leaders take them in the same order, as wire copy writes them.
    """
    found: list[_Candidate] = []
    for match in _PLURAL_TITLE_RE.finditer(text):
        spans = [
            _trim_name(text, match.start(group), match.end(group), blocked)
            for group in ("first", "second")
        ]
        pair = _country_pair_before(text, match.start(), countries)
        for index, span in enumerate(spans):
            if span is None:
                continue
            country = pair[index] if pair is not None else None
            name = text[span[0] : span[1]]
            title = match.group("title")
            found.append(_Candidate(span[0], span[1], name, title, country, strength=4))
    return found


def _country_pair_before(
    text: str, position: int, countries: Sequence[CountryMention]
) -> tuple[str, str] | None:
    """The last "Malaysia and Singapore" pair in the 500 characters before ``position``."""
    near = [c for c in countries if position - 500 <= c.start and c.end <= position]
    for first, second in reversed(list(pairwise(near))):
        if re.fullmatch(r"[ \t]+and[ \t]+", text[first.end : second.start]):
            return first.code, second.code
    return None


def _preceded_by_article(text: str, position: int) -> bool:
    return (
        re.search(r"(?i:\b(?:the|former|then|acting)\s+)\Z", text[max(0, position - 8) : position])
        is not None
    )


def _honorific_candidates(text: str, blocked: set[int]) -> list[_Candidate]:
    found: list[_Candidate] = []
    for match in _HONORIFIC_RE.finditer(text):
        span = _trim_name(text, match.start("name"), match.end("name"), blocked)
        if span is None or span[0] != match.start("name"):
            continue
        name = text[span[0] : span[1]]
        gender = HONORIFICS[match.group("hon")]
        kind: MentionKind = "full" if len(_name_words(name)) > 1 else "surname"
        found.append(_Candidate(span[0], span[1], name, kind=kind, gender=gender, strength=3))
    return found


def _counterpart_candidates(
    text: str, ends: dict[int, CountryMention], blocked: set[int]
) -> list[_Candidate]:
    found: list[_Candidate] = []
    for match in _COUNTERPART_RE.finditer(text):
        span = _trim_name(text, match.start("name"), match.end("name"), blocked)
        if span is None or span[0] != match.start("name"):
            continue
        country = _country_before(text, match.start(), ends)
        name = text[span[0] : span[1]]
        found.append(
            _Candidate(span[0], span[1], name, country=country, inherit_title=True, strength=3)
        )
    return found


def _generic_candidates(text: str, blocked: set[int]) -> list[_Candidate]:
    """Runs of two or more name words backed by some evidence that they name a person."""
    runs: list[tuple[int, int]] = []
    for match in _NAME_RE.finditer(text):
        span = _trim_name(text, match.start(), match.end(), blocked)
        if span is not None and len(_name_words(text[span[0] : span[1]])) >= 2:
            runs.append(span)
    alone = Counter(m.group() for m in re.finditer(rf"(?<![\w’'-]){_WORD}", text))
    alone.subtract(Counter(_name_words(text[start:end])[-1] for start, end in runs))
    found: list[_Candidate] = []
    for start, end in runs:
        name = text[start:end]
        parts = _name_words(name)
        known_first = parts[0] in FEMALE_FIRST_NAMES or parts[0] in MALE_FIRST_NAMES
        if not known_first and _PLACE_PREPOSITION_RE.search(text, max(0, start - 6), start):
            continue  # "analysts at Goldman Sachs", "in Buenos Aires"
        title, country = _apposition(text, end)
        bare = _unprefixed(parts[-1])
        evidence = (
            known_first
            or title is not None
            or (alone[parts[-1]] > 0 and not parts[-1].isupper())  # the surname comes back
            or (bare is not None and alone[bare] > 0)  # "Ayman al-Zawahiri" … "Zawahiri said"
            or _near_speech(text, start, end)
            or _SOURCE_NOUN_BEFORE_RE.search(text, max(0, start - 24), start) is not None
        )
        if evidence:
            found.append(_Candidate(start, end, name, title, country, strength=2 if title else 1))
    return found


def _with_fuller_first_mentions(
    text: str, chosen: list[_Candidate], blocked: set[int]
) -> list[_Candidate]:
    """ "José Ramos Horta leaves today …" then "Ramos Horta, East Timor's Prime Minister, said":
    the name as first introduced, with a given name before the compound surname the evidence
    is for, is the person's full name, and every mention of the shorter one takes it.

    Only a run nothing else claimed, one or two extra name words, and a single fuller form.
    """
    names = {c.name: c for c in chosen if c.kind == "full" and len(_name_words(c.name)) > 1}
    if not names:
        return chosen
    taken = bytearray(len(text))
    for cand in chosen:
        taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
    fuller: dict[str, set[str]] = defaultdict(set)
    added: list[_Candidate] = []
    runs = list(_NAME_RE.finditer(text))
    alone = {match.group() for match in runs if " " not in match.group()}
    lower_words: set[str] | None = None
    for match in runs:
        raw = match.group().split()
        if not any(" ".join(raw[-k:]) in names for k in range(2, len(raw))):
            continue  # no known name ends the run with words before it
        if lower_words is None:
            lower_words = {w for w in re.findall(r"[^\W\d_]+", text) if w[0].islower()}
        span = _trim_name(text, match.start(), match.end(), blocked)
        if span is None or any(taken[span[0] : span[1]]):
            continue
        run = text[span[0] : span[1]]
        words = run.split()
        for extra in (1, 2):
            tail = " ".join(words[extra:])
            if (
                len(words) - extra >= 2
                and tail in names
                and words[0] not in _TITLE_WORDS
                # a word never standing alone ("José"), not a body's ("Fatah Mahmoud Abbas")
                # nor one of the language ("Is Ken Calemmo")
                and not any(w in alone or w.lower() in lower_words for w in words[:extra])
                # a compound surname the story always gives whole ("Ramos Horta", "López
                # Obrador"); a first name and surname ("Bernie Sanders") returns as "Sanders"
                and _name_words(tail)[-1] not in alone
            ):
                fuller[tail].add(run)
                added.append(replace(names[tail], start=span[0], end=span[1], name=run))
                break
    renamed = {short: next(iter(longs)) for short, longs in fuller.items() if len(longs) == 1}
    if not renamed:
        return chosen
    out = [replace(c, name=renamed[c.name]) if c.name in renamed else c for c in chosen]
    return sorted(out + [c for c in added if c.name in renamed.values()], key=lambda c: c.start)


def _near_speech(text: str, start: int, end: int) -> bool:
    """ "Kristi Govella said", "said Harsh Pant", "Ana Ruiz, who …", "Mahdi Abdel Hadi who
    heads …", "Brandt, an MP, said"."""
    return (
        speech_verb_pattern().match(text, _skip_space(text, end)) is not None
        or _verb_before_pattern().search(text, max(0, start - 50), start) is not None
        or text.startswith((", who", " who "), end)
        or _APPOSITION_THEN_VERB_RE.match(text, end) is not None
        or _closed_apposition_then_verb().match(text, end) is not None
        or _set_off_before_verb(text, start, end)
    )


def _set_off_before_verb(text: str, start: int, end: int) -> bool:
    """ "Russia's ambassador to the OSCE, Alexei Borodavkin, told AFP": a name set off by
    commas right before a speech verb is the apposition naming its subject."""
    if not text[max(0, start - 2) : start].endswith(", ") or not text.startswith(",", end):
        return False
    if any(len(word) > 1 and word.isupper() for word in text[start:end].split()):
        return False  # "Director, BBC Outside Broadcasts, added": a body, not a name
    return speech_verb_pattern().match(text, _skip_space(text, end + 1)) is not None


@lru_cache(maxsize=1)
def _closed_apposition_then_verb() -> re.Pattern[str]:
    """An apposition closed by its second comma, then any speech verb in a finite form: "José
    Aponte, the Speaker of the House, also condemned", "Moya Greene, the chief executive,
    commented". The commas make the name the verb's subject, whatever the verb."""
    finite = [
        form
        for form in _verb_forms()
        if " " not in form and (form.endswith(("ed", "s")) or form in ("said", "told", "wrote"))
    ]
    return re.compile(
        r",[^,\"“”«»\n]{1,80},[ \t]+(?:(?:also|later|then|again)[ \t]+)?"
        rf"(?:{'|'.join(finite)})(?![\w-])"
    )


@lru_cache(maxsize=1)
def _verb_before_pattern() -> re.Pattern[str]:
    """A speech verb just before a name, maybe with lower-case descriptors between: "said
    Smith", "wrote student protester Joshua Wong"."""
    return re.compile(
        rf"(?:{speech_verb_pattern().pattern})[ \t]+(?:[a-z][\w-]*[ \t]+){{0,3}}\Z", re.I
    )


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t":
        position += 1
    return position


def _apposition(text: str, end: int) -> tuple[str | None, str | None]:
    """Title and country from ", India's prime minister," after a name."""
    window = text[end : end + 90]
    match = _APPOSITION_RE.match(window)
    if match is not None and match.group("owner"):
        country = _owner_country(match.group("owner"))
        if country is not None:
            return match.group("title"), country
    bare = _BARE_APPOSITION_RE.match(window)
    if bare is not None:
        return bare.group("title"), None
    return None, None


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, stronger evidence first, then longer names."""
    chosen: list[_Candidate] = []
    taken = bytearray(max((c.end for c in candidates), default=0))
    for cand in sorted(candidates, key=lambda c: (-c.strength, -(c.end - c.start), c.start)):
        if any(taken[cand.start : cand.end]):
            continue
        chosen.append(cand)
        taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
    return sorted(chosen, key=lambda c: c.start)


# --------------------------------------------------------------------------------------------
# Linking surnames and merging what each person is known by


@lru_cache(maxsize=1024)
def _unprefixed(word: str) -> str | None:
    """ "al-Zawahiri" → "Zawahiri": the surname without its joined article, if it has one."""
    for prefix in NAME_PREFIXES:
        if prefix.endswith("-") and word.lower().startswith(prefix):
            rest = word[len(prefix) :]
            if len(rest) > 2 and rest[0].isupper():
                return rest
    return None


@lru_cache(maxsize=4096)
def _keys(name: str) -> tuple[str, ...]:
    """The short forms a full name goes by: last word, particle tail, other words.

    "Ursula von der Leyen" → "von der Leyen", "Leyen", "Ursula"; "Xi Jinping" → "Jinping", "Xi".
    """
    words = name.split()
    keys: list[str] = []
    for index in range(1, len(words)):
        if words[index - 1] in NAME_PARTICLES:
            continue
        if words[index] in NAME_PARTICLES:
            keys.append(" ".join(words[index:]))
    parts = _name_words(name)
    keys.extend(reversed(parts))
    # "al-Zawahiri" comes back as "Zawahiri" too.
    keys.extend(bare for part in parts if (bare := _unprefixed(part)) is not None)
    # An acronym ("BP", "KC") names a body or a model wherever it stands alone, not a person.
    return tuple(
        key
        for key in dict.fromkeys(keys)
        if len(key) > 1 and not key.endswith(".") and not key.isupper()
    )


@lru_cache(maxsize=1024)
def _folded(word: str) -> str:
    """ "Chávez" → "Chavez": copy drops accents as often as it keeps them."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=1024)
def _folded_keys(name: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_folded(key) for key in _keys(name)))


def _full_name_for(short: str, position: int, fulls: Sequence[_Candidate]) -> str | None:
    """The full name a surname refers to: the last one before ``position``, else the next one.
    Accents do not tell names apart ("President Chavez" after "Hugo Chávez")."""
    matching = [cand for cand in fulls if short == cand.name or short in _keys(cand.name)]
    if not matching:
        folded = _folded(short)
        matching = [cand for cand in fulls if folded in _folded_keys(cand.name)]
    if not matching:
        return None
    before = [cand for cand in matching if cand.start < position]
    if before:
        # Last-word matches beat other words ("Lee" the surname beats "Lee" a first name).
        before.sort(key=lambda c: (short != _name_words(c.name)[0], c.start))
        return before[-1].name
    return matching[0].name


def _surname_candidates(
    text: str, fulls: Sequence[_Candidate], blocked: set[int]
) -> list[_Candidate]:
    short_forms: set[str] = set()
    for cand in fulls:
        short_forms.update(_keys(cand.name))
        short_forms.update(_folded_keys(cand.name))
    if not short_forms:
        return []
    pattern = re.compile(rf"(?<![\w’'.-])(?:{_alternation(short_forms)})(?![\w-]|['’](?!s\b))")
    found: list[_Candidate] = []
    for match in pattern.finditer(text):
        if match.start() in blocked:
            continue
        if match.group() in NON_NAME_WORDS and not _NAME_WORD_NEXT.match(text, match.end()):
            continue  # "on Jan 5" after "Jan Lipavsky": the month, not the man
        if _IN_ORGANISATION_NAME.match(text, match.end()):
            continue  # "the Rice Rumsfeld Reception Committee": a body named after him
        name = _full_name_for(match.group(), match.start(), fulls)
        if name is not None:
            found.append(_Candidate(match.start(), match.end(), name, kind="surname"))
    return found


# Capitalised words up to an organisation's head word: the surname before them is part of
# the body's name, not a mention of the person.
_IN_ORGANISATION_NAME = re.compile(
    rf"(?:[ \t]+{_UP}[\w’'-]*){{0,3}}?[ \t]+(?:{_alternation(ORGANISATION_HEADS)})(?![\w’'-])"
)
_NAME_WORD_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*[ \t]+\Z")
_MISSPELT_MIN_LENGTH = 6  # shorter surnames one letter apart are often different people
_LONE_WORD_RE = re.compile(rf"(?<![\w’'.-]){_WORD}(?![\w’'-])")


def _misspelt_surname_candidates(
    text: str, fulls: Sequence[_Candidate], blocked: set[int]
) -> list[_Candidate]:
    """A surname written with one letter wrong ("Pervinas" after "Steve Purvinas", "Fukada"
    after "Yasuo Fukuda"): real copy has such slips, and the speaker is still the person.

    Only a long surname, the same first letter and length, one letter changed, a word that is
    not written in lower case elsewhere (a common word), and a single person it can be.
    """
    by_pattern: dict[str, set[str]] = defaultdict(set)
    for cand in fulls:
        parts = _name_words(cand.name)
        if len(parts) < 2:
            continue
        if cand.strength < 2 and parts[0] not in MALE_FIRST_NAMES | FEMALE_FIRST_NAMES:
            continue  # only someone the text clearly names as a person
        surname = parts[-1]
        if len(surname) >= _MISSPELT_MIN_LENGTH and surname.isalpha():
            for index in range(1, len(surname)):
                by_pattern[surname[:index] + "?" + surname[index + 1 :]].add(cand.name)
    if not by_pattern:
        return []
    surnames = {_name_words(cand.name)[-1] for cand in fulls}
    lower_words = {word for word in re.findall(r"[^\W\d_]+", text) if word[0].islower()}
    found: list[_Candidate] = []
    for match in _LONE_WORD_RE.finditer(text):
        word = match.group()
        if (
            len(word) < _MISSPELT_MIN_LENGTH
            or not word.isalpha()
            or word in surnames
            or word in NON_NAME_WORDS
            or match.start() in blocked
            or _NAME_WORD_NEXT.match(text, match.end())
            or _NAME_WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        ):
            continue  # "Fariba Ahmedi", "Andrea Horwath": part of another name
        names = set().union(
            *(by_pattern.get(word[:i] + "?" + word[i + 1 :], set()) for i in range(1, len(word)))
        )
        if len(names) != 1:
            continue
        if word.lower() in lower_words:
            continue  # "Reserve" near "Reserva": a word of the language, not a name
        found.append(_Candidate(match.start(), match.end(), names.pop(), kind="surname"))
    return found


def _canonical(candidates: list[_Candidate]) -> list[_Candidate]:
    """Point honorific and early surname forms ("Mr Blair") at the full name ("Tony Blair"),
    and a full name without its middle ("George Bush") at the one with it ("George W. Bush")."""
    fulls = [c for c in candidates if c.kind == "full" and len(_name_words(c.name)) > 1]
    fuller = _fuller_names({c.name for c in fulls})
    out: list[_Candidate] = []
    for cand in candidates:
        if cand.kind == "surname" or len(_name_words(cand.name)) == 1:
            # "President Prabowo" after "Prabowo Subianto" is the same man.
            full = _full_name_for(cand.name, cand.start, fulls)
            if full is not None:
                cand = replace(cand, name=full, kind="surname")
        if cand.name in fuller:
            cand = replace(cand, name=fuller[cand.name])
        out.append(cand)
    return out


_MAX_NAME_VARIANTS = 4  # more spellings of one first-and-last name are a crowd, not one person


def _extends(longer: list[str], shorter: list[str]) -> bool:
    """True when ``longer`` has every word of ``shorter`` in order, and more."""
    if len(longer) <= len(shorter):
        return False
    rest = iter(longer)
    return all(word in rest for word in shorter)


def _fuller_names(names: set[str]) -> dict[str, str]:
    """Each full name that one other full name of the story extends in the middle, mapped to it.

    "George Bush" and "George W. Bush" in one story are one man, named once in full: every word
    of the shorter, in order, with the same first and last word. A name two fuller ones extend
    ("George Bush" beside "George W. Bush" and "George Herbert Walker Bush") stays as written,
    since it could be either; so does every name of a crowd sharing first and last word.
    """
    by_ends: dict[tuple[str, str], list[tuple[str, list[str]]]] = {}
    for name in names:
        words = _name_words(name)
        if len(words) > 1:
            by_ends.setdefault((words[0], words[-1]), []).append((name, words))
    fuller: dict[str, str] = {}
    for group in by_ends.values():
        if not 1 < len(group) <= _MAX_NAME_VARIANTS:
            continue
        for name, words in group:
            longer = [other for other, other_words in group if _extends(other_words, words)]
            if len(longer) == 1:
                fuller[name] = longer[0]
    return fuller


def _inherit_titles(candidates: list[_Candidate]) -> list[_Candidate]:
    """ "Her Italian counterpart Giorgia Meloni" takes the title of the leader she meets."""
    out: list[_Candidate] = []
    last_title: str | None = None
    for cand in candidates:
        if cand.inherit_title and cand.title is None and last_title is not None:
            cand = replace(cand, title=last_title)
        if cand.title is not None:
            last_title = cand.title
        out.append(cand)
    return out


def _pronoun_votes(
    text: str, candidates: Sequence[_Candidate], sentences: SentenceBounds
) -> dict[str, Counter[Gender]]:
    """Votes from the first he/she/his/her after a mention, before anyone else is named.

    The pronoun must sit in the same or the next sentence ("Takaichi … she stated"). The
    pronouns are found once and looked up by position: searching the text after each mention
    rereads a whole sentence per mention when one names the same person thousands of times.
    """
    votes: dict[str, Counter[Gender]] = defaultdict(Counter)
    pronouns = [(m.start(), m.end(), m.group()) for m in _PRONOUN_RE.finditer(text)]
    starts = [start for start, _, _ in pronouns]
    for index, cand in enumerate(candidates):
        sentence_start = sentences.start_of(cand.start)
        leads = index == 0 or candidates[index - 1].end <= sentence_start
        limit = sentences.end_after(cand.end, extra=1 if leads else 0)
        for other in candidates[index + 1 : index + 20]:
            if other.name != cand.name:
                limit = min(limit, other.start)
                break
        word = _first_within(pronouns, starts, cand.end, max(cand.end, limit))
        if word is not None:
            votes[cand.name][PRONOUNS[word.lower()]] += 1
    return votes


def _first_within(
    found: Sequence[tuple[int, int, str]], starts: Sequence[int], start: int, end: int
) -> str | None:
    """The first of ``found`` (whole words, sorted, with their ``starts``) inside ``[start,
    end)``. A word never straddles ``start`` (a name's end) or ``end`` (a name's start or a
    sentence end), so this is what a search of the text between them finds."""
    index = bisect_left(starts, start)
    if index < len(found) and found[index][1] <= end:
        return found[index][2]
    return None


def _genders(
    text: str, candidates: Sequence[_Candidate], sentences: SentenceBounds
) -> dict[str, Gender]:
    votes = _pronoun_votes(text, candidates, sentences)
    for cand in candidates:
        first = _name_words(cand.name)[0] if cand.kind == "full" else ""
        weight: Counter[Gender] = Counter()
        if cand.gender is not None:
            weight[cand.gender] += 10
        role = _GENDERED_ROLE_RE.match(text, cand.end)
        if role is not None:
            weight["f" if "woman" in role.group("role").lower() else "m"] += 5
        if first in FEMALE_FIRST_NAMES:
            weight["f"] += 2
        if first in MALE_FIRST_NAMES:
            weight["m"] += 2
        votes[cand.name].update(weight)
    genders: dict[str, Gender] = {}
    for name, counter in votes.items():
        if counter and counter["f"] != counter["m"]:
            genders[name] = "f" if counter["f"] > counter["m"] else "m"
    return genders


def _merge(
    candidates: list[_Candidate], genders: dict[str, Gender], text: str
) -> list[PersonMention]:
    titles: dict[str, str] = {}
    countries: dict[str, str] = {}
    for cand in candidates:
        if cand.title is not None:
            titles.setdefault(cand.name, cand.title)
        if cand.country is not None:
            countries.setdefault(cand.name, cand.country)
    return [
        PersonMention(
            start=cand.start,
            end=cand.end,
            text=text[cand.start : cand.end],
            name=cand.name,
            title=titles.get(cand.name),
            country=countries.get(cand.name),
            kind=cand.kind,
            gender=genders.get(cand.name),
        )
        for cand in candidates
    ]


def _infer_country(
    text: str, mentions: list[PersonMention], countries: Sequence[CountryMention]
) -> list[PersonMention]:
    """Give leaders the article names without a demonym the country they stand for.

    Copy names the home leader bare ("President Donald Trump" in AP copy, "King Charles III" in
    the BBC's) and pairs leaders with countries by order ("Indonesia and Australia lifted …, as
    President Prabowo Subianto hosted Prime Minister Anthony Albanese"). Two leaders without a
    country take a country pair named just before them, in order; a single one (or a royal
    household) takes the country the article mentions most (at least twice, more than any
    other) among those no other person holds. Otherwise nothing is guessed.
    """
    first_seen: dict[str, int] = {}
    for m in mentions:
        if m.country is None and _is_leader_title(m.title):
            first_seen.setdefault(m.name, m.start)
    if not first_seen:
        return mentions
    held = {m.country for m in mentions if m.country is not None}
    visited = _destinations(text, mentions, countries)
    assigned = (
        _paired(text, first_seen, held, countries)
        or _host_of_visits(text, first_seen, held, visited, mentions)
        or _most_mentioned(first_seen, held, countries, mentions)
    )
    return [
        replace(
            m,
            country=assigned[m.name]
            if m.name in assigned and assigned[m.name] not in visited.get(m.name, ())
            else m.country,
            visiting=frozenset(visited.get(m.name, ())),
        )
        for m in mentions
    ]


# "Bush's visit to Israel", "began his tour in Israel", "arrived in Beijing": a country a
# person travels to, told after the person in the same clause.
_TRAVEL_TO_RE = re.compile(
    # "criticised Lula after arriving in Rome": a participle after a conjunction is the clause
    # subject's travel, not the travel of the name just before it
    r"(?<![\w-])(?<!after )(?<!before )(?<!while )(?<!upon )(?<!when )"
    r"(?:(?:state[ \t]+|official[ \t]+)?visit(?:s|ed|ing)?|trip|tour(?:s|ed|ing)?|journey|"
    r"travel(?:s|ed|led|ing|ling)?|fl(?:ew|ies|ying)|arriv(?:al|ed|es|ing)|landed)"
    r"(?:[ \t]+(?:to|in|of|into))?[ \t]+(?:the[ \t]+)?\Z"
)
_CLAUSE_BREAK_RE = re.compile(r"[.;:!?\n\"“”]")
_HEADLINE_MAX = 300  # a first line this short, then a blank line, is the story's headline


def _destinations(
    text: str, mentions: Sequence[PersonMention], countries: Sequence[CountryMention]
) -> dict[str, dict[str, int]]:
    """The countries each person is told travelling to, with where each is first told.

    The country a story mentions most is often where its visitor goes ("President Bush's visit
    to Israel"), which makes no nationality; such a country is never given to the visitor. The
    travel words must follow one of the person's own mentions in the clause, with no other person
    between, so "Hu welcomed Blair on his visit to China" counts China for Blair, not for Hu.
    """
    visited: dict[str, dict[str, int]] = defaultdict(dict)
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    for country in countries:
        if country.kind == "organisation":
            continue  # "arrived at the EU": a body is no country of birth to rule out
        low = max(0, country.start - 90)
        index = bisect_left(starts, country.start) - 1
        while index >= 0 and ordered[index].end > country.start:
            index -= 1
        if index < 0 or ordered[index].start < low:
            continue
        person = ordered[index]
        between = text[person.end : country.start]
        if _CLAUSE_BREAK_RE.search(between) is None and _TRAVEL_TO_RE.search(between):
            visited[person.name].setdefault(country.code, country.start)
    return visited


def _host_of_visits(
    text: str,
    first_seen: dict[str, int],
    held: set[str],
    visited: dict[str, dict[str, int]],
    mentions: Sequence[PersonMention],
) -> dict[str, str]:
    """A single leader without a country hosts the one country the story's visitors go to.

    "Recep Tayyip Erdoğan paid an official state visit to the United States. … he met with
    President George W. Bush": the visitors' own countries are known, the country they visit is
    held by no one named, and the leader left without a country is introduced after the visit
    is told (a headline may name him first), so he is its host. A leader named before the visit
    ("criticised President Lula after arriving in Rome") is not.
    """
    if len(first_seen) != 1:
        return {}
    (leader,) = first_seen
    headline_end = text.find("\n\n", 0, _HEADLINE_MAX)
    introduced = min(
        (m.start for m in mentions if m.name == leader and m.start > headline_end),
        default=len(text),
    )
    own = {m.name: m.country for m in mentions if m.country is not None}
    hosts: dict[str, int] = {}
    for visitor, places in visited.items():
        if visitor == leader or visitor not in own:
            continue
        for code, told in places.items():
            if code != own[visitor] and code not in held:
                hosts[code] = min(told, hosts.get(code, told))
    if len(hosts) != 1:
        return {}
    ((code, told),) = hosts.items()
    if told > introduced or code in visited.get(leader, {}):
        return {}
    return {leader: code}


def _paired(
    text: str, first_seen: dict[str, int], held: set[str], countries: Sequence[CountryMention]
) -> dict[str, str]:
    if len(first_seen) < 2:
        return {}
    (one, start), (two, _) = sorted(first_seen.items(), key=lambda item: item[1])[:2]
    pair = _country_pair_before(text, start, countries)
    if pair is None or pair[0] == pair[1] or set(pair) & held:
        return {}
    return {one: pair[0], two: pair[1]}


def _most_mentioned(
    first_seen: dict[str, int],
    held: set[str],
    countries: Sequence[CountryMention],
    mentions: Sequence[PersonMention],
) -> dict[str, str]:
    titles = {m.name: (m.title or "").lower() for m in mentions if m.name in first_seen}
    royal = all(title.endswith(_MONARCHS) for title in titles.values())
    if len(first_seen) > 1 and not royal:
        return {}  # a royal household shares its country; two presidents need not
    counts = Counter(c.code for c in countries if len(c.code) == 2 and c.code not in held)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return {}
    if all(c.kind == "organisation" for c in countries if c.code == ranked[0][0]):
        return {}  # a story mostly about the EU or the UN says nothing of its leader's country
    return dict.fromkeys(first_seen, ranked[0][0])


def _is_leader_title(title: str | None) -> bool:
    if title is None:
        return False
    words = title.lower()
    if any(word in words for word in ("vice", "deputy", "former", "acting")):
        return False
    return words.endswith(LEADER_TITLES)


def _titled_mentions(
    text: str, mentions: list[PersonMention], ends: dict[int, CountryMention]
) -> list[PersonMention]:
    """ "The prime minister", "the Italian leader", "Japan's premier" linked to a known person."""
    occupied = [(m.start, m.end) for m in mentions]
    found: list[PersonMention] = []
    for match in _ROLE_RE.finditer(text):
        start, end = match.span()
        if any(start < e and s < end for s, e in occupied):
            continue
        if _NAME_RE.match(text, _skip_space(text, end)) and text[end : end + 1] in " \t":
            continue  # a title before a name that was not taken as a person
        if _INSTITUTION_RE.match(text, end):
            continue  # "the Prime Minister's Office" is a place
        begin, country = _reference_head(text, start, ends)
        if begin is None:
            continue
        phrase = text[begin:end]
        before = sorted((m for m in mentions if m.end <= begin), key=lambda m: m.start)
        person = lookup_person(before, phrase) or _introduced_as(text, before, match.group())
        if person is None or (country is not None and person.country not in (None, country)):
            continue
        found.append(
            PersonMention(
                begin,
                end,
                phrase,
                person.name,
                person.title,
                person.country,
                "titled",
                person.gender,
                person.visiting,
            )
        )
    return found


def _introduced_as(text: str, before: Sequence[PersonMention], role: str) -> PersonMention | None:
    """The person the story introduced with this title set off before the name ("the Minister
    of Foreign Relations, Celso Amorim"), when no title was kept for anyone: a title without a
    country makes no head of state, but "said the minister" still points back to him."""
    pattern = re.compile(
        rf"(?i:(?<![\w-])the[ \t]+(?:[\w-]+[ \t]+){{0,2}}{re.escape(role)}"
        r"(?:[ \t]+(?:of|for)[ \t]+[^,;.\n]{1,40})?)[ \t]*,[ \t]+\Z"
    )
    for mention in reversed(before):
        low = max(0, mention.start - 80)
        if mention.kind == "full" and pattern.search(text, low, mention.start):
            return mention
    return None


_MODIFIER_WORDS = frozenset(
    word.lower() for modifier in TITLE_MODIFIERS for word in modifier.split() if " " not in modifier
)
_MODIFIERS_BEFORE_RE = re.compile(
    rf"(?<=[Tt]he[ \t])(?:(?i:{_alternation(_MODIFIER_WORDS)})[ \t]+)?"
    rf"(?i:{_alternation(_MODIFIER_WORDS)})\Z"
)


def _reference_head(
    text: str, role_start: int, ends: dict[int, CountryMention]
) -> tuple[int | None, str | None]:
    """Where a title reference begins ("the Italian leader", "Japan's premier") and its country."""
    cut = role_start
    while cut > 0 and text[cut - 1] in " \t":
        cut -= 1
    country: str | None = None
    if cut >= 2 and text[cut - 2 : cut] in ("'s", "’s") and (cut - 2) in ends:
        mention = ends[cut - 2]
        return mention.start, mention.code
    if cut in ends:
        mention = ends[cut]
        country = mention.code
        cut = mention.start
        while cut > 0 and text[cut - 1] in " \t":
            cut -= 1
    if country is None:
        # "the business secretary", "the defence minister": words of the office before the role.
        modified = _MODIFIERS_BEFORE_RE.search(text, max(0, cut - 40), cut)
        if modified is not None:
            cut = modified.start()
            while cut > 0 and text[cut - 1] in " \t":
                cut -= 1
    if (
        cut >= 3
        and text[cut - 3 : cut].lower() == "the"
        and (cut == 3 or not text[cut - 4].isalnum())
    ):
        return cut - 3, country
    return None, None


def _country_mentions(text: str) -> list[CountryMention]:
    """:func:`find_countries` over the capitalised stretches of ``text`` only.

    Country names, demonyms and organisations are written with capitals ("Japan", "U.S.",
    "Republic of Korea", "Côte d'Ivoire"), so scanning only those stretches gives the same
    mentions several times faster on long articles; offsets are mapped back to ``text``.
    """
    pieces: list[str] = []
    origins: list[int] = []  # where each piece starts in ``text``
    places: list[int] = []  # where each piece starts in the joined string
    length = 0
    for match in _CAPITALISED_RE.finditer(text):
        pieces.append(match.group())
        origins.append(match.start())
        places.append(length)
        length += len(match.group()) + len(_PIECE_SEPARATOR)
    joined = _PIECE_SEPARATOR.join(pieces)
    mentions: list[CountryMention] = []
    for mention in find_countries(joined):
        piece = bisect_right(places, mention.start) - 1
        shift = origins[piece] - places[piece]
        start, end = mention.start + shift, mention.end + shift
        if text[start:end] == mention.text:
            mentions.append(with_stripped_demonym(text, replace(mention, start=start, end=end)))
    return mentions


# --------------------------------------------------------------------------------------------
# Public API


def find_people(
    text: str, *, countries: Sequence[CountryMention] | None = None
) -> list[PersonMention]:
    """Every mention of a person in ``text``, in text order.

    Full mentions carry the name as written; later surnames, honorific forms ("Mr Blair") and
    title references ("the prime minister") carry the full name they refer to in ``name``.
    ``countries`` is ``find_countries(text)`` when the caller has it already (the rules backend
    does), so the article's countries are found once. Never raises; every mention satisfies
    ``text[m.start:m.end] == m.text``.
    """
    if not isinstance(text, str) or not text:
        return []
    countries = list(countries) if countries is not None else _country_mentions(text)
    ends = {mention.end: mention for mention in countries}
    starts = {mention.start: mention for mention in countries}
    blocked = {pos for mention in countries for pos in range(mention.start, mention.end)}
    anchored = (
        _plural_title_candidates(text, countries, blocked)
        + _title_candidates(text, ends, blocked)
        + _office_title_candidates(text, ends, starts, blocked)
        + _title_apposition_candidates(text, ends, blocked)
        + _honorific_candidates(text, blocked)
        + _counterpart_candidates(text, ends, blocked)
    )
    generic = _generic_candidates(text, blocked)
    chosen = _select(anchored + generic)
    chosen = _with_fuller_first_mentions(text, chosen, blocked)
    fulls = [cand for cand in chosen if cand.kind == "full"]
    taken = {pos for cand in chosen for pos in range(cand.start, cand.end)}
    chosen = _select(chosen + _surname_candidates(text, fulls, taken | blocked))
    taken = {pos for cand in chosen for pos in range(cand.start, cand.end)}
    chosen = _select(chosen + _misspelt_surname_candidates(text, fulls, taken | blocked))
    chosen = _inherit_titles(_canonical(chosen))
    genders = _genders(text, chosen, sentence_bounds(text))
    mentions = _infer_country(text, _merge(chosen, genders, text), countries)
    mentions += _titled_mentions(text, mentions, ends)
    return sorted(mentions, key=lambda m: (m.start, m.end))


def people(text: str) -> list[Person]:
    """The distinct people of ``text`` in order of first mention, with title and country.

    This is what a summit's ``participants`` are picked from.
    """
    seen: dict[str, Person] = {}
    for mention in find_people(text):
        if mention.name not in seen:
            seen[mention.name] = mention.person()
    return list(seen.values())


def lookup_person(before: Sequence[PersonMention], reference: str) -> PersonMention | None:
    """The latest of ``before`` that a title phrase or a name refers to, or ``None``.

    ``reference`` is a title phrase ("the prime minister", "the Italian leader", "the
    president") or a name or surname ("Takaichi", "Mr. Blair"); ``before`` are the mentions
    before it, in text order. Pronouns are attribution's business
    (:func:`summitparse.rules.quotes.attribution.resolve_reference`).
    """
    role = _ROLE_RE.search(reference)
    if role is not None:
        return _by_role(before, role.group("role").lower(), reference)
    return _by_name(before, reference.strip())


def _by_role(before: Sequence[PersonMention], role: str, reference: str) -> PersonMention | None:
    heads = REFERENCE_ROLES.get(role, (role,))
    codes = {mention.code for mention in find_countries(reference)}
    words = reference.lower().split()
    # "the business secretary" is the secretary whose title says business.
    offices = (
        [word for word in words[1:-1] if word in _MODIFIER_WORDS] if words[:1] == ["the"] else []
    )
    for mention in reversed(before):
        if codes and mention.country not in codes:
            continue
        title = (mention.title or "").lower()
        if offices and not all(word in title.split() for word in offices):
            continue
        if not heads and (mention.title is not None or codes):
            return mention
        if heads and any(head in title for head in heads):
            return mention
    return None


def _by_name(before: Sequence[PersonMention], reference: str) -> PersonMention | None:
    words = reference.split()
    if words and words[0].rstrip(".") in HONORIFICS:
        reference = " ".join(words[1:])
    for mention in reversed(before):
        if reference in (mention.name, mention.text) or reference in _keys(mention.name):
            return mention
    return None
