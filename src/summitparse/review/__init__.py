"""The review page: one self-contained HTML file to check an output file by eye.

``summitparse review OUT.jsonl [--text-from FOLDER] -o review.html`` reads the JSON Lines that
``summitparse extract`` wrote and renders every article with each record's spans highlighted by
type, the records beside the text, and the article's warnings and fallback. Users choose a tool
by looking at what it found in their own articles, so the page must open from a file path on any
machine: CSS and JavaScript are inlined, nothing is fetched, and every piece of article or record
text is HTML-escaped (articles can hold ``<script>``).

The package follows the page's making: :mod:`~summitparse.review.entries` reads the lines and the
texts, :mod:`~summitparse.review.segments` cuts each text at its spans,
:mod:`~summitparse.review.render` writes the HTML (with ``assets/``), and
:mod:`~summitparse.review.command` is the command line's entry.
"""

from summitparse.review.command import review_command
from summitparse.review.entries import (
    KINDS,
    ArticleEntry,
    BadLine,
    ErrorEntry,
    Kind,
    Mark,
    load_entries,
)
from summitparse.review.render import render_page, render_review
from summitparse.review.segments import Segment, segments

__all__ = [
    "KINDS",
    "ArticleEntry",
    "BadLine",
    "ErrorEntry",
    "Kind",
    "Mark",
    "Segment",
    "load_entries",
    "render_page",
    "render_review",
    "review_command",
    "segments",
]
