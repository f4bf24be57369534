"""The page itself: one self-contained HTML file, every piece of article or record text escaped.

Users choose a tool by looking at what it found in their own articles, so the page must open from
a file path on any machine: CSS and JavaScript (``assets/``) are inlined, nothing is fetched, and
every piece of article or record text is HTML-escaped (articles can hold ``<script>``).
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path

from summitparse.models import (
    Agreement,
    DateMention,
    Extraction,
    Figure,
    Person,
    Quote,
    Summit,
    TradeFigure,
)
from summitparse.records import RECORDS
from summitparse.review.entries import (
    KINDS,
    ArticleEntry,
    BadLine,
    Entry,
    ErrorEntry,
    Kind,
    load_entries,
)
from summitparse.review.segments import ShownArticle, located, prepare, text_html

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


def _record_html(article: ShownArticle, key: str, kind: Kind, title: str, body: str) -> str:
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


def _records_html(article: ShownArticle) -> str:
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


def _badges(article: ShownArticle) -> str:
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


def _meta_html(article: ShownArticle) -> str:
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


def _article_html(index: int, article: ShownArticle) -> str:
    entry = article.entry
    text = (
        f'<div class="text">{text_html(entry.text, article.marks)}</div>'
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


def _index_row(index: int, entry: Entry, article: ShownArticle | None) -> str:
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
            article = prepare(entry, next_id)
            next_id += sum(1 for _ in located(entry.extraction))
            sections.append(_article_html(index, article))
            rows.append(_index_row(index, entry, article))
        else:
            sections.append(_error_html(index, entry))
            rows.append(_index_row(index, entry, None))
    totals = summary(entries)
    empty = '<p class="box missing">The file holds no articles.</p>' if not entries else ""
    return _asset("page.html").format(
        title=_e(title),
        css=_asset("review.css"),
        js=_asset("review.js"),
        summary=_e(totals),
        legend=_legend(),
        index="".join(rows),
        articles="".join(sections) + empty,
    )


def summary(entries: Sequence[Entry]) -> str:
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
