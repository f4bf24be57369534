"""Ordered, bounded, streaming maps: threads, processes, or one private event loop.

Every map here draws its items lazily and keeps a fixed window of them in flight, yielding
results in input order as soon as the head of the window is done. Memory is therefore flat in
the corpus size, and a consumer writing lines sees them in input order while later items are
already being worked on.

- :func:`thread_map`: a thread pool (the sync LLM client, I/O).
- :func:`process_map`: a process pool for CPU-bound work (the rules backend on all cores). A
  worker that dies (killed, out of memory) costs the items it held an error, through ``on_error``,
  and the pool is rebuilt for the rest.
- :func:`loop_map`: coroutines on one event loop running in a private daemon thread. The caller's
  thread needs no event loop, and one may already run there (a notebook): the private loop never
  touches it. This is how the LLM backend runs ``concurrency`` articles at once on the async
  client.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext
from typing import Any, TypeVar

__all__ = [
    "EventLoopThread",
    "exit_with_parent",
    "fork_context",
    "loop_map",
    "process_map",
    "thread_map",
]

_T = TypeVar("_T")
_R = TypeVar("_R")


def _drain(
    submit: Callable[[_T], Future[_R]],
    items: Iterable[_T],
    window: int,
    result: Callable[[Future[_R], _T], _R],
) -> Iterator[_R]:
    """Submit lazily, at most ``window`` pending, and yield results in input order."""
    pending: deque[tuple[Future[_R], _T]] = deque()
    try:
        for item in items:
            pending.append((submit(item), item))
            if len(pending) >= window:
                future, head = pending.popleft()
                yield result(future, head)
        while pending:
            future, head = pending.popleft()
            yield result(future, head)
    finally:
        for future, _ in pending:  # the consumer stopped early: drop what is not started
            future.cancel()


def thread_map(function: Callable[[_T], _R], items: Iterable[_T], workers: int) -> Iterator[_R]:
    """``map`` over a thread pool, ``2 * workers`` items in flight, in input order."""
    if workers <= 1:
        yield from map(function, items)
        return
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="summitparse") as pool:
        yield from _drain(
            lambda item: pool.submit(function, item),
            items,
            2 * workers,
            lambda future, _: future.result(),
        )


def process_map(
    function: Callable[[_T], _R],
    items: Iterable[_T],
    workers: int,
    *,
    on_error: Callable[[_T, BaseException], _R],
    initializer: Callable[..., object] | None = None,
    initargs: tuple[Any, ...] = (),
) -> Iterator[_R]:
    """``map`` over ``workers`` processes, in input order; ``function`` must be picklable.

    ``on_error`` turns an item whose worker died into a result, so the run goes on. Without a
    safe way to start workers (:func:`fork_context`), it runs in this process.
    """
    context = fork_context()
    if workers <= 1 or context is None:
        if initializer is not None:
            initializer(*initargs)
        yield from map(function, items)
        return
    pools: list[Executor] = []

    def pool() -> Executor:
        if not pools:
            pools.append(ProcessPoolExecutor(workers, initializer=initializer, initargs=initargs))
        return pools[0]

    def submit(item: _T) -> Future[_R]:
        try:
            return pool().submit(function, item)
        except BrokenProcessPool:
            pools.pop().shutdown(wait=False, cancel_futures=True)
            return pool().submit(function, item)

    def result(future: Future[_R], item: _T) -> _R:
        try:
            return future.result()
        except BrokenProcessPool as error:
            if pools:
                pools.pop().shutdown(wait=False, cancel_futures=True)
            return on_error(item, error)

    try:
        yield from _drain(submit, items, 4 * workers, result)
    finally:
        for executor in pools:
            executor.shutdown(wait=True, cancel_futures=True)


def fork_context() -> BaseContext | None:
    """The ``fork`` start method on Linux, else ``None`` (no worker processes).

    Workers started by ``spawn`` or ``forkserver`` re-import the caller's main module, which
    breaks a user's script that lacks an ``if __name__ == "__main__":`` guard; ``fork`` does
    not, and is safe on Linux for this pure-Python work. Elsewhere the work stays in-process.
    """
    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return None


def exit_with_parent(interval: float = 0.5) -> None:
    """In a worker process: exit when the parent dies, even by SIGKILL.

    A pool's workers wait on a queue whose pipe their siblings keep open, so a parent killed
    outright would leave them waiting forever; a daemon thread watching the parent id ends them.
    """
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        os._exit(1)

    threading.Thread(target=watch, name="summitparse-parent-watch", daemon=True).start()


class EventLoopThread:
    """An event loop running in a daemon thread: ``submit(coroutine)`` from any other thread."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name="summitparse-loop", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()

    def submit(self, coroutine: Coroutine[Any, Any, _R]) -> Future[_R]:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop)

    def close(self, final: Callable[[], Awaitable[None]] | None = None) -> None:
        """Run ``final`` (closing clients) on the loop, then stop the loop and its thread."""
        if final is not None and self.loop.is_running():
            with contextlib.suppress(Exception):  # closing must not mask the run's outcome
                self.submit(_awaited(final)).result(timeout=10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=10)
        if not self._thread.is_alive():
            self.loop.close()


async def _awaited(final: Callable[[], Awaitable[None]]) -> None:
    await final()


def loop_map(
    function: Callable[[_T], Coroutine[Any, Any, _R]],
    items: Iterable[_T],
    window: int,
    *,
    final: Callable[[], Awaitable[None]] | None = None,
) -> Iterator[_R]:
    """Run ``function(item)`` coroutines on a private loop, ``window`` at a time, in input order.

    ``function`` bounds its own concurrency (a semaphore) if the window is larger than that;
    ``final`` runs on the loop at the end (closing the async client whose sockets it owns).
    """
    runner = EventLoopThread()
    try:
        yield from _drain(
            lambda item: runner.submit(function(item)),
            items,
            window,
            lambda future, _: future.result(),
        )
    finally:
        runner.close(final)
