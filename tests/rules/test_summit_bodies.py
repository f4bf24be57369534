"""Multilateral meetings named by their body rather than by their leaders."""

from __future__ import annotations

import summitparse

DAY = "2007-06-08"


def extract(text: str, day: str = DAY) -> summitparse.Extraction:
    return summitparse.extract(text, backend="rules", published=day)


def test_a_body_summit_in_the_lead_is_a_summit_with_its_members() -> None:
    text = (
        "G8 leaders pledge aid\n\nLeaders at the 33rd G8 summit in Heiligendamm, Germany, "
        "pledged new money for health on Friday.\n\nFrench President Nicolas Sarkozy said the "
        "pledge was a start. Critics said it fell short."
    )
    (summit,) = extract(text).summits
    assert set(summit.countries) == {"US", "GB", "FR", "DE", "IT", "JP", "CA", "RU"}
    assert [p.name for p in summit.participants] == ["Nicolas Sarkozy"]
    assert (summit.location, summit.country) == ("Heiligendamm", "DE")


def test_leaders_of_non_members_are_no_participants() -> None:
    text = (
        "APEC summit ends\n\nThe APEC leaders' meeting ended in Sydney on Sunday.\n\n"
        "Japanese Prime Minister Shinzo Abe welcomed the result, while Iranian President "
        "Mahmoud Ahmadinejad criticised it from Tehran."
    )
    (summit,) = extract(text, "2007-09-09").summits
    assert [p.name for p in summit.participants] == ["Shinzo Abe"]
    assert len(summit.countries) == 21


def test_a_body_summit_still_to_come_is_no_record() -> None:
    for text in (
        "Protests ahead of G8 summit\n\nThousands marched in Rostock ahead of the G8 summit in "
        "Heiligendamm.",
        "G20 to meet in London\n\nThe G20 summit in London will discuss bank rules.",
        "Leaders prepare\n\nThe APEC summit in Busan on November 18 will include US President "
        "George W. Bush.",
        "Korea talks\n\nNorth Korea said it would return to six-party talks next month.",
    ):
        assert extract(text, "2005-11-13").summits == []


def test_a_body_summit_without_a_membership_table_needs_two_named_countries() -> None:
    text = (
        "African Union summit ends\n\nThe summit of the African Union ended in Accra, Ghana on "
        "Tuesday. The Senegalese President, Abdoulaye Wade, and Libyan leader Muammar "
        "al-Gaddafi argued for a continental government."
    )
    (summit,) = extract(text, "2007-07-04").summits
    assert {"SN", "LY"} <= set(summit.countries)
    assert (summit.location, summit.country) == ("Accra", "GH")


def test_the_head_of_an_international_body_is_a_party_without_a_country() -> None:
    text = (
        "Annan in Nairobi\n\nUN Secretary-General Kofi Annan met Kenyan President Mwai Kibaki "
        "in Nairobi on Thursday."
    )
    (summit,) = extract(text, "2008-01-25").summits
    assert summit.countries == ["KE"]
    assert {p.name: p.country for p in summit.participants} == {
        "Kofi Annan": None,
        "Mwai Kibaki": "KE",
    }


def test_a_deadline_is_not_the_day_of_a_meeting() -> None:
    text = (
        "Pyongyang agrees\n\nNorth Korea agreed to declare its programme by December 31 as "
        "South Korean President Lee Min-ho met North Korean leader Pak Chol-su in Pyongyang."
    )
    (summit,) = extract(text, "2007-10-04").summits
    assert summit.start_date is None
    assert set(summit.countries) == {"KR", "KP"}


def test_a_body_summit_named_by_its_head_and_host_alone_is_a_record() -> None:
    text = (
        "NATO summit in Riga enters second day\n\nThe NATO summit which began on Tuesday "
        "continued in Riga, Latvia on Wednesday. NATO Secretary General Jaap de Hoop Scheffer "
        "opened the session."
    )
    (summit,) = extract(text, "2006-11-29").summits
    assert summit.countries == ["LV"]
    assert [(p.name, p.country) for p in summit.participants] == [("Jaap de Hoop Scheffer", None)]


def test_country_after_the_name_and_a_plural_title_make_leaders() -> None:
    text = (
        "Border crisis ends\n\nAfter four hours of meeting, the presidents Pedro Alvarado from "
        "Peru and Luis Ortega from Chile put an end to the border dispute in Lima."
    )
    (summit,) = extract(text, "2005-02-15").summits
    assert {(p.name, p.country) for p in summit.participants} == {
        ("Pedro Alvarado", "PE"),
        ("Luis Ortega", "CL"),
    }


def test_the_arab_summit_is_the_arab_leagues_and_ends_in_the_past() -> None:
    text = (
        "Arab summit comes to an end\n\nArab leaders ended their meeting on Wednesday. The "
        "summit, held in Algeria, marked the League's anniversary.\n\nLibyan leader Muammar "
        "Gadhafi left early."
    )
    (summit,) = extract(text, "2005-03-24").summits
    assert set(summit.countries) == {"LY", "DZ"}


def test_a_bilateral_the_story_leads_with_is_a_record_beside_the_gathering() -> None:
    text = (
        "Novak meets Horak\n\nPolish President Jan Novak met Czech President Pavel Horak on "
        "Tuesday on the sidelines of the APEC summit in Lima. The two discussed trade."
    )
    summits = summitparse.extract(text, backend="rules", published="2026-03-04").summits
    bilateral = [s for s in summits if set(s.countries) == {"PL", "CZ"}]
    assert len(bilateral) == 1
    assert (bilateral[0].location, bilateral[0].country) == ("Lima", "PE")
    assert any(s.name == "APEC summit" for s in summits)


def test_talks_with_a_leader_from_outside_the_body_are_their_own_record() -> None:
    text = (
        "Moldova at NATO\n\nMoldovan President Jan Novak spoke at NATO's summit in Bucharest on "
        "Thursday. During the NATO summit, Novak held talks with Latvian President Ivars Berzins."
    )
    summits = summitparse.extract(text, backend="rules", published="2026-03-06").summits
    pairs = [s for s in summits if set(s.countries) == {"MD", "LV"}]
    assert len(pairs) == 1
    assert pairs[0].location == "Bucharest"


def test_talks_between_members_told_in_passing_stay_in_the_gathering() -> None:
    text = (
        "NATO meets\n\nLeaders of NATO met in Bucharest on Thursday: Latvian President Ivars "
        "Berzins and Polish President Jan Novak attended. Later Novak met with Berzins."
    )
    summits = summitparse.extract(text, backend="rules", published="2026-03-06").summits
    assert len(summits) == 1


def test_a_body_s_ministers_agreeing_tell_its_meeting() -> None:
    text = (
        "Debt relief\n\nG8 finance ministers agreed in London on Saturday to write off the debts "
        "of 18 countries."
    )
    (summit,) = summitparse.extract(text, backend="rules", published="2026-03-04").summits
    assert set(summit.countries) == {"US", "GB", "FR", "DE", "IT", "JP", "CA", "RU"}
    assert summit.location == "London"


def test_a_body_s_leaders_agreeing_last_year_tell_no_meeting() -> None:
    text = (
        "Debt relief\n\nDebt campaigners protested in London on Saturday. G8 finance ministers "
        "agreed in 2019 to write off the debts of 18 countries."
    )
    assert summitparse.extract(text, backend="rules", published="2026-03-04").summits == []


def test_a_meeting_at_a_body_is_the_body_s_meeting() -> None:
    text = (
        "More from APEC\n\nThe deadlock continues after the finish of a two-day meeting at APEC "
        "today. US Secretary of State Ann Cole urged members to do more on terrorism."
    )
    (summit,) = summitparse.extract(text, backend="rules", published="2026-03-04").summits
    assert "US" in summit.countries
    assert [p.name for p in summit.participants] == ["Ann Cole"]
