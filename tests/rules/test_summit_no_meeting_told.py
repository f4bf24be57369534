"""Sentences with a meeting word that tell no meeting of leaders: a crowd gathering to
protest, a meeting someone speaks of inside a quotation, an announcement welcomed."""

from __future__ import annotations

import summitparse

DAY = "2026-03-04"


def extract(text: str) -> summitparse.Extraction:
    return summitparse.extract(text, backend="rules", published=DAY)


def test_protesters_gathering_attend_no_talks() -> None:
    text = (
        "Day of protest\n\nThousands of protesters gathered in Ottawa on Sunday to oppose the "
        "war. Demonstrators also took part in a rally in Madrid, where US President John Cole "
        "was criticised. Visiting US Secretary of State Ann Marsh was heckled in Sydney last "
        "week."
    )
    assert extract(text).summits == []


def test_a_meeting_spoken_of_in_a_quotation_is_none() -> None:
    text = (
        "Carter criticises Blair\n\nFormer US President Jim Carter accused British Prime "
        'Minister Tom Hale of subservience to US President John Cole. "In many countries '
        'where I meet with leaders there is an equating of American policy with Britain," '
        "Carter said."
    )
    assert extract(text).summits == []


def test_an_announcement_welcomed_is_no_guest_even_behind_a_particle() -> None:
    text = (
        "Pull-out welcomed\n\nSyrian President Bashar al-Khalil said on Tuesday that his troops "
        "would leave. Lebanese opposition leader Walid Haddad welcomed Bashar al-Khalil's "
        "announcement, calling it a positive start."
    )
    assert extract(text).summits == []
