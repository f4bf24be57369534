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
def _clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test sees the developer's keys, endpoints or response cache: configuration comes from
    the test, and an LLM answer cached by one test can never reach another."""
    for name in list(os.environ):
        if name.startswith(("SUMMITPARSE_", "OPENAI_")):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SUMMITPARSE_CACHE_DIR", str(tmp_path / "summitparse-cache"))


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
