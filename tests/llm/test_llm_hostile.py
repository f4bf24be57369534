"""What a hostile endpoint or tester does, through the real client: nothing leaks, nothing hangs,
and every failure says what is wrong in the server's own words.

Each test names the class it keeps fixed: the API key echoed back, an HTML page answering 200, a
full endpoint URL given as the base URL, a 500 that means "your request is invalid", a context
overflow, a server dripping one byte at a time, an answer far too large, tokens of failed
attempts, the time budget across halving, and the key-alone consent rule.
"""

from __future__ import annotations

import traceback
from pathlib import Path

import pytest
from fake_openai import Answer, FakeOpenAI, Reply, echo_authorization
from llm_fixtures import (
    MODEL,
    SECRET,
    Edge,
    backend_for,
    edge,
    seed_answer,
    seed_rules,
    seed_text,
    server,
)

from summitparse import Extractor
from summitparse.config import resolve_settings
from summitparse.llm import LLMBackend, LLMFailure
from summitparse.records import Records

__all__ = ["edge", "server"]


def _chain_text(error: BaseException) -> str:
    return "".join(traceback.format_exception(error)) + repr(vars(error))


# -- leaks: the key never leaves the process -------------------------------------------------------


def test_an_echoed_key_reaches_neither_output_nor_cache(server: FakeOpenAI, tmp_path: Path) -> None:
    server.push(echo_authorization(seed_answer()))
    extractor = Extractor(
        "llm", model=MODEL, base_url=server.base_url, api_key=SECRET, cache=tmp_path / "c"
    )
    result = extractor.extract(seed_text())
    extractor.close()

    assert SECRET in server.requests[0].headers["authorization"]  # the server did see it
    line = result.model_dump_json()
    assert result.meta.backend == "llm"
    assert SECRET not in line
    assert "***" in line  # the echoed evidence is still named, with the key replaced
    cache = b"".join(p.read_bytes() for p in (tmp_path / "c").iterdir() if p.is_file())
    assert SECRET.encode() not in cache


def test_an_echoed_key_in_an_error_is_not_chained(server: FakeOpenAI, edge: Edge) -> None:
    server.push(echo_authorization({}, status=401))
    with pytest.raises(LLMFailure) as caught:
        edge(backend_for(server.base_url), seed_text(), Records())
    assert caught.value.kind == "auth"
    assert "bad credentials" in caught.value.reason
    assert SECRET not in _chain_text(caught.value)
    assert SECRET not in caught.value.reason


def test_an_echoed_key_with_fallback_off_stays_out_of_the_traceback(server: FakeOpenAI) -> None:
    server.push(echo_authorization({}, status=500), echo_authorization({}, status=500))
    extractor = Extractor(
        "llm",
        model=MODEL,
        base_url=server.base_url,
        api_key=SECRET,
        fallback=False,
        max_retries=1,
        cache=False,
    )
    with pytest.raises(LLMFailure) as caught:
        extractor.extract(seed_text())
    assert SECRET not in _chain_text(caught.value)


# -- what is wrong with the endpoint ---------------------------------------------------------------


def test_an_html_page_answering_200_is_named_once(server: FakeOpenAI, edge: Edge) -> None:
    page = b"<!doctype html><html><body><h1>Sign in</h1></body></html>"
    server.push(*[Reply(200, page, content_type="text/html")] * 3)
    with pytest.raises(LLMFailure) as caught:
        edge(backend_for(server.base_url, max_reasks=2), seed_text(), Records())
    assert len(server.requests) == 1
    assert caught.value.kind == "not_found"
    assert "base URL" in caught.value.reason
    assert "unparseable" not in caught.value.reason


def test_a_full_endpoint_url_as_base_url_is_not_doubled(server: FakeOpenAI) -> None:
    server.push(Reply(body=Answer(seed_answer())))
    settings = resolve_settings(
        backend="llm",
        environ={},
        model=MODEL,
        base_url=server.base_url + "/chat/completions/",
        api_key=SECRET,
        cache=False,
    )
    assert settings.base_url == server.base_url
    backend = LLMBackend(settings)
    backend.extract(seed_text(), rules=Records())
    backend.close()
    assert server.requests[0].path == "/v1/chat/completions"


def test_a_500_saying_the_request_is_invalid_is_not_retried(server: FakeOpenAI, edge: Edge) -> None:
    words = "response_format.type must be 'text' or 'json_object'"
    server.push(*[Reply(500, {"error": {"message": words}})] * 5)
    with pytest.raises(LLMFailure) as caught:
        edge(backend_for(server.base_url, max_retries=4), seed_text(), Records())
    assert len(server.requests) == 1
    assert caught.value.kind == "bad_request"
    assert words in caught.value.reason


def test_a_context_overflow_resplits_the_article(server: FakeOpenAI, edge: Edge) -> None:
    text = seed_text()
    words = "This model's maximum context length is 8192 tokens, you requested 8359 tokens"
    answer = seed_answer()
    server.push(
        Reply(400, {"error": {"message": words}}),
        Reply(body=Answer({**answer, "quotes": answer["quotes"][:1]})),
        Reply(body=Answer({**answer, "summits": [], "quotes": answer["quotes"][1:]})),
    )
    outcome = edge(backend_for(server.base_url), text, seed_rules(text))
    assert len(server.requests) == 3
    assert outcome.usage["splits"] == 1
    assert any("the context overflowed" in w for w in outcome.warnings)
    assert len(outcome.records.quotes) == 2


def test_a_context_overflow_on_one_sentence_names_the_servers_words(
    server: FakeOpenAI, edge: Edge
) -> None:
    words = "the request exceeds the available context size (8192 tokens)"
    server.push(Reply(400, {"error": {"message": words}}))
    with pytest.raises(LLMFailure) as caught:
        edge(backend_for(server.base_url), "Leaders met in Rome.", Records())
    assert caught.value.kind == "context_overflow"
    assert words in caught.value.reason


# -- bounds: slow bytes, huge answers, the time budget ---------------------------------------------


def test_a_server_dripping_bytes_is_cut_at_the_timeout(server: FakeOpenAI, edge: Edge) -> None:
    server.push(Reply(body=Answer(seed_answer()), drip=0.02))  # ~4 KB: minutes at this pace
    with pytest.raises(LLMFailure) as caught:
        edge(backend_for(server.base_url, timeout=0.5, max_retries=0), seed_text(), Records())
    assert caught.value.kind == "timeout"
    assert len(server.requests) == 1


def test_an_answer_past_the_size_cap_is_abandoned_not_retried(
    server: FakeOpenAI, edge: Edge
) -> None:
    huge = seed_answer()
    huge["summits"][0]["topics"] = ["x" * 200_000]
    server.push(*[Reply(body=Answer(huge))] * 3)
    backend = backend_for(server.base_url, max_response_bytes=50_000, max_retries=2)
    with pytest.raises(LLMFailure) as caught:
        edge(backend, seed_text(), Records())
    assert len(server.requests) == 1
    assert caught.value.kind == "invalid_answer"
    assert "size cap" in caught.value.reason


def test_the_time_budget_bounds_halving(server: FakeOpenAI, edge: Edge) -> None:
    cut = Answer('{"summits": [{"name": "To', finish_reason="length")
    server.push(*[Reply(body=cut, delay=0.3)] * 8)
    with pytest.raises(LLMFailure) as caught:
        edge(backend_for(server.base_url, time_budget=0.5), seed_text(), Records())
    assert len(server.requests) <= 2  # the halves are not all asked once the budget is gone
    assert caught.value.kind == "time_budget"
    assert caught.value.reason.count("time budget") == 1


def test_tokens_of_failed_attempts_are_counted(server: FakeOpenAI, tmp_path: Path) -> None:
    server.push(*[Reply(body=Answer("not json at all"))] * 2)
    extractor = Extractor(
        "llm", model=MODEL, base_url=server.base_url, api_key=SECRET, max_reasks=1, cache=False
    )
    result = extractor.extract(seed_text())
    extractor.close()
    assert result.meta.fallback is not None
    assert result.meta.fallback_kind == "invalid_answer"
    assert result.meta.usage is not None
    assert result.meta.usage["attempts"] == 2
    assert result.meta.usage["prompt_tokens"] == 2000
    assert result.meta.usage["completion_tokens"] == 400


# -- consent: a key alone keeps everything offline -------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "backend"),
    [
        pytest.param({"OPENAI_API_KEY": "sk-other-tool"}, "rules", id="key-alone"),
        pytest.param({"SUMMITPARSE_API_KEY": "sk-x"}, "rules", id="own-key-alone"),
        pytest.param(
            {"OPENAI_API_KEY": "sk-x", "OPENAI_BASE_URL": "http://127.0.0.1:1/v1"},
            "llm",
            id="base-url",
        ),
        pytest.param({"OPENAI_API_KEY": "sk-x", "SUMMITPARSE_MODEL": "m"}, "llm", id="model"),
        pytest.param({}, "rules", id="nothing"),
    ],
)
def test_auto_needs_a_model_or_base_url(environ: dict[str, str], backend: str) -> None:
    assert resolve_settings(backend="auto", environ=environ).backend == backend


def test_time_budget_and_max_tokens_from_the_environment() -> None:
    env = {"SUMMITPARSE_TIME_BUDGET": "42", "SUMMITPARSE_MAX_TOKENS": "300"}
    settings = resolve_settings(backend="rules", environ=env)
    assert settings.time_budget == 42.0
    assert settings.max_tokens == 300


def test_max_tokens_is_sent_and_derived_from_the_length(server: FakeOpenAI) -> None:
    server.push(Reply(body=Answer(seed_answer())), Reply(body=Answer(seed_answer())))
    backend_for(server.base_url).extract(seed_text(), rules=Records())
    backend_for(server.base_url, max_tokens=256).extract(seed_text(), rules=Records())
    derived, given = (r.body["max_tokens"] for r in server.requests)
    assert 1024 <= derived <= 8192
    assert given == 256


def test_eval_counts_the_predictions_that_are_fallbacks() -> None:
    from summitparse.evaluate import evaluate, format_report

    gold = [{"id": "a", "quotes": []}, {"id": "b", "quotes": []}]
    meta = {"backend": "rules", "version": "x"}
    pred = [
        {"id": "a", "meta": {**meta, "fallback": "endpoint unreachable"}},
        {"id": "b", "meta": meta},
    ]
    report = evaluate(gold, pred)
    assert report.fallbacks == 1
    assert report.to_dict()["fallbacks"] == 1
    assert "1 of 2 predictions are LLM fallbacks" in format_report(report)


def test_a_failed_chunk_does_not_lose_the_others(server: FakeOpenAI, edge: Edge) -> None:
    text = seed_text()
    server.push(
        Reply(body=Answer("no json here")),
        Reply(body=Answer(seed_answer())),
        Reply(body=Answer(seed_answer())),
    )
    backend = backend_for(server.base_url, chunk_words=400, max_reasks=0, mode="md_json")
    outcome = edge(backend, text, seed_rules(text))
    assert outcome.usage["calls"] >= 2
    assert any("part 1 of" in w and "failed, the rest kept" in w for w in outcome.warnings)
    assert outcome.records.quotes
