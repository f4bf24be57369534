"""Agreements: treaties, partnerships, memoranda, statements, plans and programmes.

Three ways an agreement is named in wire copy, tried in this order:

* a proper name ending in an agreement noun — "Japan-Italy Acquisition and Cross-Servicing
  Agreement (ACSA)", "Global Combat Air Programme", "Treaty of Lisbon";
* a quoted designation — elevating ties to a "special strategic partnership";
* a described one with a status verb in its clause — "signed a memorandum of understanding on
  critical minerals", "are negotiating a free trade agreement".

Status, date and parties are read from the clause around the name. An upgrade ("from a strategic
partnership to a comprehensive strategic partnership", "elevating the existing X to Y") records
the old level as ``previous`` of the new one, not as an agreement of its own. Mentions of the
same agreement merge into one record with all their evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summitparse.models import Agreement, AgreementKind, AgreementStatus, DateMention, Span
from summitparse.rules._clauses import Clause, clause_around, codes, compile_words, unique
from summitparse.rules._event_data import AGREEMENT_NOUNS, KIND_RULES, STATUS_RULES, TOPIC_WORDS
from summitparse.rules.context import ArticleContext
from summitparse.text import Sentence

__all__ = ["find_agreements"]

_NOUN = r"(?:" + "|".join(AGREEMENT_NOUNS) + r")"
_CAP_NOUN = (
    r"(?:Agreement|Accord|Treaty|Convention|Protocol|Charter|Pact|Partnership|Memorandum"
    r"(?: of (?:Understanding|Cooperation))?|Declaration|Statement|Communiqu[eé]|Plan|Programme|"
    r"Program|Framework|Initiative|Deal|Alliance|Roadmap)"
)
_CAP_WORD = r"(?:[A-Z][\w'’.]*(?:-[A-Z][\w'’.]*)*|[A-Z]{2,}\d*|\d+\+?\d*)"
_CONNECT = r"(?:\s+(?:and|of|for|on|the|de|to|in|with|&)\s+|\s+|-)"
_PROPER = re.compile(
    rf"(?<![\w-])(?P<name>(?:{_CAP_WORD}{_CONNECT}){{1,10}}?{_CAP_NOUN}"
    rf"(?:\s+(?:of|on|for)\s+(?:the\s+)?{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,3}})?)"
    rf"(?:\s*\((?P<acronym>[A-Z][A-Za-z0-9-]{{1,9}})\))?"
)
_QUOTED = re.compile(rf"[\"“](?P<name>[^\"“”\n]{{0,60}}?\b{_NOUN})[.,]?[\"”]", re.IGNORECASE)
_DESCRIBED = re.compile(
    rf"\b(?:a|an|the|their|its|new|two)\s+(?P<name>(?:[a-z][a-z-]*\s+){{0,4}}?{_NOUN}"
    rf"(?:\s+on\s+(?:[a-z-]+\s+){{0,3}}?[a-z-]+)?)\b(?![\w-])",
    re.IGNORECASE,
)
_UPGRADE = re.compile(r"\b(?:upgrad\w*|elevat\w*|rais\w*|lift\w*|promot\w*|from)\b", re.IGNORECASE)
_STATUS = [(re.compile(pattern, re.IGNORECASE), status) for pattern, status in STATUS_RULES]
_KIND = [(re.compile(pattern, re.IGNORECASE), kind) for pattern, kind in KIND_RULES]
_TOPIC = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in TOPIC_WORDS) + r")\b", re.IGNORECASE)
_GENERIC_ONLY = compile_words([r"(?:the|this|that|a|an|new|their|its)\s+" + _NOUN])
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_VAGUE_MODIFIERS = frozenset(
    {
        "upgraded",
        "existing",
        "new",
        "same",
        "current",
        "previous",
        "broader",
        "wider",
        "this",
        "that",
        "such",
        "any",
        "other",
        "bilateral",
        "overall",
        "two",
    }
)
_NON_AGREEMENT_NOUNS = frozenset(
    {
        "deal",
        "plan",
        "framework",
        "initiative",
        "alliance",
        "program",
        "programme",
        "partnership",
        "declaration",
        "protocol",
    }
)


@dataclass
class _Candidate:
    name: str
    start: int
    end: int
    sentence: Sentence
    proper: bool
    acronym: str | None = None
    previous: str | None = None
    spans: list[Span] = field(default_factory=list)


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", _LEADING_ARTICLE.sub("", name.lower())).strip()


def _candidates(context: ArticleContext, sentence: Sentence) -> list[_Candidate]:
    text = context.text
    found: list[_Candidate] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    for match in _PROPER.finditer(text, sentence.start, sentence.end):
        start, end = match.span("name")
        name = match.group("name")
        first = name.split()[0]
        if first in {"The", "A", "An"}:
            name = name.split(" ", 1)[1] if " " in name else name
            start = end - len(name)
        if len(name.split()) < 2 and "-" not in name:
            continue
        found.append(
            _Candidate(name, start, end, sentence, proper=True, acronym=match.group("acronym"))
        )
        taken.append((start, match.end()))
    for match in _QUOTED.finditer(text, sentence.start, sentence.end):
        start, end = match.span("name")
        if free(start, end):
            found.append(_Candidate(match.group("name").strip(), start, end, sentence, proper=True))
            taken.append((start, end))
    for match in _DESCRIBED.finditer(text, sentence.start, sentence.end):
        start, end = match.span("name")
        name = match.group("name")
        words = name.lower().split()
        if not free(start, end) or len(words) < 2 and words[0] in _NON_AGREEMENT_NOUNS:
            continue
        if words[0] in _VAGUE_MODIFIERS:
            continue
        found.append(_Candidate(name, start, end, sentence, proper=False))
        taken.append((start, end))
    return sorted(found, key=lambda c: c.start)


def _status(clause: Clause) -> AgreementStatus:
    for pattern, status in _STATUS:
        if pattern.search(clause.text):
            return status  # type: ignore[return-value]
    return "other"


def _kind(name: str) -> AgreementKind:
    for pattern, kind in _KIND:
        if pattern.search(name):
            return kind  # type: ignore[return-value]
    return "other"


def _date(context: ArticleContext, clause: Clause) -> DateMention | None:
    mentions = [
        m
        for m in context.dates
        if clause.start <= m.start and m.end <= clause.end and m.value is not None
    ]
    return mentions[0] if mentions else None


def _parties(context: ArticleContext, candidate: _Candidate, clause: Clause) -> list[str]:
    in_name = [
        c for c in context.countries if candidate.start <= c.start and c.end <= candidate.end
    ]
    if len(codes(in_name)) >= 2:
        return codes(in_name)
    in_clause = [
        c
        for c in context.countries
        if clause.start <= c.start and c.end <= clause.end and c.kind != "capital"
    ]
    found = codes(in_name) + codes(in_clause)
    sentence = [
        c for c in context.within(context.countries, candidate.sentence) if c.kind != "capital"
    ]
    if len(unique(found)) < 2:
        found += codes(sentence)
    return unique(found)


def _link_upgrades(context: ArticleContext, candidates: list[_Candidate]) -> list[_Candidate]:
    """Turn "X … to Y" pairs in one sentence into Y with ``previous = X``; drop the X."""
    kept: list[_Candidate] = []
    index = 0
    while index < len(candidates):
        current = candidates[index]
        following = candidates[index + 1] if index + 1 < len(candidates) else None
        if following is not None and following.sentence is current.sentence:
            between = context.text[current.end : following.start]
            before = context.text[current.sentence.start : current.start]
            if re.search(r"\bto\b", between) and _UPGRADE.search(before + between):
                following.previous = _LEADING_ARTICLE.sub("", current.name).strip('"“”')
                index += 1
                continue
        kept.append(current)
        index += 1
    return kept


def find_agreements(context: ArticleContext, *, fallback_parties: list[str]) -> list[Agreement]:
    """Agreements the article reports, merged by name, in order of first mention.

    ``fallback_parties`` (usually the summit's countries) are the parties of an agreement whose
    clause names no country ("the two sides signed a memorandum").
    """
    all_candidates: list[_Candidate] = []
    for sentence in context.sentences:
        all_candidates.extend(_link_upgrades(context, _candidates(context, sentence)))
    previous_levels = {_key(c.previous) for c in all_candidates if c.previous}
    merged: dict[str, Agreement] = {}
    acronyms: dict[str, str] = {}
    for candidate in all_candidates:
        key = _key(candidate.name)
        key = acronyms.get(key, key)
        if key in previous_levels and candidate.previous is None and key not in merged:
            continue
        clause = clause_around(context.text, candidate.sentence, candidate.start, candidate.end)
        status = _status(clause)
        if not candidate.proper and status in {"other"}:
            continue
        evidence = context.span(candidate.sentence)
        if key in merged:
            existing = merged[key]
            spans = (
                existing.evidence
                if evidence in existing.evidence
                else [*existing.evidence, evidence]
            )
            merged[key] = existing.model_copy(update={"evidence": spans})
            continue
        if candidate.acronym:
            acronyms[_key(candidate.acronym)] = key
        date = _date(context, clause)
        parties = _parties(context, candidate, clause)
        if len(parties) < 2:
            parties = unique(parties + fallback_parties)
        merged[key] = Agreement(
            name=candidate.name.strip(' "“”.,'),
            kind=_kind(candidate.name if candidate.proper else clause.text),
            parties=parties,
            status=status,
            date=date.value if date else None,
            previous=candidate.previous,
            topics=unique(m.group(0).lower() for m in _TOPIC.finditer(clause.text)),
            evidence=[evidence],
        )
    return list(merged.values())
