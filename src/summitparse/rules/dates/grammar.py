"""Regular-expression building blocks of the date grammar, compiled once at import.

Each pattern is one date form ("January 16, 2026", "16/01/2026", "Q3 2025", "two years ago");
the readers of :mod:`._date_explicit` and :mod:`._date_relative` turn matches into readings.
Group names are shared across patterns on purpose (``mon``, ``day``, ``year``, ``wd``) so one
reader serves several. Repetitions are bounded and whitespace is never split two ways, so no
pattern backtracks badly on long runs of numbers or words.
"""

from __future__ import annotations

import re

from summitparse.rules.dates.data import (
    CARDINALS,
    COUNT_WORDS,
    DAY_WORDS,
    FIXED_HOLIDAYS,
    ORDINALS,
    TENS,
    UNIT_WORDS,
    UNITS,
    WEEKDAY_HOLIDAYS,
)


def _alternation(words: list[str] | set[str]) -> str:
    """Longest-first alternation, spaces and hyphens in multi-word keys matching either."""
    parts = sorted({re.sub(r"[ -]", " ", w) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"[\s-]+") for p in parts) + ")"


def compile_ci(pattern: str) -> re.Pattern[str]:
    """Case-insensitive compile: news copy writes "FRIDAY", "Friday" and "friday"."""
    return re.compile(pattern, re.IGNORECASE | re.ASCII)


L = r"(?<![\w])"  # left word edge
R = r"(?![\w])"  # right word edge

MON = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)(?![a-z])(?:\.(?=\s*[\d,]))?"
)
WD = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|tues|thurs|thur|mon|tue|wed|thu|fri|sat|sun)(?![a-z])"
)
WD_FULL = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![a-z])"

DAY_NUM = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\w])"
DAY_ORD_NUM = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?![\w])"
DAY_WORD = _alternation(set(DAY_WORDS)) + R
ORD_WORD = _alternation({w for w, n in ORDINALS.items() if n <= 31}) + R
DAY = rf"(?:{DAY_NUM}|{DAY_WORD})"

_NUM99 = _alternation({w for w, n in CARDINALS.items() if n <= 99})
_TENS_WORD = _alternation(set(TENS))
_UNIT_WORD = _alternation(set(UNITS))
_CENTURY_WORD = (
    r"(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
)
SPELLED_YEAR = (
    rf"(?:(?:one|two)\s+thousand(?:\s+(?:and\s+)?(?:{_UNIT_WORD}\s+hundred"
    rf"(?:\s+(?:and\s+)?{_NUM99})?|{_NUM99}))?"
    rf"|{_CENTURY_WORD}[\s-]+(?:hundred(?:\s+(?:and\s+)?{_NUM99})?"
    rf"|{_TENS_WORD}(?:[\s-]+{_UNIT_WORD})?|oh[\s-]+{_UNIT_WORD}"
    rf"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))" + R
)
YEAR4 = r"(?:1\d{3}|2\d{3})(?!\d)"
YEAR2 = r"(?:(?<=of )'?\d\d|'\d\d)(?![\w])"
YEAR_ANY = rf"(?:{YEAR4}|{SPELLED_YEAR}|{YEAR2})"

# "2,000 years ago" is one count: read from the thousands digits on, never from "000".
COUNT = rf"(?:{_alternation(set(COUNT_WORDS))}|\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}})"
UNIT = _alternation(set(UNIT_WORDS)) + R
QTY = rf"(?:{COUNT}\s*{UNIT}(?:\s*(?:,\s*)?{COUNT}\s*{UNIT}){{0,4}})"
RANGE_SEP = r"(?:-|–|—|to|till|til|until|through|thru|and)"
HOLIDAY = _alternation(
    set(FIXED_HOLIDAYS) | set(WEEKDAY_HOLIDAYS) | {"easter sunday", "easter monday", "easter"}
)
HOLIDAY += r"|good\s+friday"
REL_MOD = r"(?:this|last|next|coming|upcoming|following|previous|past|current)"

# --- explicit calendar dates -------------------------------------------------------------
ISO_DATE = compile_ci(
    rf"{L}(?<![\d/.]-)(?P<year>[12]\d{{3}})(?P<s>[-/.])(?P<m>0?[1-9]|1[0-2])(?P=s)"
    r"(?P<day>0?[1-9]|[12]\d|3[01])(?!\d)(?![-/.]\d)"
)
YEAR_MON_DAY = compile_ci(
    rf"{L}(?P<year>[12]\d{{3}})(?P<s>[-/.])(?P<mon>{MON})(?P=s)(?P<day>0?[1-9]|[12]\d|3[01])(?!\d)"
)
DAY_MON_YEAR_COMPACT = compile_ci(
    rf"{L}(?P<day>0?[1-9]|[12]\d|3[01])(?P<s>[-/])(?P<mon>{MON})(?P=s)(?P<year>\d{{4}}|\d{{2}})(?!\d)"
)
NUMERIC_DATE = compile_ci(
    r"(?<![\w/.])(?P<a>\d{1,2})(?P<s>[-/.])(?P<b>\d{1,2})(?P=s)(?P<year>\d{4}|\d{2})(?![\w])"
    r"(?![/.]\d)"
)
NUMERIC_MONTH_DAY = compile_ci(
    r"(?<![\w/.:$€£])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\w/]|[.:]\d|\s*%)"
    r"(?:,\s*(?P<year>[12]\d{3})(?!\d))?"
)
DOTTED_MONTH_DAY = compile_ci(
    rf"{L}(?:on|in)\s+(?P<a>\d{{1,2}})\.(?P<b>\d{{1,2}})(?![\w.]|\s*(?:%|[a-z]))"
)
WEEKDAY_NUMERIC = compile_ci(
    rf"{L}(?P<wd>{WD})\.?,?\s+(?P<a>\d{{1,2}})(?P<s>[-/])(?P<b>\d{{1,2}})(?![\w/:]|-\d)"
)
# A year written as a number in running text ("in 1998", "2001,"), not an amount or a count
# ("$2005", "1999%", "2,000"): what "of that year" and "the end of the year" look back for.
YEAR_NAMED = re.compile(r"(?<![\w.,$£€])(?:1[5-9]\d{2}|20\d{2})(?![\w%]|,\d)")
# "March 20 last year": the year named relative to the reference, in place of a number; "April
# 13 of that year": the year the story named last.
_REL_YEAR = r"|\s+(?:of\s+)?(?P<rel>last|next|this|that)\s+year(?![\w])"
MONTH_DAY_YEAR = compile_ci(
    rf"{L}(?:(?P<wd>{WD})\.?,?\s+)?(?P<mon>{MON})(?:\s*,(?=\s*{DAY_ORD_NUM}))?\s*(?:the\s+)?"
    rf"(?P<day>{DAY})(?:\s*(?:,\s*)?(?:of\s+|in\s+)?(?P<year>{YEAR_ANY}){_REL_YEAR})?"
)
DAY_MONTH_YEAR = compile_ci(
    rf"{L}(?:(?P<wd>{WD})\.?,?\s+)?(?:the\s+)?(?P<day>{DAY})(?:\s+day)?(?:\s+of)?\s*(?:-\s*)?"
    rf"(?P<mon>{MON})(?:\s*(?:,\s*)?(?:of\s+|in\s+)?(?P<year>{YEAR_ANY}){_REL_YEAR})?"
)
# After a spelled ordinal, a word other than a preposition makes it an adjective: "Tuesday,
# the first summit since …" is not the first of a month.
_NOT_A_NOUN_AFTER = r"(?![ \t]+(?!(?:of|at|in|on|and|to|from|until|till|through|or|for|by)\b)[a-z])"
WEEKDAY_DAY = compile_ci(
    rf"{L}(?P<wd>{WD})\.?,?\s+(?:the\s+)?(?P<day>{DAY_NUM}|{ORD_WORD}{_NOT_A_NOUN_AFTER})"
    r"(?!\s*(?:[:.]\d|am\b|pm\b|a\.m|p\.m|o'?clock|-\d|/\d|h\b|hours?\b|minutes?\b))"
)
THE_DAY = compile_ci(rf"{L}(?P<pre>the|on)\s+(?P<day>{DAY_ORD_NUM}|{ORD_WORD})")
DAY_OF_REL_MONTH = compile_ci(
    rf"{L}(?:the\s+)?(?P<day>{DAY_ORD_NUM}|{ORD_WORD})\s+(?:day\s+)?of\s+(?:the\s+)?"
    r"(?P<rel>this|next|last|current|the)\s+month(?![\w])"
)
HOLIDAY_DATE = compile_ci(
    rf"{L}(?:(?P<mod>this|next|last|following|coming)\s+)?(?P<h>{HOLIDAY})(?:'s)?"
    rf"(?:\s+(?P<year>{YEAR4}))?{R}"
)

# --- ranges inside one expression --------------------------------------------------------
DAY_RANGE_MONTH = compile_ci(
    rf"{L}(?:(?P<pre>from|between)\s+)?(?:the\s+)?(?P<d1>{DAY})\s*{RANGE_SEP}\s*(?:the\s+)?"
    rf"(?P<d2>{DAY})(?:\s+of)?\s*(?:-\s*)?(?P<mon>{MON})"
    rf"(?:\s*(?:,\s*)?(?:of\s+|in\s+)?(?P<year>{YEAR_ANY}))?"
)
MONTH_DAY_RANGE = compile_ci(
    rf"{L}(?:(?P<pre>from|between)\s+)?(?P<mon>{MON})\s*(?:the\s+)?(?P<d1>{DAY})\s*{RANGE_SEP}"
    rf"\s*(?:the\s+)?(?P<d2>{DAY})(?!\s*{MON})(?:\s*(?:,\s*)?(?:of\s+|in\s+)?(?P<year>{YEAR_ANY}))?"
)
DAY_RANGE_REL_MONTH = compile_ci(
    rf"{L}(?:(?P<pre>from|between)\s+)?(?:the\s+)?(?P<d1>{DAY_NUM})\s*{RANGE_SEP}\s*(?:the\s+)?"
    r"(?P<d2>(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)\s+(?:of\s+|in\s+)?(?:the\s+)?"
    r"(?P<rel>this|next|last|current)\s+month(?![\w])"
)
YEAR_RANGE = compile_ci(
    r"(?<![\w$€£¥#+.,/])(?<!\d-)(?:(?P<pre>from|between)\s+)?(?P<y1>[12]\d{3})\s?[-–—/]\s?"
    r"(?P<y2>[12]\d{3}|\d{2})(?![\w%]|[-/.,]\d)"
)

# --- months, years, decades, quarters, seasons ------------------------------------------
MONTH_YEAR = compile_ci(
    rf"{L}(?P<mon>{MON})\s*(?:,\s*)?(?:of\s+|/|-)?\s*(?P<year>{YEAR4}|{SPELLED_YEAR}|{YEAR2})"
)
YEAR_MONTH = compile_ci(rf"{L}(?P<year>[12]\d{{3}})\s+(?P<mon>{MON})(?!\s*\d)")
NUMERIC_YEAR_MONTH = compile_ci(
    r"(?<![\w/.])(?<!\d-)(?P<year>[12]\d{3})\s?(?P<s>[-/.])\s?(?P<m>0?[1-9]|1[0-2])"
    r"(?![\w]|\s?[-/.]\s?\d|\.\d)"
)
NUMERIC_MONTH_YEAR = compile_ci(
    r"(?<![\w/.-])(?P<m>0?[1-9]|1[0-2])\s?[-/]\s?(?P<year>[12]\d{3})(?![\w]|[-/.]\d)"
)
MONTH_ALONE = compile_ci(rf"{L}(?:(?P<mod>{REL_MOD})\s+)?(?P<mon>{MON})")
YEAR_ALONE = compile_ci(
    r"(?<![\w$€£¥#+.,/])(?<!\d-)(?<!\d\s)(?<!\d–)"
    r"(?P<pre>(?:the\s+)?(?:(?:fiscal|calendar|financial|school)\s+)?year\s+|FY\s?)?"
    r"(?P<year>[12]\d{3})(?![\w%]|[.,]\d|\s?[-/]\s?\d|\s*%|\s+per\s?cent)"
)
SPELLED_YEAR_ALONE = compile_ci(
    rf"{L}(?P<pre>in|since|until|by|from|of|year)\s+(?P<year>{SPELLED_YEAR})"
)
DECADE = compile_ci(
    r"(?<![\w'’])(?P<the>the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?"
    r"(?:(?P<d4>1\d{2}0|20\d0)\s?['’]?s(?![\w])|(?P<d2>['’]?\d0)['’]?s(?![\w])"
    r"|(?:(?P<dc>nineteen|eighteen|twenty)[\s-]+)?(?P<dw>tens|twenties|thirties|forties|fifties"
    r"|sixties|seventies|eighties|nineties|noughties)(?![\w]))"
)
CENTURY = compile_ci(
    rf"{L}(?:the\s+)?(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<w>{ORD_WORD}))[\s-]+centur(?:y|ies){R}"
)
QUARTER_CODE = compile_ci(
    r"(?<![\w])(?:(?P<y1>[12]\d{3})\s?[-/]?\s?)?(?P<q>[qh][1-4])(?![\w])"
    r"(?:\s?[-/]?\s?(?:of\s+)?(?P<y2>[12]\d{3})(?!\d)|\s+(?P<rel>this|next|last)\s+year)?"
)
QUARTER_WORDS = compile_ci(
    rf"{L}(?:(?P<y0>[12]\d{{3}})\s+)?(?P<the>the\s+)?(?P<ord>first|second|third|fourth|final|last"
    r"|latter|1st|2nd|3rd|4th)\s+(?P<unit>quarter|half)(?![\w])(?:\s+(?:of\s+)?(?:(?:the\s+)?"
    rf"(?P<rel>this|next|last|the|current|previous)\s+(?:fiscal\s+)?year|(?P<year>{YEAR4}"
    rf"|{SPELLED_YEAR})))?"
)
SEASON = compile_ci(
    r"(?<![\w])(?:(?P<mod>this|last|next|coming|past|the|early|late|mid)[\s-]+)?"
    r"(?:(?P<mod2>early|late|mid)[\s-]+)?(?P<s>spring|summer|autumn|fall|winter)(?![\w])"
    rf"(?:\s*(?:,\s*)?(?:of\s+)?(?P<year>{YEAR4}|{SPELLED_YEAR}))?"
)

# --- relative expressions ----------------------------------------------------------------
SIMPLE_RELATIVE = compile_ci(
    r"(?<![\w])(?P<w>(?:the\s+)?day\s+(?:after|before)\s+(?:tomorrow|tmrw|yesterday)|today|tonight"
    r"|(?:next|last)\s+(?:morning|afternoon|evening)"
    r"|tomorrow|tmrw|yesterday|now|this\s+(?:morning|afternoon|evening)|last\s+night)(?![\w])"
)
RELATIVE_UNIT = compile_ci(
    rf"{L}(?P<the>the\s+)?(?P<mod>{REL_MOD}|same|present|prior)\s+(?P<unit>calendar\s+year"
    r"|week|month|year|decade|weekend|fortnight|workweek|quarter|day|century)(?![\w])"
)
REST_OF_UNIT = compile_ci(
    rf"{L}(?:the\s+)?(?:rest|remainder|remaining)\s+(?:of\s+)?(?:the\s+|this\s+|current\s+)?"
    r"(?P<unit>week|month|year)(?![\w])"
)
# "by the end of the year": "the year" with an edge of it before is the reference's own year
# (the edge itself is read as context, like "the end of next week").
EDGE_OF_THE_UNIT = compile_ci(
    r"(?:(?<=end of )|(?<=close of )|(?<=beginning of )|(?<=start of )|(?<=middle of ))"
    r"the\s+(?P<unit>week|month|year)(?![\w-])"
)
AFTER_NEXT = compile_ci(rf"{L}the\s+(?P<unit>week|month|year)\s+after\s+(?:the\s+)?next{R}")
COUNT_UPCOMING = compile_ci(
    rf"{L}(?P<n>{COUNT})\s+(?P<mod>upcoming|coming|next|past|previous|last)\s+"
    r"(?P<unit>days?|weeks?|months?|years?|decades?|quarters?)(?![\w])"
)
BUSINESS_DAYS = compile_ci(
    rf"{L}(?:the\s+)?(?P<mod>next|coming|past|previous|last)\s+(?P<n>{COUNT})\s+"
    r"(?:business|working|work)\s+days?(?![\w])"
)
OFFSET = compile_ci(
    rf"{L}(?P<qty>{QTY})\s+(?P<dir>ago|earlier|later|before|after|from\s+now|from\s+today"
    r"|hence|back|from)(?![\w])"
)
IN_OFFSET = compile_ci(
    rf"{L}(?P<pre>in)\s+(?:the\s+(?P<mod>next|coming|upcoming)\s+)?(?P<qty>{QTY})"
    r"(?:['’]s?\s+time)?"
)
SPAN_RELATIVE = compile_ci(
    rf"{L}(?:the\s+)?(?P<mod>last|past|next|previous|coming|upcoming|following)\s+"
    rf"(?P<n>{COUNT})\s*(?P<unit>days?|weeks?|months?|years?|yrs?|decades?|quarters?"
    r"|fortnights?)(?![\w])"
)
WEEKDAY = compile_ci(rf"{L}(?:(?P<mod>{REL_MOD})\s+)?(?P<wd>{WD})")
WEEKDAY_OF_WEEK = compile_ci(
    rf"{L}(?:(?P<mod1>{REL_MOD})\s+week\s*(?:-\s*|on\s+|,\s*)?(?P<wd1>{WD})"
    rf"|(?P<wd2>{WD})\s+(?:of\s+)?(?:the\s+)?(?P<mod2>{REL_MOD})\s+week)(?![\w])"
)
NTH_WEEKDAY = compile_ci(
    rf"{L}(?:the\s+)?(?P<n>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+"
    rf"(?P<wd>{WD_FULL})(?:\s+(?:morning|afternoon|evening|night))?(?:\s+(?:of|in)\s+(?:(?:the\s+)?(?P<rel>this|next|last|the)\s+month"
    rf"|(?P<mon>{MON})(?:\s+(?P<year>{YEAR4}))?))?"
)
NTH_WEEK = compile_ci(
    rf"{L}(?:the\s+)?(?P<n>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+"
    rf"week\s+(?:of|in)\s+(?:(?:the\s+)?(?P<rel>this|next|last|the)\s+(?P<unit>month|year)"
    rf"|(?P<mon>{MON})(?:\s+(?P<year>{YEAR4}))?|(?P<year2>{YEAR4}|{SPELLED_YEAR}))"
)
PART_OF_YEAR = compile_ci(
    rf"{L}(?:the\s+)?(?P<edge>first|last|final|opening|closing)\s+(?P<n>{COUNT})\s+"
    r"(?P<unit>days|weeks|months)\s+of\s+(?:(?P<year>[12]\d{3})(?!\d)"
    r"|(?:the\s+)?(?P<rel>this|last|next|the|current|previous)\s+year(?![\w]))"
)
NTH_MONTH_OF_YEAR = compile_ci(
    rf"{L}(?:the\s+)?(?P<n>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth)\s+month\s+of\s+(?:(?P<year>[12]\d{3})(?!\d)"
    r"|(?:the\s+)?(?P<rel>this|last|next|the|current|previous)\s+year(?![\w]))"
)
WEEK_NUMBER = compile_ci(
    rf"{L}(?:the\s+)?week\s+(?P<n>\d{{1,2}})(?:\s+(?:of\s+)?(?:(?P<year>{YEAR4})"
    r"|(?P<rel>this|next|last)\s+year))?(?![\w])"
)

# --- context around an atom ----------------------------------------------------------------
MODIFIER_BEFORE = compile_ci(
    r"(?:(?<![\w])(?P<a>early|late|mid|middle|later|earlier)(?:\s+|-|\s*-\s*)"
    r"|(?<![\w])(?:the\s+)?(?P<b>beginning|start|end|middle|mid|close|turn|rest|remainder"
    r"|remaining)\s+of\s+(?:the\s+)?)$"
)
BOUND_BEFORE = compile_ci(
    r"(?<![\w])(?P<p>since|until|till|til|up\s+to|before|after|prior\s+to|no\s+later\s+than"
    r"|later\s+than|earlier\s+than|starting(?:\s+(?:on|from))?|beginning(?:\s+on)?"
    r"|ending(?:\s+with)?)\s+(?:the\s+)?$"
)
QTY_BEFORE_START = compile_ci(
    rf"(?<![\w])(?P<qty>{QTY})\s*(?:,\s*)?(?:starting(?:\s+(?:on|from))?|beginning(?:\s+on)?|from)"
    r"\s+(?:the\s+)?$"
)
BOUND_AFTER = compile_ci(
    r"^\s*(?:,\s*)?(?:and\s+after|or\s+later|onwards?|and\s+beyond)(?![\w])(?!\s+than)"
)
RANGE_GAP = compile_ci(
    r"^\s*(?:,\s*)?(?P<sep>-|–|—|to|till|til|until|through|thru|and|-\s*to)\s*(?:the\s+)?$"
)
POSSESSIVE = re.compile(r"['’]s?(?![\w])")
YEAR_AFTER_GAP = compile_ci(r"^\s*(?:,\s*)?(?:in\s+|of\s+)?$")
RANGE_WORD = compile_ci(r"(?:from|between)\s")
RANGE_PREFIX = compile_ci(r"(?<![\w])(?P<p>from|between)\s+(?:the\s+)?$")
WEEK_OF_BEFORE = compile_ci(
    r"(?<![\w])(?:the\s+)?(?:week\s+(?P<kind>of|commencing|starting(?:\s+on)?"
    r"|beginning(?:\s+on)?)|(?P<wc>w/c))\s+(?:the\s+)?$"
)
OFFSET_ANCHOR_GAP = compile_ci(r"^\s*$")
WORDS_AHEAD = re.compile(r"(?:\s+[A-Za-z][\w-]*){1,2}")
RAW_PREV_WORD = re.compile(r"(?P<w>[A-Za-z]+)\s+$")
SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)[A-Za-z]$")
PREV_WORD = compile_ci(r"(?P<w>[A-Za-z]+)[\s-]*$")
NEXT_WORD = compile_ci(r"^\s*(?P<w>[A-Za-z]+)")
# A finite verb in the past before a date: what follows the date ("to discuss", "ahead of")
# is the purpose of a past event, not a sign of the future.
PAST_VERB = compile_ci(
    r"(?<![\w])(?:met|held|said|signed|told|hosted|visited|announced|agreed|spoke|sat|flew|"
    r"arrived|gathered|received|welcomed|discussed|talked|opened|closed|ended|began|was|were|"
    r"had|did)(?![\w])"
)
FUTURE_CUE = compile_ci(
    r"(?<![\w])(?:will|shall|'ll|’ll|is\s+to|are\s+to|due\s+to|(?:is|are)\s+due|due\s+(?:in|on|at|by)"
    r"|is\s+expected"
    r"|are\s+expected|is\s+set|are\s+set|plans?|planned|scheduled|rescheduled|going\s+to"
    r"|upcoming|ahead|to\s+be\s+held|would|could|might|again|(?:is|are)\s+(?:on|in|slated)"
    r"|to\s+(?:hold|meet|visit|review|host|sign|travel|attend|take\s+place|resume|begin|start"
    r"|launch|open|discuss|finali[sz]e|conclude|return|announce|decide|vote|finish|complete)"
    r"|wants?\s+to|aims?\s+to|hope[sd]?|expects?|expected|intends?\s+to|promised)(?![\w])"
)
# "Parliament returns on Feb. 10", "the summit ends on Tuesday": present-tense event verbs.
PRESENT_EVENT_BEFORE = compile_ci(
    r"(?<![\w])(?:begins|starts|ends|opens|closes|returns|rises|resumes|meets|meet|arrives"
    r"|leaves|expires|runs|hosts|travels|visits|convenes|reconvenes|concludes|kicks\s+off"
    r"|takes?\s+place|takes?\s+effect|is\s+held|are\s+held|returning|leaving|heading|travell?ing)"
    r"(?:\s+[\w'’.-]+){0,4}?\s+(?:on|in|at|from|by|until|till)\s+(?:the\s+)?$"
)
CLAUSE_END = re.compile(r"[,.;:!?\n]")
CLAUSE_MARK = re.compile(r"[,;:()\u2013\u2014]")
DURATION_BEFORE = compile_ci(
    r"(?<![\w])(?:for|over|throughout|during)\s+(?:(?:most|much|all|part)\s+of\s+)?(?:the\s+)?$"
)
SUPERLATIVE_BEFORE = compile_ci(
    r"(?<![\w])(?:\w+est|first|most|least|highest|lowest|worst|best|biggest|largest|longest)"
    r"(?![\w])[^,.;:!?]*$"
)
SENTENCE_BREAK = re.compile(r"[.!?;\n]\s")
