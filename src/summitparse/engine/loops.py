"""The LLM backend of a batch on several event loops, each in a process of its own.

An article on the LLM path costs its client a few milliseconds of CPU: the openai SDK and httpx,
instructor's parsing and validation, grounding and the merge with the rules. One event loop
therefore tops out near 120 articles a second on one core, whatever the endpoint could take; at
16 requests in flight against a 100 ms endpoint that is below the 160 a second the endpoint
allows. :class:`LoopProcesses` runs up to one loop per core, each a forked process holding its
own :class:`~summitparse.extractor.Extractor` (its own client, connections, rules worker and
cache connection) and its share of the concurrency; this process only hands out articles and
collects their results.

What one loop guarantees for a batch holds here too:

- **First contact.** Only one loop runs until the endpoint has answered an article (or failed it
  for a reason that is not lasting): a wrong key or a refused connection is met by one loop's
  breaker, which stops asking after a couple of requests, not by every loop at once. ``mode="auto"``
  is probed by that first loop alone, and the others start with the mode it chose.
- **Order and memory.** Each article goes to the loop with the fewest in flight; results come
  back as they finish and :func:`summitparse.engine.maps.future_map` puts them in input order,
  with a bounded window.
- **A loop that dies** (killed, out of memory) costs the articles it held (at most
  :data:`HELD_PER_SLOT` per request slot) a ``WorkerCrashed`` line, which ``--resume`` redoes;
  the next article starts a fresh loop.

A paced run (``rpm`` / ``tpm``) keeps a single loop: its limiter is exact there, and a run paced
below a few thousand requests a minute never fills a core.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import queue
import signal
import threading
from collections.abc import Callable, Coroutine
from concurrent.futures import Future, InvalidStateError
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING, Any

from summitparse.config import Settings
from summitparse.engine.items import (
    Item,
    Result,
    internal_error_line,
    item_id,
    item_source,
    worker_crashed_line,
)
from summitparse.engine.maps import exit_with_parent, fork_context
from summitparse.models import Extraction

if TYPE_CHECKING:
    from summitparse.extractor import Extractor

__all__ = ["HELD_PER_SLOT", "REQUESTS_PER_LOOP", "LoopProcesses", "loop_count"]

#: Requests in flight one event loop is given before a second loop (process) is worth its start:
#: at 8 in flight a loop keeps up with endpoints down to ~70 ms an answer.
REQUESTS_PER_LOOP = 8

#: Articles a loop may hold per request slot: those in flight and, as many again, read and
#: waiting for a slot (their rules done), so a slot never waits for the pipe.
HELD_PER_SLOT = 2

#: Runs one article on a loop's event loop, its errors already turned into its line.
ArticleRunner = Callable[[Item], Coroutine[Any, Any, Result]]
#: Builds, inside a loop process, the runner for that process's extractor and its share of the
#: requests in flight, with the step that releases what the runner holds (its rules worker).
RunnerFactory = Callable[["Extractor", int], tuple[ArticleRunner, Callable[[], None]]]


def loop_count(concurrency: int, cores: int, settings: Settings) -> int:
    """How many event-loop processes a batch of ``concurrency`` requests in flight gets."""
    if fork_context() is None or settings.rpm or settings.tpm:
        return 1
    return max(1, min(cores, -(-concurrency // REQUESTS_PER_LOOP)))


def shares(concurrency: int, loops: int) -> list[int]:
    """``concurrency`` split over ``loops`` as evenly as whole requests allow."""
    base, extra = divmod(concurrency, loops)
    return [base + (1 if n < extra else 0) for n in range(loops)]


def _answered(result: Result) -> str | None:
    """The mode of a result that shows the endpoint answered, else ``None``.

    An LLM line without a fallback, or with a fallback that is not lasting (a bad answer, a
    timeout), means the endpoint is there: the other loops may start. ``""`` when no mode was
    reported (the article asked nothing).
    """
    from summitparse.llm.failures import LASTING_KINDS  # the LLM stack only once a batch runs

    if not isinstance(result, Extraction) or result.meta.backend != "llm":
        return None
    meta = result.meta
    if meta.fallback is not None and (meta.fallback_kind or "") in LASTING_KINDS:
        return None
    return str((meta.usage or {}).get("mode") or "")


@dataclass
class _Loop:
    """One loop process, the pipe to it and the articles it holds (by sequence number)."""

    process: BaseProcess
    connection: Connection
    share: int
    held: dict[int, tuple[Future[Result], Item]] = field(default_factory=dict)
    send_lock: threading.Lock = field(default_factory=threading.Lock)
    reader: threading.Thread | None = None
    alive: bool = True


class LoopProcesses:
    """Up to ``loops`` event-loop processes sharing ``concurrency`` requests in flight.

    ``runner`` builds, inside each loop process, the coroutine function that runs one article and
    the closing step (see :func:`summitparse.engine.local.llm_many`). :meth:`submit` returns a
    future per article; :meth:`close` ends the loops (killing any still holding work).
    """

    def __init__(
        self,
        extractor: Extractor,
        concurrency: int,
        loops: int,
        runner: RunnerFactory,
    ) -> None:
        self._settings = extractor.settings
        self._runner = runner
        self._shares = shares(concurrency, loops)
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)  # a result came back or a loop was lost
        self._next = 0
        self._mode: str | None = None  # set once the endpoint answered: the other loops may start
        self._grown = False
        self._loops: list[_Loop | None] = [None] * loops
        self._closed = False
        self._start(0, self._settings)

    # -- this process ----------------------------------------------------------------------------

    def submit(self, item: Item) -> Future[Result]:
        future: Future[Result] = Future()
        with self._lock:
            if self._closed:
                raise RuntimeError("the loops are closed")
            self._await_room()
            loop = self._pick()
            seq, self._next = self._next, self._next + 1
            loop.held[seq] = (future, item)
        try:
            with loop.send_lock:
                loop.connection.send((seq, item))
        except (OSError, ValueError):
            self._lost(loop)
        return future

    def _await_room(self) -> None:
        """Wait until a loop may take one more article.

        Until the endpoint has answered, the first loop alone runs, held to its share: without
        this the whole first window would land on it before the others start. After that, a
        loop holds at most :data:`HELD_PER_SLOT` articles per request slot, so one that dies
        costs few articles and a pipe never holds many. Failures come back as results too, so
        this never waits on an endpoint that does not answer, only for articles to settle.
        """
        while True:
            if not self._grown and self._mode is not None:
                self._grow()
            started = [loop for loop in self._loops if loop is not None]
            if any(not loop.alive for loop in started):
                return  # _pick restarts it
            limit = 1 if not self._grown else HELD_PER_SLOT
            if any(len(loop.held) < limit * loop.share for loop in started):
                return
            self._changed.wait()

    def _pick(self) -> _Loop:
        """The running loop with the fewest articles per request slot (a dead one restarted)."""
        for index, loop in enumerate(self._loops):
            if loop is not None and not loop.alive:
                self._start(index, self._loop_settings())
        running = [loop for loop in self._loops if loop is not None]
        return min(running, key=lambda loop: len(loop.held) / loop.share)

    def _loop_settings(self) -> Settings:
        if self._mode and self._settings.mode == "auto":
            return replace(self._settings, mode=self._mode)  # type: ignore[arg-type]
        return self._settings

    def _grow(self) -> None:
        self._grown = True
        for index, loop in enumerate(self._loops):
            if loop is None:
                self._start(index, self._loop_settings())

    def _start(self, index: int, settings: Settings) -> None:
        context = fork_context()
        assert context is not None  # loop_count gives more than one loop only with fork
        mine, theirs = context.Pipe()
        process = context.Process(  # type: ignore[attr-defined]
            target=_serve,
            args=(theirs, settings, self._shares[index], self._runner),
            name="summitparse-loop",
            daemon=True,
        )
        process.start()
        theirs.close()
        loop = _Loop(process, mine, self._shares[index])
        loop.reader = threading.Thread(
            target=self._read, args=(loop,), name="summitparse-loop-reader", daemon=True
        )
        self._loops[index] = loop
        loop.reader.start()

    def _read(self, loop: _Loop) -> None:
        """Settle each result the loop sends; when its pipe ends, settle what it still held."""
        while True:
            try:
                seq, result = loop.connection.recv()
            except (EOFError, OSError):
                break
            with self._lock:
                future, _ = loop.held.pop(seq)
                if self._mode is None:
                    self._mode = _answered(result)
                self._changed.notify_all()
            _settle(future, result)
        self._lost(loop)

    def _lost(self, loop: _Loop) -> None:
        with self._lock:
            loop.alive = False
            held, loop.held = loop.held, {}
            self._changed.notify_all()
        for future, item in held.values():
            _settle(future, worker_crashed_line(item))

    def close(self) -> None:
        """Let idle loops finish (closing their clients); kill those still holding articles."""
        with self._lock:
            self._closed = True
            loops = [loop for loop in self._loops if loop is not None]
        for loop in loops:
            if loop.held:
                loop.process.kill()
            else:
                with contextlib.suppress(OSError, ValueError), loop.send_lock:
                    loop.connection.send(None)
        for loop in loops:
            loop.process.join(timeout=30)
            if loop.process.is_alive():
                loop.process.kill()
                loop.process.join(timeout=5)
            with contextlib.suppress(OSError):
                loop.connection.close()
            if loop.reader is not None:
                loop.reader.join(timeout=5)


def _settle(future: Future[Result], result: Result) -> None:
    with contextlib.suppress(InvalidStateError):  # the caller stopped early and cancelled it
        future.set_result(result)


# -- a loop process ------------------------------------------------------------------------------


def _serve(connection: Connection, settings: Settings, share: int, runner: RunnerFactory) -> None:
    """A loop process: one extractor, ``share`` requests in flight, until told to stop."""
    from summitparse.extractor import Extractor

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    exit_with_parent()
    # Started as a daemon, so a parent that exits never waits for it; it may still start the
    # rules worker beside its loop, which multiprocessing allows non-daemons only.
    multiprocessing.current_process().daemon = False
    extractor = Extractor.from_settings(settings)
    run_one, closing = runner(extractor, share)
    try:
        asyncio.run(_loop(connection, extractor, run_one))
    finally:
        closing()


async def _loop(connection: Connection, extractor: Extractor, run_one: ArticleRunner) -> None:
    loop = asyncio.get_running_loop()
    inbox: asyncio.Queue[tuple[int, Item] | None] = asyncio.Queue()
    outbox: queue.SimpleQueue[tuple[int, Result] | None] = queue.SimpleQueue()

    def receive() -> None:  # the pipe is read in a thread: a large article never holds the loop
        while True:
            try:
                message = connection.recv()
            except (EOFError, OSError):
                message = None
            loop.call_soon_threadsafe(inbox.put_nowait, message)
            if message is None:
                return

    def send() -> None:
        while (message := outbox.get()) is not None:
            try:
                connection.send(message)
            except (OSError, ValueError):
                return

    async def one(seq: int, item: Item) -> None:
        try:
            result = await run_one(item)
        except Exception as error:  # a bug costs one line, never the loop
            result = internal_error_line(item_id(item), item_source(item), error)
        outbox.put((seq, result))

    threading.Thread(target=receive, name="summitparse-inbox", daemon=True).start()
    sender = threading.Thread(target=send, name="summitparse-outbox", daemon=True)
    sender.start()
    running: set[asyncio.Task[None]] = set()
    while (message := await inbox.get()) is not None:
        task = asyncio.create_task(one(*message))
        running.add(task)
        task.add_done_callback(running.discard)
    if running:
        await asyncio.gather(*running)
    with contextlib.suppress(Exception):  # closing must not cost the answers already sent
        await extractor.aclose()
    outbox.put(None)
    await asyncio.to_thread(sender.join)
