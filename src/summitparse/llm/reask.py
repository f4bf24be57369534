"""What to do with an answer instructor could not validate: salvage it, else ask once more, briefly.

Instructor's own re-ask sends the whole failed answer back with the validation error; against a
small model that writes until ``max_tokens`` that doubles the prompt on every try until the
context overflows (1,524 → 7,370 → 8,359 prompt tokens were measured). Here instructor makes one
attempt (``max_retries=0``) and this module decides what follows:

1. :func:`salvage` reads the raw answer leniently (:func:`summitparse.llm.repair.parse_json`: a
   fenced block, prose around the JSON, a JSON cut off at ``max_tokens``) and validates it record
   by record. Anything usable ends the matter: no re-ask.
2. Otherwise, when re-asks are left and affordable (:func:`affordable`), the original messages go
   out again with one short user message naming only what was wrong (:func:`reask_message`),
   never the failed answer itself.
"""

from __future__ import annotations

from typing import Any

from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from pydantic import ValidationError

from summitparse.llm.failures import NotACompletionError, redact
from summitparse.llm.repair import parse_json
from summitparse.llm.schema import ArticleDraft

__all__ = ["affordable", "answer_text", "invalid_answer", "reask_message", "salvage"]

#: A re-ask may cost at most this many times the first request (prompt + answer) of its chunk.
REASK_BUDGET_FACTOR = 3


def answer_text(completion: Any) -> str:
    """The raw answer in a chat completion: tool call arguments, else the message content."""
    choices = getattr(completion, "choices", None)
    if not choices:
        return completion if isinstance(completion, str) else ""
    message = choices[0].message
    calls = getattr(message, "tool_calls", None) or []
    texts = [
        str(call.function.arguments or "") for call in calls if getattr(call, "function", None)
    ]
    return "\n".join(texts) or str(getattr(message, "content", None) or "")


def _completion(error: BaseException) -> Any:
    return getattr(error, "last_completion", None)


def invalid_answer(error: BaseException) -> str | None:
    """What was wrong with the answer, when ``error`` is an answer that failed validation."""
    if not isinstance(error, InstructorRetryException) or _completion(error) is None:
        return None
    cause = error.__cause__
    if isinstance(cause, NotACompletionError):
        return None  # the wrong endpoint: asking it again cannot help
    if isinstance(cause, ValidationError):
        problems = []
        for item in cause.errors()[:3]:
            where = ".".join(str(part) for part in item.get("loc", ()))
            message = str(item.get("msg", "")).removeprefix("Value error, ")
            problems.append(f"{where}: {message}" if where else message)
        return "; ".join(problems) or "the answer did not match the schema"
    if cause is not None and "No choices" not in str(cause):
        return str(cause)
    return None


def salvage(error: BaseException) -> ArticleDraft | None:
    """The usable part of a failed or cut-off answer, or ``None``."""
    if not isinstance(error, InstructorRetryException | IncompleteOutputException):
        return None
    text = answer_text(_completion(error))
    parsed = parse_json(text) if text else None
    if not isinstance(parsed, dict):
        return None
    try:
        draft = ArticleDraft.model_validate(parsed)
    except ValidationError:
        return None
    return draft if any(getattr(draft, name) for name in draft.model_fields) else None


def reask_message(problems: str, secret: str | None) -> dict[str, str]:
    """The one message added to a re-ask: what was wrong, in a line, and what to send instead."""
    return {
        "role": "user",
        "content": (
            f"Your previous answer could not be used: {redact(problems, secret, limit=400)}. "
            "Answer again with one JSON object holding the lists summits, agreements, "
            "trade_figures and quotes, exactly as the schema says."
        ),
    }


def affordable(spent_tokens: int, first_request_tokens: int) -> bool:
    """True while a chunk's tokens stay under :data:`REASK_BUDGET_FACTOR` first requests."""
    return first_request_tokens <= 0 or spent_tokens < REASK_BUDGET_FACTOR * first_request_tokens
