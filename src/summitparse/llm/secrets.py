"""Keeping the API key inside the process.

The key travels in one header and nowhere else, but an echoing endpoint or proxy can put it into
anything that comes back: the model's evidence strings (quoted in ``meta.warnings`` when they are
not found, and so written to the JSON Lines output and the cache), a free-text field of a record,
the body of an error (which the SDK keeps on the exception chained to :class:`LLMFailure`).
Everything that leaves the backend goes through these functions first.

What counts as the key (:func:`scrub`):

- the key itself, in any case: an echo that upper-cases it ("SK-…") still gives it away;
- any stretch of :data:`FRAGMENT` or more of its characters, in any case: a proxy or a message
  that cuts the key ("sk-test-abc123-DO…") leaks the part it shows;
- nothing at all for a key shorter than :data:`MIN_SECRET_LENGTH`: local servers take a
  placeholder ("x", "none", "EMPTY", "ollama") that is no secret, and replacing it would mangle
  every word holding those letters ("***" in place of each "x").

The libraries under the backend log too: instructor logs a failed attempt's error, the server's
echo included, at ERROR level, and an application that configures logging would write it to its
logs. :func:`redact_library_logs` puts a filter on their loggers.
"""

from __future__ import annotations

import contextlib
import logging
import re
from typing import Any

from summitparse.records import Records

__all__ = [
    "FRAGMENT",
    "MIN_SECRET_LENGTH",
    "LeakSafeError",
    "clip",
    "holds_secret",
    "mentions_secret",
    "redact_library_logs",
    "safe_cause",
    "scrub",
    "scrub_records",
    "scrub_value",
]

#: Keys shorter than this are placeholders, never redacted (see the module docstring).
MIN_SECRET_LENGTH = 8
#: A stretch of the key this long or longer is redacted wherever it stands (keys of 12+ chars).
FRAGMENT = 12
MASK = "***"

# Article text (spans, quotes) is the user's own and must stay verbatim for its offsets.
_VERBATIM = frozenset({"evidence", "span", "speaker_span", "text"})


def _secret_spans(text: str, secret: str) -> list[tuple[int, int]]:
    """Where ``text`` holds the key or a long enough piece of it, case aside, merged."""
    haystack, key = text.casefold(), secret.casefold()
    if len(haystack) != len(text) or len(key) != len(secret):  # folding changed lengths: exact
        haystack, key = text, secret
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(key), haystack)]
    size = min(FRAGMENT, len(key))
    if len(key) >= FRAGMENT:
        pieces = {key[i : i + size] for i in range(len(key) - size + 1)}
        index = 0
        while index + size <= len(haystack):
            if haystack[index : index + size] in pieces:
                end = index + size
                while end < len(haystack) and haystack[index : end + 1] in key:
                    end += 1
                spans.append((index, end))
                index = end
            else:
                index += 1
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def scrub(text: str, secret: str | None) -> str:
    """``text`` with the key, or any long piece of it, replaced by ``***`` (case aside)."""
    if not secret or len(secret) < MIN_SECRET_LENGTH or not text:
        return text
    spans = _secret_spans(text, secret)
    if not spans:
        return text
    out, last = [], 0
    for start, end in spans:
        out += [text[last:start], MASK]
        last = end
    out.append(text[last:])
    return "".join(out)


def clip(text: str, limit: int) -> str:
    """``text`` on one line of at most ``limit`` characters, cut between words, never inside one.

    Warnings quote what the model wrote, and the key is redacted from them later: a cut inside
    the key would leave a piece that no longer matches it. A first word too long to fit is left
    out whole ("…").
    """
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line.rfind(" ", 0, limit)
    return (line[:cut] if cut > 0 else "") + "…"


def holds_secret(text: str, secret: str | None) -> bool:
    """True when :func:`scrub` would change ``text``."""
    return scrub(text, secret) != text


class LeakSafeError(Exception):
    """Stands in for a third-party error whose text held the API key (the key replaced)."""


def _texts(error: BaseException) -> list[str]:
    texts = [str(error), repr(getattr(error, "body", None))]
    response = getattr(error, "response", None)
    with contextlib.suppress(Exception):  # a response whose body was never read
        texts.append(str(getattr(response, "text", "")))
    for name in ("last_completion", "failed_attempts", "messages"):
        texts.append(repr(getattr(error, name, None)))
    return texts


def mentions_secret(error: BaseException, secret: str | None) -> bool:
    """True when the key (as :func:`scrub` sees it) occurs in ``error`` or anything chained."""
    if not secret or len(secret) < MIN_SECRET_LENGTH:
        return False
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if any(holds_secret(text, secret) for text in _texts(current)):
            return True
        current = current.__cause__ or current.__context__
    return False


def safe_cause(error: BaseException, secret: str | None) -> BaseException:
    """``error`` itself, or a scrubbed :class:`LeakSafeError` in its place if it held the key."""
    if not mentions_secret(error, secret):
        return error
    return LeakSafeError(scrub(f"{type(error).__name__}: {error}", secret))


def scrub_value(value: Any, secret: str | None) -> Any:
    """``value`` (JSON-like) with the secret replaced in every string outside article text."""
    if isinstance(value, str):
        return scrub(value, secret)
    if isinstance(value, list):
        return [scrub_value(item, secret) for item in value]
    if isinstance(value, dict):
        return {
            key: item if key in _VERBATIM else scrub_value(item, secret)
            for key, item in value.items()
        }
    return value


def scrub_records(records: Records, secret: str | None) -> Records:
    """``records`` with the secret replaced in their free-text fields (model-written text)."""
    if not secret or len(secret) < MIN_SECRET_LENGTH:
        return records
    lists = records.lists()
    if not any(
        holds_secret(r.model_dump_json(), secret) for items in lists.values() for r in items
    ):
        return records
    cleaned: dict[str, list[Any]] = {}
    for name, items in lists.items():
        cleaned[name] = [
            type(r).model_validate(scrub_value(r.model_dump(mode="json"), secret)) for r in items
        ]
    return Records(**cleaned)


# Loggers of the libraries the backend calls, by their top-level name.
_LIBRARY_LOGGERS = frozenset({"instructor", "openai", "httpx", "httpx2", "httpcore"})


class _RedactingFilter(logging.Filter):
    """Rewrites a log record's message and traceback with every registered key scrubbed."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        cleaned = self._scrub(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self._scrub(record.exc_text)
        return True

    def _scrub(self, text: str) -> str:
        for secret in self.secrets:
            text = scrub(text, secret)
        return text


_LOG_FILTER = _RedactingFilter()


def redact_library_logs(secret: str | None) -> None:
    """Keep ``secret`` out of what instructor, openai and the HTTP stack log from now on.

    A filter on each of their loggers that exists (they are made when the libraries are
    imported, so call this after building a client): records a logger emits pass its own
    filters, whatever handler the application attached anywhere.
    """
    if not secret or len(secret) < MIN_SECRET_LENGTH:
        return
    _LOG_FILTER.secrets.add(secret)
    names = [
        name for name in logging.root.manager.loggerDict if name.split(".")[0] in _LIBRARY_LOGGERS
    ]
    for name in [*_LIBRARY_LOGGERS, *names]:
        logger = logging.getLogger(name)
        if _LOG_FILTER not in logger.filters:
            logger.addFilter(_LOG_FILTER)
