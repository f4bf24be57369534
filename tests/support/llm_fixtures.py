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
