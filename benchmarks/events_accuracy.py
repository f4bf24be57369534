"""Event resolution scored against the gold clusters of ``fixtures/events`` (B-cubed, pairwise).

Two runs:

1. **Gold records** (resolution alone): the per-article gold records, turned into extractions.
2. **Rules backend**: ``extract`` with ``backend="rules"`` on each article with the gold's
   ``published`` (relative dates need it), then resolution. A predicted record is identified
   with the gold record it matches in the same article (the matching ``summitparse eval``
   uses, one to one); a gold record the rules missed counts as a predicted singleton, and a
   predicted record with no gold counterpart is left out (and counted).

    python benchmarks/events_accuracy.py
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from summitparse import Event, Extraction, extract, resolve_events
from summitparse.evaluate import match_records
from summitparse.events.gold import gold_extractions
from summitparse.events.scoring import Key, clusters_of, load_clusters, score_clusters

GOLD = Path(__file__).resolve().parent.parent / "fixtures" / "events"


def _rules_extractions() -> list[Extraction]:
    out = []
    for path in sorted(GOLD.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_name(f"{gold['id']}.txt").read_text(encoding="utf-8")
        x = extract(text, published=gold["published"], id=gold["id"], backend="rules")
        out.append(x)
    return out


def _to_gold_keys(events: list[Event], rules: list[Extraction]) -> list[list[Key]]:
    """Predicted clusters with each rules record renamed to the gold record it matches."""
    rename: dict[Key, Key] = {}
    golds = {x.id: x for x in gold_extractions(GOLD)}
    for x in rules:
        gold = golds[x.id]
        for kind, attr in (("summits", "summit"), ("agreements", "agreement")):
            gold_records: list[dict[str, Any]] = [
                r.model_dump(mode="json") for r in getattr(gold, kind)
            ]
            pred_records = [r.model_dump(mode="json") for r in getattr(x, kind)]
            for i, record in enumerate(gold_records):
                record["_i"] = i
            for i, record in enumerate(pred_records):
                record["_i"] = i
            for g, p in match_records(kind, gold_records, pred_records).pairs:
                rename[(x.id, attr, p["_i"])] = (x.id, attr, g["_i"])
    return [
        [rename.get(key, (key[0], f"unmatched-{key[1]}", key[2])) for key in cluster]
        for cluster in clusters_of(events)
    ]


def main() -> None:
    truth = load_clusters(GOLD / "clusters.json")
    gold_events = list(resolve_events(gold_extractions(GOLD)))
    print("Gold records (resolution alone)")
    print(score_clusters(truth, clusters_of(gold_events)).format())
    rules = _rules_extractions()
    rules_events = list(resolve_events(rules))
    print("\nRules backend's own extractions")
    print(score_clusters(truth, _to_gold_keys(rules_events, rules)).format())


if __name__ == "__main__":
    main()
