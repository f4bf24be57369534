"""Word lists for finding people and quotations in English-language wire copy.

The lists follow the house styles of Reuters, AP, AFP and the BBC as seen in their published
style guides: titles are capitalised before a name ("Prime Minister Keir Starmer") and lower case
after it ("Keir Starmer, Britain's prime minister"); UK copy writes "Mr Blair", US copy "Mr. Blair".
They are deliberately small: each word is here because it changes a decision the rules make.
"""

from __future__ import annotations

from typing import Literal

Gender = Literal["f", "m"]


def _words(text: str) -> frozenset[str]:
    """A word set from a block of white-space separated words (easier to read and diff)."""
    return frozenset(text.split())


# Head words of a title. A title is optional modifiers ("Foreign", "Deputy Prime") and one head;
# the head alone is enough for "President Lula". Lower-case forms are matched too.
TITLE_HEADS: tuple[str, ...] = (
    "Secretary of State",
    "Secretary-General",
    "Secretary General",
    "Chief Cabinet Secretary",
    "Crown Prince",
    "Prime Minister",
    "Prime Minster",  # a misspelling common enough in real copy to read as the title
    "Minister",
    "Secretary",
    "President",
    "Vice President",
    "Vice-President",
    "Chancellor",
    "Premier",
    "King",
    "Queen",
    "Emperor",
    "Empress",
    "Prince",
    "Princess",
    "Emir",
    "Sultan",
    "Sheikh",
    "Pope",
    "Grand Ayatollah",
    "Ayatollah",
    "Imam",
    "Ambassador",
    "Governor",
    "Senator",
    "Representative",
    "Commissioner",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Mayor",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Envoy",
    "Chief Executive",
    "CEO",
    "Director-General",
    "Director General",
    "Director",
    "MP",
    "MEP",
    "Lawmaker",
    "Congressman",
    "Congresswoman",
    "General",
    "Admiral",
    "Colonel",
    "Captain",
    "Judge",
    "Leader",
    "Chief",
    # Offices of state and city copy ("Attorney-General Phillip Ruddock", "Treasurer Peter
    # Costello", "Superintendent Neil Smith", "MLC Ian Cohen"): the title is no part of the name.
    "Attorney-General",
    "Attorney General",
    "Treasurer",
    "Superintendent",
    "Inspector",
    "MLC",
    "MLA",
    "MSP",
    # US and military abbreviations before a name: "Sen. Barack Obama", "Maj. Gen. Zhu".
    "Sen.",
    "Rep.",
    "Gov.",
    "Gen.",
    "Lt.",
    "Col.",
    "Maj.",
    "Sgt.",
    "Adm.",
    "Capt.",
)

# Words that narrow a title head: "Foreign Minister", "Defence Secretary", "Deputy Prime Minister".
TITLE_MODIFIERS: tuple[str, ...] = (
    "Foreign",
    "Major",  # "Major General", "Lieutenant Colonel": ranks narrow a rank
    "Lieutenant",
    "Brigadier",
    "Policy",
    "Business",
    "Shadow",
    "Opposition",
    "Budget",
    "Defence",
    "Defense",
    "Finance",
    "Trade",
    "Economy",
    "Economic",
    "Interior",
    "Home",
    "Health",
    "Energy",
    "Commerce",
    "Treasury",
    "Industry",
    "Agriculture",
    "Environment",
    "Climate",
    "Culture",
    "Education",
    "Justice",
    "Law",
    "Labour",
    "Labor",
    "Security",
    "Digital",
    "Transport",
    "Deputy",
    "Vice",
    "Acting",
    "Interim",
    "Senior",
    "Chief",
    "State",
    "Commission",
    "Council",
    "Ministry",
    "Foreign Ministry",
    "Foreign Office",
    "Kremlin",
    "White House",
)

# Extensions that follow a head: "Minister of Foreign Affairs", "Secretary of State for Defence".
TITLE_EXTENSIONS: tuple[str, ...] = (
    "of Foreign Affairs",
    "of Defence",
    "of Defense",
    "of Finance",
    "of Trade",
    "for Foreign Affairs",
    "for Defence",
)

# Words of the office a title names after "of", before the name: "Minister of Foreign
# Relations Manuel Rodríguez", "Secretary of the Treasury Henry Paulson". With the words of the
# title modifiers ("Foreign", "Defence", "Treasury") they tell the office from the name after it.
OFFICE_WORDS: frozenset[str] = _words(
    """
    Affairs Relations External Internal Home Public Works Development Cooperation Co-operation
    Planning Information Communications Tourism Mines Oil Petroleum Natural Resources European
    Integration Fisheries Water Youth Sports Women Social Welfare Immigration Citizenship
    Finance Economy Economic Trade Industry Commerce Defence Defense Interior Justice Health
    Energy Environment Education Culture Agriculture Labour Labor Security State Treasury
    National Foreign Transport Housing Science Technology International Regional Local Urban
    Rural Overseas Veterans Homeland Minister Ministers Council Commonwealth
    """
)

# Titles used in references without a name: "the prime minister said", "the Italian leader".
# Each maps to the title heads it may refer to; an empty tuple means any titled person.
REFERENCE_ROLES: dict[str, tuple[str, ...]] = {
    "leader": (),
    "counterpart": (),
    "head of state": ("president", "king", "queen", "emperor", "emir", "sultan"),
    "head of government": ("prime minister", "chancellor", "premier"),
    "premier": ("premier", "prime minister"),
    "prime minister": ("prime minister", "premier"),
    "prime minster": ("prime minister", "premier"),  # the misspelling of TITLE_HEADS
    "pm": ("prime minister", "premier"),
    "chancellor": ("chancellor",),
    "president": ("president",),
    "minister": ("minister",),
    "foreign minister": ("foreign minister", "minister of foreign affairs"),
    "secretary": ("secretary",),
    "king": ("king",),
    "queen": ("queen",),
    "emperor": ("emperor",),
    "crown prince": ("crown prince", "prince"),
    "prince": ("prince",),
    "emir": ("emir",),
    "sultan": ("sultan",),
    "pope": ("pope",),
    "ambassador": ("ambassador",),
    "envoy": ("envoy",),
    "spokesman": ("spokesman", "spokesperson"),
    "spokeswoman": ("spokeswoman", "spokesperson"),
    "spokesperson": ("spokesperson", "spokesman", "spokeswoman"),
}

# Honorifics, UK (no dot) and US (dot) style, with the gender they imply (None: unknown).
HONORIFICS: dict[str, Gender | None] = {
    "Mr": "m",
    "Mrs": "f",
    "Ms": "f",
    "Miss": "f",
    "Dr": None,
    "Prof": None,
    "Sir": "m",
    "Dame": "f",
    "Lord": "m",
    "Lady": "f",
}

# Pronouns that point to a person, with their gender.
PRONOUNS: dict[str, Gender] = {
    "he": "m",
    "him": "m",
    "his": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
}

# Lower-case particles inside names: "Ursula von der Leyen", "Lula da Silva", "bin Salman".
NAME_PARTICLES: frozenset[str] = _words(
    "von van der den de da do dos das di del della la le du des bin bint ibn al el abu ben ter zu y"
)

# Prefixes glued to a name part with a hyphen or apostrophe: "al-Sudani", "d'Estaing".
NAME_PREFIXES: tuple[str, ...] = ("al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "d'", "d’")

# Capitalised words that are never part of a person's name in news copy: sentence openers,
# calendar words, and the heads of organisation, place and event names.
NON_NAME_WORDS: frozenset[str] = _words(
    """
    The A An This That These Those It Its He She His Her They Their We Our I You In On At For
    From With By But And Or If As After Before While When Where Why How What Who Whom Which
    Although Though Since Until During Under Over Also However Meanwhile Despite Both Each
    Some Many Several Most Other Another Such Not No Yes So Then There Here All Any Every
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    Spring Summer Autumn Winter
    Party Office Ministry Department Summit Agreement Treaty Pact Accord Partnership Plan
    Programme Program Initiative Union Council Commission Committee Parliament Congress Senate
    Assembly House Cabinet Government Court Agency Bank Fund Forum Group Organisation
    Organization Association Alliance Coalition Federation Institute University College School
    Company Corporation Corp Inc Ltd Co Holdings Capital Securities Airlines Airways Motors
    Times News Post Journal Rights Community
    Press Reuters Associated Agence Bloomberg Xinhua Kyodo Tass Television Radio Broadcasting
    Sea Ocean Gulf Strait Bay River Lake Mountain Mountains Island Islands Peninsula Pacific
    Atlantic Arctic Indian Street Avenue Square Palace Hall Airport Station Port Tower Centre
    Center Road Bridge Museum Stadium Hotel Castle Temple Shrine Cathedral Church
    North South East West Northern Southern Eastern Western Central
    Day Week Month Year Anniversary Games Olympics Expo Cup Conference Talks Dialogue Meeting
    Exchange Market Markets Index Strategy Framework Mechanism Vision Declaration Statement
    Memorandum Protocol Convention Charter Act Law Bill Order Doctrine Corridor Route Road
    Army Navy Force Forces Guard Command Police Service Services Council
    Prime Minister Ministers President Presidents Chancellor Secretary Secretaries King Queen
    Emperor Prince Princess Crown Foreign Defence Defense Finance Trade Deputy Vice Chief
    Spokesman Spokeswoman Spokesperson Ambassador Governor Senator Leader Leaders
    Director Directors Managing Executive Chairman Chairwoman Commissioner Mayor Envoy Premier
    Attorney Editor
    Mr Mrs Ms Miss Dr Drs Prof Sir Dame Lord Lady MP MEP CEO
    Sen Rep Gov Gen Lt Col Maj Sgt Adm Capt Supt Brig Brigadier Treasurer Superintendent Inspector
    Democratic Republican Liberal Conservative Labour Socialist Communist National People
    Peoples Social Christian Green Greens Workers Progressive Popular Revolutionary
    Global International Federal Royal Imperial Joint Special Strategic Economic Security
    Free Open Indo Asia Africa Europe America Americas Oceania Middle
    Internet Online Twitter Facebook Instagram TikTok YouTube Telegram WhatsApp LinkedIn
    God Allah Jesus Christmas Easter Ramadan Eid Diwali
    Reporting Writing Editing Additional
    Southeast Northeast Southwest Northwest Asian African Arab Latin Nordic Baltic Balkan
    Nations Foundation Basin Valley Region Province State Republic Kingdom
    Officials Analysts Diplomats Sources Critics Experts Observers Economists Investors
    Lawmakers Residents Protesters Authorities Negotiators Aides Witnesses Organisers Organizers
    Many Others Both
    Later Earlier Still Yet Now Today Tonight Yesterday Tomorrow Instead Separately Elsewhere
    Regarding Concerning Alongside Besides Via
    Asked Speaking According Like Unlike Following Amid Among Including Without Within Across
    Against Between Beyond Through Toward Towards Upon Once Nevertheless Moreover Furthermore
    Additionally Overall Finally First Second Third Last Next Only Even Just Indeed Perhaps Thus
    Therefore Hence Afterwards Later Last Recently Previously Currently Ahead Addressing Writing
    Standing Sitting Meeting Visiting Responding Welcoming Hosting Shaking Opening Closing
    Further Expressing Adding Noting Citing Calling Describing Commenting Saying Stressing
    Warning Urging Praising Explaining Referring Reacting Acknowledging Insisting Arguing
    """
)

# Titles of heads of state and government (lower case, matched at the end of a title).
LEADER_TITLES: tuple[str, ...] = (
    "prime minister",
    "president",
    "chancellor",
    "premier",
    "king",
    "queen",
    "emperor",
    "empress",
    "emir",
    "sultan",
    "crown prince",
)

# Words that end the name of an organisation, place or event: a run of name words directly
# before one of them ("Turkana Basin Alliance", "Southeast Asian Nations") is not a person.
ORGANISATION_HEADS: frozenset[str] = _words(
    """
    Party Office Ministry Department Summit Agreement Treaty Pact Accord Partnership Plan
    Programme Program Initiative Union Council Commission Committee Parliament Congress Senate
    Assembly House Cabinet Government Court Agency Bank Fund Forum Group Organisation
    Organization Association Alliance Coalition Federation Institute University College School
    Company Corporation Corp Inc Ltd Co Holdings Airlines Airways Motors Times News Post Journal
    Sea Ocean Gulf Strait Bay River Lake Island Islands Peninsula Street Avenue Square Palace Hall
    Airport Station Port Tower Centre Center Road Bridge Museum Stadium Hotel Foundation Nations
    Conference Declaration Framework Corridor Army Navy Force Forces Service Authority Board
    Basin Valley Region Province State Republic Kingdom Emirates Strategy Index Capital Securities
    Community Executive
    """
)

# Speech verbs in the forms wire copy uses them; the cue is reported as written.
SPEECH_VERB_STEMS: tuple[str, ...] = (
    "say",
    "said",
    "says",
    "saying",
    "told",
    "tell",
    "tells",
    "telling",
)

# Regular speech verbs: each stem takes -s/-es, -ed/-d and -ing forms.
SPEECH_VERB_LEMMAS: tuple[str, ...] = (
    "state",
    "note",
    "add",
    "emphasize",
    "emphasise",
    "warn",
    "insist",
    "declare",
    "stress",
    "remark",
    "explain",
    "argue",
    "announce",
    "reply",
    "respond",
    "observe",
    "underscore",
    "underline",
    "acknowledge",
    "admit",
    "claim",
    "urge",
    "vow",
    "pledge",
    "promise",
    "comment",
    "caution",
    "concede",
    "conclude",
    "confirm",
    "predict",
    "maintain",
    "assert",
    "affirm",
    "reaffirm",
    "reiterate",
    "recall",
    "suggest",
    "tweet",
    "post",
    "ask",
    "answer",
    "contend",
    "charge",
    "boast",
    "complain",
    "highlight",
    "describe",
    "call",
    "quip",
    "joke",
    "exclaim",
    "whisper",
    "shout",
    "report",
    "accuse",
    "echo",
    "hail",
    "welcome",
    "praise",
    "commend",
    "criticise",
    "criticize",
    "condemn",
    "denounce",
    "dismiss",
    "brand",
    "label",
    "term",
    "slam",
    # Real copy reports words with these too: "Gonzales alleged that …", "he indicated that the
    # principles are "…"", "yelled Rep. Meehan". ("believed" is left out: in "said he believed
    # that X "…"" it would give the words to whoever "he" is read as.)
    "allege",
    "indicate",
    "yell",
    "lament",
    "testify",
    "recount",
)

# Irregular past forms used as speech verbs.
SPEECH_VERB_IRREGULAR: tuple[str, ...] = (
    "wrote",
    "write",
    "writes",
    "writing",
    "continued",  # only the past form: "the talks were continuing" reports no speech
    "spoke",
    "speaks",
    "speaking",
    "put it",
    "pointed out",
    "points out",
    "pointing out",
)

# Adverbs that sit between a subject and its speech verb: "she later said", "he told reporters".
SPEECH_ADVERBS: frozenset[str] = _words(
    """also later then again earlier separately previously repeatedly recently once further
    simply flatly bluntly firmly publicly privately reportedly has had have was is would will
    had"""
)

# Organisation heads that can be the speaker of a quote: "the ministry said in a statement".
ORGANISATION_SPEAKERS: tuple[str, ...] = (
    "ministry",
    "foreign ministry",
    "defence ministry",
    "defense ministry",
    "state department",
    "foreign office",
    "white house",
    "kremlin",
    "elysee",
    "élysée",
    "government",
    "embassy",
    "office",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "company",
    "agency",
    "military",
    "army",
    "commission",
    "council",
    "secretariat",
    "palace",
    "cabinet",
    "presidency",
    "group",
    "organisation",
    "organization",
    "body",
    "charity",
    "movement",
    "militia",
    "bloc",
    "union",
    "alliance",
    "party",
    "firm",
    "coalition",
    "opposition",
)

# Organisation nouns that stand for the last organisation named ("the agency said" after "the
# World Food Programme said …"), whatever its own head word.
GENERIC_ORGANISATIONS: frozenset[str] = _words(
    """agency group organisation organization body charity movement militia bloc union
    alliance party company firm coalition"""
)

# Documents quoted as the source of words: "the statement said", "according to a communique".
# They are the subject of the speech verb, but not a speaker.
DOCUMENT_SOURCES: tuple[str, ...] = (
    "joint statement",
    "statement",
    "communique",
    "communiqué",
    "declaration",
    "report",
    "letter",
    "readout",
    "document",
    "draft",
)

# People quoted without a name: "a senior official said", "one diplomat remarked". They are the
# subject of the speech verb, so no one named earlier is credited, but there is no speaker name.
UNNAMED_SOURCES: tuple[str, ...] = (
    "official",
    "officials",
    "diplomat",
    "diplomats",
    "source",
    "sources",
    "aide",
    "analyst",
    "analysts",
    "observer",
    "negotiator",
    "person familiar",
    "people familiar",
    "lawmaker",
    "expert",
    "resident",
    "residents",
    "witness",
    "witnesses",
    "man",
    "woman",
    "spokesperson",
    "delegate",
    "envoy",
    "insider",
    "protester",
    "protesters",
    "activist",
    "activists",
    "campaigner",
    "campaigners",
    "critic",
    "critics",
)

# Plural sources quoted with no article at all: "Critics have claimed …", "analysts said". As
# subjects they are anonymous like "an official", so no one named nearby gets their words.
UNNAMED_GROUPS: frozenset[str] = _words(
    """critics analysts observers experts officials sources witnesses residents protesters
    campaigners activists opponents economists diplomats commentators academics scientists
    researchers"""
)

# A small table of first names common among world leaders and officials, for gender when the
# text gives no honorific or pronoun. Kept short on purpose: a miss costs little.
FEMALE_FIRST_NAMES: frozenset[str] = _words(
    """Ursula Giorgia Sanae Kamala Hillary Angela Theresa Liz Kemi Yvette Rachel Annalena Kaja
    Jacinda Sanna Mette Jacinta Roberta Christine Nancy Condoleezza Madeleine Marine Ségolène
    Claudia Dilma Cristina Michelle Hasina Yulia Maia Sviatlana Viola Mia Yoko
    Tomomi Yuriko Ingrid Helle Erna Kristalina Roberta Nicola Penny Priti Suella
    Gina Janet Linda Samantha Nikki Kristi Tulsi Pam Ana Maria Sara Sarah Anna
    Elena Olena Xiomara Droupadi Nirmala Beata Ewa Simonetta Zuzana Katalin Kersti
    Ngozi Amina Ellen Joyce Samia Catherine Elizabeth Camilla Margaret Julia Julie Laura Emma
    Helen Mary Jane Susan Karen Lisa Mariya Marie"""
)
MALE_FIRST_NAMES: frozenset[str] = _words(
    """Keir Rishi Boris Tony Gordon David John James Donald Joe Barack George Bill Marco Antony
    Mike Pete Scott Howard Emmanuel Friedrich Olaf Gerhard Helmut Mark Pedro Luiz Jair Javier
    Narendra Xi Vladimir Sergei Dmitry Volodymyr Andriy Recep Mohammed Mohammad Muhammad Abdullah
    Benjamin Isaac Yair Naftali Justin Stephen Anthony Scott Fumio Shigeru Shinzo Yoshihide
    Yoshimasa Takeshi Taro Anwar Prabowo Joko Ferdinand
    Rodrigo Cyril Bola William Abiy Paul Charles Felipe Carlos Philippe Frank Alexander Alexandre
    Sergio Matteo Mario Giuseppe Silvio Antonio Kyriakos Viktor Robert Andrzej Donald Petr Jens
    Mark Ulf Lars Jonas Alar Gitanas Edgars Luis Gustavo Lula Gabriel Alberto Javier Nicolas
    Andrés Daniel Michael Peter Thomas Richard Christopher Jean Pierre Jacques Nicolas Francois
    François Hakainde Anthony Chris Jim Tom Ted Lloyd Jake Jake Antonio Rafael Shehbaz Imran
    Tamim Salman Mahmoud Abdel Fattah Bashar Ali Hassan Masoud Ebrahim Recep Ilham Nikol
    Kassym-Jomart Shavkat Manet Lawrence Ram"""
)
