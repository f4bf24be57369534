"""--rpm / --tpm: token buckets that pace requests before they are sent."""

from __future__ import annotations

import asyncio

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
    """Six requests at 20/s from an empty bucket go out 0.05 s apart, in arrival order, on a
    virtual clock (so the test does not depend on how busy the machine is)."""
    clock = Clock()
    sent: list[tuple[int, float]] = []

    async def sleep(seconds: float) -> None:
        clock.now += seconds
        await asyncio.sleep(0)

    async def burst() -> None:
        limiter = RateLimiter(rpm=1200)  # 20/s, burst of 120 → pace only past the burst
        limiter.requests = TokenBucket(1200, clock=clock, sleep=sleep)
        limiter.requests.level = 0  # start empty: every request waits its turn

        async def one(number: int) -> None:
            await limiter.acquire(10)
            sent.append((number, clock.now))

        await asyncio.gather(*(one(number) for number in range(6)))

    asyncio.run(burst())
    assert [number for number, _ in sent] == list(range(6))
    assert [at for _, at in sent] == pytest.approx([0.05 * (n + 1) for n in range(6)])


def test_estimate_grows_with_the_text() -> None:
    assert estimate_tokens("x" * 4000) == estimate_tokens("") + 1000
