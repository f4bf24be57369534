"""``summitparse review``: read an output file, write its page, never over a file it reads."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from summitparse.errors import ConfigurationError
from summitparse.io.paths import output_path, same_file
from summitparse.review.entries import ArticleEntry, load_entries
from summitparse.review.render import render_page, summary

EXIT_OK, EXIT_USAGE = 0, 2


def review_command(
    pred: Path, *, text_from: Path | None, output: Path, source_roots: Sequence[Path] = ()
) -> int:
    """Write the review page for ``pred`` to ``output``; return the exit status (0 or 2).

    The page never replaces a file it reads: its own input (``review out.jsonl -o out.jsonl``,
    or any link to it) or an article whose text it shows. The output is checked as ``extract``
    checks its own (:func:`~summitparse.io.paths.output_path`): a FIFO, a folder or a path
    under a file is a usage error, not a hang or a traceback.
    """
    if not pred.is_file():
        return _fail(f"{pred}: no such file")
    if text_from is not None and not text_from.is_dir():
        return _fail(f"{text_from}: not a folder (--text-from)")
    for root in source_roots:
        if not root.is_dir():
            return _fail(f"{root}: not a folder (--allow-source-root)")
    try:
        target = output_path(str(output))
    except ConfigurationError as error:
        return _fail(error.message)
    if same_file(pred, target):
        return _fail(f"-o {output} is the JSON Lines being reviewed; writing it would destroy it")
    try:
        with pred.open(encoding="utf-8", errors="replace", newline="") as stream:
            entries = load_entries(stream, text_from=text_from, source_roots=source_roots)
        for entry in entries:
            if isinstance(entry, ArticleEntry) and _read_from(entry, target):
                return _fail(
                    f"-o {output} is the article {entry.id} shows its text from; "
                    "writing the page there would destroy it"
                )
        page = render_page(entries, title=f"summitparse review: {pred.name}")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page, encoding="utf-8")
    except OSError as error:
        return _fail(f"{error.filename or output}: {error.strerror or error}")
    print(f"summitparse: {summary(entries)}; wrote {output}", file=sys.stderr)
    return EXIT_OK


def _read_from(entry: ArticleEntry, target: Path) -> bool:
    """True when the entry's text was read from the file ``target``."""
    return entry.text is not None and same_file(entry.origin, target)


def _fail(message: str) -> int:
    print(f"summitparse: error: {message}", file=sys.stderr)
    return EXIT_USAGE
