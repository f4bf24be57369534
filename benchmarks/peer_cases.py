"""Score find_dates and find_figures against peers on other projects' own test cases.

One run, one table per layer: precision, recall, F1, value (and currency) accuracy and cases per
second for summitparse and each installed peer (dateparser, datefinder; quantulum3,
price-parser), with our speed as a ratio to each peer's measured in the same run.

    pip install -e ".[bench]"
    python benchmarks/peer_cases.py                       # dev split in benchmarks/data
    python benchmarks/peer_cases.py --dates D.jsonl --money M.jsonl   # another split

The scoring rules are those of benchmarks/data/README.md (see peer_dates.py and
peer_money.py, which also run on their own and list our misses with --misses).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import peer_dates
import peer_money


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dates", default=str(peer_dates.DEFAULT_CASES), help="date cases")
    parser.add_argument("--money", default=str(peer_money.DEFAULT_CASES), help="money cases")
    parser.add_argument("--quick", action="store_true", help="skip the slowest peer")
    args = parser.parse_args(argv)

    print(f"Dates: {args.dates}")
    print(peer_dates.format_table(peer_dates.score_dates(args.dates, quick=args.quick)))
    print()
    print(f"Money, percent and numbers: {args.money}")
    print(peer_money.format_table(peer_money.score_money(args.money)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
