"""The local engines behind ``extract_many``: worker processes for the rules, event loops for the
LLM.

The rules backend is CPU-bound: it runs on ``min(concurrency, cores)`` forked processes, each
holding one :class:`~summitparse.extractor.Extractor` built once. The LLM backend mostly waits:
up to ``concurrency`` articles are in flight on one async client, on a private event loop in a
daemon thread (never the caller's loop), while the reading and the rules of each article run on
worker processes beside it, so they do not compete with the HTTP client for the GIL. A batch with
more requests in flight than one loop's CPU keeps up with runs one loop per core, each in a
process of its own (:mod:`summitparse.engine.loops`). Worker
processes are forked on Linux only (:func:`summitparse.engine.maps.fork_context`); elsewhere the
work stays in-process. Either way results come back in input order and memory stays flat.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from typing import TYPE_CHECKING

from summitparse.config import Settings
from summitparse.engine.items import (
    Item,
    Result,
    looks_like_path,
    timeout_line,
    worker_crashed_line,
)
from summitparse.engine.loops import ArticleRunner, LoopProcesses, loop_count
from summitparse.engine.maps import (
    CappedPool,
    exit_with_parent,
    fork_context,
    future_map,
    loop_map,
    process_map,
)
from summitparse.engine.ratelimit import RateLimiter
from summitparse.io.articles import Article
from summitparse.models import ExtractionError
from summitparse.pipeline import Started

if TYPE_CHECKING:
    from summitparse.extractor import Extractor

__all__ = ["DEFAULT_TIME_CAP", "cores", "llm_many", "rules_many", "run_many"]

#: Seconds one article may spend in the rules (reading it included) before its worker process is
#: stopped and the article gets an ``ArticleTimeout`` line. The rules do ~80 articles a second,
#: and a 5 MB article (the size limit) well under a minute, so only a pathological text meets it.
DEFAULT_TIME_CAP = 120.0

Gate = tuple[asyncio.Semaphore, RateLimiter]


def cores() -> int:
    """The cores this process may run on (its affinity on Linux)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_many(
    extractor: Extractor,
    items: Iterable[Item],
    concurrency: int,
    day: dt.date | None,
    include_text: bool,
    *,
    time_cap: float | None = DEFAULT_TIME_CAP,
) -> Iterator[Result]:
    """The engine the extractor's backend needs, with ``time_cap`` seconds per article."""
    engine = rules_many if extractor.settings.backend == "rules" else llm_many
    return engine(extractor, items, concurrency, day, include_text, time_cap=time_cap)


def rules_many(
    extractor: Extractor,
    items: Iterable[Item],
    concurrency: int,
    day: dt.date | None,
    include_text: bool,
    *,
    time_cap: float | None = DEFAULT_TIME_CAP,
) -> Iterator[Result]:
    """The rules backend over many items, on worker processes when there are cores for them."""
    workers = min(concurrency, cores())
    if workers <= 1 and (time_cap is None or fork_context() is None):
        return (extractor.extract_one(i, published=day, include_text=include_text) for i in items)
    return process_map(
        _rules_worker,
        items,
        workers,
        on_error=_worker_died,
        initializer=_init_worker,
        initargs=(extractor.settings, day, include_text),
        time_cap=time_cap,
        on_timeout=partial(timeout_line, seconds=time_cap or 0.0),
    )


def llm_many(
    extractor: Extractor,
    items: Iterable[Item],
    concurrency: int,
    day: dt.date | None,
    include_text: bool,
    *,
    time_cap: float | None = DEFAULT_TIME_CAP,
) -> Iterator[Result]:
    """The LLM backend over many items: ``concurrency`` requests in flight, paced by the
    extractor's ``rpm`` / ``tpm`` across all of them.

    Up to :data:`~summitparse.engine.loops.REQUESTS_PER_LOOP` requests share one event loop; a
    batch with more runs one loop per core, each in its own process
    (:mod:`summitparse.engine.loops`), so the client's CPU work is not capped at one core.
    """
    loops = loop_count(concurrency, cores(), extractor.settings)
    if loops > 1:
        return _on_loop_processes(extractor, items, concurrency, day, include_text, time_cap, loops)
    return _on_one_loop(extractor, items, concurrency, day, include_text, time_cap)


def _on_one_loop(
    extractor: Extractor,
    items: Iterable[Item],
    concurrency: int,
    day: dt.date | None,
    include_text: bool,
    time_cap: float | None,
) -> Iterator[Result]:
    """Every article on one private event loop in this process, the rules on the other cores."""
    gate = _Gate(concurrency, RateLimiter(extractor.settings.rpm, extractor.settings.tpm))
    prepare = _Preparer(extractor, day, cores(), time_cap)  # forks before the loop thread
    one = _article_runner(extractor, prepare, gate, include_text)
    try:
        yield from loop_map(one, items, 4 * concurrency + 4, final=extractor.aclose)
    finally:
        prepare.close()


def _on_loop_processes(
    extractor: Extractor,
    items: Iterable[Item],
    concurrency: int,
    day: dt.date | None,
    include_text: bool,
    time_cap: float | None,
    loops: int,
) -> Iterator[Result]:
    """The articles spread over ``loops`` event-loop processes, each with its own rules worker."""

    def runner(own: Extractor, share: int) -> tuple[ArticleRunner, Callable[[], None]]:
        # one rules worker beside each loop, for the articles too long to read on the loop
        prepare = _Preparer(own, day, 1, time_cap, inline_below=INLINE_RULES_CHARS)
        gate = _Gate(share, RateLimiter(None, None))  # only unpaced runs get several loops
        return _article_runner(own, prepare, gate, include_text), prepare.close

    pool = LoopProcesses(extractor, concurrency, loops, runner)
    try:
        yield from future_map(pool.submit, items, 4 * concurrency + 4)
    finally:
        pool.close()


class _Gate:
    """The semaphore and rate limiter every article of one event loop passes through.

    The semaphore is made on first use, inside the loop that runs the articles.
    """

    def __init__(self, concurrency: int, limiter: RateLimiter) -> None:
        self.concurrency = concurrency
        self.limiter = limiter
        self._gate: Gate | None = None

    def __call__(self) -> Gate:
        if self._gate is None:
            self._gate = (asyncio.Semaphore(self.concurrency), self.limiter)
        return self._gate


def _article_runner(
    extractor: Extractor, prepare: _Preparer, gate: _Gate, include_text: bool
) -> ArticleRunner:
    """One article on an event loop: read and rules off the loop, then the LLM part."""

    async def one(item: Item) -> Result:
        prepared = await prepare(item)
        if not isinstance(prepared, Started):
            return prepared
        return await extractor.afinish_item(item, prepared, gate(), include_text)

    return one


# An article this short (in characters, already read) has its rules run on its own event loop
# when every core has a loop of its own: they cost about a millisecond, less than handing the
# article to a rules worker and its records back, and there is no idle core to hand them to.
INLINE_RULES_CHARS = 1_000


class _Preparer:
    """Reads an LLM batch's articles and runs their rules, on the other cores when there are some.

    The rules cost ~1 ms on a short article and ~20 ms on a 400-word one: on the event loop's
    process they would compete for the GIL with the HTTP client and cap the batch at one core.
    In worker processes they run beside it. With a ``time_cap`` they run on a
    :class:`~summitparse.engine.maps.CappedPool` (even on one core), so an article the rules
    cannot finish gets its timeout line and the batch goes on. Without one, a pool that breaks
    (a worker killed) is dropped and the rest is prepared in threads. Articles of up to
    ``inline_below`` characters that are already read skip the hand-off and run on the loop.
    """

    def __init__(
        self,
        extractor: Extractor,
        day: dt.date | None,
        workers: int,
        time_cap: float | None,
        *,
        inline_below: int = 0,
    ) -> None:
        self.extractor = extractor
        self.day = day
        self.inline_below = inline_below
        self.pool: ProcessPoolExecutor | None = None
        self.capped: CappedPool | None = None
        context = fork_context()
        if time_cap is not None and context is not None:
            self.capped = CappedPool(
                _prepare_worker,
                max(workers - 1, 1),  # one core stays with the event loop
                time_cap=time_cap,
                on_error=_worker_died,
                on_timeout=partial(timeout_line, seconds=time_cap),
                initializer=_init_worker,
                initargs=(extractor.settings, day, False),
            )
        elif workers > 1 and context is not None:
            self.pool = ProcessPoolExecutor(
                workers,
                mp_context=context,
                initializer=_init_worker,
                initargs=(extractor.settings, day, False),
            )
            self.pool.submit(int).result()  # start the workers now, while few threads run

    async def __call__(self, item: Item) -> Started | ExtractionError:
        if 0 < _text_length(item) <= self.inline_below:
            return self.extractor.prepare_item(item, self.day)
        if self.capped is not None:
            done: Started | ExtractionError = await asyncio.wrap_future(self.capped.submit(item))
            return done
        pool = self.pool
        if pool is not None:
            loop = asyncio.get_running_loop()
            try:
                prepared: Started | ExtractionError = await loop.run_in_executor(
                    pool, _prepare_worker, item
                )
                return prepared
            except BrokenProcessPool:
                self.pool = None
                pool.shutdown(wait=False, cancel_futures=True)
        return await asyncio.to_thread(self.extractor.prepare_item, item, self.day)

    def close(self) -> None:
        if self.capped is not None:
            self.capped.shutdown()
            self.capped = None
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


def _text_length(item: Item) -> int:
    """The length of an item's text when it is already in memory, else 0 (a file to read)."""
    if isinstance(item, Article):
        return len(item.text)
    if isinstance(item, str) and not looks_like_path(item):
        return len(item)
    return 0


# -- the worker process: one Extractor per process, built once ----------------------------------

_WORKER: tuple[Extractor, dt.date | None, bool] | None = None


def _init_worker(settings: Settings, day: dt.date | None, include_text: bool) -> None:
    from summitparse.extractor import Extractor

    global _WORKER
    exit_with_parent()
    _WORKER = (Extractor.from_settings(settings), day, include_text)


def _worker() -> tuple[Extractor, dt.date | None, bool]:
    if _WORKER is None:
        raise RuntimeError("worker not initialised")
    return _WORKER


def _rules_worker(item: Item) -> Result:
    extractor, day, include_text = _worker()
    return extractor.extract_one(item, published=day, include_text=include_text)


def _prepare_worker(item: Item) -> Started | ExtractionError:
    extractor, day, _ = _worker()
    return extractor.prepare_item(item, day)


def _worker_died(item: Item, error: BaseException) -> Result:
    return worker_crashed_line(item)
