"""Echoing endpoints that change the key on its way back: upper-cased, cut short, buried in text.

A careless proxy or a hostile model does not give the Authorization header back byte for byte.
Each reply here takes the key from the request, changes it the way :data:`SHAPES` names, and puts
it where the backend will quote or keep it: evidence strings the article does not hold (so a
warning quotes them), a long evidence string whose quote in a warning is cut right inside the
key, an agreement name, topics, a quote's cue and an error body.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from fake_openai import Answer, Received, Reply

__all__ = ["SHAPES", "echo_key", "key_of"]


def key_of(received: Received) -> str:
    """The API key the request carried."""
    return received.headers.get("authorization", "").removeprefix("Bearer ")


SHAPES: dict[str, Callable[[str], str]] = {
    "verbatim": lambda key: key,
    "upper": str.upper,
    "lower": str.lower,
    "cut": lambda key: key[: max(12, len(key) * 2 // 3)],
    "swapped-case": str.swapcase,
}


def echo_key(
    answer: dict[str, Any], shape: str, *, status: int = 200
) -> Callable[[Received], Reply]:
    """A reply echoing the request's key, changed by ``SHAPES[shape]``, into ``answer``."""

    def reply(received: Received) -> Reply:
        echoed_key = SHAPES[shape](key_of(received))
        if status != 200:
            return Reply(status, {"error": {"message": f"invalid api key {echoed_key} given"}})
        echoed = json.loads(json.dumps(answer))
        padding = "x" * 44  # the warning's quote of this string is cut inside the key
        for kind in ("summits", "agreements", "trade_figures"):
            for record in echoed.get(kind, []):
                record["evidence"] = [
                    *record.get("evidence", []),
                    f"seen {echoed_key}",
                    f"{padding} {echoed_key} and more words after it",
                ]
                if "topics" in record:
                    record["topics"] = [*record["topics"], echoed_key]
        for agreement in echoed.get("agreements", [])[:1]:
            agreement["name"] = f"{agreement['name']} {echoed_key}"
        for quote in echoed.get("quotes", []):
            quote["cue"] = echoed_key
        return Reply(body=Answer(echoed))

    return reply
