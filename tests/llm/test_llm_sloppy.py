"""Answers written the way real models write keep (almost) what perfect answers keep.

Every fixture with hand gold is asked through the real client against a scripted endpoint that
answers with the gold itself (evidence taken from the article's own sentences), once written
perfectly and once sloppily (:func:`llm_fixtures.sloppy_answer`: "Japan" for ``JP``, "Signed",
"entered into force", curly quotes, collapsed spaces, surnames for speakers, dates and amounts in
words, a phrase for a country, one invented agreement per article). The sloppy run must keep at
least 90 % of the records the perfect run keeps (scored by the project's own ``eval`` matching),
with no invented record, no fallback, at most 1.2 requests per article; a second run is served
from the cache and sends nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fake_openai import Answer, FakeOpenAI, Received, Reply
from llm_fixtures import MODEL, SECRET, gold_answer, sloppy_answer

from summitparse import Extractor
from summitparse.evaluate import score_corpus
from summitparse.models import Extraction

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _corpus() -> list[tuple[str, str, dict[str, Any]]]:
    items = []
    for gold_path in sorted(FIXTURES.glob("*.gold.json")):
        text_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        items.append(
            (gold_path.name.removesuffix(".gold.json"), text_path.read_text("utf-8"), gold)
        )
    return items


def _answering(answers: dict[str, dict[str, Any]]) -> Callable[[Received], Reply]:
    def reply(received: Received) -> Reply:
        shown = received.text()
        for text, answer in answers.items():
            if text in shown:
                return Reply(body=Answer(answer))
        return Reply(500, {"error": {"message": "unknown article"}})

    return reply


def _run(
    corpus: list[tuple[str, str, dict[str, Any]]],
    server: FakeOpenAI,
    cache: Path,
) -> tuple[list[Extraction], int]:
    before = len(server.requests)
    extractor = Extractor("llm", model=MODEL, base_url=server.base_url, api_key=SECRET, cache=cache)
    results = [
        extractor.extract(text, published=gold.get("published"), id=name)
        for name, text, gold in corpus
    ]
    extractor.close()
    return results, len(server.requests) - before


def _kept(corpus: list[tuple[str, str, dict[str, Any]]], results: list[Extraction]) -> int:
    pairs = [
        (gold, r.model_dump(mode="json")) for (_, _, gold), r in zip(corpus, results, strict=True)
    ]
    totals = score_corpus(pairs)
    return sum(totals[kind].tp for kind in ("summits", "agreements", "trade_figures", "quotes"))


def test_sloppy_answers_keep_what_perfect_answers_keep(tmp_path: Path) -> None:
    corpus = _corpus()
    perfect = {text: gold_answer(text, gold) for _, text, gold in corpus}
    sloppy = {text: sloppy_answer(answer) for text, answer in perfect.items()}

    with FakeOpenAI() as perfect_server, FakeOpenAI() as sloppy_server:
        perfect_server.fallback = _answering(perfect)  # type: ignore[assignment]
        sloppy_server.fallback = _answering(sloppy)  # type: ignore[assignment]
        perfect_results, _ = _run(corpus, perfect_server, tmp_path / "perfect")
        sloppy_results, requests = _run(corpus, sloppy_server, tmp_path / "sloppy")
        again, requests_again = _run(corpus, sloppy_server, tmp_path / "sloppy")

    kept_perfect, kept_sloppy = _kept(corpus, perfect_results), _kept(corpus, sloppy_results)
    assert kept_perfect > 100  # the corpus is big enough to mean something
    print(f"records kept: perfect {kept_perfect}, sloppy {kept_sloppy}; requests {requests}")
    assert kept_sloppy >= 0.9 * kept_perfect, (kept_sloppy, kept_perfect)
    assert all(r.meta.fallback is None for r in sloppy_results)
    assert requests <= 1.2 * len(corpus)
    assert not any(a.name == "Treaty of Atlantis" for r in sloppy_results for a in r.agreements)
    assert all(r.meta.usage and r.meta.usage["repairs"] > 0 for r in sloppy_results)
    assert requests_again == 0
    assert [r.model_dump()["summits"] for r in again] == [
        r.model_dump()["summits"] for r in sloppy_results
    ]
