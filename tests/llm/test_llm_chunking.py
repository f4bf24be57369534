"""Long articles: overlapping chunks on sentence boundaries, one call each, records merged once."""

from __future__ import annotations

import itertools

import pytest
from fake_openai import Answer, FakeOpenAI, Received, Reply
from llm_fixtures import backend_for, seed_answer, seed_rules, seed_text, server

from summitparse.llm.chunking import Chunk, chunk_article, halve, size
from summitparse.text import split_sentences

__all__ = ["server"]


def _long(times: int) -> str:
    return "\n".join([seed_text()] * times)


@pytest.mark.parametrize(
    ("text", "max_words", "expected"),
    [
        pytest.param("Leaders met. They talked.", 6000, 1, id="short-one-chunk"),
        pytest.param("", 6000, 1, id="empty-one-chunk"),
        pytest.param("seed", 6000, 1, id="seed-one-chunk"),
        pytest.param("seed", 300, 3, id="seed-at-300-words"),
        pytest.param("long", 6000, 2, id="ten-seeds-two-chunks"),
    ],
)
def test_chunk_count(text: str, max_words: int, expected: int) -> None:
    article = {"seed": seed_text(), "long": _long(10)}.get(text, text)
    assert len(chunk_article(article, max_words=max_words)) == expected


def test_chunks_are_slices_within_the_size_and_overlap_by_two_sentences() -> None:
    article = _long(10)
    chunks = chunk_article(article, max_words=2000)
    sentences = split_sentences(article)
    assert all(article[c.start : c.end] == c.text for c in chunks)
    assert all(len(c.text.split()) <= 2000 for c in chunks)
    for before, after in itertools.pairwise(chunks):
        assert before.sentences[-2:] == after.sentences[:2]
    assert chunks[0].start == sentences[0].start
    assert chunks[-1].end == sentences[-1].end


def test_an_oversized_sentence_is_cut_between_words() -> None:
    article = "Short one. " + "word " * 50 + "end. Another short one."
    chunks = chunk_article(article, max_words=10)
    assert all(len(c.text.split()) <= 10 for c in chunks)
    assert all(article[c.start : c.end] == c.text for c in chunks)
    assert chunks[-1].end == len(article)


def test_text_without_a_single_full_stop_is_still_chunked() -> None:
    article = " ".join(f"word{n}" for n in range(20_000))  # one "sentence" of 20,000 words
    chunks = chunk_article(article, max_words=6000)
    assert len(chunks) >= 4
    assert all(size(c.text) <= 6000 for c in chunks)
    assert all(article[c.start : c.end] == c.text for c in chunks)
    assert chunks[0].start == 0
    assert chunks[-1].end == len(article)
    assert all(a.end >= b.start for a, b in itertools.pairwise(chunks))  # nothing left out


def test_unpunctuated_text_without_spaces_is_chunked_too() -> None:
    article = "首脳会談が東京で開かれた" * 1000
    chunks = chunk_article(article, max_words=3000)
    assert len(chunks) >= 4
    assert all(article[c.start : c.end] == c.text for c in chunks)
    assert all(size(c.text) <= 3000 for c in chunks)


def test_halve_splits_with_one_shared_sentence_and_stops_at_one() -> None:
    article = seed_text()
    (whole,) = chunk_article(article)
    halves = halve(article, whole)
    assert halves is not None
    left, right = halves
    assert left.sentences[-1] == right.sentences[0]
    assert left.start == whole.sentences[0].start
    assert right.end == whole.sentences[-1].end
    single = Chunk(0, 10, article[:10], whole.sentences[:1])
    assert halve(article, single) is None


def _same_answer(received: Received) -> Reply:
    return Reply(body=Answer(seed_answer()))


def test_a_long_article_takes_one_call_per_chunk_and_records_appear_once(
    server: FakeOpenAI,
) -> None:
    text = seed_text()
    server.fallback = Reply(body=Answer(seed_answer()))
    backend = backend_for(server.base_url, chunk_words=300)
    outcome = backend.extract(text, rules=seed_rules(text))

    assert len(server.requests) == 3
    assert outcome.usage["calls"] == 3
    assert "This is part 2 of 3 of a long article." in server.requests[1].text()
    records = outcome.records
    assert len(records.summits) == 1
    assert len(records.agreements) == 2
    assert len(records.trade_figures) == 1
    assert len(records.quotes) == 2
    assert all(text[e.start : e.end] == e.text for s in records.summits for e in s.evidence)


def test_text_without_spaces_is_measured_in_characters() -> None:
    article = "。".join(["首脳会談が東京で開かれた"] * 600) + "。"
    assert len(article.split()) == 1
    chunks = chunk_article(article, max_words=300)
    assert len(chunks) > 1
    assert all(article[c.start : c.end] == c.text for c in chunks)
