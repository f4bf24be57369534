"""The LLM backend as users reach it: summitparse.extract, Extractor and the command line.

Same loopback endpoint as the other LLM tests (real openai client and instructor); here the
assertions are on what a user of the library or the CLI sees: the JSON line, meta.backend,
meta.fallback, exit codes, and that the key appears nowhere.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fake_openai import Answer, FakeOpenAI, Reply
from llm_fixtures import MODEL, SECRET, seed_answer, seed_text, server

import summitparse
from summitparse.cli import main

__all__ = ["server"]

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def endpoint(server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch) -> FakeOpenAI:
    """The standard OPENAI_* variables point at the loopback server; retries are quick."""
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    monkeypatch.setenv("SUMMITPARSE_MAX_RETRIES", "1")
    monkeypatch.setenv("SUMMITPARSE_TIMEOUT", "5")
    return server


def _lines(capsys: pytest.CaptureFixture[str]) -> tuple[list[dict], str]:
    captured = capsys.readouterr()
    assert SECRET not in captured.out + captured.err
    return [json.loads(line) for line in captured.out.splitlines()], captured.err


def test_cli_with_openai_variables_uses_the_llm(
    endpoint: FakeOpenAI, capsys: pytest.CaptureFixture[str]
) -> None:
    endpoint.push(Reply(body=Answer(arguments=seed_answer())))
    assert main(["extract", str(ROOT / "seeds"), "--model", MODEL]) == 0
    (line,), _ = _lines(capsys)
    assert line["meta"]["backend"] == "llm"
    assert line["meta"]["model"] == MODEL
    assert line["meta"]["prompt"].startswith("extract@")
    assert line["meta"]["usage"]["prompt_tokens"] > 0
    text = seed_text()
    summitparse.Extraction.model_validate(line, context={"text": text})  # every span in the text
    assert {p["name"] for p in line["summits"][0]["participants"]} == {
        "Sanae Takaichi",
        "Giorgia Meloni",
    }
    assert endpoint.requests[0].body["model"] == MODEL


def test_an_endpoint_that_always_fails_gives_the_rules_records_and_exit_0(
    endpoint: FakeOpenAI, capsys: pytest.CaptureFixture[str]
) -> None:
    endpoint.fallback = Reply(status=500, body={"error": {"message": "boom"}})
    assert main(["extract", str(ROOT / "seeds"), "--model", MODEL]) == 4
    (line,), err = _lines(capsys)
    assert line["meta"]["backend"] == "rules"
    assert "500" in line["meta"]["fallback"]
    assert line["summits"]
    assert line["quotes"]
    assert "1 fell back to rules" in err


def test_schema_valid_nonsense_yields_nothing_outside_the_article(endpoint: FakeOpenAI) -> None:
    nonsense = seed_answer()  # the right shape, made-up content
    summit = nonsense["summits"][0]
    summit.update(location="Paris", country="FR", name="Paris Peace Summit")
    summit["evidence"] = ["Leaders gathered in Paris for a peace summit."]
    for quote in nonsense["quotes"]:
        quote["text"] = "We will conquer the moon together, " + quote["text"][:5]
    for agreement in nonsense["agreements"]:
        agreement["evidence"] = ["The two sides signed a treaty on lunar mining."]
    endpoint.fallback = Reply(body=Answer(arguments=nonsense))
    x = summitparse.extract(seed_text(), model=MODEL)
    assert x.meta.backend == "llm"
    assert x.summits == []
    assert x.quotes == []
    assert x.agreements == []
    assert any("Paris" in w for w in x.meta.warnings)
    x.check_spans(seed_text())


def test_fallback_false_raises_a_backend_error_without_the_key(endpoint: FakeOpenAI) -> None:
    endpoint.fallback = Reply(status=500, body={"error": {"message": "boom"}})
    extractor = summitparse.Extractor(backend="llm", model=MODEL, fallback=False)
    assert SECRET not in repr(extractor)
    with pytest.raises(summitparse.BackendError) as caught:
        extractor.extract(seed_text())
    assert SECRET not in str(caught.value)


def test_extract_many_never_raises_for_a_failing_endpoint(endpoint: FakeOpenAI) -> None:
    endpoint.fallback = Reply(status=500, body={"error": {"message": "boom"}})
    results = list(summitparse.extract_many([seed_text(), ""], model=MODEL, concurrency=2))
    assert isinstance(results[0], summitparse.Extraction)
    assert results[0].meta.fallback
    assert isinstance(results[1], summitparse.ExtractionError)
    assert results[1].error.type == "EmptyTextError"


async def _aextract() -> summitparse.Extraction:
    return await summitparse.aextract(seed_text(), model=MODEL)


def test_aextract_uses_the_async_client(endpoint: FakeOpenAI) -> None:
    import asyncio

    endpoint.push(Reply(body=Answer(arguments=seed_answer())))
    x = asyncio.run(_aextract())
    assert x.meta.backend == "llm"
    assert x.summits
