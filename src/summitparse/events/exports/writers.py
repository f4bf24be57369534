"""Writing a stream of events to a file in one of :data:`FORMATS`.

JSON Lines and PLOVER are written as the events come (one line each); CSV writes both tables as
it goes; Parquet needs pyarrow (``pip install "summitparse[parquet]"``) and writes each table in
row groups of a few thousand rows, so neither holds the whole set of events.
"""

from __future__ import annotations

import csv
import importlib
import json
from collections.abc import Iterable
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

from summitparse.errors import ConfigurationError
from summitparse.events.exports.plover import plover_record
from summitparse.events.exports.tables import (
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    event_row,
    mention_rows,
    mentions_path,
)
from summitparse.events.model import Event

__all__ = ["FORMATS", "require_pyarrow", "write_events"]

FORMATS = ("jsonl", "plover", "csv", "parquet")
_ROW_GROUP = 4096


def require_pyarrow() -> Any:
    """pyarrow, or a ConfigurationError saying how to install it."""
    try:
        pa = importlib.import_module("pyarrow")
        importlib.import_module("pyarrow.parquet")
    except ImportError as exc:
        raise ConfigurationError(
            'Parquet output needs pyarrow: pip install "summitparse[parquet]"'
        ) from exc
    return pa


def _lines(events: Iterable[Event], out: IO[str], fmt: str) -> int:
    n = 0
    for event in events:
        if fmt == "jsonl":
            out.write(event.model_dump_json() + "\n")
        else:
            out.write(json.dumps(plover_record(event), ensure_ascii=False) + "\n")
        n += 1
    return n


def _csv(events: Iterable[Event], path: Path) -> int:
    n = 0
    with ExitStack() as stack:
        ev = stack.enter_context(open(path, "w", encoding="utf-8", newline=""))
        mn = stack.enter_context(open(mentions_path(path), "w", encoding="utf-8", newline=""))
        ev_writer = csv.DictWriter(ev, fieldnames=EVENT_COLUMNS)
        mn_writer = csv.DictWriter(mn, fieldnames=MENTION_COLUMNS)
        ev_writer.writeheader()
        mn_writer.writeheader()
        for event in events:
            ev_writer.writerow(event_row(event))
            mn_writer.writerows(mention_rows(event))
            n += 1
    return n


def _parquet(events: Iterable[Event], path: Path) -> int:
    pa = require_pyarrow()
    pq = importlib.import_module("pyarrow.parquet")

    def schema(columns: tuple[str, ...], ints: set[str]) -> Any:
        return pa.schema([(c, pa.int64() if c in ints else pa.string()) for c in columns])

    ev_schema = schema(EVENT_COLUMNS, {"n_mentions", "n_articles"})
    mn_schema = schema(MENTION_COLUMNS, {"index", "evidence_start", "evidence_end", "n_evidence"})
    n = 0
    with (
        pq.ParquetWriter(str(path), ev_schema) as ev_out,
        pq.ParquetWriter(str(mentions_path(path)), mn_schema) as mn_out,
    ):
        ev_rows: list[dict[str, Any]] = []
        mn_rows: list[dict[str, Any]] = []
        for event in events:
            ev_rows.append(event_row(event))
            mn_rows.extend(mention_rows(event))
            n += 1
            if len(ev_rows) >= _ROW_GROUP:
                ev_out.write_table(pa.Table.from_pylist(ev_rows, schema=ev_schema))
                mn_out.write_table(pa.Table.from_pylist(mn_rows, schema=mn_schema))
                ev_rows, mn_rows = [], []
        ev_out.write_table(pa.Table.from_pylist(ev_rows, schema=ev_schema))
        mn_out.write_table(pa.Table.from_pylist(mn_rows, schema=mn_schema))
    return n


def write_events(events: Iterable[Event], out: str | Path | IO[str], fmt: str = "jsonl") -> int:
    """Write ``events`` to ``out`` in ``fmt``; return how many were written.

    Tables (csv, parquet) need a path: the events table goes there, the mentions table beside
    it (``events.csv`` → ``events.mentions.csv``).
    """
    if fmt not in FORMATS:
        raise ConfigurationError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if fmt in ("jsonl", "plover"):
        if isinstance(out, (str, Path)):
            with open(out, "w", encoding="utf-8") as handle:
                return _lines(events, handle, fmt)
        return _lines(events, out, fmt)
    if not isinstance(out, (str, Path)):
        raise ConfigurationError(f"--format {fmt} writes two tables: give -o PATH")
    if fmt == "parquet":
        require_pyarrow()
    return _csv(events, Path(out)) if fmt == "csv" else _parquet(events, Path(out))
