"""The Python API on the seed article: extract, then read the records.

Run: python examples/python_api.py [ARTICLE]
"""

from __future__ import annotations

import sys
from pathlib import Path

import summitparse

ROOT = Path(__file__).resolve().parent.parent
path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "seeds" / "000_0a2133f4850d8740.txt"
text = path.read_text(encoding="utf-8")

x = summitparse.extract(text, id=path.name)  # offline rules backend unless an LLM is configured

print(f"{x.id}: backend={x.meta.backend}, dateline={x.dateline.place if x.dateline else None}")
for summit in x.summits:
    who = ", ".join(f"{p.name} ({p.country})" for p in summit.participants)
    print(f"summit: {who} in {summit.location}, {summit.country} on {summit.start_date}")
for agreement in x.agreements:
    print(f"agreement: {agreement.name} [{agreement.kind}, {agreement.status}] {agreement.date}")
for trade in x.trade_figures:
    print(f"trade: {trade.description} {trade.value:,.0f} {trade.currency} {trade.parties}")
for quote in x.quotes:
    print(f"quote: {quote.speaker} {quote.cue}: {quote.text[:60]}")
# Every span points into the text exactly:
assert all(text[s.start : s.end] == s.text for s in x.iter_spans())
