"""The LLM backend: instructor over the openai SDK, any OpenAI-compatible endpoint.

The only package that imports ``openai``, ``instructor`` and ``tenacity``; the rules path never
imports it, so it stays offline. The lead-facing seam::

    backend = LLMBackend(settings)
    outcome = backend.extract(text, reference=date_or_none, rules=records)
    outcome = await backend.aextract(text, reference=date_or_none, rules=records)

``outcome`` is an :class:`LLMOutcome` (records, warnings, usage, model, prompt_version); a model
that fails for good raises :class:`LLMFailure` (a :class:`~summitparse.errors.BackendError`)
whose ``reason`` says why in a few words.
"""

from summitparse.llm.backend import LLMBackend, LLMOutcome
from summitparse.llm.failures import LLMFailure
from summitparse.llm.retry import RetryPolicy

__all__ = ["LLMBackend", "LLMFailure", "LLMOutcome", "RetryPolicy"]
