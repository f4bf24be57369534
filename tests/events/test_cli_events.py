"""`summitparse events` and `summitparse eval --events` as a user runs them."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from events_gold import GOLD
from typer.testing import CliRunner

from summitparse import Extraction
from summitparse.cli import app

runner = CliRunner()


@pytest.fixture
def extractions_file(tmp_path: Path, gold_corpus: list[Extraction]) -> Path:
    path = tmp_path / "out.jsonl"
    path.write_text("".join(x.model_dump_json() + "\n" for x in gold_corpus), encoding="utf-8")
    return path


def test_events_writes_one_line_per_event_and_eval_scores_it(
    extractions_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["events", str(extractions_file), "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines
    assert all(line["id"].startswith("ev-") for line in lines)
    scored = runner.invoke(
        app, ["eval", "--events", "--json", str(GOLD / "clusters.json"), str(out)]
    )
    assert scored.exit_code == 0, scored.output
    report = json.loads(scored.stdout)
    assert report["bcubed_f1"] >= 0.90
    assert 0 < report["pairwise_f1"] <= 1


def test_bad_lines_are_counted_and_skipped_never_fatal(
    extractions_file: Path, tmp_path: Path
) -> None:
    good = extractions_file.read_text(encoding="utf-8").splitlines()
    other = json.loads(good[0])
    other["meta"]["version"] = "7.0.0"
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        "\n".join(
            [
                good[1],
                json.dumps({"id": "x.txt", "error": {"type": "DecodeError", "message": "binary"}}),
                json.dumps(other),
                '{"id": "cut", "summits": [',
                '{"id": "no-meta"}',
                good[2],
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["events", str(bad), "-o", str(out)])
    assert result.exit_code == 1
    assert "4 skipped" in result.stderr
    assert "1 error line" in result.stderr
    assert "1 other version" in result.stderr
    assert "2 malformed" in result.stderr
    assert f"{bad}:4" in result.stderr  # the message names the file and line
    assert out.read_text(encoding="utf-8").strip()  # the good lines were resolved


def test_usage_errors_exit_2(extractions_file: Path, tmp_path: Path) -> None:
    assert runner.invoke(app, ["events", str(tmp_path / "missing.jsonl")]).exit_code == 2
    unknown = runner.invoke(app, ["events", str(extractions_file), "--format", "gdelt"])
    assert unknown.exit_code == 2
    assert "unknown format" in unknown.stderr
    tables = runner.invoke(app, ["events", str(extractions_file), "--format", "csv"])
    assert tables.exit_code == 2
    assert "-o" in tables.stderr


def test_csv_tables_load_in_a_csv_reader(extractions_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    args = ["events", str(extractions_file), "-o", str(out), "--format", "csv"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    with open(out, encoding="utf-8", newline="") as handle:
        events = list(csv.DictReader(handle))
    with open(tmp_path / "events.mentions.csv", encoding="utf-8", newline="") as handle:
        mentions = list(csv.DictReader(handle))
    assert len(mentions) == 129 == sum(int(e["n_mentions"]) for e in events)
    ids = {e["id"] for e in events}
    assert all(m["event_id"] in ids for m in mentions)
    gleneagles = next(e for e in events if e["location"] == "Gleneagles" and e["body"] == "G8")
    assert gleneagles["host_iso3"] == "GBR"
    assert "USA" in gleneagles["countries_iso3"]


def test_plover_codes_come_from_the_table(extractions_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.plover.jsonl"
    result = runner.invoke(
        app, ["events", str(extractions_file), "-o", str(out), "--format", "plover"]
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["cameo"] for r in records} <= {"036", "040", "042", "043", "044", "057"}
    for r in records:
        if r["event"] == "CONSULT":
            assert r["mode"] in {"visit", "multilateral", "third-party"}
        else:
            assert r["event"] == "AGREE"
            assert r["mode"] is None
    uribe = next(r for r in records if set(r["actor"]) | set(r["recipient"]) == {"US", "CO"})
    assert uribe["mode"] == "visit"
    assert uribe["actor"] == ["CO"]
    assert uribe["recipient"] == ["US"]
    assert uribe["cameo"] == "042"
    assert uribe["cameo_recipient"] == "043"


def test_parquet_says_how_to_install_pyarrow_or_writes_both_tables(
    extractions_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "events.parquet"
    args = ["events", str(extractions_file), "-o", str(out), "--format", "parquet"]
    result = runner.invoke(app, args)
    try:
        import pyarrow.parquet as pq
    except ImportError:
        assert result.exit_code == 2
        assert 'pip install "summitparse[parquet]"' in result.stderr
        assert not out.exists()
        return
    assert result.exit_code == 0, result.output
    assert pq.read_table(out).num_rows == len(
        pq.read_table(tmp_path / "events.mentions.parquet").column("event_id").unique()
    )


@pytest.mark.parametrize("spelling", ["same", "dotted", "symlink", "mentions"])
def test_events_never_writes_over_one_of_its_inputs(
    extractions_file: Path, tmp_path: Path, spelling: str
) -> None:
    before = extractions_file.read_bytes()
    fmt = "jsonl"
    if spelling == "same":
        output = str(extractions_file)
    elif spelling == "dotted":
        (tmp_path / "x").mkdir()
        output = str(tmp_path / "x" / ".." / extractions_file.name)
    elif spelling == "symlink":
        (tmp_path / "link.jsonl").symlink_to(extractions_file)
        output = str(tmp_path / "link.jsonl")
    else:  # the mentions table of ev.csv is ev.mentions.csv
        fmt = "csv"
        output = str(tmp_path / "out.csv")
        (tmp_path / "out.mentions.csv").symlink_to(extractions_file)
    result = runner.invoke(app, ["events", str(extractions_file), "-o", output, "--format", fmt])
    assert result.exit_code == 2, result.output
    assert "is also an input" in result.output
    assert extractions_file.read_bytes() == before


def test_events_output_a_folder_or_impossible_path_is_a_message(
    extractions_file: Path, tmp_path: Path
) -> None:
    for output in (str(tmp_path), f"{extractions_file}/ev.jsonl", ""):
        result = runner.invoke(app, ["events", str(extractions_file), "-o", output])
        assert result.exit_code == 2, output
        assert "summitparse: error: -o" in result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
