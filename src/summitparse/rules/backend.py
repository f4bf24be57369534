"""The deterministic backend: every rule over one article, offline, no key.

The order matters only where one finder reads another's output: the dateline gives the reference
date for relative dates; summits give the fallback parties of agreements and trade figures.
"""

from __future__ import annotations

import datetime as dt

from summitparse.models import Dateline, DateMention, Figure
from summitparse.records import Records
from summitparse.rules.context import analyse
from summitparse.rules.events.agreements import find_agreements
from summitparse.rules.events.summits import find_summits
from summitparse.rules.events.trade import find_trade_figures
from summitparse.rules.places.dateline import find_dateline

__all__ = ["extract_records"]


def extract_records(
    text: str, *, published: dt.date | None = None
) -> tuple[Dateline | None, Records]:
    """The dateline and every record the rules find in ``text``."""
    dateline = find_dateline(text, published=published)
    reference = published or (dateline.date if dateline else None)
    context = analyse(
        text,
        reference=reference,
        dateline_place=dateline.place if dateline else None,
        dateline_date=dateline.date if dateline else None,
        dateline_end=dateline.span.end if dateline else 0,
    )
    summits = find_summits(context)
    summit = summits[0] if summits else None
    fallback = summit.countries if summit else context.lead_countries()
    return dateline, Records(
        summits=summits,
        agreements=find_agreements(context, summit=summit),
        trade_figures=find_trade_figures(context, fallback_parties=fallback),
        quotes=context.quotes,
        dates=context.dates,
        figures=_outside_dates(context.figures, context.dates),
    )


def _outside_dates(figures: list[Figure], dates: list[DateMention]) -> list[Figure]:
    """Plain numbers that lie inside a date ("9" in "April 8 and 9") are the date's, not figures.

    Money, percentages and counts are kept: a date reading never swallows "$5 billion".
    """
    spans = [(d.start, d.end) for d in dates]
    return [
        f
        for f in figures
        if f.kind != "number" or not any(s <= f.start and f.end <= e for s, e in spans)
    ]
