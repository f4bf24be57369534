"""A leader the copy gives no country but tells visiting the meeting's country is a foreign
party to it: the meeting is a summit of two countries, and the visited one is never his."""

from __future__ import annotations

import summitparse

DAY = "2026-03-04"


def test_a_visiting_leader_without_a_country_is_a_party_to_talks_in_the_country_he_visits() -> None:
    text = (
        "President ends tour\n\n"
        "President John Harlan traveled to Chile on Tuesday and held talks with Chilean "
        "President Ana Rojas in Santiago."
    )
    summits = summitparse.extract(text, backend="rules", published=DAY).summits
    assert len(summits) == 1
    harlan = {p.name: p.country for p in summits[0].participants}
    assert harlan == {"John Harlan": None, "Ana Rojas": "CL"}
    assert summits[0].countries == ["CL"]
    assert summits[0].location == "Santiago"


def test_a_leader_without_a_country_and_no_visit_told_makes_no_summit_with_one_country() -> None:
    text = (
        "Talks held\n\n"
        "President John Harlan held talks with Chilean President Ana Rojas in Santiago on "
        "Tuesday."
    )
    assert summitparse.extract(text, backend="rules", published=DAY).summits == []
