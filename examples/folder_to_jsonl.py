"""A folder of articles to JSON Lines with extract_many: one line per article, bad ones included.

Run: python examples/folder_to_jsonl.py FOLDER OUT.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

import summitparse

folder, out = Path(sys.argv[1]), Path(sys.argv[2])
paths = sorted(p for p in folder.rglob("*") if p.suffix in {".txt", ".md"})

failed = 0
with out.open("w", encoding="utf-8") as handle:
    for result in summitparse.extract_many(paths, backend="rules"):
        handle.write(result.model_dump_json(exclude={"text"}) + "\n")
        if isinstance(result, summitparse.ExtractionError):
            failed += 1
            print(f"{result.source}: {result.error.message}", file=sys.stderr)
print(f"{len(paths)} articles, {failed} failed -> {out}")
