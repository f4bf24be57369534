"""Agreement wordings of real wire copy: ceasefires, dated deals, refusals, "went into effect"."""

from __future__ import annotations

import summitparse

DAY = "2026-03-06"  # a Friday


def agreements(text: str) -> list[summitparse.Agreement]:
    return summitparse.extract(text, backend="rules", published=DAY).agreements


def test_a_ceasefire_needs_no_modifier_to_be_an_agreement() -> None:
    found = agreements("Russia and Georgia signed a ceasefire in Tbilisi on Friday.")
    assert [(a.name, a.status, a.parties) for a in found] == [("ceasefire", "signed", ["RU", "GE"])]


def test_a_truce_is_an_agreement() -> None:
    found = agreements("Israel and Lebanon agreed a truce in Cairo on Friday.")
    assert [(a.name, a.status) for a in found] == [("truce", "announced")]


def test_a_date_after_the_subject_of_a_deal_ends_its_name() -> None:
    found = agreements("Russia and Ukraine reached a deal on gas prices on Tuesday.")
    assert [(a.name, a.status, str(a.date)) for a in found] == [
        ("deal on gas prices", "announced", "2026-03-03")
    ]


def test_a_treaty_a_party_refuses_to_sign_is_no_event() -> None:
    text = (
        "Australia and ASEAN leaders met in Vientiane on Friday. Australia refused to sign "
        "its nonaggression treaty with ASEAN."
    )
    assert agreements(text) == []


def test_went_into_effect_is_in_force() -> None:
    text = (
        "Chile and Peru met in Lima on Friday. The Chile-Peru Trade Agreement went into "
        "effect in March 2009, officials said."
    )
    assert [(a.name, a.status) for a in agreements(text)] == [
        ("Chile-Peru Trade Agreement", "in_force")
    ]


def test_a_government_truce_with_its_rebels_is_no_agreement_between_countries() -> None:
    text = "Uganda's government signed a permanent ceasefire with the rebels in Juba on Friday."
    assert agreements(text) == []


def test_an_agreement_called_off_is_not_signed() -> None:
    text = (
        "Russia and the United States met in Geneva on Friday. Russia withdrew from the "
        "Intermediate-Range Nuclear Forces Treaty, signed with the United States in 1987."
    )
    assert [(a.name, a.status) for a in agreements(text)] == [
        ("Intermediate-Range Nuclear Forces Treaty", "other")
    ]


def test_a_call_off_elsewhere_in_the_clause_does_not_touch_the_agreement() -> None:
    text = (
        "Canberra talks\n\nAustralia and New Zealand met in Canberra on Friday. A senator "
        "urged Australia to withdraw from Iraq and to stop delaying the Kyoto Protocol."
    )
    assert agreements(text) == []


def test_an_agreement_not_announced_is_no_event() -> None:
    text = (
        "Lima talks\n\nChile and Peru met in Lima on Friday. Peru has not announced a "
        "fisheries agreement with Chile, officials said."
    )
    assert agreements(text) == []


def test_a_visit_made_to_sign_a_pact_signs_it() -> None:
    text = (
        "Talks in Kabul\n\n"
        "The British prime minister made a surprise visit to Afghanistan on Monday to sign a "
        "new defence pact with Afghanistan's president."
    )
    assert [(a.name, a.status) for a in agreements(text)] == [("defence pact", "signed")]


def test_a_visit_still_to_come_to_sign_a_pact_does_not_sign_it() -> None:
    text = (
        "Trip planned\n\n"
        "The Japanese prime minister will visit Australia next month to sign a new defence pact."
    )
    assert [(a.name, a.status) for a in agreements(text)] == [("defence pact", "negotiating")]


def test_countries_that_entered_into_an_agreement_concluded_it() -> None:
    text = (
        "Exports fall\n\n"
        "Chile and Korea entered into a free trade agreement on Monday, officials said."
    )
    assert [(a.name, a.status, str(a.date)) for a in agreements(text)] == [
        ("free trade agreement", "signed", "2026-03-02")
    ]


def test_an_agreement_which_began_is_in_force() -> None:
    text = (
        "Trade report\n\n"
        "Exports under the Chile-Korea free trade agreement, which began in January, rose by a "
        "tenth, officials said."
    )
    assert [(a.name, a.status) for a in agreements(text)] == [
        ("Chile-Korea free trade agreement", "in_force")
    ]


def test_a_terrorist_groups_own_ceasefire_is_no_agreement() -> None:
    text = (
        "Madrid offers talks\n\n"
        "The Spanish government said on Thursday it would open talks with the group. The group "
        "had waged a terrorist campaign for decades until it announced a permanent ceasefire "
        "in March."
    )
    assert agreements(text) == []


def test_a_unilateral_ceasefire_is_no_agreement() -> None:
    text = (
        "Fighting stops\n\n"
        "Israel and Lebanon said on Monday that Israel had agreed to a unilateral ceasefire in "
        "the south."
    )
    assert agreements(text) == []


def test_a_ceasefire_between_two_countries_is_still_one() -> None:
    text = (
        "Fighting stops\n\n"
        "Israel and Lebanon agreed to a ceasefire on Monday after a month of terrorist attacks."
    )
    assert [(a.name, a.status, a.parties) for a in agreements(text)] == [
        ("ceasefire", "announced", ["IL", "LB"])
    ]


def test_lifting_a_blockade_does_nothing_to_a_ceasefire() -> None:
    text = (
        "Annan in Beirut\n\n"
        "Annan urged Israel to lift its blockade of Lebanon under the resolution governing the "
        "ceasefire of last month."
    )
    assert [a.status for a in agreements(text)] in ([], ["other"])


def test_lifting_ties_to_a_partnership_still_announces_it() -> None:
    text = (
        "Ties upgraded\n\n"
        "Indonesia and Australia lifted their relationship to a comprehensive strategic "
        "partnership on Thursday."
    )
    assert [(a.name, a.status) for a in agreements(text)] == [
        ("comprehensive strategic partnership", "announced")
    ]


def test_a_status_in_a_clause_of_its_own_after_because_is_another_agreements() -> None:
    text = (
        "Seoul's limits\n\n"
        "Seoul can only seek a peace treaty because it never joined the armistice, which was "
        "signed by U.S.-led forces."
    )
    assert all(a.name != "peace treaty" for a in agreements(text))


def test_words_after_demonstrating_say_nothing_of_the_treaty() -> None:
    text = (
        "Cluster bombs\n\n"
        "Norway and Ireland expect a strong global treaty banning cluster bombs, demonstrating "
        "that nations continue to ban cruel weapons."
    )
    assert agreements(text) == []


def test_a_relative_clause_right_after_the_name_still_gives_its_status() -> None:
    text = (
        "Trade report\n\n"
        "Exports to Korea rose under the Chile-Korea free trade agreement, which was signed in "
        "Seoul on Monday because both sides wanted it."
    )
    assert [(a.name, a.status) for a in agreements(text)] == [
        ("Chile-Korea free trade agreement", "signed")
    ]
