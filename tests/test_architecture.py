"""The layering holds, checked on the source (a lazy import inside a function counts too).

What each layer may import is the contract of docs/architecture.md:

- ``text/``, ``rules/`` and ``io/`` are the offline core: they never import the LLM stack
  (``openai``, ``instructor``, ``tenacity``, ``summitparse.llm``), the engines, the CLI or Ray,
  so the rules backend stays light, offline and usable on its own;
- ``models.py`` imports nothing of ours but ``errors``: the public records stand alone;
- ``evaluate.py`` and ``records.py`` are offline too (eval runs without a key);
- only ``config.py`` reads the environment.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "summitparse"
LLM_STACK = ("openai", "instructor", "tenacity", "ray", "summitparse.llm")
UPPER_LAYERS = (
    "summitparse.engine",
    "summitparse.extractor",
    "summitparse.pipeline",
    "summitparse.cli",
    "summitparse.review",
    "summitparse.ray",
)
CORE = sorted(
    path
    for folder in ("text", "rules", "io", "events")
    for path in PACKAGE.joinpath(folder).rglob("*.py")
)
OFFLINE_MODULES = sorted(PACKAGE / name for name in ("evaluate.py", "records.py", "errors.py"))


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _matching(names: set[str], prefixes: tuple[str, ...]) -> set[str]:
    return {n for n in names for p in prefixes if n == p or n.startswith(p + ".")}


def _id(path: Path) -> str:
    return str(path.relative_to(PACKAGE))


@pytest.mark.parametrize("path", CORE, ids=_id)
def test_the_offline_core_imports_no_llm_no_engine_no_cli(path: Path) -> None:
    bad = _matching(_imports(path), LLM_STACK + UPPER_LAYERS)
    assert not bad, f"{_id(path)} imports {sorted(bad)}"


@pytest.mark.parametrize("path", OFFLINE_MODULES, ids=_id)
def test_eval_and_records_stay_offline(path: Path) -> None:
    bad = _matching(_imports(path), LLM_STACK + UPPER_LAYERS)
    assert not bad, f"{_id(path)} imports {sorted(bad)}"


def test_models_import_nothing_of_ours_but_errors() -> None:
    ours = {n for n in _imports(PACKAGE / "models.py") if n.startswith("summitparse")}
    assert ours <= {"summitparse.errors"}, sorted(ours)


EVENTS_ALLOWED = (
    "summitparse.models",
    "summitparse.errors",
    "summitparse.io",
    "summitparse.rules.places",
    "summitparse.events",
    "summitparse._version",
)


@pytest.mark.parametrize(
    "path", sorted(PACKAGE.joinpath("events").rglob("*.py")), ids=lambda p: p.name
)
def test_events_import_only_models_errors_io_and_places(path: Path) -> None:
    ours = {name for name in _imports(path) if name.startswith("summitparse")}
    bad = {n for n in ours if not any(n == a or n.startswith(a + ".") for a in EVENTS_ALLOWED)}
    assert not bad, f"{path.name} imports {sorted(bad)}"


def test_only_config_reads_the_environment() -> None:
    readers = [
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if "os.environ" in path.read_text(encoding="utf-8")
        or "getenv" in path.read_text(encoding="utf-8")
    ]
    assert readers == ["config.py"]
