"""The words around a number that decide what it is: hedges, signs, percent, dates, names, nouns.

Every check looks at a few characters on one side of the number with a precompiled pattern
anchored there, so the cost per candidate stays small on long articles. The lists are English
newswire usage; the figure guidelines in ``docs/annotation.md`` say which readings they serve
(hedges set ``approximate`` and stay out of the span; years, day numbers, times, ordinals and
numbers in names such as "G7", "F-35", "Article 5" are not figures).
"""

from __future__ import annotations

import re

from summitparse.rules.places.country_data import DEMONYMS
from summitparse.text.guards import guarded

__all__ = [
    "change_verb_before",
    "count_noun_after",
    "counts_things",
    "hedge_after",
    "hedge_before",
    "is_date_part",
    "is_markup_or_decade",
    "is_name_before_noun",
    "is_name_number",
    "is_time",
    "measure_unit_after",
    "percent_after",
    "phone_number_end",
    "range_opener_before",
    "sign_before",
    "year_count_before",
]

_HEDGES = (
    "about", "around", "approximately", "approx.", "approx", "roughly", "nearly", "almost",
    "some", "more than", "over", "up to", "at least", "less than", "fewer than",
    "an estimated", "estimated", "close to", "closer to", "upwards of", "upward of",
    "in excess of", "just over", "just under", "just above", "just below", "well over",
    "well above", "well below", "under", "below", "above", "exceeding", "no more than",
    "not more than", "no less than", "not less than", "as much as", "as many as",
    "as high as", "as low as", "as little as", "as few as", "circa", "c.", "~", "at most",
    "a little more than", "a little less than", "slightly more than", "slightly less than",
    "more or less", "an approximate", "approaching", "nearly", "almost", "upto", "toward",
    "towards", "in the region of", "an average of", "lower than",
    "higher than", "greater than", "bigger than", "larger than", "smaller than", "beyond",
    "more then", "exceed", "exceeding", "exceeds", "exceeded", "topping", "upwards",
    "almost exactly",
)  # fmt: skip
_HEDGE_BEFORE_RE = guarded(
    r"(?<![\w.])(?i:"
    + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(set(_HEDGES), key=len)[::-1])
    + r")\s*\Z"
)
_HEDGE_AFTER_RE = guarded(
    r"\+|-plus\b|[^\S\n]+odd\b|-odd\b"
    r"|[^\S\n]+or[^\S\n]+(?:so|more|above|higher|over|less|fewer|below|under)\b"
    r"|[^\S\n]+and[^\S\n]+(?:above|over|up)\b",
    re.IGNORECASE,
)

_RANGE_OPENER_RE = guarded(r"(?<![\w])(?P<word>(?i:between|from))\s+\Z")
_CHANGE_VERB_RE = guarded(
    r"(?<![\w])(?i:rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|increased?|"
    r"increases|increasing|decreased?|decreases|decreasing|grew|grow|grows|growing|grown|"
    r"climbed?|climbs|dropped|drops?|declined?|declines|jumped?|jumps|cut|cuts|cutting|"
    r"raised?|raises|raising|lowered?|lowers|slipped|slips?|surged?|surges|soared?|soars|"
    r"plunged?|plunges|reduced?|reduces|revised|widened?|narrowed?|boosted?|lifted?|"
    r"slashed?|trimmed?|shrank|shrunk|expanded?|doubled?|tripled?|went|gone|moved?|"
    r"changed?|hiked?|edged|eased?|gained?|lost|sank|tumbled?|swelled|ballooned|"
    r"upped|up|down|advanced|retreated|recovered|rebounded|dipped|slid|skidded)"
    r"\b[^.;\d]{0,40}\Z"
)

_SIGN_RE = guarded(r"(?:(?<![\w.,])(?P<minus>[-−])|(?<![\w])(?P<word>(?i:minus|negative))\s+)\Z")

_PERCENT_RE = guarded(
    r"(?:[^\S\n]?(?:%|％)|[^\S\n]{0,2}(?:-[^\S\n]?)?"
    r"(?i:per[^\S\n]?-?[^\S\n]?cent(?:age)?s?|percent(?:age)?s?|pct\b\.?)"
    r"|pc(?![A-Za-z]))"
    r"(?P<points>[^\S\n]+(?i:points?|pts?)\b\.?)?"
    r"|[^\S\n]+(?i:percentage[^\S\n]+points?)\b"
)

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
# Lower-case month words that are also English words stay out ("may", "march").
_LOWER_MONTHS = (
    "january|february|april|june|july|august|september|october|november|december"
    "|jan|feb|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_MONTH_BEFORE_RE = guarded(
    rf"(?<![A-Za-z])(?:{_MONTHS}|{_LOWER_MONTHS})(?:[^\S\n]?\.)?[^\S\n]*,?[^\S\n]*\Z"
    r"|(?<![A-Za-z])(?:on|of|by|since|until|from)[^\S\n]+(?:may|march)[^\S\n]+\Z"
)
_MONTH_AFTER_RE = guarded(
    rf"(?:st|nd|rd|th)?[^\S\n]*(?:of[^\S\n]+)?(?:{_MONTHS}|{_LOWER_MONTHS})(?![A-Za-z])"
)
_TIME_RE = guarded(
    r"(?::\d\d)|[^\S\n]?(?:a\.?m\.?|p\.?m\.?|AM|PM|GMT|UTC|BST|CET|CEST|EST|EDT|PST|JST|IST|"
    r"hrs|o'clock)(?![A-Za-z])"
)
_TIME_BEFORE_RE = guarded(r"\d[:.]\Z")
# A time zone's offset: "GMT +2", "UTC-5" (and "GTM", a frequent slip of the keys).
_ZONE_OFFSET_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?:GMT|UTC|GTM)[ \t]*[+−–-][ \t]*\Z")

# Words that name a thing by its number ("Article 5", "Flight 370"); checked case-insensitively.
_NAME_NOUNS = frozenset(
    {"article", "articles", "section", "chapter", "resolution", "paragraph", "clause", "rule",
     "amendment", "title", "annex", "protocol", "flight", "route", "highway", "interstate",
     "room", "apollo", "windows", "radio", "channel", "boeing", "airbus", "falcon", "level",
     "phase", "stage", "category", "grade", "tier", "act", "proposition", "prop", "question",
     "table", "figure", "page", "volume", "version",
     "model", "type", "class", "block", "unit", "line", "gate", "terminal", "platform",
     "round", "game", "match", "episode", "season", "vatican", "group", "pillar", "paragraphs",
     "sections", "point", "item", "district", "precinct", "ward", "lot", "exit", "rank",
     "pier", "berth", "bus", "train", "su", "mig", "tu", "il", "ka", "mi", "covid"}
)  # fmt: skip
_PROPER_THEN_NOUN_RE = guarded(
    r"[ \t\u00a0]+(?:[A-Z][a-z]+[ \t\u00a0]+){1,3}(?P<noun>[a-z][a-z'-]*)\b"
)
_GROUP_OF_RE = guarded(r"\bGroup of[ \t\u00a0]\Z")
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
# Abbreviations that number a thing when written with a full stop ("No. 10", "Vol. 3").
_SPAN_OF_TIME_AFTER_RE = guarded(r"[ \t\u00a0]+(?:days|weeks|months|years|hours)\b")
_ABBREVIATED_NAME_NOUNS = frozenset({"no", "nos", "vol", "fig", "p", "pp", "art", "sec", "ch"})
# Capitalised words that may stand before a figure without making it a name.
_FUNCTION_WORDS = frozenset(
    {"the", "a", "an", "about", "around", "approximately", "roughly", "nearly", "almost",
     "some", "more", "over", "up", "at", "less", "fewer", "estimated", "close",
     "upwards", "in", "just", "well", "under", "below", "above", "exceeding", "no", "not",
     "as", "circa", "only", "exactly", "precisely", "all", "those", "these", "another",
     "each", "every", "of", "by", "for", "with", "and", "but", "or", "since", "from", "to",
     "on", "between", "down", "total", "totalling", "totaling", "than", "if", "when",
     "while", "after", "before", "during", "including", "includes", "included", "least",
     "most", "then", "now", "still", "also", "even", "further", "additional", "extra", "its",
     "their", "his", "her", "our", "your",
     "my", "we", "they", "he", "she", "it", "i", "you", "there", "here", "where", "what",
     "which", "who", "whom", "whose", "that", "this", "per", "plus", "minus", "negative",
     "via", "into", "onto", "across", "through", "toward", "towards", "against", "among",
     "amid", "worth", "cost", "costs", "costing", "paid", "pay", "pays", "like", "unlike",
     "so", "yet", "nor", "both", "either", "neither", "many", "much", "few",
     "several", "first", "last", "next", "top", "within", "without",
     "outside", "inside", "despite", "because", "although", "though", "whereas", "unless",
     "until", "till", "upon", "out", "off", "number", "nr", "approaching", "topping",
     "reaching", "reached", "hitting", "hit", "nearing", "averaging", "averaged",
     "approx", "say", "said", "says", "told", "was", "were", "is", "are", "be", "been",
     "being", "has", "have", "had", "will", "would", "could", "should", "may", "might",
     "must", "can", "did", "do", "does", "got", "get", "gets", "rose", "fell", "grew",
     "dropped", "jumped", "climbed", "added", "lost", "gained", "raised", "cut", "spent",
     "spend", "spends", "give", "gave", "given", "owes", "owed", "earned", "earns", "earn",
     "bought", "sold", "won", "received", "receives", "receive", "pledged", "pledges",
     "offered", "offers", "committed", "commits"}
)  # fmt: skip
_WORD_BEFORE_RE = guarded(r"(?<![\w.])([A-Za-z][A-Za-z'’]*)(\.?)[ \t\u00a0]\Z")

# Units of measure: a number before one is a measure (a `number`, never a `count`), and a
# year-like number before one is a measure, not a year ("2000 km", "1500 tonnes of food").
_MEASURE_UNITS = frozenset(
    {"miles", "mile", "kilometres", "kilometers", "kilometre", "kilometer", "km", "metres",
     "meters", "metre", "meter", "feet", "foot", "ft", "inches", "yards", "kilograms", "kilogram",
     "kg", "tons", "tonnes", "ton", "tonne", "ounces", "gallons", "litres", "liters", "barrels",
     "acres", "hectares", "megawatts", "megawatt", "mw", "kilowatts", "gigawatts", "cubic",
     "square", "sq", "knots", "mph"}
)  # fmt: skip
# Plural nouns that are not things counted in a figure's sense.
_NOT_COUNT_NOUNS = _MEASURE_UNITS | frozenset(
    {"years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades",
     "centuries", "times", "percent", "cents", "pence", "dollars", "euros", "pounds",
     "was", "has", "is", "does", "this", "its", "plus", "less", "across", "thus",
     "towards", "as", "yes", "always", "perhaps", "whereas", "unless", "besides",
     "afterwards", "us", "his", "hers", "ours", "theirs", "yours", "whose", "nevertheless",
     "sometimes", "mornings", "evenings", "nights", "weekends", "points", "basis", "degrees",
     "seasons", "quarters", "halves", "thirds"}
)  # fmt: skip
_IRREGULAR_PLURALS = frozenset(
    {"people", "children", "men", "women", "police", "personnel", "staff", "aircraft",
     "livestock", "cattle", "sheep", "fish", "troops", "deer", "crew", "spacecraft",
     "infantry", "militia", "youth", "clergy", "faithful"}
)  # fmt: skip
_DETERMINERS = frozenset(
    {"a", "an", "the", "its", "their", "his", "her", "this", "that", "these", "those", "our",
     "my", "your", "some", "any", "no", "every", "each"}
)  # fmt: skip
_NEXT_WORDS_RE = guarded(
    r"[ \t\u00a0]+(?P<w1>[A-Za-z][a-z'-]*)(?:[ \t\u00a0]+(?P<w2>[A-Za-z][a-z'-]*))?"
)

_UNIT_AFTER_RE = guarded(r"(?:[ \t\u00a0]+|[ \t]?-[ \t]?)([A-Za-z]+)\b")
# A day and month before a year: "September 11, 2001 attacks", "April 8, 2005".
_MONTH_DAY_BEFORE_RE = guarded(
    rf"(?<![A-Za-z])(?:{_MONTHS})\.?[^\S\n]+\d{{1,2}}(?:st|nd|rd|th)?,?[^\S\n]+\Z"
)
# Words before a year that make it one even when a plural noun follows: "the 2006
# parliamentary elections", "in 2002 elections", "its 2004 books", "below 1990 levels".
_YEAR_LEAD_WORDS = _DETERMINERS | frozenset(
    {"in", "of", "since", "from", "for", "until", "till", "before", "after", "during",
     "upcoming", "last", "next", "past", "previous", "below", "above", "and", "or", "to",
     "at", "secret", "pivotal", "potential"}
)  # fmt: skip
# Comparisons that take a year as readily as an amount: "below 1990 levels".
_YEAR_COMPARISON_BEFORE_RE = guarded(
    r"(?<![\w])(?i:below|above|under|beyond|towards?|(?:lower|higher)[^\S\n]+than)[^\S\n]+\Z"
)
# An attribute of leftover table markup: 'width="30%"', "cellpadding=4", "border=0".
# 'width="30%"', "cellpadding=4", and the style and timeline markup of the Wikinews export:
# "margin:5px", "bottom:6", "value:rgb(0.5,1,0.8)" (a lowercase key glued to its colon).
_MARKUP_ATTRIBUTE_BEFORE_RE = guarded(
    r"(?:(?<![\w])[A-Za-z][\w-]*[ \t]*=[ \t]*[\"']?|(?<![\w:])[a-z][a-z-]+:|\brgba?\([\d., \t]*)\Z"
)
# A telephone number: a dialling code and what follows ("+44 (0)870 000 0123"), or digit
# groups led by a zero ("020 7766 6020", "0800 789321"): no amount has a leading zero.
_DIALLING_CODE_RUN_RE = guarded(r"\d{1,4}(?:[ \t]?\(0\)[ \t]?\d{2,5})?(?:[ \t-]\d{2,8}){0,4}")
_LEADING_ZERO_RUN_RE = guarded(r"0\d{1,4}(?:[ \t-]\d{3,8}){1,3}(?![\d,]|\.\d)")
# The rest of a file name after a number: "Rally_2.jpg", "Obama 3b.jpg".
_FILE_NAME_AFTER_RE = guarded(
    r"[A-Za-z]{0,3}(?:[_-]\w{1,20})?\.(?i:jpe?g|png|gif|svg|tiff?|ogg|ogv|pdf)\b"
)
# Two digits after an apostrophe or before "'s" are a year or a decade: "in '05", "the 80's".
_APOSTROPHE_BEFORE_RE = guarded(r"(?<![\w])['’‘]\Z")
_DECADE_AFTER_RE = guarded(r"['’]s\b")


def hedge_before(text: str, floor: int, pos: int) -> int | None:
    """Where a hedge ("about", "more than") ends right before ``pos``; returns its start."""
    m = _HEDGE_BEFORE_RE.search(text, max(floor, pos - 30), pos)
    return m.start() if m is not None else None


def hedge_after(text: str, pos: int) -> int | None:
    """The end of a trailing hedge ("10,000+", "200-odd", "100 or so"), if there is one."""
    m = _HEDGE_AFTER_RE.match(text, pos)
    return m.end() if m is not None else None


def range_opener_before(text: str, floor: int, pos: int) -> tuple[int, str] | None:
    """ "between" or "from" right before ``pos``: (its start, the word lower-cased)."""
    m = _RANGE_OPENER_RE.search(text, max(floor, pos - 12), pos)
    if m is None:
        return None
    return m.start(), m.group("word").lower()


def change_verb_before(text: str, floor: int, pos: int) -> bool:
    """True when a verb of change precedes: "rose from 5% to 7%" is two values, not a range."""
    return _CHANGE_VERB_RE.search(text, max(floor, pos - 60), pos) is not None


def sign_before(text: str, floor: int, pos: int) -> tuple[int, int] | None:
    """A minus sign or "minus" right before ``pos``: (its start, -1)."""
    if pos <= floor:
        return None
    m = _SIGN_RE.search(text, max(floor, pos - 10), pos)
    if m is None:
        return None
    return m.start(), -1


def percent_after(text: str, pos: int) -> int | None:
    """The end of a percent marker right after ``pos`` ("%", " per cent", " percentage points")."""
    m = _PERCENT_RE.match(text, pos)
    return m.end() if m is not None else None


def is_date_part(text: str, start: int, end: int, value: float) -> bool:
    """True for the day or year of a date: "January 16", "16 January", "Jan. 16, 2026".

    Only a day-sized or year-like integer can be one: "In March 3,000 people" is a count.
    """
    if value != int(value) or not (1 <= value <= 31 or 1000 <= value <= 2199):
        return False
    if "," in text[start:end] and value >= 1000:
        return False
    if _MONTH_BEFORE_RE.search(text, max(0, start - 14), start) is not None:
        return True
    if value <= 31:
        return _MONTH_AFTER_RE.match(text, end) is not None
    return False


def is_time(text: str, start: int, end: int) -> bool:
    """True for clock times and zones: "10:30", "3 p.m.", "0800 GMT", "GMT +2"."""
    if _TIME_RE.match(text, end) is not None:
        return True
    if _ZONE_OFFSET_BEFORE_RE.search(text, max(0, start - 8), start) is not None:
        return True
    return _TIME_BEFORE_RE.search(text, max(0, start - 2), start) is not None


def is_name_number(text: str, start: int, *, plain_integer: bool = True) -> bool:
    """True when the number is part of a name: "G7", "F-35", "Boeing 737", "Article 5".

    A capitalised word before the number makes a name only for a plain integer: "Boeing 737"
    is a name, "in Ukraine 1,200 civilians" and "On Monday 3.5 million" are figures.
    """
    if start > 0:
        before = text[start - 1]
        if before.isalpha():
            return True
        if before in "-–/" and start > 1 and text[start - 2].isalnum():
            return True
        if before == "#":
            return True
    if _GROUP_OF_RE.search(text, max(0, start - 12), start):
        return True  # "Group of 20", "Group of Seven"
    m = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    word, dot = m.group(1), m.group(2)
    low = word.lower()
    if dot and low in _ABBREVIATED_NAME_NOUNS:
        return True
    if low in _NAME_NOUNS:
        return True
    if plain_integer and not dot and word[0].islower() and not word.islower():
        return True  # "the iPad 2", "an iPhone 4": a product name in camel case
    if dot or not plain_integer or not word[0].isupper() or low in _FUNCTION_WORDS:
        return False
    if low in _WEEKDAYS:
        return False
    if _SPAN_OF_TIME_AFTER_RE.match(text, _digits_end(text, start)):
        return False  # "gave Nigeria 60 days to withdraw": the name is the one given the time
    return not _sentence_start(text, m.start())


def _digits_end(text: str, start: int) -> int:
    end = start
    while end < len(text) and (text[end].isdigit() or text[end] == ","):
        end += 1
    return end


def is_name_before_noun(text: str, end: int) -> bool:
    """True for a number that names what follows: "303 Squadron", "10 Downing Street".

    The caller asks only for plain integers; "300 Ukrainian troops" (a demonym, then a plural
    noun) and "50 Republicans" stay counts.
    """
    m = _NEXT_WORDS_RE.match(text, end)
    if m is None:
        return False
    w1, w2 = m.group("w1"), m.group("w2")
    if not (w1[0].isupper() and w1[1:].islower()) or w1.lower() in _FUNCTION_WORDS:
        return False
    proper = _PROPER_THEN_NOUN_RE.match(text, end)
    if proper is not None and _plural_noun(proper.group("noun")):
        return False  # "20 Latin American nations": proper modifiers, then what is counted
    if w1.lower() in _WEEKDAYS or _plural_noun(w1) or w1 in DEMONYMS:
        return False  # "14 British military servicemen": a demonym describes what is counted
    return w2 is None or not _plural_noun(w2)


def _sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0\"'“‘(":
        i -= 1
    return i < 0 or text[i] in ".!?:;\n"


def _plural_noun(word: str) -> bool:
    low = word.lower()
    if low in _IRREGULAR_PLURALS:
        return True
    if low in _NOT_COUNT_NOUNS or len(low) < 4 or not low.endswith("s"):
        return False
    return not low.endswith(("ss", "us", "is", "ous", "'s", "’s"))


def count_noun_after(text: str, pos: int) -> bool:
    """True when a noun of things follows: "2,000 troops", "1.5 million Syrian refugees"."""
    m = _NEXT_WORDS_RE.match(text, pos)
    if m is None:
        return False
    w1, w2 = m.group("w1"), m.group("w2")
    if w1 in DEMONYMS:
        return True  # "700,000 Sudanese have fled", "5 Japanese companies"
    proper = _PROPER_THEN_NOUN_RE.match(text, pos)
    if proper is not None and _plural_noun(proper.group("noun")):
        return True  # "18,000 New Zealand citizens"
    if _plural_noun(w1):
        # "in 2011 exceeds a ...": a verb in -s takes an object, a plural noun does not
        return w2 is None or w2.lower() not in _DETERMINERS
    if w2 is None or not _plural_noun(w2):
        return False
    low = w1.lower()
    # "1.5 million Syrian refugees", "27 member states": a modifier, then the plural noun
    return low not in _FUNCTION_WORDS and not low.endswith(("ly", "'s", "’s"))


# Singular heads that make a number a count of members or things when they qualify a noun: "the
# 10-nation bloc", "a 27-member union", "a 5,000-strong force", "the 145 page document".
_COUNT_HEADS = frozenset(
    {"nation", "member", "country", "state", "strong", "seat", "party", "page", "person",
     "man", "judge", "vehicle", "ship", "vessel", "bed", "room", "storey", "lane", "point"}
)  # fmt: skip
_COUNT_HEAD_RE = guarded(r"(?:-|[ \t\u00a0])(?P<head>[a-z]+)\b(?!-)(?P<then>[ \t\u00a0]+[A-Za-z])?")
# Modifiers between a count and what it counts: acronyms, numbers and lower-case words ("10,000
# U.S. jobs", "148 WTO members", "350 potential infrastructure projects", "100,000 AK-47 rifles").
_NEXT_FOUR_RE = guarded(
    r"(?:[ \t\u00a0]+(?:[A-Z][A-Z0-9&.-]*[A-Z0-9.]|[a-z][a-z'-]*[a-z]|\d[\d,]*)(?![\w-])){1,4}"
)
# A share of a counted whole: "82 of the attending nations", "25 of the 63 seats".
_WHOLE_NUMBER_RE = guarded(r"[ \t\u00a0]+\d[\d,]*(?![\w-])")
_SHARE_OF_RE = guarded(r"[ \t\u00a0]+of[ \t\u00a0]+(?:the|its|their)(?=[ \t\u00a0])")


def _plural_after_modifiers(text: str, pos: int) -> bool:
    """A plural noun within the next four words, behind modifiers that are no function words
    ("the 3 500 troops": a number ends the phrase when another begins)."""
    m = _NEXT_FOUR_RE.match(text, pos)
    words = m.group().split() if m is not None else []
    for i in range(1, len(words)):
        modifier = words[i - 1]
        if modifier.lower() in _FUNCTION_WORDS or modifier.endswith(("ly", "'s", "’s")):
            return False
        if modifier[0].isdigit():
            return False
        if _plural_noun(words[i]) and words[i][0].islower():
            return True
    return False


def counts_things(text: str, pos: int, *, whole: bool = True) -> bool:
    """Whether a figure ending at ``pos`` counts things, for its ``kind``: a noun of things
    follows (see :func:`count_noun_after`), after modifiers of any case, as a head of a compound
    ("the 27-member bloc") or as the whole a share is taken of ("25 of the 63 seats").

    Only the kind reads this; whether a number is a figure at all stays with
    :func:`count_noun_after`, which is stricter. A number that is not ``whole`` ("1/2 of the
    people", "2.5 member states") counts nothing but through a plain noun after it.
    """
    if measure_unit_after(text, pos):
        return False  # "a plant of 1000 megawatt opens": a measure, whatever follows it
    if count_noun_after(text, pos):
        return True
    if not whole:
        return False
    m = _COUNT_HEAD_RE.match(text, pos)
    if (
        m is not None
        and m.group("head") in _COUNT_HEADS
        and (m.group("head") == "strong" or m.group("then") is not None)
    ):
        return True
    if _plural_after_modifiers(text, pos):
        return True
    share = _SHARE_OF_RE.match(text, pos)
    if share is None:
        return False
    after = share.end()
    total = _WHOLE_NUMBER_RE.match(text, after)
    if total is not None:  # "25 of the 63 seats", "14 of the 16 original provisions"
        after = total.end()
        m = _NEXT_FOUR_RE.match(text, after)
        if m is not None and _plural_noun(m.group().split()[0]):
            return True
    return _plural_after_modifiers(text, after)


def measure_unit_after(text: str, pos: int) -> bool:
    """True when a unit of measure follows: "2000 km", "1500 tonnes", "a 1000-megawatt plant"."""
    m = _UNIT_AFTER_RE.match(text, pos)
    return m is not None and m.group(1).lower() in _MEASURE_UNITS


def year_count_before(text: str, start: int, value: float) -> bool:
    """Whether a year-like number before a plural noun counts things rather than naming a year.

    In news copy a bare four-digit number from 1800 to 2050 before a noun is nearly always a
    year ("the 2006 parliamentary elections", "the September 11, 2001 attacks", "from 2004
    onwards"); counts that size are written "2,000". It counts things when hedged ("more than
    1000 people"), when it lies outside that span ("2081 shares"), or when it is a round
    thousand that no determiner or preposition introduces ("sending 2000 soldiers").
    """
    if hedge_before(text, 0, start) is not None and not _YEAR_COMPARISON_BEFORE_RE.search(
        text, max(0, start - 20), start
    ):
        return True
    if not 1800 <= value <= 2050:
        return True
    if _MONTH_DAY_BEFORE_RE.search(text, max(0, start - 20), start) is not None:
        return False
    if value % 1000 != 0:
        return False
    m = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    return m is None or m.group(1).lower() not in _YEAR_LEAD_WORDS


def is_markup_or_decade(text: str, start: int, end: int) -> bool:
    """True for numbers that are no quantities: leftover table markup ('width="30%"',
    "cellpadding=4"), parts of file names ("Image:Rally_2.jpg", "Rally 3b.jpg") and
    two-digit years and decades ("in '05", "the 80's")."""
    if _MARKUP_ATTRIBUTE_BEFORE_RE.search(text, max(0, start - 30), start) is not None:
        return True
    if (start > 0 and text[start - 1] == "_") or _FILE_NAME_AFTER_RE.match(text, end):
        return True
    return end - start == 2 and (
        _APOSTROPHE_BEFORE_RE.search(text, max(0, start - 2), start) is not None
        or _DECADE_AFTER_RE.match(text, end) is not None
    )


def phone_number_end(text: str, start: int) -> int | None:
    """Where a telephone number starting at ``start`` ends, or None when there is none."""
    if start > 0 and text[start - 1] == "+":
        m = _DIALLING_CODE_RUN_RE.match(text, start)
        return m.end() if m is not None else None
    m = _LEADING_ZERO_RUN_RE.match(text, start)
    return m.end() if m is not None else None
