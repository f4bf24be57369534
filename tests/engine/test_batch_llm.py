"""Batch runs on the LLM backend against the loopback endpoint: cache, concurrency, order.

The endpoint is the real openai client and instructor talking to ``tests/fake_openai.py``; what
the server received (:attr:`FakeOpenAI.requests`) is what a provider would have billed.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from fake_openai import Answer, FakeOpenAI, Received, Reply
from llm_fixtures import MODEL, SECRET, server

import summitparse
from summitparse.cli import main

__all__ = ["server"]

EMPTY = {"summits": [], "agreements": [], "trade_figures": [], "quotes": []}
STORY = "BERLIN, May {n}, 2025 - Ministers of Germany and Poland met on Tuesday, talk {n}.\n"


@pytest.fixture
def endpoint(server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> FakeOpenAI:
    """OPENAI_* point at the loopback server, the cache lives in the test's folder."""
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    monkeypatch.setenv("SUMMITPARSE_MAX_RETRIES", "0")
    monkeypatch.setenv("SUMMITPARSE_TIMEOUT", "5")
    monkeypatch.setenv("SUMMITPARSE_CACHE_DIR", str(tmp_path / "cache"))
    server.fallback = Reply(body=Answer(arguments=EMPTY, prompt_tokens=300, completion_tokens=20))
    return server


def _corpus(folder: Path, count: int) -> list[str]:
    folder.mkdir(exist_ok=True)
    for n in range(count):
        (folder / f"{n:03d}.txt").write_text(STORY.format(n=n + 1), encoding="utf-8")
    return [f"{n:03d}.txt" for n in range(count)]


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[dict], str]:
    code = main(args)
    captured = capsys.readouterr()
    assert SECRET not in captured.out + captured.err
    return code, [json.loads(line) for line in captured.out.splitlines()], captured.err


def test_second_run_of_the_same_corpus_sends_no_request(
    endpoint: FakeOpenAI, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _corpus(tmp_path / "in", 6)
    args = ["extract", str(tmp_path / "in"), "--model", MODEL, "--concurrency", "3"]
    code, first, _ = _run(args, capsys)
    assert code == 0
    assert len(endpoint.requests) == 6
    assert [line["meta"]["usage"]["cached"] for line in first] == [False] * 6

    code, second, err = _run(args, capsys)

    assert code == 0
    assert len(endpoint.requests) == 6, "the second run must not call the model"
    assert [line["id"] for line in second] == ids
    assert [line["meta"]["usage"]["cached"] for line in second] == [True] * 6
    assert [line["meta"]["backend"] for line in second] == ["llm"] * 6
    for before, after in zip(first, second, strict=True):
        assert after["meta"]["usage"]["prompt_tokens"] == before["meta"]["usage"]["prompt_tokens"]
        assert {k: v for k, v in after.items() if k != "meta"} == {
            k: v for k, v in before.items() if k != "meta"
        }
    assert "6 of 6 answers from the cache" in err
    assert (tmp_path / "cache" / "responses.sqlite3").is_file()


def test_no_cache_asks_again_and_another_model_misses(
    endpoint: FakeOpenAI, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _corpus(tmp_path / "in", 2)
    args = ["extract", str(tmp_path / "in"), "--model", MODEL]
    _run(args, capsys)
    _run([*args, "--no-cache"], capsys)
    assert len(endpoint.requests) == 4
    _run(["extract", str(tmp_path / "in"), "--model", "other-model"], capsys)
    assert len(endpoint.requests) == 6


def test_a_fallback_is_not_cached(
    endpoint: FakeOpenAI, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _corpus(tmp_path / "in", 1)
    args = ["extract", str(tmp_path / "in"), "--model", MODEL]
    endpoint.push(Reply(status=500, body={"error": {"message": "boom"}}))
    _, (failed,), _ = _run(args, capsys)
    _, (good,), _ = _run(args, capsys)
    assert failed["meta"]["fallback"]
    assert good["meta"]["backend"] == "llm"
    assert good["meta"]["usage"]["cached"] is False
    assert len(endpoint.requests) == 2


def _slow_for_early_articles(received: Received) -> Reply:
    """The first articles answer last: order must come from the input, not the network."""
    number = int(received.text().split("talk ")[1].split(".")[0])
    return Reply(body=Answer(arguments=EMPTY), delay=0.3 if number <= 3 else 0.05)


def test_llm_articles_run_concurrently_and_come_out_in_input_order(
    endpoint: FakeOpenAI, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _corpus(tmp_path / "in", 16)
    endpoint.fallback = _slow_for_early_articles  # type: ignore[assignment]
    code, lines, _ = _run(
        ["extract", str(tmp_path / "in"), "--model", MODEL, "--concurrency", "8", "--no-cache"],
        capsys,
    )
    assert code == 0
    assert [line["id"] for line in lines] == ids
    assert all(line["meta"]["backend"] == "llm" for line in lines)
    # The slow early articles hold their slots while later ones are answered: several requests
    # were in flight at once, and never more than --concurrency.
    assert 1 < endpoint.max_in_flight <= 8


def test_extract_many_works_inside_a_running_event_loop(endpoint: FakeOpenAI) -> None:
    async def inside_a_loop() -> list[summitparse.Extraction | summitparse.ExtractionError]:
        return list(
            summitparse.extract_many(
                [STORY.format(n=1), "", STORY.format(n=2)], model=MODEL, concurrency=2
            )
        )

    results = asyncio.run(inside_a_loop())
    assert [r.ok for r in results] == [True, False, True]
    assert isinstance(results[0], summitparse.Extraction)
    assert results[0].meta.backend == "llm"


def test_extractor_cache_false_and_library_hit(endpoint: FakeOpenAI, tmp_path: Path) -> None:
    text = STORY.format(n=9)
    cached = summitparse.Extractor(backend="llm", model=MODEL, cache=tmp_path / "c")
    first = cached.extract(text)
    again = cached.extract(text)
    assert first.meta.usage is not None
    assert first.meta.usage["cached"] is False
    assert again.meta.usage is not None
    assert again.meta.usage["cached"] is True
    assert len(endpoint.requests) == 1
    summitparse.Extractor(backend="llm", model=MODEL, cache=False).extract(text)
    assert len(endpoint.requests) == 2


def test_a_refused_key_exits_4_and_resume_redoes_every_article(
    endpoint: FakeOpenAI, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = _corpus(tmp_path / "in", 12)
    out = tmp_path / "out.jsonl"
    good = endpoint.fallback
    endpoint.fallback = Reply(status=401, body={"error": {"message": "bad key"}})
    args = ["extract", str(tmp_path / "in"), "-o", str(out), "--concurrency", "2"]
    code, _, err = _run(args, capsys)
    assert code == 4
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert written
    assert all(line["meta"]["fallback"] for line in written)

    endpoint.fallback = good
    code, _, err = _run([*args, "--resume"], capsys)
    assert code == 0
    after = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in after] == names
    assert all(line["meta"]["backend"] == "llm" for line in after)
    assert f"redid {len(written)} (" in err


def test_a_lasting_failure_stops_the_run_after_a_few_articles(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import io

    from summitparse.engine import batch
    from summitparse.models import Extraction, Meta

    drawn: list[str] = []

    def failing(extractor: object, items: Any, *args: object, **kwargs: object) -> Any:
        for item in items:
            drawn.append(item.id)
            meta = Meta(backend="rules", fallback="HTTP 401", fallback_kind="auth", version="0")
            yield Extraction(id=item.id, meta=meta)

    monkeypatch.setattr(batch, "run_many", failing)
    _corpus(tmp_path / "in", 50)
    out = io.StringIO()
    summary = batch.run_batch(
        [str(tmp_path / "in")], extractor=summitparse.Extractor("rules"), out=out
    )
    assert summary.stopped is not None
    assert summary.stopped.startswith("auth")
    assert len(out.getvalue().splitlines()) == batch.STOP_AFTER
    assert len(drawn) == batch.STOP_AFTER
    assert "STOPPED" in summary.format()


def test_a_run_where_the_llm_mostly_failed_says_so_and_exits_4(
    endpoint: FakeOpenAI, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _corpus(tmp_path / "in", 4)
    endpoint.fallback = Reply(status=400, body={"error": {"message": "no such mode"}})
    code, lines, err = _run(["extract", str(tmp_path / "in")], capsys)
    assert code == 4
    assert len(lines) == 4
    assert "WARNING: the LLM failed for 4 of 4 articles" in err


def test_the_summary_counts_the_tokens_of_fallback_lines() -> None:
    from summitparse.engine.progress import BatchSummary
    from summitparse.models import Extraction, Meta

    meta = Meta(
        backend="rules",
        fallback="invalid answer",
        fallback_kind="invalid_answer",
        usage={"prompt_tokens": 1200, "completion_tokens": 30, "attempts": 3},
        version="0",
    )
    summary = BatchSummary()
    summary.add(Extraction(id="a", meta=meta))
    assert "1,200 prompt + 30 completion tokens" in summary.format()


LASTING = {
    "401": Reply(401, {"error": {"message": "Incorrect API key provided"}}),
    "403": Reply(403, {"error": {"message": "not allowed"}}),
    "404 model": Reply(404, {"error": {"message": "The model `x` does not exist"}}),
    "400 invalid model": Reply(
        400, {"error": {"message": "invalid model ID", "code": "model_not_found"}}
    ),
    "402": Reply(402, {"error": {"message": "Payment required: your balance is 0"}}),
    "429 insufficient_quota": Reply(
        429,
        {
            "error": {
                "message": "You exceeded your current quota, please check your plan",
                "type": "insufficient_quota",
                "code": "insufficient_quota",
            }
        },
    ),
}


@pytest.mark.parametrize("case", sorted(LASTING))
def test_a_lasting_failure_on_a_real_endpoint_stops_sending_after_a_few_requests(
    endpoint: FakeOpenAI, tmp_path: Path, case: str
) -> None:
    import io

    from summitparse.engine import batch

    endpoint.fallback = LASTING[case]
    _corpus(tmp_path / "in", 60)
    extractor = summitparse.Extractor("llm", model=MODEL, max_retries=3, cache=False)
    out = io.StringIO()
    summary = batch.run_batch([str(tmp_path / "in")], extractor=extractor, out=out, concurrency=16)
    extractor.close()

    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(endpoint.requests) <= 4  # not one (or five, retried) per article in flight
    assert summary.stopped is not None
    reasons = {line["meta"]["fallback"] for line in lines}
    assert len(reasons) == 1  # the same reason, said once per line and once in the summary
    assert case.split()[0] in reasons.pop()


def test_a_refused_connection_stops_the_run_after_a_few_attempts(tmp_path: Path) -> None:
    import io

    from fake_openai import free_port

    from summitparse.engine import batch

    _corpus(tmp_path / "in", 40)
    extractor = summitparse.Extractor(
        "llm",
        model=MODEL,
        base_url=f"http://127.0.0.1:{free_port()}/v1",
        api_key=SECRET,
        max_retries=0,
        cache=False,
    )
    out = io.StringIO()
    summary = batch.run_batch([str(tmp_path / "in")], extractor=extractor, out=out, concurrency=16)
    extractor.close()
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert summary.stopped is not None
    assert "unreachable" in summary.stopped
    assert len(lines) <= batch.STOP_AFTER + 16
    assert {line["meta"]["fallback_kind"] for line in lines} == {"unreachable"}
