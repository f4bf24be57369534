"""Datasets of articles: ``.jsonl`` (one JSON object a line) and ``.json`` (an array of objects).

Each record carries the article in ``text`` and optionally ``id``, ``published`` and ``source`` or
``url``; :class:`Fields` names other keys (``--text-field body --id-field guid``). Dotted names
reach into nested objects (``meta.url``).

A record holds an HTML page when its text is a whole HTML document (it starts with
``<!doctype html`` or ``<html``) or its ``content_type`` says ``html``: that text is reduced to
its article (:func:`summitparse.io.html.main_text`) exactly as an ``.html`` file is, the page's
date filling in ``published`` when neither the record nor the run gives one. Fragments
(``<p>…</p>``) stay text: guessing at them would change articles that are text.

Ids are stable across runs, which is what ``--resume`` relies on: the record's own id when it has
one (a string or a number), else ``<file name>:<line number>`` for JSON Lines (1-based, counting
blank lines) and ``<file name>:<index>`` for a JSON array (0-based).

A bad record — a line that is not JSON, not an object, without a text, with an empty text, with a
``published`` that is not a date — becomes a :class:`~summitparse.io.articles.BadInput` (one error
line in the output), never an exception: the rest of the dataset goes on. So does a line nested too
deeply for the JSON parser, and a line longer than :func:`line_limit` (its rest is skipped
unread). JSON Lines are read one line at a time, so memory stays flat however large the file; a
``.json`` array is read whole (the standard library cannot stream it), so it is refused over
:data:`MAX_JSON_BYTES`: prefer JSON Lines for big corpora. Nothing here reads without a bound, so
``/dev/zero`` named as a dataset costs one error line, not the machine's memory.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from summitparse.days import parse_record_day
from summitparse.errors import ArticleNotFoundError, ArticleTooLargeError, DecodeError, InputError
from summitparse.io.articles import Article, BadInput, check_text
from summitparse.io.html import is_html_text, main_text, main_text_extractor, plain_page
from summitparse.models import escape_surrogates

__all__ = [
    "DATASET_SUFFIXES",
    "DEFAULT_FIELDS",
    "MAX_JSON_BYTES",
    "MAX_LINE_BYTES",
    "Fields",
    "LineTooLong",
    "is_dataset",
    "iter_dataset",
    "iter_jsonl",
    "line_limit",
    "read_lines",
]

DATASET_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})

#: The longest JSON line read when no article size limit applies. With one, a line may be
#: :func:`line_limit` long: the limit's text written entirely as ``\\uXXXX`` escapes, and room
#: for the other fields.
MAX_LINE_BYTES = 64 * 1024 * 1024
#: The largest ``.json`` array read (it is parsed whole); JSON Lines have no total limit.
MAX_JSON_BYTES = 64 * 1024 * 1024

_CHUNK = 1024 * 1024


def line_limit(max_bytes: int | None) -> int:
    """The longest line worth reading for articles of at most ``max_bytes``."""
    return MAX_LINE_BYTES if max_bytes is None else 6 * max_bytes + _CHUNK


@dataclass(frozen=True, slots=True)
class LineTooLong:
    """A line over the limit: how far it was read (its rest is skipped unread)."""

    limit: int


def read_lines(handle: IO[bytes], limit: int) -> Iterator[bytes | LineTooLong]:
    """The lines of a binary stream, none longer than ``limit`` bytes held in memory.

    A longer line yields :class:`LineTooLong` and is skipped to its end in fixed chunks; a
    stream with no line end at all (``/dev/zero``) ends after ``limit`` more bytes of skipping
    than that, since nothing after it could be read as a line anyway.
    """
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        yield LineTooLong(limit)
        skipped = 0
        while True:
            rest = handle.readline(_CHUNK)
            skipped += len(rest)
            if not rest or rest.endswith(b"\n"):
                break
            if skipped > limit:
                return


@dataclass(frozen=True, slots=True)
class Fields:
    """The record keys that hold the text, id, publication date and source."""

    text: str = "text"
    id: str = "id"
    published: str = "published"
    source: tuple[str, ...] = ("source", "url")
    content_type: str = "content_type"  # a value holding "html" marks the text as a page


DEFAULT_FIELDS = Fields()


def is_dataset(path: Path) -> bool:
    """True for a ``.jsonl`` / ``.ndjson`` / ``.json`` file named on the command line."""
    return path.suffix.lower() in DATASET_SUFFIXES and not path.is_dir()


def iter_dataset(
    path: Path,
    *,
    fields: Fields = DEFAULT_FIELDS,
    published: dt.date | None = None,
    max_bytes: int | None = None,
    page_dates: bool = True,
    name: str | None = None,
) -> Iterator[Article | BadInput]:
    """The records of one dataset file as articles (or bad inputs), in file order; ids that the
    records do not carry start with ``name`` (default the file's name)."""
    name = escape_surrogates(name or path.name)
    try:
        if path.suffix.lower() == ".json":
            yield from _json_records(path, name, fields, published, max_bytes, page_dates)
        else:
            yield from _jsonl_records(path, name, fields, published, max_bytes, page_dates)
    except FileNotFoundError:
        yield BadInput(name, _where(path), ArticleNotFoundError.__name__, "no such file")
    except IsADirectoryError:
        yield BadInput(name, _where(path), InputError.__name__, "is a directory")
    except OSError as error:
        why = error.strerror or str(error)
        yield BadInput(name, _where(path), InputError.__name__, f"cannot read: {why}")


def _where(path: Path) -> str:
    return escape_surrogates(str(path))


def _jsonl_records(
    path: Path,
    name: str,
    fields: Fields,
    published: dt.date | None,
    max_bytes: int | None,
    page_dates: bool,
) -> Iterator[Article | BadInput]:
    with path.open("rb") as handle:
        yield from iter_jsonl(handle, name, _where(path), fields, published, max_bytes, page_dates)


def iter_jsonl(
    lines: IO[bytes],
    name: str,
    dataset: str,
    fields: Fields = DEFAULT_FIELDS,
    published: dt.date | None = None,
    max_bytes: int | None = None,
    page_dates: bool = True,
) -> Iterator[Article | BadInput]:
    """Records from JSON Lines as bytes (a file, or standard input), ids ``name:line``.

    Lines may end in ``\\n``, ``\\r\\n`` or a lone ``\\r`` (files from old Mac tools): JSON
    never holds a raw carriage return inside a string, so splitting there cannot cut a record.
    """
    for number, raw in enumerate(_any_line_end(read_lines(lines, line_limit(max_bytes))), 1):
        where = f"{name}:{number}"
        if isinstance(raw, LineTooLong):
            message = f"line is over the limit of {raw.limit:,} bytes (skipped)"
            yield BadInput(where, dataset, ArticleTooLargeError.__name__, message)
            continue
        if not raw.strip():
            continue
        record = _parse(raw, where, dataset)
        if isinstance(record, BadInput):
            yield record
        else:
            yield _record(record, where, dataset, fields, published, max_bytes, page_dates)


def _any_line_end(lines: Iterator[bytes | LineTooLong]) -> Iterator[bytes | LineTooLong]:
    """Lines split at a lone carriage return too, not only at a line feed."""
    for line in lines:
        if isinstance(line, LineTooLong) or b"\r" not in line.rstrip(b"\r\n"):
            yield line
            continue
        body = line[:-1] if line.endswith(b"\n") else line
        parts = body.removesuffix(b"\r").split(b"\r")
        yield from (part + b"\n" for part in parts)


def _parse(raw: bytes, where: str, dataset: str) -> Any:
    """One JSON document, or the :class:`BadInput` that says why it is not one."""
    try:
        return json.loads(raw)
    except UnicodeDecodeError:
        return BadInput(where, dataset, DecodeError.__name__, "not valid UTF-8")
    except RecursionError:
        return BadInput(where, dataset, InputError.__name__, "JSON nested too deeply to read")
    except ValueError as error:
        return BadInput(where, dataset, InputError.__name__, f"not JSON: {error}")


def _json_records(
    path: Path,
    name: str,
    fields: Fields,
    published: dt.date | None,
    max_bytes: int | None,
    page_dates: bool,
) -> Iterator[Article | BadInput]:
    dataset = _where(path)
    with path.open("rb") as handle:
        too_big = path.stat().st_size > MAX_JSON_BYTES  # a device or pipe reports 0: read to see
        raw = b"" if too_big else handle.read(MAX_JSON_BYTES + 1)
    if too_big or len(raw) > MAX_JSON_BYTES:
        message = (
            f"a .json file is read whole and this one is over {MAX_JSON_BYTES:,} bytes; "
            "write the records as JSON Lines (.jsonl), which are read one at a time"
        )
        yield BadInput(name, dataset, ArticleTooLargeError.__name__, message)
        return
    if raw.lstrip()[:1] == b"[":
        yield from _array_records(raw, name, dataset, fields, published, max_bytes, page_dates)
        return
    data = _parse(raw, name, dataset)
    del raw
    if isinstance(data, BadInput):
        yield data
        return
    yield _record(data, name, dataset, fields, published, max_bytes, page_dates)


def _array_records(
    raw: bytes,
    name: str,
    dataset: str,
    fields: Fields,
    published: dt.date | None,
    max_bytes: int | None,
    page_dates: bool,
) -> Iterator[Article | BadInput]:
    """A JSON array's records, element by element, so one bad element (nested too deeply to
    read, or broken) costs its own line, ``name:index``, and the elements after it are read."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        yield BadInput(name, dataset, DecodeError.__name__, "not valid UTF-8")
        return
    for index, element in enumerate(_elements(text)):
        where = f"{name}:{index}"
        if isinstance(element, _Broken):
            yield BadInput(where, dataset, InputError.__name__, element.message)
        else:
            yield _record(element.value, where, dataset, fields, published, max_bytes, page_dates)


@dataclass(frozen=True, slots=True)
class _Value:
    value: Any


@dataclass(frozen=True, slots=True)
class _Broken:
    message: str


_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")
_STRUCTURE = re.compile(r'["\[\]{}]')
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)


def _elements(text: str) -> Iterator[_Value | _Broken]:
    """The elements of the JSON array ``text``; after an element that cannot be skipped over
    (its brackets do not balance), one last :class:`_Broken` and the end."""
    pos = _space(text, text.index("[") + 1)
    if text.startswith("]", pos):
        pos += 1
    else:
        while True:
            end: int | None
            try:
                value, end = _DECODER.raw_decode(text, pos)
                yield _Value(value)
            except RecursionError:
                yield _Broken("JSON nested too deeply to read")
                end = _skip(text, pos)
            except ValueError as error:
                yield _Broken(f"not JSON: {error}")
                end = _skip(text, pos)
            if end is None:
                return
            pos = _space(text, end)
            if text.startswith(",", pos):
                pos = _space(text, pos + 1)
                continue
            if text.startswith("]", pos):
                pos += 1
                break
            yield _Broken(f"not JSON: expected ',' or ']' at character {pos}; the rest is unread")
            return
    if text[pos:].strip():
        yield _Broken(f"not JSON: extra data after the array at character {pos}")


def _space(text: str, pos: int) -> int:
    """Where the JSON white space starting at ``pos`` ends."""
    found = _SPACE.match(text, pos)
    return found.end() if found is not None else pos


def _skip(text: str, pos: int) -> int | None:
    """Where the array or object starting at ``pos`` ends, found without recursion (so however
    deep it is nested), or ``None`` when it is not one or its brackets do not balance."""
    if not text.startswith(("[", "{"), pos):
        return None
    depth = 0
    while (found := _STRUCTURE.search(text, pos)) is not None:
        pos = found.start()
        if found.group() == '"':
            string = _STRING.match(text, pos)
            if string is None:
                return None
            pos = string.end()
            continue
        depth += 1 if found.group() in "[{" else -1
        pos += 1
        if depth == 0:
            return pos
    return None


def _lookup(record: dict[str, Any], key: str) -> Any:
    """``record[key]``, following dots into nested objects when the key itself is absent."""
    if key in record:
        return record[key]
    value: Any = record
    for part in key.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _record(
    record: Any,
    where: str,
    dataset: str,
    fields: Fields,
    published: dt.date | None,
    max_bytes: int | None,
    page_dates: bool = True,
) -> Article | BadInput:
    """One record as an :class:`Article`, or the reason it cannot be one."""
    if not isinstance(record, dict):
        kind = type(record).__name__
        return BadInput(where, dataset, InputError.__name__, f"record is a JSON {kind}, not object")
    raw_id = _lookup(record, fields.id)
    own = isinstance(raw_id, str | int) and str(raw_id).strip()
    article_id = escape_surrogates(str(raw_id)) if own else where
    source = escape_surrogates(_source(record, fields) or dataset)
    try:
        text = _text(record, fields.text, article_id, source, max_bytes)
        day = parse_record_day(
            _lookup(record, fields.published), default=published, field=fields.published
        )
        if _is_page(record, text, fields):
            url = source if source.startswith(("http://", "https://")) else None
            page = (
                main_text(text, url=url, article_id=article_id, source=source)
                if main_text_extractor() is not None
                else plain_page(text, url=url, article_id=article_id, source=source)
            )
            day, info = page.published(day, use_page_date=page_dates)
            return Article(page.text, article_id, source, day, info, page.warnings)
    except InputError as error:
        return BadInput.from_error(error, article_id, source)
    return Article(text=text, id=article_id, source=source, published=day)


def _is_page(record: dict[str, Any], text: str, fields: Fields) -> bool:
    kind = _lookup(record, fields.content_type)
    return (isinstance(kind, str) and "html" in kind.lower()) or is_html_text(text)


def _text(
    record: dict[str, Any], key: str, article_id: str, source: str, max_bytes: int | None
) -> str:
    text = _lookup(record, key)
    if text is None:
        raise InputError(f"record has no {key!r} field", article_id=article_id, source=source)
    if not isinstance(text, str):
        raise InputError(
            f"field {key!r} is a JSON {type(text).__name__}, not a string",
            article_id=article_id,
            source=source,
        )
    if max_bytes is not None and len(text) > max_bytes:
        raise ArticleTooLargeError(
            f"text of {len(text):,} characters is over the limit of {max_bytes:,}",
            article_id=article_id,
            source=source,
        )
    return check_text(text, article_id=article_id, source=source)


def _source(record: dict[str, Any], fields: Fields) -> str | None:
    for key in fields.source:
        value = _lookup(record, key)
        if isinstance(value, str) and value.strip():
            return value
    return None
