"""Where the event gold lives, for the tests of summitparse.events."""

from __future__ import annotations

from pathlib import Path

GOLD = Path(__file__).resolve().parents[2] / "fixtures" / "events"
