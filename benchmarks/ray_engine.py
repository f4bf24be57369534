"""Articles per second: the local engine against the Ray engine, and what Ray's start-up costs.

Same corpus for both engines (the fixtures cycled into a folder of ``--articles`` files, each
with its own name), written to JSON Lines exactly as ``summitparse extract`` writes them:

- rules backend: local engine (:func:`summitparse.engine.batch.run_batch`) against
  :func:`summitparse.ray.engine.run_ray_engine` on a local Ray with ``--cpus`` CPUs;
- LLM backend against the loopback fake endpoint (``tests/fake_openai.py``) answering after
  ``--latency`` seconds: local engine at ``--in-flight`` articles at once against Ray with
  ``--cpus`` workers × (in-flight / cpus) requests each, so both keep as many requests open.

Start-up is measured apart: ``ray.init`` (a local cluster: GCS, raylet, workers) and the first
execution of a one-row dataset (the actor pool comes up, each worker imports summitparse).
Each engine runs over the corpus and over it twice; the difference gives its steady rate and
the rest its fixed cost per run (Ray: the actor pool's start-up). The break-even corpus size is
where fixed + n / rate is the same for both. On a shared machine the figures are noisy: run it
twice and read the order of magnitude.

Run: ``.venv/bin/python benchmarks/ray_engine.py`` (about a minute on 2 cores; keep it short on
a shared machine: ``--articles 100``).
"""

from __future__ import annotations

import argparse
import io
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "support"))

from fake_openai import Answer, FakeOpenAI, Reply  # noqa: E402

from summitparse.engine.batch import run_batch  # noqa: E402
from summitparse.extractor import Extractor  # noqa: E402

EMPTY = {"summits": [], "agreements": [], "trade_figures": [], "quotes": []}


def make_corpus(folder: Path, articles: int) -> None:
    """``articles`` files cycling the fixtures, named so that sorted order is corpus order."""
    fixtures = sorted((ROOT / "fixtures").glob("*.txt"))
    for i in range(articles):
        shutil.copy(
            fixtures[i % len(fixtures)], folder / f"{i:06d}-{fixtures[i % len(fixtures)].name}"
        )


def timed(run: Callable[[], Any]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def local_seconds(paths: list[str], options: dict[str, Any], in_flight: int) -> tuple[float, str]:
    out = io.StringIO()
    extractor = Extractor(**options)
    seconds = timed(lambda: run_batch(paths, extractor=extractor, out=out, concurrency=in_flight))
    extractor.close()
    return seconds, out.getvalue()


def ray_seconds(
    paths: list[str], options: dict[str, Any], cpus: int, in_flight: int
) -> tuple[float, str]:
    from summitparse.ray.engine import run_ray_engine

    out = io.StringIO()
    seconds = timed(
        lambda: run_ray_engine(
            paths,
            out=out,
            extractor_options=options,
            concurrency=cpus,
            requests_per_worker=max(1, in_flight // cpus),
        )
    )
    return seconds, out.getvalue()


def fit(once: float, twice: float, articles: int) -> tuple[float, float]:
    """(fixed seconds per run, articles/s) from a run over the corpus and one over it twice."""
    rate = articles / max(twice - once, 1e-3)
    return max(once - articles / rate, 0.0), rate


def startup(cpus: int) -> tuple[float, float]:
    """Seconds for ``ray.init`` and for the first (one-row) execution: the actor pool's start."""
    import ray

    from summitparse.ray.engine import extract_dataset

    init = timed(lambda: ray.init(num_cpus=cpus, include_dashboard=False, log_to_driver=False))
    ray.data.DataContext.get_current().enable_progress_bars = False
    one = ray.data.from_items([{"id": "x", "text": "Paris, 2 May 2026 – Leaders met."}])
    first = timed(lambda: extract_dataset(one, backend="rules", concurrency=cpus).take_all())
    return init, first


def break_even(start: float, local_rate: float, ray_rate: float) -> str:
    if ray_rate <= local_rate:
        return "never on this machine: Ray is not faster per article here"
    articles = start / (1 / local_rate - 1 / ray_rate)
    return f"from about {articles:,.0f} articles"


def compare(
    name: str, folder: Path, options: dict[str, Any], cpus: int, in_flight: int, init: float
) -> tuple[str, str]:
    """Both engines over the corpus once and twice; print rates and the break-even size."""
    paths = [str(folder)]
    articles = sum(1 for _ in folder.iterdir())
    local_once, local_out = local_seconds(paths, options, in_flight)
    local_twice, _ = local_seconds(paths * 2, options, in_flight)
    ray_once, ray_out = ray_seconds(paths, options, cpus, in_flight)
    ray_twice, _ = ray_seconds(paths * 2, options, cpus, in_flight)
    local_fixed, local_rate = fit(local_once, local_twice, articles)
    ray_fixed, ray_rate = fit(ray_once, ray_twice, articles)
    print(f"\n{name}: {articles} and {2 * articles} articles")
    for engine, once, twice, fixed, rate in (
        ("local", local_once, local_twice, local_fixed, local_rate),
        ("ray", ray_once, ray_twice, ray_fixed, ray_rate),
    ):
        print(
            f"  {engine:5} {once:5.2f} s / {twice:5.2f} s = {articles / once:6.1f} / "
            f"{2 * articles / twice:6.1f} articles/s; fitted: {fixed:3.1f} s per run + "
            f"{rate:6.1f} articles/s"
        )
    print(f"  ray per worker: {ray_rate / cpus:.1f} articles/s (a cluster adds that per CPU)")
    extra = ray_fixed - local_fixed
    print(
        f"  Ray pays off with Ray running: {break_even(extra, local_rate, ray_rate)}; "
        f"starting it too (+{init:.1f} s): {break_even(extra + init, local_rate, ray_rate)}"
    )
    return local_out, ray_out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--llm-articles", type=int, default=160)
    parser.add_argument("--cpus", type=int, default=2)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--in-flight", type=int, default=16)
    args = parser.parse_args()

    import ray

    init, first = startup(args.cpus)
    print(f"Ray start-up: ray.init {init:.2f} s; first execution (actor pool up) {first:.2f} s")
    with tempfile.TemporaryDirectory() as tmp:
        rules_folder, llm_folder = Path(tmp, "rules"), Path(tmp, "llm")
        rules_folder.mkdir()
        llm_folder.mkdir()
        make_corpus(rules_folder, args.articles)
        make_corpus(llm_folder, args.llm_articles)

        rules = {"backend": "rules"}
        one, _ = local_seconds([str(rules_folder)], rules, 1)
        print(f"\nrules backend, local engine in one process: {args.articles / one:.1f} articles/s")
        local_out, ray_out = compare(
            f"rules backend, {args.cpus} processes / workers",
            rules_folder,
            rules,
            args.cpus,
            args.cpus,
            init,
        )
        assert local_out == ray_out, "the engines disagree on the rules backend"

        with FakeOpenAI() as server:
            server.fallback = Reply(body=Answer(EMPTY), delay=args.latency)
            llm = {
                "backend": "llm",
                "base_url": server.base_url,
                "api_key": "sk-bench",
                "model": "bench",
                "cache": False,  # else the second engine reads the first one's answers
            }
            ideal = args.in_flight / args.latency
            compare(
                f"llm backend, {args.latency * 1000:.0f} ms latency, {args.in_flight} in flight "
                f"(ideal {ideal:.0f} articles/s)",
                llm_folder,
                llm,
                args.cpus,
                args.in_flight,
                init,
            )
    ray.shutdown()


if __name__ == "__main__":
    main()
