"""The command line as a user runs it: JSON Lines, error lines, exit codes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from summitparse.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_0a2133f4850d8740.txt"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[dict], str]:
    code = main(args)
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines() if line.strip()]
    return code, lines, captured.err


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "b_binary.txt").write_bytes(bytes(range(256)) * 4)
    shutil.copy(SEED, folder / "c_good.txt")
    return folder


def test_seed_folder_gives_one_line_with_records(capsys: pytest.CaptureFixture[str]) -> None:
    code, lines, err = run(["extract", str(ROOT / "seeds")], capsys)
    assert code == 0
    assert len(lines) == 1
    line = lines[0]
    assert line["id"] == SEED.name
    assert line["meta"]["backend"] == "rules"
    assert line["summits"]
    assert line["agreements"]
    assert line["quotes"]
    assert "1 articles, 0 failed" in err


def test_bad_files_give_error_lines_in_order_and_exit_1(
    mixed_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, lines, _ = run(["extract", str(mixed_folder)], capsys)
    assert code == 1
    assert [line["id"] for line in lines] == ["a_empty.txt", "b_binary.txt", "c_good.txt"]
    assert lines[0]["error"]["type"] == "EmptyTextError"
    assert "empty" in lines[0]["error"]["message"]
    assert lines[1]["error"]["type"] == "DecodeError"
    assert "binary" in lines[1]["error"]["message"]
    assert "error" not in lines[2]
    assert lines[2]["summits"]


def test_invalid_utf8_and_missing_file_are_error_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Paris, le 3 mars - Le président a déclaré".encode("latin-1"))
    gone = tmp_path / "in" / "gone.txt"
    gone.parent.mkdir()
    gone.symlink_to(tmp_path / "nowhere.txt")  # found in a folder: an error line, not a stop
    code, lines, _ = run(["extract", str(latin), str(gone.parent)], capsys)
    assert code == 1
    assert lines[0]["error"]["type"] == "DecodeError"
    assert "UTF-8" in lines[0]["error"]["message"]
    assert lines[1]["error"]["type"] == "ArticleNotFoundError"
    assert "broken symbolic link" in lines[1]["error"]["message"]


def test_folder_named_like_a_file_is_recursed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nested = tmp_path / "x.txt"
    nested.mkdir()
    shutil.copy(SEED, nested / "seed.txt")
    code, lines, _ = run(["extract", str(tmp_path)], capsys)
    assert code == 0
    assert [line["id"] for line in lines] == ["x.txt/seed.txt"]


def test_stdin_and_output_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "summitparse",
            "extract",
            "-",
            "-o",
            str(out),
            "--published",
            "2026-01-16",
        ],
        input=SEED.read_bytes(),
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    line = json.loads(out.read_text(encoding="utf-8"))
    assert line["id"] == "stdin"
    assert line["published"] == "2026-01-16"


def test_resume_skips_done_ids_and_repairs_a_torn_line(
    mixed_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    first = json.dumps({"id": "a_empty.txt", "source": "x", "error": {"type": "E", "message": "m"}})
    out.write_text(first + "\n" + '{"id": "b_binary.txt", "sou', encoding="utf-8")
    code = main(["extract", str(mixed_folder), "-o", str(out), "--resume"])
    assert code == 1
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == ["a_empty.txt", "b_binary.txt", "c_good.txt"]


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["extract", "--backend", "nonsense", "x"], id="unknown-backend"),
        pytest.param(["extract", "--published", "16/01/2026", "x"], id="bad-published"),
        pytest.param(["extract"], id="no-paths"),
        pytest.param(["frobnicate"], id="unknown-command"),
        pytest.param(["extract", "--backend", "llm", "x"], id="llm-without-endpoint"),
        pytest.param(["extract", "--article-timeout", "inf", str(SEED)], id="endless-timeout"),
        pytest.param(["extract", "--article-timeout", "nan", str(SEED)], id="nan-timeout"),
        pytest.param(["extract", "--time-budget", "nan", str(SEED)], id="nan-budget"),
        pytest.param(["extract", "--time-budget", "inf", str(SEED)], id="endless-budget"),
        pytest.param(["extract", "--rpm", "nan", str(SEED)], id="nan-rpm"),
    ],
)
def test_usage_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_console_script_is_installed() -> None:
    exe = shutil.which("summitparse", path=str(Path(sys.executable).parent))
    assert exe is not None
    result = subprocess.run([exe, "version"], capture_output=True, text=True, check=True)
    assert result.stdout.strip()


def test_eval_on_non_utf8_or_endless_input_reports_instead_of_crashing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(b'{"id": "a.txt", "quotes": []}\n{"id": "b\xff.txt"}\n')
    pred = tmp_path / "pred.jsonl"
    pred.write_text('{"id": "a.txt", "quotes": []}\n', encoding="utf-8")
    assert main(["eval", str(gold), str(pred)]) == 0
    assert "gold.jsonl:2: not valid UTF-8" in capsys.readouterr().err
    if Path("/dev/zero").exists():
        run = subprocess.run(
            [sys.executable, "-m", "summitparse", "eval", "/dev/zero", str(pred)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert "Traceback" not in run.stderr
        assert "longer than" in run.stderr


def test_a_crash_has_its_own_exit_status(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from summitparse.engine.batch import BatchJob

    def broken(self: BatchJob) -> None:
        raise KeyError("a bug")

    monkeypatch.setattr(BatchJob, "run", broken)
    code = main(["extract", str(SEED), "--backend", "rules"])
    assert code == 3
    err = capsys.readouterr().err
    assert "crash (a bug in summitparse" in err
    assert "KeyError" in err


def test_a_file_of_only_a_byte_order_mark_is_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf")
    (tmp_path / "bom_space.txt").write_bytes(b"\xef\xbb\xbf \r\n")
    code, lines, _ = run(["extract", str(tmp_path)], capsys)
    assert code == 1
    assert [line["error"]["type"] for line in lines] == ["EmptyTextError"] * 2
    assert "byte-order mark" in lines[0]["error"]["message"]


def test_ctrl_c_prints_one_line_exits_130_and_keeps_what_was_written(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(300):
        shutil.copy(SEED, folder / f"{n:03}.txt")
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "summitparse", "extract", "--backend", "rules", "-q"]
    process = subprocess.Popen(
        [*command, str(folder), "-o", str(out), "--concurrency", "2"],
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # Ctrl-C reaches the whole process group, workers included
    )
    # the first line may be slow on a loaded machine; the wait ends as soon as it lands
    deadline = time.monotonic() + 300
    while not (out.exists() and out.stat().st_size) and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=180)
    assert process.returncode == 130, err
    assert err.splitlines() == [
        "summitparse: interrupted; every line written so far is kept "
        "(extract: rerun with --resume to continue)"
    ]
    done = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert 0 < len(done) < 300
    assert [line["id"] for line in done] == [f"{n:03}.txt" for n in range(len(done))]
    resumed = subprocess.run(
        [*command, str(folder), "-o", str(out), "--resume"], capture_output=True, check=False
    )
    assert resumed.returncode == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 300
