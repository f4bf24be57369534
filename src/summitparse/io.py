"""Reading articles: files, folders and standard input, with clear errors for bad input.

A file is read as UTF-8 bytes and decoded as-is: no newline translation, no stripping, so offsets
in the output refer to exactly the characters a user gets from
``open(path, encoding="utf-8", newline="").read()``. Binary data (NUL bytes), other encodings,
empty files and files over the size limit raise an :class:`~summitparse.errors.InputError`
subclass whose message says what is wrong, so a batch can write it as one error line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from summitparse.errors import (
    ArticleNotFoundError,
    ArticleTooLargeError,
    DecodeError,
    EmptyTextError,
    InputError,
)

__all__ = [
    "ARTICLE_SUFFIXES",
    "Article",
    "InputItem",
    "check_text",
    "decode_article",
    "discover",
    "read_article",
    "text_id",
]

ARTICLE_SUFFIXES = frozenset({".txt", ".md"})


@dataclass(frozen=True, slots=True)
class Article:
    """One article to extract: its text and where it came from."""

    text: str
    id: str
    source: str | None = None
    published: dt.date | None = None


@dataclass(frozen=True, slots=True)
class InputItem:
    """A path found by :func:`discover`, with the id it will carry in the output."""

    path: Path
    id: str


def text_id(text: str) -> str:
    """A stable id for a text given without one: a short hash of its content."""
    return "sha1-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def check_text(text: str, *, article_id: str | None = None, source: str | None = None) -> str:
    """Return ``text`` if it can be extracted, else raise the matching :class:`InputError`."""
    if not isinstance(text, str):
        raise InputError(
            f"expected the article as str, got {type(text).__name__}",
            article_id=article_id,
            source=source,
        )
    if not text.strip():
        what = "empty" if not text else "only white space"
        raise EmptyTextError(f"the article is {what}", article_id=article_id, source=source)
    if "\x00" in text:
        raise DecodeError(
            "the article holds NUL bytes: binary data, not text",
            article_id=article_id,
            source=source,
        )
    return text


def decode_article(data: bytes, *, article_id: str | None = None, source: str | None = None) -> str:
    """Decode UTF-8 bytes (a BOM is kept as a character: offsets count it) or raise."""
    if b"\x00" in data[:8192] or b"\x00" in data:
        raise DecodeError(
            "binary file (NUL bytes), not a text article", article_id=article_id, source=source
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DecodeError(
            f"not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}); "
            "convert the file to UTF-8",
            article_id=article_id,
            source=source,
        ) from None
    return check_text(text, article_id=article_id, source=source)


def read_article(
    path: str | os.PathLike[str],
    *,
    article_id: str | None = None,
    max_bytes: int | None = None,
    published: dt.date | None = None,
) -> Article:
    """Read one article file; the id defaults to the file name."""
    path = Path(path)
    source = str(path)
    article_id = article_id or path.name
    try:
        if path.is_dir():
            problem = (
                "is a directory, not an article file"
                if os.access(path, os.R_OK | os.X_OK)
                else "folder cannot be listed: permission denied"
            )
            raise ArticleNotFoundError(problem, article_id=article_id, source=source)
        if not path.exists():
            raise ArticleNotFoundError("no such file", article_id=article_id, source=source)
        if not path.is_file():
            raise ArticleNotFoundError("not a regular file", article_id=article_id, source=source)
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise ArticleTooLargeError(
                f"{size:,} bytes is over the limit of {max_bytes:,} bytes",
                article_id=article_id,
                source=source,
            )
        data = path.read_bytes()
    except PermissionError:
        raise InputError("permission denied", article_id=article_id, source=source) from None
    except OSError as error:
        raise InputError(
            f"cannot read: {error.strerror or error}", article_id=article_id, source=source
        ) from None
    text = decode_article(data, article_id=article_id, source=source)
    return Article(text=text, id=article_id, source=source, published=published)


def discover(paths: Iterable[str | os.PathLike[str]]) -> Iterator[InputItem]:
    """Expand files and folders into article paths, in a stable order.

    A folder is walked recursively and yields its ``.txt`` and ``.md`` files in sorted order,
    each with its path relative to that folder as id; a file named directly is taken whatever
    its suffix, with its name as id. A folder that happens to be called ``x.txt`` is recursed.
    Unreadable sub-folders are not skipped silently: they are yielded, and reading them then
    gives the error line.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, path)
        else:
            yield InputItem(path=path, id=path.name)


def _walk(root: Path, folder: Path) -> Iterator[InputItem]:
    try:
        entries = sorted(folder.iterdir(), key=lambda entry: entry.name)
    except OSError:
        yield InputItem(path=folder, id=folder.relative_to(root).as_posix() or folder.name)
        return
    for entry in entries:
        if entry.is_dir():
            yield from _walk(root, entry)
        elif entry.suffix.lower() in ARTICLE_SUFFIXES:
            yield InputItem(path=entry, id=entry.relative_to(root).as_posix())
