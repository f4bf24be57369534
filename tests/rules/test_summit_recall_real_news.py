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


def test_ministers_named_by_their_countries_meet_without_names() -> None:
    text = (
        "Neighbours resume dialogue\n\n"
        "The foreign ministers of Ruritania's neighbours India and Pakistan met in Islamabad "
        "on Tuesday to resume their dialogue."
    )
    assert summits(text, "2026-02-05") == []  # the list must be the countries and nothing else
    text = (
        "Neighbours resume dialogue\n\n"
        "The foreign ministers of India and Pakistan, Arjun Rao and Imran Qadir, met in "
        "Islamabad on Tuesday to resume their dialogue."
    )
    (summit,) = summits(text, "2026-02-05")
    assert set(summit.countries) == {"IN", "PK"}
    assert summit.location == "Islamabad"
    assert str(summit.start_date) == "2026-02-03"


def test_finance_ministers_from_a_list_of_countries_gather() -> None:
    text = (
        "Emerging economies talk\n\n"
        "Finance ministers from Brazil, Russia, India and China met in Sao Paulo on Saturday "
        "and called for a bigger say at the IMF."
    )
    (summit,) = summits(text, "2026-11-09")
    assert set(summit.countries) == {"BR", "RU", "IN", "CN"}


def test_ministers_of_countries_who_only_speak_hold_no_meeting() -> None:
    text = (
        "Neighbours react\n\n"
        "The leaders of Iran and Syria have said they are ready to help. The foreign ministers "
        "of India and Pakistan will meet in Islamabad next week."
    )
    assert summits(text, "2026-02-05") == []


def test_a_leader_leaving_for_a_visit_has_not_met_his_hosts_yet() -> None:
    text = (
        "Timor leader heads to the Gulf\n\n"
        "East Timor's Prime Minister Jose Amaral leaves today for an official visit to Qatar. "
        "The visit includes meetings with the Emir Hamad Al-Kuwari and Qatari Prime Minister "
        "Khalid Al-Thani."
    )
    assert summits(text, "2026-03-02") == []


def test_a_host_receiving_his_guest_is_a_meeting_of_its_own() -> None:
    text = (
        "Tour of the region\n\n"
        "Chinese Premier Li Wei visited Hanoi and Bangkok this week. On Monday Vietnamese "
        "Prime Minister Tran Van Minh received Li Wei in Hanoi. On Wednesday Thai Prime Minister "
        "Somchai Wong hosted Li Wei in Bangkok."
    )
    found = {(frozenset(s.countries), s.location) for s in summits(text, "2026-03-06")}
    assert (frozenset({"CN", "VN"}), "Hanoi") in found
    assert (frozenset({"CN", "TH"}), "Bangkok") in found


def test_a_secretary_of_defense_is_a_participant() -> None:
    text = (
        "Pentagon chief in Brasilia\n\n"
        "US Secretary of Defense John Carter met Brazilian President Ana Souza in Brasilia on "
        "Tuesday to discuss Haiti."
    )
    (summit,) = summits(text, "2026-03-25")
    assert {p.name for p in summit.participants} == {"John Carter", "Ana Souza"}
    assert set(summit.countries) == {"US", "BR"}


def test_a_city_state_named_as_the_place_is_the_city() -> None:
    text = (
        "Talks in the city-state\n\n"
        "Australian Prime Minister Tom Reid held talks with Singaporean Prime Minister Lim Boon "
        "Heng in Singapore on Thursday."
    )
    (summit,) = summits(text, "2026-07-10")
    assert (summit.location, summit.country) == ("Singapore", "SG")


def test_a_meeting_held_beside_a_clause_about_one_to_come_is_kept() -> None:
    text = (
        "Franco-German ties\n\n"
        "French President Paul Martel met German Chancellor Klaus Weber in Berlin on Monday, "
        "ahead of an EU summit that will be held in Brussels next month."
    )
    (summit,) = summits(text, "2026-05-05")
    assert set(summit.countries) == {"FR", "DE"}
    assert summit.location == "Berlin"


def test_a_relative_clause_about_a_trip_to_come_leaves_the_meeting_and_its_city() -> None:
    text = (
        "Franco-German ties\n\n"
        "French President Paul Martel, who will travel to Moscow next week, met German "
        "Chancellor Klaus Weber in Berlin on Monday."
    )
    (summit,) = summits(text, "2026-05-05")
    assert summit.location == "Berlin"


def test_an_old_meeting_in_a_clause_does_not_make_a_planned_one_held() -> None:
    text = (
        "Franco-German ties\n\n"
        "French President Paul Martel, who met German Chancellor Klaus Weber in 2024, is "
        "expected to meet him again in Berlin next week."
    )
    assert summits(text, "2026-05-05") == []


def test_a_tour_told_sentence_by_sentence_is_one_record_a_meeting() -> None:
    text = (
        "Envoy in Asia\n\n"
        "US Secretary of State Anne Miller is touring Asia. She met Japanese Foreign Minister "
        "Kenji Sato in Tokyo on Saturday. On Sunday she held talks with South Korean Foreign "
        "Minister Park Ji-hoon in Seoul."
    )
    found = {(frozenset(s.countries), s.location) for s in summits(text, "2026-04-13")}
    assert found == {(frozenset({"US", "JP"}), "Tokyo"), (frozenset({"US", "KR"}), "Seoul")}


def test_a_pronoun_after_a_time_phrase_continues_the_traveller() -> None:
    text = (
        "Envoy in Asia\n\n"
        "US Secretary of State Anne Miller met Japanese Foreign Minister Kenji Sato in Tokyo "
        "on Saturday. On Sunday she flew to Seoul, where she held talks with South Korean "
        "Foreign Minister Park Ji-hoon."
    )
    found = {(frozenset(s.countries), s.location) for s in summits(text, "2026-04-13")}
    assert found == {(frozenset({"US", "JP"}), "Tokyo"), (frozenset({"US", "KR"}), "Seoul")}
