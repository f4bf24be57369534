"""Agreement names and the cluster scores, on small cases with known answers."""

from __future__ import annotations

import pytest

from summitparse import Agreement, Extraction, Meta, Span, resolve_events
from summitparse.events.names import acronyms, name_similarity
from summitparse.events.scoring import score_clusters


def test_an_acronym_finds_its_long_form() -> None:
    assert "ACSA" in acronyms("Japan-Italy Acquisition and Cross-Servicing Agreement")
    assert name_similarity("ACSA", "Japan-Italy Acquisition and Cross-Servicing Agreement") == 1.0
    assert name_similarity("DR-CAFTA", "Central America Free Trade Agreement") == 1.0
    assert name_similarity("Kyoto pact", "post-Kyoto agreement") < 0.85
    assert name_similarity("North American Free Trade Agreement", "CAFTA") < 0.85


def _article(article: str, name: str, published: str) -> Extraction:
    text = f"The two sides signed the {name} on Friday."
    start = text.index(name)
    return (
        Extraction(
            id=article,
            published=published,
            agreements=[
                Agreement(
                    name=name,
                    kind="defense",
                    parties=["JP", "IT"],
                    status="signed",
                    evidence=[Span(start=0, end=len(text), text=text)],
                )
            ],
            meta=Meta(backend="rules", version="0.1.0"),
        )
        if start >= 0
        else pytest.fail("name not in text")
    )


def test_an_event_lists_the_other_names_and_acronyms() -> None:
    events = list(
        resolve_events(
            [
                _article(
                    "a", "Japan-Italy Acquisition and Cross-Servicing Agreement", "2026-01-16"
                ),
                _article("b", "ACSA", "2026-01-20"),
            ]
        )
    )
    assert len(events) == 1
    event = events[0]
    assert event.n_articles == 2
    assert "ACSA" in event.aliases
    assert event.status_history[0].article == "a"


def test_bcubed_and_pairwise_on_a_known_case() -> None:
    gold = [[("a", "summit", 0), ("b", "summit", 0)], [("c", "summit", 0)]]
    predicted = [[("a", "summit", 0)], [("b", "summit", 0), ("c", "summit", 0)]]
    score = score_clusters(gold, predicted)
    assert score.bcubed_precision == pytest.approx((1 + 0.5 + 0.5) / 3)
    assert score.bcubed_recall == pytest.approx((0.5 + 0.5 + 1) / 3)
    assert score.pairwise_precision == 0.0
    assert score.pairwise_recall == 0.0
    perfect = score_clusters(gold, gold)
    assert perfect.bcubed_f1 == 1.0
    assert perfect.pairwise_f1 == 1.0
