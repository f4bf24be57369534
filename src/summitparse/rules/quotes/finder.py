"""Quotations and who said them, by rule: the quote records of an article.

The rules follow ``docs/annotation.md``. :mod:`~summitparse.rules.quotes.marks` finds the
quoted regions (which marks pair, which regions are quotes rather than scare quotes or names);
:mod:`~summitparse.rules.quotes.attribution` says who said each; this module puts them together
as :class:`~summitparse.models.Quote` records with their spans.
"""

from __future__ import annotations

from collections.abc import Sequence

from summitparse.models import Quote
from summitparse.rules.people.finder import PersonMention
from summitparse.rules.quotes.attribution import NO_ATTRIBUTION, Attribution, attribute_quotes
from summitparse.rules.quotes.marks import Region, paragraphs, qualifies, quote_end, quoted_regions
from summitparse.text import make_span

__all__ = ["find_quotes"]


def find_quotes(text: str, *, people: Sequence[PersonMention] | None = None) -> list[Quote]:
    """Every quotation in ``text``, in order, with its speaker and speech verb when given.

    ``people`` is ``find_people(text)`` when the caller has it already (the rules backend does),
    so the article's people are found once. Never raises; every ``span`` and ``speaker_span``
    slices ``text`` to its own text.
    """
    if not isinstance(text, str) or not text:
        return []
    bounds = paragraphs(text)
    # Scare quotes and names ("reset", "Lula") are plain words of the sentence: they must not
    # bound or borrow the attribution of the real quote beside them.
    regions = [
        r for paragraph in bounds for r in quoted_regions(text, paragraph) if qualifies(text, r)
    ]
    if not regions:
        return []
    attributions = attribute_quotes(text, bounds, regions, people)
    return [
        _quote(text, region, attribution or NO_ATTRIBUTION)
        for region, attribution in zip(regions, attributions, strict=True)
    ]


def _quote(text: str, region: Region, attribution: Attribution) -> Quote:
    span = make_span(text, region.start, quote_end(text, region))
    speaker_span = None
    if attribution.span is not None:
        speaker_span = make_span(text, *attribution.span)
    return Quote(
        text=span.text,
        speaker=attribution.speaker,
        cue=attribution.cue,
        span=span,
        speaker_span=speaker_span,
    )
