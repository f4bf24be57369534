"""The record types, written once, and the lists one backend produces for one article.

:data:`RECORDS` is the one list of record types (their ``Extraction`` field, model, label and
short key): the pipeline, the response cache, the batch summary, ``eval`` and the review page
derive theirs from it, so a new record type is added here and not in each of them (the steps are
in ``docs/architecture.md``).

Both backends (rules and LLM) return a :class:`Records`; the pipeline adds the id, dateline and
meta. Keeping it separate from :class:`~summitparse.models.Extraction` lets backends be tested
without inventing ids or meta.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import BaseModel

from summitparse.models import Agreement, DateMention, Figure, Quote, Summit, TradeFigure

__all__ = ["RECORDS", "RECORD_TYPES", "RecordType", "Records"]


@dataclass(frozen=True)
class RecordType:
    """One kind of record: ``name`` is its list in :class:`~summitparse.models.Extraction`."""

    name: str
    model: type[BaseModel]
    label: str  # for people: "Trade figures"
    key: str  # short and singular, for ids and highlight classes: "trade"


RECORDS: tuple[RecordType, ...] = (
    RecordType("summits", Summit, "Summits", "summit"),
    RecordType("agreements", Agreement, "Agreements", "agreement"),
    RecordType("trade_figures", TradeFigure, "Trade figures", "trade"),
    RecordType("quotes", Quote, "Quotes", "quote"),
    RecordType("dates", DateMention, "Dates", "date"),
    RecordType("figures", Figure, "Figures", "figure"),
)
RECORD_TYPES: tuple[str, ...] = tuple(record.name for record in RECORDS)


@dataclass(frozen=True)
class Records:
    summits: list[Summit] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    trade_figures: list[TradeFigure] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)

    def lists(self) -> dict[str, list[BaseModel]]:
        """Every record list by its :data:`RECORD_TYPES` name."""
        return {name: getattr(self, name) for name in RECORD_TYPES}
