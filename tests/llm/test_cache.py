"""The LLM response cache on disk: round trip, location, damage and concurrent writers."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from summitparse.config import default_cache_dir, resolve_settings
from summitparse.llm.cache import CACHE_FILE, CachedOutcome, ResponseCache, cache_key
from summitparse.models import Figure
from summitparse.records import Records

TEXT = "The deal is worth $5 billion."


def _outcome(tag: str = "a") -> CachedOutcome:
    figure = Figure(start=18, end=28, text="$5 billion", kind="money", value=5e9, currency="USD")
    return CachedOutcome(
        Records(figures=[figure]),
        [f"warning {tag}"],
        {"prompt_tokens": 10, "completion_tokens": 2},
        "m",
        "extract@v1",
    )


def test_round_trip_keeps_records_warnings_and_usage(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path)
    key = cache_key(TEXT, "m", "v1")
    assert cache.get(key) is None
    cache.put(key, _outcome())
    hit = ResponseCache(tmp_path).get(key)  # a new process would open it like this
    assert hit is not None
    assert hit.records.figures[0].text == "$5 billion"
    assert hit.warnings == ["warning a"]
    assert hit.usage["prompt_tokens"] == 10
    assert (hit.model, hit.prompt_version) == ("m", "extract@v1")


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        pytest.param(TEXT + " ", ("m", "v1"), id="other-text"),
        pytest.param(TEXT, ("m2", "v1"), id="other-model"),
        pytest.param(TEXT, ("m", "v2"), id="other-prompt"),
    ],
)
def test_key_changes_with_text_and_configuration(text: str, parts: tuple[str, ...]) -> None:
    assert cache_key(text, *parts) != cache_key(TEXT, "m", "v1")


def test_a_damaged_file_turns_the_cache_off_without_failing(tmp_path: Path) -> None:
    (tmp_path / CACHE_FILE).write_bytes(b"this is not a database" * 100)
    cache = ResponseCache(tmp_path)
    assert cache.get("k") is None
    cache.put("k", _outcome())
    assert cache.problem is not None
    assert CACHE_FILE in cache.problem


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_an_unwritable_folder_turns_the_cache_off(tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        cache = ResponseCache(tmp_path / "sub")
        cache.put("k", _outcome())
        assert cache.problem is not None
    finally:
        tmp_path.chmod(0o700)


def test_a_cache_path_that_is_a_file_turns_the_cache_off(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    cache = ResponseCache(blocker)
    cache.put("k", _outcome())
    assert cache.get("k") is None
    assert cache.problem is not None


def test_concurrent_writers_threads_and_connections(tmp_path: Path) -> None:
    shared = ResponseCache(tmp_path)
    errors: list[BaseException] = []

    def write(worker: int) -> None:
        own = ResponseCache(tmp_path)  # a second connection, as another process would hold
        try:
            for n in range(40):
                target = shared if n % 2 else own
                target.put(f"{worker}-{n}", _outcome(str(n)))
                assert target.get(f"{worker}-{n}") is not None
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            own.close()

    threads = [threading.Thread(target=write, args=(w,)) for w in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert shared.problem is None
    assert all(shared.get(f"{w}-{n}") for w in range(6) for n in range(40))


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        pytest.param({"HOME": "/h"}, Path("/h/.cache/summitparse"), id="home"),
        pytest.param({"XDG_CACHE_HOME": "/x"}, Path("/x/summitparse"), id="xdg"),
        pytest.param(
            {"XDG_CACHE_HOME": "/x", "SUMMITPARSE_CACHE_DIR": "/s"}, Path("/s"), id="explicit"
        ),
    ],
)
def test_default_location(
    environ: dict[str, str], expected: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", environ.get("HOME", "/h"))
    assert default_cache_dir(environ) == expected


@pytest.mark.parametrize(
    ("cache", "environ", "expected"),
    [
        pytest.param(None, {"SUMMITPARSE_CACHE_DIR": "/s"}, Path("/s"), id="default-on"),
        pytest.param(None, {"SUMMITPARSE_CACHE": "off"}, None, id="env-off"),
        pytest.param(False, {}, None, id="argument-off"),
        pytest.param("/p", {"SUMMITPARSE_CACHE": "off"}, Path("/p"), id="argument-path"),
    ],
)
def test_settings_cache_switch(
    cache: bool | str | None, environ: dict[str, str], expected: Path | None
) -> None:
    env = {"OPENAI_BASE_URL": "http://127.0.0.1:1/v1", **environ}
    assert resolve_settings(backend="auto", cache=cache, environ=env).cache_dir == expected


def test_the_rules_backend_has_no_cache() -> None:
    assert resolve_settings(backend="rules", cache=True, environ={}).cache_dir is None
