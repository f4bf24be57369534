"""Spans to segments: the article text cut at every span boundary, each piece knowing its spans.

Spans of different record types overlap (a figure inside a trade figure's evidence sentence, a
quote inside a summit's), so the text is cut at every span boundary into segments; a segment's
background is the type of the shortest span covering it and every other covering type is drawn
as a stripe under it. Each segment lists the ids of the spans covering it, and each record lists
the ids of its spans, which is all the small script needs to light up a record's evidence. Spans
that do not slice the text found (the file changed since the extraction) are set aside as stale,
so the page can name them instead of misleading.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from summitparse.models import (
    DateMention,
    Extraction,
    Figure,
    Span,
)
from summitparse.review.entries import KIND_ORDER, KINDS, ArticleEntry, Kind, Mark

# --------------------------------------------------------------------------------------------
# Spans and segments
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class ShownArticle:
    """An article ready to render: its marks (page-wide ids) and which of them fit the text."""

    entry: ArticleEntry
    marks: list[Mark] = field(default_factory=list)
    stale: list[Mark] = field(default_factory=list)

    def of(self, record: str) -> list[Mark]:
        return [mark for mark in self.marks if mark.record == record]

    def stale_of(self, record: str) -> list[Mark]:
        return [mark for mark in self.stale if mark.record == record]


def located(extraction: Extraction) -> Iterator[tuple[Kind, str, Span | DateMention | Figure]]:
    """Every span with its highlight type and the key of the record it belongs to."""
    if extraction.dateline is not None:
        yield "dateline", "dateline", extraction.dateline.span
    for index, summit in enumerate(extraction.summits):
        for span in summit.evidence:
            yield "summit", f"summit-{index}", span
    for index, agreement in enumerate(extraction.agreements):
        for span in agreement.evidence:
            yield "agreement", f"agreement-{index}", span
    for index, trade in enumerate(extraction.trade_figures):
        for span in trade.evidence:
            yield "trade", f"trade-{index}", span
    for index, quote in enumerate(extraction.quotes):
        yield "quote", f"quote-{index}", quote.span
        if quote.speaker_span is not None:
            yield "speaker", f"quote-{index}", quote.speaker_span
    for index, date in enumerate(extraction.dates):
        yield "date", f"date-{index}", date
    for index, figure in enumerate(extraction.figures):
        yield "figure", f"figure-{index}", figure


def prepare(entry: ArticleEntry, next_id: int) -> ShownArticle:
    """Number the article's spans from ``next_id`` and set aside those the text does not hold."""
    article = ShownArticle(entry)
    text = entry.text
    for kind, record, span in located(entry.extraction):
        mark = Mark(next_id, kind, span.start, span.end, span.text, record)
        next_id += 1
        if text is None:
            continue
        if text[span.start : span.end] == span.text:
            article.marks.append(mark)
        else:
            article.stale.append(mark)
    return article


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of text covered by the same set of marks (none for plain text)."""

    start: int
    end: int
    marks: tuple[Mark, ...]


def segments(text: str, marks: Sequence[Mark]) -> list[Segment]:
    """Cut ``text`` at every mark boundary; each piece knows the marks covering it.

    Empty marks become empty segments at their position so that they are still rendered.
    """
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starts: dict[int, list[Mark]] = {}
    for mark in marks:
        starts.setdefault(mark.start, []).append(mark)
    active: list[Mark] = []
    pieces: list[Segment] = []
    for left, right in zip(cuts, [*cuts[1:], None], strict=True):
        opening = starts.get(left, [])
        empties = tuple(mark for mark in opening if mark.length == 0)
        if empties:
            pieces.append(Segment(left, left, empties))
        active = [m for m in active if m.end > left] + [m for m in opening if m.length > 0]
        if right is not None and right > left:
            pieces.append(Segment(left, right, tuple(active)))
    return pieces


def _layers(marks: Sequence[Mark]) -> list[Kind]:
    """Types covering a segment, background first: shortest span wins, then finer type."""
    ordered = sorted(marks, key=lambda m: (m.length, KIND_ORDER[m.kind]))
    kinds: list[Kind] = []
    for mark in ordered:
        if mark.kind not in kinds:
            kinds.append(mark.kind)
    return kinds


def _segment_html(text: str, piece: Segment) -> str:
    body = html.escape(text[piece.start : piece.end], quote=False)
    if not piece.marks:
        return body
    kinds = _layers(piece.marks)
    stripes = ", ".join(
        f"inset 0 -{3 * depth}px 0 var(--line-{kind})" for depth, kind in enumerate(kinds[1:], 1)
    )
    style = f' style="box-shadow: {stripes}"' if stripes else ""
    ids = " ".join(str(mark.id) for mark in piece.marks)
    title = html.escape(", ".join(KINDS[kind] for kind in kinds))
    empty = " empty" if piece.start == piece.end else ""
    return (
        f'<span class="seg bg-{kinds[0]}{empty}" data-s="{ids}" title="{title}"{style}>'
        f"{body}</span>"
    )


def text_html(text: str, marks: Sequence[Mark]) -> str:
    return "".join(_segment_html(text, piece) for piece in segments(text, marks))
