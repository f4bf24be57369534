"""The Extractor and the module-level ``extract`` / ``aextract`` / ``extract_many`` functions.

An :class:`Extractor` holds resolved settings and, for the LLM backend, its clients, its response
cache (:mod:`summitparse.llm.cache`) and its rate limits, so a batch reuses connections. The sync
and async edges share every step but the LLM call (:mod:`summitparse.pipeline`); the sync edge never
runs an event loop, so it works inside notebooks and servers that already have one.

``extract_many`` picks the engine by backend (:mod:`summitparse.engine.maps`): the LLM backend runs
up to ``concurrency`` articles at once on the async client, on a private event loop in a daemon
thread (never the caller's loop), with the reading and the rules of each article on worker
processes; the rules backend, CPU-bound, runs on ``min(concurrency, cores)`` processes. Worker
processes are forked on Linux only (:func:`summitparse.engine.maps.fork_context`); elsewhere the
work stays in-process. Either way results come back in input order and memory stays flat.

The LLM package is imported only when the LLM backend is used: the rules path stays offline and
light to import.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import SecretStr

from summitparse._version import __version__
from summitparse.config import Settings, resolve_settings
from summitparse.engine.maps import exit_with_parent, fork_context, loop_map, process_map
from summitparse.engine.ratelimit import RateLimiter, estimate_tokens
from summitparse.errors import BackendError, ConfigurationError, SummitparseError
from summitparse.io.articles import Article, BadInput, InputItem, check_text, read_article, text_id
from summitparse.llm.cache import CachedOutcome, ResponseCache, cache_key
from summitparse.models import ErrorInfo, Extraction, ExtractionError
from summitparse.pipeline import (
    Started,
    finish_fallback,
    finish_llm,
    finish_rules,
    parse_published,
    start,
)

if TYPE_CHECKING:
    from summitparse.llm import LLMBackend, LLMOutcome

__all__ = ["Extractor", "Item", "aextract", "extract", "extract_many"]

Item = str | os.PathLike[str] | Article | InputItem | BadInput
Result = Extraction | ExtractionError
_T = TypeVar("_T")
_R = TypeVar("_R")

# A str item is read as a path only when it looks like one and the file exists; anything with a
# line break or longer than this is article text.
_MAX_PATH_LENGTH = 1024
_ARTICLE_NAME = re.compile(r"\.(?:txt|md|html?|jsonl?|ndjson)$", re.IGNORECASE)


class Extractor:
    """Configured extraction: ``Extractor(backend="llm", model="gpt-4o-mini").extract(text)``.

    ``backend`` is ``"rules"`` (offline), ``"llm"`` (any OpenAI-compatible endpoint) or
    ``"auto"`` (llm when ``SUMMITPARSE_MODEL``, ``OPENAI_API_KEY`` or ``OPENAI_BASE_URL`` is set,
    else rules). With ``fallback=True`` (the default) an LLM that fails for good gives the rules'
    records with ``meta.fallback`` set instead of an exception.

    LLM answers are cached on disk (``cache``: ``None`` follows ``SUMMITPARSE_CACHE`` /
    ``SUMMITPARSE_CACHE_DIR``, ``False`` turns it off, a path moves it), so the same article
    asked the same way twice costs one call; ``meta.usage["cached"]`` says which answers came from
    the cache. ``rpm`` / ``tpm`` cap requests and tokens per minute in :meth:`extract_many`.
    ``page_dates=False`` keeps a web page's own publication date out of ``published`` (it is
    still in ``meta.page.date``).
    """

    def __init__(
        self,
        backend: str = "auto",
        *,
        model: str | None = None,
        base_url: str | None = None,
        api_key: str | SecretStr | None = None,
        mode: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_reasks: int | None = None,
        time_budget: float | None = None,
        fallback: bool = True,
        max_bytes: int | None = None,
        cache: bool | str | os.PathLike[str] | None = None,
        rpm: float | None = None,
        tpm: float | None = None,
        page_dates: bool = True,
    ) -> None:
        settings = resolve_settings(
            backend=backend,
            model=model,
            base_url=base_url,
            api_key=api_key,
            mode=mode,
            timeout=timeout,
            max_retries=max_retries,
            max_reasks=max_reasks,
            time_budget=time_budget,
            fallback=fallback,
            max_bytes=max_bytes,
            cache=cache,
            rpm=rpm,
            tpm=tpm,
            page_dates=page_dates,
        )
        self._setup(settings)

    @classmethod
    def from_settings(cls, settings: Settings) -> Extractor:
        """An extractor for already resolved settings (a worker process gets them pickled)."""
        extractor = cls.__new__(cls)
        extractor._setup(settings)
        return extractor

    def _setup(self, settings: Settings) -> None:
        self.settings: Settings = settings
        self._llm: LLMBackend | None = None
        self._cache: ResponseCache | None = None
        self._key_parts: tuple[str, ...] | None = None

    def __repr__(self) -> str:
        s = self.settings
        key = "set" if s.api_key is not None else "unset"
        return (
            f"Extractor(backend={s.backend!r}, model={s.model!r}, base_url={s.base_url!r}, "
            f"api_key={key}, mode={s.mode!r})"
        )

    # -- the backend seam -------------------------------------------------------------------

    def _llm_backend(self) -> LLMBackend:
        if self._llm is None:
            from summitparse.llm import LLMBackend

            self._llm = LLMBackend(self.settings)
        return self._llm

    @property
    def cache(self) -> ResponseCache | None:
        """The response cache (LLM backend with caching on), opened on first use."""
        if self._cache is None and self.settings.cache_dir is not None:
            self._cache = ResponseCache(self.settings.cache_dir)
        return self._cache

    def _article(
        self,
        text: str,
        published: dt.date | str | None,
        article_id: str | None,
        source: str | None,
    ) -> Article:
        check_text(text, article_id=article_id, source=source)
        return Article(
            text=text,
            id=article_id or text_id(text),
            source=source,
            published=parse_published(published),
        )

    def _finish_failure(self, started: Started, error: BackendError) -> Extraction:
        if not self.settings.fallback:
            raise error
        return finish_fallback(started, self.settings, getattr(error, "reason", str(error)))

    # -- the cache ---------------------------------------------------------------------------

    def _cache_key(self, started: Started) -> str:
        """Everything that shapes the answer (see :mod:`summitparse.llm.cache`)."""
        if self._key_parts is None:
            from summitparse.llm.schema import schema_fingerprint

            llm = self._llm_backend()
            self._key_parts = (
                llm.model,
                self.settings.base_url or "",
                self.settings.mode,
                llm.prompts.id,
                schema_fingerprint(),  # computed once: it renders the whole JSON schema
                str(llm.chunk_words),
                __version__,
            )
        reference = started.reference
        return cache_key(
            started.article.text, *self._key_parts, reference.isoformat() if reference else ""
        )

    def _lookup(self, started: Started) -> tuple[str | None, Extraction | None]:
        """The cache key (``None`` when caching is off) and the cached extraction, if any."""
        cache = self.cache
        if cache is None:
            return None, None
        key = self._cache_key(started)
        hit = cache.get(key)
        return key, (_finish_outcome(started, hit, cached=True) if hit else None)

    def _remember(self, key: str | None, outcome: LLMOutcome) -> None:
        cache = self.cache
        if key is not None and cache is not None:
            cache.put(
                key,
                CachedOutcome(
                    outcome.records,
                    outcome.warnings,
                    outcome.usage,
                    outcome.model,
                    outcome.prompt_version,
                ),
            )

    # -- sync edge ---------------------------------------------------------------------------

    def extract_article(self, article: Article) -> Extraction:
        """Extract one :class:`~summitparse.io.articles.Article` (text already read and checked)."""
        started = start(article)
        if self.settings.backend == "rules":
            return finish_rules(started)
        key, hit = self._lookup(started)
        if hit is not None:
            return hit
        try:
            outcome = self._llm_backend().extract(
                article.text, reference=started.reference, rules=started.rules
            )
        except BackendError as error:
            return self._finish_failure(started, error)
        self._remember(key, outcome)
        return _finish_outcome(started, outcome, cached=False)

    def extract(
        self,
        text: str,
        *,
        published: dt.date | str | None = None,
        id: str | None = None,
        source: str | None = None,
    ) -> Extraction:
        """Extract records from one article's text."""
        return self.extract_article(self._article(text, published, id, source))

    # -- async edge --------------------------------------------------------------------------

    async def aextract_article(
        self,
        article: Article,
        *,
        limiter: RateLimiter | None = None,
        slots: asyncio.Semaphore | None = None,
    ) -> Extraction:
        """Extract one article on the async client; ``slots`` and ``limiter`` pace a batch."""
        started = start(article)
        return await self._afinish(started, limiter, slots)

    async def _afinish(
        self, started: Started, limiter: RateLimiter | None, slots: asyncio.Semaphore | None
    ) -> Extraction:
        if self.settings.backend == "rules":
            return finish_rules(started)
        key, hit = self._lookup(started)
        if hit is not None:
            return hit
        if slots is None:
            return await self._acall(started, key, limiter)
        async with slots:
            return await self._acall(started, key, limiter)

    async def _acall(
        self, started: Started, key: str | None, limiter: RateLimiter | None
    ) -> Extraction:
        """One article's LLM call, paced by ``limiter`` and corrected from its usage."""
        estimate = estimate_tokens(started.article.text)
        if limiter is not None:
            await limiter.acquire(estimate)
        try:
            outcome = await self._llm_backend().aextract(
                started.article.text, reference=started.reference, rules=started.rules
            )
        except BackendError as error:
            if limiter is not None:
                _settle(limiter, estimate, getattr(error, "usage", None) or {})
            return self._finish_failure(started, error)
        if limiter is not None:
            _settle(limiter, estimate, outcome.usage)
        self._remember(key, outcome)
        return _finish_outcome(started, outcome, cached=False)

    async def aextract(
        self,
        text: str,
        *,
        published: dt.date | str | None = None,
        id: str | None = None,
        source: str | None = None,
    ) -> Extraction:
        """Like :meth:`extract`, without blocking the event loop on the LLM call."""
        return await self.aextract_article(self._article(text, published, id, source))

    # -- many --------------------------------------------------------------------------------

    def load(self, item: Item, *, published: dt.date | str | None = None) -> Article:
        """Turn one ``extract_many`` item into an :class:`Article` (reading a file if needed)."""
        day = parse_published(published)
        if isinstance(item, Article):
            return item
        if isinstance(item, InputItem):
            return read_article(
                item.path,
                article_id=item.id,
                max_bytes=self.settings.max_bytes,
                published=day,
                page_dates=self.settings.page_dates,
            )
        if isinstance(item, BadInput):
            raise TypeError("a BadInput has no article")  # extract_one answers it directly
        if isinstance(item, os.PathLike) or _looks_like_path(item):
            return read_article(
                Path(item),
                max_bytes=self.settings.max_bytes,
                published=day,
                page_dates=self.settings.page_dates,
            )
        return self._article(item, day, None, None)

    def _guarded(self, item: Item, work: Callable[[], _T]) -> _T | ExtractionError:
        """``work()``, with any summitparse error or bug turned into the item's error line."""
        if isinstance(item, BadInput):
            return ExtractionError(
                id=item.id,
                source=item.source,
                error=ErrorInfo(type=item.error_type, message=item.message),
            )
        try:
            return work()
        except ConfigurationError:
            raise
        except SummitparseError as error:
            return error_result(error, _item_id(item), _item_source(item))
        except Exception as error:  # a bug must cost one line, never the rest of the batch
            return _internal_error(item, error)

    def extract_one(
        self,
        item: Item,
        *,
        published: dt.date | str | None = None,
        include_text: bool = False,
    ) -> Result:
        """Extract one item, turning any summitparse error into an :class:`ExtractionError`."""

        def work() -> Result:
            article = self.load(item, published=published)
            return _with_text(self.extract_article(article), article, include_text)

        return self._guarded(item, work)

    def _prepare(self, item: Item, published: dt.date | str | None) -> Started | ExtractionError:
        """Read the item and run the rules: the CPU part of an LLM article, off the loop."""
        return self._guarded(item, lambda: start(self.load(item, published=published)))

    async def _aextract_one(
        self,
        item: Item,
        prepare: _Preparer,
        include_text: bool,
        gate: tuple[asyncio.Semaphore, RateLimiter],
    ) -> Result:
        prepared = await prepare(item)
        if not isinstance(prepared, Started):
            return prepared
        slots, limiter = gate
        try:
            result = await self._afinish(prepared, limiter if limiter.active else None, slots)
        except SummitparseError as error:
            return error_result(error, _item_id(item), _item_source(item))
        except Exception as error:  # a bug must cost one line, never the rest of the batch
            return _internal_error(item, error)
        return _with_text(result, prepared.article, include_text)

    def extract_many(
        self,
        items: Iterable[Item],
        *,
        concurrency: int = 8,
        published: dt.date | str | None = None,
        include_text: bool = False,
    ) -> Iterator[Result]:
        """Extract every item, yielding results in input order; one bad item never stops it.

        Items are article texts, paths (``str`` that names an existing file, or ``Path``), or
        :class:`~summitparse.io.articles.Article`. With the LLM backend up to ``concurrency``
        articles are in flight at once on one event loop, paced by ``rpm`` / ``tpm``; the rules
        backend runs on ``min(concurrency, cores)`` processes (Linux; one process elsewhere).
        ``include_text`` puts the article text (the one the offsets refer to) into each
        :class:`Extraction`.
        """
        if concurrency < 1:
            raise ConfigurationError("concurrency must be at least 1")
        day = parse_published(published)  # a bad value is the caller's error, raised once
        if self.settings.backend == "rules":
            return self._rules_many(items, concurrency, day, include_text)
        return self._llm_many(items, concurrency, day, include_text)

    def _rules_many(
        self, items: Iterable[Item], concurrency: int, day: dt.date | None, include_text: bool
    ) -> Iterator[Result]:
        workers = min(concurrency, _cores())
        if workers <= 1:
            return (self.extract_one(i, published=day, include_text=include_text) for i in items)
        return process_map(
            _rules_worker,
            items,
            workers,
            on_error=_worker_died,
            initializer=_init_rules_worker,
            initargs=(self.settings, day, include_text),
        )

    def _llm_many(
        self, items: Iterable[Item], concurrency: int, day: dt.date | None, include_text: bool
    ) -> Iterator[Result]:
        limiter = RateLimiter(self.settings.rpm, self.settings.tpm)
        gates: list[tuple[asyncio.Semaphore, RateLimiter]] = []

        def gate() -> tuple[asyncio.Semaphore, RateLimiter]:
            if not gates:  # created on first use, inside the private loop's thread
                gates.append((asyncio.Semaphore(concurrency), limiter))
            return gates[0]

        prepare = _Preparer(self, day, _cores())  # forks before the loop thread starts

        async def one(item: Item) -> Result:
            return await self._aextract_one(item, prepare, include_text, gate())

        try:
            yield from loop_map(one, items, 4 * concurrency + 4, final=self._aclose_llm)
        finally:
            prepare.close()

    async def _aclose_llm(self) -> None:
        if self._llm is not None:
            await self._llm.aclose()

    def close(self) -> None:
        """Close the LLM clients and the cache (the extractor can still be used afterwards)."""
        if self._llm is not None:
            self._llm.close()
        if self._cache is not None:
            self._cache.close()


class _Preparer:
    """Reads an LLM batch's articles and runs their rules, on the other cores when there are some.

    The rules cost ~1 ms on a short article and ~20 ms on a 400-word one: on the event loop's
    process they would compete for the GIL with the HTTP client and cap the batch at one core.
    In worker processes they run beside it. A pool that breaks (a worker killed) is dropped and
    the rest is prepared in threads.
    """

    def __init__(self, extractor: Extractor, day: dt.date | None, workers: int) -> None:
        self.extractor = extractor
        self.day = day
        self.pool: ProcessPoolExecutor | None = None
        context = fork_context()
        if workers > 1 and context is not None:
            self.pool = ProcessPoolExecutor(
                workers,
                mp_context=context,
                initializer=_init_rules_worker,
                initargs=(extractor.settings, day, False),
            )
            self.pool.submit(int).result()  # start the workers now, while few threads run

    async def __call__(self, item: Item) -> Started | ExtractionError:
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
        return await asyncio.to_thread(self.extractor._prepare, item, self.day)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


def _finish_outcome(
    started: Started, outcome: LLMOutcome | CachedOutcome, *, cached: bool
) -> Extraction:
    return finish_llm(
        started,
        outcome.records,
        model=outcome.model,
        warnings=list(outcome.warnings),
        usage={**outcome.usage, "cached": cached},
        prompt_version=outcome.prompt_version,
    )


def _settle(limiter: RateLimiter, estimate: int, usage: dict[str, Any]) -> None:
    used = usage.get("prompt_tokens", 0) + usage.get("completion_tokens", 0)
    limiter.settle(estimate, int(used) if used else None, int(usage.get("attempts", 1) or 1))


def _with_text(result: Extraction, article: Article, include_text: bool) -> Extraction:
    return result.model_copy(update={"text": article.text}) if include_text else result


def _internal_error(item: Item, error: BaseException) -> ExtractionError:
    return ExtractionError(
        id=_item_id(item),
        source=_item_source(item),
        error=ErrorInfo(type=type(error).__name__, message=f"internal error: {error}"),
    )


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# -- the rules worker process: one Extractor per process, built once ----------------------------

_WORKER: tuple[Extractor, dt.date | None, bool] | None = None


def _init_rules_worker(settings: Settings, day: dt.date | None, include_text: bool) -> None:
    global _WORKER
    exit_with_parent()
    _WORKER = (Extractor.from_settings(settings), day, include_text)


def _rules_worker(item: Item) -> Result:
    if _WORKER is None:
        raise RuntimeError("worker not initialised")
    extractor, day, include_text = _WORKER
    return extractor.extract_one(item, published=day, include_text=include_text)


def _prepare_worker(item: Item) -> Started | ExtractionError:
    if _WORKER is None:
        raise RuntimeError("worker not initialised")
    extractor, day, _ = _WORKER
    return extractor._prepare(item, day)


def _worker_died(item: Item, error: BaseException) -> Result:
    return ExtractionError(
        id=_item_id(item),
        source=_item_source(item),
        error=ErrorInfo(
            type="WorkerCrashed", message="the worker process died while extracting this article"
        ),
    )


def error_result(error: SummitparseError, item_id: str, source: str | None) -> ExtractionError:
    """The error line for an article that could not be extracted."""
    return ExtractionError(
        id=error.article_id or item_id,
        source=error.source or source,
        error=ErrorInfo(type=type(error).__name__, message=error.message),
    )


def _looks_like_path(item: str) -> bool:
    """A str item names a file when it is one line that is an existing file, or that ends in
    an article suffix ("a.txt" that does not exist is a missing file, not the text "a.txt")."""
    if len(item) > _MAX_PATH_LENGTH or "\n" in item or item.strip() != item or not item:
        return False
    return bool(_ARTICLE_NAME.search(item)) or os.path.isfile(item)


def _item_id(item: Item) -> str:
    if isinstance(item, Article | InputItem | BadInput):
        return item.id
    if isinstance(item, os.PathLike) or (isinstance(item, str) and _looks_like_path(item)):
        return Path(item).name
    return text_id(item) if isinstance(item, str) else "unknown"


def _item_source(item: Item) -> str | None:
    if isinstance(item, Article | BadInput):
        return item.source
    if isinstance(item, InputItem):
        return str(item.path)
    if isinstance(item, os.PathLike) or (isinstance(item, str) and _looks_like_path(item)):
        return str(item)
    return None


def extract(
    text: str,
    *,
    published: dt.date | str | None = None,
    id: str | None = None,
    backend: str = "auto",
    model: str | None = None,
    **options: Any,
) -> Extraction:
    """Extract records from one article: ``summitparse.extract(text, published="2026-01-16")``."""
    return Extractor(backend, model=model, **options).extract(text, published=published, id=id)


async def aextract(
    text: str,
    *,
    published: dt.date | str | None = None,
    id: str | None = None,
    backend: str = "auto",
    model: str | None = None,
    **options: Any,
) -> Extraction:
    """Async :func:`extract`."""
    extractor = Extractor(backend, model=model, **options)
    return await extractor.aextract(text, published=published, id=id)


def extract_many(
    items: Iterable[Item],
    *,
    concurrency: int = 8,
    backend: str = "auto",
    model: str | None = None,
    published: dt.date | str | None = None,
    include_text: bool = False,
    **options: Any,
) -> Iterator[Result]:
    """Extract many articles in input order, yielding an ExtractionError for each bad one."""
    extractor = Extractor(backend, model=model, **options)
    return extractor.extract_many(
        items, concurrency=concurrency, published=published, include_text=include_text
    )
