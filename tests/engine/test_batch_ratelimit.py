"""--rpm / --tpm: token buckets that pace requests before they are sent."""

from __future__ import annotations

import asyncio
import time

import pytest

from summitparse.engine.ratelimit import RateLimiter, TokenBucket, estimate_tokens


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_bucket_waits_for_refill_after_its_burst() -> None:
    clock = Clock()
    bucket = TokenBucket(60, burst_seconds=3, clock=clock)  # 1/s, burst of 3
    waits = []
    for _ in range(5):
        waits.append(bucket.wait_time(1))
        bucket.level -= 1
    assert waits == [0, 0, 0, 1.0, 2.0]
    clock.now = 10
    assert bucket.wait_time(1) == 0
    assert bucket.level <= bucket.capacity


def test_a_request_bigger_than_the_bucket_goes_when_full() -> None:
    bucket = TokenBucket(600, burst_seconds=1, clock=Clock())  # capacity 10
    assert bucket.wait_time(50) == 0


@pytest.mark.parametrize(
    ("estimate", "used", "level"),
    [
        pytest.param(3000, 1000, 10_000 - 1000, id="overestimate-given-back"),
        pytest.param(3000, 5000, 10_000 - 5000, id="underestimate-charged"),
    ],
)
def test_settle_corrects_the_token_bucket(estimate: int, used: int, level: float) -> None:
    limiter = RateLimiter(tpm=100_000)
    assert limiter.tokens is not None
    limiter.tokens = TokenBucket(100_000, burst_seconds=6, clock=Clock())
    asyncio.run(limiter.acquire(estimate))
    limiter.settle(estimate, used, attempts=1)
    assert limiter.tokens.level == pytest.approx(level)


def test_rpm_paces_concurrent_requests() -> None:
    async def burst() -> float:
        limiter = RateLimiter(rpm=1200)  # 20/s, burst of 120 → pace only past the burst
        assert limiter.requests is not None
        limiter.requests.level = 0  # start empty: every request waits its turn
        started = time.perf_counter()
        await asyncio.gather(*(limiter.acquire(10) for _ in range(6)))
        return time.perf_counter() - started

    elapsed = asyncio.run(burst())
    assert 0.25 <= elapsed < 0.6  # 6 requests at 20/s


def test_estimate_grows_with_the_text() -> None:
    assert estimate_tokens("x" * 4000) == estimate_tokens("") + 1000
