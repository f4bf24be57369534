"""Stop asking an endpoint that keeps failing for a lasting reason.

A wrong key, a spent quota, an unknown model or an endpoint that refuses connections fails every
article alike; without a breaker a batch sends one failing request (or five, retried) per article,
sixteen at a time. :class:`Breaker` is shared by all articles of one backend:

- until the endpoint has answered once, articles go one at a time (the first contact: at the
  start of a batch this costs one request's latency, and it keeps a wrong key from being sent
  sixteen times at once);
- after :data:`TRIP_AFTER` articles in a row failed for the same lasting kind
  (:data:`~summitparse.llm.failures.LASTING_KINDS`), every further article fails at once with
  that reason, without a request, so a batch turns the rest into fallbacks (or error lines)
  quickly and says the reason once;
- every :data:`RETRY_AFTER` seconds one article is let through, so a server that came up, or a
  key that was fixed, is noticed by a long-running process.

An answer of any kind (even a failure that is not lasting) closes it again.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from summitparse.llm.failures import LASTING_KINDS, LLMFailure

__all__ = ["RETRY_AFTER", "TRIP_AFTER", "Breaker"]

TRIP_AFTER = 2
RETRY_AFTER = 30.0


class Breaker:
    """The lasting-failure state of one backend; not tied to a thread or an event loop."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self.answered = False
        self._failure: LLMFailure | None = None
        self._strikes = 0
        self._opened: float | None = None

    def blocked(self) -> LLMFailure | None:
        """The failure to raise instead of asking, while the breaker is open."""
        if self._failure is None or self._opened is None:
            return None
        if self._clock() - self._opened >= RETRY_AFTER:
            self._opened = None  # let one article through; one more failure opens it again
            self._strikes = TRIP_AFTER - 1
            return None
        failure = self._failure
        return LLMFailure(failure.reason, kind=failure.kind, model=failure.model)

    def failed(self, failure: LLMFailure) -> None:
        if failure.kind not in LASTING_KINDS:
            self.succeeded()
            return
        same = self._failure is not None and self._failure.kind == failure.kind
        self._strikes = self._strikes + 1 if same else 1
        self._failure = failure
        if self._strikes >= TRIP_AFTER:
            self._opened = self._clock()

    def succeeded(self) -> None:
        self.answered = True
        self._failure, self._strikes, self._opened = None, 0, None
