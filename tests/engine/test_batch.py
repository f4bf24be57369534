"""Batch conversion as a user runs it on a big folder: one line per input, in order, resumable."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

import summitparse
from summitparse.cli import main
from summitparse.engine.batch import completed_ids, count_inputs
from summitparse.engine.maps import fork_context
from summitparse.engine.progress import ProgressBar
from summitparse.io.articles import Article

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_0a2133f4850d8740.txt"
STORY = (
    "GENEVA, March {day}, 2025 (Reuters) - Foreign ministers of {a} and {b} met on Monday and "
    'agreed a trade plan worth $1.{day} billion. "We are closer than ever," the minister said.\n'
)
PAIRS = [("France", "Germany"), ("Japan", "Italy"), ("Brazil", "India"), ("Kenya", "Egypt")]


def _story(index: int) -> str:
    a, b = PAIRS[index % len(PAIRS)]
    return STORY.format(day=index % 28 + 1, a=a, b=b)


def _corpus(folder: Path, count: int) -> list[str]:
    """``count`` short articles in two levels of folders; returns the ids in walk order."""
    for index in range(count):
        sub = folder / f"batch{index % 3}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{index:04d}.txt").write_text(_story(index), encoding="utf-8")
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.txt"))


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


BAD_FILES = {
    "batch0/0000_empty.txt": b"",
    "batch1/0001_binary.txt": bytes(range(256)) * 8,
    "batch2/0002_latin1.txt": "Le président a déclaré à Paris".encode("latin-1"),
    "batch2/0003_huge.txt": b"word " * (10 * 1024 * 1024),  # 50 MB
}
BAD_TYPES = {
    "batch0/0000_empty.txt": ("EmptyTextError", "empty"),
    "batch1/0001_binary.txt": ("DecodeError", "binary"),
    "batch2/0002_latin1.txt": ("DecodeError", "UTF-8"),
    "batch2/0003_huge.txt": ("ArticleTooLargeError", "over the limit"),
}


def test_500_articles_with_bad_files_one_line_each_in_order_exit_1(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    _corpus(folder, 496)
    for name, data in BAD_FILES.items():
        (folder / name).write_bytes(data)
    (folder / "x.txt").mkdir()  # a folder named like a file is walked, not read
    (folder / "x.txt" / "inner.txt").write_text(_story(7), encoding="utf-8")
    expected = sorted(
        p.relative_to(folder).as_posix() for p in folder.rglob("*.txt") if p.is_file()
    )
    out = tmp_path / "out.jsonl"

    code = main(["extract", str(folder), "-o", str(out), "--concurrency", "2"])

    lines = _lines(out)
    assert code == 1
    assert len(lines) == 501
    assert [line["id"] for line in lines] == expected
    errors = {line["id"]: line["error"] for line in lines if "error" in line}
    assert set(errors) == set(BAD_TYPES)
    for name, (kind, words) in BAD_TYPES.items():
        assert errors[name]["type"] == kind
        assert words in errors[name]["message"]
    assert sum(1 for line in lines if line.get("agreements")) > 400


def _children(pid: int) -> list[int]:
    """Processes whose parent is ``pid`` (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _kill_midway(args: list[str], out: Path, after_lines: int) -> list[int]:
    """Start ``summitparse extract``, SIGKILL it once ``out`` holds some lines; its workers."""
    process = subprocess.Popen(
        [sys.executable, "-m", "summitparse", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120  # a bound for a hung start, not a speed check
    try:
        while time.monotonic() < deadline and process.poll() is None:
            if out.exists() and out.read_bytes().count(b"\n") >= after_lines:
                break
            time.sleep(0.005)
        workers = _children(process.pid)
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
    return workers


@pytest.mark.parametrize(
    "concurrency", [pytest.param("1", id="one-process"), pytest.param("2", id="process-pool")]
)
def test_sigkill_then_resume_gives_exactly_one_line_per_input(
    tmp_path: Path, concurrency: str
) -> None:
    folder = tmp_path / "corpus"
    expected = _corpus(folder, 300)
    out = tmp_path / "out.jsonl"
    args = ["extract", str(folder), "-o", str(out), "--include-text", "-q"]
    args += ["--concurrency", concurrency]

    workers = _kill_midway(args, out, after_lines=40)
    killed = out.read_bytes().count(b"\n")
    assert 0 < killed < len(expected), "the run must be killed halfway to test anything"
    if concurrency == "2" and len(os.sched_getaffinity(0)) > 1:
        assert workers, "the run should have had worker processes"
    deadline = time.monotonic() + 30
    while any(map(_alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(_alive, workers)), "worker processes must not outlive a killed run"
    done = subprocess.run(
        [sys.executable, "-m", "summitparse", *args, "--resume"], capture_output=True, check=False
    )

    assert done.returncode == 0, done.stderr
    lines = _lines(out)
    assert [line["id"] for line in lines] == expected
    assert all(line["text"] == (folder / line["id"]).read_text() for line in lines)


def test_resume_counts_duplicate_ids(tmp_path: Path) -> None:
    data = tmp_path / "news.jsonl"
    records = [{"id": "same", "text": _story(i)} for i in range(3)]
    data.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(data), "-o", str(out), "-q"]) == 0
    full = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text(full[0] + full[1][:25], encoding="utf-8")  # killed while writing line 2

    assert main(["extract", str(data), "-o", str(out), "--resume", "-q"]) == 0

    assert out.read_text(encoding="utf-8").splitlines(keepends=True) == full


def test_completed_ids_cuts_only_a_torn_last_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"id": "a"}\nnot json\n{"id": "a"}\n{"id": "b", "so')
    assert completed_ids(out) == Counter({"a": 2})
    assert out.read_bytes() == b'{"id": "a"}\nnot json\n{"id": "a"}\n'


def test_progress_total_counts_files_and_dataset_lines(tmp_path: Path) -> None:
    _corpus(tmp_path / "c", 5)
    data = tmp_path / "d.jsonl"
    data.write_text('{"text": "a"}\n\n{"text": "b"}\n', encoding="utf-8")
    assert count_inputs([str(tmp_path / "c"), str(data), "-"]) == 8


def test_summary_names_records_failures_and_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _corpus(tmp_path / "c", 3)
    (tmp_path / "c" / "empty.txt").write_text("", encoding="utf-8")
    assert main(["extract", str(tmp_path / "c")]) == 1
    err = capsys.readouterr().err
    assert "4 articles, 1 failed" in err
    assert "1 EmptyTextError" in err
    assert "agreements" in err
    assert "articles/s" in err


def test_extract_many_rules_on_all_cores_keeps_order_and_error_lines() -> None:
    items = [_story(i) if i % 7 else "" for i in range(40)]
    results = list(summitparse.extract_many(items, backend="rules", concurrency=4))
    assert [r.ok for r in results] == [bool(i % 7) for i in range(40)]
    for item, result in zip(items, results, strict=True):
        if isinstance(result, summitparse.Extraction):
            result.check_spans(item)
            assert result.dateline is not None
            assert str(item[item.index("March") :].split(",")[0]) in result.dateline.span.text


def test_extract_many_include_text_sets_the_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<p>TOKYO, Jan 16, 2026 &ndash; Leaders met.</p>", encoding="utf-8")
    (result,) = summitparse.extract_many([page], backend="rules", include_text=True)
    assert isinstance(result, summitparse.Extraction)
    assert result.text == "TOKYO, Jan 16, 2026 – Leaders met.\n"
    result.check_spans(result.text)


def test_progress_bar_draws_on_a_terminal_and_stays_quiet_otherwise(tmp_path: Path) -> None:
    _corpus(tmp_path / "c", 3)
    screen = io.StringIO()
    with ProgressBar(3, enabled=True, stream=screen) as bar:
        for _ in range(3):
            bar.advance()
    assert "3/3" in screen.getvalue()
    piped = io.StringIO()
    with ProgressBar(3, stream=piped) as bar:  # not a terminal: nothing drawn
        bar.advance()
    assert piped.getvalue() == ""


@pytest.mark.skipif(
    fork_context() is None or len(os.sched_getaffinity(0)) < 2,
    reason="needs worker processes (Linux, two cores)",
)
def test_a_worker_that_dies_costs_error_lines_not_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    original = summitparse.Extractor.extract_article

    def crash_on_marker(self: summitparse.Extractor, article: Article) -> summitparse.Extraction:
        if "CRASH" in article.text:
            os._exit(1)  # the worker process dies, as if killed or out of memory
        return original(self, article)

    monkeypatch.setattr(summitparse.Extractor, "extract_article", crash_on_marker)  # forked
    items = [_story(i) for i in range(60)]
    items[10] = "CRASH " + items[10]
    results = list(summitparse.extract_many(items, backend="rules", concurrency=2))

    assert len(results) == 60
    assert isinstance(results[10], summitparse.ExtractionError)
    assert results[10].error.type == "WorkerCrashed"
    assert all(r.ok for r in results[40:])  # a new pool took over


@pytest.mark.skipif(fork_context() is None, reason="worker processes need fork (Linux)")
@pytest.mark.parametrize("concurrency", [1, 2])
def test_an_article_over_the_time_cap_costs_its_line_and_only_its_line(
    monkeypatch: pytest.MonkeyPatch, concurrency: int
) -> None:
    from summitparse.engine.local import rules_many

    original = summitparse.Extractor.extract_article

    def stall_on_marker(self: summitparse.Extractor, article: Article) -> summitparse.Extraction:
        if "STALL" in article.text:
            while True:  # a finder that never returns, as a pathological text could make one
                time.sleep(60)
        return original(self, article)

    monkeypatch.setattr(summitparse.Extractor, "extract_article", stall_on_marker)  # forked
    items = [_story(i) for i in range(12)]
    items[3] = "STALL " + items[3]
    extractor = summitparse.Extractor("rules")
    results = list(rules_many(extractor, items, concurrency, None, False, time_cap=1.0))

    assert len(results) == 12
    assert [r.ok for r in results] == [n != 3 for n in range(12)]
    failed = results[3]
    assert isinstance(failed, summitparse.ExtractionError)
    assert failed.error.type == "ArticleTimeout"
    assert "--article-timeout" in failed.error.message
