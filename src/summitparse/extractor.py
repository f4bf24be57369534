"""The Extractor and the module-level ``extract`` / ``aextract`` / ``extract_many`` functions.

An :class:`Extractor` holds resolved settings and, for the LLM backend, its clients, its response
cache (:mod:`summitparse.llm.cache`) and its rate limits, so a batch reuses connections. The sync
and async edges share every step but the LLM call (:mod:`summitparse.pipeline`); the sync edge never
runs an event loop, so it works inside notebooks and servers that already have one.

``extract_many`` hands the items to an engine by backend (:mod:`summitparse.engine.local`):
worker processes for the rules, one private event loop for the LLM; whatever goes wrong with an
item becomes its error line (:mod:`summitparse.engine.items`).

The LLM package is imported only when the LLM backend is used: the rules path stays offline and
light to import.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from summitparse._version import __version__
from summitparse.config import ExtractorOptions, Settings, resolve_settings
from summitparse.engine.items import (
    Item,
    Result,
    bad_input_line,
    internal_error_line,
    item_id,
    item_source,
    looks_like_path,
    summitparse_error_line,
)
from summitparse.engine.local import llm_many, rules_many
from summitparse.engine.ratelimit import RateLimiter, estimate_tokens
from summitparse.errors import BackendError, ConfigurationError, SummitparseError
from summitparse.io.articles import Article, BadInput, InputItem, check_text, read_article, text_id
from summitparse.llm.cache import CachedOutcome, ResponseCache, cache_key
from summitparse.models import Extraction, ExtractionError
from summitparse.pipeline import (
    Started,
    finish_fallback,
    finish_llm,
    finish_rules,
    parse_published,
    start,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from summitparse.llm import LLMBackend, LLMOutcome

__all__ = ["Extractor", "Item", "aextract", "extract", "extract_many"]

_T = TypeVar("_T")


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

    def __init__(self, backend: str = "auto", **options: Unpack[ExtractorOptions]) -> None:
        self._setup(resolve_settings(backend=backend, **options))

    @classmethod
    def from_settings(cls, settings: Settings) -> Extractor:
        """An extractor for already resolved settings (a worker process gets them pickled)."""
        extractor = cls.__new__(cls)
        extractor._setup(settings)
        return extractor

    def _setup(self, settings: Settings) -> None:
        if settings.backend == "llm" and settings.base_url:
            from summitparse.llm.endpoint import base_url_problem

            problem = base_url_problem(settings.base_url)
            if problem is not None:
                raise ConfigurationError(
                    f"the base URL {settings.base_url!r} is not usable: {problem} "
                    "(for example http://localhost:8080/v1)"
                )
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
        return finish_fallback(
            started,
            self.settings,
            getattr(error, "reason", str(error)),
            kind=getattr(error, "kind", "other"),
            usage=getattr(error, "usage", None),
        )

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
        """Extract one article on the async client; ``slots`` and ``limiter`` pace a batch.

        The rules run in a worker thread: on a long article they take seconds, and the caller's
        event loop (a server, a notebook) must go on meanwhile.
        """
        started = await asyncio.to_thread(start, article)
        return await self._afinish(started, limiter, slots)

    async def _afinish(
        self, started: Started, limiter: RateLimiter | None, slots: asyncio.Semaphore | None
    ) -> Extraction:
        if self.settings.backend == "rules":
            return finish_rules(started)
        # SQLite releases the GIL while it reads and commits (~1 ms a write): in a thread, the
        # event loop goes on with the other articles' requests meanwhile.
        key, hit = await asyncio.to_thread(self._lookup, started) if self.cache else (None, None)
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
        if key is not None:
            await asyncio.to_thread(self._remember, key, outcome)
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
        if isinstance(item, os.PathLike) or looks_like_path(item):
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
            return bad_input_line(item)
        try:
            return work()
        except ConfigurationError:
            raise
        except SummitparseError as error:
            return summitparse_error_line(error, item_id(item), item_source(item))
        except Exception as error:  # a bug must cost one line, never the rest of the batch
            return internal_error_line(item_id(item), item_source(item), error)

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

    def prepare_item(
        self, item: Item, published: dt.date | str | None
    ) -> Started | ExtractionError:
        """Read the item and run the rules: the CPU part of an LLM article, done off the loop."""
        return self._guarded(item, lambda: start(self.load(item, published=published)))

    async def afinish_item(
        self,
        item: Item,
        prepared: Started,
        gate: tuple[asyncio.Semaphore, RateLimiter],
        include_text: bool,
    ) -> Result:
        """The LLM part of a prepared item in a batch, paced by ``gate``; errors become its line."""
        slots, limiter = gate
        try:
            result = await self._afinish(prepared, limiter if limiter.active else None, slots)
        except SummitparseError as error:
            return summitparse_error_line(error, item_id(item), item_source(item))
        except Exception as error:  # a bug must cost one line, never the rest of the batch
            return internal_error_line(item_id(item), item_source(item), error)
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
        backend runs on ``min(concurrency, cores)`` processes (Linux; one process elsewhere); see
        :mod:`summitparse.engine.local`. ``include_text`` puts the article text (the one the
        offsets refer to) into each :class:`Extraction`.
        """
        if concurrency < 1:
            raise ConfigurationError("concurrency must be at least 1")
        day = parse_published(published)  # a bad value is the caller's error, raised once
        engine = rules_many if self.settings.backend == "rules" else llm_many
        return engine(self, items, concurrency, day, include_text)

    async def aclose(self) -> None:
        """Close the async LLM client (the extractor can still be used afterwards)."""
        if self._llm is not None:
            await self._llm.aclose()

    def close(self) -> None:
        """Close the LLM clients and the cache (the extractor can still be used afterwards)."""
        if self._llm is not None:
            self._llm.close()
        if self._cache is not None:
            self._cache.close()


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


def extract(
    text: str,
    *,
    published: dt.date | str | None = None,
    id: str | None = None,
    backend: str = "auto",
    **options: Unpack[ExtractorOptions],
) -> Extraction:
    """Extract records from one article: ``summitparse.extract(text, published="2026-01-16")``."""
    return Extractor(backend, **options).extract(text, published=published, id=id)


async def aextract(
    text: str,
    *,
    published: dt.date | str | None = None,
    id: str | None = None,
    backend: str = "auto",
    **options: Unpack[ExtractorOptions],
) -> Extraction:
    """Async :func:`extract`."""
    extractor = Extractor(backend, **options)
    return await extractor.aextract(text, published=published, id=id)


def extract_many(
    items: Iterable[Item],
    *,
    concurrency: int = 8,
    backend: str = "auto",
    published: dt.date | str | None = None,
    include_text: bool = False,
    **options: Unpack[ExtractorOptions],
) -> Iterator[Result]:
    """Extract many articles in input order, yielding an ExtractionError for each bad one."""
    extractor = Extractor(backend, **options)
    return extractor.extract_many(
        items, concurrency=concurrency, published=published, include_text=include_text
    )
