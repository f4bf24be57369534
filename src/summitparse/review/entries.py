"""The review page's input: the lines of an output file, and the article texts their offsets need.

The article text comes from the line's ``text`` field (``extract --include-text``), else from
``--text-from FOLDER`` by the line's ``id`` or ``source`` (never leaving the folder, symlinks
included), else from the ``source`` path itself only when it lies under a folder the user named
with ``--allow-source-root``. A line's ``source`` is data, not a permission: a dataset's ``url``
field becomes it, so a crafted line could name ``~/.aws/credentials``, and the page is made to be
shared. Only regular files under the size limit are read. An HTML page found there is read as
``extract`` read it (its article's text, not the page), so the page shows what was read.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from summitparse.config import DEFAULT_MAX_BYTES
from summitparse.errors import InputError, SummitparseError
from summitparse.io.articles import HTML_SUFFIXES, decode_article, read_article
from summitparse.models import (
    Extraction,
)

Kind = Literal["quote", "speaker", "figure", "date", "dateline", "summit", "agreement", "trade"]

#: Highlight types in legend order, with the label a user reads.
KINDS: dict[Kind, str] = {
    "quote": "quote",
    "speaker": "quote speaker",
    "figure": "figure",
    "date": "date",
    "dateline": "dateline",
    "summit": "summit evidence",
    "agreement": "agreement evidence",
    "trade": "trade figure evidence",
}

#: When two spans of the same length cover a segment, the finer-grained type gets the background.
KIND_ORDER: dict[Kind, int] = {kind: rank for rank, kind in enumerate(KINDS)}


@dataclass(frozen=True, slots=True)
class Mark:
    """One span to highlight: a page-wide id, its type, offsets and the record it belongs to."""

    id: int
    kind: Kind
    start: int
    end: int
    text: str
    record: str

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class ArticleEntry:
    """An extracted article with the text its offsets refer to, when that text was found.

    ``origin`` says where the text came from, or why it is missing; ``line`` is 1-based.
    """

    extraction: Extraction
    text: str | None
    origin: str
    line: int

    @property
    def id(self) -> str:
        return self.extraction.id


@dataclass(frozen=True, slots=True)
class ErrorEntry:
    """An error line: the article that ``extract`` could not read or extract."""

    id: str
    source: str | None
    type: str
    message: str
    line: int


@dataclass(frozen=True, slots=True)
class BadLine:
    """A line that is neither an extraction nor an error line (not JSON, wrong fields)."""

    line: int
    message: str

    @property
    def id(self) -> str:
        return f"line {self.line}"


Entry = ArticleEntry | ErrorEntry | BadLine


# --------------------------------------------------------------------------------------------
# Reading the output file and the article texts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Places:
    """Where article texts may be read from: the ``--text-from`` folder and the allowed roots."""

    text_from: Path | None
    roots: tuple[Path, ...]


def load_entries(
    lines: Iterable[str],
    *,
    text_from: Path | None = None,
    source_roots: Sequence[Path] = (),
) -> list[Entry]:
    """Parse JSON Lines into entries; a bad line becomes a :class:`BadLine`, never an exception.

    ``source_roots``: folders under which a line's ``source`` path may be read for its text.
    """
    places = Places(text_from, tuple(root.resolve() for root in source_roots))
    entries: list[Entry] = []
    for number, raw in enumerate(lines, start=1):
        if raw.strip():
            entries.append(_parse_line(raw, number, places))
    return entries


def _parse_line(raw: str, number: int, places: Places) -> Entry:
    try:
        data = json.loads(raw)
    except RecursionError:
        return BadLine(number, "not JSON: nested too deeply to read")
    except json.JSONDecodeError as error:
        return BadLine(number, f"not JSON: {error.msg} (column {error.colno})")
    if not isinstance(data, dict):
        return BadLine(number, f"expected a JSON object, got {type(data).__name__}")
    if "error" in data:
        return _error_entry(data, number)
    embedded = data.pop("text", None)
    try:
        extraction = Extraction.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "line"
        return BadLine(number, f"not an extraction: {where}: {first['msg']}")
    if isinstance(embedded, str):
        return ArticleEntry(
            extraction, embedded, "the output line (extract --include-text)", number
        )
    text, origin = find_text(extraction, places)
    return ArticleEntry(extraction, text, origin, number)


def _error_entry(data: dict[str, Any], number: int) -> ErrorEntry:
    error = data.get("error")
    info = error if isinstance(error, dict) else {"message": str(error)}
    source = data.get("source")
    return ErrorEntry(
        id=str(data.get("id", f"line {number}")),
        source=source if isinstance(source, str) else None,
        type=str(info.get("type", "error")),
        message=str(info.get("message", "")),
        line=number,
    )


def _under(path: Path, root: Path) -> bool:
    return path == root or path.is_relative_to(root)


def _text_candidates(extraction: Extraction, places: Places) -> Iterator[Path]:
    """Where an article's text may be, most specific first; every one resolved (symlinks
    followed) and inside a folder the user named.

    Inside ``--text-from``: the id (a path relative to the folder that ``extract`` walked), the
    source path, the source's file name. Then the source path itself, when it lies under an
    allowed root.
    """
    source = Path(extraction.source) if extraction.source not in (None, "-") else None
    if places.text_from is not None:
        inside = [Path(extraction.id)]
        if source is not None:
            inside += [source, Path(source.name)]
        root = places.text_from.resolve()
        for relative in inside:
            candidate = (places.text_from / relative).resolve()
            if not relative.is_absolute() and _under(candidate, root):
                yield candidate
    if source is not None and places.roots:
        candidate = source.resolve()
        if any(_under(candidate, root) for root in places.roots):
            yield candidate


def _read_text(path: Path) -> str:
    """A regular file's text, read only up to the article size limit."""
    with path.open("rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise InputError("not a regular file", source=str(path))
        data = handle.read(DEFAULT_MAX_BYTES + 1)
    if len(data) > DEFAULT_MAX_BYTES:
        raise InputError(f"over {DEFAULT_MAX_BYTES:,} bytes", source=str(path))
    return decode_article(data, source=str(path))


def find_text(extraction: Extraction, places: Places) -> tuple[str | None, str]:
    """The article text and where it came from, or ``None`` and why it is missing."""
    problems: list[str] = []
    for candidate in _text_candidates(extraction, places):
        if not candidate.is_file():
            continue
        try:
            if candidate.suffix.lower() in HTML_SUFFIXES:
                article = read_article(candidate, max_bytes=DEFAULT_MAX_BYTES)
                return article.text, str(candidate)
            return _read_text(candidate), str(candidate)
        except (OSError, SummitparseError) as error:
            problems.append(f"{candidate}: {error}")
    tried = 'the line has no "text" field (run extract with --include-text)'
    if places.text_from is None:
        tried += ", no --text-from folder was given"
    else:
        tried += f", and {places.text_from} holds no file for its id or source"
    if extraction.source not in (None, "-"):
        if places.roots:
            tried += f"; {extraction.source} is not readable under --allow-source-root"
        else:
            tried += (
                f"; {extraction.source} is read only under a folder named by --allow-source-root"
            )
    return None, "; ".join([tried, *problems])
