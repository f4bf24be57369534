"""Datasets (.jsonl, .json): one article per record, stable ids, bad records as error lines."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from summitparse.cli import main
from summitparse.io.articles import Article, BadInput
from summitparse.io.datasets import Fields, iter_dataset

STORY = "PARIS, March 3, 2025 - Leaders of France and Germany met on Monday."


def _write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[dict]]:
    code = main(args)
    return code, [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_jsonl_records_ids_published_and_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _write_jsonl(
        tmp_path / "news.jsonl",
        [
            json.dumps({"id": "r1", "text": STORY, "published": "2025-03-03", "url": "https://u"}),
            "",
            json.dumps({"text": STORY, "source": "wire"}),
            json.dumps({"id": 42, "text": STORY}),
        ],
    )
    code, lines = _run(["extract", str(data)], capsys)
    assert code == 0
    assert [line["id"] for line in lines] == ["r1", "news.jsonl:3", "42"]
    assert [line["source"] for line in lines] == ["https://u", "wire", str(data)]
    assert lines[0]["published"] == "2025-03-03"
    relative = [d for d in lines[0]["dates"] if d["relative"]]
    assert relative
    assert relative[0]["value"] == "2025-03-03"


@pytest.mark.parametrize(
    ("line", "kind", "words"),
    [
        pytest.param("not json", "InputError", "not JSON", id="not-json"),
        pytest.param("[1, 2]", "InputError", "not object", id="array"),
        pytest.param('{"id": "x"}', "InputError", "no 'text' field", id="no-text"),
        pytest.param('{"text": 5}', "InputError", "not a string", id="text-not-string"),
        pytest.param('{"text": "  "}', "EmptyTextError", "white space", id="blank-text"),
        pytest.param(
            '{"text": "a b", "published": "March 3"}', "InputError", "YYYY-MM-DD", id="bad-date"
        ),
    ],
)
def test_a_bad_record_is_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, kind: str, words: str
) -> None:
    data = _write_jsonl(tmp_path / "d.jsonl", [json.dumps({"text": STORY}), line])
    code, lines = _run(["extract", str(data)], capsys)
    assert code == 1
    assert "error" not in lines[0]
    assert lines[1]["id"].startswith("d.jsonl:2") or lines[1]["id"] == "x"
    assert lines[1]["error"]["type"] == kind
    assert words in lines[1]["error"]["message"]


def test_invalid_utf8_line_does_not_stop_the_file(tmp_path: Path) -> None:
    data = tmp_path / "d.jsonl"
    data.write_bytes(b'{"text": "caf\xe9"}\n' + json.dumps({"text": STORY}).encode() + b"\n")
    items = list(iter_dataset(data))
    assert isinstance(items[0], BadInput)
    assert "UTF-8" in items[0].message
    assert isinstance(items[1], Article)


def test_other_field_names_and_nested_keys(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _write_jsonl(
        tmp_path / "d.jsonl",
        [
            json.dumps(
                {"guid": "g1", "body": STORY, "meta": {"link": "https://l", "day": "2025-03-03"}}
            )
        ],
    )
    args = ["extract", str(data), "--text-field", "body", "--id-field", "guid"]
    args += ["--published-field", "meta.day", "--source-field", "meta.link"]
    code, (line,) = _run(args, capsys)
    assert code == 0
    assert (line["id"], line["source"], line["published"]) == ("g1", "https://l", "2025-03-03")


def test_json_array_and_single_object(tmp_path: Path) -> None:
    array = tmp_path / "a.json"
    array.write_text(json.dumps([{"text": STORY}, {"text": ""}]), encoding="utf-8")
    assert [getattr(i, "id", None) for i in iter_dataset(array)] == ["a.json:0", "a.json:1"]
    single = tmp_path / "s.json"
    single.write_text(json.dumps({"body": STORY}), encoding="utf-8")
    (item,) = iter_dataset(single, fields=Fields(text="body"))
    assert isinstance(item, Article)
    assert item.id == "s.json"


def test_missing_and_broken_dataset_files(tmp_path: Path) -> None:
    (missing,) = iter_dataset(tmp_path / "nope.jsonl")
    assert isinstance(missing, BadInput)
    assert missing.error_type == "ArticleNotFoundError"
    broken = tmp_path / "b.json"
    broken.write_text("[{", encoding="utf-8")
    (bad,) = iter_dataset(broken)
    assert isinstance(bad, BadInput)
    assert "not JSON" in bad.message


def test_a_record_over_the_size_limit(tmp_path: Path) -> None:
    data = _write_jsonl(tmp_path / "d.jsonl", [json.dumps({"text": "word " * 100})])
    (item,) = iter_dataset(data, max_bytes=50)
    assert isinstance(item, BadInput)
    assert item.error_type == "ArticleTooLargeError"


def test_stdin_as_a_jsonl_dataset(tmp_path: Path) -> None:
    records = [{"id": "a", "text": STORY}, {"text": ""}, {"text": STORY, "url": "https://u"}]
    done = subprocess.run(
        [sys.executable, "-m", "summitparse", "extract", "-", "--stdin-format", "jsonl", "-q"],
        input="\n".join(json.dumps(r) for r in records).encode(),
        capture_output=True,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["a", "stdin:2", "stdin:3"]
    assert lines[1]["error"]["type"] == "EmptyTextError"
    assert lines[2]["source"] == "https://u"


def test_a_line_over_the_limit_costs_its_line_and_the_next_is_read(tmp_path: Path) -> None:
    data = tmp_path / "d.jsonl"
    huge = json.dumps({"text": "x" * 4000})
    data.write_text(huge + "\n" + json.dumps({"id": "n", "text": "Next."}) + "\n", encoding="utf-8")
    first, second = iter_dataset(data, max_bytes=100)
    assert isinstance(first, BadInput)
    assert "over the limit" in first.message
    assert getattr(second, "id", None) == "n"


def test_a_json_array_over_its_cap_is_refused_with_advice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("summitparse.io.datasets.MAX_JSON_BYTES", 100)
    array = tmp_path / "a.json"
    array.write_text(json.dumps([{"text": "x" * 200}]), encoding="utf-8")
    (bad,) = iter_dataset(array)
    assert isinstance(bad, BadInput)
    assert "JSON Lines" in bad.message


def test_json_nested_too_deeply_is_a_bad_record(tmp_path: Path) -> None:
    data = tmp_path / "d.jsonl"
    data.write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    (bad,) = iter_dataset(data)
    assert isinstance(bad, BadInput)
    assert "nested too deeply" in bad.message


def test_jsonl_with_lone_carriage_returns_reads_as_lines(tmp_path: Path) -> None:
    path = tmp_path / "mac.jsonl"
    records = [json.dumps({"id": name, "text": STORY}) for name in ("a", "b", "c")]
    path.write_bytes(("\r".join(records) + "\r").encode("utf-8"))
    assert [item.id for item in iter_dataset(path)] == ["a", "b", "c"]
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_bytes(("\r\n".join(records[:2]) + "\r" + records[2]).encode("utf-8"))
    assert [item.id for item in iter_dataset(mixed)] == ["a", "b", "c"]


def test_one_bad_element_of_a_json_array_costs_only_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "news.json"
    good = [json.dumps({"id": name, "text": STORY}) for name in ("a", "b")]
    deep = "[" * 100_000 + "]" * 100_000
    broken = '{"id": oops, "text": "not ] JSON"}'
    path.write_text(f"[{good[0]}, {deep}, {broken}, {good[1]}]", encoding="utf-8")
    code, lines = _run(["extract", str(path)], capsys)
    assert code == 1
    assert [line["id"] for line in lines] == ["a", "news.json:1", "news.json:2", "b"]
    assert "nested too deeply" in lines[1]["error"]["message"]
    assert lines[2]["error"]["message"].startswith("not JSON")
    assert "error" not in lines[0]
    assert "error" not in lines[3]
