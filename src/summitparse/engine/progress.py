"""What a batch tells its user on standard error: a live progress bar and a final summary.

The bar (rich) shows only when standard error is a terminal, so logs and pipes stay clean; the
summary is one short paragraph a user can paste into a ticket: articles, how many failed or fell
back to the rules, records per type, tokens and cache hits, elapsed time and rate.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from types import TracebackType
from typing import IO, TYPE_CHECKING

from summitparse.models import Extraction, ExtractionError
from summitparse.records import RECORD_TYPES

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

__all__ = ["BatchSummary", "ProgressBar"]


@dataclass
class BatchSummary:
    """What a run did: counts a user reads at the end."""

    articles: int = 0
    failed: int = 0
    skipped: int = 0
    fallbacks: int = 0
    cached: int = 0
    llm_articles: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    records: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)  # what inputs skipped (a WARC's non-pages)
    fallback_kinds: Counter[str] = field(default_factory=Counter)
    redone: Counter[str] = field(default_factory=Counter)
    unreadable: int = 0
    leftover: int = 0
    kept_failed: int = 0  # error lines of an earlier run that a resume kept
    stopped: str | None = None
    started: float = field(default_factory=time.perf_counter)
    elapsed: float = 0.0

    @property
    def llm_asked(self) -> int:
        """Articles the LLM was asked for: its own answers and its fallbacks."""
        return self.llm_articles + self.fallbacks

    @property
    def llm_mostly_failed(self) -> bool:
        """More than half the articles the LLM was asked for fell back to the rules, or the run
        was stopped for a lasting LLM failure: the output is not what the user asked for."""
        return self.stopped is not None or 2 * self.fallbacks > self.llm_asked > 0

    def add(self, result: Extraction | ExtractionError) -> None:
        self.articles += 1
        self.elapsed = time.perf_counter() - self.started
        if isinstance(result, ExtractionError):
            self.failed += 1
            self.errors[result.error.type] += 1
            return
        meta = result.meta
        if meta.fallback:
            self.fallbacks += 1
            self.fallback_kinds[meta.fallback_kind or "other"] += 1
        if meta.backend == "llm":
            self.llm_articles += 1
        usage = meta.usage or {}
        if usage.get("cached"):
            self.cached += 1
        else:
            self.prompt_tokens += int(usage.get("prompt_tokens") or 0)
            self.completion_tokens += int(usage.get("completion_tokens") or 0)
        for name in RECORD_TYPES:
            self.records[name] += len(getattr(result, name))

    def format(self) -> str:
        """The summary printed after a run."""
        rate = self.articles / self.elapsed if self.elapsed > 0 else 0.0
        lines = [
            f"summitparse: {self.articles} articles, {self.failed} failed, "
            f"{self.fallbacks} fell back to rules, {self.skipped} skipped "
            f"in {self.elapsed:.1f} s ({rate:.1f} articles/s)"
        ]
        if self.stopped is not None:
            lines.append(
                f"  STOPPED: the LLM failed for the last articles alike ({self.stopped}); "
                "nothing more was sent. Fix it, then rerun with --resume to redo them."
            )
        elif self.llm_mostly_failed:
            lines.append(
                f"  WARNING: the LLM failed for {self.fallbacks} of {self.llm_asked} articles "
                f"({_counts(self.fallback_kinds)}); their lines hold the rules' records. "
                "Fix it, then rerun with --resume to redo them."
            )
        if self.redone or self.unreadable or self.leftover:
            parts = [f"redid {sum(self.redone.values()):,}"]
            if self.redone:
                parts[0] += " (" + _counts(self.redone) + ")"
            if self.unreadable:
                parts.append(f"dropped {self.unreadable:,} unreadable lines")
            if self.leftover:
                parts.append(
                    f"kept {self.leftover:,} lines whose ids are not among these inputs, at the end"
                )
            lines.append("  resume: " + "; ".join(parts))
        if self.errors:
            lines.append("  errors: " + _counts(self.errors))
        lines.extend(f"  input: {note}" for note in self.notes)
        records = Counter({name: self.records[name] for name in RECORD_TYPES})
        lines.append("  records: " + _counts(records, keep_zero=True))
        if self.llm_articles or self.fallbacks:
            lines.append(
                f"  llm: {self.prompt_tokens:,} prompt + {self.completion_tokens:,} completion "
                f"tokens; {self.cached} of {self.llm_articles} answers from the cache"
            )
        return "\n".join(lines)


def _counts(counts: Counter[str], *, keep_zero: bool = False) -> str:
    return ", ".join(f"{n:,} {name}" for name, n in counts.items() if n or keep_zero)


class ProgressBar:
    """A rich progress bar on standard error, or nothing when it is not a terminal.

    rich is imported only when the bar shows, so a piped run starts faster.
    """

    def __init__(
        self, total: int | None, *, enabled: bool | None = None, stream: IO[str] | None = None
    ) -> None:
        stream = stream or sys.stderr
        self.enabled = stream.isatty() if enabled is None else enabled
        self._bar: Progress | None = None
        self._task: TaskID | None = None
        self._failed = 0
        if self.enabled:
            self._start(total, stream)

    def _start(self, total: int | None, stream: IO[str]) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._bar = Progress(
            TextColumn("[bold]summitparse"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[failed]} failed"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=Console(file=stream, force_terminal=True),
            transient=True,
        )
        self._task = self._bar.add_task("extract", total=total, failed=0)

    def advance(self, *, failed: bool = False) -> None:
        if self._bar is not None and self._task is not None:
            self._failed += failed
            self._bar.update(self._task, advance=1, failed=self._failed)

    def __enter__(self) -> ProgressBar:
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.stop()
