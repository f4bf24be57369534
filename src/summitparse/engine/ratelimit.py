"""Requests-per-minute and tokens-per-minute caps, shared by every article in flight.

Providers count both and answer 429 past either. Waiting for a 429 and backing off wastes the
request and stalls every worker; pacing before the call keeps a long run under the caps.

Each cap is a token bucket on the event loop that runs the batch: it refills continuously at
``per_minute / 60`` per second and holds at most ``burst_seconds`` worth, so a run starts with a
small burst and then settles at the cap. A request takes one unit from the request bucket and its
*estimated* tokens from the token bucket before it is sent (the estimate: text length / 4 plus the
prompt and answer overhead); once the answer's usage is known, :meth:`RateLimiter.settle` puts
back or takes the difference, and counts the extra HTTP attempts (chunks, re-asks, retries). A
bucket can go below zero after such a correction: the next requests then wait for it to refill.
A single request larger than the whole bucket still goes when the bucket is full, or it would wait
forever.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

__all__ = ["RateLimiter", "TokenBucket", "estimate_tokens"]

# What one extraction call costs beyond the article: prompts and schema (~1,750 tokens measured
# in benchmarks/llm_overhead.py) and a typical structured answer.
_OVERHEAD_TOKENS = 2_500
_CHARS_PER_TOKEN = 4


def estimate_tokens(text: str) -> int:
    """Tokens one article's calls will likely cost, before the call (corrected after)."""
    return len(text) // _CHARS_PER_TOKEN + _OVERHEAD_TOKENS


class TokenBucket:
    """A continuous token bucket: ``await bucket.take(cost)`` waits until it can pay."""

    def __init__(
        self,
        per_minute: float,
        *,
        burst_seconds: float = 6.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if per_minute <= 0:
            raise ValueError("a rate must be positive")
        self.rate = per_minute / 60.0
        self.capacity = max(1.0, self.rate * burst_seconds)
        self.level = self.capacity
        self._clock = clock
        self._sleep = sleep  # with ``clock``, lets a test run the bucket on a virtual clock
        self._stamp = clock()
        self._lock: asyncio.Lock | None = None

    def _refill(self) -> None:
        now = self._clock()
        self.level = min(self.capacity, self.level + (now - self._stamp) * self.rate)
        self._stamp = now

    def wait_time(self, cost: float) -> float:
        """Seconds until ``cost`` can be paid (0 when it can now)."""
        self._refill()
        need = min(cost, self.capacity)
        # A deficit below a microsecond's refill is paid: float rounding must not spin the loop.
        deficit = need - self.level
        return 0.0 if deficit <= self.rate * 1e-6 else deficit / self.rate

    async def take(self, cost: float) -> None:
        """Pay ``cost``, waiting first if needed; callers are served first come, first served."""
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            while (delay := self.wait_time(cost)) > 0:
                await self._sleep(delay)
            self.level -= cost

    def adjust(self, extra: float) -> None:
        """Charge ``extra`` more (or give back, when negative) after the fact."""
        self._refill()
        self.level = min(self.capacity, self.level - extra)


class RateLimiter:
    """The ``--rpm`` and ``--tpm`` caps of one run; either may be ``None`` (no cap)."""

    def __init__(self, rpm: float | None = None, tpm: float | None = None) -> None:
        self.requests = TokenBucket(rpm) if rpm else None
        self.tokens = TokenBucket(tpm) if tpm else None

    @property
    def active(self) -> bool:
        return self.requests is not None or self.tokens is not None

    async def acquire(self, estimated_tokens: int) -> None:
        """Wait until one more request of about ``estimated_tokens`` fits under both caps."""
        if self.requests is not None:
            await self.requests.take(1)
        if self.tokens is not None:
            await self.tokens.take(estimated_tokens)

    def settle(self, estimated_tokens: int, used_tokens: int | None, attempts: int) -> None:
        """Correct the buckets once the usage is known (``None``: the estimate stands)."""
        if self.requests is not None and attempts > 1:
            self.requests.adjust(attempts - 1)
        if self.tokens is not None and used_tokens is not None:
            self.tokens.adjust(used_tokens - estimated_tokens)
