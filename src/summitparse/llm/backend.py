"""The LLM backend: one structured call per article (or chunk), grounded and merged with the rules.

The shape is a shared non-I/O core with two thin edges. Planning (chunks, messages), metering
and merging are plain functions used by both :meth:`LLMBackend.extract` (``openai.OpenAI``) and
:meth:`LLMBackend.aextract` (``openai.AsyncOpenAI``, never ``asyncio.run``); only the call itself
and the halving on a cut-off answer exist twice.

Per call, three loops nest, each with its own limit:

1. halving: ``finish_reason == "length"`` (instructor's ``IncompleteOutputException``) splits
   the chunk in two and asks for each half — a re-ask would only be cut off again;
2. transport retries (:mod:`summitparse.llm.retry`): 429/5xx/timeouts/connection errors, with
   backoff, ``settings.max_retries`` and ``settings.time_budget``; the model never hears of them;
3. re-asks (instructor): a schema-violating answer is sent back with the validation error, at
   most ``settings.max_reasks`` times.

Every third-party error leaves through :func:`summitparse.llm.failures.to_failure`, in one place
(:meth:`_Run.boundary`), as :class:`LLMFailure` with the cause chained.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from instructor.core.exceptions import IncompleteOutputException
from instructor.core.hooks import HookName, Hooks
from openai import LengthFinishReasonError

from summitparse.config import DEFAULT_MODEL, Settings
from summitparse.llm.chunking import CHUNK_WORDS, Chunk, chunk_article, halve
from summitparse.llm.client import AsyncClients, SyncClients, make_async, make_sync
from summitparse.llm.failures import HANDLED, LLMFailure, to_failure
from summitparse.llm.prompts import PromptSet, load_prompts
from summitparse.llm.retry import RetryPolicy, async_retrying, sync_retrying
from summitparse.llm.schema import ArticleDraft

try:  # instructor >= 1.17: wrap the response model once instead of on every call
    from instructor.v2.core.function_calls import response_schema as _response_schema
except ImportError:  # pragma: no cover - other instructor versions wrap it themselves
    _RESPONSE_MODEL: type[ArticleDraft] = ArticleDraft
else:
    # instructor builds a new wrapper class per call, so its schema cache never hits: about
    # 60 % of the client's CPU per article at high concurrency (benchmarks/batch_throughput.py).
    _RESPONSE_MODEL = _response_schema(ArticleDraft)
from summitparse.llm.merge import DraftPart, merge_drafts
from summitparse.records import Records

__all__ = ["LLMBackend", "LLMOutcome"]

_TRUNCATED = (IncompleteOutputException, LengthFinishReasonError)


@dataclass(frozen=True)
class LLMOutcome:
    """What the LLM backend found in one article, every span grounded in it."""

    records: Records
    warnings: list[str]
    usage: dict[str, Any]
    model: str
    prompt_version: str


@dataclass
class _Run:
    """Counters and warnings of one article's extraction (one per call: safe under concurrency)."""

    started: float = field(default_factory=time.monotonic)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    attempts: int = 0
    reasks: int = 0
    calls: int = 0
    tries: int = 0
    warnings: list[str] = field(default_factory=list)

    def hooks(self) -> Hooks:
        """Instructor hooks that count HTTP attempts, re-asks and tokens for this run only."""
        hooks = Hooks()
        hooks.on(HookName.COMPLETION_KWARGS, self._on_request)
        hooks.on(HookName.COMPLETION_RESPONSE, self._on_response)
        hooks.on(HookName.PARSE_ERROR, self._on_parse_error)
        return hooks

    def _on_request(self, *args: Any, **kwargs: Any) -> None:
        self.attempts += 1

    def _on_response(self, response: Any) -> None:
        usage = getattr(response, "usage", None)
        self.prompt_tokens += int(getattr(usage, "prompt_tokens", 0) or 0)
        self.completion_tokens += int(getattr(usage, "completion_tokens", 0) or 0)

    def _on_parse_error(self, error: Exception, **kwargs: Any) -> None:
        self.reasks += 1

    def usage(self) -> dict[str, Any]:
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "attempts": self.attempts,
            "calls": self.calls,
            "reasks": self.reasks,
            "transport_retries": max(0, self.tries - self.calls),
            "latency_s": round(time.monotonic() - self.started, 3),
        }


class LLMBackend:
    """Records from any OpenAI-compatible endpoint, through instructor, grounded in the text.

    One backend holds one sync and one async client (created on first use) and is shared by all
    articles of a batch, so connections are reused. ``policy`` shapes the transport backoff
    (tests use tiny waits); ``chunk_words`` is the size above which an article is split.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        policy: RetryPolicy | None = None,
        chunk_words: int = CHUNK_WORDS,
    ) -> None:
        self.settings = settings
        self.model = settings.model or DEFAULT_MODEL
        self.policy = policy or RetryPolicy()
        self.chunk_words = chunk_words
        self.prompts: PromptSet = load_prompts()
        self._sync: SyncClients | None = None
        self._async: AsyncClients | None = None
        self._async_loop: weakref.ref[asyncio.AbstractEventLoop] | None = None

    # -- shared core ------------------------------------------------------------------------------

    def _messages(
        self, chunk: Chunk, reference: dt.date | None, index: int, total: int
    ) -> list[dict[str, str]]:
        part = "" if total == 1 else f"This is part {index} of {total} of a long article."
        return [
            {"role": "system", "content": self.prompts.system.body},
            {
                "role": "user",
                "content": self.prompts.user_message(chunk.text, reference=reference, part=part),
            },
        ]

    def _request(self, messages: list[dict[str, str]], run: _Run) -> dict[str, Any]:
        run.tries += 1
        return {
            "model": self.model,
            "response_model": _RESPONSE_MODEL,
            "messages": messages,
            "max_retries": self.settings.max_reasks,
            "hooks": run.hooks(),
        }

    def _split(self, article: str, chunk: Chunk, run: _Run, error: Exception) -> list[Chunk]:
        halves = halve(article, chunk)
        if halves is None:
            raise error
        run.warnings.append(
            f"answer cut off (finish_reason length) on {len(chunk.sentences)} sentences; "
            "asked again in two halves"
        )
        return halves

    def _finish(
        self,
        article: str,
        parts: list[DraftPart],
        rules: Records,
        reference: dt.date | None,
        run: _Run,
    ) -> LLMOutcome:
        records, warnings = merge_drafts(article, parts, rules, reference=reference)
        return LLMOutcome(
            records=records,
            warnings=run.warnings + warnings,
            usage=run.usage(),
            model=self.model,
            prompt_version=self.prompts.id,
        )

    @contextmanager
    def _boundary(self, run: _Run) -> Iterator[None]:
        """The one place third-party errors become :class:`LLMFailure` (cause chained)."""
        try:
            yield
        except LLMFailure:
            raise
        except HANDLED as error:
            secret = self.settings.api_key.get_secret_value() if self.settings.api_key else None
            raise to_failure(
                error,
                model=self.model,
                attempts=run.attempts,
                usage=run.usage(),
                base_url=self.settings.base_url,
                secret=secret,
            ) from error

    # -- sync edge --------------------------------------------------------------------------------

    def _client(self) -> SyncClients:
        if self._sync is None:
            self._sync = make_sync(self.settings)
        return self._sync

    def _call(self, messages: list[dict[str, str]], run: _Run) -> ArticleDraft:
        draft: ArticleDraft = self._client().patched.chat.completions.create(
            **self._request(messages, run)
        )
        return draft

    def _ask(
        self,
        article: str,
        chunk: Chunk,
        reference: dt.date | None,
        place: tuple[int, int],
        run: _Run,
    ) -> list[DraftPart]:
        run.calls += 1
        messages = self._messages(chunk, reference, *place)
        retrying = sync_retrying(self.settings, self.policy, run.started)
        try:
            draft: ArticleDraft = retrying(self._call, messages, run)
        except _TRUNCATED as error:
            halves = self._split(article, chunk, run, error)
            return [p for half in halves for p in self._ask(article, half, reference, place, run)]
        return [DraftPart(draft, chunk.start, chunk.end)]

    def extract(self, text: str, *, reference: dt.date | None = None, rules: Records) -> LLMOutcome:
        """Records of ``text`` from the model, grounded, with the rules' dates and figures."""
        run = _Run()
        chunks = chunk_article(text, max_words=self.chunk_words)
        parts: list[DraftPart] = []
        with self._boundary(run):
            for index, chunk in enumerate(chunks, 1):
                parts += self._ask(text, chunk, reference, (index, len(chunks)), run)
        return self._finish(text, parts, rules, reference, run)

    def close(self) -> None:
        """Close the sync client's connections (the backend can still be used afterwards)."""
        if self._sync is not None:
            self._sync.raw.close()
            self._sync = None

    # -- async edge -------------------------------------------------------------------------------

    def _aclient(self) -> AsyncClients:
        """The async client of the running event loop.

        Pooled connections belong to the loop that opened them: a backend used from a second
        ``asyncio.run`` gets a fresh client instead of the first loop's dead connections.
        """
        loop = asyncio.get_running_loop()
        if self._async is None or self._async_loop is None or self._async_loop() is not loop:
            self._async = make_async(self.settings)
            self._async_loop = weakref.ref(loop)
        return self._async

    async def _acall(self, messages: list[dict[str, str]], run: _Run) -> ArticleDraft:
        draft: ArticleDraft = await self._aclient().patched.chat.completions.create(
            **self._request(messages, run)
        )
        return draft

    async def _aask(
        self,
        article: str,
        chunk: Chunk,
        reference: dt.date | None,
        place: tuple[int, int],
        run: _Run,
    ) -> list[DraftPart]:
        run.calls += 1
        messages = self._messages(chunk, reference, *place)
        retrying = async_retrying(self.settings, self.policy, run.started)
        try:
            draft: ArticleDraft = await retrying(self._acall, messages, run)
        except _TRUNCATED as error:
            halves = self._split(article, chunk, run, error)
            parts: list[DraftPart] = []
            for half in halves:
                parts += await self._aask(article, half, reference, place, run)
            return parts
        return [DraftPart(draft, chunk.start, chunk.end)]

    async def aextract(
        self, text: str, *, reference: dt.date | None = None, rules: Records
    ) -> LLMOutcome:
        """Like :meth:`extract`, on the async client: the event loop is never blocked."""
        run = _Run()
        chunks = chunk_article(text, max_words=self.chunk_words)
        parts: list[DraftPart] = []
        with self._boundary(run):
            for index, chunk in enumerate(chunks, 1):
                parts += await self._aask(text, chunk, reference, (index, len(chunks)), run)
        return self._finish(text, parts, rules, reference, run)

    async def aclose(self) -> None:
        """Close the async client's connections."""
        if self._async is not None:
            await self._async.raw.close()
            self._async = None
            self._async_loop = None
