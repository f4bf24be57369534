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
line in the output), never an exception: the rest of the dataset goes on. JSON Lines are read one
line at a time, so memory stays flat however large the file; a ``.json`` array is read whole (the
standard library cannot stream it), so prefer JSON Lines for big corpora.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summitparse.days import parse_record_day
from summitparse.errors import ArticleNotFoundError, ArticleTooLargeError, DecodeError, InputError
from summitparse.io.articles import Article, BadInput, check_text
from summitparse.io.html import is_html_text, main_text, main_text_extractor, plain_page

__all__ = [
    "DATASET_SUFFIXES",
    "DEFAULT_FIELDS",
    "Fields",
    "is_dataset",
    "iter_dataset",
    "iter_jsonl",
]

DATASET_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})


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
) -> Iterator[Article | BadInput]:
    """The records of one dataset file as articles (or bad inputs), in file order."""
    name = path.name
    try:
        if path.suffix.lower() == ".json":
            yield from _json_records(path, name, fields, published, max_bytes, page_dates)
        else:
            yield from _jsonl_records(path, name, fields, published, max_bytes, page_dates)
    except FileNotFoundError:
        yield BadInput(name, str(path), ArticleNotFoundError.__name__, "no such file")
    except OSError as error:
        yield BadInput(name, str(path), InputError.__name__, f"cannot read: {error.strerror}")


def _jsonl_records(
    path: Path,
    name: str,
    fields: Fields,
    published: dt.date | None,
    max_bytes: int | None,
    page_dates: bool,
) -> Iterator[Article | BadInput]:
    with path.open("rb") as handle:
        yield from iter_jsonl(handle, name, str(path), fields, published, max_bytes, page_dates)


def iter_jsonl(
    lines: Iterable[bytes],
    name: str,
    dataset: str,
    fields: Fields = DEFAULT_FIELDS,
    published: dt.date | None = None,
    max_bytes: int | None = None,
    page_dates: bool = True,
) -> Iterator[Article | BadInput]:
    """Records from JSON Lines as bytes (a file, or standard input), ids ``name:line``."""
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(raw)
        except UnicodeDecodeError:
            yield BadInput(where, dataset, DecodeError.__name__, "line is not valid UTF-8")
            continue
        except ValueError as error:
            yield BadInput(where, dataset, InputError.__name__, f"not JSON: {error}")
            continue
        yield _record(record, where, dataset, fields, published, max_bytes, page_dates)


def _json_records(
    path: Path,
    name: str,
    fields: Fields,
    published: dt.date | None,
    max_bytes: int | None,
    page_dates: bool,
) -> Iterator[Article | BadInput]:
    try:
        data = json.loads(path.read_bytes())
    except UnicodeDecodeError:
        yield BadInput(name, str(path), DecodeError.__name__, "not valid UTF-8")
        return
    except ValueError as error:
        yield BadInput(name, str(path), InputError.__name__, f"not JSON: {error}")
        return
    records = data if isinstance(data, list) else [data]
    for index, record in enumerate(records):
        where = name if not isinstance(data, list) else f"{name}:{index}"
        yield _record(record, where, str(path), fields, published, max_bytes, page_dates)


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
    article_id = str(raw_id) if isinstance(raw_id, str | int) and str(raw_id).strip() else where
    source = _source(record, fields) or dataset
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
