"""Reading extractions back: JSON Lines from ``summitparse extract``, with bad lines counted.

A corpus of a million lines always holds some that cannot be used: error lines (an article that
failed), lines written by another version of summitparse, truncated or malformed lines. Each is
counted by reason and skipped with a message naming the file and line; none stops the run.
Lines from another release with the same major version (same minor for 0.x) are read: the
record fields events use have not changed within one.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from summitparse._version import __version__
from summitparse.models import Extraction, ExtractionError

__all__ = ["InputStats", "as_extraction", "read_extractions"]

Item = Extraction | ExtractionError | str | bytes | dict[str, Any]


@dataclass
class InputStats:
    """What the input held: lines read, extractions used, lines skipped by reason."""

    read: int = 0
    used: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    messages: list[str] = field(default_factory=list)
    max_messages: int = 20

    def skip(self, reason: str, where: str, detail: str) -> None:
        self.skipped[reason] += 1
        if len(self.messages) < self.max_messages:
            self.messages.append(f"{where}: skipped ({reason}): {detail}")

    @property
    def n_skipped(self) -> int:
        return sum(self.skipped.values())

    def summary(self) -> str:
        reasons = ", ".join(f"{n} {reason}" for reason, n in sorted(self.skipped.items()))
        return f"{self.read} lines, {self.used} extractions used, {self.n_skipped} skipped" + (
            f" ({reasons})" if reasons else ""
        )


def _series(version: str) -> tuple[str, ...]:
    parts = version.split(".")
    return tuple(parts[:2]) if parts[0] == "0" else tuple(parts[:1])


def as_extraction(item: Item, stats: InputStats, where: str) -> Extraction | None:
    """The extraction an item holds, or ``None`` (counted in ``stats``) when it holds none."""
    stats.read += 1
    if isinstance(item, Extraction):
        stats.used += 1
        return item
    if isinstance(item, ExtractionError):
        stats.skip("error line", where, f"{item.id}: {item.error.message}")
        return None
    data: Any = item
    if isinstance(item, (str, bytes)):
        if not item.strip():
            stats.read -= 1  # blank lines are not lines of data
            return None
        try:
            data = json.loads(item)
        except ValueError as exc:
            stats.skip("malformed", where, f"not JSON ({exc})")
            return None
    if not isinstance(data, dict):
        stats.skip("malformed", where, "not a JSON object")
        return None
    if "error" in data and "meta" not in data:
        message = data["error"].get("message") if isinstance(data["error"], dict) else data["error"]
        stats.skip("error line", where, f"{data.get('id')}: {message}")
        return None
    version = data.get("meta", {}).get("version") if isinstance(data.get("meta"), dict) else None
    if isinstance(version, str) and _series(version) != _series(__version__):
        stats.skip("other version", where, f"written by summitparse {version}")
        return None
    try:
        extraction = Extraction.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        place = ".".join(str(p) for p in first["loc"])
        stats.skip("malformed", where, f"not an extraction ({place}: {first['msg']})")
        return None
    stats.used += 1
    return extraction


def iter_extractions(items: Iterable[Item], stats: InputStats) -> Iterator[Extraction]:
    """The extractions among ``items`` (objects, dicts or JSON lines), bad ones counted."""
    for number, item in enumerate(items, 1):
        extraction = as_extraction(item, stats, f"item {number}")
        if extraction is not None:
            yield extraction


def read_extractions(paths: Iterable[str | Path], stats: InputStats) -> Iterator[Extraction]:
    """The extractions in JSON Lines files, read line by line (never a whole file at once)."""
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as lines:
            for number, line in enumerate(lines, 1):
                extraction = as_extraction(line, stats, f"{path}:{number}")
                if extraction is not None:
                    yield extraction
