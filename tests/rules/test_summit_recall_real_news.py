"""Summits as real news desks tell them: gatherings named by their body rather than the word
summit, bodies as the subject of holding their meeting, guests at a body's summit, and
meetings told without the word summit."""

from __future__ import annotations

import summitparse
from summitparse.models import Summit


def summits(text: str, published: str) -> list[Summit]:
    return summitparse.extract(text, backend="rules", published=published).summits


def test_a_body_that_holds_its_annual_meeting_is_a_summit_of_its_members() -> None:
    text = (
        "Finance chiefs wrap up spring talks\n\n"
        "The Group of Seven (G7), which brings together the finance ministers of seven rich "
        "democracies, held its annual meeting in Ottawa on Friday, March 6. Ministers discussed "
        "currency swings and the price of food."
    )
    (summit,) = summits(text, "2026-03-08")
    assert set(summit.countries) == {"US", "GB", "FR", "DE", "IT", "JP", "CA"}
    assert (summit.location, summit.country) == ("Ottawa", "CA")
    assert str(summit.start_date) == "2026-03-06"


def test_a_possessive_body_and_its_host_city_name_the_summit() -> None:
    text = (
        "Regional leaders back new force\n\n"
        "Leaders meeting at ECOWAS's Abuja summit on Sunday agreed to send a standby force to "
        "the border. Nigerian President Amadou Bello chaired the talks with Ghanaian President "
        "Kofi Mensah."
    )
    (summit,) = summits(text, "2026-05-11")
    assert {"NG", "GH"} <= set(summit.countries)
    assert summit.location == "Abuja"


def test_a_city_word_that_is_no_city_names_no_summit() -> None:
    text = (
        "Trade row deepens\n\n"
        "The EU Trade Commissioner meeting was not held, officials said on Tuesday, and no "
        "talks are planned."
    )
    assert summits(text, "2026-05-12") == []


def test_oil_ministers_of_opec_meeting_in_vienna_is_a_summit() -> None:
    text = (
        "OPEC keeps output steady\n\n"
        "Oil ministers of OPEC, the cartel of oil exporters, met in Vienna on Wednesday and left "
        "output unchanged. Saudi Oil Minister Khalid al-Nasser and Iranian Oil Minister Reza "
        "Karimi told reporters the market was well supplied."
    )
    (summit,) = summits(text, "2026-06-04")
    assert summit.location == "Vienna"
    assert {"SA", "IR"} <= set(summit.countries)


def test_a_headline_verb_before_a_purpose_infinitive_tells_a_meeting_held() -> None:
    text = (
        "G8 finance ministers agree on plan to cut poor nations' debts\n\n"
        "The finance ministers of the G8, the group of eight rich nations, have agreed in London "
        "on Saturday to write off the debts of the poorest countries."
    )
    (summit,) = summits(text, "2026-06-13")
    assert {"RU", "JP"} <= set(summit.countries)


def test_a_headline_that_tells_the_meeting_to_come_is_no_summit() -> None:
    text = (
        "G8 finance ministers to meet in London\n\n"
        "The finance ministers of the G8 are due to gather in London next month."
    )
    assert summits(text, "2026-06-13") == []


def test_a_guest_who_speaks_at_a_body_s_summit_takes_part() -> None:
    text = (
        "Moldova asks NATO for help\n\n"
        "In his speech at NATO's 2026 Bucharest summit on Thursday, the President of Moldova "
        "Ion Rusu asked for support. Latvian President Ivars Berzins also spoke at the summit."
    )
    gathering = summits(text, "2026-04-03")[0]
    assert "Ion Rusu" in {p.name for p in gathering.participants}
    assert "MD" in gathering.countries


def test_an_old_body_meeting_in_the_background_of_a_visit_to_come_is_no_summit() -> None:
    text = (
        "Former president to visit Bulgaria\n\n"
        "The former president will make a visit to Bulgaria on May 21 to speak at a conference "
        "in Sofia.\n\nHis previous visit to Bulgaria was on July 11, 2019, around the time of "
        "the NATO Summit."
    )
    assert summits(text, "2026-04-08") == []
