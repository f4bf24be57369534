"""The output of ``summitparse extract`` is never lost, never read back, never written twice.

Run as a user runs it: the real command in a subprocess, on real files, hard links and symlinks.
"""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from summitparse.engine.output import redo_reason, scan_output

STORY = (
    "Tokyo, January 16, 2026 - Prime Minister Sanae Takaichi met Prime Minister Giorgia Meloni "
    'in Tokyo on Friday. "We agreed to deepen our ties," Takaichi said. Story {n}.\n'
)


def cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "summitparse", "extract", "--backend", "rules", *args],
        input=stdin.decode("utf-8", "surrogateescape") if stdin is not None else None,
        capture_output=True,
        text=True,
        check=False,
    )


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def corpus(folder: Path, count: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    names = [f"{n:03}.txt" for n in range(count)]
    for n, name in enumerate(names):
        (folder / name).write_text(STORY.format(n=n), encoding="utf-8")
    return names


# -- the output is never an input, and inputs are checked before it is opened -------------------


@pytest.mark.parametrize("link", ["same", "hard", "symlink"])
def test_an_output_that_is_an_input_is_refused_and_the_input_kept(
    tmp_path: Path, link: str
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(STORY.format(n=1), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    if link == "same":
        out = article
    elif link == "hard":
        os.link(article, out)
    else:
        out.symlink_to(article)
    run = cli(str(article), "-o", str(out))
    assert run.returncode == 2
    assert "is also an input" in run.stderr
    assert article.read_text(encoding="utf-8") == STORY.format(n=1)


def test_a_dataset_named_as_its_own_output_is_not_emptied(tmp_path: Path) -> None:
    data = tmp_path / "ds.jsonl"
    data.write_text(json.dumps({"id": "a", "text": STORY.format(n=1)}) + "\n", encoding="utf-8")
    before = data.read_bytes()
    assert cli(str(data), "-o", str(data)).returncode == 2
    assert data.read_bytes() == before


def test_a_mistyped_input_is_a_usage_error_and_the_finished_output_stays(tmp_path: Path) -> None:
    corpus(tmp_path / "in", 3)
    out = tmp_path / "out.jsonl"
    assert cli(str(tmp_path / "in"), "-o", str(out)).returncode == 0
    finished = out.read_bytes()
    for flag in ([], ["--resume"]):
        run = cli(str(tmp_path / "in"), str(tmp_path / "inn"), "-o", str(out), *flag)
        assert run.returncode == 2
        assert "no such file or folder" in run.stderr
        assert out.read_bytes() == finished


def test_an_output_inside_an_input_folder_is_not_read_back(tmp_path: Path) -> None:
    corpus(tmp_path / "in", 2)
    out = tmp_path / "in" / "zz-out.txt"  # an article suffix, sorted after the articles
    for flag in ([], ["--resume"]):
        assert cli(str(tmp_path / "in"), "-o", str(out), *flag).returncode == 0
        assert [line["id"] for line in lines(out)] == ["000.txt", "001.txt"]


def test_an_output_folder_or_a_full_disk_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    corpus(tmp_path / "in", 1)
    run = cli(str(tmp_path / "in"), "-o", str(tmp_path))
    assert run.returncode == 2
    assert "is a folder" in run.stderr
    assert "Traceback" not in run.stderr
    if Path("/dev/full").exists():
        run = cli(str(tmp_path / "in"), "-o", "/dev/full")
        assert run.returncode == 2
        assert "No space left" in run.stderr
        assert "Traceback" not in run.stderr


def test_a_second_run_on_a_locked_output_stops_at_once(tmp_path: Path) -> None:
    corpus(tmp_path / "in", 2)
    out = tmp_path / "out.jsonl"
    with (tmp_path / "out.jsonl.lock").open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # what a running summitparse holds
        run = cli(str(tmp_path / "in"), "-o", str(out), "--resume")
    assert run.returncode == 2
    assert "another summitparse run is writing this output" in run.stderr
    assert not out.exists()
    assert cli(str(tmp_path / "in"), "-o", str(out), "--resume").returncode == 0
    assert len(lines(out)) == 2
    assert not (tmp_path / "out.jsonl.lock").exists()


# -- ids ------------------------------------------------------------------------------------------


def test_ids_stay_apart_across_folder_arguments_and_across_runs(tmp_path: Path) -> None:
    for name in ("dA", "dB"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "x.txt").write_text(STORY.format(n=name), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = [str(tmp_path / "dA"), str(tmp_path / "dB"), "-o", str(out)]
    assert cli(*args).returncode == 0
    first = [line["id"] for line in lines(out)]
    assert first == ["dA/x.txt", "dB/x.txt"]
    assert cli(*args, "--resume").returncode == 0
    assert [line["id"] for line in lines(out)] == first


# -- resume ---------------------------------------------------------------------------------------


def _fallback(line_id: str, kind: str) -> dict:
    meta = {"backend": "rules", "fallback": f"{kind}!", "fallback_kind": kind, "version": "0"}
    return {"id": line_id, "source": None, "meta": meta}


def _error(line_id: str, kind: str) -> dict:
    return {"id": line_id, "source": None, "error": {"type": kind, "message": "m"}}


def test_resume_redoes_passing_failures_keeps_bad_inputs_and_says_so(tmp_path: Path) -> None:
    names = corpus(tmp_path / "in", 6)
    (tmp_path / "in" / "003.txt").write_bytes(b"\x00\x01binary")
    out = tmp_path / "out.jsonl"
    assert cli(str(tmp_path / "in"), "-o", str(out)).returncode == 1
    done = lines(out)
    crafted = [
        _error(names[0], "WorkerCrashed"),
        _fallback(names[1], "auth"),
        done[2],
        done[3],  # the binary file: a real bad input, kept
        _error(names[4], "ArticleTimeout"),
        _fallback(names[5], "invalid_answer"),  # the model's answer: redoing would not help
    ]
    text = [json.dumps(line) for line in crafted]
    text.insert(3, '{"id": "002.txt", "sour')  # a line cut in the middle of the file
    out.write_text("\n".join(text) + "\n", encoding="utf-8")

    run = cli(str(tmp_path / "in"), "-o", str(out), "--resume")
    assert run.returncode == 1
    after = lines(out)
    assert [line["id"] for line in after] == names  # one line per input, in input order
    assert [after[0], after[1], after[4]] == [done[0], done[1], done[4]]
    assert after[3]["error"]["type"] == "DecodeError"
    assert after[5] == crafted[5]
    assert "redid 3 (1 WorkerCrashed, 1 fallback auth, 1 ArticleTimeout)" in run.stderr
    assert "dropped 1 unreadable lines" in run.stderr


def test_resume_keeps_lines_for_ids_no_longer_given(tmp_path: Path) -> None:
    names = corpus(tmp_path / "in", 2)
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps(_fallback("old.txt", "auth")) + "\n", encoding="utf-8")
    run = cli(str(tmp_path / "in"), "-o", str(out), "--resume")
    assert run.returncode == 0
    assert [line["id"] for line in lines(out)] == [*names, "old.txt"]
    assert "kept 1 lines whose ids are not among these inputs" in run.stderr


def test_an_interrupted_resume_leaves_a_file_the_next_resume_orders(tmp_path: Path) -> None:
    """A resumed run appends its redone lines before reordering: killed in between, the file
    holds an old failed line and its redone line; the next resume keeps the redone one."""
    names = corpus(tmp_path / "in", 3)
    out = tmp_path / "out.jsonl"
    assert cli(str(tmp_path / "in"), "-o", str(out)).returncode == 0
    done = lines(out)
    killed = [_error(names[0], "WorkerCrashed"), done[1], done[2], done[0]]
    out.write_text("".join(json.dumps(line) + "\n" for line in killed), encoding="utf-8")
    previous = scan_output(out)
    assert names[0] not in previous.redo
    assert cli(str(tmp_path / "in"), "-o", str(out), "--resume").returncode == 0
    assert lines(out) == done


def test_redo_reason_names_what_may_pass() -> None:
    assert redo_reason(_error("a", "WorkerCrashed")) == "WorkerCrashed"
    assert redo_reason(_error("a", "ValueError")) == "ValueError"  # a bug, maybe fixed since
    assert redo_reason(_error("a", "EmptyTextError")) is None
    assert redo_reason(_fallback("a", "unreachable")) == "fallback unreachable"
    assert redo_reason(_fallback("a", "context_overflow")) is None
    assert redo_reason({"id": "a", "meta": {"backend": "llm", "fallback": None}}) is None


# -- inputs that used to stop the batch ---------------------------------------------------------


def test_surrogates_deep_nesting_and_endless_lines_cost_one_line_each(tmp_path: Path) -> None:
    data = tmp_path / "ds.jsonl"
    records = [
        json.dumps({"id": "bad\ud800id", "text": STORY.format(n=1)}),  # escaped: \\ud800
        '{"id": "t", "text": "lone \\udc00 surrogate in the text"}',
        "[" * 100_000 + "]" * 100_000,
        json.dumps({"id": "good", "text": STORY.format(n=2)}),
    ]
    data.write_text("\n".join(records) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    for flag in ([], ["--resume"]):
        run = cli(str(data), "-o", str(out), *flag)
        assert run.returncode == 1, run.stderr
        got = lines(out)
        assert [line["id"] for line in got] == ["bad\\ud800id", "t", "ds.jsonl:3", "good"]
        assert all("summits" in got[n] for n in (0, 3))
        assert "lone surrogate" in got[1]["error"]["message"]
        assert "nested too deeply" in got[2]["error"]["message"]
    run = cli("-", "--stdin-format", "jsonl", stdin=data.read_bytes())
    assert run.returncode == 1
    assert len(run.stdout.splitlines()) == 4


def test_a_file_name_that_is_not_utf8_gets_its_line(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    corpus(folder, 1)
    odd = os.fsencode(folder) + b"/caf\xe9.txt"
    with open(odd, "wb") as handle:
        handle.write(STORY.format(n=9).encode("utf-8"))
    out = tmp_path / "out.jsonl"
    for flag in ([], ["--resume"]):
        run = cli(str(folder), "-o", str(out), *flag)
        assert run.returncode == 0, run.stderr
        assert [line["id"] for line in lines(out)] == ["000.txt", "caf\\xe9.txt"]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_dev_zero_as_a_dataset_costs_one_line(tmp_path: Path) -> None:
    zero = tmp_path / "zero.jsonl"
    zero.symlink_to("/dev/zero")
    endless = tmp_path / "zero.json"
    endless.symlink_to("/dev/zero")
    run = cli(str(zero), str(endless), "-o", str(tmp_path / "out.jsonl"))
    assert run.returncode == 1
    got = lines(tmp_path / "out.jsonl")
    assert [line["error"]["type"] for line in got] == ["ArticleTooLargeError"] * 2
