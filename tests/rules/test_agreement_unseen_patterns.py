"""Agreements as unseen real copy writes them: what the story reports, not what it recalls."""

from __future__ import annotations

import summitparse

DAY = "2009-06-12"  # a Friday


def agreements(text: str, published: str = DAY) -> list[summitparse.Agreement]:
    return summitparse.extract(text, backend="rules", published=published).agreements


def test_a_treaty_dated_by_its_own_name_years_ago_is_background() -> None:
    text = (
        "Critics say the shelling of Qana breaches the 1949 Geneva Conventions. Israel and "
        "Lebanon traded fire again on Thursday."
    )
    assert agreements(text) == []


def test_a_year_before_the_name_makes_it_old() -> None:
    text = (
        "Talks stalled in Seoul on Friday. Pyongyang says it still honours the 1994 U.S.-North "
        "Korea nuclear pact, which was signed in Geneva."
    )
    assert agreements(text) == []


def test_a_signing_years_before_the_story_is_background() -> None:
    text = (
        "Oman's foreign minister visited Tehran on Thursday. He praised the "
        "Iran-Oman border deal that Iran and Oman signed in 1975."
    )
    assert agreements(text) == []


def test_a_standing_treaty_signed_long_ago_is_named_as_context() -> None:
    text = (
        "Syria denied building a reactor on Thursday. Although Syria has signed the Nuclear "
        "Non-Proliferation Treaty, Israel says it hid the site from inspectors."
    )
    assert agreements(text) == []


def test_a_standing_treaty_ratified_on_a_day_of_the_story_stays_news() -> None:
    text = (
        "Australia and the United Nations said Australia ratified the Kyoto Protocol on "
        "Wednesday, June 10."
    )
    assert [a.name for a in agreements(text)] == ["Kyoto Protocol"]


def test_a_recent_signing_is_the_story_s_agreement() -> None:
    text = (
        "Peru and Chile met in Lima on Tuesday. The Peru-Chile Fisheries Agreement was signed "
        "in 2008 and enters its second phase this month."
    )
    assert [a.name for a in agreements(text)] == ["Peru-Chile Fisheries Agreement"]


def test_an_old_treaty_in_force_keeps_its_record() -> None:
    text = "The Japan-Mexico Economic Partnership Agreement, in force since 2005, was reviewed."
    assert [a.status for a in agreements(text)] == ["in_force"]


def test_one_war_s_peace_under_three_nouns_is_one_agreement() -> None:
    text = (
        "Ethiopia and Eritrea signed a peace deal on Friday to end their border war. After the "
        "signing of the peace treaty, the United Nations said it would send observers. Kenya "
        "welcomed the Algiers Peace Agreement between Ethiopia and Eritrea."
    )
    found = agreements(text)
    assert [(a.name, a.status) for a in found] == [("Algiers Peace Agreement", "signed")]
    assert str(found[0].date) == "2009-06-12"


def test_two_named_peace_agreements_stay_apart() -> None:
    text = (
        "Sudan and Chad signed the Dakar Peace Agreement on Friday. It follows the Tripoli "
        "Peace Agreement that Sudan and Chad signed on Wednesday."
    )
    names = sorted(a.name for a in agreements(text))
    assert names == ["Dakar Peace Agreement", "Tripoli Peace Agreement"]


def test_talks_that_led_to_an_agreement_made_it() -> None:
    text = (
        "Thai and Cambodian commanders met at the border on Friday. Six hours of talks led to "
        "an agreement on joint patrols between Thailand and Cambodia."
    )
    found = agreements(text)
    assert [(a.name, a.status) for a in found] == [("agreement on joint patrols", "announced")]
    assert found[0].parties == ["TH", "KH"]


def test_a_brokered_agreement_as_an_adjective_keeps_its_signing() -> None:
    text = (
        "Nigeria and Cameroon met in New York. Nigeria agreed to the handover in the UN "
        "brokered Greentree Agreement signed in New York on June 12."
    )
    found = agreements(text)
    assert [(a.name, a.status, str(a.date)) for a in found] == [
        ("Greentree Agreement", "signed", "2009-06-12")
    ]


def test_brokering_a_truce_under_discussion_makes_none() -> None:
    text = (
        "Carter met Hamas officials in Damascus on Friday. They discussed brokering an "
        "unofficial truce between Israel and Syria."
    )
    assert [a.status for a in agreements(text)] != ["announced"]


def test_a_treaty_to_succeed_an_old_one_leaves_the_old_one_out() -> None:
    text = (
        "Denmark and the United States met in Copenhagen on Friday. The summit is to finalise "
        "a treaty to succeed the 1997 Kyoto Protocol."
    )
    assert "1997 Kyoto Protocol" not in [a.name for a in agreements(text)]


def test_a_sentence_s_first_word_is_no_part_of_a_treaty_s_name() -> None:
    text = (
        "Romania and Bulgaria welcomed the vote on Friday. Once the Accession Treaty has been "
        "signed by Romania and Bulgaria, only a safeguard clause can delay their entry."
    )
    assert [a.name for a in agreements(text)] == ["Accession Treaty"]


def test_georgia_listed_with_a_country_is_the_country() -> None:
    text = "Georgia and Russia signed a ceasefire in Moscow on Friday."
    assert [a.parties for a in agreements(text)] == [["GE", "RU"]]


def test_georgia_in_a_list_of_signatories_is_a_party() -> None:
    text = "Azerbaijan, Georgia and Turkey signed a railway agreement in Baku on Friday."
    assert [a.parties for a in agreements(text)] == [["AZ", "GE", "TR"]]


def test_georgia_before_usa_is_the_state() -> None:
    from summitparse.rules.context import analyse

    context = analyse("The march began in Atlanta, Georgia, USA, on Friday.", reference=None)
    assert [c.code for c in context.countries] == ["US"]


def test_officials_from_a_country_sign_for_it() -> None:
    text = (
        "Officials from Bulgaria, Greece and Russia signed an agreement on Tuesday to build an "
        "oil pipeline."
    )
    assert [a.parties for a in agreements(text)] == [["BG", "GR", "RU"]]


def test_a_supply_from_a_country_does_not_make_it_a_party() -> None:
    text = "Poland and Lithuania signed a deal on Tuesday to cut gas imports from Russia."
    assert [a.parties for a in agreements(text)] == [["PL", "LT"]]


def test_a_headline_in_the_present_tense_reports_a_deal_reached() -> None:
    text = (
        "Russia and Ukraine reach gas deal\n\nRussia and Ukraine have agreed to end their "
        "dispute over prices, officials said on Wednesday."
    )
    found = agreements(text)
    assert [(a.name, a.status, a.parties) for a in found] == [
        ("gas deal", "announced", ["RU", "UA"])
    ]


def test_a_body_still_seeking_a_deal_is_negotiating() -> None:
    text = "Russia and Ukraine met in Kiev on Friday. Both hope to reach a gas deal by June."
    assert [a.status for a in agreements(text)] == ["negotiating"]


def test_a_headline_offer_is_a_proposed_agreement() -> None:
    text = (
        "Israel offers peace treaty with Lebanon\n\nThe Israeli prime minister said on Monday "
        "he was ready to make peace with Lebanon."
    )
    found = agreements(text)
    assert [(a.name, a.status, a.parties) for a in found] == [
        ("peace treaty", "proposed", ["IL", "LB"])
    ]


def test_a_headline_s_short_name_is_the_lead_s_agreement() -> None:
    text = (
        "Iran and Turkey sign gas pipeline deal\n\nIran and Turkey signed a memorandum of "
        "understanding in Ankara on Tuesday for the export of Iranian gas to Europe."
    )
    found = agreements(text)
    assert [(a.name, a.status) for a in found] == [("memorandum of understanding", "signed")]


def test_the_source_of_the_news_is_no_party() -> None:
    text = "Georgia and Russia signed a ceasefire on Friday, the French presidency said."
    assert [a.parties for a in agreements(text)] == [["GE", "RU"]]


def test_an_airline_named_after_its_country_signs_its_own_deal() -> None:
    text = (
        "Air Canada ordered new airliners on Monday, while Air India has signed a deal for a "
        "further US$7 billion."
    )
    assert agreements(text) == []


def test_hopes_for_a_deal_seek_it() -> None:
    text = "Bush spoke of his hopes for an Israeli-Palestinian peace deal on Monday."
    assert [(a.name, a.status) for a in agreements(text)] == [
        ("Israeli-Palestinian peace deal", "negotiating")
    ]


def test_a_quoted_phrase_with_an_article_is_no_designation() -> None:
    text = 'Japan and Vietnam met on Monday. Critics said Japan should "take the partnership".'
    assert "take the partnership" not in [a.name for a in agreements(text)]
