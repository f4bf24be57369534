"""The endpoint's base URL: checked before the first article, so a typo is a usage error.

A base URL without a scheme (``localhost:8080/v1``), with a scheme the SDK cannot speak
(``ftp://``), without a host (``http://``) or with spaces would otherwise fail every article as
"endpoint unreachable" and exit as a run whose LLM failed. Standard library only: the extractor
checks it without importing the SDK.
"""

from __future__ import annotations

from urllib.parse import urlsplit

__all__ = ["base_url_problem"]


def base_url_problem(url: str) -> str | None:
    """What is wrong with ``url`` as an OpenAI-compatible API root, or ``None``."""
    if any(character.isspace() for character in url):
        return "it contains a space"
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        return f"it is not a URL ({error})"
    if parts.scheme not in ("http", "https"):
        return "it must start with http:// or https://"
    if not parts.hostname:
        return "it names no host"
    if port == 0:
        return "its port is 0"
    return None
