"""Records refuse spans that do not match the text they point into."""

from __future__ import annotations

import dataclasses
import typing

import pytest
from pydantic import ValidationError

from summitparse import Extraction, Span, SpanMismatchError
from summitparse.records import RECORD_TYPES, RECORDS, Records

ARTICLE = "Tokyo, January 16, 2026 – leaders met."


def meta() -> dict[str, str]:
    return {"backend": "rules", "version": "test"}


def test_span_length_must_fit_its_text() -> None:
    with pytest.raises(ValidationError, match="cannot hold"):
        Span(start=0, end=3, text="Tokyo")


def test_extraction_checks_spans_against_the_article() -> None:
    good = {
        "id": "a",
        "dates": [
            {
                "start": 7,
                "end": 23,
                "text": "January 16, 2026",
                "value": "2026-01-16",
                "granularity": "day",
            }
        ],
        "meta": meta(),
    }
    Extraction.model_validate(good, context={"text": ARTICLE})
    bad = {**good, "dates": [{**good["dates"][0], "start": 6, "end": 22}]}  # type: ignore[dict-item]
    bad["dates"][0]["text"] = "January 16, 2026"
    with pytest.raises(SpanMismatchError, match="does not match"):
        Extraction.model_validate(bad, context={"text": ARTICLE})


def test_json_round_trip_keeps_contract_field_names() -> None:
    x = Extraction.model_validate({"id": "a", "meta": meta()})
    data = x.model_dump(mode="json")
    for name in (
        "id",
        "source",
        "published",
        "dateline",
        "summits",
        "agreements",
        "trade_figures",
        "quotes",
        "dates",
        "figures",
        "meta",
    ):
        assert name in data
    assert set(data["meta"]) >= {"backend", "model", "fallback", "warnings", "usage", "version"}
    assert Extraction.model_validate_json(x.model_dump_json()) == x


def test_the_record_types_are_written_once_and_match_every_list() -> None:
    """RECORD_TYPES is the one list: Extraction and Records hold exactly those lists, in order."""
    record_lists = [
        name
        for name, info in Extraction.model_fields.items()
        if typing.get_origin(info.annotation) is list
    ]
    assert record_lists == list(RECORD_TYPES)
    assert [f.name for f in dataclasses.fields(Records)] == list(RECORD_TYPES)
    assert all(Extraction.model_fields[r.name].annotation == list[r.model] for r in RECORDS)
