"""Resolution: a stream of extractions in, one event per real-world summit or agreement out.

Three passes, none holding the corpus in memory:

1. Each extraction's summit and agreement records become compact mentions
   (:mod:`~summitparse.events.features`), written with their blocking key
   (:mod:`~summitparse.events.blocking`) to a temporary SQLite file; the extraction itself is
   dropped at once.
2. SQLite sorts them by key, then by the last day each can lie on.
3. Each key's mentions are swept in that order. An open cluster closes, and its event is
   yielded, once the sweep is past its last day by more than a horizon (400 days for summits,
   so that "last year's summit" still finds its event; four years for agreements, which pass
   from proposal to signature to force over years). Memory is bounded by the clusters open at
   once within one key, not by the corpus.

A mention joins the best-scoring open cluster that no rule vetoes
(:mod:`~summitparse.events.matching`); when a second cluster scores within the margin of the
best, the mention is left as its own event with the reason in ``Event.ambiguous``, and nothing
joins it. Events come out key by key, in the order they close; the same input gives the same
events and ids in any input order.
"""

from __future__ import annotations

import datetime as dt
import itertools
import pickle
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from summitparse.events.blocking import block_key
from summitparse.events.build import build_event
from summitparse.events.features import Mention, mentions_of
from summitparse.events.matching import AMBIGUITY_MARGIN, Cluster, score
from summitparse.events.model import Event
from summitparse.events.reading import InputStats, Item, iter_extractions
from summitparse.models import Extraction

__all__ = ["resolve_block", "resolve_events", "resolve_extractions", "sort_key"]

HORIZON = {"summit": dt.timedelta(days=400), "agreement": dt.timedelta(days=4 * 365 + 1)}
_UNDATED = "9999-12-31"


def sort_key(m: Mention) -> str:
    """Sweep order within a key: last possible day, then published, article and index."""
    day = m.hi.isoformat() if m.hi else _UNDATED
    published = m.published.isoformat() if m.published else _UNDATED
    return f"{day}|{published}|{m.article}|{m.kind}|{m.index:06d}"


def _describe(c: Cluster) -> str:
    first = c.mentions[0]
    what = first.name or first.body or "-".join(sorted(first.countries)[:4]) or first.kind
    return f"{what!r} ({first.article} {first.kind} {first.index})"


def resolve_block(mentions: Iterable[Mention], block: str) -> Iterator[Event]:
    """The events of one blocking key; ``mentions`` must come in :func:`sort_key` order."""
    open_clusters: list[Cluster] = []
    for m in mentions:
        if m.hi is not None:
            horizon = HORIZON[m.kind]
            still_open: list[Cluster] = []
            for c in open_clusters:
                if c.last is not None and c.last + horizon < m.hi:
                    yield build_event(c, block)
                else:
                    still_open.append(c)
            open_clusters = still_open
        scored = [(s, c) for c in open_clusters if (s := score(m, c)) is not None]
        scored.sort(key=lambda pair: -pair[0])
        if not scored:
            open_clusters.append(Cluster.of(m))
        elif len(scored) > 1 and scored[1][0] >= scored[0][0] - AMBIGUITY_MARGIN:
            why = f"fits {len(scored)} events about equally well: " + "; ".join(
                _describe(c) for _, c in scored[:3]
            )
            open_clusters.append(Cluster.of(m, ambiguous=why))
        else:
            scored[0][1].add(m)
    for c in open_clusters:
        yield build_event(c, block)


class _Spill:
    """Mentions on disk, sorted by SQLite: the one place the corpus size lands."""

    def __init__(self, folder: str) -> None:
        self._db = sqlite3.connect(str(Path(folder) / "mentions.sqlite3"))
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("CREATE TABLE m (block TEXT, sort TEXT, seq INTEGER, data BLOB)")
        self._buffer: list[tuple[str, str, int, bytes]] = []
        self._seq = 0

    def add(self, m: Mention) -> None:
        self._seq += 1
        data = pickle.dumps(m, protocol=pickle.HIGHEST_PROTOCOL)
        self._buffer.append((block_key(m), sort_key(m), self._seq, data))
        if len(self._buffer) >= 5000:
            self.flush()

    def flush(self) -> None:
        self._db.executemany("INSERT INTO m VALUES (?, ?, ?, ?)", self._buffer)
        self._buffer.clear()

    def blocks(self) -> Iterator[tuple[str, Iterator[Mention]]]:
        self.flush()
        rows = self._db.execute("SELECT block, data FROM m ORDER BY block, sort, seq")
        for block, group in itertools.groupby(rows, key=lambda row: str(row[0])):
            yield block, (pickle.loads(row[1]) for row in group)

    def close(self) -> None:
        self._db.close()


def resolve_events(
    extractions: Iterable[Item], *, stats: InputStats | None = None
) -> Iterator[Event]:
    """Resolve the summits and agreements of many articles into events.

    ``extractions``: :class:`~summitparse.Extraction` objects (e.g. from ``extract_many``), or
    the lines ``summitparse extract`` wrote (strings or parsed dicts). Error lines, lines from
    another version and malformed lines are skipped and counted in ``stats`` (an
    :class:`InputStats` you pass to read the counts afterwards), never raised.
    """
    stats = stats if stats is not None else InputStats()
    return resolve_extractions(iter_extractions(extractions, stats))


def resolve_extractions(extractions: Iterable[Extraction]) -> Iterator[Event]:
    """:func:`resolve_events` for extractions already read and counted (see ``reading``)."""
    with tempfile.TemporaryDirectory(prefix="summitparse-events-") as folder:
        spill = _Spill(folder)
        try:
            for extraction in extractions:
                for m in mentions_of(extraction):
                    spill.add(m)
            for block, members in spill.blocks():
                yield from resolve_block(members, block)
        finally:
            spill.close()
