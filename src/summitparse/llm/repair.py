"""Lenient reading of a model's answer: repair what can be repaired instead of asking again.

The schema sent to the model stays strict; what comes back is read with tolerance, because a
re-ask costs a whole request and real models write "Japan" for ``JP``, "Signed" for ``signed``,
"January 16, 2026" for a date and "$11.6 billion" for a number. Each repair here is one small,
total function; :func:`repair_answer` applies them to the raw JSON object of one answer and
counts what it changed (:class:`Repairs`), so ``meta.usage["repairs"]`` shows how sloppy the
model was.

- country fields: alpha-2 codes kept when real (``pycountry``), names, demonyms and aliases
  mapped through the rules' country tables
  (:func:`summitparse.rules.places.countries.country_code`); anything else ("Narnia", "XX")
  is left out with a note that starts "dropped", so it reaches the warnings;
- currencies: ISO 4217 codes, symbols and names read by the rules' figure finder;
- enums: case, spaces, hyphens and underscores ignored, synonyms mapped ("entered into force" is
  ``in_force``), else ``other`` with a note;
- dates: ISO days, timestamps and anything the rules' date finder reads as one day;
- numbers: ``"11.6 billion"``, ``"$11,600,000,000"``, ``"12%"`` through the rules' figure finder;
- shapes: a missing nullable field becomes ``null``, an unknown key is dropped, a string where a
  list belongs becomes a one-item list, a participant given as a bare name becomes a person.

:func:`parse_json` reads an answer that is not clean JSON: a fenced block, prose around the
object, or an answer cut off at ``max_tokens`` (closed after its last complete element, so the
records written in full are kept).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, get_args

import pycountry

from summitparse.llm.secrets import clip
from summitparse.models import AgreementKind, AgreementStatus, TradeUnit
from summitparse.rules import find_dates, find_figures
from summitparse.rules.places.countries import country_code

__all__ = ["Repairs", "enum_value", "organisation", "parse_json", "repair_answer", "to_code"]

RECORD_LISTS = ("summits", "agreements", "trade_figures", "quotes")

# Every field of every draft record and what kind of value it holds (the draft schema's shape).
_FIELDS: dict[str, dict[str, str]] = {
    "summits": {
        "name": "text",
        "participants": "people",
        "countries": "codes",
        "location": "text",
        "country": "code",
        "start_date": "date",
        "end_date": "date",
        "occasion": "text",
        "topics": "texts",
        "evidence": "texts",
    },
    "agreements": {
        "name": "text",
        "kind": "kind",
        "parties": "parties",
        "status": "status",
        "date": "date",
        "previous": "text",
        "topics": "texts",
        "evidence": "texts",
    },
    "trade_figures": {
        "description": "text",
        "parties": "parties",
        "value": "number",
        "value_max": "number",
        "currency": "currency",
        "unit": "unit",
        "approximate": "bool",
        "period": "text",
        "evidence": "texts",
    },
    "quotes": {"text": "text", "speaker": "text", "cue": "text"},
}
_PERSON = {"name": "text", "title": "text", "country": "code"}

# The contract's own values, read off the models ("other" is what an unknown value repairs to).
_KINDS = tuple(k for k in get_args(AgreementKind) if k != "other")
_STATUSES = tuple(k for k in get_args(AgreementStatus) if k != "other")
_UNITS = get_args(TradeUnit)

# Synonyms, keyed by the squeezed form (lower case, no spaces, hyphens or underscores).
_SYNONYMS: dict[str, dict[str, str]] = {
    "kind": {
        "strategicpartnership": "partnership",
        "comprehensivestrategicpartnership": "partnership",
        "freetradeagreement": "trade",
        "fta": "trade",
        "tradedeal": "trade",
        "tradeagreement": "trade",
        "economicpartnershipagreement": "trade",
        "mou": "memorandum",
        "memorandumofunderstanding": "memorandum",
        "jointstatement": "statement",
        "declaration": "statement",
        "jointdeclaration": "statement",
        "communique": "statement",
        "defence": "defense",
        "security": "defense",
        "military": "defense",
        "actionplan": "plan",
        "roadmap": "plan",
        "program": "programme",
        "convention": "treaty",
    },
    "status": {
        "enteredintoforce": "in_force",
        "inforce": "in_force",
        "effective": "in_force",
        "ratified": "in_force",
        "sign": "signed",
        "concluded": "signed",
        "announce": "announced",
        "agreed": "announced",
        "launched": "announced",
        "propose": "proposed",
        "planned": "proposed",
        "proposal": "proposed",
        "negotiated": "negotiating",
        "undernegotiation": "negotiating",
        "innegotiation": "negotiating",
        "negotiation": "negotiating",
        "negotiations": "negotiating",
        "reaffirm": "reaffirmed",
        "renewed": "reaffirmed",
        "extended": "reaffirmed",
    },
    "unit": {
        "currency": "money",
        "usd": "money",
        "dollars": "money",
        "value": "money",
        "%": "percent",
        "percentage": "percent",
        "pct": "percent",
        "number": "count",
        "units": "count",
        "people": "count",
    },
}
_CHOICES: dict[str, tuple[str, ...]] = {"kind": _KINDS, "status": _STATUSES, "unit": _UNITS}
_SQUEEZE = re.compile(r"[\s_\-]+")
_TRUE = frozenset({"true", "yes", "y", "1", "approximately", "approx"})
_FALSE = frozenset({"false", "no", "n", "0", "exact", "none", "null", ""})
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")


@dataclass
class Repairs:
    """What :func:`repair_answer` changed in one answer: a count and short notes."""

    count: int = 0
    notes: list[str] = field(default_factory=list)

    def note(self, message: str, *, counted: bool = True) -> None:
        if counted:
            self.count += 1
        if message not in self.notes and len(self.notes) < 50:
            self.notes.append(message)


def _short(value: Any, limit: int = 40) -> str:
    return repr(clip(str(value), limit))


@lru_cache(maxsize=1)
def _alpha2() -> frozenset[str]:
    return frozenset(str(c.alpha_2) for c in pycountry.countries)


@lru_cache(maxsize=1)
def _currencies() -> frozenset[str]:
    return frozenset(str(c.alpha_3) for c in pycountry.currencies)


def to_code(value: str) -> str | None:
    """A real ISO 3166-1 alpha-2 code for a code, name, demonym or alias; else ``None``."""
    text = value.strip().strip(".").strip()
    if len(text) == 2 and text.isalpha():
        if text.upper() in _alpha2():
            return text.upper()
        alias = country_code(text.upper())  # "UK" is no ISO code, but a name of GB
        return alias if alias in _alpha2() else None
    code = country_code(text) or country_code(text.title())
    return code if code in _alpha2() else None


def organisation(value: str) -> str | None:
    """An organisation key of the rules' tables ("EU", "ASEAN") for a name or acronym."""
    code = country_code(value.strip())
    return code if code is not None and code not in _alpha2() else None


def enum_value(kind: str, value: Any) -> str | None:
    """The enum member ``value`` means, ignoring case and separators; ``None`` when unknown."""
    if not isinstance(value, str):
        return None
    squeezed = _SQUEEZE.sub("", value.strip().lower())
    for choice in _CHOICES[kind]:
        if squeezed == choice.replace("_", ""):
            return choice
    if squeezed in _SYNONYMS[kind]:
        return _SYNONYMS[kind][squeezed]
    for choice in _CHOICES[kind]:  # "defense cooperation agreement" → defense
        if choice.replace("_", "") in squeezed:
            return choice
    for synonym, choice in _SYNONYMS[kind].items():
        if len(synonym) > 4 and synonym in squeezed:
            return choice
    return None


def _date(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    iso = _ISO_DAY.match(value)
    if iso:
        try:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3])).isoformat()
        except ValueError:
            return None
    days = [d for d in find_dates(value) if d.value is not None and d.granularity == "day"]
    if days and days[0].value is not None and not days[0].relative:
        return days[0].value.isoformat()
    return None


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if not isinstance(value, str) or not value.strip():
        return None
    plain = value.strip().replace(",", "").replace("_", "")
    try:
        return float(plain)
    except ValueError:
        pass
    figures = find_figures(value)
    return figures[0].value if figures else None


def _currency(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text.upper() in _currencies():
        return text.upper()
    for probe in (f"{text}1", f"1 {text}", f"{text} 1"):
        for figure in find_figures(probe):
            if figure.currency:
                return figure.currency
    return None


class _Fixer:
    """Repairs one record in place, noting each change under the record's label."""

    def __init__(self, repairs: Repairs) -> None:
        self.repairs = repairs

    def record(self, fields: dict[str, str], raw: Any, label: str) -> dict[str, Any] | None:
        if isinstance(raw, str) and fields is _PERSON:
            self.repairs.note(f"{label}: a bare name turned into a person")
            raw = {"name": raw}
        if not isinstance(raw, dict):
            self.repairs.note(f"{label}: not an object, left out", counted=False)
            return None
        fixed: dict[str, Any] = {}
        for key in raw:
            if key not in fields:
                self.repairs.note(f"{label}: unknown field {key!r} dropped")
        for key, kind in fields.items():
            if key not in raw:
                if kind in ("texts", "codes", "parties", "people"):
                    fixed[key] = []
                elif kind != "text" or key not in ("name", "text", "description"):
                    fixed[key] = None
                else:
                    continue  # a required text stays missing: validation names it
                self.repairs.note(f"{label}: missing {key} filled")
                continue
            fixed[key] = self.value(kind, raw[key], f"{label}.{key}")
        return fixed

    def value(self, kind: str, value: Any, label: str) -> Any:
        note = self.repairs.note
        if kind == "text":
            if value is None or isinstance(value, str):
                return value
            note(f"{label}: {_short(value)} turned into text")
            return str(value)
        if kind in ("texts", "codes", "parties", "people"):
            items = value if isinstance(value, list) else ([] if value is None else [value])
            if not isinstance(value, list) and value is not None:
                note(f"{label}: a single value turned into a list")
            return self.items(kind, items, label)
        if kind == "code":
            if value is None or (isinstance(value, str) and not value.strip()):
                return None
            code = to_code(value) if isinstance(value, str) else None
            if code is None:
                note(f"dropped {label}: {_short(value)} is not a country")
            elif code != value:
                note(f"{label}: {_short(value)} read as {code}")
            return code
        if kind in _CHOICES:
            choice = enum_value(kind, value)
            if choice is None:
                fallback = "other" if kind != "unit" else None
                note(f"{label}: {_short(value)} is not a known value, {fallback or 'left as is'}")
                return fallback or value
            if choice != value:
                note(f"{label}: {_short(value)} read as {choice}")
            return choice
        if kind == "date":
            if value is None or isinstance(value, dt.date):
                return value
            day = _date(value)
            if day is None:
                if str(value).strip():
                    note(f"{label}: {_short(value)} is not a day, left empty")
                return None
            if day != value:
                note(f"{label}: {_short(value)} read as {day}")
            return day
        if kind == "number":
            if value is None or (isinstance(value, int | float) and not isinstance(value, bool)):
                return value
            number = _number(value)
            if number is None:
                if str(value).strip():
                    note(f"{label}: {_short(value)} is not a number")
                return None if label.endswith("value_max") else value
            note(f"{label}: {_short(value)} read as {number:g}")
            return number
        if kind == "currency":
            if value is None or (isinstance(value, str) and not value.strip()):
                return None
            code = _currency(value)
            if code is None:
                note(f"{label}: {_short(value)} is not a currency, left empty")
            elif code != value:
                note(f"{label}: {_short(value)} read as {code}")
            return code
        if kind == "bool":
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower() if value is not None else ""
            note(f"{label}: {_short(value)} read as a yes/no")
            return text in _TRUE
        return value

    def items(self, kind: str, items: list[Any], label: str) -> list[Any]:
        out: list[Any] = []
        for index, item in enumerate(items):
            where = f"{label}[{index}]"
            if kind == "people":
                person = self.record(_PERSON, item, where)
                if person is not None:
                    out.append(person)
            elif kind == "texts":
                if isinstance(item, str):
                    out.append(item)
                elif item is not None:
                    self.repairs.note(f"{where}: {_short(item)} turned into text")
                    out.append(str(item))
            elif not isinstance(item, str) or not item.strip():
                self.repairs.note(f"{where}: {_short(item)} left out")
            else:
                code = to_code(item)
                if code is None and kind == "parties":
                    out.append(organisation(item) or item.strip())
                elif code is None:
                    self.repairs.note(f"dropped {where}: {_short(item)} is not a country")
                else:
                    if code != item:
                        self.repairs.note(f"{where}: {_short(item)} read as {code}")
                    out.append(code)
        if kind in ("codes", "parties"):
            out = list(dict.fromkeys(out))
        return out


def repair_answer(data: Any) -> tuple[Any, Repairs]:
    """The raw answer object with every repairable value repaired, and what was repaired.

    Anything but an object comes back unchanged (validation then says what is wrong). Records
    that are not objects are left out; each record list keeps its order.
    """
    repairs = Repairs()
    if isinstance(data, str):
        parsed = parse_json(data)
        if parsed is None:
            return data, repairs
        data = parsed
        repairs.note("answer read from text around its JSON")
    if not isinstance(data, dict):
        return data, repairs
    fixer = _Fixer(repairs)
    fixed: dict[str, Any] = {}
    for key in data:
        if key not in RECORD_LISTS:
            repairs.note(f"unknown field {key!r} dropped")
    for name in RECORD_LISTS:
        raw = data.get(name)
        if raw is None:
            if name in data:
                repairs.note(f"{name}: null read as an empty list")
            fixed[name] = []
            continue
        items = raw if isinstance(raw, list) else [raw]
        if not isinstance(raw, list):
            repairs.note(f"{name}: a single record turned into a list")
        records = [
            fixer.record(_FIELDS[name], item, f"{name}[{i}]") for i, item in enumerate(items)
        ]
        fixed[name] = [record for record in records if record is not None]
    return fixed, repairs


_FENCE = re.compile(r"```(?:json)?\s*(.*?)(?:```|\Z)", re.DOTALL)


def parse_json(text: str) -> Any | None:
    """The JSON object in ``text``: clean, fenced, wrapped in prose, or cut off; else ``None``."""
    fence = _FENCE.search(text)
    candidates = [fence.group(1)] if fence else []
    start = text.find("{")
    if start >= 0:
        candidates.append(text[start:])
    for candidate in candidates:
        candidate = candidate.strip()
        try:
            return json.loads(candidate)
        except ValueError:
            pass
        end = candidate.rfind("}")
        if end > 0:
            try:
                return json.loads(candidate[: end + 1])
            except ValueError:
                pass
        closed = close_truncated(candidate)
        if closed is not None:
            try:
                return json.loads(closed)
            except ValueError:
                pass
    return None


def close_truncated(text: str) -> str | None:
    """``text`` cut back to its last complete value and closed, for an answer cut mid-way.

    Scans once, tracking strings and open brackets; remembers the last point where a value was
    complete inside a container (after a closing bracket or a finished scalar), cuts there and
    appends the closing brackets still open. ``None`` when nothing complete was written.
    """
    stack: list[str] = []
    in_string = escaped = False
    cut: tuple[int, tuple[str, ...]] | None = None
    for index, char in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
            continue
        if char == '"':
            in_string = True
        elif char in "{[":
            stack.append("}" if char == "{" else "]")
        elif char in "}]":
            if not stack:
                return None
            stack.pop()
            if not stack:
                return text[: index + 1]
            cut = (index + 1, tuple(stack))
        elif char == "," and stack:
            cut = (index, tuple(stack))
    if cut is None:
        return None
    end, open_brackets = cut
    return text[:end] + "".join(reversed(open_brackets))
