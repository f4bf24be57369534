"""Batch conversion: files, folders and standard input to JSON Lines.

One line per input, in input order: an :class:`~summitparse.models.Extraction` or an error line
``{"id", "source", "error": {"type", "message"}}``. Lines are written and flushed one at a time,
so a killed run loses at most the line it was writing; ``resume`` keeps the complete lines of an
earlier run, repairs a torn last line and skips the ids already written.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from summitparse.errors import SummitparseError
from summitparse.extractor import Extractor, error_result, ordered_map
from summitparse.io import Article, InputItem, decode_article, discover, read_article
from summitparse.models import Extraction, ExtractionError

__all__ = ["BatchSummary", "Source", "completed_ids", "iter_sources", "run_batch"]

STDIN = "-"


@dataclass(frozen=True, slots=True)
class _Stdin:
    """Standard input as one article."""

    id: str = "stdin"


Source = InputItem | _Stdin


@dataclass
class BatchSummary:
    """What a run did: counts a user reads at the end."""

    articles: int = 0
    failed: int = 0
    skipped: int = 0
    fallbacks: int = 0
    records: Counter[str] = field(default_factory=Counter)

    def add(self, result: Extraction | ExtractionError) -> None:
        self.articles += 1
        if isinstance(result, ExtractionError):
            self.failed += 1
            return
        if result.meta.fallback:
            self.fallbacks += 1
        for name in ("summits", "agreements", "trade_figures", "quotes", "dates", "figures"):
            self.records[name] += len(getattr(result, name))


def iter_sources(paths: Iterable[str]) -> Iterator[Source]:
    """Inputs in order: ``-`` is standard input, files as given, folders walked sorted."""
    for path in paths:
        if path == STDIN:
            yield _Stdin()
        else:
            yield from discover([path])


def completed_ids(out: Path) -> set[str]:
    """Ids already written to ``out``; a torn (unterminated or unparsable) last line is cut off.

    Only the last line can be torn (lines are written whole and flushed), so a bad line in the
    middle is left alone and its article is extracted again.
    """
    if not out.exists():
        return set()
    data = out.read_bytes()
    keep = len(data)
    if data and not data.endswith(b"\n"):
        keep = data.rfind(b"\n") + 1
    ids: set[str] = set()
    for raw in data[:keep].splitlines():
        try:
            record = json.loads(raw)
        except ValueError:
            continue
        if isinstance(record, dict) and isinstance(record.get("id"), str):
            ids.add(record["id"])
    if keep != len(data):
        with out.open("r+b") as handle:
            handle.truncate(keep)
    return ids


def _extract_source(
    extractor: Extractor, source: Source, published: dt.date | None
) -> Extraction | ExtractionError:
    where = STDIN if isinstance(source, _Stdin) else str(source.path)
    try:
        if isinstance(source, _Stdin):
            text = decode_article(sys.stdin.buffer.read(), article_id=source.id, source=STDIN)
            article = Article(text=text, id=source.id, source=STDIN, published=published)
        else:
            article = read_article(
                source.path,
                article_id=source.id,
                max_bytes=extractor.settings.max_bytes,
                published=published,
            )
    except SummitparseError as error:
        return error_result(error, source.id, where)
    return extractor.extract_one(article)


def to_json_line(result: Extraction | ExtractionError, *, include_text: bool = False) -> str:
    """One JSON line (no trailing newline); the article text only when asked for."""
    exclude = None if include_text or isinstance(result, ExtractionError) else {"text"}
    return result.model_dump_json(exclude=exclude, exclude_none=False)


def run_batch(
    paths: Iterable[str],
    *,
    extractor: Extractor,
    out: IO[str],
    concurrency: int = 8,
    published: dt.date | None = None,
    skip_ids: set[str] | None = None,
) -> BatchSummary:
    """Extract every input and write one line each to ``out``, in input order."""
    summary = BatchSummary()
    skip = skip_ids or set()
    sources = (s for s in iter_sources(paths) if not (s.id in skip and _count_skip(summary)))
    workers = 1 if extractor.settings.backend == "rules" else concurrency
    for result in ordered_map(
        lambda source: _extract_source(extractor, source, published), sources, workers
    ):
        out.write(to_json_line(result) + "\n")
        out.flush()
        summary.add(result)
    return summary


def _count_skip(summary: BatchSummary) -> bool:
    summary.skipped += 1
    return True


def open_output(path: str | None, *, resume: bool) -> tuple[IO[str], set[str]]:
    """The output stream (stdout for ``None`` or ``-``) and the ids to skip when resuming."""
    if path is None or path == STDIN:
        return sys.stdout, set()
    target = Path(path)
    done = completed_ids(target) if resume else set()
    if target.parent and not target.parent.exists():
        os.makedirs(target.parent, exist_ok=True)
    handle = target.open("a" if resume else "w", encoding="utf-8", newline="\n")
    return handle, done
