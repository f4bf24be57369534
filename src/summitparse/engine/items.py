"""What a batch hands the extractor, and the one way an item becomes an error line.

An item is article text, a path, an :class:`~summitparse.io.articles.Article` already read, an
:class:`~summitparse.io.articles.InputItem` found in a folder, or a
:class:`~summitparse.io.articles.BadInput` already known to be bad. Whatever goes wrong with an
item — bad input, a backend error, a bug, a worker process that died — costs that item one
:class:`~summitparse.models.ExtractionError` line, built here and nowhere else, so every engine
(local processes, the event loop, Ray) writes the same line for the same failure.
"""

from __future__ import annotations

import os
from pathlib import Path

from summitparse.errors import SummitparseError
from summitparse.io.articles import ARTICLE_SUFFIXES, Article, BadInput, InputItem, text_id
from summitparse.io.datasets import DATASET_SUFFIXES
from summitparse.models import ErrorInfo, Extraction, ExtractionError, escape_surrogates

__all__ = [
    "ARTICLE_TIMEOUT",
    "WORKER_CRASHED",
    "Item",
    "Result",
    "bad_input_line",
    "error_line",
    "internal_error_line",
    "item_id",
    "item_source",
    "looks_like_path",
    "summitparse_error_line",
    "timeout_line",
    "worker_crashed_line",
]

Item = str | os.PathLike[str] | Article | InputItem | BadInput
Result = Extraction | ExtractionError

WORKER_CRASHED = "WorkerCrashed"
ARTICLE_TIMEOUT = "ArticleTimeout"

# A str item is read as a path only when it looks like one; anything with a line break or longer
# than this is article text.
_MAX_PATH_LENGTH = 1024
_PATH_SUFFIXES = tuple(ARTICLE_SUFFIXES | DATASET_SUFFIXES)


def looks_like_path(item: str) -> bool:
    """A str item names a file when it is one line that is an existing file, or that ends in
    an article suffix ("a.txt" that does not exist is a missing file, not the text "a.txt")."""
    if len(item) > _MAX_PATH_LENGTH or "\n" in item or item.strip() != item or not item:
        return False
    return item.lower().endswith(_PATH_SUFFIXES) or os.path.isfile(item)


def item_id(item: Item) -> str:
    """The id the item's line carries: its own, a file's name, or the hash of its text."""
    if isinstance(item, Article | InputItem | BadInput):
        return item.id
    if isinstance(item, os.PathLike) or (isinstance(item, str) and looks_like_path(item)):
        return escape_surrogates(Path(item).name)
    return text_id(item) if isinstance(item, str) else "unknown"


def item_source(item: Item) -> str | None:
    """Where the item came from (a path), or ``None`` for text given directly."""
    if isinstance(item, Article | BadInput):
        return item.source
    if isinstance(item, InputItem):
        return str(item.path)
    if isinstance(item, os.PathLike) or (isinstance(item, str) and looks_like_path(item)):
        return escape_surrogates(str(item))
    return None


def error_line(line_id: str, source: str | None, kind: str, message: str) -> ExtractionError:
    """The error line itself: every other constructor below ends here."""
    return ExtractionError(id=line_id, source=source, error=ErrorInfo(type=kind, message=message))


def summitparse_error_line(
    error: SummitparseError, line_id: str, source: str | None
) -> ExtractionError:
    """A summitparse error (bad input, a backend that failed for good) as the item's line; the
    error's own id and source, when it knows them, win over the item's."""
    return error_line(
        error.article_id or line_id, error.source or source, type(error).__name__, error.message
    )


def bad_input_line(bad: BadInput) -> ExtractionError:
    return error_line(bad.id, bad.source, bad.error_type, bad.message)


def internal_error_line(line_id: str, source: str | None, error: BaseException) -> ExtractionError:
    """A bug costs one line, never the rest of the batch; the type names the bug."""
    return error_line(line_id, source, type(error).__name__, f"internal error: {error}")


def worker_crashed_line(item: Item) -> ExtractionError:
    return error_line(
        item_id(item),
        item_source(item),
        WORKER_CRASHED,
        "the worker process died while extracting this article",
    )


def timeout_line(item: Item, seconds: float) -> ExtractionError:
    return error_line(
        item_id(item),
        item_source(item),
        ARTICLE_TIMEOUT,
        f"the article took longer than {seconds:g} s (--article-timeout) and was stopped",
    )
