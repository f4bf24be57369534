"""The public surface is the contract: keep it exact, importable and offline."""

from __future__ import annotations

import subprocess
import sys

import summitparse

CONTRACT_NAMES = {
    "extract",
    "aextract",
    "extract_many",
    "find_dates",
    "find_figures",
    "find_quotes",
    "Extractor",
    "Extraction",
    "ExtractionError",
    "Span",
    "Person",
    "DateMention",
    "Figure",
    "Quote",
    "Summit",
    "Agreement",
    "TradeFigure",
    "SummitparseError",
    "Event",
    "resolve_events",
}


def test_all_is_sorted_and_exact() -> None:
    assert summitparse.__all__ == sorted(summitparse.__all__)
    assert set(summitparse.__all__) >= CONTRACT_NAMES
    for name in summitparse.__all__:
        assert hasattr(summitparse, name), name


def test_every_error_derives_from_the_root() -> None:
    for name in summitparse.__all__:
        obj = getattr(summitparse, name)
        if isinstance(obj, type) and issubclass(obj, Exception):
            assert issubclass(obj, summitparse.SummitparseError), name


def test_importing_summitparse_does_not_import_the_llm_stack() -> None:
    code = (
        "import sys, summitparse; "
        "print(any(m.split('.')[0] in {'openai', 'instructor', 'ray'} for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
