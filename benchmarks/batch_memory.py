"""Peak memory of a batch: 20,000 short articles against 2,000 (target: within 50 MB).

A batch streams (inputs drawn lazily, a fixed window in flight, one line written at a time), so
its peak resident set size should not grow with the corpus. Each size runs in a fresh
subprocess doing what ``summitparse extract DATASET -o OUT.jsonl`` does, and reports its own
peak RSS (``ru_maxrss``) and its children's (the worker processes); the parent prints both sizes
and the difference, measured in the same run.

- rules backend (default): one process (``--concurrency 1``), so the figure is the whole run;
- ``--llm``: the LLM backend at concurrency 16 against the loopback endpoint of
  ``benchmarks/_fast_openai.py`` answering at once, with the response cache on (a fresh folder),
  which is the path with the most state (client pool, event loop, cache). Slower: the client's
  CPU per article sets the pace (a few minutes for 22,000 articles).

Run: ``.venv/bin/python benchmarks/batch_memory.py [--llm] [--small 2000 --large 20000]``.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET_MB = 50
STORY = (
    "NAIROBI, June {day}, 2025 (AP) - Kenya and Ethiopia signed a memorandum on trade worth "
    '$2.{day} billion on Thursday, article {n}. "A new chapter," the president said.\n'
)


def write_dataset(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for n in range(count):
            handle.write(json.dumps({"id": f"a{n}", "text": STORY.format(day=n % 28 + 1, n=n)}))
            handle.write("\n")
    return path


def child(dataset: str, out: str, base_url: str | None, cache: str | None) -> None:
    """One run in this process, then its peak RSS (MB) on stdout as JSON."""
    from summitparse.engine.batch import BatchJob
    from summitparse.extractor import Extractor

    if base_url:
        extractor = Extractor("llm", model="bench", base_url=base_url, api_key="x", cache=cache)
        concurrency = 16
    else:
        extractor = Extractor("rules")
        concurrency = 1
    started = time.perf_counter()
    job = BatchJob([dataset], extractor, output=out, concurrency=concurrency, progress=False)
    summary = job.run()
    extractor.close()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "articles": summary.articles,
                "failed": summary.failed,
                "rss_mb": own,
                "children_rss_mb": children,
                "seconds": time.perf_counter() - started,
            }
        )
    )


def measure(folder: Path, count: int, base_url: str | None) -> dict[str, float]:
    dataset = write_dataset(folder / f"in{count}.jsonl", count)
    args = [sys.executable, __file__, "--child", str(dataset), str(folder / f"out{count}.jsonl")]
    if base_url:
        args += ["--base-url", base_url, "--cache", str(folder / f"cache{count}")]
    done = subprocess.run(args, capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    lines = (folder / f"out{count}.jsonl").read_bytes().count(b"\n")
    assert lines == count, f"{lines} lines for {count} articles"
    return result


def start_server() -> tuple[subprocess.Popen[str], str]:
    server = subprocess.Popen(
        [sys.executable, str(HERE / "_fast_openai.py"), "--delay", "0", "--max-seconds", "900"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    return server, f"http://127.0.0.1:{server.stdout.readline().split()[1]}/v1"


def compare(small: int, large: int, base_url: str | None) -> None:
    label = "LLM, concurrency 16" if base_url else "rules, one process"
    with tempfile.TemporaryDirectory() as tmp:
        results = [measure(Path(tmp), count, base_url) for count in (small, large)]
    for count, result in zip((small, large), results, strict=True):
        print(
            f"{label}: {count:>6} articles: peak RSS {result['rss_mb']:6.1f} MB "
            f"(workers {result['children_rss_mb']:5.1f} MB), {result['seconds']:5.1f} s, "
            f"{result['failed']:.0f} failed"
        )
    growth = results[1]["rss_mb"] - results[0]["rss_mb"]
    verdict = "within" if growth <= TARGET_MB else "OVER"
    print(
        f"{label}: {large:,} vs {small:,}: {growth:+.1f} MB ({verdict} the {TARGET_MB} MB target)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--llm", action="store_true", help="also measure the LLM path")
    parser.add_argument("--small", type=int, default=2000)
    parser.add_argument("--large", type=int, default=20000)
    parser.add_argument("--child", nargs=2, metavar=("DATASET", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--base-url", help=argparse.SUPPRESS)
    parser.add_argument("--cache", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        dataset, out = options.child
        child(dataset, out, options.base_url, options.cache)
        return
    compare(options.small, options.large, None)
    if options.llm:
        server, base_url = start_server()
        try:
            compare(options.small, options.large, base_url)
        finally:
            server.kill()
            server.wait()


if __name__ == "__main__":
    main()
