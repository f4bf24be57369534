"""The transport retry policy (tenacity), kept apart from instructor's re-asks.

Two loops, two kinds of fault:

- instructor re-asks when the answer fails validation, feeding the error back to the model, at
  most ``settings.max_reasks`` times;
- this policy retries transport faults — HTTP 429 (honouring ``Retry-After``), 408/409/5xx,
  timeouts, connection errors — which the model never hears about, with exponential backoff and
  full jitter, at most ``settings.max_retries`` times and never past ``settings.time_budget``
  seconds in total. A 400/401/403/404/422 is not retried: asking again cannot help; nor is a 500
  whose body says the request is invalid (:func:`summitparse.llm.failures.request_rejected`).

The openai SDK's own retries are switched off (``max_retries=0`` on the client) so the numbers in
the settings are the numbers that happen. Instructor wraps a transport error in
:class:`~instructor.core.exceptions.InstructorRetryException`; :func:`transport_fault` looks
through that wrapper. A transport retry starts the structured call over, so its re-ask count
starts over too.
"""

from __future__ import annotations

import email.utils
import random
import time
from dataclasses import dataclass
from typing import Any

import openai
from instructor.core.exceptions import InstructorRetryException
from tenacity import AsyncRetrying, RetryCallState, Retrying, retry_if_exception, stop_after_attempt

from summitparse.config import Settings
from summitparse.llm.failures import TimeBudgetExceededError, request_rejected, too_large

__all__ = ["RetryPolicy", "async_retrying", "retry_after", "sync_retrying", "transport_fault"]

_RETRY_STATUSES = frozenset({408, 409, 425, 429})


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Backoff shape; attempts and the time budget come from :class:`Settings`.

    The wait before retry ``n`` (1-based) is uniform in ``[0, min(cap, initial * 2**(n-1))]``
    (full jitter: many clients hitting one rate limit spread out instead of retrying in step),
    raised to the server's ``Retry-After`` when it gives one, capped at ``max_retry_after``.
    """

    initial: float = 1.0
    cap: float = 30.0
    max_retry_after: float = 120.0


def transport_fault(error: BaseException) -> BaseException | None:
    """The retryable transport error inside ``error``, or ``None`` when asking again cannot help."""
    inner = error
    if isinstance(error, InstructorRetryException) and error.__cause__ is not None:
        inner = error.__cause__
    if isinstance(inner, openai.APIConnectionError):  # includes APITimeoutError
        return None if too_large(inner) else inner
    if isinstance(inner, openai.APIStatusError) and (
        inner.status_code in _RETRY_STATUSES or inner.status_code >= 500
    ):
        return None if request_rejected(inner) else inner
    return None


def retry_after(error: BaseException | None) -> float | None:
    """Seconds the server asked us to wait (``retry-after-ms`` or ``Retry-After``), if any."""
    if not isinstance(error, openai.APIStatusError):
        return None
    headers = error.response.headers
    millis = headers.get("retry-after-ms")
    if millis:
        try:
            return max(0.0, float(millis) / 1000.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value) if value.strip() else None
        if parsed is None:
            return None
        return max(0.0, parsed.timestamp() - time.time())


class _Wait:
    """Backoff with full jitter, raised to ``Retry-After``; refuses to wait past the budget."""

    def __init__(self, policy: RetryPolicy, budget: float, started: float) -> None:
        self._policy = policy
        self._budget = budget
        self._started = started

    def __call__(self, state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        fault = transport_fault(error) if error is not None else None
        ceiling = min(self._policy.cap, self._policy.initial * 2 ** (state.attempt_number - 1))
        wait = random.uniform(0.0, ceiling)
        asked = retry_after(fault)
        if asked is not None:
            wait = max(wait, min(asked, self._policy.max_retry_after))
        if time.monotonic() - self._started + wait > self._budget:
            raise TimeBudgetExceededError(self._budget, error)
        return wait


def _retry_kwargs(settings: Settings, policy: RetryPolicy, started: float) -> dict[str, Any]:
    return {
        "retry": retry_if_exception(lambda error: transport_fault(error) is not None),
        "stop": stop_after_attempt(settings.max_retries + 1),
        "wait": _Wait(policy, settings.time_budget, started),
        "reraise": True,
    }


def sync_retrying(settings: Settings, policy: RetryPolicy, started: float) -> Retrying:
    """A fresh sync retry loop; the budget counts from ``started`` (``time.monotonic()``)."""
    return Retrying(**_retry_kwargs(settings, policy, started))


def async_retrying(settings: Settings, policy: RetryPolicy, started: float) -> AsyncRetrying:
    """The async twin of :func:`sync_retrying`; it sleeps with asyncio, not in a thread."""
    return AsyncRetrying(**_retry_kwargs(settings, policy, started))
