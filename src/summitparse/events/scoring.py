"""Scoring events against gold clusters: B-cubed and pairwise precision, recall and F1.

Both compare two partitions of the same mentions, a mention being (article, record type,
index). B-cubed averages, over mentions, the share of a mention's predicted cluster that is in
its gold cluster (precision) and the share of its gold cluster found in its predicted cluster
(recall); pairwise counts pairs of mentions put together. Gold mentions no predicted event holds
count as predicted singletons (so missed records cost recall); predicted mentions absent from
the gold are left out and counted in ``unmatched``.

Gold is ``clusters.json`` (``{"events": [{"id", "mentions": [{"article", "type", "index"}]}]}``)
or events JSON Lines as ``summitparse events`` writes; predictions are events JSON Lines.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summitparse.events.model import Event

__all__ = ["ClusterScore", "Key", "load_clusters", "score_clusters"]

Key = tuple[str, str, int]


@dataclass(frozen=True)
class ClusterScore:
    """B-cubed and pairwise precision / recall / F1, with the sizes they were computed on."""

    bcubed_precision: float
    bcubed_recall: float
    bcubed_f1: float
    pairwise_precision: float
    pairwise_recall: float
    pairwise_f1: float
    mentions: int
    gold_events: int
    predicted_events: int
    unmatched: int

    def to_dict(self) -> dict[str, float | int]:
        return dict(self.__dict__)

    def format(self) -> str:
        return (
            f"B-cubed   P {self.bcubed_precision:.3f}  R {self.bcubed_recall:.3f}  "
            f"F1 {self.bcubed_f1:.3f}\n"
            f"pairwise  P {self.pairwise_precision:.3f}  R {self.pairwise_recall:.3f}  "
            f"F1 {self.pairwise_f1:.3f}\n"
            f"{self.mentions} gold mentions, {self.gold_events} gold events, "
            f"{self.predicted_events} predicted events, {self.unmatched} predicted mentions "
            "not in the gold"
        )


def _key(article: str, record: str, index: int) -> Key:
    return (article, record.rstrip("s"), int(index))


def _events_of(data: Any) -> list[list[Key]]:
    clusters = []
    for event in data:
        clusters.append(
            [
                _key(m["article"], m.get("type") or m.get("record"), m["index"])
                for m in event["mentions"]
            ]
        )
    return clusters


def load_clusters(path: str | Path) -> list[list[Key]]:
    """Clusters of mention keys from ``clusters.json`` or events JSON Lines."""
    text = Path(path).read_text(encoding="utf-8")
    try:
        whole = json.loads(text)
    except ValueError:
        whole = None
    if isinstance(whole, dict) and "events" in whole:
        return _events_of(whole["events"])
    if isinstance(whole, dict):  # a one-line JSON Lines file
        return _events_of([whole])
    return _events_of(json.loads(line) for line in text.splitlines() if line.strip())


def clusters_of(events: Iterable[Event]) -> list[list[Key]]:
    """Clusters of mention keys of events."""
    return [[(m.article, m.record, m.index) for m in e.mentions] for e in events]


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _assign(clusters: Iterable[list[Key]]) -> dict[Key, int]:
    return {key: n for n, cluster in enumerate(clusters) for key in cluster}


def _pairs(of: Mapping[Key, int]) -> int:
    sizes: dict[int, int] = defaultdict(int)
    for cluster in of.values():
        sizes[cluster] += 1
    return sum(n * (n - 1) // 2 for n in sizes.values())


def score_clusters(gold: list[list[Key]], predicted: list[list[Key]]) -> ClusterScore:
    """Compare predicted clusters with gold clusters over the gold's mentions."""
    gold_of = _assign(gold)
    raw = _assign(predicted)
    unmatched = sum(1 for key in raw if key not in gold_of)
    pred_of: dict[Key, int] = {}
    fresh = len(predicted)
    for key in gold_of:
        if key in raw:
            pred_of[key] = raw[key]
        else:
            pred_of[key] = fresh
            fresh += 1
    members_gold: dict[int, set[Key]] = defaultdict(set)
    members_pred: dict[int, set[Key]] = defaultdict(set)
    for key in gold_of:
        members_gold[gold_of[key]].add(key)
        members_pred[pred_of[key]].add(key)
    precision = recall = 0.0
    together = 0
    for key in gold_of:
        g, p = members_gold[gold_of[key]], members_pred[pred_of[key]]
        both = len(g & p)
        precision += both / len(p)
        recall += both / len(g)
        together += both - 1
    n = len(gold_of) or 1
    bp, br = precision / n, recall / n
    true_pairs = together // 2
    pred_pairs, gold_pairs = _pairs(pred_of), _pairs(gold_of)
    pp = true_pairs / pred_pairs if pred_pairs else 1.0
    pr = true_pairs / gold_pairs if gold_pairs else 1.0
    return ClusterScore(
        bcubed_precision=bp,
        bcubed_recall=br,
        bcubed_f1=_f1(bp, br),
        pairwise_precision=pp,
        pairwise_recall=pr,
        pairwise_f1=_f1(pp, pr),
        mentions=len(gold_of),
        gold_events=len(members_gold),
        predicted_events=len(members_pred),
        unmatched=unmatched,
    )
