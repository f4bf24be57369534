"""One article's run: its deadline and what it cost (requests, tokens, repairs), for ``meta``.

Every step checks :meth:`Run.check` before it asks the server anything (a chunk, a half after a
cut-off answer, a re-ask, a transport retry), and each request's timeout is cut to what is left
of the budget, so no article outlives ``settings.time_budget`` by more than one read. Tokens are
counted from every response the server sent, failed attempts included: the user pays for them.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from instructor.core.hooks import HookName, Hooks

from summitparse.llm.failures import TimeBudgetExceededError

__all__ = ["Run"]

_MIN_REQUEST_SECONDS = 0.05


@dataclass
class Run:
    """Counters, warnings and the deadline of one article's extraction (one per call)."""

    budget: float
    mode: str = ""
    started: float = field(default_factory=time.monotonic)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    attempts: int = 0
    reasks: int = 0
    calls: int = 0
    tries: int = 0
    repairs: int = 0
    dropped: int = 0
    splits: int = 0
    max_tokens: int = 0
    last_error: BaseException | None = None
    warnings: list[str] = field(default_factory=list)

    def remaining(self) -> float:
        return self.budget - (time.monotonic() - self.started)

    def check(self) -> None:
        """Raise :class:`TimeBudgetExceededError` (naming the last error) when time is up."""
        if self.remaining() <= _MIN_REQUEST_SECONDS:
            raise TimeBudgetExceededError(self.budget, self.last_error)

    def request_timeout(self, timeout: float) -> float:
        """The timeout of the next request: the configured one, cut to the budget left."""
        return max(_MIN_REQUEST_SECONDS, min(timeout, self.remaining()))

    def hooks(self) -> Hooks:
        """Instructor hooks that count HTTP attempts and tokens for this run only."""
        hooks = Hooks()
        hooks.on(HookName.COMPLETION_KWARGS, self._on_request)
        hooks.on(HookName.COMPLETION_RESPONSE, self._on_response)
        hooks.on(HookName.COMPLETION_ERROR, self._on_error)
        return hooks

    def _on_request(self, *args: Any, **kwargs: Any) -> None:
        self.attempts += 1

    def _on_response(self, response: Any) -> None:
        self.count_usage(getattr(response, "usage", None))

    def _on_error(self, error: Exception, *args: Any, **kwargs: Any) -> None:
        self.last_error = error

    def count_usage(self, usage: Any) -> None:
        self.prompt_tokens += int(getattr(usage, "prompt_tokens", 0) or 0)
        self.completion_tokens += int(getattr(usage, "completion_tokens", 0) or 0)

    def usage(self) -> dict[str, Any]:
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": self.prompt_tokens + self.completion_tokens,
            "attempts": self.attempts,
            "calls": self.calls,
            "reasks": self.reasks,
            "transport_retries": max(0, self.tries - self.calls - self.reasks),
            "repairs": self.repairs,
            "dropped_records": self.dropped,
            "splits": self.splits,
            "mode": self.mode,
            "max_tokens": self.max_tokens,
            "latency_s": round(time.monotonic() - self.started, 3),
        }
