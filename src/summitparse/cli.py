"""The ``summitparse`` command: thin wrappers that turn options into library calls.

Exit status: 0 every article extracted, 1 some articles failed (each has its error line),
2 usage error (bad option, bad configuration, no input, an input path that does not exist, an
output that is an input or cannot be written), 3 a crash (a bug in summitparse: the traceback
follows its message), 4 the LLM failed for most articles (their lines hold the rules' records)
or the run stopped because it failed alike for a lasting reason, 130 interrupted (Ctrl-C: one
line on stderr, every line written so far kept). 4 wins over 1: a run that is not what the
user asked for must not pass for one where a few files were bad.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import sys
import traceback
from pathlib import Path
from typing import Annotated

import typer

from summitparse._version import __version__
from summitparse.engine.batch import BatchJob, BatchSummary, OutputError, appended_output
from summitparse.engine.local import DEFAULT_TIME_CAP
from summitparse.engine.output import check_paths
from summitparse.errors import ConfigurationError
from summitparse.extractor import Extractor
from summitparse.io.articles import ARTICLE_SUFFIXES, WARC_SUFFIXES
from summitparse.io.datasets import DATASET_SUFFIXES, DEFAULT_FIELDS, Fields
from summitparse.io.paths import folder_holding
from summitparse.pipeline import parse_published

__all__ = ["app", "main"]

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_CRASH, EXIT_LLM_FAILED = 0, 1, 2, 3, 4
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it

app = typer.Typer(
    name="summitparse",
    help="Source-grounded records (summits, agreements, trade figures, quotes) from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _usage_error(message: str) -> typer.Exit:
    typer.echo(f"summitparse: error: {message}", err=True)
    return typer.Exit(EXIT_USAGE)


def _batch_status(summary: BatchSummary) -> int:
    if summary.llm_mostly_failed:
        return EXIT_LLM_FAILED
    return EXIT_SOME_FAILED if summary.failed or summary.kept_failed else EXIT_OK


def _globs(suffixes: frozenset[str]) -> str:
    return ", ".join(f"*{suffix}" for suffix in sorted(suffixes))


@app.command()
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(
            help=f"Article files, folders (walked for {_globs(ARTICLE_SUFFIXES)} and WARC "
            f"archives), datasets ({_globs(DATASET_SUFFIXES)}), WARC archives "
            f"({_globs(frozenset(WARC_SUFFIXES))}) or - for stdin."
        ),
    ],
    output: Annotated[
        str | None, typer.Option("-o", "--output", help="Write JSON Lines here (default stdout).")
    ] = None,
    backend: Annotated[str, typer.Option(help="auto, llm or rules.")] = "auto",
    model: Annotated[str | None, typer.Option(help="LLM model name.")] = None,
    base_url: Annotated[
        str | None, typer.Option("--base-url", help="OpenAI-compatible endpoint URL.")
    ] = None,
    mode: Annotated[
        str | None,
        typer.Option(
            help="instructor mode: auto (probe the endpoint once), tools, json_schema, "
            "json_object or md_json."
        ),
    ] = None,
    time_budget: Annotated[
        float | None,
        typer.Option(
            "--time-budget", help="LLM seconds per article, every retry and split included."
        ),
    ] = None,
    max_tokens: Annotated[
        int | None,
        typer.Option("--max-tokens", help="LLM answer tokens per call (default: from length)."),
    ] = None,
    published: Annotated[
        str | None,
        typer.Option(help="Publication date YYYY-MM-DD for articles that do not carry one."),
    ] = None,
    concurrency: Annotated[
        int, typer.Option(min=1, help="LLM requests in flight; rules: processes, up to the cores.")
    ] = 8,
    resume: Annotated[
        bool, typer.Option(help="Skip ids already in the output file; repair a torn last line.")
    ] = False,
    include_text: Annotated[
        bool,
        typer.Option("--include-text", help="Write the text the offsets refer to in each line."),
    ] = False,
    text_field: Annotated[str, typer.Option(help="Dataset field holding the text.")] = "text",
    id_field: Annotated[str, typer.Option(help="Dataset field holding the id.")] = "id",
    published_field: Annotated[
        str, typer.Option(help="Dataset field holding the publication date.")
    ] = "published",
    source_field: Annotated[
        list[str] | None,
        typer.Option(help="Dataset field(s) holding the source (default: source, url)."),
    ] = None,
    cache: Annotated[
        bool, typer.Option(help="Reuse cached LLM answers (SUMMITPARSE_CACHE_DIR moves it).")
    ] = True,
    cache_dir: Annotated[
        str | None, typer.Option(help="Cache folder (default ~/.cache/summitparse).")
    ] = None,
    rpm: Annotated[float | None, typer.Option(min=0, help="Max LLM requests per minute.")] = None,
    tpm: Annotated[float | None, typer.Option(min=0, help="Max LLM tokens per minute.")] = None,
    stdin_format: Annotated[
        str, typer.Option(help="What - reads: text (one article) or jsonl (a dataset).")
    ] = "text",
    progress: Annotated[
        bool | None,
        typer.Option(help="Progress bar on stderr (default: when stderr is a terminal)."),
    ] = None,
    page_dates: Annotated[
        bool,
        typer.Option(help="Use a web page's own date as its publication date when none is given."),
    ] = True,
    article_timeout: Annotated[
        float,
        typer.Option(
            "--article-timeout",
            min=0,
            help="Seconds the rules may spend on one article before it gets an ArticleTimeout "
            "line (0: no limit).",
        ),
    ] = DEFAULT_TIME_CAP,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary on stderr.")] = False,
    engine: Annotated[
        str,
        typer.Option(help='local (this machine) or ray (pip install "summitparse[ray]").'),
    ] = "local",
    ray_address: Annotated[
        str | None,
        typer.Option(
            "--ray-address",
            help="Ray cluster to join: auto or ray://HOST:10001 (default: start a local Ray).",
        ),
    ] = None,
) -> None:
    """Extract records from articles to JSON Lines, one line per article, in input order."""
    if engine not in ("local", "ray"):
        raise _usage_error(f"--engine must be local or ray, got {engine!r}")
    if resume and output in (None, "-"):
        raise _usage_error("--resume needs an output file (-o OUT.jsonl)")
    if stdin_format not in ("text", "jsonl"):
        raise _usage_error(f"--stdin-format must be text or jsonl, got {stdin_format!r}")
    for name, seconds in (("--article-timeout", article_timeout), ("--time-budget", time_budget)):
        if seconds is not None and not math.isfinite(seconds):
            # inf would let one article hold the batch forever; nan compares false to every
            # deadline, so it would mean "no limit" too, silently
            raise _usage_error(f"{name} must be a finite number of seconds, got {seconds}")
    for name, rate in (("--rpm", rpm), ("--tpm", tpm)):
        if rate is not None and math.isnan(rate):
            raise _usage_error(f"{name} must be a number, got nan")
    try:
        extractor = Extractor(
            backend,
            model=model,
            base_url=base_url,
            mode=mode,
            time_budget=time_budget,
            max_tokens=max_tokens,
            cache=(cache_dir or None) if cache else False,
            rpm=rpm,
            tpm=tpm,
            page_dates=page_dates,
        )
        day = parse_published(published)
    except ConfigurationError as error:
        raise _usage_error(error.message) from None
    fields = Fields(
        text_field, id_field, published_field, tuple(source_field or DEFAULT_FIELDS.source)
    )
    if engine == "ray":
        try:
            real = check_paths(paths, output, resume=resume)
            if real is not None and (folder := folder_holding(real, paths)) is not None:
                raise ConfigurationError(
                    f"-o {output} is inside the input folder {folder}, and --engine ray would "
                    "read it back as an article; write the output outside it"
                )
            summary = _run_on_ray(
                paths,
                extractor,
                output=output,
                resume=resume,
                address=ray_address,
                concurrency=concurrency,
                published=day,
                include_text=include_text,
                fields=fields,
                stdin_format=stdin_format,
            )
        except (ConfigurationError, OutputError) as error:
            raise _usage_error(error.message) from None
        finally:
            extractor.close()
        _report(summary, extractor, quiet=quiet)
        if summary.articles == 0 and summary.skipped == 0:
            raise _usage_error("no articles found in " + " ".join(paths))
        raise typer.Exit(_batch_status(summary))
    job = BatchJob(
        paths=paths,
        extractor=extractor,
        output=output,
        concurrency=concurrency,
        published=day,
        resume=resume,
        include_text=include_text,
        fields=fields,
        progress=False if quiet else progress,
        stdin_format=stdin_format,
        time_cap=article_timeout or None,
    )
    try:
        summary = job.run()
    except (ConfigurationError, OutputError) as error:
        raise _usage_error(error.message) from None
    finally:
        extractor.close()
    _report(summary, extractor, quiet=quiet)
    if summary.articles == 0 and summary.skipped == 0 and not summary.leftover:
        raise _usage_error("no articles found in " + " ".join(paths))
    raise typer.Exit(_batch_status(summary))


def _run_on_ray(
    paths: list[str],
    extractor: Extractor,
    *,
    output: str | None,
    resume: bool,
    address: str | None,
    concurrency: int,
    published: dt.date | None,
    include_text: bool,
    fields: Fields,
    stdin_format: str,
) -> BatchSummary:
    """``--engine ray``: the same lines, computed on Ray (:mod:`summitparse.ray.engine`)."""
    from summitparse.ray.engine import require_ray, run_ray_engine

    try:
        require_ray()  # before the output file is opened (and truncated)
    except ConfigurationError as error:
        raise _usage_error(error.message) from None
    try:
        with appended_output(output, resume=resume) as (stream, done):
            return run_ray_engine(
                paths,
                out=stream,
                address=address,
                extractor=extractor,
                published=published,
                requests_per_worker=concurrency,
                skip_ids=done,
                include_text=include_text,
                fields=fields,
                stdin_format=stdin_format,
            )
    except ConfigurationError as error:
        raise _usage_error(error.message) from None


def _report(summary: BatchSummary, extractor: Extractor, *, quiet: bool) -> None:
    """The end-of-run summary on stderr, and why the cache was off if it broke."""
    cache = extractor.cache
    if cache is not None and cache.problem:
        typer.echo(f"summitparse: warning: {cache.problem}", err=True)
    if not quiet:
        typer.echo(summary.format(), err=True)


@app.command("eval")
def eval_command(
    gold: Annotated[
        str,
        typer.Argument(
            help="Gold JSONL (an extract output, corrected) or a folder of *.gold.json."
        ),
    ],
    pred: Annotated[
        str, typer.Argument(help="Predictions: the JSONL that `summitparse extract` wrote.")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    details: Annotated[
        bool, typer.Option("--details", help="List each article's misses and false hits.")
    ] = False,
    events: Annotated[
        bool,
        typer.Option(
            "--events",
            help="Score events: GOLD is clusters.json or events JSONL, PRED events JSONL "
            "(B-cubed and pairwise P/R/F1).",
        ),
    ] = False,
) -> None:
    """Precision, recall, F1 and attribute accuracy per record type."""
    if events:
        _eval_events(gold, pred, as_json=as_json)
    from summitparse.evaluate import evaluate, format_report

    for path in (gold, pred):
        if not Path(path).exists():
            raise _usage_error(f"{path}: no such file or folder")
    report = evaluate(gold, pred)
    if as_json:
        typer.echo(json.dumps(report.to_dict(details=details), indent=2, ensure_ascii=False))
    else:
        typer.echo(format_report(report))
        if details:
            for article_id, kinds in report.to_dict(details=True)["details"].items():
                for kind, entry in kinds.items():
                    for what, items in entry.items():
                        for item in items:
                            typer.echo(f"{article_id}\t{kind}\t{what}\t{item}")
    for problem in report.problems:
        typer.echo(f"summitparse: {problem}", err=True)
    if not report.articles:
        # Perfect scores over nothing: a script reading only the status must not take them.
        typer.echo("summitparse: no article was scored: gold and predictions share no id", err=True)
        raise typer.Exit(EXIT_SOME_FAILED)


def _eval_events(gold: str, pred: str, *, as_json: bool) -> None:
    from summitparse.events.commands import run_eval

    raise typer.Exit(run_eval(gold, pred, as_json=as_json))


@app.command("events")
def events_command(
    inputs: Annotated[
        list[str],
        typer.Argument(metavar="OUT.jsonl...", help="JSON Lines that `summitparse extract` wrote."),
    ],
    output: Annotated[
        str | None,
        typer.Option("-o", "--output", help="Write events here (default stdout; tables need it)."),
    ] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            help="jsonl (Event records), plover, csv or parquet (needs the parquet extra); "
            "csv and parquet also write OUTPUT.mentions.csv/.parquet.",
        ),
    ] = "jsonl",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary on stderr.")] = False,
) -> None:
    """Resolve the summits and agreements of many articles into events (one row per event)."""
    from summitparse.events.commands import run_events

    raise typer.Exit(run_events(inputs, output, fmt, quiet=quiet))


@app.command("review")
def review(
    pred: Annotated[
        Path,
        typer.Argument(metavar="OUT.jsonl", help="The JSONL that `summitparse extract` wrote."),
    ],
    output: Annotated[
        Path, typer.Option("-o", "--output", help="Write the HTML page here.")
    ] = Path("review.html"),
    text_from: Annotated[
        Path | None,
        typer.Option(
            "--text-from",
            help="Folder of the articles (found by id or source) when the lines hold no text.",
        ),
    ] = None,
    allow_source_root: Annotated[
        list[Path] | None,
        typer.Option(
            "--allow-source-root",
            help="Read a line's source path for its text only under this folder (repeatable); "
            "without it no source path is read.",
        ),
    ] = None,
) -> None:
    """Write one self-contained HTML page that shows every record's evidence in its article."""
    from summitparse.review import review_command

    raise typer.Exit(
        review_command(
            pred, text_from=text_from, output=output, source_roots=allow_source_root or ()
        )
    )


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo(__version__)


def _interrupted() -> None:
    print(
        "summitparse: interrupted; every line written so far is kept "
        "(extract: rerun with --resume to continue)",
        file=sys.stderr,
    )


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit status."""
    try:
        app(args=argv, prog_name="summitparse", standalone_mode=True)
    except SystemExit as exit_:
        code = exit_.code
        if code == EXIT_INTERRUPTED:  # typer turns Ctrl-C into this exit, without a word
            _interrupted()
        return code if isinstance(code, int) else (0 if code is None else EXIT_USAGE)
    except KeyboardInterrupt:
        _interrupted()
        return EXIT_INTERRUPTED
    except Exception as error:  # a bug: its own status, so scripts never take it for bad input
        print(
            f"summitparse: crash (a bug in summitparse, please report it): "
            f"{type(error).__name__}: {error}",
            file=sys.stderr,
        )
        traceback.print_exc(file=sys.stderr)
        return EXIT_CRASH
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
