"""Does the record's evidence support a free-text field the model wrote?

A model grounds a record in real sentences and then writes what no sentence says: an agreement
"Paris Accord" on evidence about a Tokyo partnership, a summit "Paris Peace Summit", a topic
"nuclear disarmament". Such text is checked word by word against the text around the record's
evidence (its paragraphs and the dateline, the same stretch a location must stand in):

- every *content word* of the value must occur there, compared on a light stem after case and
  accents are folded ("defence" and "defense", "minerals" and "mineral", "economic" and
  "economy"), or name the same country as a word there ("Italian" for "Italy");
- function words ("the", "of", "and") and the generic heads of names ("agreement", "summit",
  "partnership", "talks") need not occur: a model writes "Special Strategic Partnership
  Agreement" for the article's "special strategic partnership";
- a value with no letter or digit at all ("", "-", a zero-width space) is never supported, and
  neither are placeholders ("N/A", "unknown", "null").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from summitparse.rules.places.countries import country_code

__all__ = ["has_text", "supported"]

_TOKEN = re.compile(r"[^\W_]+")
_FUNCTION = frozenset(
    """a an the of and or for on in at to with between among by from into its their his her
    new first second third two three de la le et und der die das y el del di e""".split()
)
_GENERIC = frozenset(
    """agreement agreements deal deals treaty treaties accord accords pact pacts memorandum
    understanding declaration statement communique joint summit summits meeting meetings talks
    visit conference partnership framework plan programme program initiative cooperation
    bilateral trilateral multilateral framework arrangement protocol charter convention
    relations relationship ties upgrade mou fta""".split()
)
_PLACEHOLDERS = frozenset(
    {"n/a", "na", "none", "null", "nil", "unknown", "unnamed", "untitled", "tbd", "not given",
     "not specified", "no name", "-", "?"}
)  # fmt: skip


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(_fold(text))


_INFLECTIONS = ("ing", "ed", "es", "s")
_DERIVATIONS = ("ic", "al", "y", "e")


def _stem(word: str) -> str:
    """A light stem: "minerals" and "mineral", "economic" and "economy", "defence" and "defense"
    meet; "signing" and "significant" do not (a prefix would join them)."""
    if len(word) <= 3:
        return word
    word = word[:-2] + "se" if word.endswith("ce") else word
    word = word[:-3] + "y" if word.endswith("ies") else word
    for ending in _INFLECTIONS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    for ending in _DERIVATIONS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def has_text(value: str) -> bool:
    """True when ``value`` holds a letter or digit and is no placeholder ("N/A", "unknown")."""
    folded = " ".join(_fold(value).split()).strip(" \"'.“”‘’")
    return bool(_tokens(value)) and folded not in _PLACEHOLDERS


def _country(word: str) -> str | None:
    return country_code(word.title()) if len(word) > 2 else None


def supported(value: str, regions: Iterable[str]) -> bool:
    """True when every content word of ``value`` occurs in ``regions`` (see the module docstring).

    A value of generic words only ("the agreement") needs one of them to occur.
    """
    if not has_text(value):
        return False
    words = [w for w in _tokens(value) if w not in _FUNCTION]
    text_words = {w for region in regions for w in _tokens(region)}
    stems = {_stem(w) for w in text_words}
    countries = {c for w in text_words if (c := _country(w))}
    content = [w for w in words if w not in _GENERIC]
    if not content:
        return any(_stem(w) in stems for w in words)
    return all(_stem(w) in stems or (_country(w) or "") in countries for w in content)
