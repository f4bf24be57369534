"""Events across articles: one record per real-world summit or agreement, with its evidence.

``resolve_events(extractions)`` streams extractions in and yields :class:`Event` records;
``exports`` writes them as JSON Lines, PLOVER-style JSON, or events and mentions tables (CSV,
Parquet); ``scoring`` compares them with gold clusters (B-cubed, pairwise). The package reads
only the models, the readers and the country tables: it never calls a model, so resolution is
offline and deterministic.
"""

from summitparse.events.model import (
    Disagreement,
    Event,
    EventMention,
    FieldValue,
    StatusChange,
)
from summitparse.events.reading import InputStats, read_extractions
from summitparse.events.resolution import resolve_events

__all__ = [
    "Disagreement",
    "Event",
    "EventMention",
    "FieldValue",
    "InputStats",
    "StatusChange",
    "read_extractions",
    "resolve_events",
]
