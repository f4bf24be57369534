"""The event gold (``fixtures/events``) as extractions, so resolution alone can be scored.

Each ``<id>.gold.json`` holds an article's summit and agreement records with their evidence;
they become an :class:`~summitparse.Extraction` whose records carry exactly the gold fields and
evidence (the rest of an extraction, quotes, dates, figures, stays empty). The gold's free-text
agreement kinds ("free trade agreement", "ceasefire") are mapped to the contract's kinds; the
summits' ``status`` has no field in a Summit record and is read back from the evidence by the
resolver, as it is for any extraction. ``clusters.json`` gives the true events.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from summitparse._version import __version__
from summitparse.models import Agreement, Extraction, Meta, Summit

__all__ = ["AGREEMENT_KINDS", "contract_kind", "gold_extractions"]

# Words in a gold kind → the contract's agreement kind, first match wins.
AGREEMENT_KINDS: tuple[tuple[str, str], ...] = (
    ("memorand", "memorandum"),
    ("statement", "statement"),
    ("declaration", "statement"),
    ("understanding", "statement"),
    ("trade", "trade"),
    ("economic", "trade"),
    ("defen", "defense"),
    ("security", "defense"),
    ("partnership", "partnership"),
    ("treaty", "treaty"),
    ("plan", "plan"),
    ("programme", "programme"),
    ("aid", "programme"),
)
_CONTRACT_KINDS = {kind for _, kind in AGREEMENT_KINDS} | {"other"}


def contract_kind(kind: str | None) -> str:
    """The contract's agreement kind for a free-text gold kind ("free trade agreement" → trade)."""
    if not kind:
        return "other"
    folded = kind.casefold()
    if folded in _CONTRACT_KINDS:
        return folded
    return next((k for word, k in AGREEMENT_KINDS if word in folded), "other")


def _extraction(gold: dict[str, Any], source: str) -> Extraction:
    summits = [
        Summit.model_validate({k: v for k, v in record.items() if k != "status"})
        for record in gold.get("summits", [])
    ]
    agreements = [
        Agreement.model_validate({**record, "kind": contract_kind(record.get("kind"))})
        for record in gold.get("agreements", [])
    ]
    return Extraction(
        id=gold["id"],
        source=source,
        published=gold.get("published"),
        summits=summits,
        agreements=agreements,
        meta=Meta(backend="rules", version=__version__, warnings=["records from hand-made gold"]),
    )


def gold_extractions(folder: str | Path) -> Iterator[Extraction]:
    """One extraction per ``*.gold.json`` in ``folder``, in file name order."""
    for path in sorted(Path(folder).glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        yield _extraction(gold, str(path.with_name(path.name.replace(".gold.json", ".txt"))))
