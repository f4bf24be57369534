"""Two flat tables, events and mentions, as pandas, DuckDB and R read them.

One row per event (lists joined with ``;``, countries also in ISO 3166-1 alpha-3) and one row
per mention with its event id and first evidence span. Dates are ISO strings; empty cells are
missing values.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pycountry

from summitparse.events.model import Event

__all__ = ["EVENT_COLUMNS", "MENTION_COLUMNS", "event_row", "mention_rows", "mentions_path"]

EVENT_COLUMNS = (
    "id", "kind", "label", "name", "aliases", "agreement_kind", "parties", "body",
    "participants", "countries", "countries_iso3", "location", "host_country", "host_iso3",
    "start_date", "end_date", "status", "statuses", "n_mentions", "n_articles",
    "first_reported", "last_reported", "disagreements", "ambiguous",
)  # fmt: skip
MENTION_COLUMNS = (
    "event_id", "article", "source", "published", "record", "index", "status", "date",
    "evidence_start", "evidence_end", "evidence_text", "n_evidence",
)  # fmt: skip


def _iso3(code: str | None) -> str | None:
    if not code:
        return None
    country = pycountry.countries.get(alpha_2=code)
    return str(country.alpha_3) if country else None


def _join(values: list[str]) -> str | None:
    return ";".join(values) if values else None


def _day(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def event_row(event: Event) -> dict[str, Any]:
    """The events-table row of an event."""
    return {
        "id": event.id,
        "kind": event.kind,
        "label": event.label,
        "name": event.name,
        "aliases": _join(event.aliases),
        "agreement_kind": event.agreement_kind,
        "parties": _join(event.parties),
        "body": event.body,
        "participants": _join(event.participants),
        "countries": _join(event.countries),
        "countries_iso3": _join([c for c in map(_iso3, event.countries) if c]),
        "location": event.location,
        "host_country": event.host_country,
        "host_iso3": _iso3(event.host_country),
        "start_date": _day(event.start_date),
        "end_date": _day(event.end_date),
        "status": event.status,
        "statuses": _join([s.status for s in event.status_history]),
        "n_mentions": event.n_mentions,
        "n_articles": event.n_articles,
        "first_reported": _day(event.first_reported),
        "last_reported": _day(event.last_reported),
        "disagreements": _join([d.field for d in event.disagreements]),
        "ambiguous": event.ambiguous,
    }


def mention_rows(event: Event) -> list[dict[str, Any]]:
    """The mentions-table rows of an event."""
    rows = []
    for m in event.mentions:
        span = m.evidence[0] if m.evidence else None
        rows.append(
            {
                "event_id": event.id,
                "article": m.article,
                "source": m.source,
                "published": _day(m.published),
                "record": m.record,
                "index": m.index,
                "status": m.status,
                "date": _day(m.date),
                "evidence_start": span.start if span else None,
                "evidence_end": span.end if span else None,
                "evidence_text": span.text if span else None,
                "n_evidence": len(m.evidence),
            }
        )
    return rows


def mentions_path(events_path: str | Path) -> Path:
    """Where the mentions table goes beside ``events.csv``: ``events.mentions.csv``."""
    path = Path(events_path)
    return path.with_name(f"{path.stem}.mentions{path.suffix}")
