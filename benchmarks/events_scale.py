"""How event resolution scales: 10k, 100k and 1M synthetic mentions made from the event gold.

Each replica of the 60 gold articles is shifted in time (45 days per replica: articles, record
dates and the years its evidence names) and made noisy with a fixed seed: a venue dropped
(20 %), a summit's dates dropped (20 %), an agreement's name cut to its last three words
(15 %), a country dropped from a summit (10 %). Each replica's countries are a permutation of
the ISO codes and its agreements get made-up words in their names, so that replicas are other
parties' meetings and deals, not ever more reports of the same Kyoto Protocol.

Each size runs in a fresh process, so the peak resident memory (``resource.getrusage``) is that
run's own; the extractions are generated lazily and never held.

    python benchmarks/events_scale.py            # 10k, 100k, 1M
    python benchmarks/events_scale.py 10000      # one size
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pycountry

from summitparse import Extraction, Span, resolve_events
from summitparse.events.gold import gold_extractions

GOLD = Path(__file__).resolve().parent.parent / "fixtures" / "events"
SIZES = (10_000, 100_000, 1_000_000)
SHIFT_DAYS = 45


def _shift(day: dt.date | None, days: int) -> dt.date | None:
    return day + dt.timedelta(days=days) if day else None


_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def _shift_years(spans: list[Span], days: int) -> list[Span]:
    """Evidence with the years it names moved with the replica ("the 2005 G8 summit")."""

    def later(match: re.Match[str]) -> str:
        moved = dt.date(int(match.group(0)), 7, 1) + dt.timedelta(days=days)
        return str(moved.year)

    out = []
    for span in spans:
        text = _YEAR.sub(later, span.text)
        out.append(span.model_copy(update={"text": text, "end": span.start + len(text)}))
    return out


_CODES = sorted(c.alpha_2 for c in pycountry.countries)


def _countries(k: int) -> dict[str, str]:
    """Replica ``k``'s countries: a fixed permutation of the ISO codes, so that the replicas
    are other parties meeting (organisations such as EU or IAEA stay themselves)."""
    shuffled = list(_CODES)
    random.Random(1000 + k).shuffle(shuffled)
    return dict(zip(_CODES, shuffled, strict=True))


def _tag(k: int) -> str:
    """A made-up word naming replica ``k``'s agreements: without it, every replica of the
    Kyoto Protocol would rightly be the same treaty, and one event would hold them all."""
    letters = "bcdfghjklmnpqrstvwxz"
    rng = random.Random(k)
    words = ("".join(rng.choice(letters) for _ in range(7)).capitalize() for _ in range(3))
    return " ".join(words)


def _noisy(x: Extraction, k: int, rng: random.Random) -> Extraction:
    days = k * SHIFT_DAYS
    world = _countries(k)
    summits = []
    for s in x.summits:
        drop_dates = rng.random() < 0.2
        countries = list(s.countries)
        if countries and rng.random() < 0.1:
            countries.pop(rng.randrange(len(countries)))
        summits.append(
            s.model_copy(
                update={
                    "location": None if rng.random() < 0.2 else s.location,
                    "start_date": None if drop_dates else _shift(s.start_date, days),
                    "end_date": None if drop_dates else _shift(s.end_date, days),
                    "countries": [world.get(c, c) for c in countries],
                    "country": world.get(s.country, s.country) if s.country else None,
                    "evidence": _shift_years(s.evidence, days),
                }
            )
        )
    agreements = []
    for a in x.agreements:
        name = a.name
        if rng.random() < 0.15 and len(name.split()) > 3:
            name = " ".join(name.split()[-3:])
        name = f"{_tag(k)} {name}"
        update = {
            "parties": [world.get(p, p) for p in a.parties],
            "name": name,
            "date": _shift(a.date, days),
            "evidence": _shift_years(a.evidence, days),
        }
        agreements.append(a.model_copy(update=update))
    return x.model_copy(
        update={
            "id": f"{x.id}-r{k}",
            "published": _shift(x.published, days),
            "summits": summits,
            "agreements": agreements,
        }
    )


def synthetic(n_mentions: int, seed: int = 14) -> Iterator[Extraction]:
    """Extractions holding about ``n_mentions`` summit and agreement records in all."""
    base = list(gold_extractions(GOLD))
    rng = random.Random(seed)
    made, k = 0, 0
    while made < n_mentions:
        for x in base:
            if made >= n_mentions:
                return
            noisy = _noisy(x, k, rng)
            made += len(noisy.summits) + len(noisy.agreements)
            yield noisy
        k += 1


def run(n: int) -> tuple[float, float, int]:
    """Resolve ``n`` synthetic mentions: CPU seconds, peak RSS in MB, events.

    CPU time (``time.process_time``), not wall time: the machine is shared, and CPU time is
    what the resolver costs; it includes generating the synthetic extractions.
    """
    start = time.process_time()
    events = sum(1 for _ in resolve_events(synthetic(n)))
    seconds = time.process_time() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return seconds, peak_mb, events


def main(argv: list[str]) -> None:
    if argv:
        seconds, peak, events = run(int(argv[0]))
        print(f"{int(argv[0])}\t{seconds:.2f}\t{peak:.1f}\t{events}")
        return
    rows = []
    for n in SIZES:
        out = subprocess.run(
            [sys.executable, __file__, str(n)], capture_output=True, text=True, check=True
        ).stdout.split()
        rows.append((n, float(out[1]), float(out[2]), int(out[3])))
    print(f"{'mentions':>10} {'events':>9} {'CPU s':>9} {'µs/mention':>11} {'peak MB':>8}")
    for n, seconds, peak, events in rows:
        print(f"{n:>10,} {events:>9,} {seconds:>9.1f} {seconds / n * 1e6:>11.1f} {peak:>8.1f}")
    for (n0, s0, m0, _), (n1, s1, m1, _) in itertools.pairwise(rows):
        print(
            f"{n0:,} → {n1:,} ({n1 / n0:.0f}× mentions): time ×{s1 / s0:.1f}, "
            f"peak memory ×{m1 / m0:.2f}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
