"""The event gold as extractions, resolved once per test session."""

from __future__ import annotations

import pytest
from events_gold import GOLD

from summitparse import Event, Extraction, resolve_events
from summitparse.events.gold import gold_extractions


@pytest.fixture(scope="session")
def gold_corpus() -> list[Extraction]:
    return list(gold_extractions(GOLD))


@pytest.fixture(scope="session")
def gold_events(gold_corpus: list[Extraction]) -> list[Event]:
    return list(resolve_events(gold_corpus))
