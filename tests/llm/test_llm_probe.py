"""``mode="auto"``: the endpoint is probed once per backend, best form first, through the real
client; the chosen mode is used for every article and reported in ``meta.usage``."""

from __future__ import annotations

import asyncio
from typing import Any

from fake_openai import Answer, FakeOpenAI, Received, Reply
from llm_fixtures import backend_for, seed_answer, seed_rules, seed_text

from summitparse.records import Records

PROBE_OK = {"ok": True, "word": "yes"}


def _llama_cpp_python(received: Received) -> Reply:
    """Like llama-cpp-python's server: a json_schema response_format is a 500 saying so."""
    form: dict[str, Any] = received.body.get("response_format") or {}
    if form.get("type") == "json_schema":
        message = "response_format.type must be 'text' or 'json_object'"
        return Reply(500, {"error": {"message": message}})
    if received.body.get("max_tokens") == 32:  # a probe
        return Reply(body=Answer(PROBE_OK))
    return Reply(body=Answer(seed_answer()))


def test_auto_falls_back_to_json_object_when_json_schema_is_refused() -> None:
    text = seed_text()
    with FakeOpenAI() as server:
        server.fallback = _llama_cpp_python  # type: ignore[assignment]
        backend = backend_for(server.base_url, mode="auto")
        first = backend.extract(text, rules=seed_rules(text))
        second = backend.extract(text, rules=seed_rules(text))
        backend.close()
        forms = [(r.body.get("response_format") or {}).get("type") for r in server.requests]

    assert backend.probe is not None
    assert backend.probe.mode == "json_object"
    assert backend.probe.tried[0][0] == "json_schema"
    assert "must be 'text' or 'json_object'" in backend.probe.tried[0][1]
    assert forms == ["json_schema", "json_object", "json_object", "json_object"]  # probed once
    assert first.usage["mode"] == second.usage["mode"] == "json_object"
    assert len(first.records.agreements) == 2


def test_auto_picks_json_schema_when_accepted_and_probes_once_under_concurrency() -> None:
    def server_reply(received: Received) -> Reply:
        if received.body.get("max_tokens") == 32:
            return Reply(body=Answer(PROBE_OK))
        return Reply(body=Answer(seed_answer()))

    async def run(base_url: str) -> list[dict[str, Any]]:
        backend = backend_for(base_url, mode="auto")
        outcomes = await asyncio.gather(
            *(backend.aextract(seed_text(), rules=Records()) for _ in range(4))
        )
        await backend.aclose()
        return [o.usage for o in outcomes]

    with FakeOpenAI() as server:
        server.fallback = server_reply  # type: ignore[assignment]
        usages = asyncio.run(run(server.base_url))
        probes = [r for r in server.requests if r.body.get("max_tokens") == 32]
    assert len(probes) == 1
    assert {u["mode"] for u in usages} == {"json_schema"}
