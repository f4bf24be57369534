"""Event resolution on Ray Data: rows of extractions grouped by blocking key.

Each row (an extraction as ``summitparse extract`` writes it: a dict, or a JSON string in the
``extraction`` column that ``extract_dataset`` fills) becomes mention rows with their blocking
key and sweep order; ``groupby(block).map_groups`` then runs the same per-key sweep as the
local resolver (:func:`summitparse.events.resolution.resolve_block`). Blocks are independent by
construction, so the events and their ids are the same as ``summitparse events`` gives; they
are returned in the same order (by key, then as each key's sweep closes them).
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from typing import Any

from summitparse.events.blocking import block_key
from summitparse.events.features import mentions_of
from summitparse.events.model import Event
from summitparse.events.reading import InputStats, as_extraction
from summitparse.events.resolution import resolve_block, sort_key
from summitparse.ray.engine import EXTRACTION_COLUMN, _ray

__all__ = ["RayEvents", "mention_rows", "resolve_dataset_events"]


@dataclass(frozen=True)
class RayEvents:
    """The events, and how many rows held no usable extraction."""

    events: list[Event]
    skipped: int


def _item(row: dict[str, Any]) -> Any:
    if EXTRACTION_COLUMN in row and isinstance(row[EXTRACTION_COLUMN], (str, bytes)):
        return row[EXTRACTION_COLUMN]
    return row


def mention_rows(row: dict[str, Any]) -> list[dict[str, Any]]:
    """The mention rows of one extraction row (none for an error or malformed row)."""
    extraction = as_extraction(_item(row), InputStats(), "row")
    if extraction is None:
        return [{"block": "", "sort": "", "data": b"", "bad": 1}]
    return [
        {
            "block": block_key(m),
            "sort": sort_key(m),
            "data": pickle.dumps(m, protocol=pickle.HIGHEST_PROTOCOL),
            "bad": 0,
        }
        for m in mentions_of(extraction)
    ]


def _resolve_group(batch: dict[str, Any]) -> dict[str, list[Any]]:
    order = sorted(range(len(batch["sort"])), key=lambda i: str(batch["sort"][i]))
    block = str(batch["block"][0]) if len(batch["block"]) else ""
    if not block:
        return {"block": [], "pos": [], "event": []}
    members = (pickle.loads(batch["data"][i]) for i in order)
    events = [e.model_dump_json() for e in resolve_block(members, block)]
    return {"block": [block] * len(events), "pos": list(range(len(events))), "event": events}


def resolve_dataset_events(dataset: Any) -> RayEvents:
    """Resolve a Ray dataset of extraction rows into events, grouped by blocking key."""
    _ray()
    rows = dataset.flat_map(mention_rows)
    skipped = int(rows.sum("bad") or 0)
    good = rows.filter(lambda row: row["bad"] == 0)
    if good.count() == 0:
        return RayEvents(events=[], skipped=skipped)
    resolved = good.groupby("block").map_groups(_resolve_group, batch_format="numpy")
    records = sorted(resolved.take_all(), key=lambda r: (str(r["block"]), int(r["pos"])))
    events = [Event.model_validate_json(r["event"]) for r in records]
    return RayEvents(events=events, skipped=skipped)
