"""Accuracy of the rules backend, per record type, on three sets side by side.

- ``fixtures``: our own wire-style articles and the seed, which the rules were built for;
- ``wikinews dev``: real Wikinews articles the rules are developed on (every miss read);
- ``wikinews blind``: real Wikinews articles scored but never tuned on.

Each article is extracted with the publication date its gold gives (as a user would pass
``published=``), then scored with :func:`summitparse.evaluate.evaluate`:

    python benchmarks/accuracy.py                  # the three tables
    python benchmarks/accuracy.py --details dev    # one set's misses and false hits, no blind
    python benchmarks/accuracy.py --no-blind       # while developing: no blind scores at all

``--details`` refuses the blind split: its misses must not be read to write rules. Alongside the
per-type table each set reports quote speaker accuracy and, for its ``ordinary`` articles (stories
with no summit or agreement in their gold), how many summits and agreements the rules invent per
ten such articles.
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import summitparse
from summitparse.evaluate import Report, evaluate

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("summits", "agreements", "trade_figures", "quotes", "dates", "figures")


def gold_files(name: str) -> list[Path]:
    """The gold files of one set: ``fixtures``, ``dev`` or ``blind``."""
    if name == "fixtures":
        return sorted((ROOT / "seeds").glob("*.gold.json")) + sorted(
            (ROOT / "fixtures").glob("*.gold.json")
        )
    return sorted((ROOT / "fixtures" / "wikinews" / name).glob("*.gold.json"))


@dataclass
class Scored:
    """One set's report, with what the plain table does not show."""

    name: str
    report: Report
    articles: int
    seconds: float
    speaker_accuracy: float
    ordinary: int
    ordinary_summits: int
    ordinary_agreements: int


def score(name: str) -> Scored:
    golds: list[dict[str, Any]] = []
    preds: list[dict[str, Any]] = []
    ordinary = summits = agreements = 0
    seconds = 0.0
    for gold_path in gold_files(name):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        article = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
        text = article.open(encoding="utf-8", newline="").read()
        gold["id"] = article.name
        started = time.perf_counter()
        x = summitparse.extract(
            text, published=gold.get("published"), id=article.name, backend="rules"
        )
        seconds += time.perf_counter() - started
        if gold.get("kind") == "ordinary":
            ordinary += 1
            summits += len(x.summits)
            agreements += len(x.agreements)
        golds.append(gold)
        preds.append(x.model_dump(mode="json"))
    report = evaluate(golds, preds)
    quotes = report.totals["quotes"]
    wrong_speaker = [w for w in quotes.wrong if ": speaker is " in w]
    return Scored(
        name,
        report,
        len(golds),
        seconds,
        1 - len(wrong_speaker) / max(quotes.tp, 1),
        ordinary,
        summits,
        agreements,
    )


def side_by_side(sets: list[Scored]) -> str:
    """One row per record type, P/R/F1/attr for each set."""
    head = f"{'type':<14}" + "".join(f" | {s.name:^27}" for s in sets)
    sub = f"{'':<14}" + " | {:>6}{:>7}{:>7}{:>7}".format("P", "R", "F1", "attr") * len(sets)
    lines = [head, sub, "-" * len(sub)]
    for kind in KINDS:
        row = f"{kind:<14}"
        for s in sets:
            t = s.report.totals[kind]
            row += f" | {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f} {t.attribute_accuracy:6.3f}"
        lines.append(row)
    lines.append("-" * len(sub))
    # speakers: share of matched quotes with the right speaker; ordinary S/A: summits and
    # agreements found per ten ordinary articles (their gold has none).
    rows = {
        "speakers": [f"{s.speaker_accuracy:.3f}" for s in sets],
        "ordinary S/A": [
            "-"
            if not s.ordinary
            else f"{10 * s.ordinary_summits / s.ordinary:.1f} / "
            f"{10 * s.ordinary_agreements / s.ordinary:.1f} ({s.ordinary} art.)"
            for s in sets
        ],
        "n, ms/article": [
            f"{s.articles}, {1000 * s.seconds / max(s.articles, 1):.1f} ms" for s in sets
        ],
    }
    for label, values in rows.items():
        lines.append(f"{label:<14}" + "".join(f" | {v:>27}" for v in values))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--details",
        choices=("fixtures", "dev"),
        help="list one set's misses and false hits (never the blind split)",
    )
    parser.add_argument(
        "--no-blind", action="store_true", help="leave the blind split out (while developing)"
    )
    args = parser.parse_args(argv)
    # While reading misses nothing of the blind split is shown, not even its summary row.
    blind = not (args.no_blind or args.details)
    sets = [score("fixtures"), score("dev")] + ([score("blind")] if blind else [])
    for scored in sets[1:]:
        scored.name = "wikinews " + scored.name
    print(side_by_side(sets))
    if args.details:
        chosen = sets[0] if args.details == "fixtures" else sets[1]
        for article_id, kinds in chosen.report.to_dict(details=True)["details"].items():
            for kind, entry in kinds.items():
                for what, items in entry.items():
                    for item in items:
                        print(f"{article_id}\t{kind}\t{what}\t{item}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
