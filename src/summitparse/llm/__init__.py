"""The LLM backend: instructor over the openai SDK, any OpenAI-compatible endpoint.

The only package that imports ``openai``, ``instructor`` and ``tenacity``; the rules path never
imports it, so it stays offline. The lead-facing seam::

    backend = LLMBackend(settings)
    outcome = backend.extract(text, reference=date_or_none, rules=records)
    outcome = await backend.aextract(text, reference=date_or_none, rules=records)

``outcome`` is an :class:`LLMOutcome` (records, warnings, usage, model, prompt_version); a model
that fails for good raises :class:`LLMFailure` (a :class:`~summitparse.errors.BackendError`)
whose ``reason`` says why in a few words.

The names are loaded on first use, so the parts that need no SDK (grounding, merge, the cache
key) can be imported without paying for ``openai`` and ``instructor``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from summitparse.llm.backend import LLMBackend, LLMOutcome
    from summitparse.llm.failures import LLMFailure
    from summitparse.llm.retry import RetryPolicy

__all__ = ["LLMBackend", "LLMFailure", "LLMOutcome", "RetryPolicy"]

_HOMES = {
    "LLMBackend": "summitparse.llm.backend",
    "LLMOutcome": "summitparse.llm.backend",
    "LLMFailure": "summitparse.llm.failures",
    "RetryPolicy": "summitparse.llm.retry",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
