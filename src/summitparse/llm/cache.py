"""A response cache on disk for the LLM backend, so re-running a corpus costs no LLM call.

Entries live in one SQLite database (standard library), ``responses.sqlite3`` in the cache folder
(see :func:`summitparse.config.default_cache_dir`: ``$SUMMITPARSE_CACHE_DIR``, else
``$XDG_CACHE_HOME/summitparse``, else ``~/.cache/summitparse``).

The key is a SHA-256 over everything that shapes the answer: model, endpoint, instructor mode,
prompt version (which already hashes both prompt templates and the draft schema), the schema
fingerprint again, the chunk size, the reference date the prompt names, the summitparse version
(the stored records are the model's answer already merged with the rules of that version) and the
SHA-256 of the text. Change any of them and the article is asked again. Only successful LLM
outcomes are stored: a fallback to the rules is never cached, so a later run retries the model.

Safety: WAL journal and a busy timeout, so several processes can read and write one cache; one
connection per :class:`ResponseCache`, guarded by a lock, so threads and the event loop can share
it. A cache that cannot be opened or written (read-only disk, corrupt file) turns itself off and
says why in :attr:`ResponseCache.problem`: it never costs an article.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from summitparse.records import RECORDS, Records

__all__ = ["CACHE_FILE", "CachedOutcome", "ResponseCache", "cache_key"]

CACHE_FILE = "responses.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS outcomes (
    key TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    prompt TEXT NOT NULL,
    created REAL NOT NULL,
    value TEXT NOT NULL
)
"""
# One adapter per record list: the cached JSON is read back into the same models.
_FIELDS: dict[str, TypeAdapter[Any]] = {
    record.name: TypeAdapter(list[record.model])  # type: ignore[name-defined]
    for record in RECORDS
}


def cache_key(text: str, *parts: str) -> str:
    """The entry's key: a hash of the configuration ``parts`` and of the article text."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return hashlib.sha256(json.dumps([*parts, digest]).encode("utf-8")).hexdigest()


_BUSY_SECONDS = 30.0  # how long a writer waits for another one, and a setup for the file


class CachedOutcome:
    """What the cache gives back: the LLM backend's records, warnings, usage, model, prompt."""

    __slots__ = ("model", "prompt_version", "records", "usage", "warnings")

    def __init__(
        self,
        records: Records,
        warnings: list[str],
        usage: dict[str, Any],
        model: str,
        prompt_version: str,
    ) -> None:
        self.records = records
        self.warnings = warnings
        self.usage = usage
        self.model = model
        self.prompt_version = prompt_version


def _dump(outcome: CachedOutcome) -> str:
    records = {
        name: adapter.dump_python(getattr(outcome.records, name), mode="json")
        for name, adapter in _FIELDS.items()
    }
    return json.dumps(
        {
            "records": records,
            "warnings": outcome.warnings,
            "usage": outcome.usage,
            "model": outcome.model,
            "prompt_version": outcome.prompt_version,
        },
        ensure_ascii=False,
    )


def _load(value: str) -> CachedOutcome:
    data = json.loads(value)
    stored = data["records"]
    records = Records(
        **{name: adapter.validate_python(stored.get(name, [])) for name, adapter in _FIELDS.items()}
    )
    return CachedOutcome(
        records=records,
        warnings=list(data.get("warnings", [])),
        usage=dict(data.get("usage") or {}),
        model=str(data["model"]),
        prompt_version=str(data["prompt_version"]),
    )


class ResponseCache:
    """``cache.get(key)`` / ``cache.put(key, outcome)`` over one SQLite file; never raises."""

    def __init__(self, folder: str | Path) -> None:
        self.path = Path(folder) / CACHE_FILE
        self.problem: str | None = None
        self.hits = 0
        self.misses = 0
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._opened = False

    def _connect(self) -> sqlite3.Connection | None:
        """Open lazily (a run that never misses a rules article never touches the disk)."""
        if not self._opened:
            self._opened = True
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._connection = self._open()
            except (sqlite3.Error, OSError) as error:
                self._fail(error)
        return self._connection

    def _open(self) -> sqlite3.Connection:
        """A connection in WAL mode with the table made.

        Switching a new file to WAL takes an exclusive lock, and SQLite answers "database is
        locked" at once, without waiting out the busy timeout, when another process or thread
        is opening the same new file: such a setup is retried for a while instead of turning
        the cache off. A file already in WAL mode is not switched again.
        """
        connection = sqlite3.connect(
            self.path, timeout=_BUSY_SECONDS, check_same_thread=False, isolation_level=None
        )
        deadline = time.monotonic() + _BUSY_SECONDS
        while True:
            try:
                mode = connection.execute("PRAGMA journal_mode").fetchone()[0]
                if str(mode).lower() != "wal":
                    connection.execute("PRAGMA journal_mode=WAL")
                connection.execute("PRAGMA synchronous=NORMAL")
                connection.execute(_SCHEMA)
                return connection
            except sqlite3.OperationalError as error:
                busy = "locked" in str(error) or "busy" in str(error)
                if not busy or time.monotonic() > deadline:
                    connection.close()
                    raise
                time.sleep(0.02)

    def _fail(self, error: Exception) -> None:
        self.problem = f"response cache off ({self.path}): {error}"
        if self._connection is not None:
            self._connection.close()
        self._connection = None

    def get(self, key: str) -> CachedOutcome | None:
        """The stored outcome, or ``None`` (a damaged entry counts as a miss)."""
        with self._lock:
            connection = self._connect()
            if connection is None:
                return None
            try:
                row = connection.execute(
                    "SELECT value FROM outcomes WHERE key = ?", (key,)
                ).fetchone()
            except sqlite3.Error as error:
                self._fail(error)
                return None
        outcome = _decode(row[0]) if row else None
        if outcome is None:
            self.misses += 1
        else:
            self.hits += 1
        return outcome

    def put(self, key: str, outcome: CachedOutcome) -> None:
        """Store ``outcome`` (the last writer wins; both wrote the same answer's worth)."""
        value = _dump(outcome)
        with self._lock:
            connection = self._connect()
            if connection is None:
                return
            try:
                connection.execute(
                    "INSERT OR REPLACE INTO outcomes (key, model, prompt, created, value) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (key, outcome.model, outcome.prompt_version, time.time(), value),
                )
            except sqlite3.Error as error:
                self._fail(error)

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
            self._connection = None
            self._opened = False


def _decode(value: object) -> CachedOutcome | None:
    try:
        return _load(str(value))
    except (ValueError, KeyError, TypeError):
        return None
