"""Transport faults through the real client: retried with backoff, never shown to the model.

429 (honouring Retry-After), 5xx, hangs past the timeout, a refused connection, the time budget,
and answers no OpenAI-compatible server should give. Each case runs on both edges.
"""

from __future__ import annotations

import time

import pytest
from fake_openai import Answer, FakeOpenAI, Reply, free_port
from llm_fixtures import SECRET, Edge, backend_for, edge, seed_answer, seed_rules, seed_text, server

from summitparse.llm import LLMFailure
from summitparse.records import Records

__all__ = ["edge", "server"]


# -- transport faults: retried, never shown to the model ------------------------------------------


def test_429_waits_for_retry_after_then_succeeds(server: FakeOpenAI, edge: Edge) -> None:
    text = seed_text()
    server.push(
        Reply(429, {"error": {"message": "slow down"}}, headers={"Retry-After": "1"}),
        Reply(body=Answer(seed_answer())),
    )
    started = time.monotonic()
    outcome = edge(backend_for(server.base_url), text, seed_rules(text))

    assert time.monotonic() - started >= 1.0
    assert outcome.usage["transport_retries"] == 1
    assert len(outcome.records.agreements) == 2
    assert server.requests[0].body == server.requests[1].body  # the model hears nothing of it


def test_500_three_times_then_success(server: FakeOpenAI, edge: Edge) -> None:
    text = seed_text()
    server.push(
        *[Reply(500, {"error": {"message": "boom"}})] * 3, Reply(body=Answer(seed_answer()))
    )
    outcome = edge(backend_for(server.base_url, max_retries=3), text, seed_rules(text))

    assert len(server.requests) == 4
    assert outcome.usage["transport_retries"] == 3
    assert outcome.usage["attempts"] == 4
    assert len(outcome.records.quotes) == 2


def test_500_past_max_retries_fails_with_reason(server: FakeOpenAI, edge: Edge) -> None:
    server.push(*[Reply(500, {"error": {"message": "boom"}})] * 3)
    with pytest.raises(LLMFailure) as caught:
        edge(backend_for(server.base_url, max_retries=2), seed_text(), Records())
    assert caught.value.reason == "retries exhausted: HTTP 500: boom"
    assert caught.value.kind == "server_error"
    assert caught.value.attempts == 3
    assert isinstance(caught.value.__cause__, Exception)


def test_401_is_not_retried(server: FakeOpenAI, edge: Edge) -> None:
    server.push(Reply(401, {"error": {"message": "bad key"}}))
    with pytest.raises(LLMFailure) as caught:
        edge(backend_for(server.base_url), seed_text(), Records())
    assert caught.value.reason == (
        "endpoint refused the request: HTTP 401 (authentication failed): bad key"
    )
    assert caught.value.kind == "auth"
    assert len(server.requests) == 1
    assert SECRET not in str(caught.value)


def test_a_hang_past_the_timeout_is_retried(server: FakeOpenAI, edge: Edge) -> None:
    text = seed_text()
    server.push(Reply(body=Answer(seed_answer()), delay=1.5), Reply(body=Answer(seed_answer())))
    started = time.monotonic()
    outcome = edge(backend_for(server.base_url, timeout=0.5), text, seed_rules(text))

    assert time.monotonic() - started >= 0.5  # it waited for the timeout, then asked again
    assert outcome.usage["transport_retries"] == 1
    assert len(server.requests) == 2


def test_a_hang_every_time_fails_as_timed_out(server: FakeOpenAI, edge: Edge) -> None:
    server.push(*[Reply(body=Answer(seed_answer()), delay=1.0)] * 2)
    with pytest.raises(LLMFailure) as caught:
        edge(backend_for(server.base_url, timeout=0.3, max_retries=1), seed_text(), Records())
    assert caught.value.reason == "timed out after 2 attempt(s)"


def test_an_endpoint_that_is_down_fails_as_unreachable(edge: Edge) -> None:
    base_url = f"http://127.0.0.1:{free_port()}/v1"
    with pytest.raises(LLMFailure) as caught:
        edge(backend_for(base_url, max_retries=1), seed_text(), Records())
    assert caught.value.reason.startswith("endpoint unreachable: http://127.0.0.1:")
    assert SECRET not in str(caught.value)


def test_time_budget_stops_retries_early(server: FakeOpenAI, edge: Edge) -> None:
    server.push(Reply(429, {"error": {"message": "later"}}, headers={"Retry-After": "3"}))
    with pytest.raises(LLMFailure) as caught:
        edge(backend_for(server.base_url, time_budget=1.0), seed_text(), Records())
    assert len(server.requests) == 1  # a Retry-After past the budget is not waited for
    assert caught.value.reason == "time budget of 1 s exhausted; last error: HTTP 429: later"
    assert caught.value.kind == "time_budget"


@pytest.mark.parametrize(
    "reply",
    [
        pytest.param(Reply(200, b"<html>proxy error</html>"), id="html-with-200"),
        pytest.param(Reply(200, {}), id="empty-json"),
        pytest.param(
            Reply(
                200,
                {"id": "x", "object": "chat.completion", "created": 1, "model": "m", "choices": []},
            ),
            id="no-choices",
        ),
        pytest.param(Reply(502, b"<html>bad gateway</html>"), id="html-502"),
    ],
)
def test_a_broken_endpoint_answer_always_ends_as_llm_failure(
    server: FakeOpenAI, reply: Reply, capsys: pytest.CaptureFixture[str]
) -> None:
    server.fallback = reply
    with pytest.raises(LLMFailure) as caught:
        backend_for(server.base_url, max_retries=1).extract(seed_text(), rules=Records())
    assert caught.value.reason
    assert capsys.readouterr().err == ""  # instructor's attempt logs stay quiet
