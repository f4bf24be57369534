"""From a closed cluster of mentions to the public :class:`~summitparse.events.model.Event`.

Resolved values are the most frequent among the mentions (ties go to the earliest reported),
and every field on which mentions differ is listed in ``disagreements`` with each value and its
articles: two dates or two cities are kept side by side, never averaged.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable

from summitparse.events.features import Mention
from summitparse.events.matching import Cluster
from summitparse.events.model import (
    Disagreement,
    Event,
    EventMention,
    FieldValue,
    StatusChange,
)
from summitparse.events.names import acronyms, fold

__all__ = ["build_event", "event_id"]

_FAR = dt.date.max


def _order(m: Mention) -> tuple[dt.date, str, str, int]:
    return (m.published or m.day or _FAR, m.article, m.kind, m.index)


def event_id(kind: str, anchor: Mention) -> str:
    """``ev-`` + 16 hex digits of SHA-1 over the kind and the earliest mention's identity."""
    digest = hashlib.sha1(f"{kind}|{anchor.article}|{anchor.kind}|{anchor.index}".encode())
    return "ev-" + digest.hexdigest()[:16]


def _values(
    mentions: list[Mention], get: Callable[[Mention], object], key: Callable[[str], str] = str
) -> dict[str, tuple[str, list[str]]]:
    """Distinct values (folded by ``key``) → (first spelling, articles), in reporting order."""
    seen: dict[str, tuple[str, list[str]]] = {}
    for m in mentions:
        value = get(m)
        if value is None:
            continue
        text = value.isoformat() if isinstance(value, dt.date) else str(value)
        _spelling, articles = seen.setdefault(key(text), (text, []))
        if m.article not in articles:
            articles.append(m.article)
    return seen


def _resolve(
    name: str,
    mentions: list[Mention],
    get: Callable[[Mention], object],
    disagreements: list[Disagreement],
    key: Callable[[str], str] = str,
) -> str | None:
    values = _values(mentions, get, key)
    if not values:
        return None
    if len(values) > 1:
        disagreements.append(
            Disagreement(
                field=name,
                values=[FieldValue(value=v, articles=a) for v, a in values.values()],
            )
        )
    counts = Counter({k: len(a) for k, (_, a) in values.items()})
    best = max(values, key=lambda k: counts[k])  # first reported wins ties (dict order)
    return values[best][0]


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _ranked(items: Iterable[str]) -> list[str]:
    counts = Counter(items)
    return sorted(counts, key=lambda x: (-counts[x], x))


def _participants(mentions: list[Mention]) -> list[str]:
    by_surname: dict[str, str] = {}
    for m in mentions:
        for person in m.participants:
            surname = fold(person.split()[-1]) if person.split() else fold(person)
            if len(person) > len(by_surname.get(surname, "")):
                by_surname[surname] = person
    return list(by_surname.values())


def _history(mentions: list[Mention]) -> list[StatusChange]:
    history: list[StatusChange] = []
    seen: set[str] = set()
    for m in mentions:
        if m.status not in seen:
            seen.add(m.status)
            history.append(
                StatusChange(status=m.status, date=m.day, article=m.article, published=m.published)
            )
    return history


def _latest_status(mentions: list[Mention]) -> str | None:
    dated = [m for m in mentions if m.day or m.published]
    if not dated:
        return mentions[-1].status if mentions else None
    return max(dated, key=lambda m: (m.published or m.day or _FAR, m.day or _FAR)).status


def _aliases(name: str | None, mentions: list[Mention]) -> list[str]:
    names = _values(mentions, lambda m: m.name, fold)
    aliases = [s for s, _ in names.values() if name is None or fold(s) != fold(name)]
    for spelling, _ in names.values():
        for acronym in sorted(acronyms(spelling)):
            if acronym not in aliases and acronym != name:
                aliases.append(acronym)
    return aliases


def _mention(m: Mention) -> EventMention:
    return EventMention(
        article=m.article,
        source=m.source,
        published=m.published,
        record="summit" if m.kind == "summit" else "agreement",
        index=m.index,
        status=m.status,
        date=m.day,
        evidence=list(m.evidence),
    )


def build_event(cluster: Cluster, block: str) -> Event:
    """The event a cluster stands for (resolved fields, history, disagreements, mentions)."""
    mentions = sorted(cluster.mentions, key=_order)
    anchor = mentions[0]
    kind = anchor.kind
    published = [m.published for m in mentions if m.published]
    disagreements: list[Disagreement] = []
    common = {
        "id": event_id(kind, anchor),
        "kind": kind,
        "block": block,
        "mentions": [_mention(m) for m in mentions],
        "n_mentions": len(mentions),
        "n_articles": len({m.article for m in mentions}),
        "first_reported": min(published, default=None),
        "last_reported": max(published, default=None),
        "status": _latest_status(mentions),
        "status_history": _history(mentions),
        "ambiguous": cluster.ambiguous,
    }
    if kind == "summit":
        body = _ranked(m.body for m in mentions if m.body)
        location = _resolve("location", mentions, lambda m: m.location, disagreements, fold)
        host = _resolve("host_country", mentions, lambda m: m.host, disagreements)
        start = _resolve("start_date", mentions, lambda m: m.start, disagreements)
        end = _resolve("end_date", mentions, lambda m: m.end, disagreements)
        countries = _ranked(c for m in mentions for c in m.countries)
        name = _resolve("name", mentions, lambda m: m.name, [], fold)
        where = location or host or "?"
        when = start or (min(published).isoformat() if published else "undated")
        what = body[0] if body else "-".join(sorted(countries)[:4]) or "summit"
        return Event(
            **common,
            label=f"{what} meeting, {where}, {when}",
            name=name,
            body=body[0] if body else None,
            participants=_participants(mentions),
            countries=countries,
            location=location,
            host_country=host,
            start_date=_date(start),
            end_date=_date(end),
            disagreements=disagreements,
        )
    name = _resolve("name", mentions, lambda m: m.name, [], fold)
    agreement_kind = _resolve("agreement_kind", mentions, lambda m: m.agreement_kind, disagreements)
    return Event(
        **common,
        label=name or "agreement",
        name=name,
        aliases=_aliases(name, mentions),
        agreement_kind=agreement_kind,
        parties=_ranked(p for m in mentions for p in m.parties),
        disagreements=disagreements,
    )
