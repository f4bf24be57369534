"""The LLM backend: one structured call per article (or chunk), grounded and merged with the rules.

The shape is a shared non-I/O core with two thin edges. Planning (chunks, messages, the answer
budget), metering (:mod:`summitparse.llm.meter`) and merging are plain functions used by both
:meth:`LLMBackend.extract` (``openai.OpenAI``) and :meth:`LLMBackend.aextract`
(``openai.AsyncOpenAI``, never ``asyncio.run``); only the calls themselves exist twice.

Per chunk, the steps, each checking the article's time budget first:

1. the call, with ``max_tokens`` derived from the chunk's length (or ``settings.max_tokens``)
   and a timeout cut to the budget left; transport faults (429/5xx/timeouts) are retried by
   :mod:`summitparse.llm.retry`, requests the server refuses are not;
2. an answer that fails validation is salvaged or re-asked briefly (:mod:`summitparse.llm.reask`);
   the answer itself is read leniently, record by record (:mod:`summitparse.llm.repair`);
3. an answer cut off at ``max_tokens`` keeps its complete records; if it has none, and on a
   context overflow, the chunk is halved and each half asked. A half (or chunk) that fails does
   not stop the others: what came back is kept, and the failure is named in the warnings.

Every third-party error leaves through :func:`summitparse.llm.failures.to_failure`, in one place
(:meth:`LLMBackend._failure`), as :class:`LLMFailure` with the cause chained (scrubbed of the API
key, :mod:`summitparse.llm.secrets`).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from instructor.core.exceptions import IncompleteOutputException
from openai import LengthFinishReasonError

from summitparse.config import DEFAULT_MODEL, Settings
from summitparse.llm.breaker import Breaker
from summitparse.llm.chunking import CHUNK_WORDS, Chunk, chunk_article, halve, size
from summitparse.llm.client import AsyncClients, SyncClients, make_async, make_sync, with_mode
from summitparse.llm.failures import (
    HANDLED,
    LLMFailure,
    TimeBudgetExceededError,
    classify,
    context_overflow,
    redact,
    to_failure,
)
from summitparse.llm.merge import DraftPart, merge_drafts
from summitparse.llm.meter import Run
from summitparse.llm.probe import ProbeResult, accepted, probe_requests, refused
from summitparse.llm.prompts import PromptSet, load_prompts
from summitparse.llm.reask import affordable, invalid_answer, reask_message, salvage
from summitparse.llm.retry import RetryPolicy, async_retrying, sync_retrying
from summitparse.llm.schema import ArticleDraft
from summitparse.llm.secrets import safe_cause, scrub_records
from summitparse.records import Records

try:  # instructor >= 1.17: wrap the response model once instead of on every call
    from instructor.v2.core.function_calls import response_schema as _response_schema
except ImportError:  # pragma: no cover - other instructor versions wrap it themselves
    _RESPONSE_MODEL: type[ArticleDraft] = ArticleDraft
else:
    # instructor builds a new wrapper class per call, so its schema cache never hits: about
    # 60 % of the client's CPU per article at high concurrency (benchmarks/batch_throughput.py).
    _RESPONSE_MODEL = _response_schema(ArticleDraft)

__all__ = ["LLMBackend", "LLMOutcome", "answer_budget"]

_TRUNCATED: tuple[type[BaseException], ...] = (IncompleteOutputException, LengthFinishReasonError)
_SPLITTABLE: tuple[type[BaseException], ...] = (*_TRUNCATED, *HANDLED)

#: ``max_tokens`` when derived: an answer copies evidence and quotes, so it can be as long as the
#: text it reads (about 1.3 tokens per word) plus the JSON around them; never below a floor that
#: holds a few records, never above what small local servers' contexts can give.
ANSWER_FLOOR, ANSWER_CEILING = 1024, 8192


def answer_budget(chunk_text: str) -> int:
    """The derived ``max_tokens`` of one call on ``chunk_text``."""
    return max(ANSWER_FLOOR, min(ANSWER_CEILING, 512 + 2 * size(chunk_text)))


@dataclass(frozen=True)
class LLMOutcome:
    """What the LLM backend found in one article, every span grounded in it."""

    records: Records
    warnings: list[str]
    usage: dict[str, Any]
    model: str
    prompt_version: str


@dataclass
class _Ask:
    """One chunk's request: its messages, answer budget and what its first attempt cost."""

    chunk: Chunk
    place: tuple[int, int]
    messages: list[dict[str, str]]
    max_tokens: int
    first_tokens: int = 0


class LLMBackend:
    """Records from any OpenAI-compatible endpoint, through instructor, grounded in the text.

    One backend holds one sync and one async client (created on first use) and is shared by all
    articles of a batch, so connections are reused and ``mode="auto"`` probes once. ``policy``
    shapes the transport backoff (tests use tiny waits); ``chunk_words`` is the size above which
    an article is split.
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
        self.probe: ProbeResult | None = None
        self.mode: str | None = None if settings.mode == "auto" else settings.mode
        self._secret = settings.api_key.get_secret_value() if settings.api_key else None
        self._sync: SyncClients | None = None
        self._async: AsyncClients | None = None
        self._async_loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._probe_lock: asyncio.Lock | None = None
        self._contact_lock: asyncio.Lock | None = None
        self._contact = threading.Lock()
        self.breaker = Breaker()

    # -- shared core ------------------------------------------------------------------------------

    def _plan(self, chunk: Chunk, reference: dt.date | None, place: tuple[int, int]) -> _Ask:
        index, total = place
        part = "" if total == 1 else f"This is part {index} of {total} of a long article."
        messages = [
            {"role": "system", "content": self.prompts.system.body},
            {
                "role": "user",
                "content": self.prompts.user_message(chunk.text, reference=reference, part=part),
            },
        ]
        return _Ask(chunk, place, messages, self.settings.max_tokens or answer_budget(chunk.text))

    def _request(self, ask: _Ask, messages: list[dict[str, str]], run: Run) -> dict[str, Any]:
        run.check()
        run.tries += 1
        run.max_tokens = max(run.max_tokens, ask.max_tokens)
        return {
            "model": self.model,
            "response_model": _RESPONSE_MODEL,
            "messages": messages,
            "max_retries": 0,
            "max_tokens": ask.max_tokens,
            "timeout": run.request_timeout(self.settings.timeout),
            "hooks": run.hooks(),
        }

    def _accept(self, ask: _Ask, draft: ArticleDraft, run: Run, *, cut: bool = False) -> DraftPart:
        run.repairs += draft.repairs
        run.dropped += draft.dropped
        label = "" if ask.place[1] == 1 else f"part {ask.place[0]}: "
        if cut:
            run.warnings.append(
                f"{label}answer cut off at max_tokens ({ask.max_tokens}); its complete records kept"
            )
        for note in draft.notes:
            if note.startswith("dropped"):
                run.warnings.append(f"{label}{note}")
        return DraftPart(draft, ask.chunk.start, ask.chunk.end)

    def _reask(self, ask: _Ask, error: BaseException, run: Run, asked: int) -> list[dict[str, str]]:
        """The messages of a re-ask after ``error``, or raise ``error`` when none is due."""
        problems = invalid_answer(error)
        spent = run.prompt_tokens + run.completion_tokens
        if problems is None or asked >= self.settings.max_reasks:
            raise error
        if not affordable(spent, ask.first_tokens):
            run.warnings.append("answer unusable and the re-ask budget spent")
            raise error
        run.reasks += 1
        return [*ask.messages, reask_message(problems, self._secret)]

    def _halves(self, article: str, ask: _Ask, error: BaseException, run: Run) -> list[Chunk]:
        halves = halve(article, ask.chunk)
        if halves is None:
            raise error
        run.splits += 1
        why = "the context overflowed" if context_overflow(error) else "the answer was cut off"
        run.warnings.append(
            f"{why} on {len(ask.chunk.sentences)} sentences; asked again in two halves"
        )
        return halves

    @staticmethod
    def _part_failed(
        error: BaseException, failures: list[tuple[str, BaseException]], what: str
    ) -> bool:
        """Note a chunk or half that failed; True when the rest must not be asked (time is up)."""
        failures.append((what, error))
        return isinstance(error, TimeBudgetExceededError)

    def _settle(
        self, parts: list[DraftPart], failures: list[tuple[str, BaseException]], run: Run
    ) -> list[DraftPart]:
        """The parts that came back, the failed ones named; the first failure when none came."""
        if failures and not parts:
            raise failures[0][1]
        for what, error in failures:
            if isinstance(error, TimeBudgetExceededError):
                run.warnings.append(
                    f"time budget of {self.settings.time_budget:g} s ran out; the rest of the "
                    "article was not asked"
                )
                continue
            _, reason = classify(
                error,
                attempts=run.attempts,
                base_url=self.settings.base_url,
                max_tokens=run.max_tokens or None,
            )
            run.warnings.append(f"{what} failed, the rest kept: {redact(reason, self._secret)}")
        return parts

    def _finish(
        self,
        article: str,
        parts: list[DraftPart],
        rules: Records,
        reference: dt.date | None,
        run: Run,
    ) -> LLMOutcome:
        records, warnings = merge_drafts(article, parts, rules, reference=reference)
        return LLMOutcome(
            records=scrub_records(records, self._secret),
            warnings=[redact(w, self._secret, limit=400) for w in run.warnings + warnings],
            usage=run.usage(),
            model=self.model,
            prompt_version=self.prompts.id,
        )

    def _failure(self, error: BaseException, run: Run) -> LLMFailure:
        """The one place third-party errors become :class:`LLMFailure` (cause scrubbed)."""
        failure = to_failure(
            error,
            model=self.model,
            attempts=run.attempts,
            usage=run.usage(),
            base_url=self.settings.base_url,
            secret=self._secret,
            max_tokens=run.max_tokens or None,
        )
        failure.__cause__ = safe_cause(error, self._secret)
        return failure

    def _run(self) -> Run:
        return Run(budget=self.settings.time_budget, mode=self.mode or "")

    def _chosen(self, result: ProbeResult) -> None:
        self.probe = result
        self.mode = result.mode

    # -- sync edge --------------------------------------------------------------------------------

    def _client(self) -> SyncClients:
        if self._sync is None:
            self._sync = make_sync(self.settings, self.mode or "md_json")
        return self._sync

    def _probe(self, run: Run) -> None:
        tried: list[tuple[str, str]] = []
        raw = self._client().raw
        for probe in probe_requests(self.model):
            run.check()
            run.attempts += 1
            try:
                completion = raw.chat.completions.create(
                    **probe.kwargs, timeout=run.request_timeout(self.settings.timeout)
                )
            except HANDLED as error:
                verdict = refused(error)
                if verdict is None:
                    raise
                tried.append((probe.mode, verdict))
                continue
            run.count_usage(getattr(completion, "usage", None))
            problem = accepted(probe.mode, completion)
            if problem is None:
                tried.append((probe.mode, "accepted"))
                self._chosen(ProbeResult(probe.mode, tuple(tried)))
                return
            tried.append((probe.mode, problem))
        self._chosen(ProbeResult("md_json", tuple(tried)))

    def _call(self, ask: _Ask, messages: list[dict[str, str]], run: Run) -> ArticleDraft:
        draft: ArticleDraft = self._client().patched.chat.completions.create(
            **self._request(ask, messages, run)
        )
        return draft

    def _recover(
        self, ask: _Ask, run: Run, error: BaseException, before: int, asked: int
    ) -> tuple[ArticleDraft, bool] | list[dict[str, str]]:
        """What a failed answer leaves, the same on both edges: ``(draft, truncated)`` when part
        of it can be kept, else the messages of the re-ask; a cut answer with nothing to keep is
        raised again (halving deals with it)."""
        kept = salvage(error)
        if isinstance(error, _TRUNCATED):
            if kept is None:
                raise error
            return kept, True
        if kept is not None:
            return kept, False
        ask.first_tokens = ask.first_tokens or run.prompt_tokens + run.completion_tokens - before
        return self._reask(ask, error, run, asked)

    def _answer(self, ask: _Ask, run: Run) -> tuple[ArticleDraft, bool]:
        messages, asked = ask.messages, 0
        while True:
            before = run.prompt_tokens + run.completion_tokens
            try:
                retrying = sync_retrying(self.settings, self.policy, run.started)
                return retrying(self._call, ask, messages, run), False
            except _SPLITTABLE as error:
                kept = self._recover(ask, run, error, before, asked)
                if isinstance(kept, tuple):
                    return kept
                messages, asked = kept, asked + 1

    def _ask(
        self,
        article: str,
        chunk: Chunk,
        reference: dt.date | None,
        place: tuple[int, int],
        run: Run,
    ) -> list[DraftPart]:
        run.check()
        run.calls += 1
        ask = self._plan(chunk, reference, place)
        try:
            draft, cut = self._answer(ask, run)
        except _SPLITTABLE as error:
            if not isinstance(error, _TRUNCATED) and not context_overflow(error):
                raise
            parts: list[DraftPart] = []
            failures: list[tuple[str, BaseException]] = []
            for half in self._halves(article, ask, error, run):
                try:
                    parts += self._ask(article, half, reference, place, run)
                except HANDLED as failed:
                    if self._part_failed(failed, failures, "half of a split chunk"):
                        break
            return self._settle(parts, failures, run)
        return [self._accept(ask, draft, run, cut=cut)]

    def extract(self, text: str, *, reference: dt.date | None = None, rules: Records) -> LLMOutcome:
        """Records of ``text`` from the model, grounded, with the rules' dates and figures.

        Articles go one at a time until the endpoint has answered once, and not at all while it
        keeps failing for a lasting reason (:mod:`summitparse.llm.breaker`).
        """
        if self.breaker.answered:
            return self._guarded(self._extract, text, reference, rules)
        with self._contact:
            if not self.breaker.answered:
                return self._guarded(self._extract, text, reference, rules)
        return self._guarded(self._extract, text, reference, rules)

    def _guarded(
        self,
        work: Callable[[str, dt.date | None, Records], LLMOutcome],
        text: str,
        reference: dt.date | None,
        rules: Records,
    ) -> LLMOutcome:
        blocked = self.breaker.blocked()
        if blocked is not None:
            raise blocked
        try:
            outcome = work(text, reference, rules)
        except LLMFailure as failure:
            self.breaker.failed(failure)
            raise
        self.breaker.succeeded()
        return outcome

    def _extract(self, text: str, reference: dt.date | None, rules: Records) -> LLMOutcome:
        run = self._run()
        chunks = chunk_article(text, max_words=self.chunk_words)
        parts: list[DraftPart] = []
        try:
            if self.mode is None:
                self._probe(run)
                self._sync = with_mode(self._client(), self.mode or "md_json")
            run.mode = self.mode or ""
            failures: list[tuple[str, BaseException]] = []
            for index, chunk in enumerate(chunks, 1):
                try:
                    parts += self._ask(text, chunk, reference, (index, len(chunks)), run)
                except HANDLED as error:
                    if self._part_failed(error, failures, f"part {index} of {len(chunks)}"):
                        break
            parts = self._settle(parts, failures, run)
        except LLMFailure:
            raise
        except HANDLED as error:
            failure = self._failure(error, run)
        else:
            return self._finish(text, parts, rules, reference, run)
        raise failure

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
            self._async = make_async(self.settings, self.mode or "md_json")
            self._async_loop = weakref.ref(loop)
            self._probe_lock = asyncio.Lock()
            self._contact_lock = asyncio.Lock()
        return self._async

    async def _aprobe(self, run: Run) -> None:
        self._aclient()
        assert self._probe_lock is not None
        async with self._probe_lock:  # concurrent articles of a batch probe once
            if self.mode is not None:
                return
            tried: list[tuple[str, str]] = []
            raw = self._aclient().raw
            for probe in probe_requests(self.model):
                run.check()
                run.attempts += 1
                try:
                    completion = await raw.chat.completions.create(
                        **probe.kwargs, timeout=run.request_timeout(self.settings.timeout)
                    )
                except HANDLED as error:
                    verdict = refused(error)
                    if verdict is None:
                        raise
                    tried.append((probe.mode, verdict))
                    continue
                run.count_usage(getattr(completion, "usage", None))
                problem = accepted(probe.mode, completion)
                if problem is None:
                    tried.append((probe.mode, "accepted"))
                    self._chosen(ProbeResult(probe.mode, tuple(tried)))
                    break
                tried.append((probe.mode, problem))
            else:
                self._chosen(ProbeResult("md_json", tuple(tried)))
            self._async = with_mode(self._aclient(), self.mode or "md_json")

    async def _acall(self, ask: _Ask, messages: list[dict[str, str]], run: Run) -> ArticleDraft:
        draft: ArticleDraft = await self._aclient().patched.chat.completions.create(
            **self._request(ask, messages, run)
        )
        return draft

    async def _aanswer(self, ask: _Ask, run: Run) -> tuple[ArticleDraft, bool]:
        messages, asked = ask.messages, 0
        while True:
            before = run.prompt_tokens + run.completion_tokens
            try:
                retrying = async_retrying(self.settings, self.policy, run.started)
                return await retrying(self._acall, ask, messages, run), False
            except _SPLITTABLE as error:
                kept = self._recover(ask, run, error, before, asked)
                if isinstance(kept, tuple):
                    return kept
                messages, asked = kept, asked + 1

    async def _aask(
        self,
        article: str,
        chunk: Chunk,
        reference: dt.date | None,
        place: tuple[int, int],
        run: Run,
    ) -> list[DraftPart]:
        run.check()
        run.calls += 1
        ask = self._plan(chunk, reference, place)
        try:
            draft, cut = await self._aanswer(ask, run)
        except _SPLITTABLE as error:
            if not isinstance(error, _TRUNCATED) and not context_overflow(error):
                raise
            parts: list[DraftPart] = []
            failures: list[tuple[str, BaseException]] = []
            for half in self._halves(article, ask, error, run):
                try:
                    parts += await self._aask(article, half, reference, place, run)
                except HANDLED as failed:
                    if self._part_failed(failed, failures, "half of a split chunk"):
                        break
            return self._settle(parts, failures, run)
        return [self._accept(ask, draft, run, cut=cut)]

    async def aextract(
        self, text: str, *, reference: dt.date | None = None, rules: Records
    ) -> LLMOutcome:
        """Like :meth:`extract`, on the async client: the event loop is never blocked."""
        if self.breaker.answered:
            return await self._aguarded(text, reference, rules)
        self._aclient()
        assert self._contact_lock is not None
        async with self._contact_lock:
            if not self.breaker.answered:
                return await self._aguarded(text, reference, rules)
        return await self._aguarded(text, reference, rules)

    async def _aguarded(self, text: str, reference: dt.date | None, rules: Records) -> LLMOutcome:
        blocked = self.breaker.blocked()
        if blocked is not None:
            raise blocked
        try:
            outcome = await self._aextract(text, reference, rules)
        except LLMFailure as failure:
            self.breaker.failed(failure)
            raise
        self.breaker.succeeded()
        return outcome

    async def _aextract(self, text: str, reference: dt.date | None, rules: Records) -> LLMOutcome:
        run = self._run()
        chunks = chunk_article(text, max_words=self.chunk_words)
        parts: list[DraftPart] = []
        try:
            if self.mode is None:
                await self._aprobe(run)
            run.mode = self.mode or ""
            failures: list[tuple[str, BaseException]] = []
            for index, chunk in enumerate(chunks, 1):
                try:
                    parts += await self._aask(text, chunk, reference, (index, len(chunks)), run)
                except HANDLED as error:
                    if self._part_failed(error, failures, f"part {index} of {len(chunks)}"):
                        break
            parts = self._settle(parts, failures, run)
        except LLMFailure:
            raise
        except HANDLED as error:
            failure = self._failure(error, run)
        else:
            return self._finish(text, parts, rules, reference, run)
        raise failure

    async def aclose(self) -> None:
        """Close the async client's connections."""
        if self._async is not None:
            await self._async.raw.close()
            self._async = None
            self._async_loop = None
