#!/usr/bin/env python3
"""Do summitparse's deterministic finders run in time linear in their input?

For each finder (table FINDERS) and each adversarial input shape (table SHAPES), time the finder
on texts of 10 KB, 100 KB and 1 MB and print the growth ratio 1 MB / 10 KB: linear is ~100,
quadratic ~10,000. Every (finder, shape) pair runs in its own subprocess, so a pathological case
is killed at ``--cap`` seconds ("> cap") and the larger sizes are skipped; a size that finishes
but takes longer than the cap also skips the larger sizes.

    python benchmarks/adversarial_growth.py                       # everything (long)
    python benchmarks/adversarial_growth.py --finders dates,figures --shapes digits,dots
    python benchmarks/adversarial_growth.py --sizes 10k,100k --cap 5 --jobs 2

Only the standard library and summitparse's public API are used: ``find_dates``,
``find_figures``, ``find_quotes``, ``split_sentences`` and ``extract`` (the rules backend, which
runs every finder, so a superlinear finder without a public entry shows in its row).

Verdict, from the growth exponent k in time ~ size**k fitted between the smallest and the largest
size that finished: k < 1.25 "linear", k < 1.6 "superlinear?" (n log n, or noise), else
"SUPERLINEAR" (k ~ 2 is quadratic). A case that hit the cap is "SUPERLINEAR" when its measured
sizes already grow faster than linear, else "slow (> cap)".
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import math
import os
import queue
import random
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

# --------------------------------------------------------------------------------------------
# The finders. name, "module:function", call shape (see CALLS below).
#   text        f(text)
#   reference   f(text, reference=REFERENCE)
#   published   f(text, published=REFERENCE)
#   extract     f(text, backend="rules", published="2026-01-16")
# --------------------------------------------------------------------------------------------
FINDERS: list[tuple[str, str, str]] = [
    ("dates", "summitparse:find_dates", "reference"),
    ("figures", "summitparse:find_figures", "text"),
    ("quotes", "summitparse:find_quotes", "text"),
    ("sentences", "summitparse.text:split_sentences", "text"),
    ("extract", "summitparse:extract", "extract"),
]

REFERENCE = dt.date(2026, 1, 16)
DEFAULT_SIZES = "10k,100k,1m"
DEFAULT_CAP = 20.0
HERE = Path(__file__).resolve().parent

_WORDS = (
    "the leaders agreed to deepen cooperation on trade and security while ministers from both "
    "countries discussed supply chains critical minerals energy climate finance and defence "
    "during talks that officials described as constructive and forward looking with plans for "
    "another meeting next year in the capital"
).split()
_CAPITALS = (
    "Tokyo Rome Prime Minister Foreign Office Palace Summit Council Union Bank Ministry Trade "
    "Energy Defence Security National Assembly Royal Navy Atlantic Pacific Northern Southern "
    "Eastern Western Central Federal Republic Democratic Kingdom Island Strait Forum Group"
).split()
_COUNTRIES = "Japan Italy France Germany India Brazil Canada Mexico Kenya Poland".split()


def _seed_text() -> str:
    """The project's seed article (seeds/*.txt next to benchmarks/), else a built-in stand-in."""
    for root in (HERE.parent, HERE.parent.parent, Path.cwd()):
        seeds = sorted((root / "seeds").glob("*.txt"))
        if seeds:
            return seeds[0].read_text(encoding="utf-8")
    return (
        "Tokyo, January 16, 2026 – Japanese Prime Minister Sanae Takaichi and Italian Prime "
        'Minister Giorgia Meloni met on Friday. "We agreed on a plan," Takaichi said. The two '
        "countries signed a $5 billion trade agreement and will meet again in March 2027.\n"
    )


def _repeat(unit: str) -> Callable[[int], str]:
    def make(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return make


def _random_words(words: list[str], sep: str = " ") -> Callable[[int], str]:
    def make(size: int) -> str:
        rng = random.Random(size)
        out: list[str] = []
        length = 0
        while length < size:
            word = rng.choice(words)
            out.append(word)
            length += len(word) + len(sep)
        return sep.join(out)[:size]

    return make


def _seed(size: int) -> str:
    return _repeat(_seed_text() + "\n\n")(size)


def _agreement_chain(size: int) -> str:
    """ "the Japan-Italy-France-...-Kenya agreement": one ever longer hyphenated name."""
    body = "-".join(_COUNTRIES[i % len(_COUNTRIES)] for i in range(size // 6 + 2))
    return ("the " + body)[: max(0, size - len(" agreement"))] + " agreement"


# name -> function(size in characters) -> text
SHAPES: dict[str, Callable[[int], str]] = {
    # one character repeated
    "char_a": _repeat("a"),
    "char_A": _repeat("A"),
    "digits": _repeat("7"),
    "dots": _repeat("."),
    "dquote": _repeat('"'),
    "curly_quote": _repeat("“"),
    "hyphen": _repeat("-"),
    "comma": _repeat(","),
    "space": _repeat(" "),
    "newline": _repeat("\n"),
    # repeated tokens
    "tok_May": _repeat("May "),
    "tok_January": _repeat("January "),
    "tok_January_5": _repeat("January 5, "),
    "tok_dollar_1": _repeat("$1 "),
    "tok_1,000,": _repeat("1,000,"),
    "tok_President": _repeat("President "),
    "tok_Mr.": _repeat("Mr. "),
    "tok_said": _repeat("said "),
    "tok_summit": _repeat("summit "),
    "tok_quoted_a": _repeat('"a" '),
    "tok_digits_dots": _repeat("1."),
    # prose without its usual marks
    "long_sentence": _random_words(_WORDS),
    "open_quotes": _repeat('"the talks were constructive '),
    "open_curly_quotes": _repeat("“the talks were constructive "),
    "capitalised_run": _random_words(_CAPITALS),
    "agreement_repeated": _repeat("the Japan-Italy agreement "),
    "agreement_chain": _agreement_chain,
    "agreement_sentence": _repeat("Japan and Italy signed a trade agreement on Friday. "),
    "agreement_signed": _repeat("signed the Japan-Italy agreement "),
    "hyphen_chain": _repeat("a-b-c-d-e-f-g-h-"),
    "tok_Treaty_of": _repeat("Treaty of "),
    "tok_Convention_on": _repeat("Convention on "),
    "tok_Smith": _repeat("Smith "),
    "tok_said_quote": _repeat('Mr Smith said "'),
    "pronouns": _repeat("Sanae Takaichi met Giorgia Meloni. She said he agreed. "),
    "pronoun_quotes": _repeat(
        'Prime Minister John Smith met President Anna Jones. "We agree," he said. '
        '"So do we," she added. '
    ),
    "travel_to": _repeat("President Bush's visit to Israel, "),
    "stripped_demonym": _repeat("Israel i Japan ese "),
    "edge_of_the_year": _repeat("by the end of the year "),
    "markup_keys": _repeat("margin:1 rgb(0.5,"),
    # real text
    "seed": _seed,
}


# --------------------------------------------------------------------------------------------
# Child side: run one finder over one shape at each size, print one JSON line per event.
# --------------------------------------------------------------------------------------------


def _resolve(target: str) -> Callable[..., object]:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def _prepare(call: str, func: Callable[..., object], text: str) -> Callable[[], object]:
    """The zero-argument call to time; what it needs is computed here, outside the timer."""
    if call == "text":
        return lambda: func(text)
    if call == "reference":
        return lambda: func(text, reference=REFERENCE)
    if call == "published":
        return lambda: func(text, published=REFERENCE)
    if call == "extract":
        return lambda: func(text, backend="rules", published=REFERENCE.isoformat())
    raise ValueError(f"unknown call shape {call!r}")


def _emit(**event: object) -> None:
    print(json.dumps(event), flush=True)


def child(finder: str, shape: str, sizes: list[int], cap: float) -> None:
    target, call = {name: (t, c) for name, t, c in FINDERS}[finder]
    try:
        func = _resolve(target)
    except (ImportError, AttributeError) as error:
        _emit(event="unavailable", reason=f"{type(error).__name__}: {error}")
        return
    # Warm up (lazy imports, compiled patterns, caches) on the seed before any timing.
    _prepare(call, func, _seed_text())()
    for size in sizes:
        text = SHAPES[shape](size)
        _emit(event="setup", size=size)
        try:
            run = _prepare(call, func, text)
            _emit(event="start", size=size)
            run()  # a finder may reject the text (extract: "only white space"); say so, not crash
        except Exception as error:
            _emit(event="rejected", reason=f"raises {type(error).__name__}")
            return
        best = math.inf
        spent = 0.0
        runs = 0
        # Repeat quick cases (best of up to 5, about 0.3 s in all) so 10 KB is not noise.
        while runs < 5 and (runs == 0 or spent < 0.3):
            began = time.perf_counter()
            run()
            took = time.perf_counter() - began
            best = min(best, took)
            spent += took
            runs += 1
            if took > cap:
                break
        _emit(event="done", size=size, seconds=best)
        if best > cap:
            return


# --------------------------------------------------------------------------------------------
# Parent side.
# --------------------------------------------------------------------------------------------


def parse_size(word: str) -> int:
    word = word.strip().lower().removesuffix("b")
    scale = {"k": 1_000, "m": 1_000_000}.get(word[-1:], 1)
    return int(float(word[:-1] if scale != 1 else word) * scale)


def size_label(size: int) -> str:
    if size >= 1_000_000 and size % 1_000_000 == 0:
        return f"{size // 1_000_000} MB"
    if size >= 1_000 and size % 1_000 == 0:
        return f"{size // 1_000} KB"
    return f"{size} B"


def run_pair(finder: str, shape: str, sizes: list[int], cap: float) -> dict[str, object]:
    """Run one (finder, shape) in a subprocess; kill it when a size goes past the cap."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", finder, shape]
    command += ["--sizes", ",".join(map(str, sizes)), "--cap", str(cap)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    times: dict[int, float | str] = {}
    status = "ok"
    deadline = time.monotonic() + cap + 60  # generous: interpreter start and import
    phase_size = None
    phase = "start"
    while True:
        try:
            line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            if phase_size is not None:
                times[phase_size] = "> cap" if phase == "run" else "setup > cap"
            status = "cap"
            process.kill()
            break
        if line is None:
            break
        event = json.loads(line)
        if event["event"] in ("unavailable", "rejected"):
            status = f"{event['event']}: {event['reason']}"
            break
        if event["event"] == "setup":
            phase_size, phase = event["size"], "setup"
            deadline = time.monotonic() + cap
        elif event["event"] == "start":
            phase = "run"
            deadline = time.monotonic() + cap
        elif event["event"] == "done":
            times[event["size"]] = float(event["seconds"])
            phase_size = None
            deadline = time.monotonic() + cap + 30  # building the next text
            if event["seconds"] > cap:
                status = "cap"
    process.wait()
    if process.returncode not in (0, None) and status == "ok":
        status = f"crashed ({process.returncode})"
    return {"finder": finder, "shape": shape, "times": times, "status": status}


def verdict(
    sizes: list[int], times: dict[int, float | str], status: str, cap: float
) -> tuple[str, str]:
    """(ratio text, verdict) for one row."""
    if status.startswith(("unavailable", "rejected", "crashed")):
        return "", status
    done = [(s, t) for s, t in sorted(times.items()) if isinstance(t, float)]
    capped = status == "cap"
    ratio = ""
    first, last = times.get(sizes[0]), times.get(sizes[-1])
    if isinstance(first, float) and isinstance(last, float):
        ratio = f"{last / max(first, 1e-6):.0f}"
    elif isinstance(first, float) and capped:
        ratio = "-"
    # time ~ size**k, fitted between the smallest and the largest finished sizes (ignoring
    # sub-millisecond noise when there is enough above it)
    exponent = None
    usable = [(s, t) for s, t in done if t >= 1e-3]
    if len(usable) < 2:
        usable = done
    if len(usable) >= 2:
        (s0, t0), (s1, t1) = usable[0], usable[-1]
        exponent = math.log(max(t1, 1e-9) / max(t0, 1e-9)) / math.log(s1 / s0)
    # a size killed at the cap gives a lower bound: its time > cap
    killed = [s for s, t in times.items() if t == "> cap"]
    bound = None
    if killed and done:
        s0, t0 = done[0]
        bound = math.log(max(cap / max(t0, 1e-9), 1.0)) / math.log(killed[0] / s0)
    if exponent is None and bound is None:
        return ratio, "slow (> cap at smallest size)" if capped else "?"
    if exponent is None or (bound is not None and bound > exponent):
        k, tag = bound, f"k>{bound:.2f}"
    else:
        k, tag = exponent, f"k={exponent:.2f}"
    assert k is not None
    if k < 1.25:
        word = "linear"
    elif k < 1.6:
        word = "superlinear?"
    else:
        word = "SUPERLINEAR"
    setup_only = capped and not killed and "setup > cap" in times.values()
    if setup_only:
        word = f"{word}; larger sizes not run (context > cap)"
    elif capped:
        word = f"{word}, > cap" if word != "linear" else "slow (> cap)"
    return ratio, f"{word} ({tag})"


def cell(value: float | str | None) -> str:
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    return f"{value:.4f}" if value < 1 else f"{value:.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help="comma list, e.g. 10k,100k,1m")
    parser.add_argument("--finders", default="", help="comma list of FINDERS names (default all)")
    parser.add_argument("--shapes", default="", help="comma list of SHAPES names (default all)")
    parser.add_argument("--cap", type=float, default=DEFAULT_CAP, help="seconds per case")
    parser.add_argument("--jobs", type=int, default=1, help="pairs run at once (1: cleanest)")
    parser.add_argument("--json", help="also write the raw results to this file")
    parser.add_argument("--list", action="store_true", help="list finders and shapes, then exit")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    sizes = sorted(parse_size(s) for s in args.sizes.split(",") if s.strip())
    if args.child:
        child(args.child[0], args.child[1], sizes, args.cap)
        return 0
    if args.list:
        print("finders:", ", ".join(name for name, _, _ in FINDERS))
        print("shapes: ", ", ".join(SHAPES))
        return 0
    known = [name for name, _, _ in FINDERS]
    finders = [f for f in args.finders.split(",") if f] or known
    shapes = [s for s in args.shapes.split(",") if s] or list(SHAPES)
    for name in finders:
        if name not in known:
            parser.error(f"unknown finder {name!r}; known: {', '.join(known)}")
    for name in shapes:
        if name not in SHAPES:
            parser.error(f"unknown shape {name!r}; known: {', '.join(SHAPES)}")

    pairs = [(f, s) for s in shapes for f in finders]
    results: dict[tuple[str, str], dict[str, object]] = {}
    print(
        f"# summitparse adversarial growth  python {sys.version.split()[0]}  cap {args.cap:g} s  "
        f"jobs {args.jobs}  {dt.datetime.now().isoformat(timespec='seconds')}",
        flush=True,
    )
    header = ["finder", "shape", *(size_label(s) for s in sizes), "ratio", "verdict"]
    widths = [10, 19, *([10] * len(sizes)), 7, 0]
    fmt = "  ".join(f"{{:<{w}}}" if w else "{}" for w in widths)
    print(
        f"# ratio = {size_label(sizes[-1])} / {size_label(sizes[0])} "
        f"(linear ~{sizes[-1] // sizes[0]}); seconds are best of up to 5 runs",
        flush=True,
    )
    print(fmt.format(*header), flush=True)

    def report(result: dict[str, object]) -> None:
        times = result["times"]
        assert isinstance(times, dict)
        ratio, word = verdict(sizes, times, str(result["status"]), args.cap)
        row = [result["finder"], result["shape"], *(cell(times.get(s)) for s in sizes), ratio, word]
        print(fmt.format(*row), flush=True)

    from concurrent.futures import ThreadPoolExecutor

    def one(pair: tuple[str, str]) -> dict[str, object]:
        return run_pair(pair[0], pair[1], sizes, args.cap)

    with ThreadPoolExecutor(max(1, args.jobs)) as pool:
        for result in pool.map(one, pairs):
            results[(str(result["finder"]), str(result["shape"]))] = result
            report(result)
    print("\n# sorted by finder", flush=True)
    print(fmt.format(*header), flush=True)
    for f in finders:
        for sh in shapes:
            report(results[(f, sh)])
    if args.json:
        rows = [
            {**r, "times": {str(k): v for k, v in dict(r["times"]).items()}}  # type: ignore[call-overload]
            for r in results.values()
        ]
        Path(args.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
