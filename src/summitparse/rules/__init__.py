"""Deterministic finders: total functions over any text, offline, no key.

``find_dates``, ``find_figures`` and ``find_quotes`` are useful on their own; ``extract_records``
runs every rule over an article for the ``rules`` backend.
"""

from summitparse.rules.dates.finder import find_dates
from summitparse.rules.figures.finder import find_figures
from summitparse.rules.quotes.finder import find_quotes

__all__ = ["find_dates", "find_figures", "find_quotes"]
