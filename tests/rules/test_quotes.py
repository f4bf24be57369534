"""Quotations and their speakers, by rule: the patterns wire copy uses, US and UK style."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitparse.models import Quote
from summitparse.rules.quotes.finder import find_quotes

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_0a2133f4850d8740.txt"

# (quote text, speaker, cue) for every quote the text must yield, in order.
Expected = list[tuple[str, str | None, str | None]]


def _triples(text: str) -> Expected:
    return [(q.text, q.speaker, q.cue) for q in find_quotes(text)]


ATTRIBUTION_AFTER = [
    pytest.param(
        'Sanae Takaichi met reporters. "We agreed that this is of utmost urgency," she stated.',
        [("We agreed that this is of utmost urgency", "Sanae Takaichi", "stated")],
        id="pronoun-after-us-straight",
    ),
    pytest.param(
        "“We will not back down on this,” said Mr. Blair, adding that talks would resume.",
        [("We will not back down on this", "Blair", "said")],
        id="inverted-said-honorific-us",
    ),
    pytest.param(
        "‘We have to be realistic about what can be achieved,’ Mr Starmer told the BBC.",
        [("We have to be realistic about what can be achieved", "Starmer", "told")],
        id="uk-single-curly-told",
    ),
    pytest.param(
        '"We will not back down," Prime Minister Keir Starmer said on Tuesday.',
        [("We will not back down", "Keir Starmer", "said")],
        id="title-and-name-after-quote",
    ),
    pytest.param(
        '"The relationship is at its best ever," according to Foreign Minister Wang Yi.',
        [("The relationship is at its best ever", "Wang Yi", "according to")],
        id="according-to-after",
    ),
    pytest.param(
        '"The door to dialogue remains open", the Foreign Ministry said in a statement.',
        [("The door to dialogue remains open", "Foreign Ministry", "said")],
        id="organisation-uk-comma-outside",
    ),
    pytest.param(
        "Japan's foreign ministry said the talks went well. "
        '"Both sides agreed to keep the channel open," the ministry said.',
        [("Both sides agreed to keep the channel open", "Japan's foreign ministry", "said")],
        id="organisation-resolved-to-fuller-name",
    ),
    pytest.param(
        "Saudi Crown Prince Mohammed bin Salman hosted the talks.\n"
        '"We expect a lot from this partnership and we are ready," the crown prince said.',
        [
            (
                "We expect a lot from this partnership and we are ready",
                "Mohammed bin Salman",
                "said",
            )
        ],
        id="title-reference-crown-prince",
    ),
    pytest.param(
        "Italy's Prime Minister Giorgia Meloni met Japanese Prime Minister Sanae Takaichi. "
        '"This is a historic day for both of our nations," the Italian leader said.',
        [("This is a historic day for both of our nations", "Giorgia Meloni", "said")],
        id="title-reference-with-demonym",
    ),
    pytest.param(
        'Friedrich Merz met Keir Starmer. "We are stronger together than apart," Merz said.',
        [("We are stronger together than apart", "Friedrich Merz", "said")],
        id="surname-after-quote",
    ),
    pytest.param(
        "“Why should we accept a deal like this one?” Ms Kallas asked.",
        [("Why should we accept a deal like this one?", "Kallas", "asked")],
        id="question-mark-then-lowercase-attribution",
    ),
]

ATTRIBUTION_BEFORE = [
    pytest.param(
        "German Chancellor Friedrich Merz told reporters: "
        '"Europe must take responsibility for its own security."',
        [("Europe must take responsibility for its own security.", "Friedrich Merz", "told")],
        id="colon-before-full-quote",
    ),
    pytest.param(
        'U.S. Secretary of State Marco Rubio said that "the alliance has never been stronger."',
        [("the alliance has never been stronger.", "Marco Rubio", "said")],
        id="said-that-partial",
    ),
    pytest.param(
        "Sanae Takaichi met Giorgia Meloni. Takaichi noted that cooperation has been "
        '"steadily progressing across a wide range of fields," and expressed hope.',
        [("steadily progressing across a wide range of fields", "Sanae Takaichi", "noted")],
        id="partial-quote-sentence-subject-noted",
    ),
    pytest.param(
        "Giorgia Meloni echoed this sentiment, emphasizing that "
        '"Italy and Japan can make a difference together" by defending order.',
        [("Italy and Japan can make a difference together", "Giorgia Meloni", "emphasizing")],
        id="partial-quote-participle-cue",
    ),
    pytest.param(
        "Narendra Modi, India's prime minister, said the visit was "
        '"a new chapter in our relations."',
        [("a new chapter in our relations.", "Narendra Modi", "said")],
        id="apposition-between-subject-and-verb",
    ),
    pytest.param(
        'According to Foreign Minister Penny Wong, "the region needs more dialogue, not less."',
        [("the region needs more dialogue, not less.", "Penny Wong", "according to")],
        id="according-to-before",
    ),
    pytest.param(
        'Asked whether he would attend, President Donald Trump said: "Absolutely."',
        [("Absolutely.", "Donald Trump", "said")],
        id="one-word-quote-introduced-by-colon",
    ),
    pytest.param(
        'Smith said the plan was "dead on arrival in Congress and everyone knows it."',
        [("dead on arrival in Congress and everyone knows it.", "Smith", "said")],
        id="unknown-surname-as-speaker",
    ),
]

SPECIAL_SHAPES = [
    pytest.param(
        'Penny Wong spoke. "These talks were productive," she said, "and we will meet again soon."',
        [
            ("These talks were productive", "Penny Wong", "said"),
            ("and we will meet again soon.", "Penny Wong", "said"),
        ],
        id="around-two-quotes-same-speaker",
    ),
    pytest.param(
        "President Emmanuel Macron said: "
        '"We must defend Ukraine, and we will do so with our partners for as long as it takes.\n'
        '"There is no alternative to a just and lasting peace."',
        [
            (
                "We must defend Ukraine, and we will do so with our partners for as long as it "
                "takes.",
                "Emmanuel Macron",
                "said",
            ),
            ("There is no alternative to a just and lasting peace.", "Emmanuel Macron", "said"),
        ],
        id="multi-paragraph-us-straight",
    ),
    pytest.param(
        "A Downing Street spokesman said the meeting was warm and productive.\n"
        "‘We discussed the situation in the Middle East at length, and agreed on a ceasefire.\n"
        "‘We also agreed to work together on migration,’ Sir Keir Starmer told reporters.",
        [
            (
                "We discussed the situation in the Middle East at length, and agreed on a "
                "ceasefire.",
                "Keir Starmer",
                "told",
            ),
            ("We also agreed to work together on migration", "Keir Starmer", "told"),
        ],
        id="multi-paragraph-uk-single",
    ),
    pytest.param(
        "“I told him ‘no way’ and I meant every word of it,” Ms Cooper said.",
        [("I told him ‘no way’ and I meant every word of it", "Cooper", "said")],
        id="nested-single-inside-double",
    ),
    pytest.param(
        "‘He kept saying “special relationship” over and over,’ the official said.",
        [("He kept saying “special relationship” over and over", None, "said")],
        id="nested-double-inside-uk-single",
    ),
    pytest.param(
        "«We are ready to talk to anyone who wants peace», Sergei Lavrov said.",
        [("We are ready to talk to anyone who wants peace", "Sergei Lavrov", "said")],
        id="guillemets",
    ),
    pytest.param(
        "„We will keep our promises to our partners“, Olaf Scholz said.",
        [("We will keep our promises to our partners", "Olaf Scholz", "said")],
        id="low-opening-quote",
    ),
    pytest.param(
        "Foreign Minister Penny Wong said the talks had gone well.\n"
        '"We have made real progress on every issue that matters to both countries."',
        [
            (
                "We have made real progress on every issue that matters to both countries.",
                "Penny Wong",
                "said",
            )
        ],
        id="standalone-paragraph-takes-previous-sentence-speaker",
    ),
    pytest.param(
        '"Our first meeting went very well indeed," Wong said.\n'
        '"The second one will be even better, I am sure."',
        [
            ("Our first meeting went very well indeed", "Wong", "said"),
            ("The second one will be even better, I am sure.", "Wong", "said"),
        ],
        id="standalone-paragraph-takes-previous-quote-speaker",
    ),
    pytest.param(
        '"Nobody expected the talks to last this long," one diplomat remarked.',
        [("Nobody expected the talks to last this long", None, "remarked")],
        id="no-resolvable-speaker-still-a-quote",
    ),
    pytest.param(
        "We expect more from them than this, and so does everyone else.",
        [],
        id="no-quote-marks",
    ),
]

NOT_QUOTES = [
    pytest.param(
        'They upgraded the "strategic partnership" to a "special strategic partnership."',
        id="scare-quotes-two-and-three-words",
    ),
    pytest.param(
        'Social media buzzed about the "SanaMelo Summit," with one post expressing '
        '"friendship and rapport."',
        id="names-and-short-phrases",
    ),
    pytest.param(
        'Leaders discussed the "Global Combat Air Programme" at length.',
        id="four-word-programme-name",
    ),
    pytest.param(
        'She called it a "good deal" for both sides.', id="three-words-with-verb-no-colon"
    ),
    pytest.param("The leaders’ summit and Japan’s plans were discussed.", id="apostrophes-only"),
    pytest.param('The 12" records and 5\'11" players were not mentioned.', id="inch-marks"),
]

BUGS_CAUGHT = [
    pytest.param(
        "Speaking at the Élysée Palace, the prime minister said: "
        "‘We will not walk away from our friends when they need us most.’",
        [("We will not walk away from our friends when they need us most.", None, "said")],
        id="unresolved-title-must-not-credit-a-place",
    ),
    pytest.param(
        "“I can’t say more about the leaders’ discussions at this stage,” a spokesperson said.",
        [
            (
                "I can’t say more about the leaders’ discussions at this stage",
                None,  # a spokesperson of no named body is an anonymous source
                "said",
            )
        ],
        id="apostrophes-inside-curly-quote",
    ),
    pytest.param(
        "‘We will look at the leaders’ proposals very carefully,’ Mr Lammy said.",
        [("We will look at the leaders’ proposals very carefully", "Lammy", "said")],
        id="plural-possessive-inside-uk-single-quote",
    ),
    pytest.param(
        'Kaja Kallas spoke first. "We won the argument today." She said: "Next time we win more."',
        [
            ("We won the argument today.", "Kaja Kallas", "spoke"),
            ("Next time we win more.", "Kaja Kallas", "said"),
        ],
        id="attribution-with-colon-belongs-to-next-quote",
    ),
    pytest.param(
        '"The door is open," according to a statement from the Kremlin.',
        [("The door is open", "Kremlin", "according to")],
        id="a-document-speaks-for-its-owner",
    ),
    pytest.param(
        'Carney\'s office described the visit as "a chance to take stock of the relationship".',
        [("a chance to take stock of the relationship", "Carney's office", "described")],
        id="possessive-office-is-the-speaker-not-the-person",
    ),
    pytest.param(
        "Ottawa estimates the deal will add $2bn a year.\n"
        '"This is a deal for the future of our workers," Trade Minister Dominic LeBlanc said.',
        [("This is a deal for the future of our workers", "Dominic LeBlanc", "said")],
        id="modal-add-is-not-a-speech-verb",
    ),
    pytest.param(
        '"We have to move faster than ever before," Energy and Climate Secretary Ed Miliband said.',
        [("We have to move faster than ever before", "Ed Miliband", "said")],
        id="title-with-and-before-name",
    ),
    pytest.param(
        "Ana Ruiz of the Andean Water Alliance said the test would come in a drought: "
        '"A treaty is only as good as the water it delivers."',
        [("A treaty is only as good as the water it delivers.", "Ana Ruiz", "said")],
        id="person-of-organisation-said",
    ),
    pytest.param(
        "The European Farmers' Federation warned of higher prices. "
        '"Farmers cannot be left to pay the bill," said a spokesperson for the federation.',
        [
            (
                "Farmers cannot be left to pay the bill",
                "European Farmers' Federation",
                "said",
            )
        ],
        id="spokesperson-for-named-organisation",
    ),
    pytest.param(
        "Speaking on Monday, Mr Odinga said the deal was fair.\n\n"
        '"For the first time we have a guarantee in writing," he said.',
        [("For the first time we have a guarantee in writing", "Odinga", "said")],
        id="blank-line-before-pronoun-paragraph",
    ),
    pytest.param(
        "Keir Starmer, 62, met Japanese Prime Minister Shigeru Ishiba. "
        '"This is a partnership for the long term," the 62-year-old said.',
        [("This is a partnership for the long term", "Keir Starmer", "said")],
        id="age-descriptor-is-the-sentence-subject-before",
    ),
    pytest.param(
        "‘We are deeply concerned about the situation,’ a Foreign Office spokesperson said.",
        [("We are deeply concerned about the situation", "Foreign Office spokesperson", "said")],
        id="longest-organisation-phrase",
    ),
    pytest.param(
        'The Russian embassy in London called the measures "another act of economic aggression".',
        [("another act of economic aggression", "Russian embassy", "called")],
        id="place-after-preposition-is-not-the-speaker",
    ),
    pytest.param(
        "Vladimir Putin, on his first visit since the war began, thanked Narendra Modi for his "
        'support. He said Russia was ready to ensure "uninterrupted shipments of fuel to India."',
        [("uninterrupted shipments of fuel to India.", "Vladimir Putin", "said")],
        id="sentence-initial-pronoun-is-previous-subject",
    ),
    pytest.param(
        "G7 finance ministers will pledge to "
        '"work together to keep markets open and supply chains resilient", a draft shows.',
        [
            (
                "work together to keep markets open and supply chains resilient",
                "G7 finance ministers",
                "pledge",
            )
        ],
        id="group-speaker-with-modal-verb",
    ),
    pytest.param(
        "Group of 20 leaders met in Rio. The leaders "
        '"agree that public debt is constraining growth in many countries," the draft says.',
        [
            (
                "agree that public debt is constraining growth in many countries",
                "Group of 20 leaders",
                "says",
            )
        ],
        id="document-cue-keeps-the-subject-before-the-quote",
    ),
    pytest.param(
        "Penny Wong met officials.\n"
        '"The mood is better than we feared," said a senior official, who asked not to be named. '
        '"A communique at all would be a success."',
        [
            ("The mood is better than we feared", None, "said"),
            ("A communique at all would be a success.", None, "said"),
        ],
        id="unnamed-source-is-the-last-speaker",
    ),
    pytest.param(
        '"There will be no meeting in Budapest this month," White House press secretary '
        "Karoline Leavitt told reporters.",
        [("There will be no meeting in Budapest this month", "Karoline Leavitt", "told")],
        id="lowercase-words-describing-the-speaker",
    ),
    pytest.param(
        "The Andean Relief Front (ARF) denied the claims. Its fighters are "
        '"committed to protecting every civilian", according to a statement posted on the '
        "group's Telegram channel.",
        [("committed to protecting every civilian", "Andean Relief Front", "according to")],
        id="document-owner-through-acronym",
    ),
    pytest.param(
        "The UN's World Health Organization said cases were rising. "
        '"We need access now, not next week," the agency said.',
        [("We need access now, not next week", "World Health Organization", "said")],
        id="generic-organisation-noun-is-the-last-named-one",
    ),
    pytest.param(
        '"It was about stopping the bleeding, not healing the wound," said one U.S. official, '
        'who spoke on condition of anonymity. "Nobody thinks the hard part is done."',
        [
            ("It was about stopping the bleeding, not healing the wound", None, "said"),
            ("Nobody thinks the hard part is done.", None, "said"),
        ],
        id="unnamed-official-with-abbreviated-country",
    ),
    pytest.param(
        'Carney said the competition was continuing and a decision would come "when it is ready '
        'and not a day before."',
        [("when it is ready and not a day before.", "Carney", "said")],
        id="continuing-is-not-a-speech-verb",
    ),
]


KNOWN_MISSES = [
    pytest.param(
        "Britain's Keir Starmer met Japanese Prime Minister Shigeru Ishiba in London. Asked about "
        'spending, the prime minister replied: "We have set out our path and will stick to it."',
        [("We have set out our path and will stick to it.", "Keir Starmer", "replied")],
        id="title-reference-meant-for-the-host-without-that-title",
        marks=pytest.mark.xfail(strict=True, reason="resolves to the last titled prime minister"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), KNOWN_MISSES)
def test_known_misses(text: str, expected: Expected) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTION_AFTER)
def test_attribution_after_the_quote(text: str, expected: Expected) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTION_BEFORE)
def test_attribution_before_the_quote(text: str, expected: Expected) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), SPECIAL_SHAPES)
def test_special_shapes(text: str, expected: Expected) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_scare_quotes_and_names_are_not_quotes(text: str) -> None:
    assert find_quotes(text) == []


@pytest.mark.parametrize(("text", "expected"), BUGS_CAUGHT)
def test_bugs_caught(text: str, expected: Expected) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker_text"),
    [
        pytest.param(
            'Ana Brnabić arrived. "We are ready to sign today," she said.', "she", id="pronoun"
        ),
        pytest.param('"We are ready to sign today," said Ana Brnabić.', "Ana Brnabić", id="name"),
        pytest.param(
            'President Lula arrived. "We are ready to sign today," the president said.',
            "the president",
            id="title-phrase",
        ),
        pytest.param(
            '"We are ready to sign today," Prime Minister Keir Starmer said.',
            "Keir Starmer",
            id="name-after-title",
        ),
    ],
)
def test_speaker_span_is_what_the_text_says(text: str, speaker_text: str) -> None:
    (quote,) = find_quotes(text)
    assert quote.speaker_span is not None
    assert quote.speaker_span.text == speaker_text
    assert text[quote.speaker_span.start : quote.speaker_span.end] == speaker_text


def test_text_excludes_marks_and_attribution_comma() -> None:
    text = 'He said: "We agreed that it is urgent," she stated.'
    (quote,) = find_quotes(text)
    assert quote.text == "We agreed that it is urgent"
    assert text[quote.span.start - 1] == '"'
    assert text[quote.span.end] == ","


def test_seed_article_quotes(seed_text: str) -> None:
    got = _triples(seed_text)
    assert [(speaker, cue) for _, speaker, cue in got] == [
        ("Sanae Takaichi", "stated"),
        ("Sanae Takaichi", "noted"),
        ("Giorgia Meloni", "emphasizing"),
        ("Sanae Takaichi", "noted"),
    ]
    texts = [quote for quote, _, _ in got]
    assert texts[0].startswith("We agreed that cooperating")
    assert texts[0].endswith("of utmost urgency")
    assert texts[1:] == [
        "steadily progressing across a wide range of fields",
        "Italy and Japan can make a difference together",
        "first two women to lead their peoples.",
    ]


_PIECES = st.sampled_from(
    [
        '"',
        "“",
        "”",
        "‘",
        "’",
        "'",
        "«",
        "»",
        "„",
        " ",
        ", ",
        ".",
        ":",
        "\n",
        "\n\n",
        "said ",
        "she ",
        "he ",
        "Mr ",
        "Ms. ",
        "Prime Minister ",
        "Sanae Takaichi ",
        "Takaichi ",
        "the ministry ",
        "according to ",
        "von der ",
        "Japan's ",
        "Italian ",
        "counterpart ",
        "we agreed that it is urgent ",
        "the leaders’ ",
        "can’t ",
        "the prime minister ",
    ]
)


def _check_spans(text: str, quotes: list[Quote]) -> None:
    for quote in quotes:
        assert text[quote.span.start : quote.span.end] == quote.text == quote.span.text
        if quote.speaker_span is not None:
            span = quote.speaker_span
            assert text[span.start : span.end] == span.text


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_spans_slice_to_their_text_on_quote_like_text(text: str) -> None:
    _check_spans(text, find_quotes(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    _check_spans(text, find_quotes(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            'The prime minister, Keir Starmer, said: "We will stand with Ukraine for as long as '
            'it takes."',
            "Keir Starmer",
            id="uk-title-comma-name-before",
        ),
        pytest.param(
            '"We cannot accept this outcome at all," the Commission president, Ursula von der '
            "Leyen, said.",
            "Ursula von der Leyen",
            id="uk-title-comma-name-after",
        ),
        pytest.param(
            "European Council President António Costa, who was to co-chair the meeting with Saudi "
            'Crown Prince Mohammed bin Salman, said the sides would "find a new date as soon as '
            'circumstances allow."',
            "António Costa",
            id="relative-clause-names-someone-else",
        ),
    ],
)
def test_appositive_names_speak(text: str, speaker: str) -> None:
    (quote,) = find_quotes(text)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        pytest.param(
            '"I am optimistic," Prime Minister Mark Carney said on Friday.',
            ["I am optimistic"],
            id="short-full-quotation-with-its-verb",
        ),
        pytest.param(
            'Social media buzzed with the "SanaMelo Summit," with Meloni posting a selfie.',
            [],
            id="short-capitalised-name-without-a-speech-verb",
        ),
    ],
)
def test_short_full_quotations(text: str, quoted: list[str]) -> None:
    assert [q.text for q in find_quotes(text)] == quoted


def test_the_listener_after_told_is_not_the_speaker() -> None:
    text = (
        '"The situation is catastrophic in the city," a resident, who asked not to be named, '
        "told AFP by telephone."
    )
    (quote,) = find_quotes(text)
    assert quote.speaker != "AFP"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            '"We will respond firmly to any tariffs," said Canada\'s foreign minister, '
            "Anita Anand.",
            "Anita Anand",
            id="said-country-possessive-title-comma-name",
        ),
        pytest.param(
            '"These claims are absurd and baseless," said Russian foreign ministry '
            "spokeswoman Maria Zakharova.",
            "Maria Zakharova",
            id="said-lower-case-description-name",
        ),
        pytest.param(
            '"China firmly opposes these unilateral sanctions," foreign ministry spokesman '
            "Lin Jian told a regular news briefing.",
            "Lin Jian",
            id="lower-case-description-name-told",
        ),
    ],
)
def test_described_speakers(text: str, speaker: str) -> None:
    (quote,) = find_quotes(text)
    assert quote.speaker == speaker


def test_a_nickname_in_quotes_does_not_cut_the_real_quotes_attribution() -> None:
    text = (
        'Luiz Inácio Lula da Silva, widely known as "Lula", told the summit: "Developing '
        'countries cannot wait any longer for this."'
    )
    (quote,) = find_quotes(text)
    assert (quote.speaker, quote.cue) == ("Luiz Inácio Lula da Silva", "told")


def test_uk_single_quotes_after_a_plural_possessive_stay_apart() -> None:
    text = (
        "The minister said it was ‘the leaders’ responsibility to end this crisis’ and added "
        "that Britain’s position was ‘completely and utterly unchanged today’."
    )
    assert [q.text for q in find_quotes(text)] == [
        "the leaders’ responsibility to end this crisis",
        "completely and utterly unchanged today",
    ]


REAL_NEWS_SPEAKERS = [
    pytest.param(
        "Colombian President Carlos Ruiz and Ecuador's President Juan Soto met. At the summit, "
        "Ruiz accused Soto's aides of lying, a charge that Soto denied. \"I cannot accept "
        "Ruiz's lies,\" he said.",
        [("I cannot accept Ruiz's lies", "Juan Soto", "said")],
        id="pronoun-never-points-to-a-name-inside-the-quote",
    ),
    pytest.param(
        "At a news conference with Prime Minister Jean Tremblay, Pierre Dubois said he was "
        'pleased. "I want to thank the people," he said.',
        [("I want to thank the people", "Pierre Dubois", "said")],
        id="person-after-a-preposition-is-no-subject",
    ),
    pytest.param(
        "Ana Silva spoke first. She praised the work of President Maria Costa. She also said "
        'that "we are waiting for the invitation".',
        [("we are waiting for the invitation", "Ana Silva", "said")],
        id="pronoun-chain-over-sentences",
    ),
    pytest.param(
        'The treaty was described by Klaus Weber as "the most important step our two countries '
        'have taken in a generation".',
        [
            (
                "the most important step our two countries have taken in a generation",
                "Klaus Weber",
                "described",
            )
        ],
        id="passive-speech-verb-names-its-speaker-after-by",
    ),
    pytest.param(
        'As reported by Steve Levine of BusinessWeek, "the union invoked a provision."',
        [("the union invoked a provision.", "Steve Levine", "reported")],
        id="as-reported-by",
    ),
    pytest.param(
        'Koon Chow, a strategist for Barclays Capital said to Reuters that "one needs to see."',
        [("one needs to see.", "Koon Chow", "said")],
        id="organisation-after-a-preposition-is-no-subject",
    ),
    pytest.param(
        '"We should look at it," said Public Interest Advocacy Centre policy officer '
        "Patricia Ranald.",
        [("We should look at it", "Patricia Ranald", "said")],
        id="organisation-and-descriptors-before-the-person",
    ),
    pytest.param(
        'The Zimbabwe Association of Doctors for Human Rights claim there has been a "dramatic '
        'escalation in violence".',
        [
            (
                "dramatic escalation in violence",
                "Zimbabwe Association of Doctors for Human Rights",
                "claim",
            )
        ],
        id="organisation-name-with-two-tails",
    ),
    pytest.param(
        'The accord calls for "an arrangement that leads to reduced global emissions of '
        'greenhouse gases," according to the draft declaration.',
        [
            (
                "an arrangement that leads to reduced global emissions of greenhouse gases",
                "draft declaration",
                "according to",
            )
        ],
        id="ownerless-draft-is-its-own-source",
    ),
    pytest.param(
        '"It went well," said George Bush. He continued, "We talked about trade."',
        [
            ("It went well", "George Bush", "said"),
            ("We talked about trade.", "George Bush", "continued"),
        ],
        id="continued-is-a-speech-verb",
    ),
    pytest.param(
        '"It went well," said a senior official from a European delegation.',
        [("It went well", None, "said")],
        id="anonymous-source-with-a-place-stays-anonymous",
    ),
]


@pytest.mark.parametrize(("text", "expected"), REAL_NEWS_SPEAKERS)
def test_real_news_speakers(text: str, expected: Expected) -> None:
    assert _triples(text) == expected
