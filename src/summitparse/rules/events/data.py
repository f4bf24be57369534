"""Word lists for the event rules (summits, agreements, trade figures), as regex fragments.

Kept apart from the logic so that widening coverage means editing a table, not a function.
Every fragment is matched case-insensitively on word boundaries unless noted.
"""

from __future__ import annotations

# A sentence that reports leaders meeting in person.
MEETING_WORDS = (
    r"summit(?:s|ry)?",
    r"met",
    r"meets?",
    r"meeting",
    r"held talks",
    r"holds? talks",
    r"talks (?:with|between)",
    r"(?:held|holds|had) (?:\w+ ){0,2}?discussions with",
    r"discussed (?:[\w'’-]+ ){0,6}?with",
    r"joint (?:press|news) conference",
    # "Assad said at a news conference with Iranian President Ahmadinejad": side by side
    r"(?:press|news) conference with",
    r"(?:state|official|working|official working) visit",
    r"visit(?:ed|ing|s)?",
    r"hosted",
    r"hosts?",
    r"hosting",
    r"welcomed",
    r"received",
    r"sat down with",
    r"gathered",
    r"convened",
    r"talks",
    r"attend(?:ed|ing|s)?",
    r"greeted",
    r"took part",
    r"participat(?:ed|ing)",
    r"brought together",
    r"retreat",
    r"(?:signing )?ceremony",
)

# Meetings that are not in person, or did not take place.
REMOTE_WORDS = (
    r"(?:tele)?phone (?:call|conversation|talks)",
    r"(?:by|over|on) the (?:tele)?phone",
    r"by (?:tele)?phone",
    r"(?:a|the|their|in a) (?:tele)?phone",
    r"(?:a|the|their) call",
    r"call(?:ed)? (?:with|between)",
    r"spoke (?:by|over|on the)",
    r"video(?:conference| call| link| summit| meeting)",
    r"virtual(?:ly)? (?:summit|meeting|talks)",
    r"held virtually|met virtually",
    r"online summit",
)
# Words that call a meeting off, tied to the meeting so that "the suspended grain deal" or
# "called for a ceasefire" in a lead do not.
CANCELLED_WORDS = (
    r"postponed",
    r"cancell?ed",
    r"called off",
    r"scrapped",
    r"(?:summit|meeting|visit|talks|trip)\b[^.]{0,40}\b(?:delayed|suspended|put off)",
    r"(?:delayed|suspended|put off)\b[^.]{0,20}\b(?:summit|meeting|visit|talks|trip)",
)
# A meeting still to come, hoped for, or declined is not the story's summit.
FUTURE_WORDS = (
    r"(?:will|would|shall|to|hopes? to|hoped to|wants? to|aims? to|seeks? to|plans? to|"
    r"looks? forward to|invited [\w ]{1,40} to) (?:meet|meeting|hold|host|visit|attend|travel)",
    r"will (?:not )?(?:attend|skip)",
    r"will be held",
    r"will take place",
    r"(?:is|are|was|were) (?:due|expected|set|scheduled|to) (?:to )?"
    r"(?:meet|hold|host|visit|attend|travel|be held)",
    # (not the cause: "the intrusion was due to a technical error")
    r"(?:is|are|was|were) (?:due|expected|set|scheduled) to(?! (?:a|an|the|his|her|their|its)\b)",
    r"(?:has|have|had) been (?:scheduled|planned)",
    r"next (?:\w+ ){0,3}(?:summit|meeting)",
    r"(?:upcoming|forthcoming) (?:[\w'’-]+ ){0,5}?(?:summit|meeting|talks|visit)",
    # A departure starts a visit whose talks are still ahead: "X leaves today for an official
    # visit to Kuwait", "as Bush leaves on his trip to Africa"; and a visit's programme told in
    # the present lists meetings to come ("The visit … includes meetings with the Emir").
    r"(?:leaves?|is leaving|departs?|is departing|sets? off|is setting off|heads?|is heading) "
    r"(?:\w+ ){0,3}?(?:for|on) (?:an? |his |her |their )?(?:[\w-]+ ){0,2}?(?:visit|trip|tour)",
    r"includes? (?:\w+ ){0,2}?(?:talks|meetings?) with",
    # A trip told ahead: "Bush will go to the Middle East next week", "travels to the Middle
    # East in the coming week", "during his visit to Iran later this week".
    r"will (?:go|travel|fly|head|arrive|leave|be in)",
    r"in the coming (?:days|week|weeks|month|months)",
    r"later this (?:week|month|year)",
)

# Titles that make a person a summit participant.
LEADER_TITLES = (
    "president",
    "vice president",
    "prime minister",
    "premier",
    "chancellor",
    "king",
    "queen",
    "emperor",
    "crown prince",
    "emir",
    "sultan",
    "sheikh",
    "leader",
    "supreme leader",
    "foreign minister",
    "secretary of state",
    "secretary of defen[cs]e",
    "secretary of the treasury",
    "treasury secretary",
    "foreign secretary",
    "defence secretary",
    "defense secretary",
    "vice premier",
    "deputy prime minister",
    "minister",
    "secretary-general",
    "secretary general",
    "taoiseach",
    "chief executive",
    "head of state",
    "state councillor",
)

# Agreement head nouns, as regex fragments; longer phrases first so they win.
AGREEMENT_NOUNS = (
    r"memorandum of understanding",
    r"memorandum of cooperation",
    r"memorandum",
    r"mou",
    r"joint (?:statement|declaration|communiqu[eé])",
    r"final document",  # a summit's: "the final document of the Summit of … will condemn …"
    r"declaration",
    r"statement",  # names an agreement only as a proper name ("G8 Statement on …") or joint
    r"communiqu[eé]",
    r"code of conduct",
    r"(?:free[- ]trade|trade|economic partnership|investment) (?:agreement|deal|pact|accord)",
    r"agreement",
    r"accord",
    r"treaty",
    r"convention",
    r"protocol",
    r"charter",
    r"pact",
    r"deal",
    r"partnership",
    r"action plan",
    # One that a donor gives another party ("the G8 have also announced a $3 billion aid package
    # for the Palestinian Authority"); a government's own package for its industry is domestic.
    r"aid package",
    r"roadmap",
    r"road map",
    r"plan",
    r"programme",
    r"program",
    r"framework",
    r"truce",
    r"cease-?fire",
    r"armistice",
)

# A described agreement with a generic head ("deal", "agreement", "convention") names one only
# when a modifier says what it is about ("trade deal", "defence pact"), or an "on …" tail does:
# "a good deal" or "a constitutional convention" are not agreements.
DOMAIN_MODIFIERS = frozenset(
    """trade free economic investment defence defense security military energy climate nuclear
    peace ceasefire migration cooperation partnership strategic comprehensive bilateral
    multilateral maritime cyber cybersecurity tariff customs supply minerals mineral technology
    digital space health agriculture agricultural fisheries water border extradition visa tax
    aviation science scientific education cultural loan financing swap arms reciprocal access
    logistics intelligence infrastructure investment-protection mutual non-aggression grain gas
    oil lng export import currency fiscal monetary debt aid reconstruction transit shipping
    research innovation semiconductor missile weapons fighter jet submarine satellite pipeline
    railway rail port bridge vaccine""".split()
)
# Heads specific enough to name an agreement without a modifier.
SPECIFIC_HEADS = frozenset(
    {
        "memorandum of understanding",
        "memorandum of cooperation",
        "memorandum",
        "mou",
        "treaty",
        "joint statement",
        "joint declaration",
        "communique",
        "communiqué",
        "joint communique",
        "joint communiqué",
        "code of conduct",
        "action plan",
        "roadmap",
        "armistice",
        # A ceasefire or truce is between the sides of a war whatever modifies it.
        "ceasefire",
        "cease-fire",
        "truce",
    }
)

# Heads that name an agreement when a summit made them: "the leaders approved a declaration".
SUMMIT_HEADS = frozenset({"declaration", "communique", "communiqué", "final document"})

# Bodies that hold summits and make their declarations, as named in copy, with the code a party
# list gives them; read when the country table does not know the body.
SUMMIT_BODIES = (
    (r"G-?8", "G8"),
    (r"G-?7", "G7"),
    (r"G-?20", "G20"),
    (r"Rio Group", "Rio Group"),
    (r"Paris Club", "Paris Club"),
    (r"[Ee]uro-?zone|[Ee]uro area", "eurozone"),
)

# Head nouns that say the kind by themselves; other heads ("agreement", "pact", "deal") take
# their kind from their modifiers through KIND_RULES.
HEAD_KINDS = (
    (r"memorandum|\bmou\b", "memorandum"),
    (r"statement|declaration|communiqu|final document", "statement"),
    (r"partnership", "partnership"),
    (r"treaty|convention|charter|protocol", "treaty"),
    (r"action plan|roadmap|road map|\bplan\b", "plan"),
    (r"programme|program|aid package", "programme"),
)

# (pattern on the agreement's name, kind) — first match wins.
KIND_RULES = (
    (
        r"free[- ]trade|\btrade\b|economic partnership|investment|tariff|customs|\bfta\b|\bepa\b|"
        r"\bimports?\b|\bexports?\b",
        "trade",
    ),
    (
        r"defen[cs]e|security|military|cross-servicing|acquisition|reciprocal access|mutual"
        r" assistance|\bacsa\b|\braa\b|nuclear|arms|status of forces",
        "defense",
    ),
)

# (pattern in the clause, status). "cancelled" and "halted" are readings, not statuses: an
# agreement whose nearest words call it off ("withdrew from the ceasefire", "cancelled the
# contract") is news with status "other" whatever other mentions say; one only threatened with it
# ("may withdraw from the treaty") has status "other". The status whose words stand nearest the
# agreement's name wins; on a tie, the earlier rule. Specific phrasings come before the words
# they contain ("concluded talks" is an announcement, "will sign" is not a signature).
STATUS_RULES = (
    (
        r"cancell?ed|terminated|scrapped|annulled|tore up|withdrew from|pulled out of|"
        r"abandoned|renounced|broke down|collapsed",
        "cancelled",
    ),
    # Only threatened or considered ("considering withdrawing from the treaty"): nothing done.
    (
        r"cancel(?:s|ling|ing|lation)?|terminat(?:e|es|ing|ion)|scrap(?:s|ping)?|annul(?:s|ment)?|"
        r"tear up|withdraw(?:s|ing|al)? from|pull(?:s|ing)? out of|abandon(?:s|ing)?|"
        r"renounc(?:e|es|ing)",
        "halted",
    ),
    (r"(?:concluded|completed|finished|wrapped up) (?:talks|negotiations)(?: on)?", "announced"),
    # "to be able to conclude an economic cooperation agreement": still to be made.
    (
        r"(?:will|would|to|for|could|may|might|ready for) (?:be )?"
        r"(?:sign(?:ed|ing)?|conclud(?:e|ed|ing))\b",
        "negotiating",
    ),
    (
        r"(?:expected|due|set|scheduled|likely|yet) to be (?:released|signed|adopted|issued|"
        r"announced|published|agreed|finali[sz]ed)",
        "negotiating",
    ),
    (
        r"(?:will|would|shall|is to|are to|(?:is|are) (?:due|set|expected) to) (?:take effect|"
        r"come into (?:force|effect)|enter into (?:force|effect))|"
        r"(?:must|will|would|yet to|has to|have to|to) (?:still |yet |first )?be ratified|"
        r"pending ratification|awaits? ratification|ratification (?:is )?expected",
        "signed",
    ),
    (
        r"(?:work|working|works) towards?|(?:re)?launch\w* (?:negotiations|talks)|"
        r"(?:open|start|begin)\w* (?:negotiations|talks)",
        "proposed",
    ),
    (
        r"(?:entered|enter|enters|came|come|comes|coming|entering|went|goes|go|going) into "
        r"(?:force|effect)|"
        r"took effect|takes effect|in force|in effect|ratified",
        "in_force",
    ),
    (r"\bsign(?:ed|ing|s)?\b|\binked\b|concluded", "signed"),
    (
        r"negotiat(?:e|ed|es|ing|ion|ions)|under discussion|talks on|progress on a|"
        r"work(?:ing)? on|\bdraft\b",
        "negotiating",
    ),
    (
        r"reaffirm(?:ed|ing|s)?|recommit\w*|continu(?:ed|ing|e|es)|"
        r"advanc\w* (?:their|its|the)|"
        r"progress on",
        "reaffirmed",
    ),
    (r"propos(?:e|ed|al|ing)|suggested|floated|called for", "proposed"),
    (
        # Not "launches": missile launches are no launch of an agreement.
        r"announc(?:e|ed|ing|ement)|elevat(?:e|ed|ing)|upgrad(?:e|ed|ing)|launch(?:ed|ing)?\b|"
        r"agreed|adopted|approved|endorsed|unveiled|established|set up|issued|put out|released|"
        # "lifts ties from the strategic partnership", "lifted their relationship": an upgrade
        # of ties, not "urged Israel to lift its blockade", which names no agreement.
        r"struck|reached|lift(?:s|ed)?(?=\s+(?:(?:their|the|its|bilateral)\s+)?(?:ties|relations))",
        "announced",
    ),
)

# Most advanced first: an agreement named several times takes the most advanced status.
STATUS_ORDER = ("in_force", "signed", "announced", "reaffirmed", "negotiating", "proposed", "other")

# A trade figure is money, percent or count that measures one of these.
TRADE_WORDS = (
    r"(?:bilateral |two-way |total |annual )*trade(?: volume| turnover| flows?)?",
    r"exports?",
    r"imports?",
    r"export(?:ed|ing)",
    r"import(?:ed|ing)",
    r"(?:foreign )?(?:direct )?investments?",
    r"invest(?:ed|ing|s)?",
    r"fdi",
    r"tariffs?",
    r"dut(?:y|ies)",
    r"levies|levy",
    r"sanctions?",
    r"trade (?:surplus|deficit)",
    r"surplus",
    r"deficit",
    r"purchases",
    r"sales",
    r"sell(?:s|ing)?",
    r"sold",
    r"buy(?:s|ing)?",
    r"bought",
    r"(?:frozen|blocked|seized|immobili[sz]ed) (?:\w+ )?assets",
    r"assets",
    r"frozen",
    r"freez(?:e|es|ing)",
    r"price cap",
    r"shipments?",
    r"lending",
    r"loans?",
    r"order(?:ed|s)?",
    r"procurement",
    r"revenues?",
    r"trade growth",
)

# Subjects that events talk about, as they are named in copy.
TOPIC_WORDS = (
    "economic security",
    "security",
    "defense",
    "defence",
    "trade",
    "investment",
    "supply chains",
    "critical minerals",
    "energy",
    "climate",
    "technology",
    "artificial intelligence",
    "semiconductors",
    "space",
    "migration",
    "nuclear",
    "health",
    "agriculture",
    "infrastructure",
    "cybersecurity",
    "maritime security",
    "ukraine",
    "middle east",
    "indo-pacific",
)

OCCASION_CUES = (
    r"coincid(?:ing|ed|es) with",
    r"to mark",
    r"marking",
    r"on the occasion of",
    r"to commemorate",
    r"commemorating",
    r"to celebrate",
    r"on the sidelines of",
    r"as part of",
)
