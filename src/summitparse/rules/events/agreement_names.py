"""Agreement vocabulary read beside the shared tables in ``data``: acronyms that stand for an
agreement, and the status phrases of agreements still being sought.

Kept apart from ``data`` because these words are the agreement finder's alone: no summit,
meeting or body rule reads them.
"""

from __future__ import annotations

from summitparse.models import AgreementKind

# Acronyms that are an agreement noun by themselves, as "agreement" is: "signed a FTA with
# Mercosur", "the CEPA enters into force". Matched in capitals only: "fta" or "cepa" in lower
# case is no acronym. (Not "EPA": in copy it is an environmental agency far more often.)
ACRONYM_NOUNS = r"(?-i:FTA|CEPA|CECA)"
ACRONYM_PLURALS = r"(?-i:FTAs|MoUs|MOUs)"
# The acronyms above in lower case, as a name's words are compared; all of them are trade
# agreements.
ACRONYM_HEADS = frozenset({"fta", "ftas", "cepa", "ceca"})

# Agreements known by an acronym alone: "the two presidents signed New START", "Mexico wants
# to renegotiate NAFTA". Each is a proper name; like any proper name, one mentioned with nothing
# done to it is background and makes no record. Before a name or one of these nouns the acronym
# only qualifies something else: "NPT Article IV", "NAFTA rules", "the NPT regime".
ACRONYM_QUALIFIES = (
    r"rules?|regimes?|talks|members?|states|countries|nations|safeguards|reviews?|"
    r"panels?|tribunals?|obligations|commitments|provisions|clauses?|partners?|countr(?:y|ies)"
)
NAMED_ACRONYMS = (
    r"(?-i:New START|START|SALT(?: I{1,2})?|NAFTA|CAFTA(?:-DR)?|NPT|CTBT|JCPOA|TPPA?|CPTPP|"
    r"TTIP|RCEP|USMCA|GATT|AUKUS|GSOMIA|SORT)"
)
# The kind each of them is, read from its first word: arms-control treaties, trade agreements,
# and defence pacts.
NAMED_ACRONYM_KINDS: dict[str, AgreementKind] = {
    **dict.fromkeys(("New", "START", "SALT", "NPT", "CTBT", "SORT"), "treaty"),
    **dict.fromkeys(
        ("NAFTA", "CAFTA", "CAFTA-DR", "TPP", "TPPA", "CPTPP", "TTIP", "RCEP", "USMCA", "GATT"),
        "trade",
    ),
    **dict.fromkeys(("AUKUS", "GSOMIA"), "defense"),
    "JCPOA": "other",
}

# Documents the sides set their intent down in before an agreement proper: "a declaration of
# intent will be signed", "signed a letter of intent on gas supplies". Specific by themselves.
INTENT_NOUNS = (r"declaration of intent", r"letter of intent")
INTENT_HEADS = frozenset({"declaration of intent", "letter of intent"})

# Status phrases the shared table lacks, read before it. An agreement the sides are still
# trying "to reach", "to strike" or "to finalise" is being negotiated, and so is one "being
# worked on"; "reached" alone stays an announcement.
EXTRA_STATUS_RULES = (
    (
        # "talked about his hopes for an Israeli-Palestinian peace deal": wished for
        r"\bhopes?\s+(?:for|of)(?=\s+(?:an?|the)\s)|"
        # "to reach 27 members" is no deal: the verb must take one
        r"\b(?:to|hopes? to|aims? to|seeks? to|trying to)\s+"
        r"(?:reach|strike|seal|finali[sz]e|hammer out|clinch)"
        r"(?=\s+(?:an?|the|agreement|deal|accord|terms|consensus)\b)|"
        r"\b(?:being|been)\s+worked\s+(?:on|out)\b",
        "negotiating",
    ),
    # "He also promised a deal aimed at bringing Ukraine closer to the bloc": offered, not made.
    # Only with the deal as its object: "promised new attacks but offered a truce" promises
    # the attacks.
    (r"\bpromis(?:e|es|ed|ing)\s+(?=(?:an?|the|its|their)\s)", "proposed"),
    # "only confirmed an earlier deal to cancel the debts": made before, stood by again. Only
    # with the deal as its object: "a diplomat confirmed that …" reports a fact.
    (r"\bconfirm(?:s|ed|ing)\s+(?:an?|the|its|their)\b", "reaffirmed"),
    # "Several hours of talks have led to an agreement for joint patrols", "the EU brokered a
    # ceasefire", "sealed a deal": made, as "reached" one is. Only the past tense, with the
    # agreement as the verb's object: "discussed brokering a truce" or "momentum towards
    # sealing a deal" make none, "the UN brokered Greentree Agreement" is no verb, and "led to
    # the border" or "secured the release" name no agreement.
    (
        r"\b(?:led\s+to|resulted\s+in|produced|yielded|brokered|hammered\s+out|sealed|"
        r"clinched|forged|finali[sz]ed)\s+"
        r"(?=(?:an?|the|its|their|this|that)\s+(?:[\w-]+\s+){0,3}"
        r"(?:deal|treaty|accord|agreement|pact|truce|cease-?fire|memorandum|plan)s?\b)",
        "announced",
    ),
    # "Bush made a surprise visit to Iraq to sign a new security pact", "arrived in Moscow on
    # Monday to sign a gas deal": a visit reported as made, for the signing, is the signing
    # (the verb's object ends the match, so that it stands nearer the name than "to sign",
    # still to come, does). "will visit Japan to sign" and "a planned visit" are still to come.
    (
        r"(?<!will )(?<!to )(?<!would )"
        r"\b(?:arrived|travell?ed|flew|came|went|visited|(?:made|on|during|paid)\s+"
        r"(?:an?\s+|his\s+|her\s+|their\s+)?(?:surprise\s+|last\s+|official\s+|state\s+|"
        r"brief\s+|one-day\s+|two-day\s+){0,2}visit)\s+"
        r"(?:(?!(?:will|would)\b)[\w.'’-]+\s+){0,6}?to\s+sign\s+(?:an?|the|its|their)\s+",
        "signed",
    ),
    # "Australia and the US entered into a free trade agreement": concluded, as a signature is.
    (r"\bentered\s+into\s+(?:an?|the)\s+(?!force\b|effect\b)", "signed"),
    # "… a free trade agreement which began in January, 2005": running, so in force.
    (r"\b(?:which|that)\s+(?:began|started)\b", "in_force"),
    # "The G7 presented a plan to …", "tabled a draft treaty": put to others, not yet agreed.
    (
        r"\b(?:present(?:s|ed|ing)|put(?:s|ting)? forward|tabl(?:e|es|ed|ing)|submit(?:s|ted))\b",
        "proposed",
    ),
    # "Turkey offered Armenia a deal to reopen the border", "Israel offers peace treaty":
    # put to the other side, not agreed. Only an offer of the agreement itself ("offers
    # services to both parties" says nothing of a convention named after it).
    (
        r"\boffer(?:s|ed|ing)\s+(?:(?-i:[A-Z])[\w-]*\s+)?(?:(?:an?|the|its|their)\s+)?"
        r"(?=(?:[\w-]+\s+){0,2}(?:deal|treaty|accord|agreement|pact|truce|cease-?fire|plan)s?\b)",
        "proposed",
    ),
)

# Standing agreements that news names as context far more often than as its event, with the year
# each was concluded: "North Korea is among the countries to have signed the Nuclear
# Non-Proliferation Treaty", "Iran insists that under the treaty it may enrich uranium". Named
# with nothing new done to it, one of these is as old as this year says, as "the 1993 Chemical
# Weapons Convention" is by its own name. Matched against a name in lower case.
STANDING_AGREEMENTS: tuple[tuple[str, int], ...] = (
    (r"non-?proliferation treaty", 1968),
    (r"kyoto protocol", 1997),
    (r"chemical weapons convention", 1993),
    (r"biological weapons convention", 1972),
    (r"geneva conventions?", 1949),
    (r"maastricht? treaty|treaty of maastricht", 1992),
    (r"treaty of rome", 1957),
    (r"treaty of versailles", 1919),
    (r"good friday agreement", 1998),
    (r"oslo accords?", 1993),
    (r"camp david accords?", 1978),
    (r"dayton (?:peace )?(?:agreement|accords?)", 1995),
    (r"schengen (?:agreement|treaty)", 1985),
    (r"rome statute", 1998),
    (r"montreal protocol", 1987),
    (r"comprehensive (?:nuclear-)?test[- ]ban treaty", 1996),
    (r"anti-?ballistic missile treaty", 1972),
    (r"ottawa treaty|mine ban treaty", 1997),
    (r"north american free trade agreement", 1992),
    (r"general agreement on tariffs and trade", 1947),
    (r"(?:un |united nations )?convention on the law of the sea", 1982),
    (r"vienna convention on (?:diplomatic|consular) relations", 1961),
)
