"""Speakers and people as real news desks write them: titles with their office, appositions,
anonymous sources, pronouns that look back past a date, quotes whose marks do not match."""

from __future__ import annotations

from summitparse.rules.people.finder import find_people
from summitparse.rules.quotes.finder import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in find_quotes(text)]


def _person(text: str, name: str) -> tuple[str | None, str | None]:
    for mention in find_people(text):
        if mention.name == name:
            return mention.title, mention.country
    raise AssertionError(f"{name} not found in {[m.name for m in find_people(text)]}")


# Titles whose office follows after "of", with no comma before the name


def test_office_after_of_is_part_of_the_title_not_the_name() -> None:
    text = (
        "Chilean Minister of Foreign Relations Ana Ortiz told reporters: "
        '"The border question is settled for good."'
    )
    assert _speakers(text) == ["Ana Ortiz"]
    assert _person(text, "Ana Ortiz") == ("Minister of Foreign Relations", "CL")


def test_secretary_of_the_treasury_before_a_name() -> None:
    text = 'Secretary of the Treasury Paul Grant said "growth will slow in the coming year."'
    assert _speakers(text) == ["Paul Grant"]


def test_president_of_a_country_gives_title_and_country() -> None:
    text = 'President of Estonia Mart Kask said: "We will stand with our neighbours."'
    assert _speakers(text) == ["Mart Kask"]
    assert _person(text, "Mart Kask") == ("President", "EE")


def test_a_body_after_of_names_no_one() -> None:
    text = (
        "The president of the Chilean League for Human Rights, Ana Ortiz, said, "
        '"We are for the freedom to protest, but not for violence."'
    )
    assert _speakers(text) == ["Ana Ortiz"]


def test_elect_title_stays_out_of_the_name() -> None:
    text = (
        "Prime Minister-elect Tom Reed spoke in Perth. "
        '"Today the country has looked to the future," said Reed.'
    )
    assert _speakers(text) == ["Tom Reed"]


# Anonymous sources keep their words


def test_indefinite_source_after_the_quote_is_anonymous() -> None:
    text = (
        'A caller named Ross said, "He is the right man for the job."\n\n'
        '"I am more worried about jobs than this whole issue," one voter said after the speech.'
        '\n\n"This is a distraction from the real issues."'
    )
    assert _speakers(text) == ["Ross", None, None]


def test_indefinite_source_after_said_is_anonymous() -> None:
    text = (
        "Governor Ann Lowe toured the coast on Monday.\n\n"
        '"I do not see any hope at the end of this tunnel," said a local fisherman.'
    )
    assert _speakers(text) == [None]


def test_official_is_not_the_person_named_after_his_verb() -> None:
    text = '"Growth remains weak in all our economies," an official said after Ann Lowe spoke.'
    assert _speakers(text) == [None]


# Appositions and pronouns


def test_spokesman_apposition_credits_the_named_person() -> None:
    text = (
        "Col. Dan Morrow, a Northern Command spokesman, also said in May, "
        '"There is nothing more that we are going to share on the case."'
    )
    assert _speakers(text) == ["Dan Morrow"]


def test_pronoun_after_a_sentence_opened_by_a_weekday() -> None:
    text = (
        "Church leader Ted Hale quit on Sunday after a scandal involving Mark Jones.\n\n"
        "On Wednesday Hale denied knowing the man, Jones, but admitted that he had lied. "
        'He then said, "I was tempted, but I never did it."'
    )
    assert _speakers(text)[-1] == "Ted Hale"


def test_acronym_is_no_surname_of_a_person() -> None:
    text = (
        "New BP chief executive Bob Dale met officials.\n\n"
        '"This is a complex operation requiring precise execution," said BP.'
    )
    assert _speakers(text) == ["BP"]


# Quotation marks


def test_curly_open_closed_by_a_straight_mark() -> None:
    text = (
        "The maker said it may add tracking devices.\n\n"
        '\u201cWe are now seriously considering a device for future ranges" said marketing '
        "director Clare Wood."
    )
    assert _speakers(text) == ["Clare Wood"]


def test_open_quote_does_not_chain_over_a_paragraph_without_quotes() -> None:
    text = (
        "\u201cI am angry that the company has been unable to stop the leak.\n\n"
        "We are 33 days into this effort,\u201d said Interior Secretary Ken Lake.\n\n"
        '"This is a complex operation requiring precise execution," said the company.'
    )
    assert _speakers(text)[0] != "company"


# Bodies, documents and back references


def test_numbered_body_is_read_whole() -> None:
    text = 'The G-20 said in a statement: "Growth remains weak across all of our economies."'
    assert _speakers(text) == ["G-20"]


def test_the_statement_belongs_to_who_issued_it() -> None:
    text = (
        "The G8 leaders issued a statement on the border crisis.\n\n"
        'The statement said the "root cause" was the "absence of a lasting peace settlement".'
    )
    assert _speakers(text) == ["G8"]


def test_statement_issued_by_a_titled_person_is_his() -> None:
    text = (
        "Danish Prime Minister Lars Holm released a statement on the deal.\n\n"
        'The statement said it was "a triumph for peace and for patient diplomacy".'
    )
    assert _speakers(text) == ["Lars Holm"]


def test_the_spokesman_refers_back_to_the_named_spokesman() -> None:
    text = (
        '"The operation started early and is going to plan," said Omar Said Farah, a '
        "government spokesman.\n\n"
        '"We hope the problem is resolved by the end of the day," the government spokesman said.'
    )
    assert _speakers(text) == ["Omar Said Farah", "Omar Said Farah"]


def test_name_set_off_by_a_comma_after_a_description() -> None:
    text = (
        "The ministry declared the attaché persona non grata.\n\n"
        '"We do not like tit-for-tat games, but we were forced to respond," said department '
        "spokesperson, Sean Mulroy."
    )
    assert _speakers(text) == ["Sean Mulroy"]


def test_description_with_its_second_comma_left_out() -> None:
    text = (
        "Chris Dunn, the Managing Director of Northern Trains said, "
        '"I am very disappointed that we were given so little warning."'
    )
    assert _speakers(text) == ["Chris Dunn"]


def test_a_name_after_a_name_is_no_description() -> None:
    text = (
        "Fizzy Pop is sold in Germany. The head of the firm that sells Fizzy Pop, Darryl Wein, "
        "defended the drink, saying it has no alcohol.\n\n"
        '"There was never any intention to encourage children to drink alcohol."'
    )
    assert _speakers(text) == ["Darryl Wein"]


def test_pronoun_opening_its_sentence_looks_past_the_rival_it_names() -> None:
    text = (
        "The caretaker prime minister of Belgium, Guy Verhaegen, returned today.\n\n"
        "Recalling the night he conceded the victory of his opponent Yves Lemaire, he told "
        'reporters he "had not hoped to face you once more, but the King has asked me to".'
    )
    assert _speakers(text) == ["Guy Verhaegen"]


# Quoted by others, inverted verbs, names that look like verbs


def test_the_person_a_paper_quoted_is_the_speaker() -> None:
    text = (
        '"The sanctions are an open act of hostility against our people," the state news '
        "agency quoted Ali Rezaei as saying."
    )
    assert _speakers(text) == ["Ali Rezaei"]


def test_passive_quoted_as_saying() -> None:
    text = (
        "Prime Minister John Hart spoke in Canberra.\n\n"
        '"Mandatory detention is not a matter of conscience at all," Mr Hart was quoted as saying.'
    )
    assert _speakers(text) == ["John Hart"]


def test_united_states_is_no_speech_verb() -> None:
    text = (
        '"The administration is now the most isolated government," Ali Rezaei of the United '
        "States desk said."
    )
    assert [quote.cue for quote in find_quotes(text)] == ["said"]


def test_verb_then_name_closing_the_sentence() -> None:
    text = (
        "Dropping the mascots was a sign that Telco is under new management said spokesman "
        'Mark Lane. "It was time for a change, and the beavers served us well."'
    )
    assert _speakers(text) == ["Mark Lane"]


def test_person_of_the_named_unit_speaks() -> None:
    text = (
        '"The bodies were buried in a makeshift grave near the hospital," Colonel Rafiq Karim '
        "of the Rapid Action Battalion told reporters."
    )
    assert _speakers(text) == ["Rafiq Karim"]


def test_ampersand_company_is_read_whole() -> None:
    text = 'In a response, P&G said in a statement that "we have no higher concern than safety".'
    assert _speakers(text) == ["P&G"]


def test_called_takes_an_object_not_an_inverted_subject() -> None:
    text = (
        "Governor Arnold Lang backed Senator John Mack on Thursday.\n\n"
        'Lang called Mack "a great American hero and an extraordinary leader" and praised him.'
    )
    assert _speakers(text) == ["Arnold Lang"]


# Long quotations, pronouns after a quote, compound surnames


def test_speaker_named_after_a_quote_run_on_without_marks() -> None:
    text = (
        "Giles Park, who filed the suit, doubts the developer's plans.\n\n"
        '"I thought all along that the July press release was an effort to save face.\n\n'
        "But we have no way of knowing.\n\n"
        'There is no way to tell," said Park in an interview.'
    )
    assert _speakers(text) == ["Giles Park"]


def test_pronoun_after_a_quote_looks_before_the_quote() -> None:
    text = (
        "Former Prime Minister Mario Alves called on President Luis Costa to act.\n\n"
        "\u201cCosta, as foreign minister, supported the campaign to force me out. Now he is "
        'president and he has to do the same," he added.'
    )
    assert _speakers(text) == ["Mario Alves"]


def test_main_clause_subject_after_an_opening_clause() -> None:
    text = (
        "Senator Tom Reed and moderator Jim Lane argued at length. As Lane began the next "
        'question, Reed interjected. "No one from my state is against solar power," he said.'
    )
    assert _speakers(text) == ["Tom Reed"]


def test_state_senator_is_a_description_not_a_verb() -> None:
    text = (
        "Senator Alan Lowe backed the budget.\n\n"
        '"People are losing homes and people are losing jobs," said Republican state senator '
        "Abel Marquez."
    )
    assert _speakers(text) == ["Abel Marquez"]


def test_given_name_before_a_compound_surname() -> None:
    text = (
        "José Ramos Soares leaves today for an official visit.\n\n"
        '"I want to start the negotiations right now with the fund," Ramos Soares, the '
        "country's prime minister, said."
    )
    assert _speakers(text) == ["José Ramos Soares"]


def test_first_name_and_surname_keep_their_form() -> None:
    text = (
        "Senator from Vermont Bernie Sanders ended his campaign.\n\n"
        '"I do not make this decision lightly," Bernie Sanders said. Sanders thanked his aides.'
    )
    assert _speakers(text) == ["Bernie Sanders"]


def test_issuer_of_a_statement_saying() -> None:
    text = (
        'RBC issued a written statement, saying "as a firm, we have never encouraged clients '
        'to set up such entities".'
    )
    assert _speakers(text) == ["RBC"]


def test_a_demonym_issues_no_statement() -> None:
    text = (
        "Ali Demir, Defence Minister for the Turkish government released a statement saying, "
        '"we are still waiting for definite information from the area".'
    )
    assert _speakers(text) != ["Turkish"]


def test_double_quote_closed_by_a_single_mark_after_a_comma() -> None:
    text = (
        "Secretary of State Ann Rice met the ministers.\n\n"
        '"APEC nations must deepen our cooperation against terrorism,\' Rice said. "In the '
        'past year we have seen that the threat is still very real," she added.'
    )
    assert _speakers(text) == ["Ann Rice", "Ann Rice"]


def test_person_of_a_nearby_town_speaks_not_the_town() -> None:
    text = (
        "The minister stopped in Pictou.\n\n"
        'The mayor, Sandy Carr, of nearby Westville said, "This is the biggest thing we have '
        'ever had here."'
    )
    assert _speakers(text) == ["Sandy Carr"]


def test_editor_is_a_title_word_not_a_name() -> None:
    text = (
        '"There has been a massive media failure across the board," said MediaWatch '
        "Executive Editor Danny Shell."
    )
    assert _speakers(text) == ["Danny Shell"]
