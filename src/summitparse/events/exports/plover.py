"""PLOVER-style records, with CAMEO codes from a static table (never from a model).

Following the PLOVER manual: a meeting that took place is CONSULT; one announced, scheduled,
postponed or cancelled is AGREE (an agreement to meet), CAMEO 036. CONSULT's mode: ``visit``
when one participating country hosts the others (the visitors are the ``actor``, the host the
``recipient``; CAMEO 042 "make a visit", and 043 "host a visit" from the host's side, given as
``cameo_recipient``), ``third-party`` when the meeting is in a country that does not take part
(044), ``multilateral`` for a body's meeting or three countries or more (040). An agreement is
AGREE: CAMEO 057 "sign formal agreement" once announced, signed or in force, 036 before.
"""

from __future__ import annotations

from typing import Any

from summitparse.events.model import Event

__all__ = ["AGREEMENT_CODES", "SUMMIT_CODES", "plover_record"]

# (event, mode) → CAMEO code
SUMMIT_CODES: dict[tuple[str, str | None], str] = {
    ("CONSULT", "visit"): "042",
    ("CONSULT", "third-party"): "044",
    ("CONSULT", "multilateral"): "040",
    ("AGREE", None): "036",
}
HOST_CODE = "043"
# agreement status → CAMEO code
AGREEMENT_CODES: dict[str, str] = {
    "announced": "057",
    "signed": "057",
    "in_force": "057",
    "proposed": "036",
    "negotiating": "036",
    "reaffirmed": "057",
    "other": "036",
}
_CONTEXT = {"trade": "economic", "defense": "military"}


def _summit_mode(event: Event) -> tuple[str | None, list[str], list[str]]:
    countries = list(event.countries)
    host = event.host_country
    if event.body or len(countries) >= 3:
        return "multilateral", countries, []
    if host and host in countries and len(countries) == 2:
        return "visit", [c for c in countries if c != host], [host]
    if host and host not in countries:
        return "third-party", countries, []
    return "multilateral", countries, []


def plover_record(event: Event) -> dict[str, Any]:
    """The event as a PLOVER-style JSON object (see the module docstring for the mapping)."""
    first = event.mentions[0]
    context = ["diplomatic"]
    if event.kind == "summit":
        took_place = event.status == "held"
        kind = "CONSULT" if took_place else "AGREE"
        mode, actor, recipient = _summit_mode(event) if took_place else (None, event.countries, [])
        code = SUMMIT_CODES[(kind, mode)]
        date = event.start_date or (event.status_history[0].date if event.status_history else None)
    else:
        kind, mode = "AGREE", None
        actor, recipient = list(event.parties), []
        code = AGREEMENT_CODES.get(event.status or "other", "036")
        date = next((s.date for s in reversed(event.status_history) if s.date), None)
        context.append(_CONTEXT.get(event.agreement_kind or "", "diplomatic"))
    return {
        "id": event.id,
        "date": (date or event.first_reported or first.published or "").__str__() or None,
        "event": kind,
        "mode": mode,
        "context": sorted(set(context)),
        "actor": actor,
        "recipient": recipient,
        "cameo": code,
        "cameo_recipient": HOST_CODE if mode == "visit" else None,
        "location": {"name": event.location, "country": event.host_country}
        if event.kind == "summit"
        else None,
        "label": event.label,
        "event_text": first.evidence[0].text if first.evidence else None,
        "story_id": first.article,
        "publisher": first.source,
        "pub_date": first.published.isoformat() if first.published else None,
        "num_mentions": event.n_mentions,
        "num_articles": event.n_articles,
        "stories": sorted({m.article for m in event.mentions}),
    }
