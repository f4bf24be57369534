"""Text utilities that keep offsets into the raw article: spans and sentences."""

from summitparse.text.sentences import Sentence, split_sentences
from summitparse.text.spans import make_span

__all__ = ["Sentence", "make_span", "split_sentences"]
