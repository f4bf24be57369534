"""What a user of resolve_events notices: right clusters, stable ids, kept disagreements."""

from __future__ import annotations

import json
import random

from events_gold import GOLD

from summitparse import Event, Extraction, resolve_events
from summitparse.events.scoring import clusters_of, load_clusters, score_clusters

Key = tuple[str, str, int]


def _gold_key_of() -> dict[Key, str]:
    data = json.loads((GOLD / "clusters.json").read_text(encoding="utf-8"))
    return {
        (m["article"], m["type"].rstrip("s"), m["index"]): event["key"]
        for event in data["events"]
        for m in event["mentions"]
    }


def _event_of(events: list[Event]) -> dict[Key, Event]:
    return {(m.article, m.record, m.index): e for e in events for m in e.mentions}


def test_resolution_of_gold_records_reaches_the_target(gold_events: list[Event]) -> None:
    score = score_clusters(load_clusters(GOLD / "clusters.json"), clusters_of(gold_events))
    assert score.bcubed_f1 >= 0.90
    assert score.bcubed_precision >= 0.97


def test_multi_article_events_come_together(gold_events: list[Event]) -> None:
    key_of = _gold_key_of()
    by_key: dict[str, int] = {}
    for event in gold_events:
        keys = {key_of[(m.article, m.record, m.index)] for m in event.mentions}
        for key in keys:
            by_key[key] = max(by_key.get(key, 0), event.n_articles)
    assert by_key["G8-2005"] >= 5  # scheduled, held, and recalled in 2007 and 2008
    assert by_key["G8-2007"] == 5
    assert by_key["CAFTA"] == 4  # "DR-CAFTA", "Central America Free Trade Agreement", …
    assert by_key["Kyoto"] >= 6


def test_distractors_are_not_merged(gold_events: list[Event]) -> None:
    key_of = _gold_key_of()
    apart = [
        ("G8-2005", "G8-FM-2005"),  # the leaders in July, the finance ministers in June
        ("G8-2005", "G8-2006"),  # the body's next annual summit
        ("G8-2008", "US-JP-2008-07"),  # a bilateral on the summit's sidelines
        ("SP-2006-12", "SP-2007-02"),  # the same parties meeting again
        ("Kyoto", "post-Kyoto"),  # two agreements on one subject
        ("CAFTA", "NAFTA"),
        ("AN-2007", "IL-PS-2007-12-12"),
    ]
    for event in gold_events:
        keys = {key_of[(m.article, m.record, m.index)] for m in event.mentions}
        for a, b in apart:
            assert not {a, b} <= keys, f"{a} and {b} merged in {event.label}"


def test_the_same_event_keeps_its_id_when_the_corpus_grows(
    gold_corpus: list[Extraction], gold_events: list[Event]
) -> None:
    dated = sorted(gold_corpus, key=lambda x: (x.published, x.id))
    early = list(resolve_events(dated[:35]))
    full = _event_of(gold_events)
    for event in early:
        anchor = event.mentions[0]
        grown = full[(anchor.article, anchor.record, anchor.index)]
        assert grown.mentions[0] == anchor  # later articles never become the anchor
        assert grown.id == event.id, event.label


def test_input_order_does_not_change_the_events(
    gold_corpus: list[Extraction], gold_events: list[Event]
) -> None:
    shuffled = list(gold_corpus)
    random.Random(7).shuffle(shuffled)
    again = list(resolve_events(shuffled))
    assert {e.id: e for e in again} == {e.id: e for e in gold_events}


def test_disagreements_are_kept_not_averaged(gold_events: list[Event]) -> None:
    key_of = _gold_key_of()
    toyako = next(
        e
        for e in gold_events
        if {key_of[(m.article, m.record, m.index)] for m in e.mentions} == {"G8-2008"}
    )
    places = next(d for d in toyako.disagreements if d.field == "location")
    assert {v.value for v in places.values} == {"Tōyako", "Hokkaido", "Sapporo"}
    assert all(v.articles for v in places.values)
    assert toyako.location in {"Tōyako", "Hokkaido", "Sapporo"}


def test_status_history_names_the_first_article_of_each_stage(gold_events: list[Event]) -> None:
    gleneagles = max(
        (e for e in gold_events if e.body == "G8" and e.location == "Gleneagles"),
        key=lambda e: e.n_articles,
    )
    stages = [s.status for s in gleneagles.status_history]
    assert stages[:2] == ["scheduled", "held"]
    assert gleneagles.status_history[0].article == "wn-67ef03dc54"
    assert gleneagles.first_reported is not None
    assert gleneagles.last_reported is not None
    assert gleneagles.first_reported < gleneagles.last_reported


def test_every_mention_keeps_its_evidence(gold_events: list[Event]) -> None:
    for event in gold_events:
        for mention in event.mentions:
            text = (GOLD / f"{mention.article}.txt").read_text(encoding="utf-8")
            for span in mention.evidence:
                assert text[span.start : span.end] == span.text


def test_an_ambiguous_mention_is_left_alone_with_a_reason(gold_events: list[Event]) -> None:
    ambiguous = [e for e in gold_events if e.ambiguous]
    assert ambiguous
    for event in ambiguous:
        assert event.n_mentions == 1
        assert "fits" in event.ambiguous
