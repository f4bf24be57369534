"""The model-facing draft schema: what the model is asked to fill in, apart from the public records.

Designed for models, not for users:

- evidence is a list of strings copied from the article, never offsets (models count characters
  badly; :mod:`summitparse.llm.grounding` finds the offsets);
- every field is required and nullable where it may be unknown, with no defaults, so the schema
  passes OpenAI's strict structured-output rules and llama.cpp's grammar conversion alike;
- ``extra="forbid"`` gives ``additionalProperties: false`` everywhere, which strict modes demand;
- descriptions are short: the schema is sent with every call and counts against the prompt
  overhead target (``benchmarks/llm_overhead.py``).

The answer is read leniently (:mod:`summitparse.llm.repair`) while the schema sent stays strict:
:class:`ArticleDraft` repairs the raw object first, then validates record by record, keeping the
good ones and naming the rest in :attr:`ArticleDraft.notes`; only an answer with nothing usable
fails validation (and is asked again, naming what was wrong). Whether the evidence is really in
the article is grounding's job, after the call.

Nullable dates keep the ``anyOf: [{type: string, format: date}, {type: null}]`` form: llama.cpp's
Python grammar converter drops ``format`` from the ``type: [string, null]`` form and lets the model
write any string there.
Changing this module changes what the model sees: the prompt id in every output covers the
prompt files, and :func:`schema_fingerprint` covers this schema.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ModelWrapValidatorHandler,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

from summitparse.llm.repair import RECORD_LISTS, repair_answer, to_code
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
    """Shorter schemas, same structure: what each field means is said once, in the prompt.

    Titles only repeat the names; descriptions are dropped because servers that turn the schema
    into a grammar (llama.cpp, vLLM, Ollama) never show them to the model, so the prompt must
    carry the meanings anyway, and saying them twice costs ~300 tokens on every call.
    ``anyOf: [{type: X}, {type: null}]`` becomes ``type: [X, "null"]`` except where a ``format``
    rides along (dates), which llama.cpp's Python grammar converter honours only in ``anyOf``.
    """
    schema.pop("title", None)
    schema.pop("description", None)
    for value in schema.get("properties", {}).values():
        value.pop("title", None)
        value.pop("description", None)
        options = value.get("anyOf")
        if (
            isinstance(options, list)
            and len(options) == 2
            and options[1] == {"type": "null"}
            and set(options[0]) == {"type"}
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
    code = to_code(value)
    if code is None:
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


def _named(value: str) -> str:
    if not value.strip().strip("\"'“”‘’").strip():
        raise ValueError("an agreement needs its name as written in the article")
    return value


class AgreementDraft(_Draft):
    name: str = Field(description="As written, without quote marks")
    kind: AgreementKind
    parties: list[str] = Field(description="ISO alpha-2 codes or organisation names")
    status: AgreementStatus
    date: dt.date | None
    previous: str | None = Field(description="The level an upgrade replaces")
    topics: list[str]
    evidence: list[str] = Field(description=_EVIDENCE)

    _check_name = field_validator("name")(_named)
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


_ITEM_MODELS: dict[str, type[_Draft]] = {
    "summits": SummitDraft,
    "agreements": AgreementDraft,
    "trade_figures": TradeFigureDraft,
    "quotes": QuoteDraft,
}


def _problem(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first.get("loc", ()))
    message = str(first.get("msg", "")).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message


def _compact_top(schema: dict[str, Any]) -> None:
    """:func:`_compact`, keeping the title (instructor names the tool after it) and one line."""
    title = schema.get("title")
    _compact(schema)
    schema["title"] = title
    schema["description"] = "The diplomacy records of the article."


class ArticleDraft(_Draft):
    """Everything the model reports for one article (or one chunk of a long one).

    Validation is lenient (see the module docstring): :attr:`notes` lists what was repaired or
    dropped, :attr:`repairs` counts the repairs, :attr:`dropped` the records left out.
    """

    summits: list[SummitDraft]
    agreements: list[AgreementDraft]
    trade_figures: list[TradeFigureDraft]
    quotes: list[QuoteDraft]

    model_config = ConfigDict(extra="forbid", json_schema_extra=_compact_top)

    _notes: list[str] = PrivateAttr(default_factory=list)
    _repairs: int = PrivateAttr(default=0)
    _dropped: int = PrivateAttr(default=0)

    @property
    def notes(self) -> list[str]:
        return self._notes

    @property
    def repairs(self) -> int:
        return self._repairs

    @property
    def dropped(self) -> int:
        return self._dropped

    @model_validator(mode="wrap")
    @classmethod
    def _lenient(cls, data: Any, handler: ModelWrapValidatorHandler[ArticleDraft]) -> ArticleDraft:
        """Repair the raw answer, keep each record that validates, drop and name the others.

        Raises (so the answer is asked again) only when records were given and none survived.
        """
        if isinstance(data, ArticleDraft):
            return data
        repaired, repairs = repair_answer(data)
        if not isinstance(repaired, dict):
            return handler(repaired)
        kept: dict[str, list[Any]] = {}
        problems: list[str] = []
        capped: list[str] = []
        given = 0
        for name in RECORD_LISTS:
            kept[name] = []
            for index, item in enumerate(_capped(name, repaired.get(name, []), capped)):
                given += 1
                try:
                    kept[name].append(_ITEM_MODELS[name].model_validate(item))
                except ValidationError as error:
                    problems.append(f"{name}[{index}].{_problem(error)}")
        if given and not any(kept.values()):
            raise ValueError("no record could be used: " + "; ".join(problems[:4]))
        draft = handler(kept)
        draft._repairs = repairs.count
        draft._dropped = len(problems)
        draft._notes = repairs.notes + capped + [f"dropped {problem}" for problem in problems]
        return draft


#: Far above what one article holds (tens of records, evidence of a sentence or two), far below
#: what an answer can carry: a 20,000-record answer or a megabyte of "evidence" would otherwise
#: cost minutes of validation and grounding for nothing an article can support.
MAX_RECORDS_PER_LIST = 500
MAX_EVIDENCE_CHARS = 4000


def _capped(name: str, items: Any, notes: list[str]) -> Any:
    """``items`` cut to :data:`MAX_RECORDS_PER_LIST`, each without evidence strings past
    :data:`MAX_EVIDENCE_CHARS`; what was cut is said in ``notes``."""
    if not isinstance(items, list):
        return items
    if len(items) > MAX_RECORDS_PER_LIST:
        notes.append(
            f"dropped {len(items) - MAX_RECORDS_PER_LIST} {name} past the cap of "
            f"{MAX_RECORDS_PER_LIST} per answer"
        )
        items = items[:MAX_RECORDS_PER_LIST]
    out: list[Any] = []
    for item in items:
        evidence = item.get("evidence") if isinstance(item, dict) else None
        if isinstance(evidence, list) and any(
            isinstance(e, str) and len(e) > MAX_EVIDENCE_CHARS for e in evidence
        ):
            long = [e for e in evidence if isinstance(e, str) and len(e) > MAX_EVIDENCE_CHARS]
            notes.append(
                f"dropped {len(long)} evidence string(s) of {max(map(len, long)):,} characters "
                f"(over the cap of {MAX_EVIDENCE_CHARS:,}) from {name}"
            )
            item = {**item, "evidence": [e for e in evidence if e not in long]}
        out.append(item)
    return out


def schema_fingerprint() -> str:
    """A short hash of the JSON schema the model sees, for the prompt id."""
    schema = json.dumps(ArticleDraft.model_json_schema(), sort_keys=True)
    return hashlib.sha256(schema.encode("utf-8")).hexdigest()[:8]
