"""What ``summitparse events`` and ``summitparse eval --events`` do, apart from option parsing.

Exit status as for ``extract``: 0 every line used, 1 some lines skipped (each named on standard
error, up to twenty, then counted), 2 usage error (no such file, unknown format, pyarrow
missing for Parquet, an output that is an input or cannot be written).

The output (and the mentions table beside it) is checked as ``extract`` checks its own
(:mod:`summitparse.io.paths`): by the file it is, so no spelling or link of an input is ever
opened for writing, and a folder or an unwritable path is a message, not a traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TextIO

from summitparse.errors import ConfigurationError
from summitparse.events.exports import mentions_path, write_events
from summitparse.events.exports.writers import FORMATS, require_pyarrow
from summitparse.events.reading import InputStats, read_extractions
from summitparse.events.resolution import resolve_extractions
from summitparse.events.scoring import load_clusters, score_clusters
from summitparse.io.paths import output_path, refuse_inputs

__all__ = ["EXIT_OK", "EXIT_SOME_SKIPPED", "EXIT_USAGE", "run_eval", "run_events"]

EXIT_OK, EXIT_SOME_SKIPPED, EXIT_USAGE = 0, 1, 2


def _error(message: str, err: TextIO) -> int:
    err.write(f"summitparse: error: {message}\n")
    return EXIT_USAGE


def run_events(
    inputs: list[str],
    output: str | None,
    fmt: str,
    *,
    err: TextIO | None = None,
    out: TextIO | None = None,
    quiet: bool = False,
) -> int:
    """Resolve the extractions in ``inputs`` and write the events; return the exit status."""
    err = err or sys.stderr
    out = out or sys.stdout
    if fmt not in FORMATS:
        return _error(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}", err)
    missing = [p for p in inputs if not Path(p).is_file()]
    if missing:
        return _error(f"no such file: {missing[0]}", err)
    if fmt in ("csv", "parquet") and output is None:
        return _error(f"--format {fmt} writes two tables: give -o PATH", err)
    if output == "-" and fmt in ("jsonl", "plover"):
        output = None
    try:
        if fmt == "parquet":
            require_pyarrow()
        target = _checked_output(inputs, output, fmt)
    except ConfigurationError as exc:
        return _error(str(exc), err)
    stats = InputStats()
    events = resolve_extractions(read_extractions(inputs, stats))
    try:
        n = write_events(events, target if target is not None else out, fmt)
    except OSError as exc:
        return _error(f"-o {output}: {exc.strerror or exc}", err)
    for message in stats.messages:
        err.write(f"summitparse: {message}\n")
    if stats.n_skipped > len(stats.messages):
        err.write(f"summitparse: … and {stats.n_skipped - len(stats.messages)} more skipped\n")
    if not quiet:
        err.write(f"summitparse: {stats.summary()}; {n} events\n")
    return EXIT_SOME_SKIPPED if stats.n_skipped else EXIT_OK


def _checked_output(inputs: list[str], output: str | None, fmt: str) -> Path | None:
    """The real path to write (and, for tables, the mentions table's), refused when it is an
    input or cannot be a file; its folder is made here."""
    if output is None:
        return None
    target = output_path(output)
    refuse_inputs(inputs, target, shown=f"-o {output}")
    if fmt in ("csv", "parquet"):
        mentions = mentions_path(target)
        refuse_inputs(inputs, output_path(str(mentions)), shown=f"the mentions table {mentions}")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigurationError(f"-o {output}: {exc.strerror or exc}") from None
    return target


def run_eval(
    gold: str, pred: str, *, as_json: bool, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Score predicted events against gold clusters (B-cubed, pairwise); print the scores."""
    err = err or sys.stderr
    out = out or sys.stdout
    for path in (gold, pred):
        if not Path(path).is_file():
            return _error(f"no such file: {path}", err)
    try:
        report = score_clusters(load_clusters(gold), load_clusters(pred))
    except (ValueError, KeyError, TypeError) as exc:
        return _error(f"cannot read clusters: {exc!r}", err)
    out.write((json.dumps(report.to_dict(), indent=2) if as_json else report.format()) + "\n")
    return EXIT_OK
