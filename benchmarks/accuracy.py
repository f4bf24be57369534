"""Accuracy of the rules backend on our own fixtures (and the seed), per record type.

Each article is extracted with the publication date its gold gives (as a user would pass
``published=``), then scored with :func:`summitparse.evaluate.evaluate`:

    python benchmarks/accuracy.py            # the table
    python benchmarks/accuracy.py --details  # plus each article's misses and false hits

Targets (issue 6): quotes F1 >= 0.90 with speaker accuracy >= 0.90; figures and dates F1 >= 0.95
with value accuracy >= 0.95; summits and agreements F1 >= 0.80.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import summitparse
from summitparse.evaluate import evaluate, format_report

ROOT = Path(__file__).resolve().parent.parent


def gold_files() -> list[Path]:
    return sorted((ROOT / "seeds").glob("*.gold.json")) + sorted(
        (ROOT / "fixtures").glob("*.gold.json")
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list misses and false hits")
    args = parser.parse_args(argv)

    golds: list[dict[str, Any]] = []
    preds: list[dict[str, Any]] = []
    started = time.perf_counter()
    for gold_path in gold_files():
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        article = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
        text = article.open(encoding="utf-8", newline="").read()
        gold["id"] = article.name
        x = summitparse.extract(
            text, published=gold.get("published"), id=article.name, backend="rules"
        )
        golds.append(gold)
        preds.append(x.model_dump(mode="json"))
    elapsed = time.perf_counter() - started

    report = evaluate(golds, preds)
    print(format_report(report))
    quotes = report.totals["quotes"]
    speaker = [w for w in quotes.wrong if ": speaker is " in w]
    print(
        f"quote speakers right: {1 - len(speaker) / max(quotes.tp, 1):.3f}; "
        f"{len(golds)} articles in {elapsed:.2f} s ({len(golds) / elapsed:.0f} articles/s)"
    )
    if args.details:
        for article_id, kinds in report.to_dict(details=True)["details"].items():
            for kind, entry in kinds.items():
                for what, items in entry.items():
                    for item in items:
                        print(f"{article_id}\t{kind}\t{what}\t{item}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
