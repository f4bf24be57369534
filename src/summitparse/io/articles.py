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
import dataclasses
import datetime as dt
import errno
import hashlib
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from summitparse.errors import (
    ArticleNotFoundError,
    ArticleTooLargeError,
    DecodeError,
    EmptyTextError,
    InputError,
)
from summitparse.io.html import PageText, main_text, main_text_extractor, plain_page
from summitparse.models import Page, escape_surrogates

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
    "distinct_ids",
    "id_base",
    "is_warc_name",
    "path_problem",
    "read_article",
    "read_html_page",
    "relative_id",
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


_SURROGATE = re.compile("[\ud800-\udfff]")


def check_text(text: str, *, article_id: str | None = None, source: str | None = None) -> str:
    """Return ``text`` if it can be extracted, else raise the matching :class:`InputError`.

    A lone surrogate (a JSON ``"\\ud800"`` escape, text decoded with ``surrogateescape``) is
    refused: it is not a character, cannot be written as UTF-8, and a span over it could not be
    shown to anyone.
    """
    if not isinstance(text, str):
        raise InputError(
            f"expected the article as str, got {type(text).__name__}",
            article_id=article_id,
            source=source,
        )
    if not text.strip() or (text.startswith("\ufeff") and not text.lstrip("\ufeff").strip()):
        # a byte-order mark is no text: a file holding only one is as empty as an empty file
        what = "empty" if not text else "only white space"
        if text.strip() == "\ufeff":
            what = "only a byte-order mark"
        raise EmptyTextError(f"the article is {what}", article_id=article_id, source=source)
    if "\x00" in text:
        raise DecodeError(
            "the article holds NUL bytes: binary data, not text",
            article_id=article_id,
            source=source,
        )
    if not text.isascii():
        surrogate = _SURROGATE.search(text)
        if surrogate is not None:
            raise DecodeError(
                f"the text holds a lone surrogate (U+{ord(surrogate.group()):04X} at offset "
                f"{surrogate.start()}), which is not a character: a broken escape or encoding",
                article_id=article_id,
                source=source,
            )
    return text


_UTF_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_article(data: bytes, *, article_id: str | None = None, source: str | None = None) -> str:
    """Decode an article's bytes or raise a :class:`DecodeError` that says what they are.

    UTF-8 is the format; its BOM is kept as a character (offsets count it, as
    ``open(path, encoding="utf-8")`` does). A file that starts with a UTF-16 or UTF-32 byte-order
    mark (what Windows tools write as "Unicode") is decoded by it and the mark dropped, as
    ``open(path, encoding="utf-16")`` does, so offsets refer to that text. UTF-16 without a mark
    is named as such rather than called binary: its NUL bytes would otherwise make it look so.
    """
    for bom, encoding in _UTF_BOMS:
        if data.startswith(bom):
            return _decode_wide(data, encoding, article_id, source)
    if b"\x00" in data:
        if _looks_like_utf16(data):
            raise DecodeError(
                "UTF-16 text without a byte-order mark; convert the file to UTF-8",
                article_id=article_id,
                source=source,
            )
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


def _decode_wide(data: bytes, encoding: str, article_id: str | None, source: str | None) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise DecodeError(
            f"starts with a {encoding.upper()} byte-order mark but is not valid {encoding.upper()} "
            f"(at byte {error.start}); convert the file to UTF-8",
            article_id=article_id,
            source=source,
        ) from None
    return check_text(text, article_id=article_id, source=source)


def _looks_like_utf16(data: bytes) -> bool:
    """Mostly ASCII text stored as UTF-16: a NUL in nearly every other byte, and only there."""
    head = data[:4096]
    even, odd = head[0::2], head[1::2]
    if len(odd) < 2:
        return False
    return (_mostly_nul(odd) and _rarely_nul(even)) or (_mostly_nul(even) and _rarely_nul(odd))


def _mostly_nul(data: bytes) -> bool:
    return data.count(0) >= 0.9 * len(data)


def _rarely_nul(data: bytes) -> bool:
    return data.count(0) <= 0.1 * len(data)


def path_problem(path: Path) -> str | None:
    """Why ``path`` cannot be read as an article file, in a user's words, or ``None`` if it can.

    A symlink loop and a broken symlink are named as such: "no such file" would send the user
    looking for a typo in a name that is right.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            return f"broken symbolic link (to {os.readlink(path)}, which does not exist)"
        return "no such file"
    except PermissionError:
        return "permission denied"
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop (the link leads back to itself)"
        return f"cannot read: {error.strerror or error}"
    if stat.S_ISDIR(info.st_mode):
        if os.access(path, os.R_OK | os.X_OK):
            return "is a directory, not an article file"
        return "folder cannot be listed: permission denied"
    if not stat.S_ISREG(info.st_mode):
        return "not a regular file"
    return None


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
    source = escape_surrogates(str(path))
    article_id = article_id or escape_surrogates(path.name)
    try:
        problem = path_problem(path)
        if problem == "permission denied":
            raise InputError(problem, article_id=article_id, source=source)
        if problem is not None:
            raise ArticleNotFoundError(problem, article_id=article_id, source=source)
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


def id_base(paths: Iterable[str | os.PathLike[str]]) -> Path | None:
    """The folder ids are taken relative to when several paths are given, else ``None``.

    One folder's files are named relative to it (``x.txt``), a file by its name; but
    ``extract dA/ dB/`` holds ``dA/x.txt`` and ``dB/x.txt``, which would both be ``x.txt``, and
    one output line could no longer be told from the other (nor resumed). With several paths
    every id is relative to the folder holding all of them (``dA/x.txt``): the same arguments give
    the same ids on every run.
    """
    given = [Path(p) for p in paths if str(p) != "-"]
    if len(given) < 2:
        return None
    return Path(os.path.commonpath([os.path.dirname(os.path.abspath(p)) for p in given]))


def relative_id(path: Path, base: Path | None, default: str) -> str:
    """``path``'s id: ``default`` when there is no base, else its path relative to ``base``."""
    name = (
        default if base is None else Path(os.path.relpath(os.path.abspath(path), base)).as_posix()
    )
    return escape_surrogates(name)


def discover(
    paths: Iterable[str | os.PathLike[str]], *, base: Path | None = None
) -> Iterator[InputItem]:
    """Expand files and folders into article paths, in a stable order.

    A folder is walked recursively and yields its files with an article suffix
    (:data:`ARTICLE_SUFFIXES`) in sorted order, each with its path relative to that folder as id;
    a file named directly is taken whatever its suffix, with its name as id. With ``base``
    (:func:`id_base`), ids are relative to it instead. Ids never hold a lone surrogate (a file
    name that is not UTF-8 has its bytes written ``\\xff``). A folder called ``x.txt`` is recursed.
    Unreadable sub-folders are not skipped silently: they are yielded, and reading them then
    gives the error line.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, path, base)
        else:
            yield InputItem(path=path, id=relative_id(path, base, path.name))


def _walk(
    root: Path, folder: Path, base: Path | None, seen: frozenset[Path] = frozenset()
) -> Iterator[InputItem]:
    """Depth-first, sorted by name; a symlink back to a folder being walked is not re-entered."""
    try:
        real = folder.resolve()
        entries = sorted(folder.iterdir(), key=lambda entry: entry.name)
    except (OSError, RuntimeError):
        own = folder.relative_to(root).as_posix() or folder.name
        yield InputItem(path=folder, id=relative_id(folder, base, own))
        return
    if real in seen:
        return
    inside = seen | {real}
    for entry in entries:
        if entry.is_dir():
            yield from _walk(root, entry, base, inside)
        elif entry.suffix.lower() in ARTICLE_SUFFIXES or is_warc_name(entry.name):
            own = entry.relative_to(root).as_posix()
            yield InputItem(path=entry, id=relative_id(entry, base, own))


_Identified = TypeVar("_Identified", bound=Article | InputItem | BadInput)


def distinct_ids(items: Iterable[_Identified]) -> Iterator[_Identified]:
    """``items`` with every id made distinct: the second holder of an id gets ``id#2``, the
    third ``id#3`` (skipping any id already taken).

    One id must mean one input: ``--resume`` matches lines to inputs by id, so two inputs
    sharing one would have one of them skipped and the other done twice. Ids collide in ways no
    naming rule avoids: a record id repeated in two datasets (or in one), the same file named
    twice, a file name that is not UTF-8 (``caf\\xe9.txt`` once escaped) beside a file whose
    real name is that escape. The first holder, in input order, keeps its id, so the same
    inputs give the same ids on every run.
    """
    seen: set[str] = set()
    tried: dict[str, int] = {}
    for item in items:
        if item.id in seen:
            number = tried.get(item.id, 1)
            while True:
                number += 1
                candidate = f"{item.id}#{number}"
                if candidate not in seen:
                    break
            tried[item.id] = number
            item = dataclasses.replace(item, id=candidate)
        seen.add(item.id)
        yield item
