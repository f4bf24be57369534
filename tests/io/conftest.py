"""Reading input as an install without the ``html`` extra does, on demand."""

from __future__ import annotations

import pytest

from summitparse.io import html


@pytest.fixture
def plain_converter(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read HTML with the plain converter (and its warning), as without trafilatura."""
    monkeypatch.setattr(html, "_trafilatura", lambda: None)
