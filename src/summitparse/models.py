"""The public records: frozen Pydantic v2 models whose JSON field names are the contract.

Offsets are half-open ``[start, end)`` Python ``str`` indices (code points) into the article text
exactly as given, so ``text[start:end] == span.text`` always holds. Each model checks what it can
on its own (``end - start == len(text)``, ``start <= end``); whether the text really stands at
those offsets needs the article, so :class:`Extraction` checks every span against it when it is
validated with ``context={"text": article}`` — the pipeline always does, and so can a user who
reloads a JSON line next to its article::

    Extraction.model_validate_json(line, context={"text": article})
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    ValidationInfo,
    field_validator,
    model_serializer,
    model_validator,
)

from summitparse.errors import SpanMismatchError

__all__ = [
    "Agreement",
    "AgreementKind",
    "AgreementStatus",
    "DateMention",
    "Dateline",
    "ErrorInfo",
    "Extraction",
    "ExtractionError",
    "Figure",
    "FigureKind",
    "Granularity",
    "Meta",
    "Page",
    "Person",
    "Quote",
    "Span",
    "Summit",
    "TradeFigure",
    "escape_surrogates",
]

Granularity = Literal["day", "week", "month", "season", "year", "decade"]
FigureKind = Literal["money", "percent", "count", "number"]
AgreementKind = Literal[
    "partnership",
    "treaty",
    "trade",
    "defense",
    "memorandum",
    "statement",
    "plan",
    "programme",
    "other",
]
AgreementStatus = Literal[
    "proposed", "negotiating", "announced", "signed", "in_force", "reaffirmed", "other"
]
TradeUnit = Literal["money", "percent", "count"]
Backend = Literal["llm", "rules"]


_SURROGATE = re.compile("[\ud800-\udfff]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte of a file name (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}"


def escape_surrogates(value: str) -> str:
    """``value`` with each lone surrogate written out as text, so it can be encoded as UTF-8.

    A lone surrogate (``"\\ud800"`` from a JSON escape, or a byte of a file name that is not
    UTF-8, which Python keeps as ``"\\udcff"``) cannot be written to a UTF-8 file: serialising it
    raises. Ids and sources are made of such strings, and a batch must still write their line, so
    they become the six characters ``\\ud800`` (or ``\\xff`` for a file-name byte). The result
    is stable: the same input gives the same id on every run, which is what ``--resume`` needs.
    """
    if value.isascii() or _SURROGATE.search(value) is None:
        return value
    return _SURROGATE.sub(_escaped, value)


def _escape_tree(value: Any) -> Any:
    """Every string inside a dumped record, with lone surrogates escaped."""
    if isinstance(value, str):
        return escape_surrogates(value)
    if isinstance(value, dict):
        return {escape_surrogates(str(k)): _escape_tree(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_escape_tree(item) for item in value]
    return value


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class _Located(_Record):
    """A stretch of the article: the base of every record that carries its own offsets."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _offsets_fit_text(self) -> _Located:
        if self.end < self.start or self.end - self.start != len(self.text):
            raise ValueError(
                f"span [{self.start}, {self.end}) cannot hold {self.text!r} "
                f"({len(self.text)} characters)"
            )
        return self

    def matches(self, article: str) -> bool:
        """True when the article holds exactly ``text`` at ``[start, end)``."""
        return article[self.start : self.end] == self.text


class Span(_Located):
    """Evidence in the article: ``article[start:end] == text``."""


class Person(_Record):
    name: str
    title: str | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2")


class DateMention(_Located):
    """A date expression and its reading; ``value`` is the first day, ``value_end`` the last."""

    value: dt.date | None = None
    value_end: dt.date | None = None
    granularity: Granularity = "day"
    relative: bool = False


class Figure(_Located):
    """A number in the text with its reading: money, percent, count or plain number."""

    kind: FigureKind
    value: float
    value_max: float | None = None
    currency: str | None = Field(default=None, description="ISO 4217")
    approximate: bool = False


class Quote(_Record):
    """Words put in someone's mouth: ``text`` is verbatim, without the quote marks."""

    text: str
    speaker: str | None = None
    cue: str | None = None
    span: Span
    speaker_span: Span | None = None

    @model_validator(mode="after")
    def _text_is_span(self) -> Quote:
        if self.text != self.span.text:
            raise ValueError("a quote's text must be its span's text, verbatim")
        return self


class Summit(_Record):
    name: str | None = None
    participants: list[Person] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    location: str | None = None
    country: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    # What ``start_date``/``end_date`` hold: a day, or the first day of a month, a year …
    # ``None`` when there is no date or whoever made the record did not say.
    date_granularity: Granularity | None = None
    occasion: str | None = None
    topics: list[str] = Field(default_factory=list)
    evidence: list[Span] = Field(default_factory=list)


class Agreement(_Record):
    name: str
    kind: AgreementKind = "other"
    parties: list[str] = Field(default_factory=list)
    status: AgreementStatus = "other"
    date: dt.date | None = None
    # What ``date`` holds: "entered into force in September 2025" is 2025-09-01 with "month".
    # ``None`` when there is no date or whoever made the record did not say.
    date_granularity: Granularity | None = None
    previous: str | None = None
    topics: list[str] = Field(default_factory=list)
    evidence: list[Span] = Field(default_factory=list)


class TradeFigure(_Record):
    description: str
    parties: list[str] = Field(default_factory=list)
    value: float
    value_max: float | None = None
    currency: str | None = None
    unit: TradeUnit = "money"
    approximate: bool = False
    period: str | None = None
    evidence: list[Span] = Field(default_factory=list)


class Dateline(_Record):
    """The article's opening place and date ("Tokyo, January 16, 2026 –")."""

    place: str | None = None
    date: dt.date | None = None
    span: Span


class Page(_Record):
    """What a web page said about itself, read beside its main text (HTML and WARC input only).

    ``published_from_page`` tells where :attr:`Extraction.published` came from: true when the
    caller gave no date and the page's own ``date`` was used, so relative dates resolve.
    """

    extractor: Literal["trafilatura", "html.parser"]
    url: str | None = None
    title: str | None = None
    site: str | None = None
    author: str | None = None
    date: dt.date | None = None
    type: str | None = None
    published_from_page: bool = False


class Meta(_Record):
    """How the record set was made: backend, model, fallback reason, warnings and usage."""

    backend: Backend
    model: str | None = None
    fallback: str | None = None
    fallback_kind: str | None = Field(
        default=None,
        description=(
            "What made the LLM fail, for machines: 'auth', 'not_found', 'unreachable', "
            "'bad_request', 'context_overflow', 'timeout', 'time_budget', 'rate_limited', "
            "'server_error', 'invalid_answer' or 'other'; null when nothing fell back."
        ),
    )
    warnings: list[str] = Field(default_factory=list)
    usage: dict[str, Any] | None = None
    version: str
    prompt: str | None = Field(
        default=None, description="Prompt id (name@content-hash) of the LLM call, if one was made."
    )
    page: Page | None = Field(
        default=None, description="The web page's metadata, for HTML and WARC input."
    )


class _Line(_Record):
    """A whole output line (an extraction or an error line): always writable as JSON.

    Its id and source have lone surrogates escaped when the line is built, so a line read back
    carries the same id as the input it came from; any other lone surrogate is escaped when the
    line is dumped to JSON, so ``model_dump_json()`` never raises for one.
    """

    @field_validator("id", "source", mode="before", check_fields=False)
    @classmethod
    def _writable(cls, value: Any) -> Any:
        return escape_surrogates(value) if isinstance(value, str) else value

    @model_serializer(mode="wrap")
    def _json_safe(self, handler: SerializerFunctionWrapHandler, info: SerializationInfo) -> Any:
        data = handler(self)
        return _escape_tree(data) if info.mode_is_json() else data


class Extraction(_Line):
    """Everything summitparse found in one article."""

    id: str
    source: str | None = None
    published: dt.date | None = None
    dateline: Dateline | None = None
    summits: list[Summit] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    trade_figures: list[TradeFigure] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    meta: Meta
    text: str | None = Field(
        default=None, description="The article text the offsets refer to (only when asked for)."
    )

    @model_validator(mode="after")
    def _spans_lie_in_article(self, info: ValidationInfo) -> Extraction:
        article = self.text
        if article is None and isinstance(info.context, dict):
            article = info.context.get("text")
        if isinstance(article, str):
            for located in self.iter_spans():
                if not located.matches(article):
                    raise SpanMismatchError(
                        f"span [{located.start}, {located.end}) {located.text!r} does not match "
                        f"the article ({article[located.start : located.end]!r} stands there)",
                        article_id=self.id,
                    )
        return self

    def iter_spans(self) -> Iterator[_Located]:
        """Every located stretch in the extraction: evidence, quotes, speakers, mentions."""
        if self.dateline is not None:
            yield self.dateline.span
        for summit in self.summits:
            yield from summit.evidence
        for agreement in self.agreements:
            yield from agreement.evidence
        for trade in self.trade_figures:
            yield from trade.evidence
        for quote in self.quotes:
            yield quote.span
            if quote.speaker_span is not None:
                yield quote.speaker_span
        yield from self.dates
        yield from self.figures

    @property
    def ok(self) -> bool:
        """True: this article was extracted (an :class:`ExtractionError` says False)."""
        return True

    def check_spans(self, article: str) -> None:
        """Raise :class:`SpanMismatchError` unless every span slices ``article`` to its text."""
        Extraction.model_validate(self.model_dump(), context={"text": article})


class ErrorInfo(_Record):
    type: str
    message: str


class ExtractionError(_Line):
    """The result for an article that could not be extracted (a batch never raises for one)."""

    id: str
    source: str | None = None
    error: ErrorInfo

    @property
    def ok(self) -> bool:
        return False
