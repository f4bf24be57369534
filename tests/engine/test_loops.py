"""A batch with more requests in flight than one event loop keeps up with runs one loop per core.

Against the loopback endpoint through the real openai client and instructor: the results are the
ones a single loop gives, in input order; the first contact, the ``auto`` probe and a lasting
failure are met by one loop only; a loop process that dies costs only the articles it held.
"""

from __future__ import annotations

import io
import json
import multiprocessing
import os
from pathlib import Path
from typing import Any

import pytest
from fake_openai import Answer, FakeOpenAI, Received, Reply
from llm_fixtures import MODEL, SECRET, server

import summitparse
from summitparse.config import Settings
from summitparse.engine import batch, loops
from summitparse.engine.items import WORKER_CRASHED
from summitparse.extractor import Extractor

__all__ = ["server"]

EMPTY = {"summits": [], "agreements": [], "trade_figures": [], "quotes": []}
STORY = "BERLIN, May {day}, 2025 - Ministers of Germany and Poland met on Tuesday, talk {n}.\n"
PROBE_OK = {"ok": True, "word": "yes"}

several_cores = pytest.mark.skipif(
    loops.fork_context() is None or len(os.sched_getaffinity(0)) < 2,
    reason="event-loop processes need fork and two cores",
)


@pytest.fixture
def endpoint(server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch) -> FakeOpenAI:
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    server.fallback = Reply(body=Answer(arguments=EMPTY, prompt_tokens=300, completion_tokens=20))
    return server


def _texts(count: int) -> list[str]:
    return [STORY.format(day=n % 28 + 1, n=n + 1) for n in range(count)]


def _extractor(**options: Any) -> Extractor:
    return summitparse.Extractor("llm", model=MODEL, cache=False, max_retries=0, **options)


def _loops_running() -> int:
    return sum(1 for child in multiprocessing.active_children() if child.name == "summitparse-loop")


def test_loop_count_follows_concurrency_and_cores() -> None:
    unpaced = Settings(backend="llm")
    if loops.fork_context() is None:
        assert loops.loop_count(16, 2, unpaced) == 1
        return
    assert loops.loop_count(8, 2, unpaced) == 1  # one loop keeps up with eight
    assert loops.loop_count(9, 2, unpaced) == 2
    assert loops.loop_count(64, 2, unpaced) == 2  # never more loops than cores
    assert loops.loop_count(64, 1, unpaced) == 1
    assert loops.loop_count(16, 2, Settings(backend="llm", rpm=600)) == 1  # paced: one limiter
    assert loops.shares(16, 2) == [8, 8]
    assert loops.shares(9, 2) == [5, 4]


@several_cores
def test_a_wide_batch_runs_on_two_loops_and_keeps_input_order(endpoint: FakeOpenAI) -> None:
    loops_seen: set[int] = set()

    def reply(received: Received) -> Reply:
        loops_seen.add(_loops_running())
        number = int(received.text().split("talk ")[1].split(".")[0])
        return Reply(body=Answer(arguments=EMPTY), delay=0.3 if number % 5 == 0 else 0.1)

    endpoint.fallback = reply  # type: ignore[assignment]
    extractor = _extractor()
    results = list(extractor.extract_many(_texts(80), concurrency=16))
    extractor.close()

    assert max(loops_seen) == 2
    assert len(results) == 80
    assert all(isinstance(r, summitparse.Extraction) for r in results)
    extractions = [r for r in results if isinstance(r, summitparse.Extraction)]
    assert all(r.meta.backend == "llm" and r.meta.fallback is None for r in extractions)
    # In input order: each line's dates were read from its own article.
    assert [r.dates[0].text for r in extractions] == [f"May {n % 28 + 1}, 2025" for n in range(80)]
    assert len(endpoint.requests) == 80
    assert 8 < endpoint.max_in_flight <= 16  # both loops' shares were used, never more
    assert _loops_running() == 0  # the loops ended with the batch


@several_cores
def test_short_and_long_articles_read_alike_on_the_loops(endpoint: FakeOpenAI) -> None:
    # Short articles have their rules run on their loop, long ones on the loop's rules worker:
    # a user sees the same records either way.
    filler = "The talks covered rail links, grain and energy prices in the region. " * 20
    texts = [
        text if n % 2 else f"{text}{filler}\nThey will meet again on Friday.\n"
        for n, text in enumerate(_texts(40))
    ]
    extractor = _extractor()
    results = list(extractor.extract_many(texts, concurrency=16))
    extractor.close()

    assert all(isinstance(r, summitparse.Extraction) for r in results)
    for text, result in zip(texts, results, strict=True):
        assert isinstance(result, summitparse.Extraction)
        assert result.meta.backend == "llm"
        assert result.meta.fallback is None
        alone = summitparse.extract(text, backend="rules")
        assert result.dates == alone.dates
        assert result.figures == alone.figures


@several_cores
def test_auto_mode_is_probed_once_for_all_loops(endpoint: FakeOpenAI) -> None:
    loops_seen: set[int] = set()

    def reply(received: Received) -> Reply:
        loops_seen.add(_loops_running())
        if received.body.get("max_tokens") == 32:
            return Reply(body=Answer(PROBE_OK))
        return Reply(body=Answer(EMPTY), delay=0.05)

    endpoint.fallback = reply  # type: ignore[assignment]
    extractor = _extractor(mode="auto")
    results = list(extractor.extract_many(_texts(60), concurrency=16))
    extractor.close()

    probes = [r for r in endpoint.requests if r.body.get("max_tokens") == 32]
    assert len(probes) == 1
    modes = {r.meta.usage["mode"] for r in results if isinstance(r, summitparse.Extraction)}
    assert modes == {"json_schema"}
    assert max(loops_seen) == 2  # the second loop started, with the chosen mode


@several_cores
def test_a_wrong_key_is_met_by_one_loop_and_stops_the_batch(
    endpoint: FakeOpenAI, tmp_path: Path
) -> None:
    endpoint.fallback = Reply(401, {"error": {"message": "Incorrect API key provided"}})
    folder = tmp_path / "in"
    folder.mkdir()
    for n, text in enumerate(_texts(60)):
        (folder / f"{n:03d}.txt").write_text(text, encoding="utf-8")
    out = io.StringIO()
    extractor = _extractor()
    summary = batch.run_batch([str(folder)], extractor=extractor, out=out, concurrency=16)
    extractor.close()

    assert len(endpoint.requests) <= 2  # one loop's breaker, not one first contact per loop
    assert summary.stopped is not None
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert lines
    assert all(line["meta"]["fallback"] for line in lines)
    assert SECRET not in out.getvalue()


@several_cores
def test_a_loop_that_dies_costs_only_its_articles(
    endpoint: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    finish = Extractor.afinish_item

    async def dies_on_talk_30(self: Extractor, item: Any, *args: Any) -> Any:
        if isinstance(item, str) and "talk 30." in item:
            os._exit(1)  # the loop process, killed mid-batch (forked: it has this patch too)
        return await finish(self, item, *args)

    monkeypatch.setattr(Extractor, "afinish_item", dies_on_talk_30)
    endpoint.fallback = Reply(body=Answer(arguments=EMPTY), delay=0.02)
    extractor = _extractor()
    results = list(extractor.extract_many(_texts(120), concurrency=16))
    extractor.close()

    assert len(results) == 120
    crashed = [n for n, r in enumerate(results, 1) if isinstance(r, summitparse.ExtractionError)]
    assert 30 in crashed
    assert all(
        r.error.type == WORKER_CRASHED
        for r in results
        if isinstance(r, summitparse.ExtractionError)
    )
    assert len(crashed) <= loops.HELD_PER_SLOT * 8  # what that loop held, no more
    assert all(isinstance(r, summitparse.Extraction) for r in results[100:])  # a new loop took over


@several_cores
def test_a_consumer_that_stops_early_ends_the_loops(endpoint: FakeOpenAI) -> None:
    endpoint.fallback = Reply(body=Answer(arguments=EMPTY), delay=0.05)
    extractor = _extractor()
    results = extractor.extract_many(_texts(400), concurrency=16)
    first = [next(results) for _ in range(30)]
    results.close()  # type: ignore[attr-defined]
    extractor.close()

    assert all(isinstance(r, summitparse.Extraction) for r in first)
    assert _loops_running() == 0
    assert len(endpoint.requests) < 200  # the rest was never asked
