"""Shared test fixtures: a clean environment and the repository's article folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "fixtures"
SEED = SEEDS / "000_0a2133f4850d8740.txt"


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the developer's keys or endpoints: configuration comes from the test."""
    for name in list(os.environ):
        if name.startswith(("SUMMITPARSE_", "OPENAI_")):
            monkeypatch.delenv(name, raising=False)


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
