"""The Extractor and the module-level ``extract`` / ``aextract`` / ``extract_many`` functions.

An :class:`Extractor` holds resolved settings and, for the LLM backend, its clients, so a batch
reuses connections. The sync and async edges share every step but the LLM call
(:mod:`summitparse.pipeline`); the sync edge never runs an event loop, so it works inside
notebooks and servers that already have one.

The LLM package is imported only when the LLM backend is used: the rules path stays offline and
light to import.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import SecretStr

from summitparse.config import Settings, resolve_settings
from summitparse.errors import BackendError, ConfigurationError, SummitparseError
from summitparse.io import Article, check_text, read_article, text_id
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
    from summitparse.llm import LLMBackend

__all__ = ["Extractor", "Item", "aextract", "extract", "extract_many"]

Item = str | os.PathLike[str] | Article
Result = Extraction | ExtractionError
_T = TypeVar("_T")
_R = TypeVar("_R")

# A str item is read as a path only when it looks like one and the file exists; anything with a
# line break or longer than this is article text.
_MAX_PATH_LENGTH = 1024


class Extractor:
    """Configured extraction: ``Extractor(backend="llm", model="gpt-4o-mini").extract(text)``.

    ``backend`` is ``"rules"`` (offline), ``"llm"`` (any OpenAI-compatible endpoint) or
    ``"auto"`` (llm when ``SUMMITPARSE_MODEL``, ``OPENAI_API_KEY`` or ``OPENAI_BASE_URL`` is set,
    else rules). With ``fallback=True`` (the default) an LLM that fails for good gives the rules'
    records with ``meta.fallback`` set instead of an exception.
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
    ) -> None:
        self.settings: Settings = resolve_settings(
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
        )
        self._llm: LLMBackend | None = None

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

    # -- sync edge ---------------------------------------------------------------------------

    def extract_article(self, article: Article) -> Extraction:
        """Extract one :class:`~summitparse.io.Article` (text already read and checked)."""
        started = start(article)
        if self.settings.backend == "rules":
            return finish_rules(started)
        try:
            outcome = self._llm_backend().extract(
                article.text, reference=started.reference, rules=started.rules
            )
        except BackendError as error:
            return self._finish_failure(started, error)
        return finish_llm(
            started,
            outcome.records,
            model=outcome.model,
            warnings=outcome.warnings,
            usage=outcome.usage,
            prompt_version=outcome.prompt_version,
        )

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

    async def aextract_article(self, article: Article) -> Extraction:
        started = start(article)
        if self.settings.backend == "rules":
            return finish_rules(started)
        try:
            outcome = await self._llm_backend().aextract(
                article.text, reference=started.reference, rules=started.rules
            )
        except BackendError as error:
            return self._finish_failure(started, error)
        return finish_llm(
            started,
            outcome.records,
            model=outcome.model,
            warnings=outcome.warnings,
            usage=outcome.usage,
            prompt_version=outcome.prompt_version,
        )

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
        if isinstance(item, os.PathLike) or _looks_like_path(item):
            return read_article(Path(item), max_bytes=self.settings.max_bytes, published=day)
        return self._article(item, day, None, None)

    def extract_one(self, item: Item, *, published: dt.date | str | None = None) -> Result:
        """Extract one item, turning any summitparse error into an :class:`ExtractionError`."""
        try:
            return self.extract_article(self.load(item, published=published))
        except ConfigurationError:
            raise
        except SummitparseError as error:
            return error_result(error, _item_id(item), _item_source(item))
        except Exception as error:  # a bug must cost one line, never the rest of the batch
            return ExtractionError(
                id=_item_id(item),
                source=_item_source(item),
                error=ErrorInfo(type=type(error).__name__, message=f"internal error: {error}"),
            )

    def extract_many(
        self,
        items: Iterable[Item],
        *,
        concurrency: int = 8,
        published: dt.date | str | None = None,
    ) -> Iterator[Result]:
        """Extract every item, yielding results in input order; one bad item never stops it.

        Items are article texts, paths (``str`` that names an existing file, or ``Path``), or
        :class:`~summitparse.io.Article`. With the LLM backend up to ``concurrency`` articles
        are in flight at once; the rules backend is CPU-bound and runs them one after another.
        """
        if concurrency < 1:
            raise ConfigurationError("concurrency must be at least 1")
        if published is not None:
            parse_published(published)  # a bad value is the caller's error, raised once
        workers = 1 if self.settings.backend == "rules" else concurrency
        return ordered_map(lambda item: self.extract_one(item, published=published), items, workers)


def error_result(error: SummitparseError, item_id: str, source: str | None) -> ExtractionError:
    """The error line for an article that could not be extracted."""
    return ExtractionError(
        id=error.article_id or item_id,
        source=error.source or source,
        error=ErrorInfo(type=type(error).__name__, message=error.message),
    )


def ordered_map(function: Callable[[_T], _R], items: Iterable[_T], workers: int) -> Iterator[_R]:
    """``map`` over a thread pool with at most ``2 * workers`` items in flight, in input order.

    The window keeps memory flat on corpora of any size: items are drawn lazily.
    """
    if workers <= 1:
        yield from map(function, items)
        return
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="summitparse") as pool:
        window: deque[Future[_R]] = deque()
        for item in items:
            window.append(pool.submit(function, item))
            if len(window) >= 2 * workers:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


def _looks_like_path(item: str) -> bool:
    return (
        len(item) <= _MAX_PATH_LENGTH
        and "\n" not in item
        and item.strip() == item
        and os.path.isfile(item)
    )


def _item_id(item: Item) -> str:
    if isinstance(item, Article):
        return item.id
    if isinstance(item, os.PathLike) or (isinstance(item, str) and _looks_like_path(item)):
        return Path(item).name
    return text_id(item) if isinstance(item, str) else "unknown"


def _item_source(item: Item) -> str | None:
    if isinstance(item, Article):
        return item.source
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
    **options: Any,
) -> Iterator[Result]:
    """Extract many articles in input order, yielding an ExtractionError for each bad one."""
    extractor = Extractor(backend, model=model, **options)
    return extractor.extract_many(items, concurrency=concurrency, published=published)
