"""The exception tree of summitparse.

Every error the library raises on purpose derives from :class:`SummitparseError`, so callers can
catch one class. Misuse (a wrong option) is kept apart from bad input and from runtime failures of
a backend, because callers handle them differently: fix the call, skip the article, or retry later.

::

    SummitparseError
    ├── ConfigurationError        an option or environment variable is wrong (fix the call)
    ├── InputError                the article itself cannot be read (skip it)
    │   ├── EmptyTextError        nothing but white space
    │   ├── DecodeError           bytes that are not UTF-8 text, or binary data
    │   ├── ArticleNotFoundError  the path does not exist, or is not a regular file
    │   └── ArticleTooLargeError  over the size limit
    ├── SpanMismatchError         a record's span does not slice to its text (a bug, never input)
    └── BackendError              the extraction backend failed for good (LLM retries exhausted …)

Errors carry the article id (and source path) when one is known, so a batch log says which article
failed without a traceback.
"""

from __future__ import annotations

__all__ = [
    "ArticleNotFoundError",
    "ArticleTooLargeError",
    "BackendError",
    "ConfigurationError",
    "DecodeError",
    "EmptyTextError",
    "InputError",
    "SpanMismatchError",
    "SummitparseError",
]


class SummitparseError(Exception):
    """Root of every error summitparse raises on purpose."""

    def __init__(
        self, message: str, *, article_id: str | None = None, source: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.article_id = article_id
        self.source = source

    def __str__(self) -> str:
        where = self.source or self.article_id
        return f"{where}: {self.message}" if where else self.message


class ConfigurationError(SummitparseError):
    """An option or environment variable has a value summitparse cannot use."""


class InputError(SummitparseError):
    """The article cannot be read as text."""


class EmptyTextError(InputError):
    """The article is empty or holds only white space."""


class DecodeError(InputError):
    """The bytes are not UTF-8 text (binary data, another encoding)."""


class ArticleNotFoundError(InputError):
    """The path does not exist or is not a regular file."""


class ArticleTooLargeError(InputError):
    """The article is larger than the configured limit."""


class SpanMismatchError(SummitparseError):
    """A span's offsets do not slice to its text; raised by validation, never silently fixed."""


class BackendError(SummitparseError):
    """The extraction backend failed for good (after retries) and no fallback was allowed."""
