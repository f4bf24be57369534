"""Building spans that are guaranteed to slice the article to their text."""

from __future__ import annotations

from summitparse.models import Span

__all__ = ["make_span"]


def make_span(text: str, start: int, end: int) -> Span:
    """The span of ``text[start:end]``; offsets are clamped to the text so it is always valid."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    return Span(start=start, end=end, text=text[start:end])
