"""The LLM path on any endpoint, scored beside the rules: one command for a user with a model.

Runs :class:`summitparse.Extractor` with ``backend="llm"`` over ``fixtures/`` (every
``NAME.txt`` with its ``NAME.gold.json``, extracted with the gold's ``published`` date, as the
README's eval example needs) and over any other folder laid out the same way (``--gold DIR``),
then prints precision, recall, F1 and attribute accuracy per record type for the LLM and for the
rules backend on the same articles, with tokens, requests and seconds per article and the share
of articles that fell back to the rules (their lines score the rules, not the model: a high share
means the table says little about the model).

Run::

    python benchmarks/llm_endpoint.py --base-url http://127.0.0.1:8080/v1 --model smollm2 \\
        --mode auto [--gold DIR] [--limit N] [--max-tokens N] [--time-budget S]

The key, if the endpoint needs one, comes from ``OPENAI_API_KEY`` / ``SUMMITPARSE_API_KEY``.
The response cache is off: every run asks the endpoint.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from summitparse import Extractor
from summitparse.evaluate import evaluate
from summitparse.models import Extraction

ROOT = Path(__file__).resolve().parent.parent
TYPES = ("summits", "agreements", "trade_figures", "quotes")


def corpus(folders: Iterable[Path], limit: int | None) -> list[tuple[str, str, dict[str, Any]]]:
    """``(id, text, gold)`` for every gold file with its article in ``folders``."""
    items: list[tuple[str, str, dict[str, Any]]] = []
    for folder in folders:
        for gold_path in sorted(folder.glob("*.gold.json")):
            text_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
            if not text_path.is_file():
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            name = gold_path.name.removesuffix(".gold.json")
            gold["id"] = name
            items.append((name, text_path.read_text(encoding="utf-8"), gold))
    return items[:limit] if limit else items


def run(
    extractor: Extractor, items: list[tuple[str, str, dict[str, Any]]], *, verbose: bool
) -> tuple[list[Extraction], float]:
    results: list[Extraction] = []
    started = time.perf_counter()
    for name, text, gold in items:
        one = time.perf_counter()
        result = extractor.extract(text, published=gold.get("published"), id=name)
        results.append(result)
        if verbose:
            usage = result.meta.usage or {}
            print(
                f"  {name:<36} {time.perf_counter() - one:6.1f} s  "
                f"{usage.get('total_tokens', 0):>6} tokens  "
                f"{'fallback: ' + (result.meta.fallback or '') if result.meta.fallback else 'llm'}",
                flush=True,
            )
    return results, time.perf_counter() - started


def table(label: str, gold: list[dict[str, Any]], results: list[Extraction]) -> list[str]:
    report = evaluate(gold, [r.model_dump(mode="json") for r in results])
    lines = []
    for kind in TYPES:
        s = report.totals[kind]
        lines.append(
            f"  {label:<6} {kind:<14} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
            f"{s.attribute_accuracy:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--model", required=True)
    parser.add_argument("--mode", default="auto")
    parser.add_argument("--gold", action="append", type=Path, default=[], help="more gold folders")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--max-tokens", type=int, default=None)
    parser.add_argument("--time-budget", type=float, default=None)
    parser.add_argument("--timeout", type=float, default=None)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()

    items = corpus([ROOT / "fixtures", *args.gold], args.limit)
    gold = [g for _, _, g in items]
    llm = Extractor(
        "llm",
        model=args.model,
        base_url=args.base_url,
        mode=args.mode,
        max_tokens=args.max_tokens,
        time_budget=args.time_budget,
        timeout=args.timeout,
        cache=False,
    )
    print(f"{len(items)} articles; {args.model} at {args.base_url}, mode {args.mode}", flush=True)
    llm_results, llm_seconds = run(llm, items, verbose=not args.quiet)
    llm.close()
    rules_results, rules_seconds = run(Extractor("rules"), items, verbose=False)

    columns = ("P", "R", "F1", "attr")
    counts = ("tp", "fp", "fn")
    print(
        f"  {'':<6} {'type':<14} "
        + " ".join(f"{c:>6}" for c in columns)
        + " "
        + " ".join(f"{c:>5}" for c in counts)
    )
    for line in table("llm", gold, llm_results) + table("rules", gold, rules_results):
        print(line)
    n = max(1, len(items))
    usages = [r.meta.usage or {} for r in llm_results]
    tokens = sum(int(u.get("total_tokens", 0) or 0) for u in usages)
    requests = sum(int(u.get("attempts", 0) or 0) for u in usages)
    fallbacks = sum(1 for r in llm_results if r.meta.fallback)
    modes = sorted({str(u.get("mode")) for u in usages if u.get("mode")})
    kinds = sorted({str(r.meta.fallback_kind) for r in llm_results if r.meta.fallback_kind})
    print(
        f"llm: {tokens / n:,.0f} tokens, {requests / n:.2f} requests, {llm_seconds / n:.1f} s per "
        f"article; fallbacks {fallbacks}/{len(items)} ({100 * fallbacks / n:.0f} %"
        f"{', ' + ', '.join(kinds) if kinds else ''}); mode {', '.join(modes) or '?'}"
    )
    print(f"rules: {rules_seconds / n * 1000:.0f} ms per article")


if __name__ == "__main__":
    main()
