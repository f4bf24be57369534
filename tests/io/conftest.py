"""Fixtures for reading input: the plain HTML converter on demand, the pages in fixtures/html."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from summitparse.io import html

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "html"


def page_paths() -> list[Path]:
    """The hand-written news pages, each beside its ``.gold.json``."""
    return sorted(PAGES.glob("*.html"))


def gold(page: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(page.with_suffix(".gold.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture
def plain_converter(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read HTML as an install without trafilatura does (the plain converter, with a warning)."""
    monkeypatch.setattr(html, "_trafilatura", lambda: None)


requires_trafilatura = pytest.mark.skipif(
    html.main_text_extractor() is None,
    reason="trafilatura is not installed (pip install -e '.[html]')",
)
