"""The layering holds: the offline path never imports the LLM stack.

rules/, text/, evaluate.py and the models are what runs with no key and no network; if one of
them imported openai, instructor or summitparse.llm, the rules backend would stop being light
and offline. Checked on the source, so a lazy import inside a function counts too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "summitparse"
OFFLINE = sorted(
    [*PACKAGE.joinpath("rules").glob("*.py"), *PACKAGE.joinpath("text").glob("*.py")]
    + [*PACKAGE.joinpath("events").rglob("*.py")]
    + [PACKAGE / name for name in ("evaluate.py", "models.py", "errors.py", "records.py")]
)
FORBIDDEN = ("openai", "instructor", "tenacity", "summitparse.llm", "ray")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", OFFLINE, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_offline_modules_do_not_import_the_llm_stack(path: Path) -> None:
    bad = {
        name
        for name in _imports(path)
        for forbidden in FORBIDDEN
        if name == forbidden or name.startswith(forbidden + ".")
    }
    assert not bad, f"{path.name} imports {sorted(bad)}"


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
