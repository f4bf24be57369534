"""Fixtures and data for the LLM tests: a loopback endpoint, a backend on it, the seed's answers.

Imported by the ``test_llm_*`` modules (``from llm_fixtures import …``); the lead's
``conftest.py`` stays untouched. The rules' mentions for the seed are written out here by hand,
so these tests check the merge logic, not the rule finders.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_openai import FakeOpenAI
from pydantic import SecretStr

from summitparse.config import Settings
from summitparse.llm import LLMBackend, LLMOutcome, RetryPolicy
from summitparse.models import DateMention, Figure
from summitparse.records import Records

Edge = Callable[[LLMBackend, str, Records], LLMOutcome]

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_0a2133f4850d8740.txt"
SECRET = "sk-test-abc123-DO-NOT-LEAK"
MODEL = "test-model-1"
FAST = RetryPolicy(initial=0.01, cap=0.05, max_retry_after=5.0)


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


def run_sync(backend: LLMBackend, text: str, rules: Records) -> LLMOutcome:
    try:
        return backend.extract(text, reference=None, rules=rules)
    finally:
        backend.close()


def run_async(backend: LLMBackend, text: str, rules: Records) -> LLMOutcome:
    async def run() -> LLMOutcome:
        try:
            return await backend.aextract(text, reference=None, rules=rules)
        finally:
            await backend.aclose()

    return asyncio.run(run())


@pytest.fixture(params=[run_sync, run_async], ids=["sync", "async"])
def edge(request: pytest.FixtureRequest) -> Edge:
    """Each test using it runs twice: on ``extract`` and on ``aextract``."""
    edge: Edge = request.param
    return edge


def settings_for(base_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "backend": "llm",
        "model": MODEL,
        "base_url": base_url,
        "api_key": SecretStr(SECRET),
        "mode": "tools",
        "timeout": 5.0,
        "max_retries": 3,
        "max_reasks": 1,
        "time_budget": 20.0,
    }
    values.update(overrides)
    return Settings(**values)


def backend_for(base_url: str, *, chunk_words: int = 6000, **overrides: Any) -> LLMBackend:
    return LLMBackend(settings_for(base_url, **overrides), policy=FAST, chunk_words=chunk_words)


def _date(text: str, phrase: str, value: str, **extra: Any) -> DateMention:
    start = text.index(phrase)
    return DateMention(
        start=start,
        end=start + len(phrase),
        text=phrase,
        value=dt.date.fromisoformat(value),
        **extra,
    )


def _figure(text: str, phrase: str, **extra: Any) -> Figure:
    start = text.index(phrase)
    return Figure(start=start, end=start + len(phrase), text=phrase, **extra)


def seed_rules(text: str) -> Records:
    """What the rules read in the seed: its dates and figures (hand-written oracle)."""
    return Records(
        dates=[
            _date(text, "January 16, 2026", "2026-01-16"),
            _date(text, "Friday", "2026-01-16", relative=True),
            _date(
                text,
                "October 2025",
                "2025-10-01",
                value_end=dt.date(2025, 10, 31),
                granularity="month",
            ),
            _date(text, "Thursday, January 15", "2026-01-15", relative=True),
            _date(
                text,
                "September 2025",
                "2025-09-01",
                value_end=dt.date(2025, 9, 30),
                granularity="month",
            ),
        ],
        figures=[
            _figure(
                text,
                "$11.6 billion",
                kind="money",
                value=11.6e9,
                currency="USD",
                approximate=True,
            ),
            _figure(
                text,
                "€10-11 billion",
                kind="money",
                value=10e9,
                value_max=11e9,
                currency="EUR",
                approximate=True,
            ),
        ],
    )


def seed_answer() -> dict[str, Any]:
    """A good model answer for the seed (what a capable model returns)."""
    return {
        "summits": [
            {
                "name": None,
                "participants": [
                    {"name": "Sanae Takaichi", "title": "Prime Minister", "country": "JP"},
                    {"name": "Giorgia Meloni", "title": "Prime Minister", "country": "IT"},
                ],
                "countries": ["JP", "IT"],
                "location": "Tokyo",
                "country": "JP",
                "start_date": "2026-01-16",
                "end_date": "2026-01-16",
                "occasion": "160th anniversary of diplomatic relations",
                "topics": ["economic security", "defense"],
                "evidence": [
                    "The announcement came during a summit meeting in Tokyo",
                    "announced a significant upgrade in bilateral relations on Friday",
                ],
            }
        ],
        "agreements": [
            {
                "name": "special strategic partnership",
                "kind": "partnership",
                "parties": ["JP", "IT"],
                "status": "announced",
                "date": "2026-01-16",
                "previous": "strategic partnership",
                "topics": [],
                # curly quotes where the article has straight ones, as models write
                "evidence": [
                    "elevating the existing “strategic partnership” between Japan and Italy "
                    "to a “special strategic partnership.”"
                ],
            },
            {
                "name": "Japan-Italy Acquisition and Cross-Servicing Agreement",
                "kind": "defense",
                "parties": ["JP", "IT"],
                "status": "in_force",
                "date": "2025-09-01",
                "previous": None,
                "topics": ["defense logistics"],
                "evidence": [
                    "defense logistics under the Japan-Italy Acquisition and Cross-Servicing "
                    "Agreement (ACSA), which entered into force in September 2025"
                ],
            },
        ],
        "trade_figures": [
            {
                "description": "bilateral trade volume",
                "parties": ["JP", "IT"],
                "value": 11600000000,
                "value_max": None,
                "currency": "USD",
                "unit": "money",
                "approximate": True,
                "period": None,
                "evidence": ["bilateral trade volume reaching approximately $11.6 billion"],
            }
        ],
        "quotes": [
            {
                "text": "We agreed that cooperating to strengthen the resilience of our critical "
                "mineral supply chains is of utmost urgency,",
                "speaker": "Sanae Takaichi",
                "cue": "stated",
            },
            {
                "text": "Italy and Japan can make a difference together",
                "speaker": "Giorgia Meloni",
                "cue": "emphasizing",
            },
        ],
    }


# -- answers built from hand gold, and the same answers written sloppily ---------------------------


def _sentences_with(text: str, needle: str) -> list[str]:
    from summitparse.text import split_sentences

    folded = needle.casefold()
    return [s.text for s in split_sentences(text) if folded and folded in s.text.casefold()]


def _figure_sentence(text: str, value: float) -> str | None:
    from summitparse.rules import find_figures
    from summitparse.text import split_sentences

    for sentence in split_sentences(text):
        for figure in find_figures(sentence.text):
            if abs(figure.value - value) <= 0.005 * max(abs(value), 1.0):
                return sentence.text
    return None


def gold_answer(text: str, gold: dict[str, Any]) -> dict[str, Any]:
    """What a perfect model answers for an article with this gold: its records, with evidence.

    Evidence is the article's own sentence naming the record (a summit's city or first
    participant, an agreement's name, a trade figure's value); a record no sentence supports is
    left out, so the answer holds only what grounding can check.
    """
    answer: dict[str, Any] = {"summits": [], "agreements": [], "trade_figures": [], "quotes": []}
    for summit in gold.get("summits", []):
        keys = [summit.get("location") or ""] + [
            p["name"].split()[-1] for p in summit.get("participants", [])
        ]
        evidence = next((found[:1] for key in keys if (found := _sentences_with(text, key))), [])
        if evidence:
            answer["summits"].append(
                {
                    "name": summit.get("name"),
                    "participants": summit.get("participants", []),
                    "countries": summit.get("countries", []),
                    "location": summit.get("location"),
                    "country": summit.get("country"),
                    "start_date": summit.get("start_date"),
                    "end_date": summit.get("end_date"),
                    "occasion": None,
                    "topics": [],
                    "evidence": evidence,
                }
            )
    for agreement in gold.get("agreements", []):
        evidence = _sentences_with(text, agreement["name"])[:1]
        if evidence:
            answer["agreements"].append(
                {
                    **{k: agreement.get(k) for k in ("name", "kind", "parties", "status")},
                    "date": agreement.get("date"),
                    "previous": agreement.get("previous"),
                    "topics": [],
                    "evidence": evidence,
                }
            )
    for figure in gold.get("trade_figures", []):
        sentence = _figure_sentence(text, float(figure["value"]))
        if sentence:
            answer["trade_figures"].append(
                {
                    "description": figure.get("description") or "trade",
                    "parties": figure.get("parties", []),
                    "value": figure["value"],
                    "value_max": figure.get("value_max"),
                    "currency": figure.get("currency"),
                    "unit": figure.get("unit", "money"),
                    "approximate": bool(figure.get("approximate")),
                    "period": figure.get("period"),
                    "evidence": [sentence],
                }
            )
    for quote in gold.get("quotes", []):
        answer["quotes"].append(
            {"text": quote["text"], "speaker": quote.get("speaker"), "cue": quote.get("cue")}
        )
    return answer


_NAMES = {"GB": "the UK", "US": "the United States", "KR": "South Korea", "RU": "Russia"}
_CURRENCY_WORDS = {"USD": "$", "EUR": "euros", "GBP": "pounds sterling", "JPY": "yen"}


def _country(code: str) -> str:
    from summitparse.rules.places.countries import country_name

    if code in _NAMES:
        return _NAMES[code]
    return country_name(code) or code if len(code) == 2 else code


def _day(value: str | None) -> str | None:
    if not value:
        return value
    day = dt.date.fromisoformat(value)
    return f"{day.strftime('%B')} {day.day}, {day.year}"


def _curly(evidence: str) -> str:
    out, opening = [], True
    for char in evidence:
        if char == '"':
            out.append("“" if opening else "”")
            opening = not opening
        else:
            out.append(char)
    return " ".join("".join(out).split())  # line breaks and double spaces collapsed


def sloppy_answer(answer: dict[str, Any]) -> dict[str, Any]:
    """``answer`` written the way real models write: names for codes, title-case enums, curly
    quotes and collapsed spaces in evidence, surnames for speakers, dates and amounts in words,
    a phrase in a participant's country, and one invented record among the good ones."""
    out: dict[str, Any] = {"summits": [], "agreements": [], "trade_figures": [], "quotes": []}
    for summit in answer["summits"]:
        people = [
            {**p, "country": _country(p["country"]) if p.get("country") else p.get("country")}
            for p in summit["participants"]
        ]
        if people:
            people[-1] = {**people[-1], "country": "the visiting delegation's country"}
        out["summits"].append(
            {
                **summit,
                "participants": people,
                "countries": [_country(c) for c in summit["countries"]],
                "country": _country(summit["country"]) if summit.get("country") else None,
                "start_date": _day(summit.get("start_date")),
                "end_date": _day(summit.get("end_date")),
                "evidence": [_curly(e) for e in summit["evidence"]],
            }
        )
    for agreement in answer["agreements"]:
        status = agreement["status"]
        out["agreements"].append(
            {
                **agreement,
                "kind": agreement["kind"].replace("_", " ").title(),
                "status": "entered into force" if status == "in_force" else status.title(),
                "parties": [_country(p) for p in agreement["parties"]],
                "date": _day(agreement.get("date")),
                "evidence": [_curly(e) for e in agreement["evidence"]],
            }
        )
    out["agreements"].append(
        {
            "name": "Treaty of Atlantis",
            "kind": "Treaty",
            "parties": ["Atlantis", "Narnia"],
            "status": "Signed",
            "date": None,
            "previous": None,
            "topics": [],
            "evidence": ["The two leaders signed the Treaty of Atlantis on the sea floor."],
        }
    )
    for figure in answer["trade_figures"]:
        value = float(figure["value"])
        words = f"{value / 1e9:g} billion" if value >= 1e9 else f"{value:,.0f}"
        out["trade_figures"].append(
            {
                **figure,
                "value": words,
                "currency": _CURRENCY_WORDS.get(
                    figure.get("currency") or "", figure.get("currency")
                ),
                "unit": str(figure["unit"]).title(),
                "parties": [_country(p) for p in figure["parties"]],
                "evidence": [_curly(e) for e in figure["evidence"]],
            }
        )
    for quote in answer["quotes"]:
        speaker = quote.get("speaker")
        out["quotes"].append({**quote, "speaker": speaker.split()[-1] if speaker else None})
    return out
