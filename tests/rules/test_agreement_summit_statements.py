"""What a summit adopts: declarations and communiqués, and the body whose summit it was."""

from __future__ import annotations

import summitparse

DAY = "2026-03-06"


def agreements(text: str) -> list[summitparse.Agreement]:
    return summitparse.extract(text, backend="rules", published=DAY).agreements


SUMMIT = (
    "APEC leaders meet in Lima\n\nAustralian Prime Minister John Hale, Japanese Prime Minister "
    "Ken Sato and Peruvian President Ana Ruiz met at the APEC summit in Lima on Friday. "
)


def test_a_declaration_approved_at_a_summit_is_the_bodys() -> None:
    found = agreements(SUMMIT + "The leaders later approved a declaration on food security.")
    assert [(a.name, a.kind, a.status, a.parties) for a in found] == [
        ("declaration on food security", "statement", "announced", ["APEC"])
    ]


def test_a_bare_declaration_approved_at_a_summit_is_a_record() -> None:
    found = agreements(SUMMIT + "The leaders later approved a declaration in which they vowed.")
    assert [(a.name, a.parties) for a in found] == [("declaration", ["APEC"])]


def test_a_ministrys_statement_at_a_summit_is_no_agreement() -> None:
    text = SUMMIT + "The Japanese foreign ministry issued a statement on the talks."
    assert agreements(text) == []


def test_a_declaration_without_a_summit_needs_a_subject() -> None:
    text = "Peru talks\n\nThe opposition approved a declaration in Lima on Friday."
    assert agreements(text) == []


def test_a_declaration_promised_in_a_quote_is_no_record() -> None:
    text = SUMMIT + '"They have agreed to provide a declaration," Hale said.'
    assert agreements(text) == []


def test_a_statement_named_after_its_body_is_the_bodys() -> None:
    text = (
        "G8 leaders meet\n\nBritish Prime Minister John Hale, Japanese Prime Minister Ken Sato "
        "and French President Anne Roux met at the G8 summit in St Petersburg on Friday.\n\n"
        "G8 Statement on the crisis\n\nThe statement called for an end to violence."
    )
    found = agreements(text)
    assert [(a.name, a.kind, a.status, a.parties) for a in found] == [
        ("G8 Statement", "statement", "announced", ["G8"])
    ]
