"""The openai and instructor clients: built once per backend, reused for every article.

Modes (``settings.mode``), all asking for the same draft schema in one call:

- ``"tools"`` (default): the schema is a function the model must call. Best on OpenAI and on any
  server with reliable tool calling — vLLM, and Ollama for models whose template supports tools.
- ``"json_schema"``: the schema goes in ``response_format`` as structured output. The choice for
  local servers: Ollama (0.5 and later) turns it into a grammar, and llama.cpp's ``llama-server``
  converts a JSON schema into a GBNF grammar, so the answer always parses; both do tool calling
  less reliably (llama.cpp needs ``--jinja`` and a tool-aware chat template for ``tools``).
- ``"json_object"``: ``response_format: {type: json_object}`` with the schema in the prompt: for
  servers that accept only that form (llama-cpp-python's server answers a ``json_schema`` one with
  an HTTP 500).
- ``"md_json"``: the schema is described in the prompt and the answer read from a fenced JSON
  block. Nothing constrains decoding; for servers that support neither of the above. Re-asks do
  the most work here, and the schema travels as indented JSON in the prompt: ~2,250 tokens of
  overhead per call against ~1,750 in the other modes (``benchmarks/llm_overhead.py``).

``"auto"`` is resolved by :mod:`summitparse.llm.probe` (once per backend) to one of these.
In ``tools`` mode ``tool_choice`` goes out as the string ``"required"`` (see
:mod:`summitparse.llm.transport`, which also bounds each response's size and total time).

The patched ``create`` posts the request through the SDK client's own ``post`` (its headers,
auth, error classes and response parsing) without the SDK's per-call ``transform`` of the
parameters: that walk over the typed-dict annotations of every message and of the whole tool
schema cost ~1 ms of CPU per request, a sixth of the client's work in a batch, and it is the
identity for the plain JSON dicts instructor sends (:func:`_direct_create`).

Redirects are not followed: an API answers a POST where it is asked, and a 301/302 means a wrong
base URL (``http`` for ``https``, a login page); the failure names where it points.

The SDK's own retries are off (``max_retries=0``): :mod:`summitparse.llm.retry` owns the policy.
Instructor logs every failed attempt at ERROR level; summitparse reports failures itself (warnings,
``LLMFailure``), so a ``NullHandler`` on the ``instructor`` logger keeps Python's last-resort
handler from printing them on stderr. An application that configures logging still sees them.
A local server without a key gets a placeholder key, because the SDK refuses to start without one
and such servers ignore it.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import instructor
import openai
from openai._base_client import make_request_options
from openai.types.chat import ChatCompletion

from summitparse.config import Settings, normalise_base_url
from summitparse.llm.failures import NotACompletionError
from summitparse.llm.secrets import redact_library_logs
from summitparse.llm.transport import BoundedAsyncTransport, BoundedTransport

__all__ = ["AsyncClients", "SyncClients", "instructor_mode", "make_async", "make_sync", "with_mode"]

_MODES = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json_object": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
}
_NO_KEY = "no-key-needed"

C = TypeVar("C", "SyncClients", "AsyncClients")


def _check_response_models_once() -> None:
    """Let instructor check each response model for async validators once, not on every call.

    instructor 1.17 walks the response model's whole MRO (every attribute of every pydantic base)
    before each call to refuse async validators: ~12 ms of CPU per article at concurrency 16,
    about 40 % of the client's work (``benchmarks/batch_throughput.py``). The answer depends only
    on the model class, so a class that passed once passes again.
    """
    try:
        from instructor.v2.validation import async_validators
    except ImportError:  # other instructor versions: nothing to speed up
        return
    check = async_validators.reject_async_validators
    if getattr(check, "summitparse_once", False):
        return
    passed: set[int] = set()

    def once(response_model: Any) -> None:
        if isinstance(response_model, type) and id(response_model) in passed:
            return
        check(response_model)
        if isinstance(response_model, type):
            passed.add(id(response_model))

    once.summitparse_once = True  # type: ignore[attr-defined]
    async_validators.reject_async_validators = once
    try:  # the patched create functions imported the check by name
        from instructor.v2.core import patch as instructor_patch
    except ImportError:  # pragma: no cover - other instructor layouts
        return
    if getattr(instructor_patch, "reject_async_validators", None) is check:
        setattr(instructor_patch, "reject_async_validators", once)  # noqa: B010 - not exported


_check_response_models_once()

logging.getLogger("instructor").addHandler(logging.NullHandler())


def instructor_mode(mode: str) -> instructor.Mode:
    return _MODES[mode]


#: ``create`` keyword arguments that are request options, not body fields.
_OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout")


def _split(kwargs: dict[str, Any]) -> tuple[dict[str, Any], Any]:
    options = {key: kwargs.pop(key) for key in _OPTIONS if key in kwargs}
    return kwargs, make_request_options(**options, security={"bearer_auth": True})


def _checked(completion: Any) -> ChatCompletion:
    """``completion`` when it has choices: a 200 with other JSON is the wrong endpoint, not a
    model's bad answer, and re-asking it cannot help."""
    choices = getattr(completion, "choices", None)
    if isinstance(choices, list) and choices:
        return completion  # type: ignore[no-any-return]
    if isinstance(completion, str | bytes):  # the SDK hands back a body that is not JSON as is
        text = completion if isinstance(completion, str) else completion.decode("utf-8", "replace")
        page = "an HTML page" if text.lstrip().startswith("<") else "text that is not JSON"
        raise NotACompletionError(f"a 200 with {page}")
    extra = getattr(completion, "model_extra", None) or {}
    keys = ", ".join(sorted(str(key) for key in extra)[:6]) or "none"
    raise NotACompletionError(f"a 200 whose JSON has no choices (its keys: {keys})")


def _direct_create(raw: openai.OpenAI) -> Callable[..., ChatCompletion]:
    """``raw.chat.completions.create`` for non-streamed calls, posting the body untransformed."""
    fallback = raw.chat.completions.create

    def create(**kwargs: Any) -> ChatCompletion:
        if kwargs.get("stream"):
            return fallback(**kwargs)  # type: ignore[no-any-return]
        body, options = _split(kwargs)
        return _checked(
            raw.post("/chat/completions", body=body, options=options, cast_to=ChatCompletion)
        )

    return create


def _adirect_create(raw: openai.AsyncOpenAI) -> Callable[..., Awaitable[ChatCompletion]]:
    """The async twin of :func:`_direct_create`."""
    fallback = raw.chat.completions.create

    async def create(**kwargs: Any) -> ChatCompletion:
        if kwargs.get("stream"):
            return await fallback(**kwargs)  # type: ignore[no-any-return]
        body, options = _split(kwargs)
        return _checked(
            await raw.post("/chat/completions", body=body, options=options, cast_to=ChatCompletion)
        )

    return create


def _patched(raw: openai.OpenAI | openai.AsyncOpenAI, mode: str) -> Any:
    """An instructor client over ``raw`` whose create posts directly (see the module notes);
    instructor's own ``from_openai`` where its internals differ."""
    try:
        from instructor.v2.core.client import AsyncInstructor, Instructor
        from instructor.v2.core.patch import patch_v2
        from instructor.v2.core.providers import Provider
        from instructor.v2.core.registry import normalize_mode
    except ImportError:  # pragma: no cover - other instructor layouts
        return instructor.from_openai(raw, mode=instructor_mode(mode))
    wanted = normalize_mode(Provider.OPENAI, instructor_mode(mode))
    if isinstance(raw, openai.AsyncOpenAI):
        create = patch_v2(func=_adirect_create(raw), provider=Provider.OPENAI, mode=wanted)
        return AsyncInstructor(client=raw, create=create, provider=Provider.OPENAI, mode=wanted)
    create = patch_v2(func=_direct_create(raw), provider=Provider.OPENAI, mode=wanted)
    return Instructor(client=raw, create=create, provider=Provider.OPENAI, mode=wanted)


def _key(settings: Settings) -> str:
    return settings.api_key.get_secret_value() if settings.api_key else _NO_KEY


@dataclass(frozen=True)
class SyncClients:
    """An instructor client over the openai client it patches (kept to close it)."""

    raw: openai.OpenAI
    patched: instructor.Instructor


@dataclass(frozen=True)
class AsyncClients:
    raw: openai.AsyncOpenAI
    patched: instructor.AsyncInstructor


def make_sync(settings: Settings, mode: str) -> SyncClients:
    """Clients for ``mode`` (a concrete mode, never ``"auto"``)."""
    transport = BoundedTransport(timeout=settings.timeout, max_bytes=settings.max_response_bytes)
    raw = openai.OpenAI(
        api_key=_key(settings),
        base_url=normalise_base_url(settings.base_url),
        timeout=settings.timeout,
        max_retries=0,
        http_client=openai.DefaultHttpxClient(transport=transport, follow_redirects=False),
    )
    redact_library_logs(_key(settings))
    return SyncClients(raw, _patched(raw, mode))


def make_async(settings: Settings, mode: str) -> AsyncClients:
    """Async clients for ``mode`` (a concrete mode, never ``"auto"``)."""
    transport = BoundedAsyncTransport(
        timeout=settings.timeout, max_bytes=settings.max_response_bytes
    )
    raw = openai.AsyncOpenAI(
        api_key=_key(settings),
        base_url=normalise_base_url(settings.base_url),
        timeout=settings.timeout,
        max_retries=0,
        http_client=openai.DefaultAsyncHttpxClient(transport=transport, follow_redirects=False),
    )
    redact_library_logs(_key(settings))
    return AsyncClients(raw, _patched(raw, mode))


def with_mode(clients: C, mode: str) -> C:
    """The same connections, patched for another mode (after ``auto`` chose one)."""
    return type(clients)(clients.raw, _patched(clients.raw, mode))
