"""The one boundary where openai and instructor exceptions become :class:`LLMFailure`.

Everything above this module sees only summitparse errors; the third-party exception stays
reachable as ``__cause__`` (with the API key scrubbed from it, see the backend's boundary).
:func:`classify` gives each failure a machine-readable ``kind`` (``auth``, ``not_found``,
``unreachable``, ``bad_request``, ``context_overflow``, ``timeout``, ``time_budget``,
``rate_limited``, ``server_error``, ``invalid_answer``, ``other``) and a reason in a few words a
batch log can show, quoting the server's own message ("endpoint refused the request: HTTP 400
(bad request): maximum context length is 8192 …"); :data:`HANDLED` lists every openai/instructor
class it knows (a test keeps the list complete). :func:`request_rejected` decides what is not
worth retrying: every 4xx but 408/409/425/429, and a 5xx whose body says the request is invalid.
Messages never include the API key: :func:`redact` removes it, since a proxy may echo headers.
"""

from __future__ import annotations

import json
import re
from typing import Any

import openai
from instructor.core.exceptions import (
    AsyncValidationError,
    ClientError,
    IncompleteOutputException,
    InstructorError,
    InstructorRetryException,
    ModeError,
    MultimodalError,
    ProviderError,
    ResponseParsingError,
    TokenBudgetError,
)
from instructor.core.exceptions import ConfigurationError as InstructorConfigurationError
from instructor.core.exceptions import ValidationError as InstructorValidationError
from pydantic import ValidationError

from summitparse.errors import BackendError
from summitparse.llm.secrets import scrub

__all__ = [
    "HANDLED",
    "LASTING_KINDS",
    "LLMFailure",
    "NotACompletionError",
    "TimeBudgetExceededError",
    "classify",
    "context_overflow",
    "quota_spent",
    "redact",
    "request_rejected",
    "scrub",
    "server_words",
    "to_failure",
    "too_large",
    "unknown_model",
]


class LLMFailure(BackendError):  # noqa: N818 - the name is the seam's
    """The LLM backend failed for good; ``reason`` says why in a few words.

    ``attempts`` counts HTTP requests made, ``usage`` the tokens spent before failing; ``kind``
    is the machine-readable class of the cause (see :attr:`summitparse.models.Meta.fallback_kind`):
    a batch stops early when every article fails for the same lasting kind, and ``--resume``
    knows which fallbacks are worth redoing.
    """

    def __init__(
        self,
        reason: str,
        *,
        kind: str = "other",
        model: str | None = None,
        attempts: int = 0,
        usage: dict[str, Any] | None = None,
        article_id: str | None = None,
    ) -> None:
        super().__init__(f"llm backend failed: {reason}", article_id=article_id)
        self.reason = reason
        self.kind = kind
        self.model = model
        self.attempts = attempts
        self.usage = usage or {}


class NotACompletionError(openai.OpenAIError):
    """The endpoint answered 200 with something that is not a chat completion."""


class TimeBudgetExceededError(Exception):
    """Raised by the retry policy when the next wait would pass ``settings.time_budget``."""

    def __init__(self, budget: float, last: BaseException | None) -> None:
        super().__init__(f"time budget of {budget:g} s exhausted")
        self.budget = budget
        self.last = last


#: Kinds a run cannot outlive by waiting: a refused key or account, a model or endpoint that is not
#: there, an endpoint that cannot be reached. A batch that meets one for article after article
#: stops asking (:mod:`summitparse.llm.breaker`).
LASTING_KINDS = frozenset({"auth", "not_found", "unreachable"})

_STATUS_WORDS = {
    400: "bad request",
    401: "authentication failed",
    402: "payment required: the account has no credit",
    403: "permission denied",
    404: "model or endpoint not found",
    409: "conflict",
    413: "request too large",
    422: "unprocessable request",
    429: "rate limited",
}
_STATUS_KINDS = {401: "auth", 402: "auth", 403: "auth", 404: "not_found", 429: "rate_limited"}

# A 429 that is no rate limit: the account's quota or credit is spent (OpenAI's
# ``insufficient_quota``); waiting does not refill it, so it is not retried.
_QUOTA = re.compile(
    r"insufficient_quota|exceeded your current quota|quota exceeded|billing|insufficient (?:credit|"
    r"balance|funds)|credit balance|payment required",
    re.IGNORECASE,
)
# A 400 about the model itself (vLLM, LiteLLM and others answer an unknown model so, not 404).
_UNKNOWN_MODEL = re.compile(
    r"model_not_found|invalid model|model (?:\S+ )?(?:does not exist|not found|is not (?:found|"
    r"available|supported)|not available)|unknown model|no such model|model .{0,60}not found",
    re.IGNORECASE,
)

# Words a server uses when the request itself is wrong; a 500 saying so is not transient
# (llama-cpp-python answers a json_schema response_format with a 500 "must be text or
# json_object"), and a context overflow is repaired by splitting, not by asking again.
_CONTEXT = re.compile(
    r"context (?:length|window|size)|maximum context|n_ctx|too many tokens|prompt is too long"
    r"|exceeds? (?:the )?(?:available )?context",
    re.IGNORECASE,
)
_INVALID = re.compile(
    r"\binvalid\b|must be|not supported|unsupported|bad request|validation error"
    r"|unrecognized|unknown (?:field|parameter|argument)|extra (?:fields|inputs)",
    re.IGNORECASE,
)


def server_words(error: BaseException, secret: str | None = None, limit: int = 200) -> str:
    """The message the server put in its error body (OpenAI, llama.cpp, vLLM shapes), redacted."""
    if not isinstance(error, openai.APIStatusError):
        return ""
    body: Any = error.body
    text = ""
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict):
            text = str(inner.get("message") or inner.get("detail") or "")
        elif isinstance(inner, str):
            text = inner
        if not text and isinstance(body.get("detail"), str):
            text = body["detail"]
    elif isinstance(body, str):
        text = body
    if not text:
        try:
            text = error.response.text
        except Exception:  # a streamed or closed response: no words to give
            text = ""
    if text.lstrip().startswith("<"):
        text = "an HTML page"
    return redact(text, secret, limit=limit)


def _code_and_words(error: openai.APIStatusError) -> str:
    """The error body's machine ``code`` and ``type`` beside its message, for matching."""
    code, kind = getattr(error, "code", None), getattr(error, "type", None)
    return " ".join(str(part) for part in (code, kind, server_words(error)) if part)


def quota_spent(error: BaseException) -> bool:
    """True for a 402, and a 429 whose body says the quota or credit is spent."""
    if not isinstance(error, openai.APIStatusError):
        return False
    if error.status_code == 402:
        return True
    return error.status_code == 429 and bool(_QUOTA.search(_code_and_words(error)))


def unknown_model(error: BaseException) -> bool:
    """True for a 400/404/422 whose body says the model does not exist or is not served."""
    if not isinstance(error, openai.APIStatusError) or error.status_code not in (400, 404, 422):
        return False
    return bool(_UNKNOWN_MODEL.search(_code_and_words(error)))


def request_rejected(error: BaseException) -> bool:
    """True when a status error says the request is wrong (asking the same again cannot help)."""
    if not isinstance(error, openai.APIStatusError):
        return False
    status = error.status_code
    if quota_spent(error):
        return True
    if 400 <= status < 500:
        return status not in (408, 409, 425, 429)
    words = server_words(error)
    return bool(_CONTEXT.search(words) or _INVALID.search(words))


def too_large(error: BaseException) -> bool:
    """True when the answer was abandoned for passing the response size cap."""
    from summitparse.llm.transport import ResponseTooLarge

    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, ResponseTooLarge):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def context_overflow(error: BaseException) -> bool:
    """True when the server says the prompt does not fit its context (split and ask again)."""
    inner = _unwrap(error)
    return isinstance(inner, openai.APIStatusError) and bool(_CONTEXT.search(server_words(inner)))


#: Every third-party class :func:`to_failure` maps on purpose, most specific first.
HANDLED: tuple[type[BaseException], ...] = (
    openai.APITimeoutError,
    openai.APIConnectionError,
    openai.RateLimitError,
    openai.InternalServerError,
    openai.AuthenticationError,
    openai.PermissionDeniedError,
    openai.NotFoundError,
    openai.BadRequestError,
    openai.ConflictError,
    openai.UnprocessableEntityError,
    openai.APIStatusError,
    openai.APIResponseValidationError,
    openai.LengthFinishReasonError,
    openai.ContentFilterFinishReasonError,
    openai.APIError,
    NotACompletionError,
    openai.OpenAIError,
    IncompleteOutputException,
    TokenBudgetError,
    InstructorRetryException,
    InstructorValidationError,
    ResponseParsingError,
    AsyncValidationError,
    ProviderError,
    ModeError,
    ClientError,
    InstructorConfigurationError,
    MultimodalError,
    InstructorError,
    ValidationError,
    TimeBudgetExceededError,
)


def redact(message: str, secret: str | None, *, limit: int = 300) -> str:
    """``message`` with ``secret`` replaced, on one line of at most ``limit`` characters."""
    line = " ".join(scrub(message, secret).split())
    return line if len(line) <= limit else line[: limit - 3] + "..."


def _first_validation_error(error: BaseException) -> str:
    if isinstance(error, ValidationError) and error.errors():
        first = error.errors()[0]
        where = ".".join(str(part) for part in first.get("loc", ()))
        return f"{where}: {first.get('msg', '')}" if where else str(first.get("msg", ""))
    return str(error)


def _unwrap(error: BaseException) -> BaseException:
    """The transport or parse error an instructor retry wrapper hides, else ``error`` itself."""
    if isinstance(error, InstructorRetryException) and not isinstance(error, TokenBudgetError):
        cause = error.__cause__
        if cause is not None and not isinstance(
            cause, ValidationError | ResponseParsingError | AsyncValidationError
        ):
            return cause
    if isinstance(error, TimeBudgetExceededError) and error.last is not None:
        return error.last
    return error


def _status(error: openai.APIStatusError, *, retried: bool, secret: str | None) -> tuple[str, str]:
    status = error.status_code
    if 300 <= status < 400:
        where = redact(error.response.headers.get("location", ""), secret, limit=120)
        to = f" to {where}" if where else ""
        return "not_found", (
            f"the endpoint redirected the request (HTTP {status}{to}); redirects are not "
            "followed: set the base URL to the API itself (https? a proxy's login page?)"
        )
    words = server_words(error, secret)
    said = f": {words}" if words else ""
    if _CONTEXT.search(words):
        return (
            "context_overflow",
            f"the prompt does not fit the model's context (HTTP {status}){said}",
        )
    if quota_spent(error):
        return "auth", (
            f"endpoint refused the request: HTTP {status} (the account's quota or credit is "
            f"spent: check its plan and billing){said}"
        )
    if unknown_model(error):
        return "not_found", (
            f"endpoint refused the request: HTTP {status} (the model is not served there: "
            f"check the model name){said}"
        )
    if status in _STATUS_KINDS and status != 429:
        return _STATUS_KINDS[status], (
            f"endpoint refused the request: HTTP {status} ({_STATUS_WORDS[status]}){said}"
        )
    if 400 <= status < 500 and status not in (408, 409, 425, 429):
        words_for = _STATUS_WORDS.get(status, "request refused")
        return "bad_request", f"endpoint refused the request: HTTP {status} ({words_for}){said}"
    if status >= 500 and _INVALID.search(words):
        return "bad_request", f"endpoint refused the request: HTTP {status}{said}"
    kind = "rate_limited" if status == 429 else "server_error"
    head = f"retries exhausted: HTTP {status}" if retried else f"HTTP {status}"
    return kind, head + said


def _not_a_completion(error: BaseException) -> bool:
    """A 200 whose body is no chat completion (an HTML page, a proxy's login form)."""
    cause = error.__cause__ if isinstance(error, InstructorRetryException) else error
    if isinstance(cause, json.JSONDecodeError | NotACompletionError):
        return True
    text = str(cause or error)
    return isinstance(cause, ResponseParsingError) and "No choices" in text


def _truncated(error: BaseException, max_tokens: int | None) -> str:
    """The reason of an answer cut at ``max_tokens`` even on a chunk too small to halve."""
    completion = getattr(error, "last_completion", None) or getattr(error, "completion", None)
    used = getattr(getattr(completion, "usage", None), "completion_tokens", None)
    wrote = f"after {used} completion tokens" if used else "at its output limit"
    limit = f" of max_tokens {max_tokens}" if max_tokens else ""
    return (
        f'answer truncated (finish_reason "length") {wrote}{limit} on the smallest chunk: '
        "raise max_tokens (--max-tokens, SUMMITPARSE_MAX_TOKENS) or the server's context"
    )


def classify(
    error: BaseException,
    *,
    attempts: int,
    base_url: str | None,
    secret: str | None = None,
    max_tokens: int | None = None,
) -> tuple[str, str]:
    """``(kind, reason)`` for any error of the LLM call: the kind for machines, the reason for
    people, naming the underlying cause once and quoting the server's own words (redacted);
    ``max_tokens`` is the answer budget the last call had (a truncation names it)."""
    if isinstance(error, TimeBudgetExceededError):
        if error.last is None or isinstance(error.last, TimeBudgetExceededError):
            return "time_budget", f"time budget of {error.budget:g} s exhausted"
        _, last = classify(
            error.last, attempts=attempts, base_url=base_url, secret=secret, max_tokens=max_tokens
        )
        return "time_budget", f"time budget of {error.budget:g} s exhausted; last error: {last}"
    inner = _unwrap(error)
    retried = attempts > 1
    endpoint = base_url or "api.openai.com"
    if too_large(error):
        return "invalid_answer", "the endpoint's answer passed the response size cap; abandoned"
    if isinstance(inner, openai.APITimeoutError):
        return "timeout", f"timed out after {attempts} attempt(s)"
    if isinstance(inner, openai.APIConnectionError):
        return "unreachable", f"endpoint unreachable: {endpoint} (connection failed)"
    if isinstance(inner, openai.APIStatusError):
        return _status(inner, retried=retried, secret=secret)
    if _not_a_completion(error):
        cause = error.__cause__ if isinstance(error, InstructorRetryException) else error
        what = str(cause) if isinstance(cause, NotACompletionError) else "not JSON: an HTML page?"
        return "not_found", (
            f"the endpoint {endpoint} answered with something that is not an OpenAI chat "
            f"completion ({what}): check the base URL (it usually ends in /v1) or the proxy"
        )
    if isinstance(inner, IncompleteOutputException | openai.LengthFinishReasonError):
        return "invalid_answer", _truncated(inner, max_tokens)
    if isinstance(inner, openai.ContentFilterFinishReasonError):
        return "invalid_answer", "answer refused by the endpoint's content filter"
    if isinstance(inner, openai.APIResponseValidationError):
        return "not_found", "unparseable answer: the response is not an OpenAI chat completion"
    if isinstance(error, TokenBudgetError):
        return "invalid_answer", "unparseable answer: token budget spent on re-asks"
    if isinstance(error, InstructorRetryException):
        cause = error.__cause__ or error
        return "invalid_answer", (
            f"unparseable answer after {max(attempts, error.n_attempts)} attempt(s): "
            f"{_first_validation_error(cause)}"
        )
    if isinstance(inner, ValidationError | ResponseParsingError | InstructorValidationError):
        return "invalid_answer", f"unparseable answer: {_first_validation_error(inner)}"
    if isinstance(inner, ModeError | ClientError | InstructorConfigurationError):
        return "other", f"instructor misconfigured: {type(inner).__name__}"
    return "other", f"backend error: {type(inner).__name__}"


def to_failure(
    error: BaseException,
    *,
    model: str | None,
    attempts: int,
    usage: dict[str, Any],
    base_url: str | None,
    secret: str | None,
    max_tokens: int | None = None,
) -> LLMFailure:
    """The :class:`LLMFailure` for any error of the LLM call; the caller chains the cause."""
    kind, reason = classify(
        error, attempts=attempts, base_url=base_url, secret=secret, max_tokens=max_tokens
    )
    return LLMFailure(
        redact(reason, secret), kind=kind, model=model, attempts=attempts, usage=usage
    )
