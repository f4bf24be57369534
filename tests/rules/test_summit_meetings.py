"""Several meetings in one article, and leaders whose title and country follow their name."""

from __future__ import annotations

import summitparse

DAY = "2026-03-04"  # a Wednesday


def extract(text: str) -> summitparse.Extraction:
    return summitparse.extract(text, backend="rules", published=DAY)


def pairs(extraction: summitparse.Extraction) -> list[frozenset[str]]:
    return [frozenset(p.name for p in s.participants) for s in extraction.summits]


def test_apposition_gives_title_and_country() -> None:
    text = (
        "Leaders meet\n\nJohn Doe, the President of Brazil, met in Brasilia with Jan Novak, the "
        "President of Poland, on Tuesday."
    )
    (summit,) = extract(text).summits
    assert set(summit.countries) == {"BR", "PL"}
    assert {(p.name, p.country) for p in summit.participants} == {
        ("John Doe", "BR"),
        ("Jan Novak", "PL"),
    }


def test_a_tour_is_one_record_per_counterpart() -> None:
    text = (
        "Minister's tour\n\nPolish Foreign Minister Jan Novak visited his Czech counterpart Petr "
        "Dvorak in Prague on Tuesday. Novak also held talks with Czech Prime Minister Karel Cerny "
        "and President Pavel Horak."
    )
    found = pairs(extract(text))
    assert frozenset({"Jan Novak", "Petr Dvorak"}) in found
    assert frozenset({"Jan Novak", "Karel Cerny"}) in found
    assert frozenset({"Jan Novak", "Pavel Horak"}) in found  # shares the "Czech" of Cerny
    assert len(found) == 3


def test_pronoun_continues_the_subject_and_counterpart_takes_the_named_country() -> None:
    text = (
        "Defence talks\n\nIndian Defence Minister Arun Rao and his German counterpart Klaus "
        "Weber signed a defence pact in Berlin on Wednesday. Rao had, on Tuesday, visited "
        "France, where he had talks with his counterpart in that country Marie Dubois. He also "
        "met the German Economy Minister Hans Vogel."
    )
    found = pairs(extract(text))
    assert frozenset({"Arun Rao", "Marie Dubois"}) in found
    assert frozenset({"Arun Rao", "Hans Vogel"}) in found


def test_a_domestic_meeting_is_no_second_record() -> None:
    text = (
        "Talks in Delhi\n\nIndian Prime Minister Raj Mehta met Nepalese Prime Minister Ram "
        "Thapa in New Delhi on Tuesday. Rebel chief Prachanda met Nepalese Prime Minister Ram "
        "Thapa on Sunday."
    )
    assert pairs(extract(text)) == [frozenset({"Raj Mehta", "Ram Thapa"})]


def test_a_meeting_still_to_come_is_no_record() -> None:
    text = (
        "Visit\n\nPolish President Jan Novak met Czech President Pavel Horak in Prague on "
        "Tuesday. Novak will meet Slovak President Jozef Kral in Bratislava next month."
    )
    assert pairs(extract(text)) == [frozenset({"Jan Novak", "Pavel Horak"})]


def test_a_title_after_the_verb_names_the_participant() -> None:
    text = (
        "Summit\n\nCanadian Prime Minister Mark Lane, US President John Grey and Mexican "
        "President Luis Mora met on Tuesday at a summit in Ottawa. The first meeting was "
        "between Grey and Mora. Later in the day Grey met with Canada's Prime Minister."
    )
    found = pairs(extract(text))
    assert frozenset({"Mark Lane", "John Grey", "Luis Mora"}) in found
    assert frozenset({"John Grey", "Luis Mora"}) in found
    assert frozenset({"John Grey", "Mark Lane"}) in found


def test_sideline_talks_at_a_large_gathering_stay_in_its_record() -> None:
    text = (
        "G20\n\nLeaders of the G20 met in Miami on Tuesday: British Prime Minister Tom Hale, "
        "German Chancellor Karl Roth, Japanese Prime Minister Aiko Sato and Canadian Prime "
        "Minister Mark Lane attended the summit. Roth held a separate meeting with Chinese "
        "Premier Li Wei."
    )
    assert len(extract(text).summits) == 1


def test_after_a_meeting_with_names_its_subject_after_the_clause() -> None:
    text = (
        "Presidents meet\n\nCzech President Pavel Horak met Polish President Jan Novak in Prague "
        "on Tuesday. Yesterday, after a meeting with Peruvian Foreign Minister Luis Ortiz, the "
        "Colombian Foreign Minister, Ana Barco, said ties were good."
    )
    found = pairs(extract(text))
    assert frozenset({"Luis Ortiz", "Ana Barco"}) in found
    assert frozenset({"Pavel Horak", "Jan Novak"}) in found


def test_a_country_an_apposition_states_outweighs_a_guess_from_nearby_words() -> None:
    text = (
        "Textile deal\n\nThe deal was announced during a one-day EU-China summit in Beijing by Tom "
        "Hale, prime minister of the United Kingdom, which holds the EU presidency, and Chinese "
        "Premier Wen Li."
    )
    (summit,) = extract(text).summits
    assert set(summit.countries) == {"GB", "CN"}
    assert {(p.name, p.country) for p in summit.participants} == {
        ("Tom Hale", "GB"),
        ("Wen Li", "CN"),
    }
