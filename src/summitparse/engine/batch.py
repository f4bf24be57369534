"""Batch conversion: files, folders, datasets and standard input to JSON Lines.

One line per input, in input order: an :class:`~summitparse.models.Extraction` or an error line
``{"id", "source", "error": {"type", "message"}}``. Inputs are drawn lazily and lines are written
and flushed one at a time, so memory stays flat on any corpus and a killed run loses at most the
line it was writing.

``resume`` keeps the lines of an earlier run that are results, redoes those that failed for a
reason that may have gone, and leaves the file with one line per input in input order; the
output is never an input, and one run at a time writes it (:mod:`summitparse.engine.output`).

A run whose LLM fails for :data:`STOP_AFTER` articles in a row for the same lasting reason (a
refused key, an unknown model, an endpoint that cannot be reached: :data:`LASTING_FAILURES`)
stops there with that reason (:attr:`BatchSummary.stopped`) rather than send one failing request
per remaining article; ``--resume`` after the fix redoes those articles.

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

With several paths, ids are relative to the folder that holds them all
(:func:`~summitparse.io.articles.id_base`), so ``dA/x.txt`` and ``dB/x.txt`` stay apart.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from summitparse.engine.items import internal_error_line
from summitparse.engine.local import DEFAULT_TIME_CAP, run_many
from summitparse.engine.output import (
    Output,
    OutputError,
    OutputLock,
    check_paths,
    compact,
    open_locked,
    scan_output,
)
from summitparse.engine.progress import BatchSummary, ProgressBar
from summitparse.errors import InputError
from summitparse.extractor import Extractor
from summitparse.io.articles import (
    Article,
    BadInput,
    InputItem,
    decode_article,
    discover,
    distinct_ids,
    id_base,
    is_warc_name,
    relative_id,
)
from summitparse.io.datasets import (
    DEFAULT_FIELDS,
    Fields,
    LineTooLong,
    is_dataset,
    iter_dataset,
    iter_jsonl,
    line_limit,
    read_lines,
)
from summitparse.io.paths import output_path
from summitparse.io.warc import iter_warc
from summitparse.models import Extraction, ExtractionError

__all__ = [
    "LASTING_FAILURES",
    "STDIN",
    "STOP_AFTER",
    "BatchJob",
    "BatchSummary",
    "OutputError",
    "appended_output",
    "completed_ids",
    "count_inputs",
    "iter_sources",
    "open_output",
    "run_batch",
    "to_json_line",
]

STDIN = "-"
STDIN_ID = "stdin"

#: Fallback kinds that will not go away by themselves within a run.
LASTING_FAILURES = frozenset({"auth", "not_found", "unreachable"})
#: How many articles in a row must fail alike, for a lasting reason, to stop a run. More than one,
#: so one odd answer from a proxy does not stop a corpus; few, so a wrong key costs few requests.
STOP_AFTER = 5

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
    skip: Callable[[Path], bool] | None = None,
) -> Iterator[Source]:
    """Inputs in order, lazily: files as given, folders walked sorted, datasets record by record.

    ``stdin_format="jsonl"`` reads standard input as a JSON Lines dataset (ids ``stdin:N``), so
    ``jq … | summitparse extract - --stdin-format jsonl`` streams records through. WARC archives
    are read record by record here, and append what they skipped to ``notes``. ``skip`` leaves
    out files found in folders (the output itself, when it lies in an input folder).

    Every input gets its own id (:func:`~summitparse.io.articles.distinct_ids`): the first
    holder of an id keeps it, a later one becomes ``id#2``.
    """
    return distinct_ids(
        _sources(list(paths), fields, published, max_bytes, stdin_format, page_dates, notes, skip)
    )


def _sources(
    paths: list[str],
    fields: Fields,
    published: dt.date | None,
    max_bytes: int | None,
    stdin_format: str,
    page_dates: bool,
    notes: list[str] | None,
    skip: Callable[[Path], bool] | None,
) -> Iterator[Source]:
    base = id_base(paths)
    for path in paths:
        if path == STDIN and stdin_format == "jsonl":
            yield from iter_jsonl(
                sys.stdin.buffer, STDIN_ID, STDIN, fields, published, max_bytes, page_dates
            )
        elif path == STDIN:
            yield _stdin_article(published, max_bytes)
        elif is_dataset(Path(path)):
            name = relative_id(Path(path), base, Path(path).name)
            yield from iter_dataset(
                Path(path),
                fields=fields,
                published=published,
                max_bytes=max_bytes,
                page_dates=page_dates,
                name=name,
            )
        else:
            for item in discover([path], base=base):
                if skip is not None and skip(item.path):
                    continue
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
    """Non-blank lines of a regular file, none held whole (a device would never end)."""
    try:
        if not os.path.isfile(path):
            return 1
        with path.open("rb") as handle:
            return sum(
                1
                for line in read_lines(handle, line_limit(None))
                if isinstance(line, LineTooLong) or line.strip()
            )
    except OSError:
        return 1  # the one error line it will give


def completed_ids(out: Path) -> Counter[str]:
    """How many lines ``out`` holds per id that a resume keeps; a torn last line is cut first."""
    previous = scan_output(out)
    return Counter({line_id: len(kept) for line_id, kept in previous.keep.items() if kept})


def to_json_line(result: Extraction | ExtractionError, *, include_text: bool = False) -> str:
    """One JSON line (no trailing newline); the article text only when asked for.

    Never raises: a result that cannot be serialised (a bug) becomes its error line.
    """
    exclude = None if include_text or isinstance(result, ExtractionError) else {"text"}
    try:
        return result.model_dump_json(exclude=exclude, exclude_none=False)
    except Exception as error:
        return internal_error_line(result.id, result.source, error).model_dump_json()


class _Watch:
    """Stops a run whose LLM keeps failing alike for a lasting reason (see :data:`STOP_AFTER`)."""

    def __init__(self) -> None:
        self.kind: str | None = None
        self.reason = ""
        self.streak = 0

    def stop(self, result: Extraction | ExtractionError) -> bool:
        if isinstance(result, ExtractionError):
            return False  # a bad input says nothing about the endpoint
        meta = result.meta
        kind = meta.fallback_kind if meta.fallback else None
        if kind is None and meta.backend == "rules" and not meta.fallback:
            return False  # the rules backend: no LLM was asked
        if kind in LASTING_FAILURES and (kind == self.kind or self.streak == 0):
            self.kind, self.reason = kind, meta.fallback or ""
            self.streak += 1
        else:
            self.kind, self.streak = None, 0
        return self.streak >= STOP_AFTER


def _resumed(
    items: Iterable[Source], target: Output, summary: BatchSummary, bar: ProgressBar
) -> Iterator[Source]:
    """``items`` without those whose line an earlier run left to keep (copied in place instead);
    those it left to redo are counted by reason."""
    previous = target.previous
    for item in items:
        found = previous.take(item.id)
        if isinstance(found, tuple):
            target.keep(found)
            summary.skipped += 1
            summary.kept_failed += found[0] in previous.failed
            bar.advance()
            continue
        if found is not None:
            summary.redone[found] += 1
        target.reserve()
        yield item


def run_batch(
    paths: Iterable[str],
    *,
    extractor: Extractor,
    out: IO[str] | Output,
    concurrency: int = 8,
    published: dt.date | None = None,
    skip_ids: Counter[str] | set[str] | None = None,
    include_text: bool = False,
    fields: Fields = DEFAULT_FIELDS,
    bar: ProgressBar | None = None,
    stdin_format: str = "text",
    time_cap: float | None = DEFAULT_TIME_CAP,
) -> BatchSummary:
    """Extract every input and write one line each to ``out``, in input order, flushed.

    ``out`` is a stream, or an :class:`~summitparse.engine.output.Output` file (which resumes
    and stays out of the inputs). ``time_cap`` bounds the seconds one article may take
    (:func:`~summitparse.engine.local.run_many`).
    """
    summary = BatchSummary()
    bar = bar or ProgressBar(None, enabled=False)
    target = out if isinstance(out, Output) else None
    sources: Iterable[Source] = iter_sources(
        paths,
        fields=fields,
        published=published,
        max_bytes=extractor.settings.max_bytes,
        stdin_format=stdin_format,
        page_dates=extractor.settings.page_dates,
        notes=summary.notes,
        skip=target.is_output if target is not None else None,
    )
    if target is not None:
        sources = _resumed(sources, target, summary, bar)
    items = _skipping(sources, Counter(skip_ids or ()), summary, bar)
    write = target.write if target is not None else _writer(out)  # type: ignore[arg-type]
    watch = _Watch()
    results = run_many(extractor, items, concurrency, published, include_text, time_cap=time_cap)
    try:
        for result in results:
            write(to_json_line(result, include_text=include_text))
            summary.add(result)
            bar.advance(failed=isinstance(result, ExtractionError))
            if watch.stop(result):
                summary.stopped = f"{watch.kind}: {watch.reason}"
                break
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()  # cancel what is in flight, now, not when the generator is collected
    return summary


def _writer(stream: IO[str]) -> Callable[[str], None]:
    def write(line: str) -> None:
        try:
            stream.write(line + "\n")
            stream.flush()
        except OSError as error:
            name = getattr(stream, "name", "the output")
            raise OutputError(f"cannot write {name}: {error.strerror or error}") from None

    return write


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


def open_output(path: str | None, *, resume: bool) -> tuple[IO[str], Counter[str]]:
    """The output stream (stdout for ``None`` or ``-``) and the ids to skip when resuming.

    For engines that append only (Ray): the lines a resume keeps are skipped and new lines are
    appended; :func:`appended_output` adds the lock and the clean-up a run needs. The local
    engine uses :class:`~summitparse.engine.output.Output` instead.
    """
    if path is None or path == STDIN:
        return sys.stdout, Counter()
    target = output_path(path)
    handle = open_locked(target, append=resume)
    try:
        previous = scan_output(target, strict=True) if resume else None
    except BaseException:
        handle.close()
        raise
    done = (
        Counter({line_id: len(kept) for line_id, kept in previous.keep.items() if kept})
        if previous is not None
        else Counter()
    )
    return handle, done


@contextlib.contextmanager
def appended_output(path: str | None, *, resume: bool) -> Iterator[tuple[IO[str], Counter[str]]]:
    """:func:`open_output` for a whole run: the output locked as the local engine locks it, and
    after a resumed run that ended, the failed lines its redone inputs replaced dropped
    (:func:`~summitparse.engine.output.compact`), so one id keeps one line."""
    if path is None or path == STDIN:
        yield sys.stdout, Counter()
        return
    with OutputLock(output_path(path)) as lock:
        stream, done = open_output(path, resume=resume)
        try:
            yield stream, done
        finally:
            stream.close()
        if resume:
            compact(lock.output)


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
    time_cap: float | None = DEFAULT_TIME_CAP

    def run(self) -> BatchSummary:
        """Write the JSON Lines and return what happened; the output file is closed after.

        The inputs and the output are checked before the output is opened
        (:func:`~summitparse.engine.output.check_paths`: a usage error raises
        :class:`~summitparse.errors.ConfigurationError`), and the output is locked while written.
        """
        real = check_paths(self.paths, self.output, resume=self.resume)
        if real is None:
            return self._run(sys.stdout)
        with OutputLock(real):
            target = Output(real, resume=self.resume)
            try:
                summary = self._run(target)
            except BaseException:
                target.close()
                raise
            summary.unreadable = target.previous.unreadable
            summary.leftover = target.finish(complete=summary.stopped is None)
            return summary

    def _run(self, out: IO[str] | Output) -> BatchSummary:
        show = sys.stderr.isatty() if self.progress is None else self.progress
        total = count_inputs(self.paths) if show and STDIN not in self.paths else None
        with ProgressBar(total, enabled=show) as bar:
            return run_batch(
                self.paths,
                extractor=self.extractor,
                out=out,
                concurrency=self.concurrency,
                published=self.published,
                include_text=self.include_text,
                fields=self.fields,
                bar=bar,
                stdin_format=self.stdin_format,
                time_cap=self.time_cap,
            )
