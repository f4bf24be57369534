"""Score ``find_figures`` and two peers (quantulum3, price-parser) on the peer money cases.

The cases and the scoring rules are those of ``benchmarks/data/README.md``: predictions whose
kind is outside a case's ``scope``, or that overlap an ``ignore`` span, are dropped; the rest
match expected spans of the same kind one to one by character overlap; unmatched predictions are
false positives only in ``exhaustive`` cases; a value matches within a relative 1e-6 (and
``value_max`` where the case gives one); currency accuracy counts the matched pairs whose
expected currency is not null.

The peer data has no "count" kind: its numbers include counts ("2,000 troops"), so our
``count`` is scored as ``number``. The peers are mapped as fairly as their output allows:
quantulum3's currency entity is money, its "percentage" unit percent, anything else a number,
and its ``value ± uncertainty`` a range; price-parser reads one price per string, which is
money, located by its amount text. Their currency strings go through the same ISO table as ours.

Run ``python benchmarks/peer_money.py [CASES.jsonl] [--misses]``; ``score_money(path)`` returns
the table rows for ``benchmarks/peer_cases.py``. The peers are the ``bench`` extra
(``pip install quantulum3[classifier] price-parser``); a missing one is left out of the table.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))  # runs from a plain checkout, installed or not

from summitparse.rules.figures.currency import subunit_divisor  # noqa: E402
from summitparse.rules.figures.currency_data import ABBREVIATIONS, SYMBOLS  # noqa: E402
from summitparse.rules.figures.finder import find_figures  # noqa: E402

DEFAULT_CASES = REPO / "benchmarks" / "data" / "money-dev.jsonl"
_REL_TOL = 1e-6
_MIN_TIMING_SECONDS = 0.5


@dataclass(frozen=True)
class Pred:
    """One prediction in the scorer's terms."""

    start: int
    end: int
    kind: str
    value: float | None
    value_max: float | None
    currency: str | None


System = Callable[[str], list[Pred]]


def load_cases(path: Path) -> list[dict[str, Any]]:
    """The JSON Lines cases at ``path``."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# --- the systems ------------------------------------------------------------------------------


def ours(text: str) -> list[Pred]:
    """summitparse's rules finder, with ``count`` scored as ``number``. Our figures are in the
    main unit ("50 cents" is 0.50); the peer data counts sub-units (50), so ours are scaled back
    to the unit the text wrote."""
    preds = []
    for f in find_figures(text):
        scale = subunit_divisor(f.text) if f.kind == "money" else 1
        high = f.value_max * scale if f.value_max is not None else None
        kind = "number" if f.kind == "count" else f.kind
        preds.append(Pred(f.start, f.end, kind, f.value * scale, high, f.currency))
    return preds


def _iso(currency: str | None) -> str | None:
    """A peer's currency string ("$", "EUR", "Rs") as ISO 4217, by our own tables."""
    if not currency:
        return None
    raw = currency.strip()
    if raw in SYMBOLS:
        return SYMBOLS[raw]
    if raw in ABBREVIATIONS:
        return ABBREVIATIONS[raw]
    letters = raw.replace("$", "").replace(".", "").upper()
    if len(letters) == 3 and letters.isalpha():
        return letters
    return None


def _quantulum() -> System | None:
    try:
        from quantulum3 import parser
    except ImportError:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            parser.parse("It cost 20 million pounds.")
        except (ModuleNotFoundError, AttributeError, ValueError):
            # The shipped classifier was pickled by an older scikit-learn: retrain it locally
            # from the training set quantulum3 ships (no download).
            from quantulum3 import classifier

            classifier.train_classifier(store=True, n_jobs=1)

    def run(text: str) -> list[Pred]:
        preds = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                quantities = parser.parse(text)
            except Exception:  # a peer's crash on one case is a miss, not a stopped benchmark
                return []
        for q in quantities:
            entity = q.unit.entity.name
            if entity == "currency":
                kind = "money"
            elif q.unit.name == "percentage":
                kind = "percent"
            else:
                kind = "number"
            value, value_max = float(q.value), None
            if q.uncertainty:
                value, value_max = value - q.uncertainty, value + q.uncertainty
            code = getattr(q.unit, "currency_code", None) if kind == "money" else None
            preds.append(Pred(q.span[0], q.span[1], kind, value, value_max, code))
        return preds

    return run


def _price_parser() -> System | None:
    try:
        from price_parser import Price
    except ImportError:
        return None

    def run(text: str) -> list[Pred]:
        price = Price.fromstring(text)
        if price.amount is None or not price.amount_text:
            return []
        start = text.find(price.amount_text)
        if start < 0:
            return []
        end = start + len(price.amount_text)
        if price.currency:
            c_at = text.find(price.currency, max(0, start - 8))
            if 0 <= c_at <= end + 2:
                start, end = min(start, c_at), max(end, c_at + len(price.currency))
        return [Pred(start, end, "money", float(price.amount), None, _iso(price.currency))]

    return run


def systems() -> dict[str, System]:
    """Our finder and whichever peers are installed."""
    found: dict[str, System] = {"summitparse": ours}
    for name, make in (("quantulum3", _quantulum), ("price-parser", _price_parser)):
        system = make()
        if system is not None:
            found[name] = system
    return found


# --- scoring ----------------------------------------------------------------------------------


@dataclass
class Tally:
    """Counts over all cases for one system."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    value_ok: int = 0
    currency_total: int = 0
    currency_ok: int = 0

    def row(self, cases_per_second: float) -> dict[str, float]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "value_accuracy": self.value_ok / self.tp if self.tp else 0.0,
            "currency_accuracy": (
                self.currency_ok / self.currency_total if self.currency_total else 0.0
            ),
            "cases_per_second": cases_per_second,
        }


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _close(got: float | None, want: float | None) -> bool:
    if want is None:
        return True
    if got is None:
        return False
    return abs(got - want) <= _REL_TOL * max(abs(want), 1e-12)


def score_case(case: dict[str, Any], preds: list[Pred], tally: Tally) -> list[str]:
    """Add one case to ``tally``; return readable notes on its misses and false positives."""
    scope = set(case["scope"])
    ignore = case.get("ignore") or []
    kept = [
        p
        for p in preds
        if p.kind in scope
        and not any(_overlaps(p.start, p.end, i["start"], i["end"]) for i in ignore)
    ]
    used: set[int] = set()
    notes: list[str] = []
    for exp in case["expected"]:
        match = next(
            (
                i
                for i, p in enumerate(kept)
                if i not in used
                and p.kind == exp["kind"]
                and _overlaps(p.start, p.end, exp["start"], exp["end"])
            ),
            None,
        )
        if match is None:
            tally.fn += 1
            notes.append(f"MISS {exp['text']!r} {exp['kind']} {exp['value']}")
            continue
        used.add(match)
        tally.tp += 1
        pred = kept[match]
        value_ok = _close(pred.value, exp["value"]) and (
            exp.get("value_max") is None or _close(pred.value_max, exp["value_max"])
        )
        tally.value_ok += value_ok
        if not value_ok:
            notes.append(f"VALUE {exp['text']!r} want {exp['value']} got {pred.value}")
        if exp.get("currency") is not None:
            tally.currency_total += 1
            tally.currency_ok += pred.currency == exp["currency"]
            if pred.currency != exp["currency"]:
                notes.append(f"CUR {exp['text']!r} want {exp['currency']} got {pred.currency}")
    if case.get("exhaustive", True):
        for i, p in enumerate(kept):
            if i not in used:
                tally.fp += 1
                notes.append(f"FP {case['text'][p.start : p.end]!r} {p.kind} {p.value}")
    return notes


def _timed(system: System, texts: list[str]) -> tuple[list[list[Pred]], float]:
    """Predictions for every text, and cases per second (repeated for a stable clock)."""
    started = time.perf_counter()
    preds = [system(t) for t in texts]
    elapsed = time.perf_counter() - started
    rounds = 1
    while elapsed < _MIN_TIMING_SECONDS and rounds < 50:
        for t in texts:
            system(t)
        rounds += 1
        elapsed = time.perf_counter() - started
    return preds, len(texts) * rounds / elapsed if elapsed else float("inf")


def score_money(
    cases_path: str | Path = DEFAULT_CASES, *, notes: dict[str, list[str]] | None = None
) -> dict[str, dict[str, float]]:
    """One row per system: precision, recall, F1, value and currency accuracy, cases/second."""
    cases = load_cases(Path(cases_path))
    texts = [c["text"] for c in cases]
    rows: dict[str, dict[str, float]] = {}
    for name, system in systems().items():
        system(texts[0])  # warm-up: imports and lazy tables are not the system's speed
        preds, speed = _timed(system, texts)
        tally = Tally()
        for case, case_preds in zip(cases, preds, strict=True):
            case_notes = score_case(case, case_preds, tally)
            if notes is not None and name == "summitparse" and case_notes:
                notes.setdefault(case["id"], [repr(case["text"][:160]), *case_notes])
        rows[name] = tally.row(speed)
    return rows


def format_table(rows: dict[str, dict[str, float]]) -> str:
    """The rows as a fixed-width table, with our speed as a multiple of each peer's."""
    header = f"{'system':<14}{'P':>7}{'R':>7}{'F1':>7}{'value':>8}{'curr':>8}{'cases/s':>10}"
    lines = [header, "-" * len(header)]
    for name, r in rows.items():
        lines.append(
            f"{name:<14}{r['precision']:>7.3f}{r['recall']:>7.3f}{r['f1']:>7.3f}"
            f"{r['value_accuracy']:>8.3f}{r['currency_accuracy']:>8.3f}"
            f"{r['cases_per_second']:>10.0f}"
        )
    ours_speed = rows["summitparse"]["cases_per_second"]
    for name, r in rows.items():
        if name != "summitparse" and r["cases_per_second"]:
            lines.append(f"summitparse speed = {ours_speed / r['cases_per_second']:.1f}x {name}")
    return "\n".join(lines)


def _print_notes(notes: dict[str, list[str]]) -> Iterable[str]:
    for case_id, lines in notes.items():
        yield case_id
        yield from (f"    {line}" for line in lines)


def main(argv: list[str] | None = None) -> int:
    """Print the table (and, with --misses, our misses and false positives)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="?", default=str(DEFAULT_CASES), help="cases JSONL")
    parser.add_argument("--misses", action="store_true", help="list our misses and FPs")
    args = parser.parse_args(argv)
    notes: dict[str, list[str]] = {}
    rows = score_money(args.cases, notes=notes if args.misses else None)
    print(format_table(rows))
    if args.misses:
        print("\n".join(_print_notes(notes)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
