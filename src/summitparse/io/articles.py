"""Reading articles: files, folders and standard input, with clear errors for bad input.

Folders are walked recursively for ``.txt``, ``.md``, ``.html`` and ``.htm`` files and WARC
archives (read by :mod:`summitparse.io.warc`). An HTML file is reduced to its article's text
(:func:`summitparse.io.html.main_text`, or the plain converter without trafilatura) and the offsets
refer to that text, which ``--include-text`` writes into the output line; the page's own date
becomes ``published`` when none was given (``page_dates=False`` turns that off).

A file is read as UTF-8 bytes and decoded as-is: no newline translation, no stripping, so offsets
in the output refer to exactly the characters a user gets from
``open(path, encoding="utf-8", newline="").read()``. Binary data (NUL bytes), other encodings,
empty files and files over the size limit raise an :class:`~summitparse.errors.InputError`
subclass whose message says what is wrong, so a batch can write it as one error line.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import os
import re
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
from summitparse.io.html import PageText, main_text, main_text_extractor, plain_page
from summitparse.models import Page

__all__ = [
    "ARTICLE_SUFFIXES",
    "HTML_SUFFIXES",
    "WARC_SUFFIXES",
    "Article",
    "BadInput",
    "InputItem",
    "check_text",
    "decode_article",
    "discover",
    "is_warc_name",
    "read_article",
    "read_html_page",
    "text_id",
]

HTML_SUFFIXES = frozenset({".html", ".htm"})
ARTICLE_SUFFIXES = frozenset({".txt", ".md"}) | HTML_SUFFIXES


@dataclass(frozen=True, slots=True)
class Article:
    """One article to extract: its text and where it came from."""

    text: str
    id: str
    source: str | None = None
    published: dt.date | None = None
    page: Page | None = None  # what a web page said about itself (HTML and WARC input)
    warnings: tuple[str, ...] = ()  # go into the record's meta.warnings


@dataclass(frozen=True, slots=True)
class InputItem:
    """A path found by :func:`discover`, with the id it will carry in the output."""

    path: Path
    id: str


@dataclass(frozen=True, slots=True)
class BadInput:
    """An input already known to be bad (a broken dataset record): it becomes an error line.

    Plain strings rather than the exception, so it crosses a process boundary unchanged.
    """

    id: str
    source: str | None
    error_type: str
    message: str

    @classmethod
    def from_error(cls, error: InputError, item_id: str, source: str | None) -> BadInput:
        return cls(
            id=error.article_id or item_id,
            source=error.source or source,
            error_type=type(error).__name__,
            message=error.message,
        )


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
    if b"\x00" in data:
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
    page_dates: bool = True,
) -> Article:
    """Read one article file; the id defaults to the file name.

    For an HTML page, ``published`` (when ``None``) is taken from the page unless ``page_dates``
    is false; ``meta.page.published_from_page`` in the output says which happened.
    """
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
    if path.suffix.lower() in HTML_SUFFIXES:
        page = read_html_page(data, article_id, source)
        day, info = page.published(published, use_page_date=page_dates)
        return Article(page.text, article_id, source, day, info, page.warnings)
    else:
        text = decode_article(data, article_id=article_id, source=source)
    return Article(text=text, id=article_id, source=source, published=published)


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _declared_charset(data: bytes) -> str | None:
    """The encoding an HTML page declares in a ``<meta>`` tag (first 4 KB), if Python knows it."""
    match = _CHARSET.search(data[:4096])
    if match is None:
        return None
    name = match.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def read_html_page(data: bytes, article_id: str, source: str, url: str | None = None) -> PageText:
    """An HTML page's article (trafilatura reads the bytes and their charset itself), else its
    visible text: UTF-8, else the charset its ``<meta>`` declares.

    Offsets refer to the converted text, so decoding a page by its declared charset
    (``windows-1252`` pages are common in scraped news) changes nothing for them.
    """
    if b"\x00" in data:
        raise DecodeError(
            "binary file (NUL bytes), not a text article", article_id=article_id, source=source
        )
    if main_text_extractor() is not None:
        return main_text(data, url=url, article_id=article_id, source=source)
    try:
        markup = decode_article(data, article_id=article_id, source=source)
    except DecodeError:
        charset = _declared_charset(data)
        if charset is None or b"\x00" in data:
            raise
        try:
            markup = data.decode(charset)
        except UnicodeDecodeError:
            raise DecodeError(
                f"not valid {charset} as the page declares, nor UTF-8",
                article_id=article_id,
                source=source,
            ) from None
    return plain_page(markup, url=url, article_id=article_id, source=source)


WARC_SUFFIXES = (".warc", ".warc.gz")


def is_warc_name(name: str) -> bool:
    """True for a WARC archive's file name (``crawl.warc``, ``crawl.warc.gz``, any case)."""
    return name.lower().endswith(WARC_SUFFIXES)


def discover(paths: Iterable[str | os.PathLike[str]]) -> Iterator[InputItem]:
    """Expand files and folders into article paths, in a stable order.

    A folder is walked recursively and yields its files with an article suffix
    (:data:`ARTICLE_SUFFIXES`) in sorted order, each with its path relative to that folder as id;
    a file named directly is taken whatever its suffix, with its name as id. A folder that
    happens to be called ``x.txt`` is recursed.
    Unreadable sub-folders are not skipped silently: they are yielded, and reading them then
    gives the error line.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, path)
        else:
            yield InputItem(path=path, id=path.name)


def _walk(root: Path, folder: Path, seen: frozenset[Path] = frozenset()) -> Iterator[InputItem]:
    """Depth-first, sorted by name; a symlink back to a folder being walked is not re-entered."""
    try:
        real = folder.resolve()
        entries = sorted(folder.iterdir(), key=lambda entry: entry.name)
    except (OSError, RuntimeError):
        yield InputItem(path=folder, id=folder.relative_to(root).as_posix() or folder.name)
        return
    if real in seen:
        return
    inside = seen | {real}
    for entry in entries:
        if entry.is_dir():
            yield from _walk(root, entry, inside)
        elif entry.suffix.lower() in ARTICLE_SUFFIXES or is_warc_name(entry.name):
            yield InputItem(path=entry, id=entry.relative_to(root).as_posix())
