"""Memory and event-loop bounds of the LLM path: the grounding cache holds a bounded number of
characters, and ``aextract`` leaves the caller's event loop free while the rules run."""

from __future__ import annotations

import asyncio
import threading

import pytest
from fake_openai import Answer, FakeOpenAI, Reply
from llm_fixtures import backend_for, run_sync, seed_answer, seed_rules, seed_text, server

import summitparse.extractor as extractor_module
from summitparse import Extractor
from summitparse.io.articles import Article
from summitparse.llm import grounding
from summitparse.pipeline import Started

__all__ = ["server"]


def test_the_normalisation_cache_is_bounded_by_characters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(grounding, "CACHE_CHARS", 300_000)
    for n in range(6):  # six distinct 100,000-character articles
        article = (f"Article {n}. " + "Leaders met in Rome and agreed a plan. " * 2600)[:100_000]
        assert grounding.ground(article, "leaders MET in rome") is not None
    assert grounding.cached_chars() <= 300_000


def test_an_offset_map_costs_a_few_bytes_per_character() -> None:
    normalised = grounding._normalise_uncached("a “b”  c\n" * 1000, fold=True)
    assert normalised.origin.itemsize <= 4  # a tuple of ints cost ~40 bytes per character


def test_aextract_runs_the_rules_off_the_event_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[threading.Thread] = []
    real_start = extractor_module.start

    def spying_start(article: Article) -> Started:
        threads.append(threading.current_thread())
        return real_start(article)

    monkeypatch.setattr(extractor_module, "start", spying_start)

    async def run() -> threading.Thread:
        await Extractor("rules").aextract("Leaders met in Rome on Friday.")
        return threading.current_thread()

    loop_thread = asyncio.run(run())
    assert threads
    assert threads[0] is not loop_thread


# -- answers too big to be honest ----------------------------------------------------------------


def test_an_answer_of_twenty_thousand_records_is_capped_quickly(server: FakeOpenAI) -> None:
    import time

    from summitparse.llm.schema import MAX_RECORDS_PER_LIST

    text = seed_text()
    answer = seed_answer()
    quote = answer["quotes"][0]
    answer["quotes"] = [quote] * 20_000
    server.push(Reply(body=Answer(answer)))
    started = time.monotonic()
    outcome = run_sync(backend_for(server.base_url), text, seed_rules(text))
    assert time.monotonic() - started < 30
    assert len(outcome.records.quotes) >= 1
    assert any(f"past the cap of {MAX_RECORDS_PER_LIST}" in w for w in outcome.warnings)


def test_a_megabyte_evidence_string_is_dropped_with_a_reason(server: FakeOpenAI) -> None:
    text = seed_text()
    answer = seed_answer()
    answer["agreements"][0]["evidence"] = [
        *answer["agreements"][0]["evidence"],
        "x" * 1_000_000,
    ]
    server.push(Reply(body=Answer(answer)))
    outcome = run_sync(backend_for(server.base_url), text, seed_rules(text))
    assert len(outcome.records.agreements) == 2  # the record stands on its real evidence
    assert any("1,000,000 characters (over the cap" in w for w in outcome.warnings)


def test_a_ticking_coroutine_keeps_ticking_while_aextract_runs_the_rules() -> None:
    import time
    from pathlib import Path

    seed = Path(__file__).resolve().parents[2] / "seeds" / "000_0a2133f4850d8740.txt"
    text = (seed.read_text(encoding="utf-8") + "\n\n") * 20  # ~100 KB: a second or two of rules

    async def run() -> tuple[float, list[float]]:
        gaps: list[float] = []
        done = asyncio.Event()

        async def tick() -> None:
            last = time.monotonic()
            while not done.is_set():
                await asyncio.sleep(0.01)
                now = time.monotonic()
                gaps.append(now - last)
                last = now

        ticker = asyncio.create_task(tick())
        started = time.monotonic()
        await Extractor("rules").aextract(text)
        took = time.monotonic() - started
        done.set()
        await ticker
        return took, gaps

    took, gaps = asyncio.run(run())
    assert took > 0.3  # long enough for a blocked loop to show
    assert max(gaps) < max(0.5, took / 3)  # the loop went on (the GIL lends it time)
    assert len(gaps) > took / 0.01 / 4
