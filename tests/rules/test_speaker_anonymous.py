"""Anonymous sources: their words go to no one, and never to the person named nearby."""

from __future__ import annotations

from summitparse.rules.quotes.finder import find_quotes


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(quote.speaker, quote.cue) for quote in find_quotes(text)]


def test_a_spokesperson_of_no_named_body_is_anonymous() -> None:
    text = (
        "Union leader Mara Lind said the strike would go ahead.\n\n"
        '"We cannot accept the union\'s terms as they stand," an airline spokesperson said.'
    )
    assert speakers(text) == [(None, "said")]


def test_a_spokesperson_for_a_named_body_still_speaks_for_it() -> None:
    text = (
        "The Northern Growers' Association warned of higher costs. "
        '"Growers cannot carry this alone," said a spokesman for the association.'
    )
    assert speakers(text) == [("Northern Growers' Association", "said")]


def test_critics_without_an_article_are_the_anonymous_subject() -> None:
    text = (
        "Prime Minister Tomas Berg skipped the ceremony and signed the pact later. "
        'Critics have claimed he does "not want to be seen with the document".'
    )
    assert speakers(text) == [(None, "claimed")]


def test_a_protester_given_a_name_speaks_under_that_name() -> None:
    text = (
        '"We will not go home," wrote student leader Ana Mora on social media.\n\n'
        '"They think we are tired. We are not," said a protester using the pseudonym Lina.\n\n'
        '"The police came at night," said a resident identified only as Karim.'
    )
    assert speakers(text) == [("Ana Mora", "wrote"), ("Lina", "said"), ("Karim", "said")]


def test_an_unnamed_protester_does_not_take_the_last_speaker() -> None:
    text = (
        '"We will not go home," wrote student leader Ana Mora on social media.\n\n'
        '"They think we are tired. We are not," said a protester near the square.'
    )
    assert speakers(text) == [("Ana Mora", "wrote"), (None, "said")]


def test_a_speech_word_after_a_preposition_is_a_noun() -> None:
    text = (
        "Foreign Minister Ion Popa held talks in Chisinau, but every statement was veiled in "
        'caution and showed only readiness to "deepen ties between the two neighbours".'
    )
    assert speakers(text) == [(None, None)]


def test_a_gerund_after_a_preposition_is_still_speech() -> None:
    text = 'Foreign Minister Ion Popa ended by saying "the door remains open to our neighbours".'
    assert speakers(text) == [("Ion Popa", "saying")]


def test_a_source_qualified_by_a_demonym_is_unnamed() -> None:
    text = (
        "Prime Minister Dan Ortega spoke first.\n\n"
        '"We are fully justified in what we did," the Israeli colonel said.'
    )
    assert speakers(text) == [(None, "said")]


def test_a_source_opened_by_one_is_unnamed() -> None:
    text = (
        "Mayor Ana Ruiz opened the meeting.\n\n"
        'One fellow student described the plan as "the worst idea the council has had in years".'
    )
    assert speakers(text) == [(None, "described")]


def test_initials_of_a_country_name_no_one() -> None:
    text = (
        "President Dan Ortega met the visitors. A former senior U.S. official called it "
        '"an accurate account of what took place in the room".'
    )
    assert speakers(text) == [(None, "called")]


def test_a_person_described_by_a_place_with_a_demonym_still_speaks() -> None:
    text = (
        'Dan Ortega, the president in the Greek south, stated "Tonight we have opened the '
        'crossing on our side."'
    )
    assert speakers(text) == [("Dan Ortega", "stated")]


def test_he_after_a_sentence_about_an_unnamed_witness_is_anonymous() -> None:
    text = (
        'Mara Velden, a shop owner, said: "The man went into a rage."\n\n'
        'Another witness described the scene. "I saw two officers run to the car," he said.'
    )
    assert [quote.speaker for quote in find_quotes(text)] == ["Mara Velden", None]


def test_he_after_a_statement_released_by_an_unnamed_general_is_anonymous() -> None:
    text = (
        '"The aircraft was not ours," Defence Minister Dan Ortega said on Monday. A statement '
        "was also released by a general from the air force. He claimed that "
        '"the air force has nothing to do with this incident."'
    )
    assert [quote.speaker for quote in find_quotes(text)] == ["Dan Ortega", None]


def test_a_post_still_to_fill_leaves_he_with_the_named_man() -> None:
    text = (
        "Party leader Dan Ortega announced his resignation on Monday. A new leader has yet to "
        'be named.\n\n"I thank everyone who has supported me up to now," he said.'
    )
    assert [quote.speaker for quote in find_quotes(text)] == ["Dan Ortega"]


def test_an_apposition_naming_an_official_leaves_he_with_that_name() -> None:
    text = (
        "Dan Ortega, a security official from the port, told reporters the ship had left. "
        'He added that officials "are still waiting for news of the ship and its crew".'
    )
    assert [quote.speaker for quote in find_quotes(text)] == ["Dan Ortega"]


def test_one_word_qualifying_an_indefinite_source_names_no_one() -> None:
    text = (
        "President Dan Ortega spoke on Monday. Some clerics object. For instance, one Islamic "
        'cleric has said that Ortega "does not have the authority to decide for all of us."'
    )
    assert [quote.speaker for quote in find_quotes(text)] == [None]


def test_an_indefinite_apposition_leaves_the_paper_it_describes_the_speaker() -> None:
    text = (
        "The Herald Sun, a Melbourne newspaper, is reporting that "
        '"protesters from the south will send their most committed activists".'
    )
    assert [quote.speaker for quote in find_quotes(text)] == ["Herald Sun"]


def test_a_capitalised_noun_after_an_before_to_is_no_source() -> None:
    text = (
        "A day before the vote, Senator Ana Ruiz, in an E-mail to her supporters, had said "
        '"this government was either not honest with the people or did not know the facts."'
    )
    assert [quote.speaker for quote in find_quotes(text)] == ["Ana Ruiz"]
