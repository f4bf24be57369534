"""summitparse: validated, source-grounded records from news articles about diplomacy.

>>> import summitparse
>>> x = summitparse.extract(open("seeds/000_0a2133f4850d8740.txt").read())  # doctest: +SKIP
>>> x.summits[0].participants[0].name  # doctest: +SKIP
'Sanae Takaichi'

The public names below are the contract (the README's "Python" section);
``tests/test_public_api.py`` keeps ``__all__`` exact.
"""

from summitparse._version import __version__
from summitparse.errors import (
    ArticleNotFoundError,
    ArticleTooLargeError,
    BackendError,
    ConfigurationError,
    DecodeError,
    EmptyTextError,
    InputError,
    SpanMismatchError,
    SummitparseError,
)
from summitparse.events import Event, resolve_events
from summitparse.extractor import Extractor, aextract, extract, extract_many
from summitparse.models import (
    Agreement,
    Dateline,
    DateMention,
    Extraction,
    ExtractionError,
    Figure,
    Meta,
    Person,
    Quote,
    Span,
    Summit,
    TradeFigure,
)
from summitparse.rules import find_dates, find_figures, find_quotes

__all__ = [
    "Agreement",
    "ArticleNotFoundError",
    "ArticleTooLargeError",
    "BackendError",
    "ConfigurationError",
    "DateMention",
    "Dateline",
    "DecodeError",
    "EmptyTextError",
    "Event",
    "Extraction",
    "ExtractionError",
    "Extractor",
    "Figure",
    "InputError",
    "Meta",
    "Person",
    "Quote",
    "Span",
    "SpanMismatchError",
    "Summit",
    "SummitparseError",
    "TradeFigure",
    "__version__",
    "aextract",
    "extract",
    "extract_many",
    "find_dates",
    "find_figures",
    "find_quotes",
    "resolve_events",
]
