"""Blocking: the key that decides which mentions are ever compared.

Only mentions that share a key are compared, and each key's mentions are swept in time order
with a bounded window of open events (:mod:`summitparse.events.resolution`), so the cost grows
about linearly with the corpus and memory with the busiest stretch of one key, not with the
corpus. The key is free of dates, so a past meeting named years later still meets its event.

- Summits: the body whose meeting it is (``S|G8``); else the host country; else the country
  of the venue; else the first participating country.
- Agreements: the parties when there are two or more (names of one deal vary more than its
  parties: "civil nuclear energy pact", "U.S.-India nuclear deal"); else an acronym as written
  ("NAFTA", "DR-CAFTA" → CAFTA); else the name's longest distinctive token when the name has a
  capitalised word ("Kyoto", "Lisbon": multilateral treaties, whose articles name one party or
  none); else the one party, or ``-``.

The key is the same on every machine and in every process (no hashing with a random seed), so
the Ray engine groups rows by it and gets the same events.
"""

from __future__ import annotations

from summitparse.events.features import Mention
from summitparse.events.names import acronyms, distinctive

__all__ = ["block_key"]


def block_key(mention: Mention) -> str:
    """The blocking key of a mention (see the module docstring)."""
    if mention.kind == "summit":
        anchor = mention.body or mention.host or min(mention.countries, default="-")
        return f"S|{anchor}"
    name = mention.name or ""
    if len(mention.parties) >= 2:
        return "A|parties:" + ",".join(sorted(mention.parties))
    written = [a for a in acronyms(name) if a in name]
    if written:
        return "A|acr:" + max(written, key=lambda a: (len(a), a))
    tokens = sorted(distinctive(name), key=lambda t: (-len(t), t))
    if tokens and any(word[:1].isupper() for word in name.split()):
        return f"A|name:{tokens[0]}"
    return "A|parties:" + (",".join(sorted(mention.parties)) or "-")
