"""The city of a visit named with the visitor's name ("Novak's visit in Prague is the first
…") places talks whose sentences name no city; an older visit or one abroad does not."""

from __future__ import annotations

import summitparse

DAY = "2026-03-04"  # a Wednesday


def extract(text: str) -> summitparse.Extraction:
    return summitparse.extract(text, backend="rules", published=DAY)


TALKS = (
    "Ice broken\n\nPolish Foreign Minister Jan Novak visited his Czech counterpart Petr Dvorak "
    "on Monday. The two ministers discussed energy and roads. "
)


def test_the_visitors_own_visit_names_the_city_in_a_sentence_about_an_older_one() -> None:
    text = TALKS + (
        "Novak's visit in Prague is the first by a Polish minister since Prime Minister Adam "
        "Nowak's visit in May 2019."
    )
    (summit,) = extract(text).summits
    assert (summit.location, summit.country) == ("Prague", "CZ")


def test_an_older_visit_names_no_city() -> None:
    text = TALKS + "Novak's visit to Brno in May 2019 was cut short."
    (summit,) = extract(text).summits
    assert summit.location is None


def test_a_visit_to_a_city_outside_the_meetings_countries_is_another_trip() -> None:
    text = TALKS + (
        "Novak's visit in Vienna is the first by a Polish minister since Prime Minister Adam "
        "Nowak's visit in May 2019."
    )
    (summit,) = extract(text).summits
    assert summit.location is None
