"""Keeping the API key inside the process.

The key travels in one header and nowhere else, but an echoing endpoint or proxy can put it into
anything that comes back: the model's evidence strings (quoted in ``meta.warnings`` when they are
not found, and so written to the JSON Lines output and the cache), a free-text field of a record,
the body of an error (which the SDK keeps on the exception chained to :class:`LLMFailure`).
Everything that leaves the backend goes through these functions first.
"""

from __future__ import annotations

import contextlib
from typing import Any

from summitparse.llm.failures import scrub
from summitparse.records import Records

__all__ = ["LeakSafeError", "mentions_secret", "safe_cause", "scrub_records", "scrub_value"]

# Article text (spans, quotes) is the user's own and must stay verbatim for its offsets.
_VERBATIM = frozenset({"evidence", "span", "speaker_span", "text"})


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
    """True when ``secret`` occurs in ``error`` or anything chained to it."""
    if not secret:
        return False
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if any(secret in text for text in _texts(current)):
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
    if not secret:
        return records
    lists = records.lists()
    if not any(secret in r.model_dump_json() for items in lists.values() for r in items):
        return records
    cleaned: dict[str, list[Any]] = {}
    for name, items in lists.items():
        cleaned[name] = [
            type(r).model_validate(scrub_value(r.model_dump(mode="json"), secret)) for r in items
        ]
    return Records(**cleaned)
