"""Reading articles: files, folders, standard input, HTML pages and datasets.

Everything here is offline and total: a bad input becomes a :class:`BadInput` (or raises an
:class:`~summitparse.errors.InputError` subclass for a single article), never a traceback.
"""

from summitparse.io.articles import (
    ARTICLE_SUFFIXES,
    HTML_SUFFIXES,
    Article,
    BadInput,
    InputItem,
    check_text,
    decode_article,
    discover,
    read_article,
    text_id,
)
from summitparse.io.datasets import DATASET_SUFFIXES, DEFAULT_FIELDS, Fields, is_dataset
from summitparse.io.html import html_to_text

__all__ = [
    "ARTICLE_SUFFIXES",
    "DATASET_SUFFIXES",
    "DEFAULT_FIELDS",
    "HTML_SUFFIXES",
    "Article",
    "BadInput",
    "Fields",
    "InputItem",
    "check_text",
    "decode_article",
    "discover",
    "html_to_text",
    "is_dataset",
    "read_article",
    "text_id",
]
