"""The whole LLM path against a real llama.cpp ``llama-server`` with SmolLM2-135M-Instruct.

What a 135M-parameter model can deliver is little, so the assertions are about summitparse, not
the model: every mode the server supports is accepted (no HTTP error for the request shapes we
send), the answer is parsed or repaired, everything returned is grounded in the article, nothing
invented survives, each article ends within its time budget, and tokens are counted whether the
model's records were kept or the rules had to stand in (then with a reason and a kind).
Articles are one sentence and ``max_tokens`` small, so the module takes a few minutes even on a
busy 2-core machine. Skipped (with the reason) where ``LLAMA_SERVER`` / ``LLAMA_MODEL`` are unset.
"""

from __future__ import annotations

import pytest
from llama_server import ALIAS, llama_server

from summitparse import Extractor
from summitparse.config import resolve_settings
from summitparse.llm import LLMBackend
from summitparse.models import Extraction
from summitparse.records import Records

__all__ = ["llama_server"]

pytestmark = pytest.mark.real_llm

ARTICLE = (
    "TOKYO, January 16, 2026 - Japanese Prime Minister Sanae Takaichi met Italian Prime "
    "Minister Giorgia Meloni in Tokyo on Friday and announced a special strategic partnership."
)
BUDGET = 150.0
KINDS = {
    "auth", "not_found", "unreachable", "bad_request", "context_overflow", "timeout",
    "time_budget", "rate_limited", "server_error", "invalid_answer", "other",
}  # fmt: skip


def _extract(base_url: str, mode: str) -> Extraction:
    extractor = Extractor(
        "llm",
        model=ALIAS,
        base_url=base_url,
        mode=mode,
        max_tokens=64,
        time_budget=BUDGET,
        timeout=BUDGET,
        max_retries=0,
        max_reasks=0,
        cache=False,
    )
    try:
        return extractor.extract(ARTICLE, published="2026-01-16")
    finally:
        extractor.close()


def _assert_honest(result: Extraction) -> None:
    usage = result.meta.usage
    assert usage is not None
    assert usage["attempts"] >= 1
    assert usage["prompt_tokens"] > 0
    assert usage["latency_s"] <= BUDGET + 5  # the bound the backend itself reports
    if result.meta.backend == "llm":
        for summit in result.summits:
            assert all(p.name in ARTICLE for p in summit.participants)
            assert summit.location is None or summit.location in ARTICLE
            assert all(ARTICLE[s.start : s.end] == s.text for s in summit.evidence)
        for agreement in result.agreements:
            assert all(ARTICLE[s.start : s.end] == s.text for s in agreement.evidence)
        for quote in result.quotes:
            assert ARTICLE[quote.span.start : quote.span.end] == quote.span.text
    else:
        assert result.meta.fallback
        assert result.meta.fallback_kind in KINDS
        assert result.meta.fallback_kind not in ("bad_request", "not_found", "auth")


@pytest.mark.parametrize("mode", ["json_schema", "json_object", "tools", "md_json"])
def test_every_mode_is_accepted_and_bounded(llama_server: str, mode: str) -> None:
    result = _extract(llama_server, mode)
    assert result.meta.usage is not None
    assert result.meta.usage["mode"] == mode
    _assert_honest(result)


def test_auto_probes_once_and_picks_json_schema(llama_server: str) -> None:
    settings = resolve_settings(
        backend="llm",
        environ={},
        model=ALIAS,
        base_url=llama_server,
        mode="auto",
        max_tokens=64,
        time_budget=BUDGET,
        timeout=BUDGET,
        max_retries=0,
        max_reasks=0,
        cache=False,
    )
    backend = LLMBackend(settings)
    try:
        try:
            outcome = backend.extract(ARTICLE, rules=Records())
            usage = outcome.usage
        except Exception as error:  # a tiny model may fail; the probe must still have chosen
            usage = getattr(error, "usage", {})
        assert backend.probe is not None
        assert backend.probe.tried[0] == ("json_schema", "accepted")
        assert backend.mode == "json_schema"
        assert usage["mode"] == "json_schema"
        assert usage["latency_s"] <= BUDGET + 5
    finally:
        backend.close()
