"""Agreement names: the words that tell two agreements apart, acronyms, and a similarity.

Articles name the same agreement in many ways ("Kyoto Protocol", "Kyoto pact"; "Treaty of
Lisbon", "Lisbon Treaty"; "DR-CAFTA", "Central America Free Trade Agreement"). Generic words
(agreement, treaty, deal, free trade…) and country names and adjectives say little about which
agreement it is, so they are set aside; what remains are the distinctive tokens, compared with
rapidfuzz. Acronyms are read as written ("NAFTA", "DR-CAFTA" → CAFTA, "(ACSA)") and computed from
title-case names after the countries they open with ("Japan-Italy Acquisition and Cross-Servicing
Agreement" → ACSA; "Central America Free Trade Agreement" → CAFTA), so that a written acronym
finds its long form.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

from summitparse.rules.places.countries import find_countries

__all__ = ["acronyms", "distinctive", "fold", "generic_family", "name_similarity"]

GENERIC = frozenset(
    """a an the of on for and to in with between by at from its their this that new
    agreement agreements treaty treaties pact pacts deal deals accord accords protocol
    convention arrangement arrangements framework free trade area economic cooperation
    partnership strategic comprehensive memorandum understanding statement declaration
    joint plan programme program initiative package commitment pledge resolution ceasefire
    cease-fire truce talks scheme bilateral multilateral international global landmark
    historic proposed draft earlier final interim""".split()
)
# Families of generic heads: two names made only of generic words can be the same agreement
# only when their heads are of one family (a truce is a ceasefire; a statement is not a treaty).
_FAMILIES = {
    "ceasefire": "ceasefire",
    "cease-fire": "ceasefire",
    "truce": "ceasefire",
    "statement": "statement",
    "declaration": "statement",
    "understanding": "statement",
    "treaty": "treaty",
    "protocol": "treaty",
    "convention": "treaty",
    "pledge": "pledge",
    "package": "pledge",
    "commitment": "pledge",
    "plan": "plan",
    "programme": "plan",
    "program": "plan",
    "initiative": "plan",
    "agreement": "agreement",
    "agreements": "agreement",
    "deal": "agreement",
    "accord": "agreement",
    "pact": "agreement",
}
# Prefixes that stand for a country in compounds ("Indo-US", "Sino-Japanese").
_COUNTRY_PREFIXES = frozenset({"indo", "sino", "russo", "franco", "anglo", "italo", "euro"})
_BODIES = frozenset({"g8", "g-8", "g7", "g20", "un", "eu", "apec", "asean", "nato", "wto", "iaea"})
_TOKEN = re.compile(r"[\w][\w'’.-]*")
_CAPS = re.compile(r"\b[A-Z]{3,}\b")
_PAREN_ACRONYM = re.compile(r"\(([A-Z][A-Za-z-]{1,9})\)")
_SMALL_WORDS = frozenset({"a", "an", "the", "of", "on", "for", "and", "to", "in", "with", "by"})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents, for comparing names and places as readers do."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def _words(name: str) -> list[str]:
    """Words of a name, with hyphenated compounds split unless the hyphen is a prefix (post-)."""
    words: list[str] = []
    for token in _TOKEN.findall(name.replace("’", "'")):
        token = token.strip(".'-")
        if not token:
            continue
        if re.match(r"(?i)(post|pre|non|anti)-", token):
            words.append(token)
            continue
        words.extend(part for part in token.split("-") if part)
    return words


def _without_countries(name: str) -> str:
    """The name with country names, demonyms and organisations blanked out (not capitals:
    "Lisbon Treaty" keeps its city)."""
    chars = list(name)
    for mention in find_countries(name):
        if mention.kind != "capital":
            chars[mention.start : mention.end] = " " * (mention.end - mention.start)
    kept = "".join(chars)
    return " ".join(w for w in kept.split() if fold(w).strip(".-") not in _COUNTRY_PREFIXES)


def _without_leading_countries(name: str) -> str:
    """The name after the countries it opens with ("Japan-Italy Acquisition…" → "Acquisition…"),
    the part an acronym is made of."""
    rest = name.strip()
    while rest:
        first = next((m for m in find_countries(rest) if m.start == 0), None)
        if first is not None and first.kind != "capital":
            rest = rest[first.end :].lstrip(" -–/")
            continue
        head, _, tail = rest.partition("-")
        if tail and fold(head) in _COUNTRY_PREFIXES:
            rest = tail
            continue
        break
    return rest


@lru_cache(maxsize=65536)
def distinctive(name: str) -> frozenset[str]:
    """The folded tokens of ``name`` that are neither generic, nor a country, nor a body."""
    tokens = {fold(w) for w in _words(_without_countries(name))}
    return frozenset(t for t in tokens if t not in GENERIC and t not in _BODIES and len(t) > 1)


@lru_cache(maxsize=65536)
def generic_family(name: str) -> str:
    """The family of the name's generic head ("truce" → ceasefire; "the deal" → agreement),
    or "other" for a name without one."""
    for word in reversed([fold(w) for w in _words(name)]):
        if word in _FAMILIES:
            return _FAMILIES[word]
    return "other"


@lru_cache(maxsize=65536)
def acronyms(name: str) -> frozenset[str]:
    """Acronyms written in the name, and the initialism of a title-case name (3+ letters)."""
    found = {m.group(0) for m in _CAPS.finditer(_without_countries(name))}
    found |= {m.group(1).upper() for m in _PAREN_ACRONYM.finditer(name)}
    words = [w for w in _words(_without_leading_countries(name)) if fold(w) not in _SMALL_WORDS]
    if len(words) >= 3 and all(w[:1].isupper() for w in words):
        # "Non-Proliferation" gives P, as in NPT: the prefix is not a word of its own.
        initials = "".join(
            (w.split("-", 1)[1] if "-" in w else w)[0] for w in words if not w.isupper()
        )
        if len(initials) >= 3:
            found.add(initials.upper())
    return frozenset(a for a in found if fold(a) not in _BODIES)


@lru_cache(maxsize=262144)
def name_similarity(a: str, b: str) -> float:
    """0..1: how surely two names denote the same agreement, from their distinctive tokens.

    1.0 for a shared acronym (one written, the other written or computed) or the same
    distinctive tokens; otherwise rapidfuzz's token-set ratio over the distinctive tokens,
    which forgives word order and one name being a fuller form of the other.
    """
    acr_a, acr_b = acronyms(a), acronyms(b)
    if any(
        x == y or (len(y) >= 4 and x.endswith(y)) or (len(x) >= 4 and y.endswith(x))
        for x in acr_a
        for y in acr_b
    ):
        return 1.0
    da, db = distinctive(a), distinctive(b)
    if not da or not db:
        return 0.0
    if da == db:
        return 1.0
    return fuzz.token_set_ratio(" ".join(sorted(da)), " ".join(sorted(db))) / 100.0
