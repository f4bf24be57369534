"""The API key never leaves the process, however an echoing endpoint changes it on the way back.

Through the real client against endpoints that echo the key verbatim, upper-cased, lower-cased,
case-swapped or cut short, into evidence (quoted by warnings, one quote cut right inside the
key), free-text fields and error bodies: nothing of the key reaches the output line, the cache or
the exception chain. A placeholder key shorter than ``MIN_SECRET_LENGTH`` is never redacted, so
it cannot mangle the text.
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

import pytest
from fake_openai import FakeOpenAI
from fake_openai_echo import SHAPES, echo_key
from llm_fixtures import MODEL, SECRET, seed_answer, seed_text, server

from summitparse import Extractor
from summitparse.llm import LLMFailure
from summitparse.llm.secrets import FRAGMENT, MIN_SECRET_LENGTH, clip, scrub

__all__ = ["server"]


def _leaks(text: str, key: str = SECRET) -> list[str]:
    """Pieces of ``key`` (FRAGMENT characters or more, any case) that stand in ``text``."""
    folded, secret = text.casefold(), key.casefold()
    return sorted(
        {
            secret[i : i + FRAGMENT]
            for i in range(len(secret) - FRAGMENT + 1)
            if secret[i : i + FRAGMENT] in folded
        }
    )


def _extract(server: FakeOpenAI, cache: Path | bool, **options: object) -> str:
    extractor = Extractor(
        "llm", model=MODEL, base_url=server.base_url, api_key=SECRET, cache=cache, **options
    )
    try:
        return extractor.extract(seed_text()).model_dump_json()
    finally:
        extractor.close()


def _cache_bytes(path: Path) -> str:
    return b"".join(p.read_bytes() for p in path.rglob("*") if p.is_file()).decode(
        "utf-8", "replace"
    )


@pytest.mark.parametrize("shape", SHAPES)
def test_an_echoed_key_in_any_shape_reaches_neither_output_nor_cache(
    server: FakeOpenAI, tmp_path: Path, shape: str
) -> None:
    server.push(echo_key(seed_answer(), shape))
    line = _extract(server, tmp_path / "cache")
    assert '"backend":"llm"' in line
    assert _leaks(line) == []
    assert _leaks(_cache_bytes(tmp_path / "cache")) == []


@pytest.mark.parametrize("shape", list(SHAPES))
def test_records_never_hold_an_echoed_key_in_any_shape(server: FakeOpenAI, shape: str) -> None:
    server.push(echo_key(seed_answer(), shape))
    extractor = Extractor("llm", model=MODEL, base_url=server.base_url, api_key=SECRET, cache=False)
    result = extractor.extract(seed_text())
    extractor.close()
    assert result.meta.backend == "llm"
    records = result.model_dump_json(exclude={"meta"})
    assert _leaks(records) == []
    assert [s.location for s in result.summits] == ["Tokyo"]  # the rest is kept


@pytest.mark.parametrize("shape", SHAPES)
def test_an_echoed_key_with_fallback_off_stays_out_of_the_chain(
    server: FakeOpenAI, shape: str
) -> None:
    server.push(echo_key({}, shape, status=401))
    with pytest.raises(LLMFailure) as caught:
        _extract(server, False, fallback=False, max_retries=0)
    chain = "".join(traceback.format_exception(caught.value)) + repr(vars(caught.value))
    assert _leaks(chain) == []


def test_the_chained_cause_is_replaced_when_it_holds_the_key_in_another_case(
    server: FakeOpenAI,
) -> None:
    server.push(echo_key({}, "upper", status=401))
    with pytest.raises(LLMFailure) as caught:
        _extract(server, False, fallback=False, max_retries=0)
    cause = caught.value.__cause__
    assert cause is not None
    assert _leaks("".join(traceback.format_exception(cause))) == []


def test_a_warning_quote_is_never_cut_inside_a_word() -> None:
    text = "x" * 44 + " " + SECRET + " and more words after it"
    quoted = clip(text, 60)
    assert SECRET[:10] not in quoted
    assert quoted.endswith("…")
    assert clip("short text", 60) == "short text"
    assert clip(SECRET * 5, 60) == "…"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(f"key {SECRET} here", "key *** here", id="verbatim"),
        pytest.param(f"key {SECRET.upper()} here", "key *** here", id="upper-case"),
        pytest.param(f"key {SECRET[:14]}… here", "key ***… here", id="cut-short"),
        pytest.param(f"{SECRET}{SECRET}", "***", id="twice-in-a-row"),
        pytest.param("sk-test was mentioned", "sk-test was mentioned", id="a-short-piece-stays"),
    ],
)
def test_scrub(text: str, expected: str) -> None:
    assert scrub(text, SECRET) == expected


@pytest.mark.parametrize("key", ["x", "none", "EMPTY", "ollama", "sk-1234"])
def test_a_placeholder_key_is_never_redacted(key: str) -> None:
    assert len(key) < MIN_SECRET_LENGTH
    text = "Mexico and the next summit: none of the EMPTY ollama sk-1234 talk"
    assert scrub(text, key) == text


def test_a_short_placeholder_key_does_not_mangle_the_records(server: FakeOpenAI) -> None:
    server.push(echo_key(seed_answer(), "verbatim"))
    extractor = Extractor("llm", model=MODEL, base_url=server.base_url, api_key="a", cache=False)
    result = extractor.extract(seed_text())
    extractor.close()
    assert result.meta.backend == "llm"
    assert result.summits[0].occasion == "160th anniversary of diplomatic relations"
    assert "***" not in result.model_dump_json(exclude={"meta"})


@pytest.mark.parametrize("shape", ["verbatim", "upper"])
def test_an_echoed_key_stays_out_of_the_libraries_logs(
    server: FakeOpenAI, caplog: pytest.LogCaptureFixture, shape: str
) -> None:
    # An application that logs at DEBUG sees what instructor, openai and httpx log, failed
    # attempts' error bodies included.
    server.push(echo_key({}, shape, status=401))
    with caplog.at_level(logging.DEBUG):
        _extract(server, False, max_retries=0)
    logged = "\n".join(
        logging.Formatter("%(name)s %(message)s").format(record) for record in caplog.records
    )
    assert caplog.records
    assert _leaks(logged) == []
