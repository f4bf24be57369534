"""Long articles in overlapping chunks on sentence boundaries.

An article of up to :data:`CHUNK_WORDS` words goes to the model in one call. Wire copy is rarely
above 2,000 words, so one call per article is the rule; 6,000 words (~8,000 tokens of input) keeps
one chunk well inside the context of small local models (8k-32k) while leaving room for the
prompt, the schema and the answer. Longer texts are cut on sentence boundaries
(:func:`summitparse.text.split_sentences`) into chunks of at most that size, each starting
:data:`OVERLAP_SENTENCES` sentences before the previous one ended, so a record whose evidence
straddles a cut is still seen whole once. Records found twice are merged by
:mod:`summitparse.llm.merge`.

Size (:func:`size`) counts words, plus one per character of scripts written without spaces
(Chinese, Japanese, Thai), so such a text is not mistaken for a short article; its sentences are
also cut after the ideographic full stop, which the English-minded sentence splitter ignores.

A "sentence" longer than a chunk (a text without full stops: a transcript, a scraped table, a
page whose punctuation was lost) is cut between words (or between characters of scripts
without spaces) into pieces of an eighth of the chunk size, which then group into chunks and
overlap like sentences, so no call is larger than a chunk and a cut is still seen whole once.

When the model's answer is cut off (``finish_reason == "length"``) the chunk is halved with
:func:`halve` and each half asked separately; a single sentence cannot be halved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summitparse.text import Sentence, split_sentences

__all__ = ["CHUNK_WORDS", "OVERLAP_SENTENCES", "Chunk", "chunk_article", "halve", "size"]

CHUNK_WORDS = 6000
OVERLAP_SENTENCES = 2


@dataclass(frozen=True, slots=True)
class Chunk:
    """A stretch of the article: ``article[start:end] == text``."""

    start: int
    end: int
    text: str
    sentences: tuple[Sentence, ...]


_NO_SPACE_SCRIPT = re.compile(r"[\u0e00-\u0e7f\u2e80-\u9fff\uf900-\ufaff]")
_WIDE_STOP = re.compile(r"(?<=[。！？])")
# One unit of :func:`size`: a character of a script without spaces, else a run of other non-spaces.
_UNIT = re.compile(
    r"[\u0e00-\u0e7f\u2e80-\u9fff\uf900-\ufaff]|[^\s\u0e00-\u0e7f\u2e80-\u9fff\uf900-\ufaff]+"
)


def size(text: str) -> int:
    """Words, plus one per character of scripts written without spaces (about a word each)."""
    return len(text.split()) + len(_NO_SPACE_SCRIPT.findall(text))


def _sentences(article: str) -> list[Sentence]:
    """Sentences, with those of CJK text also cut after 。！？."""
    pieces: list[Sentence] = []
    for sentence in split_sentences(article):
        cut = sentence.start
        for match in _WIDE_STOP.finditer(sentence.text):
            end = sentence.start + match.start()
            if end > cut:
                pieces.append(Sentence(cut, end, article[cut:end]))
                cut = end
        if cut < sentence.end:
            pieces.append(Sentence(cut, sentence.end, article[cut : sentence.end]))
    return pieces


def _bounded(article: str, sentences: list[Sentence], max_words: int) -> list[Sentence]:
    """``sentences`` with each one over ``max_words`` cut into pieces of an eighth of it."""
    out: list[Sentence] = []
    piece = max(1, max_words // 8)
    for sentence in sentences:
        if size(sentence.text) <= max_words:
            out.append(sentence)
            continue
        start, count = None, 0
        for match in _UNIT.finditer(sentence.text):
            if start is None:
                start = sentence.start + match.start()
            count += 1
            if count >= piece:
                end = sentence.start + match.end()
                out.append(Sentence(start, end, article[start:end]))
                start, count = None, 0
        if start is not None:
            out.append(Sentence(start, sentence.end, article[start : sentence.end]))
    return out


def _words(sentence: Sentence) -> int:
    return size(sentence.text)


def _make(article: str, sentences: list[Sentence] | tuple[Sentence, ...]) -> Chunk:
    start, end = sentences[0].start, sentences[-1].end
    return Chunk(start, end, article[start:end], tuple(sentences))


def _whole(article: str) -> Chunk:
    sentences = tuple(_sentences(article))
    return Chunk(0, len(article), article, sentences)


def chunk_article(
    article: str, *, max_words: int = CHUNK_WORDS, overlap: int = OVERLAP_SENTENCES
) -> list[Chunk]:
    """The article as one chunk when it fits, else overlapping chunks of whole sentences.

    A single sentence longer than ``max_words`` is cut between words into pieces that fit.
    """
    if size(article) <= max_words:
        return [_whole(article)]
    sentences = _bounded(article, _sentences(article), max(1, max_words))
    chunks: list[Chunk] = []
    first = 0
    while first < len(sentences):
        last, words = first, 0
        while last < len(sentences) and (
            last == first or words + _words(sentences[last]) <= max_words
        ):
            words += _words(sentences[last])
            last += 1
        chunks.append(_make(article, sentences[first:last]))
        if last >= len(sentences):
            break
        first = max(first + 1, last - overlap)
    return chunks


def halve(article: str, chunk: Chunk) -> list[Chunk] | None:
    """Two overlapping halves of ``chunk`` (one sentence shared), or ``None`` for one sentence."""
    sentences = chunk.sentences
    if len(sentences) < 2:
        return None
    middle = len(sentences) // 2
    left = sentences[: middle + (1 if len(sentences) > 2 else 0)]
    right = sentences[middle:]
    return [_make(article, left), _make(article, right)]
