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


# -- what is wrong with the endpoint, said as such ------------------------------------------------


@pytest.mark.parametrize(
    ("reply", "words"),
    [
        (Reply(200, b"<html><body>Sign in</body></html>", content_type="text/html"), "HTML"),
        (Reply(200, {"status": "ok", "service": "gateway"}), "keys: service, status"),
    ],
)
def test_a_200_that_is_no_chat_completion_names_the_endpoint_and_is_asked_once(
    server: FakeOpenAI, edge: Edge, reply: Reply, words: str
) -> None:
    server.fallback = reply
    with pytest.raises(LLMFailure) as caught:
        edge(backend_for(server.base_url, max_retries=2), seed_text(), Records())
    assert len(server.requests) == 1  # neither re-asked nor retried
    assert caught.value.kind == "not_found"
    assert "not an OpenAI chat completion" in caught.value.reason
    assert words in caught.value.reason
    assert "check the base URL" in caught.value.reason


def test_a_redirect_is_not_followed_and_not_called_unreachable(
    server: FakeOpenAI, edge: Edge
) -> None:
    with FakeOpenAI() as other:
        server.fallback = Reply(
            302, b"", headers={"Location": other.base_url + "/chat/completions"}
        )
        with pytest.raises(LLMFailure) as caught:
            edge(backend_for(server.base_url), seed_text(), Records())
        assert other.requests == []  # the key went nowhere else
    assert len(server.requests) == 1
    assert caught.value.kind == "not_found"
    assert "redirected the request (HTTP 302 to http://127.0.0.1" in caught.value.reason
    assert "unreachable" not in caught.value.reason


def test_a_base_url_ending_in_chat_completions_is_not_doubled(
    server: FakeOpenAI, edge: Edge
) -> None:
    server.fallback = Reply(body=Answer(seed_answer()))
    edge(backend_for(server.base_url + "/chat/completions/"), seed_text(), seed_rules(seed_text()))
    assert [r.path for r in server.requests] == ["/v1/chat/completions"]


@pytest.mark.parametrize(
    "url",
    ["localhost:8080/v1", "http//localhost:8080", "ftp://host/v1", "http://", "http://a b/v1"],
)
def test_a_malformed_base_url_is_a_usage_error(url: str) -> None:
    from summitparse import Extractor
    from summitparse.errors import ConfigurationError

    with pytest.raises(ConfigurationError, match="base URL"):
        Extractor("llm", model="m", base_url=url, api_key=SECRET)


# -- a total deadline per request, headers included -----------------------------------------------


def test_headers_sent_a_byte_at_a_time_end_at_the_timeout(server: FakeOpenAI, edge: Edge) -> None:
    server.push(Reply(body=Answer(seed_answer()), header_drip=0.05))  # ~90 bytes: 4.5 s of head
    started = time.monotonic()
    with pytest.raises(LLMFailure) as caught:
        edge(backend_for(server.base_url, timeout=0.6, max_retries=0), seed_text(), Records())
    assert time.monotonic() - started < 3.0  # the first call also imports the SDK's resources
    assert caught.value.kind == "timeout"


def test_headers_sent_slowly_end_within_the_time_budget(server: FakeOpenAI, edge: Edge) -> None:
    server.fallback = Reply(body=Answer(seed_answer()), header_drip=0.05)
    started = time.monotonic()
    with pytest.raises(LLMFailure) as caught:
        edge(
            backend_for(server.base_url, timeout=30, time_budget=0.8, max_retries=3),
            seed_text(),
            Records(),
        )
    assert time.monotonic() - started < 2.5
    assert caught.value.kind in ("time_budget", "timeout")


def test_a_slow_body_ends_at_the_timeout_even_between_bytes(server: FakeOpenAI, edge: Edge) -> None:
    server.push(Reply(body=Answer(seed_answer()), drip=0.4))  # each byte within the read timeout
    started = time.monotonic()
    with pytest.raises(LLMFailure) as caught:
        edge(backend_for(server.base_url, timeout=0.6, max_retries=0), seed_text(), Records())
    assert time.monotonic() - started < 3.0
    assert caught.value.kind == "timeout"
