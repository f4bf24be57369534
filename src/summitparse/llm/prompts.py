"""Prompt templates, read from text files so a prompt change is a reviewed diff, not a code edit.

Each file starts with a ``version: N`` line and a ``---`` line; the rest is the template. The
prompt id that goes into every output line (``Extraction.meta.prompt``) is
``extract@v<system>.<user>-<hash>``, where the hash covers both templates and the draft schema:
two runs with the same id asked the model the same thing.

Files are looked up in the installed package (``summitparse/_prompts``, where the wheel puts the
repository's ``prompts/`` folder) and then in the source checkout's ``prompts/``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from summitparse.errors import ConfigurationError
from summitparse.llm.schema import schema_fingerprint

__all__ = ["PromptSet", "Template", "load_prompts"]

_PACKAGE = Path(__file__).resolve().parent.parent
_SEARCH = (_PACKAGE / "_prompts", _PACKAGE.parent.parent / "prompts")


@dataclass(frozen=True, slots=True)
class Template:
    name: str
    version: str
    body: str


@dataclass(frozen=True, slots=True)
class PromptSet:
    """The system prompt and the user template of one extraction call."""

    system: Template
    user: Template
    id: str

    def user_message(self, article: str, *, reference: dt.date | None, part: str = "") -> str:
        """The user message: reference date, chunk note and the article between delimiters.

        A closing delimiter inside the article is defused so the data cannot end its own block.
        """
        safe = article.replace("</article>", "[/article]").replace("<article>", "[article]")
        return self.user.body.format(
            reference=reference.isoformat() if reference else "unknown",
            part=part,
            article=safe,
        )


def _read(name: str) -> Template:
    for folder in _SEARCH:
        path = folder / f"{name}.txt"
        if path.is_file():
            return _parse(name, path.read_text(encoding="utf-8"))
    raise ConfigurationError(f"prompt file {name}.txt not found in {', '.join(map(str, _SEARCH))}")


def _parse(name: str, raw: str) -> Template:
    header, separator, body = raw.partition("\n---\n")
    key, _, value = header.partition(":")
    if not separator or key.strip() != "version" or not value.strip():
        raise ConfigurationError(f"prompt file {name}.txt must start with 'version: N' and '---'")
    return Template(name=name, version=value.strip(), body=body.strip("\n"))


@lru_cache(maxsize=1)
def load_prompts() -> PromptSet:
    """The extraction prompts (read once per process)."""
    system = _read("extract.system")
    user = _read("extract.user")
    digest = hashlib.sha256(
        "\0".join((system.body, user.body, schema_fingerprint())).encode("utf-8")
    ).hexdigest()[:10]
    return PromptSet(system, user, f"extract@v{system.version}.{user.version}-{digest}")
