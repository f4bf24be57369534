"""Gold against predictions: precision, recall, F1 and attribute accuracy per record type.

Gold and predictions are the JSON that ``summitparse extract`` writes (a gold file is an output
file corrected by hand; fields a gold record leaves out are not checked).

Matching rules, per article and record type, one to one, greedy by best score:

* ``dates``, ``figures``: spans match when they overlap; ``quotes`` likewise on ``span``.
* ``trade_figures``: same value (relative 1e-6) and, where the gold gives one, currency.
* ``agreements``: names equal after case and punctuation folding, one containing the other,
  or a fuzzy ratio of at least 85.
* ``summits``: at least one participant in common, or the same location and start date.

Attribute accuracy counts, over matched pairs, the attributes the gold gives that the prediction
gets right: lists compare as sets (participants by name), numbers within relative 1e-6.
This module never imports the LLM stack. Each record type in
:data:`~summitparse.records.RECORD_TYPES` has its matching rule and attributes here.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from summitparse.io.datasets import LineTooLong, read_lines
from summitparse.records import RECORD_TYPES

__all__ = [
    "ATTRIBUTES",
    "RECORD_TYPES",
    "ArticleScore",
    "Matching",
    "Report",
    "TypeScore",
    "evaluate",
    "format_report",
    "load_records",
    "match_records",
    "score_article",
    "score_corpus",
]

Record = Mapping[str, Any]


ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "summits": ("participants", "countries", "location", "country", "start_date", "end_date"),
    "agreements": ("kind", "parties", "status", "date", "previous"),
    "trade_figures": ("value", "value_max", "currency", "unit", "approximate", "parties"),
    "quotes": ("speaker", "cue"),
    "dates": ("value", "value_end", "granularity"),
    "figures": ("kind", "value", "value_max", "currency", "approximate"),
}


@dataclass
class Matching:
    """Which gold record went with which prediction, and what was left on each side."""

    pairs: list[tuple[Record, Record]] = field(default_factory=list)
    missed: list[Record] = field(default_factory=list)
    extra: list[Record] = field(default_factory=list)


@dataclass
class TypeScore:
    """Counts for one record type; add them up across articles, then read the ratios."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    attributes_right: int = 0
    attributes_checked: int = 0
    wrong: list[str] = field(default_factory=list)

    def add(self, other: TypeScore) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.attributes_right += other.attributes_right
        self.attributes_checked += other.attributes_checked
        self.wrong.extend(other.wrong)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def attribute_accuracy(self) -> float:
        if not self.attributes_checked:
            return 1.0
        return self.attributes_right / self.attributes_checked


@dataclass
class ArticleScore:
    id: str
    types: dict[str, TypeScore]
    matchings: dict[str, Matching]


def _span_of(record: Record) -> tuple[int, int] | None:
    located = record.get("span", record)
    start, end = located.get("start"), located.get("end")
    if isinstance(start, int) and isinstance(end, int):
        return start, end
    return None


def _overlap(gold: Record, pred: Record) -> float:
    a, b = _span_of(gold), _span_of(pred)
    if a is None or b is None:
        return 0.0
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared / max(a[1] - a[0], b[1] - b[0], 1) if shared > 0 else 0.0


def _close(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)
    return bool(a == b)


def _fold(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", name.lower()).strip().removeprefix("the ")


def _trade_score(gold: Record, pred: Record) -> float:
    if not _close(gold.get("value"), pred.get("value")):
        return 0.0
    if gold.get("currency") and gold.get("currency") != pred.get("currency"):
        return 0.0
    return 1.0


def _agreement_score(gold: Record, pred: Record) -> float:
    a, b = _fold(str(gold.get("name", ""))), _fold(str(pred.get("name", "")))
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if a in b or b in a:
        return 0.9
    ratio = fuzz.ratio(a, b)
    return ratio / 100 if ratio >= 85 else 0.0


def _names(record: Record) -> set[str]:
    return {str(p.get("name")) for p in record.get("participants") or [] if p.get("name")}


def _summit_score(gold: Record, pred: Record) -> float:
    shared = _names(gold) & _names(pred)
    if shared:
        return len(shared) / max(len(_names(gold)), 1)
    same_place = gold.get("location") and gold.get("location") == pred.get("location")
    same_day = gold.get("start_date") and gold.get("start_date") == pred.get("start_date")
    return 0.5 if same_place and same_day else 0.0


_SCORERS: dict[str, Callable[[Record, Record], float]] = {
    "summits": _summit_score,
    "agreements": _agreement_score,
    "trade_figures": _trade_score,
    "quotes": _overlap,
    "dates": _overlap,
    "figures": _overlap,
}


def match_records(kind: str, gold: Iterable[Record], pred: Iterable[Record]) -> Matching:
    """One-to-one matching of gold and predicted records of one type (best scores first)."""
    gold_list, pred_list = list(gold), list(pred)
    scorer = _SCORERS[kind]
    scored = sorted(
        (
            (score, g, p)
            for g, gold_record in enumerate(gold_list)
            for p, pred_record in enumerate(pred_list)
            if (score := scorer(gold_record, pred_record)) > 0
        ),
        key=lambda item: (-item[0], item[1], item[2]),
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    matching = Matching()
    for _, g, p in scored:
        if g in used_gold or p in used_pred:
            continue
        used_gold.add(g)
        used_pred.add(p)
        matching.pairs.append((gold_list[g], pred_list[p]))
    matching.missed = [r for i, r in enumerate(gold_list) if i not in used_gold]
    matching.extra = [r for i, r in enumerate(pred_list) if i not in used_pred]
    return matching


def _same_attribute(name: str, gold: Any, pred: Any) -> bool:
    if name == "participants":
        return {p.get("name") for p in gold or []} == {p.get("name") for p in pred or []}
    if isinstance(gold, list) and isinstance(pred, list):
        return set(map(str, gold)) == set(map(str, pred))
    return _close(gold, pred)


def _describe(kind: str, record: Record) -> str:
    if kind in {"dates", "figures"}:
        return repr(record.get("text"))
    if kind == "quotes":
        return repr(str(record.get("text", ""))[:50])
    if kind == "agreements":
        return repr(record.get("name"))
    if kind == "summits":
        return repr(sorted(_names(record)) or record.get("location"))
    return repr((record.get("description"), record.get("value"), record.get("currency")))


def score_article(gold: Record, pred: Record) -> ArticleScore:
    """Score one article's prediction against its gold, type by type."""
    types: dict[str, TypeScore] = {}
    matchings: dict[str, Matching] = {}
    for kind in RECORD_TYPES:
        matching = match_records(kind, gold.get(kind) or [], pred.get(kind) or [])
        score = TypeScore(tp=len(matching.pairs), fp=len(matching.extra), fn=len(matching.missed))
        for gold_record, pred_record in matching.pairs:
            for name in ATTRIBUTES[kind]:
                if name not in gold_record:
                    continue
                score.attributes_checked += 1
                if _same_attribute(name, gold_record[name], pred_record.get(name)):
                    score.attributes_right += 1
                else:
                    score.wrong.append(
                        f"{_describe(kind, gold_record)}: {name} is {pred_record.get(name)!r}, "
                        f"gold {gold_record[name]!r}"
                    )
        types[kind] = score
        matchings[kind] = matching
    return ArticleScore(id=str(gold.get("id")), types=types, matchings=matchings)


def score_corpus(pairs: Iterable[tuple[Record, Record]]) -> dict[str, TypeScore]:
    """Sum of :func:`score_article` over (gold, prediction) pairs."""
    totals = {kind: TypeScore() for kind in RECORD_TYPES}
    for gold, pred in pairs:
        article = score_article(gold, pred)
        for kind, score in article.types.items():
            totals[kind].add(score)
    return totals


# -- files --------------------------------------------------------------------------------------


@dataclass
class Report:
    """What :func:`evaluate` found: totals per type, per-article scores and input problems."""

    totals: dict[str, TypeScore]
    articles: list[ArticleScore]
    problems: list[str] = field(default_factory=list)
    #: Scored predictions that are LLM fallbacks (the rules' records, ``meta.fallback`` set):
    #: an LLM run whose lines are mostly fallbacks scores the rules, not the model.
    fallbacks: int = 0

    def to_dict(self, *, details: bool = False) -> dict[str, Any]:
        """A JSON-ready summary (``details`` adds each article's misses and false hits)."""
        data: dict[str, Any] = {
            "types": {
                kind: {
                    "precision": round(score.precision, 4),
                    "recall": round(score.recall, 4),
                    "f1": round(score.f1, 4),
                    "attribute_accuracy": round(score.attribute_accuracy, 4),
                    "tp": score.tp,
                    "fp": score.fp,
                    "fn": score.fn,
                }
                for kind, score in self.totals.items()
            },
            "articles": len(self.articles),
            "fallbacks": self.fallbacks,
            "problems": self.problems,
        }
        if details:
            data["details"] = {article.id: _article_details(article) for article in self.articles}
        return data


def _article_details(article: ArticleScore) -> dict[str, dict[str, list[str]]]:
    found: dict[str, dict[str, list[str]]] = {}
    for kind, matching in article.matchings.items():
        entry = {
            "missed": [_describe(kind, r) for r in matching.missed],
            "false_hits": [_describe(kind, r) for r in matching.extra],
            "wrong": list(article.types[kind].wrong),
        }
        if any(entry.values()):
            found[kind] = entry
    return found


def _stem(article_id: str) -> str:
    return re.sub(r"\.(?:txt|md|html?)$", "", article_id)


def load_records(path: str | Path) -> tuple[list[dict[str, Any]], list[str]]:
    """Records of a JSON Lines file, or of a folder of ``*.gold.json`` files.

    A gold file's id defaults to the article file beside it (``NAME.gold.json`` → ``NAME.txt``),
    the id ``summitparse extract`` gives that article. Malformed lines are reported, not fatal.
    """
    path = Path(path)
    records: list[dict[str, Any]] = []
    problems: list[str] = []
    if path.is_dir():
        for gold_file in sorted(path.rglob("*.gold.json")):
            try:
                if gold_file.stat().st_size > _LINE_LIMIT:
                    raise ValueError(f"over {_LINE_LIMIT:,} bytes")
                record = json.loads(gold_file.read_text(encoding="utf-8"))
            except (OSError, ValueError, RecursionError) as error:
                problems.append(f"{gold_file}: unreadable ({error})")
                continue
            if not isinstance(record, dict):
                problems.append(f"{gold_file}: not a JSON object, skipped")
                continue
            relative = gold_file.relative_to(path).as_posix().removesuffix(".gold.json")
            record["id"] = relative + ".txt"
            records.append(record)
        return records, problems
    try:
        with path.open("rb") as handle:
            for number, raw in enumerate(read_lines(handle, _LINE_LIMIT), start=1):
                record = _line_record(raw, f"{path}:{number}", problems)
                if record is not None:
                    records.append(record)
    except OSError as error:
        return records, [*problems, f"{path}: cannot read ({error.strerror or error})"]
    return records, problems


# A line longer than this is no record summitparse wrote or a person corrected; it is skipped
# unread, so ``eval /dev/zero`` ends with a message instead of filling memory.
_LINE_LIMIT = 64 * 1024 * 1024


def _line_record(
    raw: bytes | LineTooLong, where: str, problems: list[str]
) -> dict[str, Any] | None:
    """One line as a record with an id, or ``None`` with the reason added to ``problems``."""
    if isinstance(raw, LineTooLong):
        problems.append(f"{where}: longer than {raw.limit:,} bytes, skipped")
        return None
    if not raw.strip():
        return None
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        problems.append(f"{where}: not valid UTF-8 (byte {error.start}), skipped")
        return None
    except (ValueError, RecursionError):
        problems.append(f"{where}: not valid JSON, skipped")
        return None
    if not isinstance(record, dict) or not isinstance(record.get("id"), str):
        problems.append(f"{where}: no id, skipped")
        return None
    return record


def evaluate(gold: str | Path | Iterable[Record], pred: str | Path | Iterable[Record]) -> Report:
    """Score predictions against gold, both as files (JSONL / gold folder) or record lists.

    Articles pair up by id (``a.txt`` and ``a`` are the same article). A gold article with no
    prediction, or whose prediction is an error line, counts all its records as missed; a
    prediction with no gold is reported and not scored.
    """
    problems: list[str] = []
    if isinstance(gold, (str, Path)):
        gold_records, gold_problems = load_records(gold)
        problems += gold_problems
    else:
        gold_records = [dict(r) for r in gold]
    if isinstance(pred, (str, Path)):
        pred_records, pred_problems = load_records(pred)
        problems += pred_problems
    else:
        pred_records = [dict(r) for r in pred]

    predictions = {_stem(str(r["id"])): r for r in pred_records}
    totals = {kind: TypeScore() for kind in RECORD_TYPES}
    articles: list[ArticleScore] = []
    fallbacks = 0
    for gold_record in gold_records:
        key = _stem(str(gold_record.get("id")))
        prediction = predictions.pop(key, None)
        if prediction is None:
            problems.append(f"{gold_record.get('id')}: no prediction; its records count as missed")
            prediction = {}
        elif "error" in prediction:
            problems.append(
                f"{gold_record.get('id')}: the prediction is an error line "
                f"({prediction['error'].get('type')}); its records count as missed"
            )
            prediction = {}
        meta = prediction.get("meta")
        fallbacks += bool(isinstance(meta, dict) and meta.get("fallback"))
        article = score_article(gold_record, prediction)
        articles.append(article)
        for kind, score in article.types.items():
            totals[kind].add(score)
    for unknown in predictions.values():
        problems.append(f"{unknown['id']}: predicted but not in the gold; not scored")
    return Report(totals=totals, articles=articles, problems=problems, fallbacks=fallbacks)


def format_report(report: Report) -> str:
    """The per-type table a terminal shows."""
    header = f"{'type':<14} {'P':>6} {'R':>6} {'F1':>6} {'attr':>6} {'tp':>5} {'fp':>5} {'fn':>5}"
    lines = [header, "-" * len(header)]
    for kind, s in report.totals.items():
        lines.append(
            f"{kind:<14} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
            f"{s.attribute_accuracy:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}"
        )
    lines.append(f"{len(report.articles)} articles scored")
    if report.fallbacks:
        lines.append(
            f"{report.fallbacks} of {len(report.articles)} predictions are LLM fallbacks "
            "(the rules' records, not the model's)"
        )
    return "\n".join(lines)
