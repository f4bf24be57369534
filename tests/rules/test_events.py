"""Summits, agreements and trade figures from short wire-style passages (rules backend)."""

from __future__ import annotations

import pytest

import summitparse

DAY = "2026-03-04"  # a Wednesday


def extract(text: str) -> summitparse.Extraction:
    return summitparse.extract(text, backend="rules", published=DAY)


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param("spoke by phone on Tuesday", id="phone-call"),
        pytest.param("held a video call on Tuesday", id="video-call"),
        pytest.param("postponed a summit planned for Tuesday", id="postponed"),
    ],
)
def test_no_summit_for_calls_and_called_off_meetings(lead: str) -> None:
    text = (
        f"PARIS (Reuters) - French President Emmanuel Macron and German Chancellor Friedrich "
        f"Merz {lead}, officials said. The two leaders last met in Berlin in talks on energy."
    )
    assert extract(text).summits == []


def test_bilateral_summit_with_place_date_and_participants() -> None:
    text = (
        "BERLIN, March 3 (Reuters) - German Chancellor Friedrich Merz hosted French President "
        "Emmanuel Macron for talks in Berlin on Tuesday, the first summit since the election."
    )
    (summit,) = extract(text).summits
    assert {p.name for p in summit.participants} == {"Friedrich Merz", "Emmanuel Macron"}
    assert (summit.location, summit.country) == ("Berlin", "DE")
    assert set(summit.countries) == {"DE", "FR"}
    assert str(summit.start_date) == "2026-03-03"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        pytest.param(
            "The two countries signed the Baltic Energy Treaty on Tuesday.", "signed", id="signed"
        ),
        pytest.param(
            "The Baltic Energy Treaty entered into force on Tuesday.", "in_force", id="in-force"
        ),
        pytest.param(
            "The two countries are negotiating a free trade agreement.",
            "negotiating",
            id="negotiating",
        ),
        pytest.param(
            "The leaders reaffirmed the Baltic Energy Treaty.", "reaffirmed", id="reaffirmed"
        ),
        pytest.param("Poland proposed a defence pact with Lithuania.", "proposed", id="proposed"),
        pytest.param(
            "The treaty must still be ratified by both parliaments, but the ministers "
            "signed the Baltic Energy Treaty on Tuesday.",
            "signed",
            id="signed-awaiting-ratification",
        ),
    ],
)
def test_agreement_status(sentence: str, status: str) -> None:
    lead = "WARSAW (Reuters) - Poland and Lithuania said on Tuesday they would work together."
    text = f"{lead} {sentence}"
    agreements = extract(text).agreements
    assert [a.status for a in agreements] == [status]
    assert set(agreements[0].parties) >= {"PL", "LT"}


def test_an_upgrade_names_the_level_it_replaces() -> None:
    text = (
        "SEOUL (Reuters) - South Korea and Vietnam upgraded their ties from a strategic "
        "partnership to a comprehensive strategic partnership on Tuesday."
    )
    (agreement,) = extract(text).agreements
    assert agreement.name == "comprehensive strategic partnership"
    assert agreement.previous == "strategic partnership"
    assert agreement.kind == "partnership"


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("It was a good deal for both sides.", id="evaluative-adjective"),
        pytest.param("No new treaty was signed.", id="negated"),
        pytest.param("The UN's World Food Programme delivered aid.", id="an-agency"),
    ],
)
def test_not_agreements(sentence: str) -> None:
    text = f"NAIROBI (AP) — Kenyan officials met donors on Tuesday. {sentence}"
    assert extract(text).agreements == []


def test_trade_figure_and_its_restatement_in_another_currency() -> None:
    text = (
        "TOKYO (Reuters) - Japan and Italy said on Tuesday that bilateral trade reached about "
        "$11.6 billion (around €10-11 billion) last year."
    )
    (trade,) = extract(text).trade_figures
    assert (trade.value, trade.currency, trade.approximate) == (11.6e9, "USD", True)
    assert set(trade.parties) == {"JP", "IT"}
    assert any(span.text == "€10-11 billion" for span in trade.evidence)


def test_a_figure_that_measures_no_trade_is_not_a_trade_figure() -> None:
    text = (
        "ROME (Reuters) - Italy will spend $2 billion on a new stadium, officials said on Tuesday."
    )
    assert extract(text).trade_figures == []


def test_a_minister_without_demonym_meeting_a_counterpart_takes_the_articles_other_country() -> (
    None
):
    text = (
        "Foreign Secretary David Lammy has met his Chinese counterpart Wang Yi in Beijing, the "
        "first visit by a UK foreign secretary to China in six years.\n\n"
        "The two men held talks on Friday. UK exports to China were worth £36bn last year."
    )
    (summit,) = summitparse.extract(text, backend="rules", published="2024-10-19").summits
    assert set(summit.countries) == {"CN", "GB"}
    assert (summit.location, summit.country) == ("Beijing", "CN")
    assert {p.name for p in summit.participants} == {"David Lammy", "Wang Yi"}


def test_a_compound_head_names_the_agreement() -> None:
    text = "GAZA (Reuters) - Israel and Hamas signed a ceasefire agreement on Sunday."
    agreements = summitparse.extract(text, backend="rules", published="2026-03-02").agreements
    assert [(a.name, a.status) for a in agreements] == [("ceasefire agreement", "signed")]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Japan signed an accord with the Association of Southeast Asian Nations.", "ASEAN"),
        ("Leaders of the Asia-Pacific Economic Cooperation forum met in Lima.", "APEC"),
        ("The Organization of the Petroleum Exporting Countries cut output.", "OPEC"),
    ],
)
def test_bodies_named_in_full_are_the_bodies_of_their_acronyms(text: str, code: str) -> None:
    from summitparse.rules.places.countries import find_countries

    assert code in [m.code for m in find_countries(text)]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        pytest.param(
            "Egyptian President al-Sisi and Jordan's King Abdullah met in Cairo.",
            ["EG", "JO", "EG"],
            id="possessive-jordan",
        ),
        pytest.param("Michael Jordan's shoes sold well.", [], id="a-man-called-jordan"),
        pytest.param("The minister flew to Niger on Monday.", ["NE"], id="after-a-preposition"),
        pytest.param("Chad said he would stay.", [], id="a-first-name-alone"),
        pytest.param("Oman's Sultan Haitham arrived.", ["OM"], id="oman-is-never-a-word"),
    ],
)
def test_countries_that_are_also_words(text: str, codes: list[str]) -> None:
    from summitparse.rules.places.countries import find_countries

    assert [m.code for m in find_countries(text)] == codes


def test_a_country_with_its_stripped_demonym_ending_is_one_demonym() -> None:
    from summitparse.rules.places.countries import find_countries

    text = "Israel i troops and Australia ns left; they called North Korea an outpost."
    assert [(m.text, m.code, m.kind) for m in find_countries(text)] == [
        ("Israel i", "IL", "demonym"),
        ("Australia ns", "AU", "demonym"),
        ("North Korea", "KP", "name"),
    ]


@pytest.mark.parametrize(
    ("sentence", "name", "status"),
    [
        pytest.param(
            "France signed a $5 billion deal with India for jets on Tuesday.",
            "$5 billion deal",
            "signed",
            id="an-amount-names-a-deal",
        ),
        pytest.param(
            "The leaders reaffirmed their commitment to the AUKUS pact on Tuesday.",
            "AUKUS pact",
            "reaffirmed",
            id="an-acronym-names-a-pact",
        ),
        pytest.param(
            "Ukraine proposed a 30-day ceasefire on Tuesday.",
            "30-day ceasefire",
            "proposed",
            id="a-length-names-a-ceasefire",
        ),
    ],
)
def test_described_agreements_with_amounts_and_acronyms(
    sentence: str, name: str, status: str
) -> None:
    text = f"PARIS (Reuters) - {sentence}"
    agreements = summitparse.extract(text, backend="rules", published=DAY).agreements
    assert [(a.name, a.status) for a in agreements] == [(name, status)]


def test_a_signed_treaty_is_dated_by_its_signing_not_its_entry_into_force() -> None:
    text = (
        "OSLO (Reuters) - Norway and Britain signed the North Sea Energy Treaty on Monday, "
        "which will enter into force in June."
    )
    (treaty,) = summitparse.extract(text, backend="rules", published=DAY).agreements
    assert (treaty.name, treaty.status, str(treaty.date)) == (
        "North Sea Energy Treaty",
        "signed",
        "2026-03-02",
    )


def test_titles_after_names_take_the_form_they_have_before_a_name() -> None:
    text = (
        "BRASILIA (Reuters) - Luiz Inacio Lula da Silva, Brazil's president, hosted Javier "
        "Milei, Argentina's president, for talks in Brasilia on Tuesday."
    )
    (summit,) = summitparse.extract(text, backend="rules", published=DAY).summits
    assert {(p.name, p.title, p.country) for p in summit.participants} == {
        ("Luiz Inacio Lula da Silva", "President", "BR"),
        ("Javier Milei", "President", "AR"),
    }
    assert (summit.location, summit.country) == ("Brasilia", "BR")


def test_agreement_date_says_its_precision() -> None:
    x = summitparse.extract(
        "Japan and Italy said the Energy Treaty between Japan and Italy entered into force in "
        "September 2025.",
        backend="rules",
        published="2026-01-16",
    )
    (agreement,) = x.agreements
    assert (str(agreement.date), agreement.date_granularity) == ("2025-09-01", "month")


def test_summit_date_is_a_day() -> None:
    x = summitparse.extract(
        "Japanese Prime Minister Sanae Takaichi met Italian Prime Minister Giorgia Meloni in "
        "Tokyo on Friday.",
        backend="rules",
        published="2026-01-16",
    )
    (summit,) = x.summits
    assert (str(summit.start_date), summit.date_granularity) == ("2026-01-16", "day")


def test_long_run_of_digits_is_no_agreement_name() -> None:
    """A 20,000-digit run once took the agreement finder cubic time; it reads as nothing."""
    assert summitparse.extract("7" * 20_000 + " agreement", backend="rules").agreements == []


def test_a_company_s_revenue_is_no_trade_figure() -> None:
    text = (
        "Airlines to merge\n\nThe two airlines said on Tuesday the combined company would have "
        "$35 billion in annual revenue and would be selling about 3,000 routes."
    )
    result = summitparse.extract(text, backend="rules", published="2026-03-06")
    assert result.trade_figures == []


def test_sales_between_countries_stay_trade_figures() -> None:
    text = "Japan sold $4 billion of cars to Vietnam last year, officials in Hanoi said."
    result = summitparse.extract(text, backend="rules", published="2026-03-06")
    assert [(t.value, sorted(t.parties)) for t in result.trade_figures] == [
        (4_000_000_000, ["JP", "VN"])
    ]
