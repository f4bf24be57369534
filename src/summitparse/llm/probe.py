"""``mode="auto"``: ask the endpoint once which structured-output form it honours.

Servers differ (measured against the servers users run):

=======================  ===========  ===========  =================  ========
server                   json_schema  json_object  tools (string)     md_json
=======================  ===========  ===========  =================  ========
OpenAI                   yes          yes          yes                yes
vLLM, Ollama >= 0.5      yes          yes          model-dependent    yes
llama.cpp llama-server   yes          yes          yes (needs --jinja) yes
llama-cpp-python server  HTTP 500     yes          yes                yes
=======================  ===========  ===========  =================  ========

Each probe is one tiny request (``max_tokens`` 32, a two-field schema) in the order of that table,
best first: ``json_schema`` (a grammar or structured output: the answer always parses), then
``json_object``, then ``tools`` with ``tool_choice`` as a string, then ``md_json``, which needs
nothing from the server. A probe counts as accepted when the server answers 200 in the asked
form: JSON content for the two ``response_format`` modes, a tool call for ``tools``. A probe the
server refuses (4xx, or a 500 saying the request is invalid) moves on to the next form; an error
that no form can fix (wrong key, unknown model, connection refused) is raised, so the article
fails with that reason and the next article probes again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import openai

from summitparse.llm.failures import quota_spent, request_rejected, server_words, unknown_model
from summitparse.llm.repair import parse_json

__all__ = ["PROBE_ORDER", "Probe", "ProbeResult", "accepted", "probe_requests", "refused"]

PROBE_ORDER = ("json_schema", "json_object", "tools", "md_json")

_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"ok": {"type": "boolean"}, "word": {"type": "string"}},
    "required": ["ok", "word"],
    "additionalProperties": False,
}
_MESSAGES = [
    {"role": "system", "content": 'Answer with the JSON object {"ok": true, "word": "yes"}.'},
    {"role": "user", "content": "Are you there?"},
]


@dataclass(frozen=True)
class Probe:
    mode: str
    kwargs: dict[str, Any]


@dataclass(frozen=True)
class ProbeResult:
    """The mode chosen and, per form tried, what the server did (for ``meta`` and the logs)."""

    mode: str
    tried: tuple[tuple[str, str], ...]


def probe_requests(model: str) -> list[Probe]:
    """The probe requests, best form first (``md_json`` needs no probe)."""
    base = {"model": model, "messages": _MESSAGES, "max_tokens": 32, "temperature": 0}
    return [
        Probe(
            "json_schema",
            {
                **base,
                "response_format": {
                    "type": "json_schema",
                    "json_schema": {"name": "probe", "schema": _SCHEMA, "strict": True},
                },
            },
        ),
        Probe("json_object", {**base, "response_format": {"type": "json_object"}}),
        Probe(
            "tools",
            {
                **base,
                "tools": [
                    {
                        "type": "function",
                        "function": {"name": "probe", "parameters": _SCHEMA},
                    }
                ],
                "tool_choice": "required",
            },
        ),
    ]


def accepted(mode: str, completion: Any) -> str | None:
    """``None`` when ``completion`` answers the probe in the asked form, else what was wrong."""
    choices = getattr(completion, "choices", None)
    if not choices:
        return "no chat completion in the answer"
    message = choices[0].message
    if mode == "tools":
        return None if getattr(message, "tool_calls", None) else "answered without a tool call"
    content = getattr(message, "content", None) or ""
    return None if isinstance(parse_json(content), dict) else "answered without JSON"


def refused(error: BaseException) -> str | None:
    """What the server said when it refused a probe's form, or ``None`` for other errors."""
    if isinstance(error, openai.APIStatusError) and request_rejected(error):
        if error.status_code in (401, 402, 403, 404) or quota_spent(error) or unknown_model(error):
            return None  # the key, the account or the model is wrong: no form helps
        words = server_words(error, limit=120)
        return f"HTTP {error.status_code}" + (f": {words}" if words else "")
    return None
