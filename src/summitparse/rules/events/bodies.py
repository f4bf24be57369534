"""Multilateral meetings named by their body: "the 33rd G8 summit", "the APEC leaders' meeting",
"the summit of the African Union", "G8 finance ministers met in London".

Real copy names a gathering of many countries by the body that holds it far more often than
by its leaders: a story about the G8 in Gleneagles may name one leader, or none, in the
sentences that tell the meeting. The body says who takes part, so such a meeting is a summit
whoever the copy names. A body's members are a fact about the body (and, for the EU, about the
day), kept in the table below; a body whose membership the table does not give (NATO, the
Commonwealth) still names a meeting, and its countries come from the leaders the copy names.

A mention counts only as the story's event: in the headline or the first sentences of the
body of the story, told as held (not due, not called off, not a phone call, not last year's).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from summitparse.rules.places.cities import city_country

__all__ = ["BODIES", "Body", "BodyMention", "body_members", "find_body_mentions"]


@dataclass(frozen=True)
class Body:
    """A body that holds summits, as copy names it, with the members a record lists."""

    key: str
    names: str  # a regex alternation, matched case-sensitively
    members: tuple[str, ...] = ()
    # Members only to tell a participant from an outsider, not to list as the summit's
    # countries: copy about a summit of 55 states names the few it is about.
    list_members: bool = True


_G7 = ("US", "GB", "FR", "DE", "IT", "JP", "CA")
_EU15 = ("AT", "BE", "DK", "FI", "FR", "DE", "GR", "IE", "IT", "LU", "NL", "PT", "ES", "SE", "GB")
_EU2004 = ("CY", "CZ", "EE", "HU", "LV", "LT", "MT", "PL", "SK", "SI")
_AFRICA = tuple(
    """DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY
    MG MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW EH""".split()
)
_AMERICAS = tuple(
    """AG AR BS BB BZ BO BR CA CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA PY PE KN LC
    VC SR TT US UY VE""".split()
)
_ARAB_LEAGUE = tuple("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split())
_NATO = tuple(
    """AL BE BG CA HR CZ DK EE FR DE GR HU IS IT LV LT LU ME NL MK NO PL PT RO SK SI ES TR GB
    US FI SE""".split()
)

_SIX_PARTY = r"[Ss]ix[- ](?:[Pp]arty|[Nn]ation)"
_ASEAN_PLUS = ("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "CN", "JP", "KR")

# Bodies whose membership moves often (OPEC, ECOWAS, the CIS) or is large keep their members
# only to tell a participant from an outsider: copy names the few a meeting is about.
BODIES: tuple[Body, ...] = (
    # (before the Commonwealth, whose name it begins with)
    Body(
        "CIS",
        r"CIS|Commonwealth of Independent States",
        tuple("AM AZ BY GE KZ KG MD RU TJ TM UZ UA".split()),
        list_members=False,
    ),
    Body("G8", r"G-?8|Group of (?:Eight|8)", (*_G7, "RU")),
    Body("G7", r"G-?7|Group of (?:Seven|7)", _G7),
    Body(
        "G20",
        r"G-?20|Group of (?:Twenty|20)",
        tuple("AR AU BR CA CN FR DE IN ID IT JP KR MX RU SA ZA TR GB US".split()),
        list_members=False,
    ),
    Body(
        "APEC",
        r"APEC|Apec|Asia[- ]Pacific Economic Cooperation",
        tuple("AU BN CA CL CN HK ID JP KR MY MX NZ PG PE PH RU SG TW TH US VN".split()),
    ),
    Body(
        "ASEAN",
        r"ASEAN|Asean|Association of South[- ]?[Ee]ast Asian Nations",
        tuple("BN KH ID LA MY MM PH SG TH VN".split()),
    ),
    Body(
        "six-party talks", r"[Ss]ix[- ](?:[Pp]arty|[Nn]ation)", tuple("CN JP US RU KR KP".split())
    ),
    Body(
        "EU",
        r"EU|E\.U\.|European Union|European Council|Council of the European Union|Eurogroup|"
        r"ECOFIN|Ecofin",
        list_members=False,
    ),
    Body(
        "AU",
        r"AU|African Union|OAU|Organi[sz]ation of African Unity",
        _AFRICA,
        list_members=False,
    ),
    Body("Arab League", r"Arab League|League of Arab States", _ARAB_LEAGUE, list_members=False),
    Body("NATO", r"NATO|Nato", _NATO, list_members=False),
    Body("OAS", r"OAS|Organi[sz]ation of American States", _AMERICAS, list_members=False),
    Body("Summit of the Americas", r"Summit of the Americas", _AMERICAS, list_members=False),
    Body("SCO", r"SCO|Shanghai Cooperation Organi[sz]ation", tuple("CN RU KZ KG TJ UZ".split())),
    Body("Mercosur", r"Mercosur|MERCOSUR", tuple("AR BR PY UY".split())),
    Body("GCC", r"GCC|Gulf Cooperation Council", tuple("SA KW AE QA BH OM".split())),
    Body("SAARC", r"SAARC|Saarc", tuple("AF BD BT IN MV NP PK LK".split())),
    Body("Commonwealth", r"Commonwealth|CHOGM"),
    Body(
        "OPEC",
        r"OPEC|Opec|Organi[sz]ation of (?:the )?Petroleum Exporting Countries",
        tuple("DZ AO EC GA GQ CG ID IR IQ KW LY NG QA SA AE VE".split()),
        list_members=False,
    ),
    Body("Paris Club", r"Paris Club"),
    Body(
        "ECOWAS",
        r"ECOWAS|Ecowas|Economic Community of West African States",
        tuple("BJ BF CV CI GM GH GN GW LR ML NE NG SN SL TG".split()),
        list_members=False,
    ),
    Body(
        "SADC",
        r"SADC|Southern African Development Community",
        tuple("AO BW CD KM LS MG MW MU MZ NA SC ZA SZ TZ ZM ZW".split()),
        list_members=False,
    ),
    Body("BRICS", r"BRICS?|Brics", tuple("BR RU IN CN ZA".split()), list_members=False),
    Body("OIC", r"OIC|Organi[sz]ation of (?:the )?Islamic (?:Conference|Cooperation)"),
    Body("CARICOM", r"CARICOM|Caricom|Caribbean Community"),
    Body("UNASUR", r"UNASUR|Unasur|Union of South American Nations"),
    Body("Rio Group", r"Rio Group"),
    Body("OSCE", r"OSCE|Organi[sz]ation for Security and Co-?operation in Europe"),
    Body("NAM", r"NAM|Non-Aligned Movement"),
    Body("Pacific Islands Forum", r"Pacific Islands Forum"),
    Body("CSTO", r"CSTO|Collective Security Treaty Organi[sz]ation"),
    Body("East Asia Summit", r"East Asia Summit", (*_ASEAN_PLUS, "IN", "AU", "NZ"), False),
    Body("ASEM", r"ASEM|Asia-Europe Meeting"),
    Body("Ibero-American Summit", r"Ibero-American Summit"),
)
_BY_KEY = {body.key: body for body in BODIES}

# The EU's members change with its enlargements and with Brexit: (from this day, members).
_EU_STEPS: tuple[tuple[dt.date, tuple[str, ...]], ...] = (
    (dt.date(1995, 1, 1), _EU15),
    (dt.date(2004, 5, 1), _EU15 + _EU2004),
    (dt.date(2007, 1, 1), _EU15 + _EU2004 + ("BG", "RO")),
    (dt.date(2013, 7, 1), _EU15 + _EU2004 + ("BG", "RO", "HR")),
    (dt.date(2020, 2, 1), tuple(c for c in _EU15 if c != "GB") + _EU2004 + ("BG", "RO", "HR")),
)


_ASEAN_STEPS = (
    (dt.date(1999, 4, 30), _BY_KEY["ASEAN"].members),
    (dt.date(2025, 10, 26), (*_BY_KEY["ASEAN"].members, "TL")),
)
_STEPS = {"EU": _EU_STEPS, "ASEAN": _ASEAN_STEPS}


def body_members(key: str, day: dt.date | None) -> tuple[str, ...]:
    """The members of a body on ``day`` (today's when the day is unknown)."""
    steps = _STEPS.get(key)
    if steps is None:
        return _BY_KEY[key].members
    members = steps[-1][1]
    for since, step in steps:
        if day is not None and day >= since:
            members = step
    return members


_NAMES = "(?P<body>" + "|".join(body.names for body in BODIES) + ")"
_NAMES_AGAIN = _NAMES.replace("(?P<body>", "(?P<body2>")
_WHOLE_NAMES = tuple((re.compile(body.names), body.key) for body in BODIES)
_ORDINAL = r"(?:(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|annual|\d{4})[ \t]+)"
# ("EU Foreign Ministers' meeting": desks capitalise the office as often as not)
_WHO = (
    r"(?i:(?:leaders['’]?|heads[ \t]+of[ \t]+(?:state|government)|"
    r"(?:(?:foreign|finance|trade|economy|economic|defen[cs]e|energy|environment|agriculture|"
    r"oil|petroleum|interior|justice)"
    r"[ \t]+)?ministers['’]?|ministerial)[ \t]+)"
)
_NOUN = r"(?:summit|meeting|conference|forum|gathering|ministerial)"
# "the 33rd G8 summit", "APEC leaders' meeting", "the G-20 finance ministers' meeting",
# "six-party talks", "the 2005 APEC summit"; the body's own name may carry the noun
# ("Summit of the Americas").
# "NATO's 2008 Bucharest summit", "the G8 Gleneagles summit": a possessive, and the host city
# before the noun (kept only when it is a city: "EU Trade Commissioner meeting" names none).
_BODY_NOUN = re.compile(
    rf"(?<![\w-]){_ORDINAL}?(?:{_NAMES})(?:['’]s)?(?:[ \t]+\d{{4}})?[ \t]+{_WHO}?(?i:{_NOUN})s?"
    r"(?![\w-])"
)
_BODY_CITY_NOUN = re.compile(
    rf"(?<![\w-]){_ORDINAL}?(?:{_NAMES})(?:['’]s)?(?:[ \t]+\d{{4}})?"
    rf"[ \t]+(?P<city>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+{_WHO}?(?i:{_NOUN})s?(?![\w-])"
)
# "the summit of the African Union", "a meeting of G8 foreign ministers", "a meeting at APEC"
_NOUN_OF_BODY = re.compile(
    rf"(?<![\w-])(?i:{_NOUN})s?[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?(?:(?i:leaders|heads|ministers)"
    rf"[ \t]+of[ \t]+(?:the[ \t]+)?)?(?:{_NAMES})(?![\w-])"
)
# "G8 leaders met", "the leaders of the Group of Eight (G8) nations met", "G8 finance
# ministers gathered": the body's people as the subject of a meeting verb. A body's leaders or
# ministers agree at a meeting of theirs: "EU leaders agreed on Friday" tells one.
# An apposition or two may stand between them: "The finance ministers of the G8, the world's
# eight richest countries, …, have agreed".
_PEOPLE_MET = re.compile(
    rf"(?<![\w-])(?:{_NAMES}[ \t]+{_WHO}|(?i:leaders|ministers)[ \t]+of[ \t]+(?:the[ \t]+)?"
    rf"{_NAMES_AGAIN})(?:,[^,;.:]{{1,90}}){{0,3}}[^.;:]{{0,40}}?(?<![\w-])(?:met|meet|gathered|"
    r"convened|opened|began|agreed|agree|agrees)(?![\w-])"
)
# The body as the subject of holding its meeting: "The Group of Seven (G7), which is comprised
# of …, held its annual meeting on Friday", "ASEAN opened its summit".
_BODY_HELD = re.compile(
    rf"(?<![\w-])(?:{_NAMES})(?:[ \t]*\([^()]{{1,15}}\))?(?:,[ \t]+(?:which|the|a|an)[ \t]"
    r"[^.;:]{1,160}?,)?[ \t]+(?:(?:also|has|have|had|today|yesterday)[ \t]+)?"
    r"(?:held|holds|opened|opens|convened|concluded|ended|began|begins)[ \t]+"
    rf"(?:its|their|a|an|the)[ \t]+(?:[\w'’-]+[ \t]+){{0,3}}?(?i:{_NOUN})(?![\w-])"
)
# Names that hold their noun: "the Summit of the Americas", "the six-party talks", "the Arab
# summit" (the Arab League's, named by its members; "Arab leaders" alone may be one country's).
_NAMED_MEETINGS = (
    (re.compile(r"(?<![\w-])Arab [Ss]ummit(?![\w-])"), "Arab League"),
    (re.compile(r"(?<![\w-])Summit of the Americas(?![\w-])"), "Summit of the Americas"),
    (
        re.compile(r"(?<![\w-])[Ss]ix[- ](?:[Pp]arty|[Nn]ation)[ \t]+talks(?![\w-])"),
        "six-party talks",
    ),
    (re.compile(r"(?<![\w-])East Asia Summit(?![\w-])"), "East Asia Summit"),
    (re.compile(r"(?<![\w-])(?:ASEM|Asia-Europe Meeting)(?![\w-])"), "ASEM"),
    (re.compile(r"(?<![\w-])Ibero-American Summit(?![\w-])"), "Ibero-American Summit"),
    (re.compile(r"(?<![\w-])CHOGM(?![\w-])"), "Commonwealth"),
)


@dataclass(frozen=True)
class BodyMention:
    """A meeting of a body named in the text."""

    start: int
    end: int
    key: str
    city: str | None = None  # the host city the name holds: "NATO's Bucharest summit"

    @property
    def body(self) -> Body:
        return _BY_KEY[self.key]


def _key(match: re.Match[str]) -> str:
    groups = match.groupdict()
    name = groups.get("body") or groups.get("body2") or ""
    for pattern, key in _WHOLE_NAMES:
        if pattern.fullmatch(name):
            return key
    raise AssertionError(f"no body is named {name!r}")  # pragma: no cover


def find_body_mentions(text: str, start: int, end: int) -> list[BodyMention]:
    """Meetings of a body named in ``text[start:end]``, in text order."""
    found: dict[int, BodyMention] = {}
    for pattern in (_BODY_NOUN, _BODY_CITY_NOUN, _NOUN_OF_BODY, _PEOPLE_MET, _BODY_HELD):
        for match in pattern.finditer(text, start, end):
            city = match.groupdict().get("city")
            if city is not None and city_country(city) is None:
                continue
            mention = BodyMention(match.start(), match.end(), _key(match), city)
            found.setdefault(match.start(), mention)
    for named, key in _NAMED_MEETINGS:
        for match in named.finditer(text, start, end):
            found.setdefault(match.start(), BodyMention(match.start(), match.end(), key))
    return [found[position] for position in sorted(found)]
