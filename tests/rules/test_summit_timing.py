"""Meetings told as still to come or long past, and the day a visit begins."""

from __future__ import annotations

import datetime as dt

import summitparse

DAY = "2026-03-04"  # a Wednesday


def extract(text: str) -> summitparse.Extraction:
    return summitparse.extract(text, backend="rules", published=DAY)


def pairs(extraction: summitparse.Extraction) -> list[frozenset[str]]:
    return [frozenset(p.name for p in s.participants) for s in extraction.summits]


def test_a_lead_telling_talks_to_come_makes_a_preview() -> None:
    text = (
        "Polish President visits Prague\n\nTrade will be the main issue of the talks between "
        "Czech Prime Minister Karel Cerny and Polish President Jan Novak, which will take place "
        "in Prague. Novak and Cerny met twice last year."
    )
    assert extract(text).summits == []


def test_a_lead_telling_talks_held_and_to_come_keeps_the_held_ones() -> None:
    text = (
        "Leaders meet\n\nCzech Prime Minister Karel Cerny and Polish President Jan Novak met in "
        "Prague on Tuesday and will meet again in Warsaw in May."
    )
    (summit,) = extract(text).summits
    assert set(summit.countries) == {"CZ", "PL"}


def test_talks_still_ahead_name_no_participant_and_no_meeting() -> None:
    text = (
        "Leaders meet before Grey visit\n\nCzech Prime Minister Karel Cerny and Polish President "
        "Jan Novak held a final meeting on Tuesday before their separate talks with United "
        "States President John Grey this week. Just hours before President Grey is due to land, "
        "Cerny and Novak met in Prague."
    )
    (summit,) = extract(text).summits
    assert {p.name for p in summit.participants} == {"Karel Cerny", "Jan Novak"}
    assert set(summit.countries) == {"CZ", "PL"}


def test_a_visit_is_dated_by_the_arrival_when_the_talks_have_no_day() -> None:
    text = (
        "Novak visits Prague\n\nPolish President Jan Novak has arrived in Prague today to talk "
        "with Czech President Pavel Horak about energy. Talks between the two leaders lasted "
        "three hours."
    )
    (summit,) = extract(text).summits
    assert summit.start_date == summit.end_date == dt.date(2026, 3, 4)


def test_a_day_the_talks_have_wins_over_the_arrival() -> None:
    text = (
        "Novak visits Prague\n\nPolish President Jan Novak arrived in Prague on Monday. He met "
        "Czech President Pavel Horak on Tuesday."
    )
    (summit,) = extract(text).summits
    assert summit.start_date == dt.date(2026, 3, 3)


def test_held_discussions_with_is_a_meeting_verb() -> None:
    text = (
        "Leaders meet\n\nPolish President Jan Novak arrived in Prague on Tuesday. Novak held "
        "discussions with Czech President Pavel Horak and Slovak President Juraj Kral."
    )
    found = pairs(extract(text))
    assert any({"Jan Novak", "Pavel Horak"} <= names for names in found)
    assert any({"Jan Novak", "Juraj Kral"} <= names for names in found)


def test_a_visit_made_to_meet_officials_is_held_not_a_preview() -> None:
    text = (
        "Ministers arrive in Prague\n\nPolish Foreign Minister Jan Novak and Slovak Foreign "
        "Minister Juraj Kral have made a surprise visit to Prague to meet Czech officials. "
        "Czech Prime Minister Karel Cerny welcomed them on Tuesday."
    )
    (summit,) = extract(text).summits
    assert {"PL", "SK"} <= set(summit.countries)


def test_discussed_with_is_a_meeting_verb() -> None:
    text = (
        "Novak in Prague\n\nPolish President Jan Novak discussed trade and energy with Czech "
        "President Pavel Horak in Prague on Tuesday."
    )
    (summit,) = extract(text).summits
    assert set(summit.countries) == {"PL", "CZ"}
    assert summit.location == "Prague"


def test_discussed_by_phone_with_is_no_meeting() -> None:
    text = (
        "Novak calls Horak\n\nPolish President Jan Novak discussed trade by phone with Czech "
        "President Pavel Horak on Tuesday."
    )
    assert extract(text).summits == []


def test_a_meeting_held_and_its_sequel_to_come_is_told_in_one_sentence() -> None:
    text = (
        "Leaders meet\n\nPolish President Jan Novak met Czech President Pavel Horak in Prague on "
        "Tuesday and agreed to meet again in Warsaw next month."
    )
    (summit,) = extract(text).summits
    assert (summit.location, summit.country) == ("Prague", "CZ")


def test_a_past_meeting_in_a_clause_before_a_plan_tells_no_meeting() -> None:
    text = (
        "Novak plans trip\n\nPolish President Jan Novak, who met Czech President Pavel Horak in "
        "Prague, is expected to meet him again in Warsaw."
    )
    assert extract(text).summits == []


def test_a_joint_press_conference_is_a_meeting() -> None:
    text = (
        "Leaders agree\n\nPolish President Jan Novak and Czech President Pavel Horak told a joint "
        "press conference in Prague on Tuesday that they would build a pipeline."
    )
    (summit,) = extract(text).summits
    assert set(summit.countries) == {"PL", "CZ"}
    assert summit.location == "Prague"


def test_talks_at_an_upcoming_summit_are_to_come() -> None:
    text = (
        "Tension\n\nA Czech patrol boat entered Polish waters on Tuesday. Polish President Jan "
        "Novak wishes to speak with Czech President Pavel Horak about it at the upcoming annual "
        "summit in Vienna."
    )
    assert extract(text).summits == []


def test_due_to_a_cause_is_no_plan() -> None:
    text = (
        "Apology\n\nOn Tuesday Polish Foreign Minister Jan Novak met Czech Foreign Minister Petr "
        "Dvorak in Prague and said the incident was due to a technical error."
    )
    (summit,) = extract(text).summits
    assert set(summit.countries) == {"PL", "CZ"}


def test_a_two_day_meeting_written_without_hyphen_that_finished_today() -> None:
    text = (
        "Talks end\n\nPolish President Jan Novak and Czech President Pavel Horak held talks in "
        "Prague. The deadlock held after the finish of a 2 day meeting today."
    )
    (summit,) = extract(text).summits
    assert (summit.start_date, summit.end_date) == (dt.date(2026, 3, 3), dt.date(2026, 3, 4))
