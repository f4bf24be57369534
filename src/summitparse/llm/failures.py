"""The one boundary where openai and instructor exceptions become :class:`LLMFailure`.

Everything above this module sees only summitparse errors; the third-party exception stays
reachable as ``__cause__``. :func:`to_failure` names the reason in a few words a batch log can
show ("retries exhausted: HTTP 500", "endpoint unreachable: …", "unparseable answer: …"), and
:data:`HANDLED` lists every openai/instructor class it knows (a test keeps the list complete).
Messages never include the API key: the openai SDK does not put it in errors, and
:func:`redact` removes it anyway in case a proxy echoes headers back.
"""

from __future__ import annotations

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

__all__ = ["HANDLED", "LLMFailure", "TimeBudgetExceededError", "redact", "to_failure"]


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


class TimeBudgetExceededError(Exception):
    """Raised by the retry policy when the next wait would pass ``settings.time_budget``."""

    def __init__(self, budget: float, last: BaseException | None) -> None:
        super().__init__(f"time budget of {budget:g} s exhausted")
        self.budget = budget
        self.last = last


_STATUS_WORDS = {
    400: "bad request",
    401: "authentication failed",
    403: "permission denied",
    404: "model or endpoint not found",
    409: "conflict",
    422: "unprocessable request",
    429: "rate limited",
}

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


def redact(message: str, secret: str | None) -> str:
    """``message`` with ``secret`` replaced, and cut to one short line."""
    if secret:
        message = message.replace(secret, "***")
    line = " ".join(message.split())
    return line if len(line) <= 160 else line[:157] + "..."


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


def _status_reason(error: openai.APIStatusError, *, retried: bool) -> str:
    status = error.status_code
    if status == 429 or status >= 500 or status in (408, 409):
        return f"retries exhausted: HTTP {status}" if retried else f"HTTP {status}"
    words = _STATUS_WORDS.get(status, "request refused")
    return f"endpoint refused the request: HTTP {status} ({words})"


def _reason(error: BaseException, *, attempts: int, base_url: str | None) -> str:
    inner = _unwrap(error)
    retried = attempts > 1
    if isinstance(inner, openai.APITimeoutError):
        return f"timed out after {attempts} attempt(s)"
    if isinstance(inner, openai.APIConnectionError):
        return f"endpoint unreachable: {base_url or 'api.openai.com'} (connection failed)"
    if isinstance(inner, openai.APIStatusError):
        return _status_reason(inner, retried=retried)
    if isinstance(inner, IncompleteOutputException | openai.LengthFinishReasonError):
        return "answer truncated: the model hit its output limit even on the smallest chunk"
    if isinstance(inner, openai.ContentFilterFinishReasonError):
        return "answer refused by the endpoint's content filter"
    if isinstance(inner, openai.APIResponseValidationError):
        return "unparseable answer: the response is not an OpenAI chat completion"
    if isinstance(error, TokenBudgetError):
        return "unparseable answer: token budget spent on re-asks"
    if isinstance(error, InstructorRetryException):
        cause = error.__cause__ or error
        return (
            f"unparseable answer after {error.n_attempts} attempt(s): "
            f"{_first_validation_error(cause)}"
        )
    if isinstance(inner, ValidationError | ResponseParsingError | InstructorValidationError):
        return f"unparseable answer: {_first_validation_error(inner)}"
    if isinstance(inner, ModeError | ClientError | InstructorConfigurationError):
        return f"instructor misconfigured: {type(inner).__name__}"
    if isinstance(error, TimeBudgetExceededError):
        return f"time budget exhausted ({error.budget:g} s)"
    return f"backend error: {type(inner).__name__}"


def to_failure(
    error: BaseException,
    *,
    model: str | None,
    attempts: int,
    usage: dict[str, Any],
    base_url: str | None,
    secret: str | None,
) -> LLMFailure:
    """The :class:`LLMFailure` for any error of the LLM call; the caller chains the cause."""
    reason = redact(_reason(error, attempts=attempts, base_url=base_url), secret)
    if isinstance(error, TimeBudgetExceededError) and error.last is not None:
        reason = redact(f"time budget exhausted ({error.budget:g} s): {reason}", secret)
    return LLMFailure(reason, model=model, attempts=attempts, usage=usage)
