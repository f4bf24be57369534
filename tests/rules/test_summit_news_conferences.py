"""Two leaders side by side before the press: a news conference held with a foreign leader is
their meeting; one with reporters, with a colleague of the same government, or a recent one
named in passing is none."""

from __future__ import annotations

import summitparse

DAY = "2026-03-06"  # a Friday


def extract(text: str) -> summitparse.Extraction:
    return summitparse.extract(text, backend="rules", published=DAY)


def names(extraction: summitparse.Extraction) -> list[set[str]]:
    return [{p.name for p in s.participants} for s in extraction.summits]


def test_said_at_a_news_conference_with_a_foreign_leader() -> None:
    text = (
        "Jordan backs Chile on water\n\nJordan said on Thursday that it backs Chile's water "
        'plan. "We stand with our friends," Jordanian King Omar Haddad said at a news '
        "conference with Chilean President Ana Rojas. The two countries trade little."
    )
    (summit,) = extract(text).summits
    assert set(summit.countries) == {"JO", "CL"}
    assert {p.name for p in summit.participants} == {"Omar Haddad", "Ana Rojas"}


def test_speaking_at_a_joint_press_conference_with_names_the_subject_after_the_clause() -> None:
    text = (
        "Trade on the agenda\n\nSpeaking at a joint press conference with Peruvian President "
        "Luis Vargas, Kenyan President Peter Mwangi said trade would grow."
    )
    assert names(extract(text)) == [{"Luis Vargas", "Peter Mwangi"}]


def test_a_news_conference_with_reporters_or_a_colleague_is_no_meeting() -> None:
    reporters = (
        "Budget unveiled\n\nFinance Minister Jan Novak of Poland held a press conference with "
        "reporters in Warsaw on Thursday."
    )
    colleague = (
        "Budget unveiled\n\nPolish President Adam Nowak, speaking at a press conference "
        "alongside Polish Finance Minister Jan Kowal, said the budget was sound."
    )
    assert extract(reporters).summits == []
    assert extract(colleague).summits == []


def test_a_recent_news_conference_named_in_passing_is_no_meeting() -> None:
    text = (
        "Plans for the coast\n\nPolish President Adam Nowak said at a recent news conference "
        "with Czech President Pavel Horak that the coast needs protection. He spoke at home on "
        "Thursday."
    )
    assert extract(text).summits == []


def test_a_lone_travellers_news_conference_with_the_host_is_the_visit_itself() -> None:
    text = (
        "Jobs for neighbours\n\nDuring a one-day visit to Warsaw on Tuesday French President "
        "Paul Morel announced the end of job restrictions for Poles. Morel also told a joint "
        "news conference with Polish Prime Minister Jan Kowal that Ukraine was offered "
        "closer ties, but said Ukrainian President Ivan Bondar told him that Ukraine did not "
        "want to join."
    )
    (summit,) = extract(text).summits
    assert {"Paul Morel", "Jan Kowal"} <= {p.name for p in summit.participants}
    assert (summit.location, summit.country) == ("Warsaw", "PL")
