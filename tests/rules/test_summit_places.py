"""Where a summit took place, as real copy says it, and meetings told around a summit."""

from __future__ import annotations

import summitparse


def extract(text: str, day: str = "2008-04-22") -> summitparse.Extraction:
    return summitparse.extract(text, backend="rules", published=day)


def test_a_seat_of_government_is_its_city() -> None:
    text = (
        "Leaders meet\n\nCanadian Prime Minister Paul Roy met US President John Cole at the "
        "White House on Monday."
    )
    (summit,) = extract(text).summits
    assert (summit.location, summit.country) == ("Washington", "US")


def test_a_word_that_gazetteers_call_a_town_is_no_city() -> None:
    text = (
        "Leaders gather\n\nBrazilian President Ana Souza welcomed Algerian President Said Rahmani "
        "at the Summit on Tuesday, where both spoke about trade."
    )
    (summit,) = extract(text).summits
    assert summit.location is None


def test_a_capital_named_through_its_country_hosts_the_summit() -> None:
    text = (
        "Summit of South American and Arab Countries\n\nBrazil's capital city of Brasilia is "
        "hosting the Summit of South American and Arab Countries from May 10 to 11.\n\n"
        "Brazilian President Ana Souza opened the meeting. Algerian President Said Rahmani "
        "asked for fair trade, and Venezuelan President Luis Mora backed him."
    )
    (summit,) = extract(text, "2005-05-11").summits
    assert (summit.location, summit.country) == ("Brasilia", "BR")
    assert {p.name for p in summit.participants} == {"Ana Souza", "Said Rahmani", "Luis Mora"}


def test_a_misspelt_prime_minister_is_still_a_leader_and_later_talks_share_the_day() -> None:
    text = (
        "Three leaders meet\n\nCanadian Prime Minster Paul Roy, US President John Cole and "
        "Mexican President Luis Mora met yesterday at a summit in New Orleans.\n\n"
        "The first meeting was between Cole and Mora. Later in the day Cole met with Canada's "
        "Prime Minister."
    )
    found = {frozenset(p.name for p in s.participants): s for s in extract(text).summits}
    assert frozenset({"Paul Roy", "John Cole", "Luis Mora"}) in found
    pair = found[frozenset({"John Cole", "Paul Roy"})]
    assert (pair.location, str(pair.start_date)) == ("New Orleans", "2008-04-21")


def test_one_leader_in_a_country_is_no_summit_unless_the_story_is_his_visit() -> None:
    text = (
        "Protest in Amsterdam\n\nThousands of people protested in Amsterdam, Netherlands on "
        "Saturday.\n\nUS President John Cole met troops at a base near the city on Friday."
    )
    assert extract(text).summits == []
    visit = "Swiss President visits Ghana\n\nSwiss President Anna Keller arrived in Accra today."
    (summit,) = extract(visit).summits
    assert set(summit.countries) == {"CH", "GH"}


def test_a_counterpart_named_without_a_title_is_a_participant_of_the_host() -> None:
    text = (
        "Ortiz in Iran\n\nIn Tehran on Sunday, Nicaraguan President Jorge Ortiz met with "
        "Mahmoud Ahmadinejad and discussed oil."
    )
    (summit,) = extract(text, "2007-06-10").summits
    assert {p.name for p in summit.participants} == {"Jorge Ortiz", "Mahmoud Ahmadinejad"}
    assert set(summit.countries) == {"NI", "IR"}


def test_a_month_is_no_city() -> None:
    text = (
        "Leaders meet\n\nIsraeli Prime Minister Avi Levin met Palestinian President Omar Nasser "
        "in November to prepare the talks."
    )
    (summit,) = extract(text, "2007-12-13").summits
    assert summit.location is None


def test_the_capital_city_of_a_place_is_the_summit_s_city() -> None:
    text = (
        "Visit cut short\n\nProtests against the visiting Polish President Jan Novak turned "
        "violent on Monday at the presidential palace in the capital city of Port-au-Prince, "
        "where he met Haitian President Jean Baptiste."
    )
    (summit,) = extract(text).summits
    assert (summit.location, summit.country) == ("Port-au-Prince", "HT")


def test_a_city_named_beside_a_participant_in_the_opening_places_a_visit() -> None:
    text = (
        "Novak in Benin\n\nPolish President Jan Novak began his trip to Africa today in Benin, "
        "where he met with President Yayi Boni. At the press conference, held at the airport in "
        "Cotonou, Yayi thanked Novak for his visit."
    )
    (summit,) = extract(text).summits
    assert (summit.location, summit.country) == ("Cotonou", "BJ")


def test_in_washington_is_the_city_not_the_state() -> None:
    text = (
        "Uranium\n\nAustralian Prime Minister Tom Hale told journalists in Washington that "
        "Australia had no plans to take back spent uranium. On Monday, Hale held talks with US "
        "Energy Secretary Sam Ross."
    )
    (summit,) = extract(text).summits
    assert (summit.location, summit.country) == ("Washington", "US")


def test_a_city_with_no_participant_beside_it_places_nothing() -> None:
    text = (
        "Temple\n\nThe memorandum came during talks between Chinese Premier Wen Li and Indian "
        "Prime Minister Raj Rao. India and China have agreed to build a temple in Luoyang."
    )
    (summit,) = extract(text).summits
    assert summit.location is None


def test_a_building_named_after_a_town_is_no_city() -> None:
    text = (
        "Lunch\n\nChinese President Wen Li had lunch today with Brazilian President Ana Souza "
        "at the Granja do Torto, her country residence. The two held talks on trade."
    )
    (summit,) = extract(text).summits
    assert summit.location != "Granja"


def test_a_city_whose_name_holds_small_words_is_read_whole() -> None:
    for city, code in (
        ("Sharm el-Sheikh", "EG"),
        ("Dar es Salaam", "TZ"),
        ("Rio de Janeiro", "BR"),
    ):
        text = (
            f"Leaders meet\n\nKenyan President Paul Otieno met Brazilian President Ana Souza in "
            f"{city} on Monday."
        )
        (summit,) = extract(text).summits
        assert (summit.location, summit.country) == (city, code)


def test_a_city_written_with_other_capitals_inside_is_still_known() -> None:
    text = (
        "Leaders meet\n\nUS President John Cole held talks with Egyptian President Omar Nasser in "
        "Sharm El-Sheikh on Monday."
    )
    (summit,) = extract(text).summits
    assert (summit.location, summit.country) == ("Sharm El-Sheikh", "EG")


def test_a_city_of_a_country_named_with_its_small_words() -> None:
    text = (
        "Leaders meet\n\nUS President John Cole met Egyptian President Omar Nasser in the "
        "Egyptian resort of Sharm el-Sheikh on Monday."
    )
    (summit,) = extract(text).summits
    assert (summit.location, summit.country) == ("Sharm el-Sheikh", "EG")
