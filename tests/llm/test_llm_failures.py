"""Every openai and instructor error maps to an LLMFailure with a short reason, at one boundary."""

from __future__ import annotations

import inspect
from collections.abc import Callable

import httpx2
import instructor.core.exceptions as instructor_errors
import openai
import pytest
from fake_openai import FakeOpenAI, Reply
from llm_fixtures import SECRET, Edge, backend_for, edge, seed_text, server
from pydantic import BaseModel
from pydantic import ValidationError as PydanticValidationError

from summitparse.errors import BackendError
from summitparse.llm import LLMFailure
from summitparse.llm.failures import HANDLED, TimeBudgetExceededError, redact, to_failure
from summitparse.records import Records

__all__ = ["edge", "server"]

_REQUEST = httpx2.Request("POST", "http://127.0.0.1:9/v1/chat/completions")


def _response(status: int) -> httpx2.Response:
    return httpx2.Response(status, request=_REQUEST)


def _status(cls: type[openai.APIStatusError], status: int) -> Callable[[], BaseException]:
    return lambda: cls("boom", response=_response(status), body=None)


def _pydantic_error() -> PydanticValidationError:
    class Draft(BaseModel):
        kind: int

    try:
        Draft.model_validate({"kind": "x"})
    except PydanticValidationError as error:
        return error
    raise AssertionError("unreachable")


def _retry_wrapping(cause: BaseException) -> BaseException:
    error = instructor_errors.InstructorRetryException("failed", n_attempts=2, total_usage=None)
    error.__cause__ = cause
    return error


def _completion() -> openai.types.chat.ChatCompletion:
    return openai.types.chat.ChatCompletion.model_construct(usage=None)


# (factory, expected reason prefix), one row per class the boundary handles.
CASES: dict[str, tuple[Callable[[], BaseException], str]] = {
    "APITimeoutError": (lambda: openai.APITimeoutError(_REQUEST), "timed out after 1 attempt"),
    "APIConnectionError": (
        lambda: openai.APIConnectionError(request=_REQUEST),
        "endpoint unreachable: http://127.0.0.1:9/v1",
    ),
    "RateLimitError": (_status(openai.RateLimitError, 429), "HTTP 429"),
    "InternalServerError": (_status(openai.InternalServerError, 503), "HTTP 503"),
    "AuthenticationError": (
        _status(openai.AuthenticationError, 401),
        "endpoint refused the request: HTTP 401 (authentication failed)",
    ),
    "OAuthError": (
        lambda: openai.OAuthError(response=_response(401), body=None),
        "endpoint refused the request: HTTP 401",
    ),
    "PermissionDeniedError": (
        _status(openai.PermissionDeniedError, 403),
        "endpoint refused the request: HTTP 403",
    ),
    "NotFoundError": (
        _status(openai.NotFoundError, 404),
        "endpoint refused the request: HTTP 404 (model or endpoint not found)",
    ),
    "BadRequestError": (_status(openai.BadRequestError, 400), "endpoint refused the request"),
    "ConflictError": (_status(openai.ConflictError, 409), "HTTP 409"),
    "UnprocessableEntityError": (
        _status(openai.UnprocessableEntityError, 422),
        "endpoint refused the request: HTTP 422",
    ),
    "APIStatusError": (_status(openai.APIStatusError, 418), "endpoint refused the request"),
    "APIResponseValidationError": (
        lambda: openai.APIResponseValidationError(_response(200), body=None),
        "unparseable answer: the response is not an OpenAI chat completion",
    ),
    "LengthFinishReasonError": (
        lambda: openai.LengthFinishReasonError(completion=_completion()),
        "answer truncated",
    ),
    "ContentFilterFinishReasonError": (
        openai.ContentFilterFinishReasonError,
        "answer refused by the endpoint's content filter",
    ),
    "APIError": (lambda: openai.APIError("x", _REQUEST, body=None), "backend error: APIError"),
    "OpenAIError": (lambda: openai.OpenAIError("x"), "backend error: OpenAIError"),
    "IncompleteOutputException": (instructor_errors.IncompleteOutputException, "answer truncated"),
    "InstructorRetryException": (
        lambda: _retry_wrapping(_pydantic_error()),
        "unparseable answer after 2 attempt(s): kind: Input should be a valid integer",
    ),
    "TokenBudgetError": (
        lambda: instructor_errors.TokenBudgetError("x", budget=1, n_attempts=1, total_usage=None),
        "unparseable answer: token budget spent on re-asks",
    ),
    "TokenBudgetExceeded": (
        lambda: instructor_errors.TokenBudgetExceeded(
            "x", budget=1, n_attempts=1, total_usage=None
        ),
        "unparseable answer: token budget spent on re-asks",
    ),
    "TokenUsageUnavailableError": (
        lambda: instructor_errors.TokenUsageUnavailableError(
            "x", budget=1, n_attempts=1, total_usage=None
        ),
        "unparseable answer: token budget spent on re-asks",
    ),
    "ValidationError": (
        lambda: instructor_errors.ValidationError("bad"),
        "unparseable answer: bad",
    ),
    "ResponseParsingError": (
        lambda: instructor_errors.ResponseParsingError("no tool call"),
        "unparseable answer: no tool call",
    ),
    "AsyncValidationError": (
        lambda: instructor_errors.AsyncValidationError("bad"),
        "backend error: AsyncValidationError",
    ),
    "ProviderError": (
        lambda: instructor_errors.ProviderError("openai", "x"),
        "backend error: ProviderError",
    ),
    "ModeError": (
        lambda: instructor_errors.ModeError("tools", "openai", ["json"]),
        "instructor misconfigured: ModeError",
    ),
    "ClientError": (lambda: instructor_errors.ClientError("x"), "instructor misconfigured"),
    "ConfigurationError": (
        lambda: instructor_errors.ConfigurationError("x"),
        "instructor misconfigured",
    ),
    "MultimodalError": (
        lambda: instructor_errors.MultimodalError("x"),
        "backend error: MultimodalError",
    ),
    "InstructorError": (lambda: instructor_errors.InstructorError("x"), "backend error"),
}

# Public error classes that a chat completion call cannot raise.
NOT_RAISED_BY_CHAT = {
    "InvalidWebhookSignatureError",  # webhook verification
    "WebSocketConnectionClosedError",  # realtime API
    "WebSocketQueueFullError",  # realtime API
}


def _public_error_classes() -> set[str]:
    names = set()
    for module in (openai, instructor_errors):
        for name, value in list(vars(module).items()):
            is_error = inspect.isclass(value) and issubclass(value, BaseException)
            if is_error and not name.startswith("_") and name not in NOT_RAISED_BY_CHAT:
                names.add(name)
    return names


def test_every_public_openai_and_instructor_error_has_a_case() -> None:
    assert _public_error_classes() == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_error_maps_to_llm_failure_with_a_short_reason(name: str) -> None:
    factory, prefix = CASES[name]
    error = factory()
    assert isinstance(error, HANDLED)
    failure = to_failure(
        error,
        model="m",
        attempts=1,
        usage={},
        base_url="http://127.0.0.1:9/v1",
        secret=SECRET,
    )
    assert isinstance(failure, LLMFailure)
    assert isinstance(failure, BackendError)
    assert failure.reason.startswith(prefix), failure.reason
    assert len(failure.reason) <= 300


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_backend_boundary_chains_the_cause(name: str) -> None:
    backend = backend_for("http://127.0.0.1:9/v1")
    error = CASES[name][0]()
    failure = backend._failure(error, backend._run())
    assert failure.__cause__ is error
    assert failure.model == backend.model


def test_transport_errors_inside_instructors_wrapper_are_unwrapped() -> None:
    wrapped = _retry_wrapping(_status(openai.InternalServerError, 500)())
    failure = to_failure(wrapped, model="m", attempts=4, usage={}, base_url=None, secret=None)
    assert failure.reason == "retries exhausted: HTTP 500"


def test_time_budget_reason_names_the_last_fault() -> None:
    error = TimeBudgetExceededError(2.0, _status(openai.RateLimitError, 429)())
    failure = to_failure(error, model="m", attempts=3, usage={}, base_url=None, secret=None)
    assert failure.reason == "time budget of 2 s exhausted; last error: retries exhausted: HTTP 429"
    assert failure.kind == "time_budget"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        pytest.param(f"bad key {SECRET} here", "bad key *** here", id="key-removed"),
        pytest.param("line one\n  line two", "line one line two", id="one-line"),
        pytest.param("x" * 400, "x" * 297 + "...", id="cut-short"),
    ],
)
def test_redact(message: str, expected: str) -> None:
    assert redact(message, SECRET) == expected


# -- lasting failures: named, not retried, and the breaker stops asking ---------------------------

_QUOTA_BODY = {
    "error": {
        "message": "You exceeded your current quota, please check your plan and billing details.",
        "type": "insufficient_quota",
        "code": "insufficient_quota",
    }
}


@pytest.mark.parametrize(
    ("reply", "kind", "words"),
    [
        (Reply(429, _QUOTA_BODY), "auth", "quota or credit is spent"),
        (Reply(402, {"error": {"message": "balance is 0"}}), "auth", "HTTP 402"),
        (
            Reply(400, {"error": {"message": "invalid model ID", "code": "model_not_found"}}),
            "not_found",
            "model is not served there",
        ),
        (
            Reply(400, {"error": {"message": "The model `gpt-9` does not exist"}}),
            "not_found",
            "gpt-9",
        ),
    ],
)
def test_a_lasting_refusal_is_named_and_not_retried(
    server: FakeOpenAI, edge: Edge, reply: Reply, kind: str, words: str
) -> None:
    server.fallback = reply
    with pytest.raises(LLMFailure) as caught:
        edge(backend_for(server.base_url, max_retries=3), seed_text(), Records())
    assert len(server.requests) == 1
    assert caught.value.kind == kind
    assert words in caught.value.reason


def test_a_plain_429_is_still_a_rate_limit_and_retried(server: FakeOpenAI, edge: Edge) -> None:
    server.fallback = Reply(429, {"error": {"message": "Rate limit reached for requests"}})
    with pytest.raises(LLMFailure) as caught:
        edge(backend_for(server.base_url, max_retries=2), seed_text(), Records())
    assert len(server.requests) == 3
    assert caught.value.kind == "rate_limited"


def test_the_breaker_stops_asking_after_two_lasting_failures_and_says_the_same(
    server: FakeOpenAI, edge: Edge
) -> None:
    server.fallback = Reply(401, {"error": {"message": "Incorrect API key provided"}})
    backend = backend_for(server.base_url, max_retries=0)
    reasons = []
    for _ in range(5):
        with pytest.raises(LLMFailure) as caught:
            edge(backend, seed_text(), Records())
        reasons.append(caught.value.reason)
    assert len(server.requests) == 2
    assert len(set(reasons)) == 1
    assert "HTTP 401" in reasons[0]


def test_the_breaker_lets_one_through_after_a_while_and_closes_on_an_answer() -> None:
    from summitparse.llm.breaker import RETRY_AFTER, TRIP_AFTER, Breaker

    now = [0.0]
    breaker = Breaker(clock=lambda: now[0])
    for _ in range(TRIP_AFTER):
        breaker.failed(LLMFailure("HTTP 401", kind="auth"))
    assert breaker.blocked() is not None
    now[0] += RETRY_AFTER
    assert breaker.blocked() is None  # one goes through
    breaker.failed(LLMFailure("HTTP 401", kind="auth"))
    assert breaker.blocked() is not None  # and failing alike opens it again at once
    now[0] += RETRY_AFTER
    assert breaker.blocked() is None
    breaker.succeeded()
    assert breaker.blocked() is None
    assert breaker.answered
