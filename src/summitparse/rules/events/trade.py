"""Trade figures: money, percentages and counts that measure trade between parties.

A figure is a trade figure when its clause names what is measured — trade volume, exports,
imports, investment, tariffs, sanctions — so "bilateral trade volume reaching approximately
$11.6 billion" is one and "a $2 billion stadium" is not. A figure in brackets right after another
("$11.6 billion (around €10-11 billion)") restates it: it joins the first one's evidence instead of
making a second record.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from summitparse.models import Figure, TradeFigure
from summitparse.rules.context import ArticleContext
from summitparse.rules.events.clauses import Clause, clause_around, codes, compile_words, unique
from summitparse.rules.events.data import TRADE_WORDS
from summitparse.text import make_span

__all__ = ["find_trade_figures"]

_TRADE = compile_words(TRADE_WORDS)
_UNITS = {"money": "money", "percent": "percent", "count": "count"}
_BEFORE_WINDOW = 120
_COORDINATION = re.compile(r",\s+(?:and|while|but|whereas)\s+", re.IGNORECASE)
_TRADE_AFTER = re.compile(
    r"\s*(?:a year\s+|annually\s+)?(?:(?:in|of|worth of|on)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<trade>(?:" + "|".join(TRADE_WORDS) + r"))\b",
    re.IGNORECASE,
)
# Words that measure a company's business as often as trade between countries ("$35 billion in
# annual revenue", "selling about 3,000 patents"): a figure they describe is a trade figure only
# when its own part of the clause names a country or bloc, not through the story's fallback.
_COMPANY_MEASURE = compile_words(
    (
        r"sales",
        r"sell(?:s|ing)?",
        r"sold",
        r"buy(?:s|ing)?",
        r"bought",
        r"revenues?",
        r"order(?:ed|s)?",
        r"purchases",
        r"loans?",
        r"lending",
    )
)
# "trade" naming a body or a place rather than a flow: "a trade union", "a free trade zone".
_TRADE_BODY_AFTER = re.compile(
    r"[ -](?:unions?|unionists?|zones?|fairs?|shows?|groups?|associations?|bodies|body)\b",
    re.IGNORECASE,
)
_NOT_TRADE = compile_words((r"loans?", r"lending"))
# A count of members, jobs, people or a firm's own sites measures a body, a workforce or a
# business, not what is traded: "normal trade relations with all 148 WTO members", "the quota
# will preserve 10,000 U.S. jobs", "sold its 2000 Thai and 74 Malaysian stores".
_NOT_TRADED_COUNT = re.compile(
    r"(?:[ \t]+[\w.-]+){0,4}?[ \t-]+(?:members?|jobs|workers|employees|staff|people|nations|"
    r"countries|states|seats|troops|soldiers|stores|shops|outlets|branches|offices)\b",
    re.IGNORECASE,
)
_AFTER_FIGURE_STOP = re.compile(r"[,;(]")
# Between the old and the new value of a change: "… from $X last year to $Y", "… from 4% to 9%".
_CHANGE_START = re.compile(r"\bfrom\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_CHANGE_END_GAP = re.compile(r"(?:\s+[\w-]+){0,3}?\s+to\s+(?:(?:about|around|some|nearly)\s+)?")
_RESTATEMENT = re.compile(r"\(\s*(?:[a-z]+\s+){0,3}$", re.IGNORECASE)


def _description(context: ArticleContext, clause: Clause, figure: Figure) -> str | None:
    """What the figure measures: the trade words nearest before it in its part of the clause
    ("bilateral trade volume reaching … $11.6 billion"), else right after it ("40 per cent
    tariff", "$2bn of exports"). A coordinated clause (", and roughly 3 million people …")
    starts a new measurement, so words before it do not count."""
    left = max(clause.start, figure.start - _BEFORE_WINDOW)
    coordinations = list(_COORDINATION.finditer(context.text, left, figure.start))
    if coordinations:
        left = coordinations[-1].end()
    before = [
        m
        for m in _TRADE.finditer(context.text, left, figure.start)
        if not _TRADE_BODY_AFTER.match(context.text, m.end())
    ]
    if before:
        return before[-1].group(0).lower()
    after = _TRADE_AFTER.match(context.text, figure.end, min(clause.end, figure.end + 40))
    return after.group("trade").lower() if after else None


def _change_end_of(
    context: ArticleContext, before: Figure, figure: Figure, record: TradeFigure
) -> str | None:
    """The description of a change's new value: in "trade to be increased from US$13.6 billion
    last year to US$20 billion annually" the second amount measures what the first one did,
    though its trade words are now far behind it."""
    if figure.kind != before.kind or figure.currency != before.currency:
        return None
    gap = context.text[before.end : figure.start]
    if _CHANGE_END_GAP.fullmatch(gap) is None:
        return None
    if _CHANGE_START.search(context.text, max(0, before.start - 40), before.start) is None:
        return None
    return record.description


def _is_restatement(context: ArticleContext, figure: Figure, previous: Figure | None) -> bool:
    if previous is None or previous.kind != figure.kind:
        return False
    gap = context.text[previous.end : figure.start]
    return len(gap) <= 30 and bool(_RESTATEMENT.search(gap))


def _parties(context: ArticleContext, clause: Clause, figure: Figure) -> list[str]:
    """Countries and blocs in the figure's part of the clause: from a coordination before it
    (", while imports from Japan …") to the first comma after it ("invested about $9 billion in
    Mexico, much of it … the U.S. market" stops at Mexico)."""
    stop = _AFTER_FIGURE_STOP.search(context.text, figure.end, clause.end)
    right = stop.start() if stop else clause.end
    coordinations = list(_COORDINATION.finditer(context.text, clause.start, figure.start))
    left = coordinations[-1].end() if coordinations else clause.start  # ", while imports …"
    found = context.between(context.countries, left, right)
    figures = context.between(context.figures, left, right)
    return codes([c for c in found if c.kind != "capital" and not _in_figure(c.start, figures)])


def _in_figure(pos: int, figures: Sequence[Figure]) -> bool:
    """A country written inside an amount is its currency ("US$13.6 billion", "A$5m"), not a
    party to what the amount measures. ``figures`` are in text order and never overlap."""
    i = bisect_right([f.start for f in figures], pos) - 1
    return i >= 0 and pos < figures[i].end


def _named_outside_figures(context: ArticleContext, parties: list[str]) -> list[str]:
    """The parties the article names other than as a currency: a story whose only "U.S." is in
    "U.S. $2 billion" does not make the United States a party."""
    starts = [f.start for f in context.figures]
    named = set()
    for mention in context.countries:
        i = bisect_right(starts, mention.start) - 1
        if i < 0 or mention.start >= context.figures[i].end:
            named.add(mention.code)
    return [p for p in parties if p in named]


def _period(context: ArticleContext, clause: Clause, figure: Figure) -> str | None:
    for mention in context.within(context.dates, clause):
        if mention.granularity in {"year", "month", "season"}:
            return mention.text
    return None


def find_trade_figures(
    context: ArticleContext, *, fallback_parties: list[str]
) -> list[TradeFigure]:
    """Trade figures in text order.

    ``fallback_parties`` (the summit's or the lead sentence's countries) complete the parties
    of a figure whose clause names fewer than two ("bilateral trade", "from the bloc").
    """
    records: list[TradeFigure] = []
    fallback_parties = _named_outside_figures(context, fallback_parties)
    for sentence in context.sentences:
        previous: Figure | None = None
        previous_recorded = False
        for figure in context.within(context.figures, sentence):
            unit = _UNITS.get(figure.kind)
            if unit is None or (unit == "money" and figure.currency is None):
                # an amount whose sign the copy lost ("a loan of 2.4 billion") is money of no
                # known currency: nothing a trade figure could be compared or converted with
                continue
            if unit == "count" and _NOT_TRADED_COUNT.match(context.text, figure.end):
                continue
            recorded_before = previous if previous_recorded else None
            if _is_restatement(context, figure, previous):
                if previous_recorded:
                    last = records[-1]
                    span = make_span(context.text, figure.start, figure.end)
                    records[-1] = last.model_copy(update={"evidence": [*last.evidence, span]})
                previous = figure
                continue
            previous = figure
            previous_recorded = False
            clause = clause_around(context.text, sentence, figure.start, figure.end)
            description = _description(context, clause, figure)
            if description is None and recorded_before is not None:
                description = _change_end_of(context, recorded_before, figure, records[-1])
            if description is None or _NOT_TRADE.fullmatch(description):
                continue  # loans, bailouts and aid are not trade (docs/annotation.md)
            parties = _parties(context, clause, figure)
            if not parties and _COMPANY_MEASURE.fullmatch(description):
                continue  # "The combined company would have $35 billion in annual revenue"
            if len(parties) == 1:  # "imports from Australia": the story's own country is the other
                parties = unique(parties + [c for c in fallback_parties if c not in parties][:1])
            elif not parties:
                parties = list(fallback_parties)
            records.append(
                TradeFigure(
                    description=description,
                    parties=parties,
                    value=figure.value,
                    value_max=figure.value_max,
                    currency=figure.currency,
                    unit=unit,
                    approximate=figure.approximate,
                    period=_period(context, clause, figure),
                    evidence=[
                        make_span(context.text, figure.start, figure.end),
                        context.span(sentence),
                    ],
                )
            )
            previous_recorded = True
    return records
