"""``summitparse review``: read an output file, write its page, never over a file it reads."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from summitparse.review.entries import load_entries
from summitparse.review.render import render_page, summary

EXIT_OK, EXIT_USAGE = 0, 2


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def review_command(
    pred: Path, *, text_from: Path | None, output: Path, source_roots: Sequence[Path] = ()
) -> int:
    """Write the review page for ``pred`` to ``output``; return the exit status (0 or 2).

    The page never replaces its own input (``review out.jsonl -o out.jsonl``, or a link to it).
    """
    if not pred.is_file():
        return _fail(f"{pred}: no such file")
    if text_from is not None and not text_from.is_dir():
        return _fail(f"{text_from}: not a folder (--text-from)")
    for root in source_roots:
        if not root.is_dir():
            return _fail(f"{root}: not a folder (--allow-source-root)")
    if output.is_dir():
        return _fail(f"-o {output}: is a folder; name the page file inside it")
    if _same_file(pred, output):
        return _fail(f"-o {output} is the JSON Lines being reviewed; writing it would destroy it")
    try:
        with pred.open(encoding="utf-8", errors="replace", newline="") as stream:
            entries = load_entries(stream, text_from=text_from, source_roots=source_roots)
        page = render_page(entries, title=f"summitparse review: {pred.name}")
        output.write_text(page, encoding="utf-8")
    except OSError as error:
        return _fail(f"{error.filename or output}: {error.strerror or error}")
    print(f"summitparse: {summary(entries)}; wrote {output}", file=sys.stderr)
    return EXIT_OK


def _fail(message: str) -> int:
    print(f"summitparse: error: {message}", file=sys.stderr)
    return EXIT_USAGE
