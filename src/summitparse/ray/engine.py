"""Run summitparse on Ray Data: the same records as the local engine, over a cluster.

Two entry points, both optional (``pip install "summitparse[ray]"``):

* :func:`extract_dataset` adds the extraction to every row of a ``ray.data.Dataset``
  (``extract_dataset(ray.data.read_json("articles.jsonl"))``). It is lazy, like every Ray Data
  transform: nothing runs until the dataset is consumed or written.
* :func:`run_ray_engine` is what ``summitparse extract PATH... --engine ray`` calls: it reads
  files, folders and JSONL datasets, runs :func:`extract_dataset` and writes the same JSON Lines,
  in the same order, as the local engine (:func:`summitparse.engine.batch.run_batch`).

Ray is imported only inside these functions: ``import summitparse`` (and even
``import summitparse.ray.engine``) never imports it, and without Ray installed a call raises a
:class:`~summitparse.errors.ConfigurationError` that says how to install it.

Output columns: every input column is kept; ``id`` is filled in and added columns are

=================  =========================================================================
``extraction``     the :class:`~summitparse.models.Extraction` as a JSON string (exactly the
                   line the local engine writes), null when the row failed
``error_type``     null when the row was extracted, else the error class (``EmptyTextError`` …)
``error_message``  null when the row was extracted, else what is wrong with the article
=================  =========================================================================

Why one JSON column rather than the contract's fields as columns: an extraction is deeply nested
(summits hold people and spans, quotes hold spans) and mostly-null fields change type from one
batch to the next when Arrow infers them (a batch whose dates are all null is typed ``null``, the
next ``date32``), which breaks writes to Parquet and unions of blocks. A string column has one
fixed Arrow type whatever the batch holds, round-trips to the Pydantic model without loss
(``Extraction.model_validate_json(row["extraction"])``) and is byte-identical to the local
engine's line. The columns people filter on (did it fail? why?) are plain scalar columns next to
it (``ds.filter(lambda row: row["error_type"] is None)``); :func:`row_result` or ``json.loads``
unpacks the rest where it is needed.

Failures: a row whose text is missing, empty or binary, whose publication date cannot be read,
or whose extraction fails gets ``error_type`` / ``error_message`` and a null ``extraction``; the
job goes on. Only misconfiguration (a wrong option, a missing text column, an LLM backend without
an endpoint) fails the job, because every row would fail the same way.

Rows without an id get a stable one: the file name for rows read from a path, else a hash of the
text (:func:`summitparse.io.articles.text_id`), the id the local engine gives a text passed without
one.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import importlib
import inspect
import os
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import IO, TYPE_CHECKING, Any, cast

from summitparse.config import Settings
from summitparse.days import parse_record_day
from summitparse.engine.batch import BatchSummary, iter_sources, to_json_line
from summitparse.engine.items import Result, bad_input_line, error_line, summitparse_error_line
from summitparse.engine.maps import EventLoopThread
from summitparse.engine.output import check_paths
from summitparse.engine.ratelimit import RateLimiter
from summitparse.errors import ConfigurationError, SummitparseError
from summitparse.extractor import Extractor
from summitparse.io.articles import Article, BadInput, InputItem, check_text, read_article, text_id
from summitparse.io.datasets import DEFAULT_FIELDS, Fields
from summitparse.io.paths import folder_holding
from summitparse.models import Extraction, ExtractionError
from summitparse.pipeline import Started, parse_published

if TYPE_CHECKING:
    import ray.data

__all__ = [
    "ERROR_MESSAGE_COLUMN",
    "ERROR_TYPE_COLUMN",
    "EXTRACTION_COLUMN",
    "INSTALL_HINT",
    "extract_dataset",
    "require_ray",
    "row_result",
    "run_ray_engine",
]

INSTALL_HINT = 'Ray is not installed; install the extra: pip install "summitparse[ray]"'
EXTRACTION_COLUMN = "extraction"
ERROR_TYPE_COLUMN = "error_type"
ERROR_MESSAGE_COLUMN = "error_message"

DEFAULT_BATCH_SIZE = 32
DEFAULT_REQUESTS_PER_WORKER = 8
_SMALL_BLOCKS = 32


# pyarrow (installed with Ray Data) ships no type information: its tables are typed Any here.
_Table = Any


def _pyarrow() -> Any:
    """The pyarrow module, imported when Ray runs (never by ``import summitparse``)."""
    return importlib.import_module("pyarrow")


# -- importing Ray ------------------------------------------------------------------------------


def _ray() -> ModuleType:
    """``ray`` with ``ray.data`` loaded, or a ConfigurationError that says how to install it."""
    try:
        ray = importlib.import_module("ray")
        importlib.import_module("ray.data")  # loads the submodule the callers use
    except ImportError:
        raise ConfigurationError(INSTALL_HINT) from None
    return ray


def require_ray() -> None:
    """Raise the one-line ConfigurationError (how to install) unless Ray Data is importable.

    The command line calls it before opening the output file, so a missing extra leaves no
    empty file behind.
    """
    _ray()


# -- the worker ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Columns:
    """Which input columns hold what; ``path`` rows are read from files on the worker."""

    text: str
    id: str
    published: str | None = None
    source: str | None = None
    path: str | None = None
    default_published: dt.date | None = None


@dataclass(frozen=True)
class _Row:
    text: object
    id: str
    published: object = None
    source: str | None = None
    path: str | None = None


def _optional_column(table: _Table, name: str | None) -> list[Any]:
    """A column's values, or nulls when it is not configured or absent (an optional field)."""
    if name is None or name not in table.column_names:
        return [None] * table.num_rows
    values: list[Any] = table.column(name).to_pylist()
    return values


def _row_id(value: object, text: object, path: str | None) -> str:
    if value is not None and str(value) != "":
        return str(value)
    if path is not None:
        return Path(path).name
    return text_id(text if isinstance(text, str) else "")


def _rows(table: _Table, columns: _Columns) -> list[_Row]:
    """The batch as rows; a table without the text column is a configuration error."""
    if columns.text not in table.column_names and columns.path not in table.column_names:
        raise ConfigurationError(
            f"the dataset has no column {columns.text!r} "
            f"(columns: {', '.join(table.column_names)}); pass text_column="
        )
    texts = _optional_column(table, columns.text)
    paths = _optional_column(table, columns.path)
    return [
        _Row(
            text=text,
            id=_row_id(raw_id, text, path),
            published=published,
            source=None if source is None else str(source),
            path=path,
        )
        for text, raw_id, published, source, path in zip(
            texts,
            _optional_column(table, columns.id),
            _optional_column(table, columns.published),
            _optional_column(table, columns.source),
            paths,
            strict=True,
        )
    ]


def _article(row: _Row, columns: _Columns, max_bytes: int) -> Article | ExtractionError:
    """The row as an article, or the error line that says why it cannot be one."""
    source = row.source if row.source is not None else row.path
    try:
        published = parse_record_day(
            row.published, default=columns.default_published, field=columns.published or ""
        )
        if row.text is None and row.path is not None:
            return read_article(
                row.path, article_id=row.id, max_bytes=max_bytes, published=published
            )
        # check_text checks the type at run time too: a number or bytes gives an error row.
        text = check_text(cast(str, row.text), article_id=row.id, source=source)
        return Article(text=text, id=row.id, source=source, published=published)
    except SummitparseError as error:  # includes a publication date that cannot be read
        return summitparse_error_line(error, row.id, source)


def _columns_for(
    table: _Table, columns: _Columns, results: list[Result], include_text: bool
) -> _Table:
    """The input table with the id filled in and the result columns set (types fixed)."""
    pa = _pyarrow()

    added = {
        columns.id: [result.id for result in results],
        EXTRACTION_COLUMN: [
            to_json_line(result, include_text=include_text)
            if isinstance(result, Extraction)
            else None
            for result in results
        ],
        ERROR_TYPE_COLUMN: [
            result.error.type if isinstance(result, ExtractionError) else None for result in results
        ],
        ERROR_MESSAGE_COLUMN: [
            result.error.message if isinstance(result, ExtractionError) else None
            for result in results
        ],
    }
    for name, values in added.items():
        array = pa.array(values, type=pa.string())
        if name in table.column_names:
            table = table.set_column(table.column_names.index(name), name, array)
        else:
            table = table.append_column(name, array)
    return table


class _ExtractBatches:
    """The Ray Data actor: one long-lived :class:`Extractor` per worker process.

    Building the extractor once per worker (not per batch) keeps the LLM clients, their
    connection pools, the response cache and the rate limiter alive for the worker's lifetime.
    The LLM backend runs a batch's calls on one private event loop (at most
    ``requests_per_worker`` at once); no process is forked inside a Ray worker. The rules
    backend runs the batch one article after another: a worker is one CPU.
    """

    def __init__(
        self, settings: Settings, columns: _Columns, requests_per_worker: int, include_text: bool
    ) -> None:
        self._extractor = Extractor.from_settings(settings)
        self._columns = columns
        self._requests = requests_per_worker
        self._include_text = include_text
        self._loop: EventLoopThread | None = None
        self._lock = threading.Lock()
        self._gate: tuple[asyncio.Semaphore, RateLimiter] | None = None

    def __call__(self, table: _Table) -> _Table:
        max_bytes = self._extractor.settings.max_bytes
        prepared = [_article(row, self._columns, max_bytes) for row in _rows(table, self._columns)]
        articles = [item for item in prepared if isinstance(item, Article)]
        extracted = iter(self._extract(articles))
        results = [
            item if isinstance(item, ExtractionError) else next(extracted) for item in prepared
        ]
        return _columns_for(table, self._columns, results, self._include_text)

    def _extract(self, articles: list[Article]) -> list[Result]:
        if self._extractor.settings.backend == "rules":
            return [self._one(article) for article in articles]
        with self._lock:  # two batches may arrive at once (see _compute)
            if self._loop is None:
                self._loop = EventLoopThread()
        return self._loop.submit(self._aextract(articles)).result()

    def _one(self, article: Article) -> Result:
        return self._extractor.extract_one(article, include_text=self._include_text)

    async def _aextract(self, articles: list[Article]) -> list[Result]:
        if self._gate is None:  # asyncio objects are made on the loop that uses them
            settings = self._extractor.settings
            self._gate = (
                asyncio.Semaphore(self._requests),
                RateLimiter(settings.rpm, settings.tpm),
            )
        return list(await asyncio.gather(*(self._aone(article) for article in articles)))

    async def _aone(self, article: Article) -> Result:
        """One article on the async client; errors become its error row, as in extract_many."""
        assert self._gate is not None
        prepared = self._extractor.prepare_item(article, None)
        if not isinstance(prepared, Started):
            return prepared
        return await self._extractor.afinish_item(article, prepared, self._gate, self._include_text)


# -- extract_dataset ----------------------------------------------------------------------------


def _settings(options: Mapping[str, Any]) -> Settings:
    """Extractor settings resolved on the driver, so every worker gets the same ones.

    The driver's environment (``OPENAI_API_KEY``, ``SUMMITPARSE_MODEL`` …) is read here, once;
    workers on other machines do not need it. A wrong option raises a ConfigurationError
    before any worker starts.
    """
    return Extractor(**options).settings


def _compute(ray_api: ModuleType, concurrency: int | tuple[int, int] | None, overlap: bool) -> Any:
    """An actor pool of ``concurrency`` workers (a fixed size, or ``(min, max)`` to autoscale).

    With ``overlap`` (the LLM backend) a worker runs two batches at once where this Ray allows
    it, so the rules of one batch run while the other waits for the endpoint.
    """
    strategy = ray_api.data.ActorPoolStrategy
    extra: dict[str, Any] = {}
    if overlap and "enable_true_multi_threading" in inspect.signature(strategy).parameters:
        extra = {"max_concurrent_calls_per_actor": 2, "enable_true_multi_threading": True}
    if concurrency is None:
        return strategy(min_size=1, max_size=None, **extra)
    if isinstance(concurrency, int):
        if concurrency < 1:
            raise ConfigurationError("concurrency must be at least 1")
        return strategy(size=concurrency, **extra)
    low, high = concurrency
    if not 1 <= low <= high:
        raise ConfigurationError(f"concurrency (min, max) must be 1 <= min <= max, got {low, high}")
    return strategy(min_size=low, max_size=high, **extra)


def extract_dataset(
    ds: ray.data.Dataset,
    *,
    text_column: str = "text",
    id_column: str = "id",
    published_column: str | None = None,
    source_column: str | None = None,
    path_column: str | None = None,
    concurrency: int | tuple[int, int] | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    requests_per_worker: int = DEFAULT_REQUESTS_PER_WORKER,
    num_cpus: float = 1.0,
    default_published: dt.date | str | None = None,
    include_text: bool = False,
    settings: Settings | None = None,
    **extractor_options: Any,
) -> ray.data.Dataset:
    """Add the extraction to every row: ``extraction``, ``error_type``, ``error_message``.

    ``concurrency`` is the number of worker actors (``(min, max)`` lets Ray autoscale; ``None``
    scales from 1 to what the cluster offers). A fixed pool claims its CPUs at start: when
    ``ds`` still has to be read (``read_json`` …) leave CPUs for the readers, or give a
    ``(min, max)`` range, else the reads wait for ever. Each worker holds one Extractor built from
    ``extractor_options`` (``backend=``, ``model=``, ``base_url=`` … as for
    :class:`~summitparse.Extractor`). ``requests_per_worker`` caps the LLM calls one worker has
    in flight, so a cluster sends at most ``concurrency × requests_per_worker`` requests at
    once; lower ``num_cpus`` (say 0.25) to pack more LLM workers, which mostly wait, on a node.

    ``published_column`` and ``source_column`` name optional per-row publication dates
    (``date``, ISO string) and sources; ``default_published`` stands in for a null or absent
    publication date (the command line's ``--published``); ``path_column`` names a column of
    file paths read on the workers for rows whose text is null (the paths must be readable
    there). ``include_text`` puts the text into each extraction (self-contained lines);
    ``settings`` (resolved :class:`~summitparse.config.Settings`, e.g. ``extractor.settings``)
    stands in for ``extractor_options``.
    """
    ray_api = _ray()
    if batch_size < 1 or requests_per_worker < 1 or num_cpus <= 0:
        raise ConfigurationError("batch_size, requests_per_worker and num_cpus must be positive")
    columns = _Columns(
        text=text_column,
        id=id_column,
        published=published_column,
        source=source_column,
        path=path_column,
        default_published=parse_published(default_published),
    )
    resolved = settings if settings is not None else _settings(extractor_options)
    result: ray.data.Dataset = ds.map_batches(
        _ExtractBatches,
        fn_constructor_kwargs={
            "settings": resolved,
            "columns": columns,
            "requests_per_worker": requests_per_worker,
            "include_text": include_text,
        },
        batch_format="pyarrow",
        batch_size=batch_size,
        compute=_compute(ray_api, concurrency, overlap=resolved.backend == "llm"),
        num_cpus=num_cpus,
        zero_copy_batch=True,
    )
    return result


def row_result(
    row: Mapping[str, Any], *, id_column: str = "id", source: str | None = None
) -> Result:
    """A row of :func:`extract_dataset`'s output back as the Pydantic result.

    An extracted row gives its :class:`Extraction`; a failed one the
    :class:`ExtractionError` the local engine would have written (with ``source`` if given).
    """
    line = row.get(EXTRACTION_COLUMN)
    if line is not None:
        return Extraction.model_validate_json(line)
    return error_line(
        str(row[id_column]),
        source,
        str(row.get(ERROR_TYPE_COLUMN) or "Error"),
        str(row.get(ERROR_MESSAGE_COLUMN) or ""),
    )


# -- the engine behind `summitparse extract --engine ray` ---------------------------------------

_ENGINE_COLUMNS = ("id", "text", "path", "source", "published")


@dataclass
class _Plan:
    """The inputs as Ray blocks (in the object store), and the bad ones kept on the driver."""

    blocks: list[Any] = field(default_factory=list)
    bad: dict[int, ExtractionError] = field(default_factory=dict)  # by position in the output
    rows: int = 0


def _source_row(source: InputItem | Article, day: str | None) -> dict[str, str | None]:
    """A file is read on its worker; a dataset record (read here, in order) travels as text."""
    if isinstance(source, InputItem):
        path = str(source.path)
        return {"id": source.id, "text": None, "path": path, "source": path, "published": day}
    published = source.published.isoformat() if source.published is not None else day
    return {
        "id": source.id,
        "text": source.text,
        "path": None,
        "source": source.source,
        "published": published,
    }


def _plan(
    ray_api: ModuleType,
    sources: Iterable[InputItem | Article | BadInput],
    day: dt.date | None,
    block_rows: int,
) -> _Plan:
    """Blocks put in the object store as soon as they are full.

    The first blocks are small, so a short run still spreads over every worker; later ones hold
    ``block_rows`` rows (one batch): larger blocks would cost less bookkeeping but leave workers
    idle while one finishes the last block.
    """
    pa = _pyarrow()

    plan = _Plan()
    pending: list[dict[str, str | None]] = []
    day_text = day.isoformat() if day is not None else None

    def flush() -> None:
        table = pa.table(
            {name: pa.array([r[name] for r in pending], pa.string()) for name in _ENGINE_COLUMNS}
        )
        plan.blocks.append(ray_api.put(table))
        pending.clear()

    for position, source in enumerate(sources):
        if isinstance(source, BadInput):
            plan.bad[position] = bad_input_line(source)
            continue
        pending.append(_source_row(source, day_text))
        plan.rows += 1
        small = len(plan.blocks) < _SMALL_BLOCKS
        if len(pending) >= (max(1, block_rows // 4) if small else block_rows):
            flush()
    if pending:
        flush()
    return plan


def _skipping(sources: Iterable[Any], skip: Counter[str], summary: BatchSummary) -> Iterator[Any]:
    """Sources without those already written (``--resume``): one skip per line written."""
    for source in sources:
        if skip[source.id] > 0:
            skip[source.id] -= 1
            summary.skipped += 1
            continue
        yield source


def _results(
    ray_api: ModuleType, plan: _Plan, settings: Settings, tuning: Mapping[str, Any]
) -> Iterator[Result | str]:
    """Every input's result in input order: Ray's lines, the driver's bad inputs in between."""
    position = 0
    if plan.blocks:
        ds = ray_api.data.from_arrow_refs(plan.blocks)
        extracted = extract_dataset(
            ds,
            published_column="published",
            source_column="source",
            path_column="path",
            settings=settings,
            **tuning,
        )
        for batch in extracted.iter_batches(batch_format="pyarrow", batch_size=256):
            for row in cast(_Table, batch).to_pylist():
                while position in plan.bad:
                    yield plan.bad.pop(position)
                    position += 1
                position += 1
                line = row[EXTRACTION_COLUMN]
                yield line if line is not None else row_result(row, source=row.get("source"))
    for position in sorted(plan.bad):
        yield plan.bad[position]


def _connect(
    ray_api: ModuleType,
    address: str | None,
    num_cpus: int | None,
    runtime_env: Mapping[str, Any] | None,
) -> bool:
    """Start or join Ray; True when this call started it (and so must shut it down).

    Only a Ray started here gets ``num_cpus`` and no dashboard; joining a cluster passes
    nothing but ``runtime_env`` (a cluster refuses resource options, Ray Client others).
    """
    if ray_api.is_initialized():
        return False
    options: dict[str, Any] = {}
    if runtime_env is not None:
        options["runtime_env"] = dict(runtime_env)
    if address is None:
        ray_api.init(num_cpus=num_cpus, include_dashboard=False, **options)
    else:
        ray_api.init(address=address, **options)
    return True


def _checked_output(out: IO[str] | str | os.PathLike[str], paths: Sequence[str]) -> Path | None:
    """The real path ``out`` names, checked as the command line checks ``-o`` before anything
    is truncated: never one of the inputs (by any spelling or link), never a folder or a pipe,
    and never inside an input folder, since the workers' walk cannot leave it out and would read
    it back. ``None`` for a stream."""
    if not isinstance(out, (str, os.PathLike)):
        return None
    shown = os.fspath(out)
    real = check_paths(paths, shown, resume=False)
    if real is not None and (folder := folder_holding(real, paths)) is not None:
        raise ConfigurationError(
            f"{shown} is inside the input folder {folder}, which the Ray engine would read "
            "back as an article; write the output outside it"
        )
    return real or Path(shown)


def _open(out: IO[str] | str | os.PathLike[str], real: Path | None) -> tuple[IO[str], bool]:
    """The output stream, and whether this run opened it (and so must close it)."""
    if isinstance(out, (str, os.PathLike)):
        return (real or Path(out)).open("w", encoding="utf-8", newline="\n"), True
    return out, False


def run_ray_engine(
    paths: Sequence[str],
    *,
    out: IO[str] | str | os.PathLike[str],
    address: str | None = None,
    extractor_options: Mapping[str, Any] | None = None,
    extractor: Extractor | None = None,
    published: dt.date | str | None = None,
    concurrency: int | tuple[int, int] | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    requests_per_worker: int = DEFAULT_REQUESTS_PER_WORKER,
    num_cpus: int | None = None,
    skip_ids: Counter[str] | set[str] | None = None,
    include_text: bool = False,
    fields: Fields = DEFAULT_FIELDS,
    stdin_format: str = "text",
    runtime_env: Mapping[str, Any] | None = None,
) -> BatchSummary:
    """Extract files, folders and datasets on Ray; write the local engine's JSON Lines.

    The inputs are listed exactly as the local engine lists them
    (:func:`summitparse.engine.batch.iter_sources`: folders walked sorted, ``.jsonl`` / ``.json``
    datasets record by record, ``-`` for standard input), so ids, sources and order are the
    same. Files are read on the workers (a cluster needs them on a shared file system); dataset
    records are parsed here and travel as text through Ray's object store, which spills to
    disk. Configure the extraction with ``extractor`` (a built :class:`Extractor`) or
    ``extractor_options`` (its keyword arguments).

    ``address`` is ``None`` (start a local Ray with ``num_cpus`` CPUs, or join the one
    ``RAY_ADDRESS`` names, as ``ray.init`` does), ``"auto"`` (the cluster this machine is part
    of) or ``"ray://head:10001"`` (Ray Client). A Ray already initialised in this process is
    used as it is. ``runtime_env`` is passed to ``ray.init`` (e.g. ``{"pip": ["summitparse"]}``).

    Lines are written and flushed one at a time in input order, as
    :func:`summitparse.engine.batch.run_batch` writes them, and the summary counts the same things;
    ``skip_ids`` (``--resume``) are left out. ``out`` given as a path is overwritten, after the
    checks the command line makes of ``-o`` (a ConfigurationError when it is an input, a folder,
    a pipe, or inside an input folder).
    """
    ray_api = _ray()
    settings = extractor.settings if extractor is not None else _settings(extractor_options or {})
    day = parse_published(published)
    tuning = {
        "concurrency": concurrency,
        "batch_size": batch_size,
        "requests_per_worker": requests_per_worker,
        "include_text": include_text,
    }
    summary = BatchSummary()
    sources = iter_sources(
        paths, fields=fields, published=day, max_bytes=settings.max_bytes, stdin_format=stdin_format
    )
    target = _checked_output(out, paths)
    started = _connect(ray_api, address, num_cpus, runtime_env)
    stream, close = _open(out, target)
    context = ray_api.data.DataContext.get_current()
    preserve_order = context.execution_options.preserve_order
    context.execution_options.preserve_order = True  # stream rows in input order
    try:
        todo = _skipping(sources, Counter(skip_ids or ()), summary)
        plan = _plan(ray_api, todo, day, batch_size)
        for item in _results(ray_api, plan, settings, tuning):
            line = item if isinstance(item, str) else to_json_line(item)
            stream.write(line + "\n")
            stream.flush()
            summary.add(Extraction.model_validate_json(line) if isinstance(item, str) else item)
    finally:
        context.execution_options.preserve_order = preserve_order
        if close:
            stream.close()
        if started:
            ray_api.shutdown()
    summary.elapsed = time.perf_counter() - summary.started
    return summary
