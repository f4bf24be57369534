"""An output is a file, not a spelling: links, stdin, odd names and foreign files are refused.

Run as a user runs it: the real command in a subprocess, on real files, links and pipes.
"""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

STORY = (
    "Tokyo, January 16, 2026 - Prime Minister Sanae Takaichi met Prime Minister Giorgia Meloni "
    'in Tokyo on Friday. "We agreed to deepen our ties," Takaichi said. Story {n}.\n'
)


def cli(
    *args: str, stdin: Path | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    handle = stdin.open("rb") if stdin is not None else subprocess.DEVNULL
    try:
        return subprocess.run(
            [sys.executable, "-m", "summitparse", "extract", "--backend", "rules", *args],
            stdin=handle,
            capture_output=True,
            text=True,
            check=False,
            cwd=cwd,
            timeout=120,
        )
    finally:
        if stdin is not None:
            handle.close()  # type: ignore[union-attr]


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(STORY.format(n=1), encoding="utf-8")
    return path


def _usage(run: subprocess.CompletedProcess[str], message: str) -> None:
    assert run.returncode == 2, run.stderr
    assert message in run.stderr
    assert "Traceback" not in run.stderr


def test_standard_input_read_from_the_output_is_refused_and_the_output_kept(
    tmp_path: Path, article: Path
) -> None:
    out = tmp_path / "out.jsonl"
    assert cli(str(article), "-o", str(out)).returncode == 0
    finished = out.read_bytes()
    for flag in ([], ["--resume"]):
        run = cli("-", "-o", str(out), *flag, stdin=out)
        _usage(run, "is also an input (standard input)")
        assert out.read_bytes() == finished


def test_every_spelling_and_link_of_an_output_meets_the_same_lock(
    tmp_path: Path, article: Path
) -> None:
    (tmp_path / "x").mkdir()
    out = tmp_path / "out.jsonl"
    assert cli(str(article), "-o", str(out)).returncode == 0
    finished = out.read_bytes()
    (tmp_path / "link.jsonl").symlink_to(out)
    os.link(out, tmp_path / "hard.jsonl")
    with (tmp_path / "out.jsonl.lock").open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # what a running summitparse holds
        for spelling in ("x/../out.jsonl", "./out.jsonl", "link.jsonl"):
            for flag in ([], ["--resume"]):
                run = cli(str(article), "-o", spelling, *flag, cwd=tmp_path)
                _usage(run, "another summitparse run is writing this output")
                assert out.read_bytes() == finished
    with out.open("rb") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # a run writing the same inode by another name
        run = cli(str(article), "-o", str(tmp_path / "hard.jsonl"))
        _usage(run, "another summitparse run is writing this output")
        assert out.read_bytes() == finished


def test_an_output_linked_to_an_input_by_any_spelling_is_refused(
    tmp_path: Path, article: Path
) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "link.jsonl").symlink_to(article)
    for spelling in ("x/../a.txt", "link.jsonl"):
        run = cli("a.txt", "-o", spelling, cwd=tmp_path)
        _usage(run, "is also an input")
    assert article.read_text(encoding="utf-8") == STORY.format(n=1)


def test_a_symlink_output_writes_its_target_and_stays_a_link(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(2):
        (folder / f"{n}.txt").write_text(STORY.format(n=n), encoding="utf-8")
    real = tmp_path / "real.jsonl"
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert cli(str(folder / "1.txt"), "-o", str(link)).returncode == 0
    run = cli(str(folder), "-o", str(link), "--resume")  # reorders: an atomic rewrite
    assert run.returncode == 0, run.stderr
    assert link.is_symlink()
    assert [line["id"] for line in lines(real)] == ["0.txt", "1.txt"]
    assert not list(tmp_path.glob("*.lock"))


def test_outputs_that_cannot_be_files_are_usage_errors(tmp_path: Path, article: Path) -> None:
    _usage(cli(str(article), "-o", ""), "an empty name")
    _usage(cli(str(article), "-o", f"{article}/x.jsonl"), "is a file, not a folder")
    _usage(cli(str(article), "-o", str(tmp_path / "newdir") + "/"), "names a folder")
    assert not (tmp_path / "newdir").exists()
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    _usage(cli(str(article), "-o", str(fifo)), "named pipe")
    deep = tmp_path / "new" / "deep" / "out.jsonl"  # missing folders are made
    assert cli(str(article), "-o", str(deep)).returncode == 0
    assert [line["id"] for line in lines(deep)] == ["a.txt"]


def test_resume_refuses_a_file_that_is_not_a_summitparse_output(
    tmp_path: Path, article: Path
) -> None:
    dataset = tmp_path / "ds.jsonl"
    dataset.write_text(json.dumps({"id": "x", "text": STORY.format(n=2)}) + "\n", "utf-8")
    foreign = tmp_path / "other.jsonl"
    foreign.write_text('{"name": "a"}\n{"id": 7}\n', encoding="utf-8")
    prose = tmp_path / "notes.jsonl"
    prose.write_text("some notes\nthat are not JSON\n", encoding="utf-8")
    for path in (dataset, foreign, prose):
        before = path.read_bytes()
        run = cli(str(article), "-o", str(path), "--resume")
        _usage(run, "not a summitparse output")
        assert path.read_bytes() == before


def _error(line_id: str, kind: str, message: str = "m") -> str:
    return json.dumps({"id": line_id, "source": None, "error": {"type": kind, "message": message}})


def test_a_redo_replaces_every_failed_line_of_its_id(tmp_path: Path, article: Path) -> None:
    out = tmp_path / "out.jsonl"
    # a resume killed after its redo failed again: two failed lines for one input
    out.write_text(
        _error("a.txt", "WorkerCrashed") + "\n" + _error("a.txt", "ArticleTimeout") + "\n",
        encoding="utf-8",
    )
    run = cli(str(article), "-o", str(out), "--resume")
    assert run.returncode == 0, run.stderr
    got = lines(out)
    assert [line["id"] for line in got] == ["a.txt"]
    assert "summits" in got[0]
    assert "kept" not in run.stderr  # no stale failed line left behind as a leftover


def test_resume_redoes_a_file_that_could_not_be_read_at_the_time(
    tmp_path: Path, article: Path
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text(_error("a.txt", "InputError", "permission denied") + "\n", encoding="utf-8")
    run = cli(str(article), "-o", str(out), "--resume")
    assert run.returncode == 0, run.stderr
    assert "summits" in lines(out)[0]
    assert "redid 1 (1 InputError)" in run.stderr


# -- ids and the folder walk ----------------------------------------------------------------------


def test_every_input_gets_its_own_id_and_the_same_one_on_every_run(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    with open(os.fsencode(folder) + b"/caf\xe9.txt", "wb") as handle:  # not UTF-8
        handle.write(STORY.format(n=1).encode("utf-8"))
    (folder / "caf\\xe9.txt").write_text(STORY.format(n=2), encoding="utf-8")  # its escape
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    one.write_text(json.dumps({"id": "x", "text": STORY.format(n=3)}) + "\n", "utf-8")
    two.write_text(json.dumps({"id": "x", "text": STORY.format(n=4)}) + "\n", "utf-8")
    out = tmp_path / "out.jsonl"
    args = [str(folder), str(one), str(two), str(folder), "-o", str(out)]
    assert cli(*args).returncode == 0
    first = [line["id"] for line in lines(out)]
    assert len(first) == 6
    assert len(set(first)) == 6, first
    assert first[2:4] == ["x", "x#2"]
    finished = out.read_bytes()
    run = cli(*args, "--resume")
    assert run.returncode == 0, run.stderr
    assert "6 skipped" in run.stderr
    assert out.read_bytes() == finished


def test_an_output_linked_into_an_input_folder_is_never_read_back(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY.format(n=1), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    (folder / "zz-link.txt").symlink_to(out)
    for flag in ([], ["--resume"]):
        assert cli(str(folder), "-o", str(out), *flag).returncode == 0
        assert [line["id"] for line in lines(out)] == ["a.txt"]
    os.link(out, folder / "zz-hard.txt")
    assert cli(str(folder), "-o", str(out)).returncode == 0
    assert [line["id"] for line in lines(out)] == ["a.txt"]


def test_an_engine_that_cannot_skip_the_output_refuses_one_inside_an_input_folder(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(STORY.format(n=1), encoding="utf-8")
    run = cli("--engine", "ray", str(folder), "-o", str(folder / "sub" / "out.txt"))
    _usage(run, "inside the input folder")
    assert not (folder / "sub" / "out.txt").exists()


def test_an_appending_engine_leaves_one_line_per_id_after_a_resume(tmp_path: Path) -> None:
    """Ray appends the redone lines; the failed lines they replace are dropped at the end."""
    from summitparse.engine.batch import appended_output

    out = tmp_path / "out.jsonl"
    result = json.dumps({"id": "b.txt", "source": None, "meta": {"backend": "rules"}})
    out.write_text(_error("a.txt", "WorkerCrashed") + "\n" + result + "\n", encoding="utf-8")
    with appended_output(str(out), resume=True) as (stream, done):
        assert done == {"b.txt": 1}  # a.txt is redone
        stream.write(_error("a.txt", "ArticleTimeout") + "\n")  # failed again
        stream.write(result.replace("b.txt", "c.txt") + "\n")
    assert [(line["id"], line.get("error", {}).get("type")) for line in lines(out)] == [
        ("b.txt", None),
        ("a.txt", "ArticleTimeout"),
        ("c.txt", None),
    ]
    assert not (tmp_path / "out.jsonl.lock").exists()


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_a_device_output_is_shared_and_never_taken_for_an_input(article: Path) -> None:
    with Path("/dev/null").open("rb") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # another run writing /dev/null
        run = cli(str(article), "-o", "/dev/null")
        assert run.returncode == 0, run.stderr
    run = cli("-", "-o", "/dev/null", stdin=Path("/dev/null"))  # empty stdin: its error line
    assert run.returncode == 1, run.stderr
    assert not Path("/dev/null.lock").exists()
