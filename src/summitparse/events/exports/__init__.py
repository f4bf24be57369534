"""Writing events in the formats analysts load: JSON Lines, PLOVER-style JSON, CSV, Parquet."""

from summitparse.events.exports.plover import plover_record
from summitparse.events.exports.tables import (
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    event_row,
    mention_rows,
    mentions_path,
)
from summitparse.events.exports.writers import FORMATS, write_events

__all__ = [
    "EVENT_COLUMNS",
    "FORMATS",
    "MENTION_COLUMNS",
    "event_row",
    "mention_rows",
    "mentions_path",
    "plover_record",
    "write_events",
]
