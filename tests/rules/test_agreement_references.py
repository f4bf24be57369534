"""How real copy names one agreement: dotted country pairs, headlines without articles, and
"the deal" standing for the story's agreement."""

from __future__ import annotations

import summitparse

DAY = "2026-03-06"  # a Friday


def agreements(text: str) -> list[summitparse.Agreement]:
    return summitparse.extract(text, backend="rules", published=DAY).agreements


def test_a_country_pair_written_with_dots_modifies_a_deal() -> None:
    text = "The U.S.-Brazil ethanol deal was approved by the Brazilian senate on Tuesday."
    found = agreements(text)
    assert [(a.name, a.status, a.parties) for a in found] == [
        ("U.S.-Brazil ethanol deal", "announced", ["US", "BR"])
    ]


def test_a_headline_names_the_deal_the_body_calls_the_deal() -> None:
    text = (
        "Peru, Chile reach deal on fishing quotas\n\n"
        "Peru and Chile agreed on Tuesday to share the anchovy catch off their coasts. "
        "The deal was announced in Lima by the two foreign ministers."
    )
    found = agreements(text)
    assert [(a.name, a.status, a.parties) for a in found] == [
        ("deal on fishing quotas", "announced", ["PE", "CL"])
    ]


def test_a_headline_short_name_joins_the_agreement_the_body_names() -> None:
    text = (
        "Ghana, Togo sign border accord\n\n"
        "Ghana and Togo signed a border demarcation treaty in Accra on Tuesday. The treaty "
        "settles a dispute over the Volta region."
    )
    found = agreements(text)
    assert [a.name for a in found] == ["border demarcation treaty"]


def test_the_agreement_reached_between_two_countries_is_the_story_s_agreement() -> None:
    text = (
        "Rome pays Tripoli\n\n"
        "Italy will pay Libya $2 billion over twenty years for roads and schools. The agreement "
        "was reached between the Italian foreign minister and his Libyan counterpart on Tuesday."
    )
    found = agreements(text)
    assert [(a.name, a.status, a.parties) for a in found] == [
        ("agreement", "announced", ["IT", "LY"])
    ]


def test_a_company_deal_is_no_agreement() -> None:
    text = (
        "Carmaker buys rival\n\n"
        "Volvo said on Tuesday it would buy a smaller truck maker for $400 million. The deal "
        "was signed in Gothenburg after two months of talks."
    )
    assert agreements(text) == []


def test_a_later_the_deal_does_not_add_the_countries_of_its_sentence() -> None:
    text = (
        "Italy will pay Libya $2 billion over twenty years. The agreement was reached between "
        "the Italian and Libyan foreign ministers on Tuesday. The deal has led some to ask "
        "whether Britain should pay Kenya for its colonial rule."
    )
    assert [a.parties for a in agreements(text)] == [["IT", "LY"]]


def test_talks_on_a_deal_that_collapsed_do_not_call_the_deal_off() -> None:
    text = (
        "Kenya and Ethiopia signed the Omo Water Agreement in Addis Ababa on Tuesday. Talks on "
        "the deal collapsed two years ago."
    )
    assert [(a.name, a.status) for a in agreements(text)] == [("Omo Water Agreement", "signed")]


def test_a_country_s_nuclear_programme_is_no_agreement() -> None:
    text = (
        "Iran and the EU met in Geneva on Tuesday. The talks focused on Iran's nuclear "
        "programme, which was announced in 2002."
    )
    assert agreements(text) == []


def test_an_agreement_with_a_country_is_named_by_its_counterpart() -> None:
    text = "Vietnam signed an agreement with Laos on Tuesday to build a railway to Vientiane."
    found = agreements(text)
    assert [(a.name, a.status, sorted(a.parties)) for a in found] == [
        ("agreement with Laos", "signed", ["LA", "VN"])
    ]


def test_a_deal_with_a_bloc_is_named_by_the_bloc() -> None:
    text = "Japan has reached a deal with ASEAN for a $2 billion infrastructure fund."
    found = agreements(text)
    assert [(a.name, a.status, sorted(a.parties)) for a in found] == [
        ("deal with ASEAN", "announced", ["ASEAN", "JP"])
    ]


def test_a_company_deal_with_a_government_is_no_agreement() -> None:
    text = (
        "After weeks of pressure from Kenyan regulators, the drug maker reached an agreement "
        "with the Kenyan government on prices."
    )
    assert agreements(text) == []


def test_a_headline_names_an_agreement_after_signing() -> None:
    text = (
        "Armenia follows Azerbaijan in signing border treaty\n\n"
        "Armenian officials said on Tuesday the treaty would be ratified next month."
    )
    assert [a.name for a in agreements(text)] == ["border treaty"]


def test_a_headline_verb_is_not_part_of_the_name() -> None:
    text = (
        "Hamas dampens Palestinian-Israeli truce\n\n"
        "Israel and the Palestinian Authority announced a truce on Tuesday."
    )
    assert [a.name for a in agreements(text)] == ["truce"]


def test_how_long_a_ceasefire_lasted_is_not_its_name() -> None:
    text = (
        "Israel and the Palestinian Authority observed an unofficial ceasefire for the past "
        "three weeks, officials said."
    )
    assert [a.name for a in agreements(text)] in ([], ["unofficial ceasefire"])


def test_a_truce_and_a_ceasefire_in_one_story_are_one_agreement() -> None:
    text = (
        "Armenia and Azerbaijan signed a ceasefire agreement in Moscow on Tuesday. The truce "
        "was signed by both foreign ministers after talks."
    )
    assert [a.name for a in agreements(text)] == ["ceasefire agreement"]


def test_a_possible_agreement_is_proposed() -> None:
    text = "Peru and Chile are studying a possible Peru-Chile Fisheries Agreement."
    assert [(a.name, a.status) for a in agreements(text)] == [
        ("Peru-Chile Fisheries Agreement", "proposed")
    ]


def test_declared_in_a_memorandum_is_announced() -> None:
    text = "Nepal and India declared in a memorandum on Tuesday their plan to build a dam."
    assert [(a.name, a.status) for a in agreements(text)] == [("memorandum", "announced")]


def test_a_later_mention_with_the_status_dates_the_agreement() -> None:
    text = (
        "Ghana and Togo have signed a treaty to share revenue from an offshore gas field. "
        "The treaty, signed in Accra on Tuesday, splits the revenue in half."
    )
    assert [(a.status, str(a.date)) for a in agreements(text)] == [("signed", "2026-03-03")]


def test_a_communique_signed_by_ngos_is_theirs() -> None:
    text = (
        "Ghana and Togo met in Accra on Tuesday. A communiqué signed by 12 Ghanaian NGOs "
        "called for a fairer split."
    )
    assert agreements(text) == []


def test_a_deadline_in_the_clause_does_not_date_the_agreement() -> None:
    text = (
        "Ghana and Togo signed a border treaty and agreed to pull their troops back by the "
        "end of June."
    )
    assert [(a.status, a.date) for a in agreements(text)] == [("signed", None)]


def test_an_infinitive_after_a_treaty_says_which_treaty() -> None:
    text = "Ghana and Togo have signed a treaty to share revenue from an offshore gas field."
    assert [a.name for a in agreements(text)] == ["treaty to share revenue"]


def test_an_infinitive_does_not_make_a_company_deal_an_agreement() -> None:
    text = "Volvo Cars signed a deal to buy a truck maker in Sweden on Tuesday."
    assert agreements(text) == []


def test_a_ceasefire_declared_by_one_side_is_no_agreement() -> None:
    text = (
        "Bombing in Madrid\n\nA bomb exploded in Madrid on Tuesday. Police have been on alert "
        "since the group declared an end to a unilateral ceasefire on June 5."
    )
    assert agreements(text) == []


def test_possible_only_right_before_the_name_makes_it_proposed() -> None:
    text = (
        "Peru and Chile met in Lima on Tuesday. A potential buyer said the Peru-Chile Fisheries "
        "Agreement was signed in January."
    )
    assert [a.status for a in agreements(text)] == ["signed"]


def test_a_signed_agreement_is_not_dated_after_the_story() -> None:
    text = (
        "Ghana and Togo have signed the Volta Water Agreement. The agreement, which will come "
        "into force in 90 days, caps what each side may draw."
    )
    assert [(a.status, a.date) for a in agreements(text)] == [("signed", None)]


def test_an_accord_named_only_by_its_parties_is_the_story_s_agreement() -> None:
    text = (
        "APEC leaders meet in Sydney\n\n"
        "APEC leaders met in Sydney on Saturday and agreed on the Sydney Declaration on "
        "climate change. The APEC accord calls for a cut in energy intensity."
    )
    assert [a.name for a in agreements(text)] == ["Sydney Declaration"]


def test_a_deal_named_by_its_parties_stands_alone_when_nothing_else_is_named() -> None:
    text = "Peru and Chile said on Tuesday the Peru-Chile deal was signed in Lima."
    assert [(a.name, a.status) for a in agreements(text)] == [("Peru-Chile deal", "signed")]


def test_a_name_ends_on_a_whole_word() -> None:
    text = "North Korea According to state media, North Korea has cut all ties with South Korea."
    assert agreements(text) == []


def test_a_plural_proper_name_is_one_agreement() -> None:
    text = "Israel and Egypt reaffirmed the Camp David Accords in Cairo on Tuesday."
    assert [(a.name, a.status) for a in agreements(text)] == [("Camp David Accords", "reaffirmed")]


def test_retailers_agreement_is_a_company_deal() -> None:
    text = (
        "On Thursday, UK-based retailer Tesco and Denmark-based retailer Salling announced "
        "their agreement over selling Tesco's Polish stores."
    )
    assert agreements(text) == []


def test_an_agreement_two_bodies_mediated_is_not_between_them() -> None:
    text = (
        "Kenyan rivals share power\n\nKenya's government and opposition will share power. "
        "The agreement was reached after talks mediated by the United Nations and the "
        "African Union."
    )
    assert agreements(text) == []


def test_a_described_mention_does_not_pick_one_of_two_named_plans_by_head() -> None:
    text = (
        "The party promised a great action plan. It includes the Action Plan for Jobs and "
        "the Green Plan."
    )
    assert agreements(text) == []


def test_the_proposed_deal_between_two_countries_is_the_story_s_agreement() -> None:
    text = (
        "Washington to sell radars to Riyadh\n\n"
        "The administration told Congress on Monday that it intends to sell radars abroad. Under "
        "the proposed deal, the United States would provide Saudi Arabia with 40 radars."
    )
    assert [(a.name, a.status, a.parties) for a in agreements(text)] == [
        ("deal", "proposed", ["US", "SA"])
    ]


def test_a_proposed_deal_in_a_company_story_is_no_agreement() -> None:
    text = (
        "Chipmaker bid\n\n"
        "Under the proposed deal, the company would sell its plants in France and Germany to a "
        "rival."
    )
    assert agreements(text) == []


def test_a_committee_named_for_agreements_is_no_agreement() -> None:
    text = (
        "Quotas on shirts\n\n"
        "The US Committee for the Implementation of Textile Agreements announced quotas on "
        "Chinese shirts on Monday."
    )
    assert agreements(text) == []


def test_an_agreement_a_committee_signed_is_still_one() -> None:
    text = (
        "Fisheries deal\n\n"
        "The Fisheries Commission of Norway and Russia signed the Barents Sea Fisheries "
        "Agreement on Monday."
    )
    assert [(a.name, a.status) for a in agreements(text)] == [
        ("Barents Sea Fisheries Agreement", "signed")
    ]
