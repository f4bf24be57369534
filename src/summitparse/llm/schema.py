"""The model-facing draft schema: what the model is asked to fill in, apart from the public records.

Designed for models, not for users:

- evidence is a list of strings copied from the article, never offsets (models count characters
  badly; :mod:`summitparse.llm.grounding` finds the offsets);
- every field is required and nullable where it may be unknown, with no defaults, so the schema
  passes OpenAI's strict structured-output rules and llama.cpp's grammar conversion alike;
- ``extra="forbid"`` gives ``additionalProperties: false`` everywhere, which strict modes demand;
- descriptions are short: the schema is sent with every call and counts against the prompt
  overhead target (``benchmarks/llm_overhead.py``).

Validators only check what a re-ask can fix (an empty evidence list, a two-letter code written
as a name); whether the evidence is really in the article is grounding's job, after the call.
Changing this module changes what the model sees: the prompt id in every output covers the
prompt files, and :func:`schema_fingerprint` covers this schema.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from summitparse.models import AgreementKind, AgreementStatus

__all__ = [
    "AgreementDraft",
    "ArticleDraft",
    "PersonDraft",
    "QuoteDraft",
    "SummitDraft",
    "TradeFigureDraft",
    "schema_fingerprint",
]

_EVIDENCE = "Exact sentences or phrases copied verbatim from the article that support this record."
_CODE = "ISO 3166-1 alpha-2 code, e.g. JP"


def _compact(schema: dict[str, Any]) -> None:
    """Shorter property schemas, same meaning: ~20% fewer tokens on every call.

    Property titles only repeat the field names, and ``anyOf: [{type: X}, {type: null}]`` says
    what ``type: [X, "null"]`` says (both accepted by OpenAI's strict mode and llama.cpp).
    """
    for value in schema.get("properties", {}).values():
        value.pop("title", None)
        options = value.get("anyOf")
        if (
            isinstance(options, list)
            and len(options) == 2
            and options[1] == {"type": "null"}
            and set(options[0]) <= {"type", "format"}
            and isinstance(options[0].get("type"), str)
        ):
            del value["anyOf"]
            value.update(options[0])
            value["type"] = [options[0]["type"], "null"]


class _Draft(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra=_compact)


def _evidence_not_empty(value: list[str]) -> list[str]:
    kept = [item for item in value if item.strip()]
    if not kept:
        raise ValueError("give at least one evidence string copied verbatim from the article")
    return kept


def _code_or_none(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    code = value.strip().upper()
    if len(code) != 2 or not code.isalpha():
        raise ValueError(f"{value!r} is not an ISO 3166-1 alpha-2 code such as JP or IT")
    return code


class PersonDraft(_Draft):
    name: str = Field(description="Full name as first introduced in the article")
    title: str | None = Field(description="Title as written, e.g. Prime Minister")
    country: str | None = Field(description=_CODE)

    _check_country = field_validator("country")(_code_or_none)


class SummitDraft(_Draft):
    name: str | None
    participants: list[PersonDraft]
    countries: list[str] = Field(description="Participating countries, ISO alpha-2 codes")
    location: str | None = Field(description="City")
    country: str | None = Field(description="Host country, " + _CODE)
    start_date: dt.date | None
    end_date: dt.date | None
    occasion: str | None
    topics: list[str]
    evidence: list[str] = Field(description=_EVIDENCE)

    _check_country = field_validator("country")(_code_or_none)
    _check_evidence = field_validator("evidence")(_evidence_not_empty)


class AgreementDraft(_Draft):
    name: str = Field(description="As written, without quote marks")
    kind: AgreementKind
    parties: list[str] = Field(description="ISO alpha-2 codes or organisation names")
    status: AgreementStatus
    date: dt.date | None
    previous: str | None = Field(description="The level an upgrade replaces")
    topics: list[str]
    evidence: list[str] = Field(description=_EVIDENCE)

    _check_evidence = field_validator("evidence")(_evidence_not_empty)


class TradeFigureDraft(_Draft):
    description: str = Field(description="e.g. bilateral trade volume")
    parties: list[str]
    value: float = Field(description="In units: 11.6 billion is 11600000000")
    value_max: float | None
    currency: str | None = Field(description="ISO 4217")
    unit: Literal["money", "percent", "count"]
    approximate: bool
    period: str | None
    evidence: list[str] = Field(description=_EVIDENCE)

    _check_evidence = field_validator("evidence")(_evidence_not_empty)


class QuoteDraft(_Draft):
    text: str = Field(description="The quoted words exactly as in the article, without quote marks")
    speaker: str | None = Field(description="Full name of the speaker, pronouns resolved")
    cue: str | None = Field(description="Speech verb as written, e.g. said")


class ArticleDraft(_Draft):
    """Everything the model reports for one article (or one chunk of a long one)."""

    summits: list[SummitDraft]
    agreements: list[AgreementDraft]
    trade_figures: list[TradeFigureDraft]
    quotes: list[QuoteDraft]


def schema_fingerprint() -> str:
    """A short hash of the JSON schema the model sees, for the prompt id."""
    schema = json.dumps(ArticleDraft.model_json_schema(), sort_keys=True)
    return hashlib.sha256(schema.encode("utf-8")).hexdigest()[:8]
