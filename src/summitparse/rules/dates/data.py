"""Word tables for the date finder: months, weekdays, number words, units, holidays.

Kept apart from :mod:`summitparse.rules.dates.finder` so the grammar reads as grammar. Every key is
lower case; the finder lower-cases what it looks up.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

# Month words that are also everyday English words: they count as a month only with a date
# context (a day number, a year, a preposition like "in", a modifier like "early").
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "jun", "sep", "dec", "aug", "apr"})

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tues": 1,
    "tue": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thurs": 3,
    "thur": 3,
    "thu": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}

# Abbreviations that are English words ("sat", "sun", "wed") or names ("Mon").
SHORT_WEEKDAYS = frozenset(
    {"mon", "tues", "tue", "wed", "thurs", "thur", "thu", "fri", "sat", "sun"}
)

UNITS: list[str] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
]
TEENS: list[str] = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

ORDINAL_UNITS: list[str] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
]
ORDINAL_TEENS: list[str] = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
ORDINAL_TENS: dict[str, int] = {"twentieth": 20, "thirtieth": 30}


def _build_cardinals() -> dict[str, int]:
    words: dict[str, int] = {}
    for i, w in enumerate(UNITS, start=1):
        words[w] = i
    for i, w in enumerate(TEENS, start=10):
        words[w] = i
    for tens_word, tens in TENS.items():
        words[tens_word] = tens
        for i, w in enumerate(UNITS, start=1):
            words[f"{tens_word} {w}"] = tens + i
            words[f"{tens_word}-{w}"] = tens + i
    return words


def _build_ordinals() -> dict[str, int]:
    words: dict[str, int] = {}
    for i, w in enumerate(ORDINAL_UNITS, start=1):
        words[w] = i
    for i, w in enumerate(ORDINAL_TEENS, start=10):
        words[w] = i
    words.update(ORDINAL_TENS)
    for tens_word in ("twenty", "thirty"):
        for i, w in enumerate(ORDINAL_UNITS, start=1):
            words[f"{tens_word} {w}"] = TENS[tens_word] + i
            words[f"{tens_word}-{w}"] = TENS[tens_word] + i
    return words


CARDINALS: dict[str, int] = _build_cardinals()
ORDINALS: dict[str, int] = _build_ordinals()

# Day-of-month words: ordinals up to thirty-first and cardinals up to thirty-one.
DAY_WORDS: dict[str, int] = {
    **{w: n for w, n in CARDINALS.items() if n <= 31},
    **{w: n for w, n in ORDINALS.items() if n <= 31},
}

# Small counts in "two years ago", "a week earlier". Vague ones ("a few days ago", "several
# years ago", "the last couple of weeks") have no value to resolve to: they make no date.
COUNT_WORDS: dict[str, int] = {
    **{w: n for w, n in CARDINALS.items() if n <= 99},
    "a": 1,
    "an": 1,
}

# Time units for offsets, with their size in (unit, count) form.
UNIT_WORDS: dict[str, str] = {
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "wk": "week",
    "wks": "week",
    "fortnight": "fortnight",
    "fortnights": "fortnight",
    "month": "month",
    "months": "month",
    "mo": "month",
    "mos": "month",
    "year": "year",
    "years": "year",
    "yr": "year",
    "yrs": "year",
    "decade": "decade",
    "decades": "decade",
    "quarter": "quarter",
    "quarters": "quarter",
    "weekend": "weekend",
    "weekends": "weekend",
    "workweek": "workweek",
    "century": "century",
    "hour": "hour",
    "hours": "hour",
    "hr": "hour",
    "hrs": "hour",
    "minute": "minute",
    "minutes": "minute",
    "min": "minute",
    "mins": "minute",
    "second": "second",
    "seconds": "second",
    "sec": "second",
    "secs": "second",
    "centuries": "century",
}

SEASONS: dict[str, str] = {
    "spring": "spring",
    "summer": "summer",
    "autumn": "autumn",
    "fall": "autumn",
    "winter": "winter",
}

# First month of each (northern, meteorological) season; winter runs into the next year.
SEASON_START_MONTH: dict[str, int] = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}

# Holidays on a fixed day of the Gregorian calendar (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1),
    "new years day": (1, 1),
    "new year's eve": (12, 31),
    "new years eve": (12, 31),
    "valentine's day": (2, 14),
    "valentines day": (2, 14),
    "saint patrick's day": (3, 17),
    "st patrick's day": (3, 17),
    "st. patrick's day": (3, 17),
    "saint patrick": (3, 17),
    "st patrick": (3, 17),
    "earth day": (4, 22),
    "may day": (5, 1),
    "juneteenth": (6, 19),
    "independence day": (7, 4),
    "bastille day": (7, 14),
    "halloween": (10, 31),
    "armistice day": (11, 11),
    "veterans day": (11, 11),
    "remembrance day": (11, 11),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "xmas": (12, 25),
    "boxing day": (12, 26),
}

# Holidays on the n-th weekday of a month (month, weekday 0=Monday, n; -1 = last), US usage.
WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 3, 4),
    "thanksgiving day": (11, 3, 4),
    "mother's day": (5, 6, 2),
    "mothers day": (5, 6, 2),
    "father's day": (6, 6, 3),
    "fathers day": (6, 6, 3),
    "memorial day": (5, 0, -1),
    "labor day": (9, 0, 1),
    "martin luther king day": (1, 0, 3),
    "martin luther king jr. day": (1, 0, 3),
    "mlk day": (1, 0, 3),
    "presidents day": (2, 0, 3),
    "presidents' day": (2, 0, 3),
    "columbus day": (10, 0, 2),
}

# Named decades ("the noughties").
DECADE_WORDS: dict[str, int] = {
    "noughties": 2000,
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
}

# Nouns that make a preceding bare year a date ("the 2024 election").
YEAR_NOUNS = frozenset(
    {
        "election",
        "elections",
        "budget",
        "budgets",
        "summit",
        "census",
        "olympics",
        "games",
        "world",
        "campaign",
        "vote",
        "referendum",
        "agreement",
        "accord",
        "treaty",
        "deal",
        "visit",
        "talks",
        "meeting",
        "crisis",
        "war",
        "invasion",
        "report",
        "survey",
        "season",
        "edition",
        "session",
        "cup",
        "financial",
        "fiscal",
        "levels",
        "level",
        "figures",
        "figure",
        "target",
        "targets",
        "deadline",
        "plan",
        "review",
        "strategy",
        "presidency",
        "presidential",
        "general",
        "midterm",
        "midterms",
        "attack",
        "attacks",
        "coup",
        "revolution",
        "earthquake",
        "tsunami",
        "agenda",
        "goal",
        "goals",
        "model",
        "expo",
    }
)

# Words before a number of 1800-2100 that make it a year, though they make no other number a
# date: "an 1824 victory", "a 1990 law", "China's 2001 accession" (the possessive's "s"), "a
# post-2012 arrangement", "beyond 2011".
YEAR_BEFORE_WORDS = frozenset({"a", "an", "s", "post", "pre", "beyond"})

# Nouns that make a preceding 4-digit number a count, not a year ("2025 people").
COUNT_NOUNS = frozenset(
    {
        "people",
        "persons",
        "troops",
        "soldiers",
        "workers",
        "jobs",
        "cases",
        "deaths",
        "votes",
        "units",
        "tons",
        "tonnes",
        "barrels",
        # Singular units and sizes after "a": "a 2000 tonne ship", "a 2000-strong force".
        "ton",
        "tonne",
        "barrel",
        "metre",
        "meter",
        "mile",
        "foot",
        "strong",
        "member",
        "seat",
        "km",
        "kilometre",
        "kilometer",
        "kilometres",
        # Units of power and energy, and clock times: "1000 megawatt", "1800 UTC" are no years.
        "megawatt",
        "megawatts",
        "mw",
        "gigawatt",
        "gigawatts",
        "gw",
        "kilowatt",
        "kilowatts",
        "kw",
        "mwh",
        "kwh",
        "utc",
        "gmt",
        "hrs",
        "hours",
        "kg",
        "mph",
        "kilometers",
        "miles",
        "metres",
        "meters",
        "feet",
        "dollars",
        "euros",
        "yen",
        "pounds",
        "yuan",
        "rubles",
        "roubles",
        "points",
        "times",
        "members",
        "delegates",
        "students",
        "refugees",
        "migrants",
        "vehicles",
        "cars",
        "planes",
        "aircraft",
        "ships",
        "homes",
        "houses",
        "companies",
        "firms",
        "million",
        "billion",
        "thousand",
        "hundred",
        "percent",
        "per",
        "stars",
        "coins",
        "minutes",
        "seconds",
        "days",
        "weeks",
        "months",
        "years",
        "items",
        "pages",
        "words",
        "employees",
        "staff",
        "officers",
        "police",
        "children",
        "women",
        "men",
        "residents",
        "patients",
        "households",
        "tanks",
        "missiles",
        "drones",
        "rounds",
        "shares",
        "seats",
        "participants",
        "visitors",
        "tourists",
        "attendees",
    }
)

# Words before a month or year that make it a date ("in March", "since 2019").
DATE_CONTEXT_WORDS = frozenset(
    {
        "in",
        "since",
        "until",
        "till",
        "til",
        "from",
        "by",
        "of",
        "during",
        "before",
        "after",
        "early",
        "late",
        "mid",
        "middle",
        "through",
        "between",
        "and",
        "to",
        "or",
        "end",
        "beginning",
        "start",
        "last",
        "next",
        "this",
        "on",
        "than",
        "around",
        "circa",
        "throughout",
        "into",
        "as",
        "for",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "the",
        "year",
        "ending",
        "starting",
        "over",
    }
)


# Words before a lower-case "may" that make it the month ("in may", not "and may differ").
STRONG_MONTH_CONTEXT = frozenset(
    {
        "in",
        "since",
        "until",
        "till",
        "from",
        "by",
        "of",
        "during",
        "before",
        "after",
        "early",
        "late",
        "mid",
        "through",
        "between",
        "end",
        "beginning",
        "start",
        "last",
        "next",
        "throughout",
    }
)


THE_DAY_FOLLOWERS = frozenset(
    {
        "at",
        "and",
        "to",
        "or",
        "through",
        "thru",
        "till",
        "until",
        "between",
        "from",
        "in",
        "on",
        "for",
        "when",
        "with",
        "after",
        "before",
        "would",
        "will",
        "is",
        "was",
        "were",
        "are",
        "we",
        "i",
        "he",
        "she",
        "they",
        "it",
        "around",
        "about",
        "by",
    }
)
