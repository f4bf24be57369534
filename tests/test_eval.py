"""`summitparse eval`: gold against predictions, as a user corrects an output file by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summitparse.cli import main
from summitparse.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def seed_output(tmp_path: Path) -> Path:
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(ROOT / "seeds"), "-o", str(out), "-q"]) == 0
    return out


def test_an_output_scored_against_itself_is_perfect(seed_output: Path) -> None:
    report = evaluate(seed_output, seed_output)
    for kind, score in report.totals.items():
        assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0), kind
    assert not report.problems


def test_a_corrected_gold_shows_the_miss_and_the_wrong_attribute(
    seed_output: Path, tmp_path: Path
) -> None:
    line = json.loads(seed_output.read_text(encoding="utf-8"))
    line["quotes"][0]["speaker"] = "Someone Else"  # the user corrects a speaker ...
    line["figures"].append(  # ... and adds a figure the tool missed
        {"start": 0, "end": 5, "text": "Tokyo", "kind": "number", "value": 1.0}
    )
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(line) + "\n", encoding="utf-8")
    report = evaluate(gold, seed_output)
    assert report.totals["figures"].fn == 1
    assert report.totals["quotes"].attribute_accuracy < 1.0
    assert any("speaker" in wrong for wrong in report.totals["quotes"].wrong)


def test_cli_table_json_and_problems(
    seed_output: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pred = tmp_path / "pred.jsonl"
    text = seed_output.read_text(encoding="utf-8")
    pred.write_text(text + "{not json\n" + json.dumps({"id": "stray.txt"}) + "\n", "utf-8")
    assert main(["eval", str(ROOT / "seeds"), str(pred)]) == 0
    captured = capsys.readouterr()
    assert "summits" in captured.out
    assert "F1" in captured.out
    assert "not valid JSON" in captured.err
    assert "stray.txt: predicted but not in the gold" in captured.err

    assert main(["eval", str(ROOT / "seeds"), str(pred), "--json", "--details"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data["types"]) == {
        "summits",
        "agreements",
        "trade_figures",
        "quotes",
        "dates",
        "figures",
    }
    assert "details" in data


def test_missing_prediction_counts_as_missed(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    report = evaluate(ROOT / "seeds", empty)
    assert report.totals["quotes"].recall == 0.0
    assert any("no prediction" in problem for problem in report.problems)


def test_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    assert main(["eval", str(tmp_path / "nope.jsonl"), str(tmp_path / "x.jsonl")]) == 2


def test_gold_that_shares_no_id_with_the_predictions_is_a_failure_not_a_perfect_score(
    tmp_path: Path, seed_output: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "other.gold.json").write_bytes(b'{"id": "other.txt", "summits": [\xff\xfe')
    assert main(["eval", str(gold), str(seed_output)]) == 1
    err = capsys.readouterr().err
    assert "unreadable" in err
    assert "no article was scored" in err
