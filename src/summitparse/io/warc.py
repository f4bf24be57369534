"""WARC archives (``crawl.warc``, ``crawl.warc.gz``): one article per HTML response record.

A crawl is mostly not articles: request records, ``warcinfo`` and ``metadata`` records, DNS
lookups, redirects, images and scripts, revisits (a later fetch that points at an earlier
payload). Only HTTP responses with status 200 and an HTML content type are read; each becomes an
:class:`~summitparse.io.articles.Article` exactly as an ``.html`` file does (the article's text
through :func:`summitparse.io.html.main_text`, the page's date as ``published`` when none was
given), with id the record's ``WARC-Target-URI`` (else its ``WARC-Record-ID``) and source that
URI. Everything else is counted and skipped; the counts are one note per archive for the run's
summary, so a user sees what a crawl held without an error line per image.

The reader is warcio (Apache-2.0, pure Python, the ``html`` extra). Neither it nor any other
reader we tried raises on an archive cut short: the last record just comes back short. So each
record's payload is read to its end and the bytes left unread against its ``Content-Length``
decide: a short record is counted as truncated and skipped, never extracted from half a page.
An archive that cannot be read further (garbage after a member, not a WARC at all) ends with a
note saying where; the records before it stand. Nothing here raises for bad data.

Ids are the URIs, stable from run to run, so ``--resume`` skips what an earlier run wrote; a URI
fetched twice gives two lines with the same id, which resume counts like any duplicate id.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from summitparse.errors import ArticleTooLargeError, InputError
from summitparse.io.articles import Article, BadInput, read_html_page

__all__ = ["HTML_TYPES", "iter_warc", "warc_reader_available"]

HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 1 << 16
_MISSING = "reading WARC archives needs warcio: pip install 'summitparse[html]'"


def warc_reader_available() -> bool:
    """True when warcio can be imported."""
    try:
        import warcio  # noqa: F401
    except ImportError:
        return False
    return True


def iter_warc(
    path: Path,
    *,
    published: dt.date | None = None,
    max_bytes: int | None = None,
    page_dates: bool = True,
    notes: list[str] | None = None,
) -> Iterator[Article | BadInput]:
    """The HTML pages of one archive as articles (or bad inputs), in archive order.

    ``notes`` receives one line for the run's summary: pages read and what was skipped.
    """
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        yield BadInput(path.name, str(path), InputError.__name__, _MISSING)
        return
    skipped: Counter[str] = Counter()
    pages = 0
    stopped: str | None = None
    try:
        with path.open("rb") as handle:
            for record in ArchiveIterator(handle, no_record_parse=False):
                item = _read_record(record, skipped, published, max_bytes, page_dates)
                if item is not None:
                    pages += 1
                    yield item
    except FileNotFoundError:
        yield BadInput(path.name, str(path), InputError.__name__, "no such file")
        return
    except PermissionError:
        yield BadInput(path.name, str(path), InputError.__name__, "permission denied")
        return
    except Exception as error:  # a cut gzip, garbage after a member, not a WARC (ArchiveLoadFailed)
        stopped = f"reading stopped after that: {type(error).__name__}: {error}"
    if notes is not None:
        notes.append(_note(path, pages, skipped, stopped))


def _note(path: Path, pages: int, skipped: Counter[str], stopped: str | None) -> str:
    parts = [f"{path.name}: {pages} HTML page{'s' if pages != 1 else ''} read"]
    if skipped:
        parts.append("skipped " + ", ".join(_count(n, what) for what, n in sorted(skipped.items())))
    if stopped:
        parts.append(stopped.splitlines()[0][:200])
    return "; ".join(parts)


def _count(n: int, what: str) -> str:
    """``1 revisit``, ``2 revisits``, ``3 HTML responses not 200 OK``."""
    if n == 1:
        return f"1 {what}"
    head, _, tail = what.partition(" not ")
    return f"{n} {head}s" + (f" not {tail}" if tail else "")


def _read_record(
    record: Any,
    skipped: Counter[str],
    published: dt.date | None,
    max_bytes: int | None,
    page_dates: bool,
) -> Article | BadInput | None:
    """The record as an article, or ``None`` (counted in ``skipped``) when it is not a page."""
    kind = str(record.rec_type or "unknown")
    uri = record.rec_headers.get_header("WARC-Target-URI")
    record_id = record.rec_headers.get_header("WARC-Record-ID")
    if kind == "revisit":
        skipped["revisit"] += 1
        return None
    if kind != "response":
        skipped[f"{kind} record"] += 1
        return None
    headers = record.http_headers
    if headers is None or not uri or str(uri).startswith("dns:"):
        skipped["non-HTTP response"] += 1
        return None
    content_type = (headers.get_header("Content-Type") or "").lower()
    if not content_type.startswith(HTML_TYPES):
        skipped["non-HTML response"] += 1
        return None
    if headers.get_statuscode() != "200":
        skipped["HTML response not 200 OK"] += 1
        return None
    data, over = _payload(record, max_bytes)
    if _truncated(record):
        skipped["truncated record"] += 1
        return None
    article_id = str(uri or record_id)
    source = str(uri)
    if over:
        error = ArticleTooLargeError(
            f"page over the limit of {max_bytes:,} bytes", article_id=article_id, source=source
        )
        return BadInput.from_error(error, article_id, source)
    try:
        page = read_html_page(data, article_id, source, url=source)
    except InputError as error:
        return BadInput.from_error(error, article_id, source)
    day, info = page.published(published, use_page_date=page_dates)
    return Article(page.text, article_id, source, day, info, page.warnings)


def _payload(record: Any, max_bytes: int | None) -> tuple[bytes, bool]:
    """The decoded HTTP body, kept up to ``max_bytes`` (the rest is read and dropped)."""
    stream = record.content_stream()
    parts: list[bytes] = []
    size = 0
    over = False
    while chunk := stream.read(_CHUNK):
        size += len(chunk)
        if max_bytes is not None and size > max_bytes:
            over = True
            parts.clear()
        if not over:
            parts.append(chunk)
    while record.raw_stream.read(_CHUNK):  # what the decoder left (a gzip trailer, padding)
        pass
    return b"".join(parts), over


def _truncated(record: Any) -> bool:
    """True when the archive ended before the record's ``Content-Length`` bytes were read."""
    if record.length is None:
        return True
    left = getattr(record.raw_stream, "limit", 0)
    return isinstance(left, int) and left > 0
