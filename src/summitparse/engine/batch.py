"""Batch conversion: files, folders, datasets and standard input to JSON Lines.

One line per input, in input order: an :class:`~summitparse.models.Extraction` or an error line
``{"id", "source", "error": {"type", "message"}}``. Inputs are drawn lazily and lines are written
and flushed one at a time, so memory stays flat on any corpus and a killed run loses at most the
line it was writing.

``resume`` keeps the complete lines of an earlier run, cuts a torn last line (a run killed while
writing it) and skips, for each id, as many inputs as the output already holds lines for that id:
a run killed at any moment and resumed ends with exactly one line per input, duplicate ids
included.

Inputs (:func:`iter_sources`):

- ``-``: standard input, one article, id ``stdin`` (or a JSON Lines dataset with
  ``stdin_format="jsonl"``, ids ``stdin:N``);
- a dataset file (:data:`~summitparse.io.datasets.DATASET_SUFFIXES`), one article per record
  (:mod:`summitparse.io.datasets`);
- any other file: one article, id its name; ``.html`` / ``.htm`` converted to text;
- a folder: walked recursively for the article suffixes
  (:data:`~summitparse.io.articles.ARTICLE_SUFFIXES`) and WARC archives, sorted by name, ids
  relative to the folder;
- a ``.warc`` / ``.warc.gz`` archive, named or in a folder: one article per HTML response record,
  id its URI (:mod:`summitparse.io.warc`); what it skipped is a note in the summary.
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

from summitparse.engine.progress import BatchSummary, ProgressBar
from summitparse.errors import InputError
from summitparse.extractor import Extractor
from summitparse.io.articles import (
    Article,
    BadInput,
    InputItem,
    decode_article,
    discover,
    is_warc_name,
)
from summitparse.io.datasets import DEFAULT_FIELDS, Fields, is_dataset, iter_dataset, iter_jsonl
from summitparse.io.warc import iter_warc
from summitparse.models import Extraction, ExtractionError

__all__ = [
    "STDIN",
    "BatchJob",
    "BatchSummary",
    "completed_ids",
    "count_inputs",
    "iter_sources",
    "open_output",
    "run_batch",
    "to_json_line",
]

STDIN = "-"
STDIN_ID = "stdin"

Source = InputItem | Article | BadInput


def _stdin_article(published: dt.date | None, max_bytes: int | None) -> Article | BadInput:
    """Standard input as one article, read when its turn comes."""
    data = sys.stdin.buffer.read() if max_bytes is None else sys.stdin.buffer.read(max_bytes + 1)
    try:
        if max_bytes is not None and len(data) > max_bytes:
            raise InputError(
                f"standard input is over the limit of {max_bytes:,} bytes",
                article_id=STDIN_ID,
                source=STDIN,
            )
        text = decode_article(data, article_id=STDIN_ID, source=STDIN)
    except InputError as error:
        return BadInput.from_error(error, STDIN_ID, STDIN)
    return Article(text=text, id=STDIN_ID, source=STDIN, published=published)


def iter_sources(
    paths: Iterable[str],
    *,
    fields: Fields = DEFAULT_FIELDS,
    published: dt.date | None = None,
    max_bytes: int | None = None,
    stdin_format: str = "text",
    page_dates: bool = True,
    notes: list[str] | None = None,
) -> Iterator[Source]:
    """Inputs in order, lazily: files as given, folders walked sorted, datasets record by record.

    ``stdin_format="jsonl"`` reads standard input as a JSON Lines dataset (ids ``stdin:N``), so
    ``jq … | summitparse extract - --stdin-format jsonl`` streams records through. WARC archives
    are read record by record here, and append what they skipped to ``notes``.
    """
    for path in paths:
        if path == STDIN and stdin_format == "jsonl":
            yield from iter_jsonl(
                sys.stdin.buffer, STDIN_ID, STDIN, fields, published, max_bytes, page_dates
            )
        elif path == STDIN:
            yield _stdin_article(published, max_bytes)
        elif is_dataset(Path(path)):
            yield from iter_dataset(
                Path(path),
                fields=fields,
                published=published,
                max_bytes=max_bytes,
                page_dates=page_dates,
            )
        else:
            for item in discover([path]):
                if is_warc_name(item.path.name) and item.path.is_file():
                    yield from iter_warc(
                        item.path,
                        published=published,
                        max_bytes=max_bytes,
                        page_dates=page_dates,
                        notes=notes,
                    )
                else:
                    yield item


def count_inputs(paths: Iterable[str]) -> int | None:
    """How many inputs there will be (for the progress bar); ``None`` when it cannot tell cheaply.

    Walks folders (names only) and counts the non-blank lines of JSON Lines files; a ``.json``
    array would have to be parsed, so its presence makes the total unknown.
    """
    total = 0
    for path in paths:
        if path == STDIN:
            total += 1
        elif is_dataset(Path(path)):
            if Path(path).suffix.lower() == ".json":
                return None
            total += _count_lines(Path(path))
        else:
            items = list(discover([path]))
            if any(is_warc_name(item.path.name) for item in items):
                return None  # counting an archive's pages means reading it
            total += len(items)
    return total


def _count_lines(path: Path) -> int:
    try:
        with path.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 1  # the one error line it will give


def completed_ids(out: Path) -> Counter[str]:
    """How many lines ``out`` holds per id; a torn (unterminated) last line is cut off first.

    Only the last line can be torn (lines are written whole and flushed), so a bad line in the
    middle is left alone and its article is extracted again.
    """
    if not out.exists():
        return Counter()
    ids: Counter[str] = Counter()
    keep = 0
    with out.open("rb") as handle:
        for raw in handle:
            if not raw.endswith(b"\n"):
                break
            keep += len(raw)
            record_id = _line_id(raw)
            if record_id is not None:
                ids[record_id] += 1
    if keep != out.stat().st_size:
        with out.open("r+b") as handle:
            handle.truncate(keep)
    return ids


def _line_id(raw: bytes) -> str | None:
    try:
        record = json.loads(raw)
    except ValueError:
        return None
    if isinstance(record, dict) and isinstance(record.get("id"), str):
        return str(record["id"])
    return None


def to_json_line(result: Extraction | ExtractionError, *, include_text: bool = False) -> str:
    """One JSON line (no trailing newline); the article text only when asked for."""
    exclude = None if include_text or isinstance(result, ExtractionError) else {"text"}
    return result.model_dump_json(exclude=exclude, exclude_none=False)


def _skipping(
    items: Iterable[Source], skip: Counter[str], summary: BatchSummary, bar: ProgressBar
) -> Iterator[Source]:
    """``items`` without those already in the output (one skip per line written before)."""
    for item in items:
        if skip[item.id] > 0:
            skip[item.id] -= 1
            summary.skipped += 1
            bar.advance()
            continue
        yield item


def run_batch(
    paths: Iterable[str],
    *,
    extractor: Extractor,
    out: IO[str],
    concurrency: int = 8,
    published: dt.date | None = None,
    skip_ids: Counter[str] | set[str] | None = None,
    include_text: bool = False,
    fields: Fields = DEFAULT_FIELDS,
    bar: ProgressBar | None = None,
    stdin_format: str = "text",
) -> BatchSummary:
    """Extract every input and write one line each to ``out``, in input order, flushed."""
    summary = BatchSummary()
    bar = bar or ProgressBar(None, enabled=False)
    sources = iter_sources(
        paths,
        fields=fields,
        published=published,
        max_bytes=extractor.settings.max_bytes,
        stdin_format=stdin_format,
        page_dates=extractor.settings.page_dates,
        notes=summary.notes,
    )
    items = _skipping(sources, Counter(skip_ids or ()), summary, bar)
    results = extractor.extract_many(
        items, concurrency=concurrency, published=published, include_text=include_text
    )
    for result in results:
        out.write(to_json_line(result, include_text=include_text) + "\n")
        out.flush()
        summary.add(result)
        bar.advance(failed=isinstance(result, ExtractionError))
    return summary


def open_output(path: str | None, *, resume: bool) -> tuple[IO[str], Counter[str]]:
    """The output stream (stdout for ``None`` or ``-``) and the ids to skip when resuming."""
    if path is None or path == STDIN:
        return sys.stdout, Counter()
    target = Path(path)
    done = completed_ids(target) if resume else Counter()
    if target.parent and not target.parent.exists():
        os.makedirs(target.parent, exist_ok=True)
    handle = target.open("a" if resume else "w", encoding="utf-8", newline="\n")
    return handle, done


@dataclass
class BatchJob:
    """One ``summitparse extract`` run: where to read, where to write, how to show progress."""

    paths: list[str]
    extractor: Extractor
    output: str | None = None
    concurrency: int = 8
    published: dt.date | None = None
    resume: bool = False
    include_text: bool = False
    fields: Fields = field(default_factory=Fields)
    progress: bool | None = None  # None: when standard error is a terminal
    stdin_format: str = "text"  # or "jsonl"

    def run(self) -> BatchSummary:
        """Write the JSON Lines and return what happened; the output file is closed after."""
        stream, done = open_output(self.output, resume=self.resume)
        show = sys.stderr.isatty() if self.progress is None else self.progress
        total = count_inputs(self.paths) if show and STDIN not in self.paths else None
        try:
            with ProgressBar(total, enabled=show) as bar:
                return run_batch(
                    self.paths,
                    extractor=self.extractor,
                    out=stream,
                    concurrency=self.concurrency,
                    published=self.published,
                    skip_ids=done,
                    include_text=self.include_text,
                    fields=self.fields,
                    bar=bar,
                    stdin_format=self.stdin_format,
                )
        finally:
            if stream is not sys.stdout:
                stream.close()
