"""summitparse on Ray Data gives what the local engine gives: same records per id, same lines.

The Ray tests start one local Ray for the module (``ray.init(num_cpus=2)``) and run each
pipeline once in a module-scoped fixture, because every Ray execution pays a few seconds of
actor start-up; the tests then read the results. They are skipped when Ray is not installed
(``pip install "summitparse[ray]"``); the tests about that case run without Ray.
"""

from __future__ import annotations

import builtins
import importlib.util
import io
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from summitparse.engine.batch import run_batch, to_json_line
from summitparse.errors import ConfigurationError
from summitparse.extractor import Extractor
from summitparse.io.articles import Article, text_id
from summitparse.models import Extraction

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
ARTICLES = 200

# Ray's own deprecation notices about its settings are not ours to fix.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
requires_ray = pytest.mark.skipif(
    importlib.util.find_spec("ray") is None,
    reason='Ray is not installed (pip install "summitparse[ray]")',
)


def corpus() -> list[Article]:
    """200 articles: the fixtures cycled, each copy with its own id."""
    texts = [
        (path.stem, path.read_text(encoding="utf-8")) for path in sorted(FIXTURES.glob("*.txt"))
    ]
    return [
        Article(text=texts[i % len(texts)][1], id=f"{i:03d}-{texts[i % len(texts)][0]}")
        for i in range(ARTICLES)
    ]


def local_lines(articles: list[Article]) -> dict[str, str]:
    """The local engine's line per id."""
    results = Extractor("rules").extract_many(articles)
    return {result.id: to_json_line(result) for result in results}


def without_timings(line: str) -> dict[str, Any]:
    """A JSON line with the run-dependent parts of ``meta`` (timings, usage) left out."""
    record: dict[str, Any] = json.loads(line)
    meta = record.get("meta")
    if isinstance(meta, dict):
        for key in [k for k in meta if k == "usage" or "time" in k or "elapsed" in k]:
            del meta[key]
    return record


# -- without Ray --------------------------------------------------------------------------------


def test_importing_summitparse_ray_does_not_import_ray() -> None:
    code = "import sys, summitparse, summitparse.ray; print('ray' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_without_ray_the_error_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import summitparse.ray as sray

    real_import = builtins.__import__

    def no_ray(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "ray" or name.startswith("ray."):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_ray)
    for call in (
        lambda: sray.require_ray(),
        lambda: sray.run_ray_engine([str(FIXTURES)], out=io.StringIO()),
    ):
        with pytest.raises(ConfigurationError) as caught:
            call()
        message = str(caught.value)
        assert 'pip install "summitparse[ray]"' in message
        assert "\n" not in message


# -- on a local Ray -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ray_session() -> Iterator[Any]:
    import ray

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    ray.data.DataContext.get_current().enable_progress_bars = False
    yield ray
    ray.shutdown()


@pytest.fixture(scope="module")
def dataset_rows(ray_session: Any) -> dict[str, dict[str, Any]]:
    """The 200 articles plus two odd rows through ``extract_dataset``, rows by id."""
    from summitparse.ray import extract_dataset

    items: list[dict[str, Any]] = [
        {"id": article.id, "text": article.text, "lang": "en"} for article in corpus()
    ]
    items.append({"id": "empty-row", "text": "", "lang": "en"})
    items.append({"id": None, "text": "Berlin, 3 March 2026 – The summit opened.", "lang": "de"})
    items.append({"id": "bad-date", "text": "Leaders met.", "lang": "en", "published": "soon"})
    ds = ray_session.data.from_items(items)
    rows = extract_dataset(
        ds, published_column="published", backend="rules", concurrency=2, batch_size=16
    ).take_all()
    return {row["id"]: row for row in rows}


@requires_ray
def test_extract_dataset_gives_the_local_records_per_id(
    dataset_rows: dict[str, dict[str, Any]],
) -> None:
    expected = local_lines(corpus())
    got = {i: row["extraction"] for i, row in dataset_rows.items() if i in expected}
    assert len(got) == ARTICLES
    assert {i: without_timings(line) for i, line in got.items()} == {
        i: without_timings(line) for i, line in expected.items()
    }


@requires_ray
def test_rows_keep_their_columns_and_parse_back(dataset_rows: dict[str, dict[str, Any]]) -> None:
    row = dataset_rows["000-" + sorted(FIXTURES.glob("*.txt"))[0].stem]
    assert row["lang"] == "en"
    assert row["error_type"] is None
    assert row["error_message"] is None
    extraction = Extraction.model_validate_json(row["extraction"], context={"text": row["text"]})
    assert extraction.id == row["id"]


@requires_ray
def test_an_empty_row_is_an_error_row_not_a_failed_job(
    dataset_rows: dict[str, dict[str, Any]],
) -> None:
    row = dataset_rows["empty-row"]
    assert row["extraction"] is None
    assert row["error_type"] == "EmptyTextError"
    assert "empty" in row["error_message"]
    assert len(dataset_rows) == ARTICLES + 3


@requires_ray
def test_a_row_with_an_unreadable_date_is_an_error_row(
    dataset_rows: dict[str, dict[str, Any]],
) -> None:
    row = dataset_rows["bad-date"]
    assert row["extraction"] is None
    assert row["error_type"] == "InputError"
    assert "'soon'" in row["error_message"]


@requires_ray
def test_a_row_without_id_gets_the_stable_text_id(dataset_rows: dict[str, dict[str, Any]]) -> None:
    text = "Berlin, 3 March 2026 – The summit opened."
    row = dataset_rows[text_id(text)]
    assert row["lang"] == "de"
    assert json.loads(row["extraction"])["id"] == text_id(text)


@requires_ray
def test_a_wrong_option_fails_before_any_worker_starts(ray_session: Any) -> None:
    from summitparse.ray import extract_dataset

    ds = ray_session.data.from_items([{"text": "x"}])
    with pytest.raises(ConfigurationError, match="backend"):
        extract_dataset(ds, backend="gpt")


@pytest.fixture(scope="module")
def engine_inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """A folder of fixtures with bad files among them, then a JSONL dataset with bad records."""
    root = tmp_path_factory.mktemp("ray_engine")
    folder = root / "articles"
    (folder / "sub").mkdir(parents=True)
    fixtures = sorted(FIXTURES.glob("*.txt"))
    for path in fixtures[:6]:
        shutil.copy(path, folder / path.name)
    shutil.copy(fixtures[6], folder / "sub" / "nested.md")
    (folder / "b_empty.txt").write_bytes(b"")
    (folder / "c_binary.txt").write_bytes(bytes(range(256)) * 4)
    dataset = root / "articles.jsonl"
    records = [
        json.dumps({"id": f"j{i}", "text": article.text, "published": "2026-01-16"})
        for i, article in enumerate(corpus()[:4])
    ]
    records += [
        json.dumps({"text": corpus()[5].text, "url": "https://example.org/a"}),  # id: line number
        json.dumps({"id": "j-blank", "text": "   "}),
        "{not json",
    ]
    dataset.write_text("\n".join(records) + "\n", encoding="utf-8")
    return [str(folder), str(dataset)]


@requires_ray
def test_engine_writes_the_local_engines_lines(
    ray_session: Any, engine_inputs: list[str], tmp_path: Path
) -> None:
    from summitparse.ray import run_ray_engine

    local = io.StringIO()
    expected = run_batch(engine_inputs, extractor=Extractor("rules"), out=local)
    out = tmp_path / "out.jsonl"
    summary = run_ray_engine(
        engine_inputs, out=out, extractor_options={"backend": "rules"}, concurrency=2
    )
    local_records = [without_timings(line) for line in local.getvalue().splitlines()]
    ray_lines = out.read_text(encoding="utf-8").splitlines()
    assert [without_timings(line) for line in ray_lines] == local_records
    assert [r["error"]["type"] for r in local_records if "error" in r] == [
        "EmptyTextError",
        "DecodeError",
        "EmptyTextError",
        "InputError",
    ]
    assert (summary.articles, summary.failed, summary.records) == (
        expected.articles,
        expected.failed,
        expected.records,
    )


@requires_ray
@pytest.mark.parametrize("where", ["an input", "inside an input folder"])
def test_engine_never_truncates_an_input_given_as_its_output(
    engine_inputs: list[str], where: str
) -> None:
    # Checked before Ray starts: no session is needed, and nothing is written.
    from summitparse.ray import run_ray_engine

    folder, dataset = engine_inputs
    out = Path(dataset) if where == "an input" else Path(folder) / "out.jsonl"
    before = out.read_bytes() if out.exists() else None
    with pytest.raises(ConfigurationError):
        run_ray_engine(engine_inputs, out=out, extractor_options={"backend": "rules"})
    assert (out.read_bytes() if out.exists() else None) == before


@requires_ray
def test_engine_resume_skips_the_ids_already_written(
    ray_session: Any, engine_inputs: list[str]
) -> None:
    from summitparse.ray import run_ray_engine

    full, rest = io.StringIO(), io.StringIO()
    run_batch(engine_inputs, extractor=Extractor("rules"), out=full)
    lines = full.getvalue().splitlines()
    done = {json.loads(line)["id"] for line in lines[:10]}
    summary = run_ray_engine(
        engine_inputs, out=rest, extractor_options={"backend": "rules"}, skip_ids=done
    )
    assert summary.skipped == 10
    assert rest.getvalue().splitlines() == lines[10:]


@requires_ray
def test_llm_options_reach_the_workers_and_give_the_local_records(ray_session: Any) -> None:
    from fake_openai import Answer, FakeOpenAI, Reply

    from summitparse.ray import extract_dataset

    articles = corpus()[:6]
    empty = {"summits": [], "agreements": [], "trade_figures": [], "quotes": []}
    with FakeOpenAI() as server:
        server.fallback = Reply(body=Answer(empty))
        options = {
            "backend": "llm",
            "base_url": server.base_url,
            "api_key": "sk-test",
            "cache": False,
        }
        options |= {"model": "fake-model", "max_retries": 0}
        ds = ray_session.data.from_items([{"id": a.id, "text": a.text} for a in articles])
        rows = extract_dataset(ds, concurrency=1, requests_per_worker=3, **options).take_all()
        expected = {r.id: to_json_line(r) for r in Extractor(**options).extract_many(articles)}
        assert len(server.requests) == 2 * len(articles)
    got = {row["id"]: json.loads(row["extraction"]) for row in rows}
    assert {i: record["meta"]["backend"] for i, record in got.items()} == dict.fromkeys(
        expected, "llm"
    )
    assert {i: without_timings(json.dumps(r)) for i, r in got.items()} == {
        i: without_timings(line) for i, line in expected.items()
    }


@requires_ray
def test_cli_engine_ray_writes_the_local_engines_lines(ray_session: Any, tmp_path: Path) -> None:
    from summitparse.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(FIXTURES.glob("*.txt"))[:6]:
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    local, on_ray = tmp_path / "local.jsonl", tmp_path / "ray.jsonl"
    assert main(["extract", str(folder), "-o", str(local), "-q"]) == 1
    assert main(["extract", str(folder), "--engine", "ray", "-o", str(on_ray), "-q"]) == 1
    assert on_ray.read_text(encoding="utf-8") == local.read_text(encoding="utf-8")
