"""The README's Python examples run as written (from the repository root)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_readme_python_examples_run() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    python = readme[readme.index("## Python") : readme.index("## Command line")]
    code = "\n".join(re.findall(r"```python\n(.*?)```", python, flags=re.DOTALL))
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "('Sanae Takaichi', 'Prime Minister', 'JP')" in result.stdout
    assert "Tokyo JP 2026-01-16" in result.stdout
    assert "a.txt no such file" in result.stdout  # missing files are error results, not text
