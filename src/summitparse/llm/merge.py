"""LLM drafts + the rules' mentions → public records, every one grounded in the article.

What the model says is a claim; the article decides. For each drafted record:

- every evidence string is aligned to the article (:func:`summitparse.llm.grounding.ground`);
  strings that cannot be found, or that lie in a sentence addressed to a machine ("ignore all
  previous instructions …"), are left out; a record left without evidence is dropped and named
  in the warnings ("dropped agreement 'X': evidence not found in the article");
- quotes must be found verbatim (quote marks and white space aside), else they are dropped;
- names the model gives must be people the article names (:mod:`summitparse.llm.names`: whole
  words of one name, the full name or a later short form), else they are left out; a quote's
  speaker must agree with the attribution the rules read for that quote, else the rules' speaker
  is used; a speaker the rules did not attribute must be named in the quote's own sentence (or
  be the person a pronoun there stands for), not merely somewhere in the article;
- codes must be real ISO 3166-1 codes; a party that is no code must be named in the article;
- attributes must be supported by the record's own evidence: a location, a date and the
  free text the model wrote (an agreement's name — else the agreement is dropped —, a summit's
  name and occasion, topics, an agreement's predecessor; :mod:`summitparse.llm.support`) must
  stand in the paragraphs of the evidence (or the dateline), else they are left empty with a
  warning; nothing is taken from a sentence addressed to a machine
  (:mod:`summitparse.llm.injection`: such sentences are never evidence, and their names, dates
  and figures never count);
- dates and figures follow the rules (:mod:`summitparse.rules`): a summit's or agreement's date
  and a trade figure's value are checked against the rules' mentions inside the record's evidence
  (the article's mentions there, and ``find_dates`` / ``find_figures`` run on the evidence itself,
  which also catches a mention the article-level rules set aside); when a date matches none of
  them and the evidence names a day, or a value matches none of its figures, the rules' reading
  wins and a warning says so; a date the model left empty is filled when the evidence holds
  exactly one day; a date that neither a date around the evidence covers nor is the article's
  own (its publication or dateline day) is left empty with a warning; a
  value found nowhere in the article is kept with a warning;
- the article's ``dates`` and ``figures`` are the rules' mentions: the rules read every one
  in the text, the model is not asked to list them again.

Records from overlapping chunks of a long article are merged: the same quote (same span), the
same agreement (same name), the same summit (shared evidence, or same place and day) and the same
trade figure (same value, currency and unit) appear once, with their evidence joined.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar

from summitparse.llm.grounding import Level, ground
from summitparse.llm.injection import instruction_regions
from summitparse.llm.names import NameIndex
from summitparse.llm.repair import organisation, to_code
from summitparse.llm.schema import (
    AgreementDraft,
    ArticleDraft,
    PersonDraft,
    QuoteDraft,
    SummitDraft,
    TradeFigureDraft,
)
from summitparse.llm.secrets import clip
from summitparse.llm.support import has_text, supported
from summitparse.models import (
    Agreement,
    DateMention,
    Figure,
    Person,
    Quote,
    Span,
    Summit,
    TradeFigure,
)
from summitparse.records import Records
from summitparse.rules import find_dates, find_figures
from summitparse.text import Sentence, split_sentences

__all__ = ["DraftPart", "merge_drafts"]

_QUOTE_LEVELS: tuple[Level, ...] = ("exact", "quotes")
_FIGURE_UNITS = {"money": "money", "percent": "percent", "count": "count", "number": "count"}
_REL_TOLERANCE = 0.005

R = TypeVar("R", Summit, Agreement, TradeFigure, Quote)


@dataclass(frozen=True, slots=True)
class DraftPart:
    """The model's draft for the stretch ``[start, end)``: the whole article, or a chunk."""

    draft: ArticleDraft
    start: int
    end: int


@dataclass
class _Context:
    """The article, the rules' mentions and the warnings collected while merging."""

    article: str
    dates: Sequence[DateMention]
    figures: Sequence[Figure]
    blocked: list[tuple[int, int]]
    reference: dt.date | None = None
    quotes: Sequence[Quote] = ()
    warnings: list[str] = field(default_factory=list)
    _names: NameIndex | None = None

    @cached_property
    def sentences(self) -> list[Sentence]:
        return split_sentences(self.article)

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    @property
    def names(self) -> NameIndex:
        if self._names is None:
            self._names = NameIndex(self.article, self.blocked)
        return self._names

    def occurs(self, name: str) -> bool:
        """True when ``name`` stands as whole words in the article outside blocked sentences."""
        return self.occurs_in(name, [(0, len(self.article))])

    def occurs_in(self, name: str, regions: Sequence[tuple[int, int]]) -> bool:
        """True when ``name`` stands as whole words inside ``regions`` (case aside), unblocked."""
        words = name.split()
        if not words:
            return False
        pattern = re.compile(
            r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)", re.IGNORECASE
        )
        for start, end in regions:
            for match in pattern.finditer(self.article, start, end):
                if not self.is_blocked(
                    Span(start=match.start(), end=match.end(), text=match.group())
                ):
                    return True
        return False

    def is_blocked(self, span: Span) -> bool:
        return any(span.start < end and start < span.end for start, end in self.blocked)


def _short(text: str, limit: int = 60) -> str:
    return clip(text, limit)


# -- evidence -------------------------------------------------------------------------------------


def _evidence(ctx: _Context, label: str, strings: Iterable[str], near: int | None) -> list[Span]:
    """Grounded, de-duplicated evidence spans in text order.

    When nothing grounds, the record is dropped with one warning (and one per string that was
    an instruction in the text); when some strings ground and others do not, each string left
    out is named.
    """
    spans: dict[tuple[int, int], Span] = {}
    left_out: list[str] = []
    for string in strings:
        found = ground(ctx.article, string, near=near)
        if found is None:
            left_out.append(f"{label}: evidence {_short(string)!r} not found in the article")
        elif ctx.is_blocked(found.span):
            left_out.append(f"{label}: evidence {_short(string)!r} is an instruction in the text")
        else:
            spans[(found.span.start, found.span.end)] = found.span
    if spans:
        for message in left_out:
            ctx.warn(message + ", left out")
    else:
        for message in left_out:
            if message.endswith("is an instruction in the text"):
                ctx.warn(message)
        ctx.warn(f"dropped {label}: evidence not found in the article")
    return [spans[key] for key in sorted(spans)]


def _spans(article: str, regions: Sequence[tuple[int, int]]) -> list[Span]:
    return [Span(start=start, end=end, text=article[start:end]) for start, end in regions]


def _inside(start: int, end: int, spans: Sequence[Span]) -> bool:
    return any(start < span.end and span.start < end for span in spans)


def _dates_in(ctx: _Context, evidence: Sequence[Span]) -> list[DateMention]:
    """Dates with a value inside the evidence: the article's mentions, then the evidence's own."""
    found = {(d.start, d.end): d for d in ctx.dates if _inside(d.start, d.end, evidence)}
    for span in evidence:
        for mention in find_dates(span.text, reference=ctx.reference):
            found.setdefault((span.start + mention.start, span.start + mention.end), mention)
    return [d for _, d in sorted(found.items()) if d.value is not None]


def _figures_in(ctx: _Context, evidence: Sequence[Span]) -> list[Figure]:
    """Figures inside the evidence: the article's mentions, then the evidence's own."""
    found = {(f.start, f.end): f for f in ctx.figures if _inside(f.start, f.end, evidence)}
    for span in evidence:
        for figure in find_figures(span.text):
            found.setdefault((span.start + figure.start, span.start + figure.end), figure)
    return [f for _, f in sorted(found.items())]


# -- dates ----------------------------------------------------------------------------------------


def _covers(mention: DateMention, value: dt.date) -> bool:
    assert mention.value is not None
    return mention.value <= value <= (mention.value_end or mention.value)


def _check_date(
    ctx: _Context,
    label: str,
    name: str,
    value: dt.date | None,
    evidence: Sequence[Span],
    region: Sequence[tuple[int, int]],
) -> dt.date | None:
    """The record's date after the rules had their say (see the module docstring)."""
    local = _dates_in(ctx, evidence)
    if value is None:
        only = {d.value for d in local if d.granularity == "day"}
        return only.pop() if len(only) == 1 else None
    if any(_covers(d, value) for d in local):
        return value
    days = [d for d in local if d.granularity == "day"]
    if days:  # only a day can stand in for a day: "in 1866" says nothing against 2026-01-16
        best = min(days, key=lambda d: abs(((d.value or value) - value).days))
        assert best.value is not None
        ctx.warn(
            f"{label}: {name} {value.isoformat()} disagrees with {best.text!r} "
            f"({best.value.isoformat()}) in its evidence; the text's date is used"
        )
        return best.value
    around = [
        d
        for d in ctx.dates
        if d.value is not None and _inside(d.start, d.end, _spans(ctx.article, region))
    ]
    if value == ctx.reference or any(_covers(d, value) for d in around):
        return value  # the article's own date (publication, dateline) counts like a dateline
    ctx.warn(f"{label}: {name} {value.isoformat()} is not supported by its evidence, left empty")
    return None


# -- summits --------------------------------------------------------------------------------------


def _codes(ctx: _Context, label: str, values: Iterable[str], *, parties: bool = False) -> list[str]:
    """Real ISO codes; for parties also organisations the rules know or the article names."""
    seen: list[str] = []
    for value in values:
        text = value.strip()
        code = to_code(text)
        if code is None and parties and (organisation(text) == text or ctx.occurs(text)):
            code = text
        if code is None:
            ctx.warn(
                f"{label}: {_short(text)!r} is neither an ISO country code nor named, left out"
            )
        elif code not in seen:
            seen.append(code)
    return seen


def _host(ctx: _Context, label: str, value: str | None) -> str | None:
    if value is None:
        return None
    code = to_code(value)
    if code is None:
        ctx.warn(f"{label}: host country {_short(value)!r} is not an ISO code, left empty")
    return code


def _person(ctx: _Context, label: str, draft: PersonDraft) -> Person | None:
    name = ctx.names.resolve(draft.name)
    if name is None:
        ctx.warn(f"{label}: participant {draft.name!r} is not a person the article names, left out")
        return None
    country = to_code(draft.country) if draft.country else None
    if draft.country and country is None:
        ctx.warn(
            f"{label}: country {_short(draft.country)!r} of {name!r} is not an ISO code, left empty"
        )
    return Person(name=name, title=draft.title, country=country)


def _paragraphs(article: str, evidence: Sequence[Span]) -> list[tuple[int, int]]:
    """The paragraphs holding the evidence, plus the article's opening (its dateline)."""
    regions = [(0, min(len(article), 200))]
    for span in evidence:
        start = article.rfind("\n", 0, span.start) + 1
        end = article.find("\n", span.end)
        regions.append((start, len(article) if end < 0 else end))
    return regions


def _region(ctx: _Context, evidence: Sequence[Span]) -> list[tuple[int, int]]:
    """The stretch that supports a record's attributes: its evidence's paragraphs and the
    dateline, less any sentence addressed to a machine."""
    pieces = _paragraphs(ctx.article, evidence)
    for block_start, block_end in ctx.blocked:
        cut: list[tuple[int, int]] = []
        for start, end in pieces:
            if block_end <= start or end <= block_start:
                cut.append((start, end))
                continue
            if start < block_start:
                cut.append((start, block_start))
            if block_end < end:
                cut.append((block_end, end))
        pieces = cut
    return pieces


def _backed(
    ctx: _Context, label: str, field: str, value: str | None, region: Sequence[tuple[int, int]]
) -> str | None:
    """``value`` when the text around the evidence supports it, else ``None`` with a warning."""
    if value is None:
        return None
    if has_text(value) and supported(value, [ctx.article[a:b] for a, b in region]):
        return value
    ctx.warn(f"{label}: {field} {_short(value)!r} is not supported by its evidence, left empty")
    return None


def _backed_all(
    ctx: _Context, label: str, values: Iterable[str], region: Sequence[tuple[int, int]]
) -> list[str]:
    kept = (_backed(ctx, label, "topic", v, region) for v in values)
    return list(dict.fromkeys(v for v in kept if v is not None))


def _summit(ctx: _Context, draft: SummitDraft, near: int | None) -> Summit | None:
    label = f"summit {draft.name or draft.location or 'without a name'!r}"
    evidence = _evidence(ctx, label, draft.evidence, near)
    if not evidence:
        return None
    region = _region(ctx, evidence)
    location = draft.location
    if location and not ctx.occurs_in(location, region):
        ctx.warn(f"{label}: location {location!r} is not supported by its evidence, left empty")
        location = None
    participants: list[Person] = []
    for person in (_person(ctx, label, d) for d in draft.participants):
        if person is not None and all(p.name != person.name for p in participants):
            participants.append(person)
    start = _check_date(ctx, label, "start_date", draft.start_date, evidence, region)
    end = _check_date(ctx, label, "end_date", draft.end_date, evidence, region)
    if draft.start_date is None and draft.end_date is None:
        end = start
    return Summit(
        name=_backed(ctx, label, "name", draft.name, region),
        participants=participants,
        countries=_codes(ctx, label, draft.countries),
        location=location,
        country=_host(ctx, label, draft.country),
        start_date=start,
        end_date=end,
        occasion=_backed(ctx, label, "occasion", draft.occasion, region),
        topics=_backed_all(ctx, label, draft.topics, region),
        evidence=evidence,
    )


# -- agreements -----------------------------------------------------------------------------------


def _agreement(ctx: _Context, draft: AgreementDraft, near: int | None) -> Agreement | None:
    name = draft.name.strip().strip("\"'“”‘’").strip()
    label = f"agreement {name!r}"
    if not has_text(name):
        ctx.warn(f"dropped an agreement without a name ({_short(draft.name)!r})")
        return None
    evidence = _evidence(ctx, label, draft.evidence, near)
    if not evidence:
        return None
    region = _region(ctx, evidence)
    if not supported(name, [ctx.article[a:b] for a, b in region]):
        ctx.warn(f"dropped {label}: its name is not supported by its evidence")
        return None
    return Agreement(
        name=name,
        kind=draft.kind,
        parties=_codes(ctx, label, draft.parties, parties=True),
        status=draft.status,
        date=_check_date(ctx, label, "date", draft.date, evidence, region),
        previous=_backed(ctx, label, "previous", draft.previous, region),
        topics=_backed_all(ctx, label, draft.topics, region),
        evidence=evidence,
    )


# -- trade figures --------------------------------------------------------------------------------


def _same_value(a: float, b: float) -> bool:
    return abs(a - b) <= _REL_TOLERANCE * max(abs(a), abs(b), 1e-9)


def _figure_distance(draft: TradeFigureDraft, figure: Figure) -> tuple[int, float]:
    currency = 0 if (draft.currency or "").upper() == (figure.currency or "") else 1
    scale = abs(draft.value - figure.value) / max(abs(draft.value), abs(figure.value), 1e-9)
    return currency, scale


def _trade_figure(ctx: _Context, draft: TradeFigureDraft, near: int | None) -> TradeFigure | None:
    label = f"trade figure {draft.description!r}"
    evidence = _evidence(ctx, label, draft.evidence, near)
    if not evidence:
        return None
    local = [f for f in _figures_in(ctx, evidence) if _FIGURE_UNITS[f.kind] == draft.unit]
    chosen = next((f for f in local if _same_value(f.value, draft.value)), None)
    if chosen is None and local:
        chosen = min(local, key=lambda f: _figure_distance(draft, f))
        ctx.warn(
            f"{label}: value {draft.value:g} disagrees with {chosen.text!r} "
            f"({chosen.value:g}) in its evidence; the text's reading is used"
        )
    if chosen is None:
        if not any(_same_value(f.value, draft.value) for f in ctx.figures):
            ctx.warn(
                f"{label}: value {draft.value:g} is not among the article's figures (unchecked)"
            )
        value, value_max = draft.value, draft.value_max
        currency, approximate = draft.currency, draft.approximate
    else:
        value, value_max = chosen.value, chosen.value_max
        currency, approximate = chosen.currency or draft.currency, chosen.approximate
    return TradeFigure(
        description=draft.description,
        parties=_codes(ctx, label, draft.parties, parties=True),
        value=value,
        value_max=value_max,
        currency=currency.upper() if currency else None,
        unit=draft.unit,
        approximate=approximate,
        period=draft.period,
        evidence=evidence,
    )


# -- quotes ---------------------------------------------------------------------------------------


def _quote_text(text: str) -> str:
    text = text.strip().strip('"“”«»„').strip()
    return text[:-1].rstrip() if text.endswith(",") else text


def _speaker_span(ctx: _Context, speaker: str, quote: Span) -> Span | None:
    """The mention of the speaker nearest the quote: full name or surname, outside the quote."""
    middle = (quote.start + quote.end) // 2
    words = speaker.split()
    candidates: list[Span] = []
    for name in {speaker, words[-1] if words else ""}:
        if len(name) > 2:
            found = ground(ctx.article, name, levels=("exact",), near=middle)
            if found is not None and not _inside(found.span.start, found.span.end, [quote]):
                candidates.append(found.span)
    return min(candidates, key=lambda s: (abs(s.start - middle), -len(s.text)), default=None)


_PRONOUN_CUE = re.compile(
    r"\b(?:he|she|they|the (?:\w+ ){0,2}(?:minister|president|leader|chancellor|premier|"
    r"spokesman|spokeswoman|spokesperson|official))\b",
    re.IGNORECASE,
)
_PRONOUN_REACH = 600  # how far back "she said" looks for the person it stands for


def _attribution(ctx: _Context, span: Span) -> list[tuple[int, int]]:
    """The quote's own sentences, the quote itself left out: where its speaker is named."""
    start, end = span.start, span.end
    for sentence in ctx.sentences:
        if sentence.start < span.end and span.start < sentence.end:
            start, end = min(start, sentence.start), max(end, sentence.end)
    return [(start, span.start), (span.end, end)]


def _named_in(ctx: _Context, speaker: str, regions: Sequence[tuple[int, int]]) -> bool:
    words = speaker.split()
    forms = {speaker, words[0], words[-1]} if len(words) > 1 else {speaker}
    return any(len(form) > 1 and ctx.occurs_in(form, regions) for form in forms)


def _said_by(ctx: _Context, speaker: str, span: Span) -> bool:
    """True when the quote's attribution names ``speaker``, or a pronoun there stands for them.

    A pronoun ("she stated", "the minister said") stands for the last person named before the
    quote; a speaker named only elsewhere in the article did not say it.
    """
    regions = _attribution(ctx, span)
    if _named_in(ctx, speaker, regions):
        return True
    if not any(_PRONOUN_CUE.search(ctx.article, start, end) for start, end in regions):
        return False
    before = [
        m for m in ctx.names.mentions if m[1] <= span.start and span.start - m[1] <= _PRONOUN_REACH
    ]
    return bool(before) and ctx.names.same_person(max(before)[2], speaker)


def _speaker(ctx: _Context, text: str, speaker: str | None, span: Span) -> str | None:
    """The quote's speaker once its attribution had its say (see the module docstring)."""
    if not speaker:
        return None
    label = f"quote {_short(text)!r}"
    resolved = ctx.names.resolve_speaker(speaker)
    if resolved is None:
        ctx.warn(f"{label}: speaker {speaker!r} is not a person the article names, left empty")
        return None
    attributed = next(
        (
            q.speaker
            for q in ctx.quotes
            if q.speaker and q.span.start < span.end and span.start < q.span.end
        ),
        None,
    )
    if attributed is not None:
        if ctx.names.same_person(attributed, resolved):
            return resolved
        ctx.warn(
            f"{label}: speaker {resolved!r} disagrees with its attribution to {attributed!r}; "
            "the text's speaker is used"
        )
        return attributed
    if _said_by(ctx, resolved, span):
        return resolved
    ctx.warn(f"{label}: speaker {resolved!r} is not named in the quote's attribution, left empty")
    return None


def _quote(ctx: _Context, draft: QuoteDraft, near: int | None) -> Quote | None:
    text = _quote_text(draft.text)
    found = ground(ctx.article, text, levels=_QUOTE_LEVELS, near=near) if text else None
    if found is None:
        ctx.warn(f"dropped quote {_short(draft.text)!r}: not found verbatim in the article")
        return None
    span = found.span
    if ctx.is_blocked(span):
        ctx.warn(f"dropped quote {_short(draft.text)!r}: it is an instruction in the text")
        return None
    speaker = _speaker(ctx, text, draft.speaker.strip() if draft.speaker else None, span)
    return Quote(
        text=span.text,
        speaker=speaker,
        cue=draft.cue if draft.cue and ctx.occurs(draft.cue) else None,
        span=span,
        speaker_span=_speaker_span(ctx, speaker, span) if speaker else None,
    )


# -- de-duplication across chunks -----------------------------------------------------------------


def _union(first: list[Span], second: list[Span]) -> list[Span]:
    spans = {(s.start, s.end): s for s in (*first, *second)}
    return [spans[key] for key in sorted(spans)]


def _join_lists(a: list[str], b: list[str]) -> list[str]:
    return a + [item for item in b if item not in a]


def _same_summit(a: Summit, b: Summit) -> bool:
    shared = {(s.start, s.end) for s in a.evidence} & {(s.start, s.end) for s in b.evidence}
    same_place = bool(a.location) and a.location == b.location and a.start_date == b.start_date
    return bool(shared) or same_place or (bool(a.name) and a.name == b.name)


def _join_summits(a: Summit, b: Summit) -> Summit:
    names = {p.name for p in a.participants}
    return a.model_copy(
        update={
            "name": a.name or b.name,
            "participants": a.participants + [p for p in b.participants if p.name not in names],
            "countries": _join_lists(a.countries, b.countries),
            "location": a.location or b.location,
            "country": a.country or b.country,
            "start_date": a.start_date or b.start_date,
            "end_date": a.end_date or b.end_date,
            "occasion": a.occasion or b.occasion,
            "topics": _join_lists(a.topics, b.topics),
            "evidence": _union(a.evidence, b.evidence),
        }
    )


def _name_key(name: str) -> str:
    key = " ".join(name.casefold().split())
    return key[4:] if key.startswith("the ") else key


def _same_agreement(a: Agreement, b: Agreement) -> bool:
    return _name_key(a.name) == _name_key(b.name)


def _join_agreements(a: Agreement, b: Agreement) -> Agreement:
    return a.model_copy(
        update={
            "parties": _join_lists(a.parties, b.parties),
            "date": a.date or b.date,
            "previous": a.previous or b.previous,
            "topics": _join_lists(a.topics, b.topics),
            "evidence": _union(a.evidence, b.evidence),
        }
    )


def _same_trade(a: TradeFigure, b: TradeFigure) -> bool:
    return a.unit == b.unit and a.currency == b.currency and _same_value(a.value, b.value)


def _join_trade(a: TradeFigure, b: TradeFigure) -> TradeFigure:
    return a.model_copy(
        update={
            "parties": _join_lists(a.parties, b.parties),
            "period": a.period or b.period,
            "evidence": _union(a.evidence, b.evidence),
        }
    )


def _same_quote(a: Quote, b: Quote) -> bool:
    return (a.span.start, a.span.end) == (b.span.start, b.span.end)


def _join_quotes(a: Quote, b: Quote) -> Quote:
    return a if a.speaker or not b.speaker else b


def _dedupe(
    records: Iterable[R], same: Callable[[R, R], bool], join: Callable[[R, R], R]
) -> list[R]:
    kept: list[R] = []
    for record in records:
        for index, earlier in enumerate(kept):
            if same(earlier, record):
                kept[index] = join(earlier, record)
                break
        else:
            kept.append(record)
    return kept


def _first_offset(record: Summit | Agreement | TradeFigure) -> int:
    return record.evidence[0].start if record.evidence else 0


# -- the merge ------------------------------------------------------------------------------------


def merge_drafts(
    article: str,
    parts: Sequence[DraftPart],
    rules: Records,
    *,
    reference: dt.date | None = None,
) -> tuple[Records, list[str]]:
    """Grounded public records for ``article`` from the model's drafts, and the warnings.

    ``rules`` holds the rules' mentions in the whole article; ``reference`` is the date relative
    expressions in evidence resolve against (publication, else dateline).
    """
    blocked = instruction_regions(article)
    ctx = _Context(
        article,
        [d for d in rules.dates if not _inside(d.start, d.end, _spans(article, blocked))],
        [f for f in rules.figures if not _inside(f.start, f.end, _spans(article, blocked))],
        blocked,
        reference,
        quotes=rules.quotes,
    )
    summits: list[Summit] = []
    agreements: list[Agreement] = []
    trade: list[TradeFigure] = []
    quotes: list[Quote] = []
    for part in parts:
        whole = part.start == 0 and part.end >= len(article.rstrip())
        near = None if whole else (part.start + part.end) // 2  # prefer hits inside the chunk
        summits += [s for s in (_summit(ctx, d, near) for d in part.draft.summits) if s]
        agreements += [a for a in (_agreement(ctx, d, near) for d in part.draft.agreements) if a]
        trade += [t for t in (_trade_figure(ctx, d, near) for d in part.draft.trade_figures) if t]
        quotes += [q for q in (_quote(ctx, d, near) for d in part.draft.quotes) if q]
    records = Records(
        summits=sorted(_dedupe(summits, _same_summit, _join_summits), key=_first_offset),
        agreements=sorted(
            _dedupe(agreements, _same_agreement, _join_agreements), key=_first_offset
        ),
        trade_figures=sorted(_dedupe(trade, _same_trade, _join_trade), key=_first_offset),
        quotes=sorted(_dedupe(quotes, _same_quote, _join_quotes), key=lambda q: q.span.start),
        dates=list(rules.dates),
        figures=list(rules.figures),
    )
    return records, ctx.warnings
