"""The rules backend on the seed and every fixture, against their gold files.

One test per article and record type, so a failure names both. Known misses are listed in
``KNOWN_MISSES`` with the reason; they are strict xfails, so fixing one turns it into a failure
that asks for the entry to be removed.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import summitparse
from summitparse.evaluate import RECORD_TYPES, score_article

ROOT = Path(__file__).resolve().parent.parent
GOLD_FILES = sorted((ROOT / "seeds").glob("*.gold.json")) + sorted(
    (ROOT / "fixtures").glob("*.gold.json")
)

# (article name, record type) -> what the rules get wrong there.
KNOWN_MISSES: dict[tuple[str, str], str] = {
    ("relative_dates_ke_et", "agreements"): (
        "a 'Water-Sharing Agreement' the article later calls a treaty: kind comes from the "
        "name only, so it reads 'other'"
    ),
    ("summit_postponed_eu_gcc", "trade_figures"): (
        "'between the two blocs': parties left implicit and the lead names only the EU"
    ),
    ("tariffs_sanctions_uk_ru", "trade_figures"): (
        "sanction counts take all the lead's countries (GB, RU, BY) where gold names GB, RU"
    ),
    ("trade_deal_uk_jp", "trade_figures"): (
        "'from the bloc' refers back to the EU; anaphora is not resolved, the lead's JP is used"
    ),
}


def _article_name(gold_path: Path) -> str:
    return gold_path.name.removesuffix(".gold.json")


@cache
def _prediction(gold_path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article = gold_path.with_name(_article_name(gold_path) + ".txt")
    text = article.open(encoding="utf-8", newline="").read()
    x = summitparse.extract(
        text, published=gold.get("published"), id=gold.get("id"), backend="rules"
    )
    return gold, x.model_dump(mode="json")


def _cases() -> list[Any]:
    cases = []
    for gold_path in GOLD_FILES:
        for kind in RECORD_TYPES:
            name = _article_name(gold_path)
            marks = []
            if (name, kind) in KNOWN_MISSES:
                marks.append(pytest.mark.xfail(reason=KNOWN_MISSES[(name, kind)], strict=True))
            cases.append(pytest.param(gold_path, kind, id=f"{name}-{kind}", marks=marks))
    return cases


def test_there_are_fixtures() -> None:
    assert len(GOLD_FILES) >= 9


@pytest.mark.parametrize(("gold_path", "kind"), _cases())
def test_rules_match_gold(gold_path: Path, kind: str) -> None:
    gold, pred = _prediction(gold_path)
    score = score_article(gold, pred)
    matching = score.matchings[kind]
    problems = [f"missed {m}" for m in _short(kind, matching.missed)]
    problems += [f"false hit {m}" for m in _short(kind, matching.extra)]
    problems += [f"wrong {w}" for w in score.types[kind].wrong]
    assert not problems, "\n".join(problems)


def _short(kind: str, records: list[Any]) -> list[str]:
    keys = {
        "dates": ("text", "value"),
        "figures": ("text", "value", "currency"),
        "quotes": ("text", "speaker"),
        "agreements": ("name", "status"),
        "summits": ("location", "start_date"),
        "trade_figures": ("description", "value"),
    }
    return [repr({k: r.get(k) for k in keys[kind]}) for r in records]
