"""Ordered, bounded, streaming maps: threads, processes, or one private event loop.

Every map here draws its items lazily and keeps a fixed window of them in flight, yielding
results in input order as soon as the head of the window is done. Memory is therefore flat in
the corpus size, and a consumer writing lines sees them in input order while later items are
already being worked on.

- :func:`thread_map`: a thread pool (the sync LLM client, I/O).
- :func:`process_map`: a process pool for CPU-bound work (the rules backend on all cores). A
  worker that dies (killed, out of memory) costs the items it held an error, through ``on_error``,
  and the pool is rebuilt for the rest.
- :class:`CappedPool`: worker processes that each hold one task at a time, so a task over its
  time cap is stopped by killing its own worker (and only it), and a worker that dies costs
  only the task it held. :func:`process_map` runs on it when given a ``time_cap``.
- :func:`future_map`: any ``submit`` that returns a future (the LLM backend's loop processes).
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
import signal
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

__all__ = [
    "CappedPool",
    "EventLoopThread",
    "exit_with_parent",
    "fork_context",
    "future_map",
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


def future_map(
    submit: Callable[[_T], Future[_R]], items: Iterable[_T], window: int
) -> Iterator[_R]:
    """The results of ``submit(item)`` futures, ``window`` pending at most, in input order.

    For pools of this package's own making (:class:`~summitparse.engine.loops.LoopProcesses`);
    a future cancelled because the consumer stopped early is simply never waited for.
    """
    return _drain(submit, items, window, lambda future, _: future.result())


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
    time_cap: float | None = None,
    on_timeout: Callable[[_T], _R] | None = None,
) -> Iterator[_R]:
    """``map`` over ``workers`` processes, in input order; ``function`` must be picklable.

    ``on_error`` turns an item whose worker died into a result, so the run goes on. With a
    ``time_cap`` (seconds per item) the work runs on a :class:`CappedPool`, even for one worker,
    and ``on_timeout`` gives the result of an item whose worker was stopped. Without a safe way
    to start workers (:func:`fork_context`), it runs in this process, uncapped.
    """
    context = fork_context()
    if time_cap is not None and on_timeout is not None and context is not None:
        capped = CappedPool(
            function,
            max(workers, 1),
            time_cap=time_cap,
            on_error=on_error,
            on_timeout=on_timeout,
            initializer=initializer,
            initargs=initargs,
        )
        try:
            yield from _drain(
                capped.submit, items, 4 * max(workers, 1), lambda future, _: future.result()
            )
        finally:
            capped.shutdown()
        return
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


class WorkerDiedError(RuntimeError):
    """The worker process holding a task ended without answering (killed, out of memory)."""


_STOP = None  # sent to a worker: exit


def _serve(
    connection: Connection,
    function: Callable[[Any], Any],
    initializer: Callable[..., object] | None,
    initargs: tuple[Any, ...],
) -> None:
    """A worker process: set up once, then answer one task at a time until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if initializer is not None:
        initializer(*initargs)
    while True:
        try:
            item = connection.recv()
        except (EOFError, OSError):
            return
        if item is _STOP:
            return
        try:
            answer: tuple[bool, Any] = (True, function(item))
        except Exception as error:
            answer = (False, f"{type(error).__name__}: {error}")
        connection.send(answer)


@dataclass
class _Slot:
    """One worker process and the task it holds, if any."""

    process: BaseProcess
    connection: Connection
    task: tuple[Any, Future[Any], float] | None = None  # item, its future, its deadline


class CappedPool:
    """Worker processes running ``function`` on one item each at a time, each within a cap.

    A task still running ``time_cap`` seconds after it started has its worker killed
    (``SIGKILL``: nothing in the article's text can stop that) and gets ``on_timeout(item)``; a
    worker that dies gets ``on_error(item, WorkerDiedError())``. Either way a fresh worker takes the
    slot and the other tasks in flight are untouched. A manager thread hands out tasks and
    watches the deadlines; ``clock`` is injectable so the deadline logic is testable.
    """

    def __init__(
        self,
        function: Callable[[_T], _R],
        workers: int,
        *,
        time_cap: float,
        on_error: Callable[[_T, BaseException], _R],
        on_timeout: Callable[[_T], _R],
        initializer: Callable[..., object] | None = None,
        initargs: tuple[Any, ...] = (),
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        context = fork_context()
        if context is None:
            raise RuntimeError("a capped pool needs the fork start method")
        self._context = context
        self._function = function
        self._time_cap = time_cap
        self._on_error = on_error
        self._on_timeout = on_timeout
        self._initializer = initializer
        self._initargs = initargs
        self._clock = clock
        self._pending: deque[tuple[Any, Future[Any]]] = deque()
        self._lock = threading.Lock()
        self._wake_in, self._wake_out = socket.socketpair()
        self._closing = False
        self._size = workers
        self._slots: list[_Slot] = []
        self._thread = threading.Thread(target=self._manage, name="summitparse-pool", daemon=True)
        self._thread.start()

    def submit(self, item: _T) -> Future[_R]:
        future: Future[_R] = Future()
        with self._lock:
            if self._closing:
                raise RuntimeError("the pool is shut down")
            self._pending.append((item, future))
        self._wake()
        return future

    def _wake(self) -> None:
        with contextlib.suppress(OSError):
            self._wake_in.send(b"x")

    def _start(self) -> _Slot:
        mine, theirs = self._context.Pipe()
        process = self._context.Process(  # type: ignore[attr-defined]
            target=_serve,
            args=(theirs, self._function, self._initializer, self._initargs),
            name="summitparse-worker",
            daemon=True,
        )
        process.start()
        theirs.close()
        return _Slot(process, mine)

    def _retire(self, slot: _Slot) -> None:
        with contextlib.suppress(OSError):
            slot.connection.close()
        if slot.process.is_alive():
            slot.process.kill()
        slot.process.join(timeout=5)

    def _manage(self) -> None:
        try:
            while self._step():
                pass
        finally:
            for slot in self._slots:
                if slot.task is not None:
                    slot.task[1].cancel()
                self._retire(slot)
            with contextlib.suppress(OSError):
                self._wake_out.close()

    def _step(self) -> bool:
        """Hand out tasks, wait for an answer or a deadline, settle what happened."""
        with self._lock:
            closing = self._closing
        self._assign()
        busy = [slot for slot in self._slots if slot.task is not None]
        if closing and not busy:
            return False
        deadlines = [slot.task[2] for slot in busy if slot.task is not None]
        timeout = max(0.0, min(deadlines) - self._clock()) if deadlines else None
        ready = wait([self._wake_out, *(slot.connection for slot in busy)], timeout)
        if self._wake_out in ready:
            with contextlib.suppress(OSError):
                self._wake_out.recv(4096)
        for slot in busy:
            if slot.connection in ready:
                self._answer(slot)
        now = self._clock()
        for slot in busy:
            if slot.task is not None and slot.task[2] <= now:
                item, future, _ = slot.task
                self._replace(slot)
                future.set_result(self._on_timeout(item))
        return True

    def _assign(self) -> None:
        while True:
            idle = next((slot for slot in self._slots if slot.task is None), None)
            if idle is None and len(self._slots) < self._size:
                with self._lock:
                    if not self._pending:
                        return
                idle = self._start()
                self._slots.append(idle)
            if idle is None:
                return
            with self._lock:
                if not self._pending:
                    return
                item, future = self._pending.popleft()
            if not future.set_running_or_notify_cancel():
                continue
            idle.task = (item, future, self._clock() + self._time_cap)
            try:
                idle.connection.send(item)
            except (OSError, ValueError):
                self._replace(idle)
                future.set_result(
                    self._on_error(item, WorkerDiedError("the worker could not be reached"))
                )

    def _answer(self, slot: _Slot) -> None:
        assert slot.task is not None
        item, future, _ = slot.task
        try:
            ok, value = slot.connection.recv()
        except (EOFError, OSError):
            self._replace(slot)
            future.set_result(self._on_error(item, WorkerDiedError("the worker process died")))
            return
        slot.task = None
        if ok:
            future.set_result(value)
        else:
            future.set_result(self._on_error(item, RuntimeError(value)))

    def _replace(self, slot: _Slot) -> None:
        """Stop ``slot``'s worker; a fresh one is started when there is work for it."""
        slot.task = None
        self._retire(slot)
        self._slots.remove(slot)

    def shutdown(self) -> None:
        """Drop the tasks not started, stop the workers (killing any still busy) and the thread."""
        with self._lock:
            self._closing = True
            dropped = list(self._pending)
            self._pending.clear()
        for _, future in dropped:
            future.cancel()
        for slot in list(self._slots):
            if slot.task is not None:
                with contextlib.suppress(OSError):
                    slot.process.kill()
        self._wake()
        self._thread.join(timeout=30)
        with contextlib.suppress(OSError):
            self._wake_in.close()


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
