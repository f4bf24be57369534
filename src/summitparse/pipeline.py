"""The steps around the one I/O call, shared by the sync and async edges.

``start`` runs the deterministic rules (always: they anchor dates and figures and are the
fallback), ``finish_rules`` / ``finish_llm`` / ``finish_fallback`` wrap a backend's records into a
validated :class:`~summitparse.models.Extraction`. Only the LLM call itself differs between
:meth:`Extractor.extract` and :meth:`Extractor.aextract`, so both edges stay thin and cannot
drift apart.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from summitparse._version import __version__
from summitparse.config import Settings
from summitparse.days import parse_day
from summitparse.io.articles import Article
from summitparse.models import Dateline, Extraction, Meta
from summitparse.records import Records
from summitparse.rules.backend import extract_records

__all__ = ["Started", "finish_fallback", "finish_llm", "finish_rules", "parse_published", "start"]


@dataclass(frozen=True)
class Started:
    """An article after the rules ran: what every backend starts from."""

    article: Article
    dateline: Dateline | None
    rules: Records

    @property
    def reference(self) -> dt.date | None:
        """The date relative expressions resolve against: publication, else dateline."""
        if self.article.published is not None:
            return self.article.published
        return self.dateline.date if self.dateline else None


def parse_published(published: dt.date | str | None) -> dt.date | None:
    """Accept a date, an ISO ``YYYY-MM-DD`` string (a datetime is cut to its day) or ``None``."""
    return parse_day(published, name="published")


def start(article: Article) -> Started:
    """Run the deterministic rules over the article."""
    dateline, rules = extract_records(article.text, published=article.published)
    return Started(article=article, dateline=dateline, rules=rules)


def _assemble(started: Started, records: Records, meta: Meta) -> Extraction:
    article = started.article
    if article.page is not None or article.warnings:  # a web page: say what it was, and how read
        meta = meta.model_copy(
            update={"page": article.page, "warnings": [*article.warnings, *meta.warnings]}
        )
    return Extraction.model_validate(
        {
            "id": article.id,
            "source": article.source,
            "published": article.published,
            "dateline": started.dateline,
            **records.lists(),
            "meta": meta,
        },
        context={"text": article.text},
    )


def finish_rules(started: Started) -> Extraction:
    return _assemble(started, started.rules, Meta(backend="rules", version=__version__))


def finish_fallback(
    started: Started,
    settings: Settings,
    reason: str,
    *,
    kind: str = "other",
    usage: dict[str, Any] | None = None,
) -> Extraction:
    """The rules' records, marked with why the LLM could not give its own and what the failed
    attempts cost (the user pays for them too)."""
    meta = Meta(
        backend="rules",
        model=settings.model,
        fallback=reason,
        fallback_kind=kind,
        warnings=[f"llm backend failed, rules used instead: {reason}"],
        usage=usage or None,
        version=__version__,
    )
    return _assemble(started, started.rules, meta)


def finish_llm(
    started: Started,
    records: Records,
    *,
    model: str,
    warnings: list[str],
    usage: dict[str, Any],
    prompt_version: str,
) -> Extraction:
    meta = Meta(
        backend="llm",
        model=model,
        warnings=warnings,
        usage=usage,
        prompt=prompt_version,
        version=__version__,
    )
    return _assemble(started, records, meta)
