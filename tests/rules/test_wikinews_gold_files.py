"""The real-news gold files are well formed, checked without running any backend.

A gold file whose span does not match its text, or an article that sits in both splits, would
make every score read on it wrong without any test failing: the scorer matches records by
offsets and trusts the split folders. These checks read only the files; they never extract, so
they are safe to run on the blind split too. Failure messages name the file and the field, not
the gold's content, so a failure on a blind file does not show what it holds.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from summitparse.records import RECORD_TYPES

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
WIKINEWS = FIXTURES / "wikinews"
SPLITS = ("dev", "blind")
GOLD_FILES = sorted(path for split in SPLITS for path in (WIKINEWS / split).glob("*.gold.json"))

RECORD_LISTS = RECORD_TYPES
REQUIRED_KEYS = ("id", "published", "title", "source", "attribution", "kind", *RECORD_LISTS)
KINDS = ("rich", "ordinary")


def article_name(gold_path: Path) -> str:
    """The article's name: the file name without ``.gold.json``."""
    return gold_path.name.removesuffix(".gold.json")


def read_gold(gold_path: Path) -> dict[str, Any]:
    gold: dict[str, Any] = json.loads(gold_path.read_text(encoding="utf-8"))
    return gold


def read_text(gold_path: Path) -> str:
    """The article as a user feeds it: offsets refer to this exact string."""
    text_path = gold_path.with_name(article_name(gold_path) + ".txt")
    with open(text_path, encoding="utf-8", newline="") as handle:
        return handle.read()


def spans_of(gold: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every span the gold anchors in the text, with the list it came from."""
    spans: list[tuple[str, dict[str, Any]]] = []
    for key in ("dates", "figures"):
        spans.extend((key, record) for record in gold[key])
    spans.extend(("quotes", quote["span"]) for quote in gold["quotes"])
    return spans


def test_both_splits_hold_articles() -> None:
    for split in SPLITS:
        assert list((WIKINEWS / split).glob("*.gold.json")), f"no gold files in {split}/"


@pytest.mark.parametrize(
    "gold_path", GOLD_FILES, ids=lambda path: path.parent.name + "/" + path.name
)
def test_gold_file_is_well_formed(gold_path: Path) -> None:
    name = article_name(gold_path)
    assert gold_path.with_name(name + ".txt").is_file(), f"{name}: the .txt is missing"
    gold = read_gold(gold_path)
    missing = [key for key in REQUIRED_KEYS if key not in gold]
    assert not missing, f"{name}: missing keys {missing}"
    assert gold["id"] == name, f"{name}: 'id' differs from the file name"
    for key in ("source", "attribution", "title"):
        assert isinstance(gold[key], str), f"{name}: '{key}' is not a string"
        assert gold[key].strip(), f"{name}: empty '{key}'"
    assert gold["kind"] in KINDS, f"{name}: 'kind' is not one of {KINDS}"
    for key in RECORD_LISTS:
        assert isinstance(gold[key], list), f"{name}: '{key}' is not a list"


@pytest.mark.parametrize(
    "gold_path", GOLD_FILES, ids=lambda path: path.parent.name + "/" + path.name
)
def test_every_span_is_the_text_at_its_offsets(gold_path: Path) -> None:
    name = article_name(gold_path)
    gold = read_gold(gold_path)
    text = read_text(gold_path)
    for index, (key, span) in enumerate(spans_of(gold)):
        start, end = span["start"], span["end"]
        where = f"{name}: span {index} in '{key}'"
        assert isinstance(start, int), f"{where} has no integer start"
        assert isinstance(end, int), f"{where} has no integer end"
        assert 0 <= start < end <= len(text), f"{where} lies outside the text"
        assert text[start:end] == span["text"], f"{where} is not the text at its offsets"
    for index, quote in enumerate(gold["quotes"]):
        assert quote["text"] == quote["span"]["text"], (
            f"{name}: quote {index} differs from its span"
        )


def test_no_split_holds_an_id_twice() -> None:
    seen: dict[str, str] = {}
    for gold_path in GOLD_FILES:
        split = gold_path.parent.name
        article_id = read_gold(gold_path)["id"]
        assert article_id not in seen, f"{article_id} is in {seen.get(article_id)}/ and {split}/"
        seen[article_id] = split


def files_outside_the_blind_split() -> list[Path]:
    """Every article, gold or data file under fixtures/ that the rules may be developed on.

    The READMEs are left out: the Wikinews README lists the blind ids on purpose, in its table.
    """
    blind = WIKINEWS / "blind"
    return [
        path
        for path in sorted(FIXTURES.rglob("*"))
        if path.is_file() and blind not in path.parents and path.suffix != ".md"
    ]


def test_no_blind_article_is_anywhere_else_under_fixtures() -> None:
    blind_ids = [read_gold(path)["id"] for path in sorted((WIKINEWS / "blind").glob("*.gold.json"))]
    for path in files_outside_the_blind_split():
        content = path.read_text(encoding="utf-8", errors="replace")
        named = [
            article_id
            for article_id in blind_ids
            if article_id in path.name or article_id in content
        ]
        assert not named, f"{path.relative_to(ROOT)} holds a blind article id"
