"""The review page: one self-contained HTML file to check an output file by eye.

``summitparse review OUT.jsonl [--text-from FOLDER] -o review.html`` reads the JSON Lines that
``summitparse extract`` wrote and renders every article with each record's spans highlighted by
type, the records beside the text, and the article's warnings and fallback. Users choose a tool
by looking at what it found in their own articles, so the page must open from a file path on any
machine: CSS and JavaScript are inlined, nothing is fetched, and every piece of article or record
text is HTML-escaped (articles can hold ``<script>``).

Spans of different record types overlap (a figure inside a trade figure's evidence sentence, a
quote inside a summit's), so the text is cut at every span boundary into segments; a segment's
background is the type of the shortest span covering it and every other covering type is drawn
as a stripe under it. Each segment lists the ids of the spans covering it, and each record lists
the ids of its spans, which is all the small script needs to light up a record's evidence.

The article text comes from the line's ``text`` field (``extract --include-text``), else from
``--text-from FOLDER`` by the line's ``id`` or ``source`` (never leaving the folder, symlinks
included), else from the ``source`` path itself only when it lies under a folder the user named
with ``--allow-source-root``. A line's ``source`` is data, not a permission: a dataset's ``url``
field becomes it, so a crafted line could name ``~/.aws/credentials``, and the page is made to be
shared. Only regular files under the size limit are read. An HTML page found there is read as
``extract`` read it (its article's text, not the page), so the page shows what was read. Spans
that do not slice the text found (the file changed since the extraction) are not highlighted and
are named on the page, so a stale text cannot mislead.
"""

from __future__ import annotations

import html
import json
import math
import os
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from summitparse.config import DEFAULT_MAX_BYTES
from summitparse.errors import InputError, SummitparseError
from summitparse.io.articles import HTML_SUFFIXES, decode_article, read_article
from summitparse.models import (
    Agreement,
    DateMention,
    Extraction,
    Figure,
    Person,
    Quote,
    Span,
    Summit,
    TradeFigure,
)
from summitparse.records import RECORDS

__all__ = [
    "KINDS",
    "ArticleEntry",
    "BadLine",
    "ErrorEntry",
    "Kind",
    "Mark",
    "Segment",
    "load_entries",
    "render_page",
    "render_review",
    "review_command",
    "segments",
]

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
_KIND_ORDER: dict[Kind, int] = {kind: rank for rank, kind in enumerate(KINDS)}

EXIT_OK, EXIT_USAGE = 0, 2


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
class _Places:
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
    places = _Places(text_from, tuple(root.resolve() for root in source_roots))
    entries: list[Entry] = []
    for number, raw in enumerate(lines, start=1):
        if raw.strip():
            entries.append(_parse_line(raw, number, places))
    return entries


def _parse_line(raw: str, number: int, places: _Places) -> Entry:
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
    text, origin = _find_text(extraction, places)
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


def _text_candidates(extraction: Extraction, places: _Places) -> Iterator[Path]:
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


def _find_text(extraction: Extraction, places: _Places) -> tuple[str | None, str]:
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


# --------------------------------------------------------------------------------------------
# Spans and segments
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Article:
    """An article ready to render: its marks (page-wide ids) and which of them fit the text."""

    entry: ArticleEntry
    marks: list[Mark] = field(default_factory=list)
    stale: list[Mark] = field(default_factory=list)

    def of(self, record: str) -> list[Mark]:
        return [mark for mark in self.marks if mark.record == record]

    def stale_of(self, record: str) -> list[Mark]:
        return [mark for mark in self.stale if mark.record == record]


def _located(extraction: Extraction) -> Iterator[tuple[Kind, str, Span | DateMention | Figure]]:
    """Every span with its highlight type and the key of the record it belongs to."""
    if extraction.dateline is not None:
        yield "dateline", "dateline", extraction.dateline.span
    for index, summit in enumerate(extraction.summits):
        for span in summit.evidence:
            yield "summit", f"summit-{index}", span
    for index, agreement in enumerate(extraction.agreements):
        for span in agreement.evidence:
            yield "agreement", f"agreement-{index}", span
    for index, trade in enumerate(extraction.trade_figures):
        for span in trade.evidence:
            yield "trade", f"trade-{index}", span
    for index, quote in enumerate(extraction.quotes):
        yield "quote", f"quote-{index}", quote.span
        if quote.speaker_span is not None:
            yield "speaker", f"quote-{index}", quote.speaker_span
    for index, date in enumerate(extraction.dates):
        yield "date", f"date-{index}", date
    for index, figure in enumerate(extraction.figures):
        yield "figure", f"figure-{index}", figure


def _prepare(entry: ArticleEntry, next_id: int) -> _Article:
    """Number the article's spans from ``next_id`` and set aside those the text does not hold."""
    article = _Article(entry)
    text = entry.text
    for kind, record, span in _located(entry.extraction):
        mark = Mark(next_id, kind, span.start, span.end, span.text, record)
        next_id += 1
        if text is None:
            continue
        if text[span.start : span.end] == span.text:
            article.marks.append(mark)
        else:
            article.stale.append(mark)
    return article


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of text covered by the same set of marks (none for plain text)."""

    start: int
    end: int
    marks: tuple[Mark, ...]


def segments(text: str, marks: Sequence[Mark]) -> list[Segment]:
    """Cut ``text`` at every mark boundary; each piece knows the marks covering it.

    Empty marks become empty segments at their position so that they are still rendered.
    """
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starts: dict[int, list[Mark]] = {}
    for mark in marks:
        starts.setdefault(mark.start, []).append(mark)
    active: list[Mark] = []
    pieces: list[Segment] = []
    for left, right in zip(cuts, [*cuts[1:], None], strict=True):
        opening = starts.get(left, [])
        empties = tuple(mark for mark in opening if mark.length == 0)
        if empties:
            pieces.append(Segment(left, left, empties))
        active = [m for m in active if m.end > left] + [m for m in opening if m.length > 0]
        if right is not None and right > left:
            pieces.append(Segment(left, right, tuple(active)))
    return pieces


def _layers(marks: Sequence[Mark]) -> list[Kind]:
    """Types covering a segment, background first: shortest span wins, then finer type."""
    ordered = sorted(marks, key=lambda m: (m.length, _KIND_ORDER[m.kind]))
    kinds: list[Kind] = []
    for mark in ordered:
        if mark.kind not in kinds:
            kinds.append(mark.kind)
    return kinds


def _segment_html(text: str, piece: Segment) -> str:
    body = html.escape(text[piece.start : piece.end], quote=False)
    if not piece.marks:
        return body
    kinds = _layers(piece.marks)
    stripes = ", ".join(
        f"inset 0 -{3 * depth}px 0 var(--line-{kind})" for depth, kind in enumerate(kinds[1:], 1)
    )
    style = f' style="box-shadow: {stripes}"' if stripes else ""
    ids = " ".join(str(mark.id) for mark in piece.marks)
    title = html.escape(", ".join(KINDS[kind] for kind in kinds))
    empty = " empty" if piece.start == piece.end else ""
    return (
        f'<span class="seg bg-{kinds[0]}{empty}" data-s="{ids}" title="{title}"{style}>'
        f"{body}</span>"
    )


def _text_html(text: str, marks: Sequence[Mark]) -> str:
    return "".join(_segment_html(text, piece) for piece in segments(text, marks))


# --------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------


def _e(value: object) -> str:
    return html.escape(str(value))


def _number(value: float) -> str:
    """A readable number: thousands separators, no trailing ``.0``."""
    if not math.isfinite(value):
        return str(value)
    if value == int(value) and abs(value) < 1e18:
        return f"{int(value):,}"
    return f"{value:,.10g}"


def _amount(value: float, value_max: float | None, unit: str | None, approx: bool) -> str:
    shown = _number(value) + (f"–{_number(value_max)}" if value_max is not None else "")
    if unit == "percent" or unit == "%":
        shown += " %"
    elif unit:
        shown = f"{unit} {shown}"
    return ("≈ " if approx else "") + shown


def _field(label: str, value: object) -> str:
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, list):
        value = ", ".join(str(item) for item in value)
    return f'<div class="f"><span class="fl">{_e(label)}</span> {_e(value)}</div>'


def _dates(start: object, end: object) -> str | None:
    if start is None and end is None:
        return None
    if end is None or end == start:
        return str(start)
    return f"{start} – {end}"


def _person(person: Person) -> str:
    about = ", ".join(part for part in (person.title, person.country) if part)
    return f"{person.name} ({about})" if about else person.name


def _summit_fields(summit: Summit) -> tuple[str, str]:
    people = [_person(person) for person in summit.participants]
    place = ", ".join(x for x in (summit.location, summit.country) if x) or None
    return summit.name or "summit (no name)", "".join(
        [
            _field("participants", people),
            _field("countries", summit.countries),
            _field("place", place),
            _field("dates", _dates(summit.start_date, summit.end_date)),
            _field("occasion", summit.occasion),
            _field("topics", summit.topics),
        ]
    )


def _agreement_fields(agreement: Agreement) -> tuple[str, str]:
    return agreement.name, "".join(
        [
            _field("kind", agreement.kind),
            _field("status", agreement.status),
            _field("date", agreement.date),
            _field("parties", agreement.parties),
            _field("replaces", agreement.previous),
            _field("topics", agreement.topics),
        ]
    )


def _trade_fields(trade: TradeFigure) -> tuple[str, str]:
    unit = trade.currency or ("percent" if trade.unit == "percent" else None)
    value = _amount(trade.value, trade.value_max, unit, trade.approximate)
    return trade.description, "".join(
        [
            _field("value", value + (" (count)" if trade.unit == "count" else "")),
            _field("parties", trade.parties),
            _field("period", trade.period),
        ]
    )


def _quote_fields(quote: Quote) -> tuple[str, str]:
    return f"“{quote.text}”", "".join(
        [_field("speaker", quote.speaker or "(unknown)"), _field("cue", quote.cue)]
    )


def _date_fields(date: DateMention) -> tuple[str, str]:
    value = _dates(date.value, date.value_end) or "(no value)"
    extra = date.granularity + (", relative" if date.relative else "")
    return date.text, _field("value", f"{value} ({extra})")


def _figure_fields(figure: Figure) -> tuple[str, str]:
    unit = figure.currency or ("percent" if figure.kind == "percent" else None)
    value = _amount(figure.value, figure.value_max, unit, figure.approximate)
    return figure.text, _field("value", f"{value} ({figure.kind})")


def _record_html(article: _Article, key: str, kind: Kind, title: str, body: str) -> str:
    marks = article.of(key)
    stale = article.stale_of(key)
    ids = " ".join(str(mark.id) for mark in marks)
    notes = []
    if article.entry.text is not None and not marks and not stale:
        notes.append("no evidence span")
    if stale:
        notes.append(f"{len(stale)} span(s) not found in this text")
    note = "".join(f'<div class="warn">{_e(n)}</div>' for n in notes)
    return (
        f'<li class="rec k-{kind}" data-m="{ids}" data-r="{_e(key)}" tabindex="0">'
        f'<div class="rt"><i class="sw bg-{kind}"></i>{_e(title)}</div>{body}{note}</li>'
    )


def _records_html(article: _Article) -> str:
    x = article.entry.extraction
    groups: list[tuple[str, Kind, list[tuple[str, tuple[str, str]]]]] = [
        (
            "Summits",
            "summit",
            [(f"summit-{i}", _summit_fields(s)) for i, s in enumerate(x.summits)],
        ),
        (
            "Agreements",
            "agreement",
            [(f"agreement-{i}", _agreement_fields(a)) for i, a in enumerate(x.agreements)],
        ),
        (
            "Trade figures",
            "trade",
            [(f"trade-{i}", _trade_fields(t)) for i, t in enumerate(x.trade_figures)],
        ),
        ("Quotes", "quote", [(f"quote-{i}", _quote_fields(q)) for i, q in enumerate(x.quotes)]),
        ("Dates", "date", [(f"date-{i}", _date_fields(d)) for i, d in enumerate(x.dates)]),
        (
            "Figures",
            "figure",
            [(f"figure-{i}", _figure_fields(f)) for i, f in enumerate(x.figures)],
        ),
    ]
    parts: list[str] = []
    if x.dateline is not None:
        body = _field("place", x.dateline.place) + _field("date", x.dateline.date)
        parts.append(
            '<h3>Dateline</h3><ul class="recs">'
            + _record_html(article, "dateline", "dateline", x.dateline.span.text, body)
            + "</ul>"
        )
    for heading, kind, records in groups:
        items = "".join(
            _record_html(article, key, kind, title, body) for key, (title, body) in records
        )
        empty = '<li class="none">none</li>' if not records else ""
        parts.append(
            f'<h3>{heading} <span class="n">{len(records)}</span></h3>'
            f'<ul class="recs">{items}{empty}</ul>'
        )
    return "".join(parts)


# --------------------------------------------------------------------------------------------
# Articles, index and page
# --------------------------------------------------------------------------------------------

_COUNTS = tuple((record.label[0], record.name) for record in RECORDS)


def _counts(extraction: Extraction) -> str:
    return " ".join(
        f'<span class="c" title="{name.replace("_", " ")}">{letter}{len(getattr(extraction, name))}'
        "</span>"
        for letter, name in _COUNTS
    )


def _badges(article: _Article) -> str:
    meta = article.entry.extraction.meta
    badges = [f'<span class="b be">{_e(meta.backend)}</span>']
    if meta.fallback:
        badges.append('<span class="b bf" title="fell back to rules">fallback</span>')
    if meta.warnings:
        badges.append(f'<span class="b bw">{len(meta.warnings)} warning(s)</span>')
    if article.entry.text is None:
        badges.append('<span class="b bm">no text</span>')
    if article.stale:
        badges.append(f'<span class="b bm">{len(article.stale)} stale span(s)</span>')
    return "".join(badges)


def _meta_html(article: _Article) -> str:
    x = article.entry.extraction
    meta = x.meta
    rows = [
        _field("source", x.source),
        _field("published", x.published),
        _field("backend", meta.backend),
        _field("model", meta.model),
        _field("prompt", meta.prompt),
        _field("version", meta.version),
        _field("text from", article.entry.origin if article.entry.text is not None else None),
    ]
    boxes: list[str] = []
    if meta.fallback:
        boxes.append(f'<div class="box fallback"><b>Fallback:</b> {_e(meta.fallback)}</div>')
    if meta.warnings:
        items = "".join(f"<li>{_e(w)}</li>" for w in meta.warnings)
        boxes.append(f'<div class="box warnings"><b>Warnings</b><ul>{items}</ul></div>')
    if article.entry.text is None:
        boxes.append(
            '<div class="box missing"><b>No article text:</b> '
            f"{_e(article.entry.origin)}. The records are listed without highlighting.</div>"
        )
    if article.stale:
        shown = "".join(
            f"<li>[{m.start}, {m.end}) {_e(KINDS[m.kind])}: {_e(_clip(m.text))}</li>"
            for m in article.stale[:20]
        )
        more = f"<li>… {len(article.stale) - 20} more</li>" if len(article.stale) > 20 else ""
        boxes.append(
            f'<div class="box missing"><b>{len(article.stale)} span(s) do not match the text</b> '
            f"from {_e(article.entry.origin)} (changed since the extraction?); they are not "
            f"highlighted.<ul>{shown}{more}</ul></div>"
        )
    return f'<div class="meta">{"".join(rows)}</div>{"".join(boxes)}'


def _clip(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _article_html(index: int, article: _Article) -> str:
    entry = article.entry
    text = (
        f'<div class="text">{_text_html(entry.text, article.marks)}</div>'
        if entry.text is not None
        else '<div class="text notext">(no article text)</div>'
    )
    return (
        f'<section class="art" id="a{index}" data-i="{index}"{"" if index == 0 else " hidden"}>'
        f'<div class="col textcol"><h2>{_e(entry.extraction.id)}</h2>{_meta_html(article)}'
        f"{text}</div>"
        f'<div class="col reccol">{_records_html(article)}</div></section>'
    )


def _error_html(index: int, entry: ErrorEntry | BadLine) -> str:
    if isinstance(entry, ErrorEntry):
        body = (
            _field("source", entry.source)
            + _field("line", entry.line)
            + f'<div class="box error"><b>{_e(entry.type)}:</b> {_e(entry.message)}</div>'
        )
    else:
        body = (
            f'<div class="box error"><b>Unreadable line {entry.line}:</b> {_e(entry.message)}</div>'
        )
    return (
        f'<section class="art" id="a{index}" data-i="{index}"{"" if index == 0 else " hidden"}>'
        f'<div class="col textcol"><h2>{_e(entry.id)}</h2>{body}</div></section>'
    )


def _index_row(index: int, entry: Entry, article: _Article | None) -> str:
    if article is not None:
        detail = f'<div class="cs">{_counts(article.entry.extraction)}</div>{_badges(article)}'
        flags = " p-warn" if article.entry.extraction.meta.warnings or article.stale else ""
        flags += " p-fb" if article.entry.extraction.meta.fallback else ""
    else:
        kind = entry.type if isinstance(entry, ErrorEntry) else "unreadable line"
        detail = f'<span class="b berr">error</span> <span class="et">{_e(kind)}</span>'
        flags = " p-err"
    return (
        f'<li class="ix{flags}" data-i="{index}" data-id="{_e(entry.id.lower())}">'
        f'<a href="#a{index}"><div class="iid">{_e(entry.id)}</div>{detail}</a></li>'
    )


def _legend() -> str:
    return "".join(
        f'<span class="lg"><i class="sw bg-{kind}" style="box-shadow: inset 0 -3px 0 '
        f'var(--line-{kind})"></i>{_e(label)}</span>'
        for kind, label in KINDS.items()
    )


def _asset(name: str) -> str:
    return (resources.files("summitparse.review") / "assets" / name).read_text("utf-8")


def render_page(entries: Sequence[Entry], *, title: str = "summitparse review") -> str:
    """The whole page for ``entries``: index, articles, legend, inline CSS and script."""
    next_id = 0
    sections: list[str] = []
    rows: list[str] = []
    for index, entry in enumerate(entries):
        if isinstance(entry, ArticleEntry):
            article = _prepare(entry, next_id)
            next_id += sum(1 for _ in _located(entry.extraction))
            sections.append(_article_html(index, article))
            rows.append(_index_row(index, entry, article))
        else:
            sections.append(_error_html(index, entry))
            rows.append(_index_row(index, entry, None))
    summary = _summary(entries)
    empty = '<p class="box missing">The file holds no articles.</p>' if not entries else ""
    return _asset("page.html").format(
        title=_e(title),
        css=_asset("review.css"),
        js=_asset("review.js"),
        summary=_e(summary),
        legend=_legend(),
        index="".join(rows),
        articles="".join(sections) + empty,
    )


def _summary(entries: Sequence[Entry]) -> str:
    articles = [e for e in entries if isinstance(e, ArticleEntry)]
    errors = len(entries) - len(articles)
    fallbacks = sum(1 for e in articles if e.extraction.meta.fallback)
    warned = sum(1 for e in articles if e.extraction.meta.warnings)
    missing = sum(1 for e in articles if e.text is None)
    parts = [f"{len(articles)} articles", f"{errors} errors", f"{fallbacks} fallbacks"]
    parts.append(f"{warned} with warnings")
    if missing:
        parts.append(f"{missing} without text")
    return ", ".join(parts)


def render_review(
    lines: Iterable[str],
    *,
    text_from: Path | None = None,
    title: str = "summitparse review",
    source_roots: Sequence[Path] = (),
) -> str:
    """Render the review page for JSON Lines given as strings (the output of ``extract``)."""
    return render_page(
        load_entries(lines, text_from=text_from, source_roots=source_roots), title=title
    )


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
    print(f"summitparse: {_summary(entries)}; wrote {output}", file=sys.stderr)
    return EXIT_OK


def _fail(message: str) -> int:
    print(f"summitparse: error: {message}", file=sys.stderr)
    return EXIT_USAGE
