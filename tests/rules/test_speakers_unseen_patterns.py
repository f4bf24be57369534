"""Speakers as unseen real copy names them: state and police offices, clause subjects of
"adding" and "saying", descriptions set off before the name, unnamed groups."""

from __future__ import annotations

from summitparse.rules.quotes.finder import find_quotes


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in find_quotes(text)]


def test_state_and_police_offices_are_no_part_of_the_name() -> None:
    text = (
        "The bill was tabled on Monday.\n\n"
        'Attorney-General Mark Reedy said the law "would protect fair comment."\n\n'
        '"Two men have been arrested near the stadium," Superintendent Alan Pike said.\n\n'
        'Treasurer Paul Denholm told reporters: "The budget will be back in surplus."'
    )
    assert speakers(text) == ["Mark Reedy", "Alan Pike", "Paul Denholm"]


def test_a_member_of_a_state_council_keeps_his_name_only() -> None:
    text = 'The Greens MLC Ian Corrie said: "We do not want the waste stored here."'
    assert speakers(text) == ["Ian Corrie"]


def test_a_participle_after_a_comma_speaks_for_the_clause_subject() -> None:
    text = (
        "The minister Ana Ruiz visited the port town on Monday.\n\n"
        "She tried to calm the fishermen of the bay, saying the new border "
        '"does not end your right to fish here, whatever flag flies."'
    )
    assert speakers(text) == ["Ana Ruiz"]


def test_a_participle_is_not_given_to_the_object_of_its_clause() -> None:
    text = (
        "The opposition has called on the Liberal Party to return the donations, saying that "
        '"the party cannot stand up to its funders while it takes their money."'
    )
    assert speakers(text) == ["opposition"]


def test_a_description_set_off_before_the_name_leaves_the_name_the_subject() -> None:
    text = (
        "A group calling itself the Coastal Freedom Front declared the island independent.\n\n"
        "Speaking to a news agency on Monday, the leader of the group, Paul Okon insisted on "
        'the rights of the islanders, adding that "if no one wants us, we will go it alone."'
    )
    assert speakers(text) == ["Paul Okon"]


def test_a_participle_after_a_speech_verb_keeps_that_speaker() -> None:
    text = (
        "High winds made the crossing hard, Marc Vidal said, adding that it took great "
        'endurance. "It burns the thighs, it is quite hard."'
    )
    assert speakers(text)[0] == "Marc Vidal"


def test_unnamed_academics_are_an_anonymous_source() -> None:
    text = (
        "The prime minister Tom Hale backed the plan on Tuesday.\n\n"
        "Academics at two universities have said, "
        '"No private investor would take on the risk without large subsidies."'
    )
    assert speakers(text) == [None]


def test_said_a_description_of_a_body_then_the_name() -> None:
    text = (
        "The ministry said exports to China rose again in July.\n\n"
        '"Growth is shifting to the emerging economies," said the chief economist for '
        "Norland Bank in Oslo, Erik Sande."
    )
    assert speakers(text) == ["Erik Sande"]


def test_a_company_head_named_by_surname_after_ceo() -> None:
    text = 'Harbor Foods CEO Mackley said, "This deal brings our stores to new customers."'
    assert speakers(text) == ["Mackley"]


def test_a_body_named_after_people_is_the_speaker_not_the_people() -> None:
    text = (
        "Defence Secretary Donald Rumsfeld and Condoleezza Rice arrived on Monday.\n\n"
        "The Rice Rumsfeld Reception Committee said the ruling was a "
        '"victory for democracy and the right to protest".'
    )
    assert speakers(text) == ["Rice Rumsfeld Reception Committee"]


def test_an_acronym_speaker_takes_the_name_the_story_gave_it() -> None:
    text = (
        "The Northern Defence Forces (NDF) opposed the pull-out.\n\n"
        'Later the NDF said: "We were given firm assurances, and they were broken."'
    )
    assert speakers(text) == ["Northern Defence Forces"]


def test_an_unnamed_spokesperson_for_a_person_is_anonymous() -> None:
    text = (
        "Secretary-General Lena Holm spoke on Monday.\n\n"
        'A spokesperson for the Secretary-General said, "She calls on both sides to show '
        'restraint."\n\n'
        'A spokesman for Prime Minister Jon Berg said: "The talks will go on next week."'
    )
    assert speakers(text) == [None, None]


def test_a_named_spokesman_for_a_president_is_the_speaker() -> None:
    text = (
        "Samir Haddad, spokesman for President Omar Talal said the strike was no accident.\n\n"
        '"We see it as a message sent before the envoy arrives."'
    )
    assert speakers(text) == ["Samir Haddad"]


def test_a_spokesperson_for_a_named_body_still_gives_the_body() -> None:
    text = 'A spokesman for the Harbour Workers Union said: "The strike will go ahead."'
    assert speakers(text) == ["Harbour Workers Union"]


def test_an_abbreviated_title_ends_no_sentence() -> None:
    text = (
        "The bill passed the Senate on Tuesday.\n\n"
        '"We cannot afford to be naive about betting," said Illinois Sen. Jeff Marlow.\n\n'
        '"We will have to respond," Maj. Gen. Zhu Wen said to reporters.'
    )
    assert speakers(text) == ["Jeff Marlow", "Zhu Wen"]


def test_military_ranks_are_no_part_of_the_name() -> None:
    text = (
        '"I can confirm that a helicopter went down north of the city," said Lt. Col. Ann '
        "Berle, a spokeswoman for the army."
    )
    assert speakers(text) == ["Ann Berle"]


def test_a_statement_released_by_someones_office_speaks_for_the_office() -> None:
    text = (
        "Troops crossed the border on Wednesday. According to a statement released by "
        'Demir\'s office, "removing the threat of the militias" is the aim of the operation.'
    )
    assert speakers(text) == ["Demir's office"]


def test_a_statement_on_a_bodys_website_speaks_for_the_body() -> None:
    text = (
        "The photos were released on Monday.\n\n"
        "According to a statement on NSW Police's website, the images are "
        '"of excellent quality and mostly from news organisations".'
    )
    assert speakers(text) == ["NSW Police"]


def test_alleged_indicated_and_yelled_report_words() -> None:
    text = (
        "Attorney General Alberto Ruiz spoke on Tuesday.\n\n"
        "Ruiz also alleged that the group advocated "
        '"acts of violence against innocent civilians in several countries."\n\n'
        '"You are all pathetic! Pathetic!" yelled Rep. Martin Keane.'
    )
    assert speakers(text) == ["Alberto Ruiz", "Martin Keane"]


def test_a_surname_comes_back_without_its_joined_article() -> None:
    text = (
        "Another politician, Hussein al-Dulaimi, called on the United Nations to intervene.\n\n"
        '"Violence is not the only answer if politics offers one," Dulaimi said.'
    )
    assert speakers(text) == ["Hussein al-Dulaimi"]


def test_a_reference_with_its_office_word_finds_the_titled_person() -> None:
    text = (
        "Business Secretary Vincent Carl was stripped of his powers on Tuesday. Foreign "
        "Secretary William Hale was abroad.\n\n"
        'The business secretary apologised, saying: "I fully accept the decision and regret '
        'the comments I made."'
    )
    assert speakers(text) == ["Vincent Carl"]
