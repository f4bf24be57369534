"""The record lists one backend produces for one article, before they are wrapped in an Extraction.

Both backends (rules and LLM) return a :class:`Records`; the pipeline adds the id, dateline and
meta. Keeping it separate from :class:`~summitparse.models.Extraction` lets backends be tested
without inventing ids or meta.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from summitparse.models import Agreement, DateMention, Figure, Quote, Summit, TradeFigure

__all__ = ["Records"]


@dataclass(frozen=True)
class Records:
    summits: list[Summit] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    trade_figures: list[TradeFigure] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
