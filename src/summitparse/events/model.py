"""The public event records: one row per real-world summit or agreement, with its evidence.

An :class:`Event` is what analysts load: the resolved fields, where each came from (``mentions``),
what the articles disagree on (``disagreements``, never averaged away) and how the event moved
through its stages (``status_history``). The models are frozen Pydantic v2 models like the
per-article records in :mod:`summitparse.models`, so an event read back from JSON Lines is the
same value that was written.

The ``id`` is ``ev-`` and 16 hex digits of a SHA-1 over the event's kind and the identity
(article id, record type, index) of its earliest mention, earliest by published date, then
article id. Adding articles published later, or articles about other events, never changes an
id; adding an earlier article about the same event moves the anchor, and so the id.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from summitparse.models import Span

__all__ = [
    "Disagreement",
    "Event",
    "EventKind",
    "EventMention",
    "FieldValue",
    "RecordType",
    "StatusChange",
]

EventKind = Literal["summit", "agreement"]
RecordType = Literal["summit", "agreement"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class EventMention(_Frozen):
    """One article's record of the event: where it is, and what that article said."""

    article: str
    source: str | None = None
    published: dt.date | None = None
    record: RecordType
    index: int = Field(ge=0, description="Position of the record in the article's list")
    status: str | None = None
    date: dt.date | None = Field(default=None, description="The record's own (first) date")
    evidence: list[Span] = Field(default_factory=list)


class StatusChange(_Frozen):
    """A stage of the event, first reported by ``article`` (published ``published``)."""

    status: str
    date: dt.date | None = None
    article: str
    published: dt.date | None = None


class FieldValue(_Frozen):
    """One of the values the mentions give for a field, and the articles that give it."""

    value: str
    articles: list[str]


class Disagreement(_Frozen):
    """Mentions that give a field different values: every value is kept with its articles."""

    field: str
    values: list[FieldValue]


class Event(_Frozen):
    """A summit or agreement resolved across articles (see the module docstring for ``id``)."""

    id: str
    kind: EventKind
    block: str = Field(description="The blocking key: only mentions sharing it are compared")
    label: str
    name: str | None = None
    aliases: list[str] = Field(
        default_factory=list, description="Other names and acronyms the articles use"
    )
    agreement_kind: str | None = None
    parties: list[str] = Field(default_factory=list)
    body: str | None = Field(default=None, description="The body whose meeting it is: G8, APEC…")
    participants: list[str] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    location: str | None = None
    host_country: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    status: str | None = Field(default=None, description="The latest stage reported")
    status_history: list[StatusChange] = Field(default_factory=list)
    mentions: list[EventMention]
    n_mentions: int
    n_articles: int
    first_reported: dt.date | None = None
    last_reported: dt.date | None = None
    disagreements: list[Disagreement] = Field(default_factory=list)
    ambiguous: str | None = Field(
        default=None,
        description="Why this mention was left as its own event instead of joining another",
    )
