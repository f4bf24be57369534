"""Score ``find_dates`` and two peers (dateparser, datefinder) on the peer date cases.

Usage::

    .venv/bin/python benchmarks/peer_dates.py [CASES.jsonl] [--quick] [--misses N]

The scoring follows benchmarks/data/README.md:

* spans match by character overlap; expected ``time``/``duration``/``set`` spans are neutral;
* recall: expected date/daterange/datetime spans overlapped by a prediction;
* precision: predictions that overlap a scored span, against those that overlap nothing.
  In ``single-type`` cases only one entity is annotated, so a prediction elsewhere is neutral
  unless the case expects nothing at all (then it is a false date, as in "May I ask …");
* values compare as intervals: reduced precision expands ("2016-11" is all of November),
  datetimes compare by date, starts must be equal and ends may differ by one day; an open side
  (``..``) matches anything on that side. Value accuracy counts a matched expected span as right
  when an overlapping prediction fits any accepted reading (``values``); spans the peer leaves
  unresolved (``null``, year 1) are left out of it.

``score_dates(path)`` returns the table rows so ``benchmarks/peer_cases.py`` can print them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from summitparse.rules.dates.finder import find_dates  # noqa: E402

DEFAULT_CASES = REPO / "benchmarks" / "data" / "dates-dev.jsonl"
SCORED_TYPES = frozenset({"date", "daterange", "datetime"})

Interval = tuple[dt.date | None, dt.date | None]  # None side = open


@dataclass(frozen=True)
class Prediction:
    """One predicted date span with its value as an interval (None = no value)."""

    start: int
    end: int
    value: Interval | None


Finder = Callable[[str, dt.date], list[Prediction]]


@dataclass
class Tally:
    """Running counts for one system."""

    tp_pred: int = 0
    fp: int = 0
    expected: int = 0
    found: int = 0
    valued: int = 0
    value_ok: int = 0
    seconds: float = 0.0
    cases: int = 0
    misses: list[str] = field(default_factory=list)


# --- values --------------------------------------------------------------------------------
def _point(text: str) -> Interval | None:
    """ISO point to (first, last) day, expanding reduced precision; times give None."""
    text = text.strip()
    if not text or text.startswith("T"):
        return None
    day_part = text.split("T", 1)[0]
    parts = day_part.split("-")
    try:
        if len(parts) == 3:
            d = dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
            return d, d
        if len(parts) == 2:
            first = dt.date(int(parts[0]), int(parts[1]), 1)
            nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1)
        if len(parts) == 1 and len(parts[0]) == 4:
            year = int(parts[0])
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None
    return None


def parse_reading(text: str | None) -> tuple[Interval, bool, bool] | None:
    """(interval, open_start, open_end) of an expected reading; None when unresolved."""
    if text is None:
        return None
    if "/" in text:
        left, right = text.split("/", 1)
        lo = None if left == ".." else _point(left)
        hi = None if right == ".." else _point(right)
        if (left != ".." and lo is None) or (right != ".." and hi is None):
            return None
        first = None if lo is None else lo[0]
        last = None if hi is None else hi[0]
        if first is not None and first.year <= 1:
            return None
        return (first, last), left == "..", right == ".."
    point = _point(text)
    if point is None or point[0] is None or point[0].year <= 1:
        return None
    return point, False, False


def value_matches(pred: Interval | None, reading: tuple[Interval, bool, bool]) -> bool:
    """Starts equal, ends within a day; an open expected side matches anything."""
    if pred is None:
        return False
    (exp_first, exp_last), open_start, open_end = reading
    first, last = pred
    if not open_start and first != exp_first:
        return False
    if open_start and first is not None:
        return False
    if open_end:
        return first is not None or last is not None
    if exp_last is None or last is None:
        return exp_last is None and last is None
    return abs((last - exp_last).days) <= 1


# --- systems -------------------------------------------------------------------------------
def summitparse_finder(text: str, reference: dt.date) -> list[Prediction]:
    """Our finder, its mentions mapped to intervals as the README says."""
    out = []
    for m in find_dates(text, reference=reference):
        if m.value is None and m.value_end is None:
            value: Interval | None = None
        else:
            value = (m.value, m.value_end if m.value_end is not None else m.value)
        out.append(Prediction(m.start, m.end, value))
    return out


def _located(text: str, found: Iterable[tuple[str, dt.datetime]]) -> list[Prediction]:
    out = []
    cursor = 0
    for source, when in found:
        at = text.find(source, cursor)
        if at < 0:
            at = text.find(source)
        if at < 0:
            continue
        cursor = at + len(source)
        d = when.date()
        out.append(Prediction(at, at + len(source), (d, d)))
    return out


def dateparser_finder() -> Finder | None:
    """dateparser.search.search_dates, or None when it is not installed."""
    try:
        from dateparser.search import search_dates  # type: ignore[import-untyped]
    except ImportError:
        return None

    def run(text: str, reference: dt.date) -> list[Prediction]:
        base = dt.datetime(reference.year, reference.month, reference.day)
        found = search_dates(
            text,
            languages=["en"],
            settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"},
        )
        return _located(text, found or [])

    return run


def datefinder_finder() -> Finder | None:
    """datefinder.find_dates, or None when it is not installed."""
    try:
        import datefinder  # type: ignore[import-untyped]
    except ImportError:
        return None

    def run(text: str, reference: dt.date) -> list[Prediction]:
        base = dt.datetime(reference.year, reference.month, reference.day)
        out = []
        for when, _source, (start, end) in datefinder.find_dates(
            text, source=True, index=True, base_date=base
        ):
            d = when.date()
            out.append(Prediction(start, end, (d, d)))
        return out

    return run


# --- scoring -------------------------------------------------------------------------------
def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _overlaps_entity(p: Prediction, e: dict[str, Any]) -> bool:
    return _overlaps(p.start, p.end, int(e["start"]), int(e["end"]))


def load_cases(path: Path) -> list[dict[str, Any]]:
    """The JSON Lines cases."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score_case(case: dict[str, Any], preds: list[Prediction], tally: Tally) -> None:
    """Add one case's counts to ``tally``."""
    expected = case["expected"]
    scored = [e for e in expected if e["type"] in SCORED_TYPES]
    single = case.get("annotation") == "single-type"
    text = case["text"]
    for p in preds:
        if any(_overlaps(p.start, p.end, e["start"], e["end"]) for e in scored):
            tally.tp_pred += 1
        elif (single and expected) or any(_overlaps_entity(p, e) for e in expected):
            continue
        else:
            tally.fp += 1
            tally.misses.append(f"FP  {text[p.start : p.end]!r} in {text!r}")
    for e in scored:
        tally.expected += 1
        hits = [p for p in preds if _overlaps(p.start, p.end, e["start"], e["end"])]
        if not hits:
            tally.misses.append(f"FN  {e['text']!r} in {text!r}")
            continue
        tally.found += 1
        readings = [r for r in (parse_reading(v) for v in e.get("values") or [e["value"]]) if r]
        if not readings:
            continue
        tally.valued += 1
        if any(value_matches(p.value, r) for p in hits for r in readings):
            tally.value_ok += 1
        else:
            got = [(text[p.start : p.end], p.value) for p in hits]
            tally.misses.append(f"VAL {e['text']!r} want {e.get('values')} got {got} | {text!r}")


def run_system(finder: Finder, cases: list[dict[str, Any]]) -> Tally:
    """Score one system over every case."""
    tally = Tally()
    for case in cases:
        reference = dt.date.fromisoformat(case["reference"][:10])
        began = time.perf_counter()
        preds = finder(case["text"], reference)
        tally.seconds += time.perf_counter() - began
        tally.cases += 1
        score_case(case, preds, tally)
    return tally


def _row(t: Tally) -> dict[str, float]:
    precision = t.tp_pred / (t.tp_pred + t.fp) if t.tp_pred + t.fp else 0.0
    recall = t.found / t.expected if t.expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "value_accuracy": t.value_ok / t.valued if t.valued else 0.0,
        "cases_per_second": t.cases / t.seconds if t.seconds else 0.0,
        "cases": float(t.cases),
    }


def _systems(quick: bool) -> dict[str, Finder | None]:
    systems: dict[str, Finder | None] = {"summitparse": summitparse_finder}
    systems["datefinder"] = datefinder_finder()
    systems["dateparser"] = None if quick else dateparser_finder()
    return systems


def score_dates(
    cases_path: str | Path = DEFAULT_CASES, *, quick: bool = False
) -> dict[str, dict[str, float]]:
    """Rows per system: precision, recall, f1, value_accuracy, cases_per_second, cases.

    A peer that is not installed (or skipped with ``quick``) is left out of the rows.
    """
    cases = load_cases(Path(cases_path))
    rows: dict[str, dict[str, float]] = {}
    for name, finder in _systems(quick).items():
        if finder is not None:
            rows[name] = _row(run_system(finder, cases))
    return rows


def format_table(rows: dict[str, dict[str, float]]) -> str:
    """The table as text, with our speed as a ratio to each peer."""
    lines = [
        f"{'system':<12} {'precision':>9} {'recall':>7} {'F1':>6} {'value acc':>9} {'cases/s':>9}",
    ]
    for name, r in rows.items():
        lines.append(
            f"{name:<12} {r['precision']:>9.3f} {r['recall']:>7.3f} {r['f1']:>6.3f} "
            f"{r['value_accuracy']:>9.3f} {r['cases_per_second']:>9.0f}"
        )
    ours = rows.get("summitparse", {}).get("cases_per_second", 0.0)
    for name, r in rows.items():
        if name != "summitparse" and r["cases_per_second"]:
            lines.append(f"speed: summitparse is {ours / r['cases_per_second']:.1f}x {name}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="?", default=str(DEFAULT_CASES), help="cases JSONL")
    parser.add_argument("--quick", action="store_true", help="skip the slow peer (dateparser)")
    parser.add_argument("--misses", type=int, default=0, help="print N of our misses")
    args = parser.parse_args(argv)
    cases = load_cases(Path(args.cases))
    rows: dict[str, dict[str, float]] = {}
    ours = run_system(summitparse_finder, cases)
    rows["summitparse"] = _row(ours)
    for name, finder in _systems(args.quick).items():
        if name == "summitparse":
            continue
        if finder is None:
            print(f"{name}: not installed" + (" (or skipped: --quick)" if args.quick else ""))
            continue
        rows[name] = _row(run_system(finder, cases))
    print(f"{len(cases)} cases from {args.cases}")
    print(format_table(rows))
    for line in ours.misses[: args.misses]:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
