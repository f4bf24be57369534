"""The scripts in examples/ run as a user would run them, so they never rot."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_python_api_example_on_the_seed() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "python_api.py")],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert "summit: Sanae Takaichi (JP), Giorgia Meloni (IT) in Tokyo, JP" in result.stdout
    assert "special strategic partnership" in result.stdout


def test_folder_to_jsonl_example(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ROOT / "seeds" / "000_0a2133f4850d8740.txt", folder / "seed.txt")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "folder_to_jsonl.py"), str(folder), str(out)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [("error" in line) for line in lines] == [True, False]
    assert "2 articles, 1 failed" in result.stdout
