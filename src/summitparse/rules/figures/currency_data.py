"""Currency signs, codes and names as English news writes them, mapped to ISO 4217.

Sources: ISO 4217 (current codes come from pycountry at run time; the withdrawn European codes
that old wire copy still uses are listed here), the Unicode currency-symbol block, and the house
styles of Reuters, AP and the Financial Times ("US$", "HK$", "Rs", "RM", "1.5 trillion yen").

A value of ``None`` means the sign or name is a currency but does not say which one ("kr" is
Swedish, Norwegian or Danish; a bare "dinar" could be any of eight): the finder still reports the
money figure and leaves ``currency`` empty rather than guess.
"""

from __future__ import annotations

# Single-character signs. "$" is USD and "¥" JPY by default; the finder overrides "¥" with CNY
# when the text speaks of yuan or renminbi (see figures.py).
SYMBOLS: dict[str, str | None] = {
    "$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "￥": "JPY",
    "¢": None,
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₪": "ILS",
    "₡": "CRC",
    "₾": "GEL",
    "₴": "UAH",
    "₦": "NGN",
    "₱": "PHP",
    "₫": "VND",
    "฿": "THB",
    "₭": "LAK",
    "₮": "MNT",
    "₲": "PYG",
    "₵": "GHS",
    "₸": "KZT",
    "₼": "AZN",
    "৳": "BDT",
    "₨": "INR",
    "₣": None,
    "円": "JPY",
    "元": "CNY",
    "﷼": None,
}

# Letter abbreviations written like signs, next to the number ("Rs 500 crore", "RM42", "590 Kč").
# Matched case-sensitively: "Ft" and "kr" are everyday words or syllables in other cases.
ABBREVIATIONS: dict[str, str | None] = {
    "Rs": "INR",
    "Rs.": "INR",
    "rs": "INR",
    "RS": "INR",
    "RM": "MYR",
    "Rp": "IDR",
    "Rp.": "IDR",
    "Kč": "CZK",
    "zł": "PLN",
    "Ft": "HUF",
    "kr": None,
    "Kr": None,
    "kr.": None,
    "NIS": "ILS",
    "DM": "DEM",
    "dm": "DEM",
    "RMB": "CNY",
    "rmb": "CNY",
    "Dh": "AED",
    "Dhs": "AED",
    "KSh": "KES",
    "Tk": "BDT",
    "Fr.": "CHF",
    "SFr.": "CHF",
    "SFr": "CHF",
    "CDN": "CAD",
    "руб.": "RUB",
    "руб": "RUB",
    "лв": "BGN",
    "lv": "BGN",
}

# Letters written before "$" ("US$", "HK$", "A$") or before a spaced "$" in tokenised wire text
# ("us $", "c $"). Keys are lower-case with dots and spaces removed. A three-letter ISO code
# before "$" ("SGD$", "nzd$") stands for itself and needs no entry.
DOLLAR_PREFIXES: dict[str, str] = {
    "us": "USD",
    "a": "AUD",
    "au": "AUD",
    "c": "CAD",
    "ca": "CAD",
    "can": "CAD",
    "cdn": "CAD",
    "hk": "HKD",
    "nz": "NZD",
    "s": "SGD",
    "sg": "SGD",
    "nt": "TWD",
    "r": "BRL",
    "mx": "MXN",
    "z": "ZWL",
    "j": "JMD",
    "tt": "TTD",
    "ec": "XCD",
    "bds": "BBD",
    "bz": "BZD",
    "n": "NAD",
    "rd": "DOP",
    "fj": "FJD",
    "ci": "KYD",
}

# Prefixes that may stand apart from a spaced "$" in tokenised text without being read as an
# English word: "a $ 4 billion" is the article "a", and "' s $" a possessive, so those two are
# only prefixes when written together with the sign.
SPACED_DOLLAR_PREFIXES = frozenset({"us", "c", "hk", "nz", "nt", "can", "cdn", "au", "sg", "ca"})

# Withdrawn ISO 4217 codes still seen in news archives, and market codes that are not ISO.
EXTRA_CODES: dict[str, str] = {
    "FIM": "FIM",
    "FRF": "FRF",
    "DEM": "DEM",
    "ITL": "ITL",
    "ESP": "ESP",
    "NLG": "NLG",
    "BEF": "BEF",
    "ATS": "ATS",
    "IEP": "IEP",
    "PTE": "PTE",
    "GRD": "GRD",
    "RMB": "CNY",
    "CNH": "CNY",
    "NIS": "ILS",
    "HRK": "HRK",
}

# ISO codes that are also English words in capitals ("ALL 27 members", "TOP 10"); they count as
# never read as currencies.
WORD_LIKE_CODES = frozenset({"ALL", "TOP", "CUP", "MOP", "BAM", "SOS"})

# Codes accepted in lower case too ("half million usd", "40 rmb", "mxn$ 15"); the rest must be
# written in capitals, because lower-case three-letter words ("try", "all", "top") are English.
LOWERCASE_CODES = frozenset(
    {
        "usd", "eur", "gbp", "jpy", "cny", "rmb", "inr", "aud", "cad", "chf", "nzd", "sgd",
        "hkd", "krw", "rub", "brl", "mxn", "zar", "sek", "nok", "dkk", "pln", "czk", "huf",
        "ils", "myr", "idr", "thb", "vnd", "twd", "sar", "qar", "kwd", "egp", "ngn", "kes",
        "pkr", "bdt", "uah", "kzt", "ron", "bgn", "isk", "ars", "clp", "cop", "pen", "aed",
        "musd", "meur",
    }
)  # fmt: skip

# Currency names: base word (singular and plural forms) → default code.
# The default applies when no adjective says otherwise.
BASE_NAMES: dict[str, str | None] = {
    "dollar": "USD",
    "dollars": "USD",
    "buck": "USD",
    "bucks": "USD",
    "dlr": "USD",
    "dlrs": "USD",
    "stg": "GBP",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "won": "KRW",
    "rupee": "INR",
    "rupees": "INR",
    "franc": "CHF",
    "francs": "CHF",
    "ringgit": "MYR",
    "ringgits": "MYR",
    "rupiah": "IDR",
    "rupiahs": "IDR",
    "baht": "THB",
    "dong": "VND",
    "peso": None,
    "pesos": None,
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "lira": "TRY",
    "liras": "TRY",
    "lire": "ITL",
    "shekel": "ILS",
    "shekels": "ILS",
    "sheqel": "ILS",
    "sheqalim": "ILS",
    "riyal": "SAR",
    "riyals": "SAR",
    "rial": "IRR",
    "rials": "IRR",
    "dirham": "AED",
    "dirhams": "AED",
    "dinar": None,
    "dinars": None,
    "naira": "NGN",
    "cedi": "GHS",
    "cedis": "GHS",
    "rand": "ZAR",
    "reais": "BRL",
    "real": "BRL",
    "zloty": "PLN",
    "zlotys": "PLN",
    "zlotych": "PLN",
    "forint": "HUF",
    "forints": "HUF",
    "koruna": "CZK",
    "korunas": "CZK",
    "korun": "CZK",
    "krona": "SEK",
    "kronor": "SEK",
    "krone": None,
    "kroner": None,
    "kronur": "ISK",
    "crown": None,
    "crowns": None,
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "hryvnya": "UAH",
    "tenge": "KZT",
    "som": None,
    "soms": None,
    "manat": None,
    "manats": None,
    "lari": "GEL",
    "laris": "GEL",
    "dram": "AMD",
    "drams": "AMD",
    "lek": "ALL",
    "leke": "ALL",
    "leu": "RON",
    "lei": "RON",
    "lev": "BGN",
    "leva": "BGN",
    "kuna": "HRK",
    "kunas": "HRK",
    "taka": "BDT",
    "takas": "BDT",
    "kyat": "MMK",
    "kyats": "MMK",
    "riel": "KHR",
    "riels": "KHR",
    "kip": "LAK",
    "afghani": "AFN",
    "afghanis": "AFN",
    "tugrik": "MNT",
    "tugriks": "MNT",
    "tugrug": "MNT",
    "tugrugs": "MNT",
    "birr": "ETB",
    "shilling": None,
    "shillings": None,
    "kwacha": None,
    "colon": "CRC",
    "colons": "CRC",
    "colones": "CRC",
    "bolivar": "VES",
    "bolivars": "VES",
    "bolivares": "VES",
    "sol": "PEN",
    "soles": "PEN",
    "guarani": "PYG",
    "guaranis": "PYG",
    "quetzal": "GTQ",
    "quetzales": "GTQ",
    "quetzals": "GTQ",
    "lempira": "HNL",
    "lempiras": "HNL",
    "cordoba": "NIO",
    "cordobas": "NIO",
    "somoni": "TJS",
    "denar": "MKD",
    "denars": "MKD",
    "denari": "MKD",
    "markka": "FIM",
    "markkas": "FIM",
    "markkaa": "FIM",
    "mark": "DEM",
    "marks": "DEM",
    "deutschmark": "DEM",
    "deutschmarks": "DEM",
    "guilder": "NLG",
    "guilders": "NLG",
    "peseta": "ESP",
    "pesetas": "ESP",
    "escudo": "PTE",
    "escudos": "PTE",
    "drachma": "GRD",
    "drachmas": "GRD",
    "drachmae": "GRD",
    "schilling": "ATS",
    "schillings": "ATS",
    "punt": "IEP",
    "punts": "IEP",
    # The less common ones, each a single currency (ISO 4217 names and their plurals).
    "kwanza": "AOA",
    "kwanzas": "AOA",
    "florin": "AWG",
    "florins": "AWG",
    "ngultrum": "BTN",
    "ngultrums": "BTN",
    "boliviano": "BOB",
    "bolivianos": "BOB",
    "pula": "BWP",
    "nakfa": "ERN",
    "dalasi": "GMD",
    "dalasis": "GMD",
    "gourde": "HTG",
    "gourdes": "HTG",
    "loti": "LSL",
    "maloti": "LSL",
    "pataca": "MOP",
    "patacas": "MOP",
    "ariary": "MGA",
    "rufiyaa": "MVR",
    "ouguiya": "MRU",
    "ouguiyas": "MRU",
    "metical": "MZN",
    "meticais": "MZN",
    "meticals": "MZN",
    "balboa": "PAB",
    "balboas": "PAB",
    "kina": "PGK",
    "leone": "SLE",
    "leones": "SLE",
    "tala": "WST",
    "dobra": "STN",
    "dobras": "STN",
    "lilangeni": "SZL",
    "emalangeni": "SZL",
    "paanga": "TOP",
    "pa'anga": "TOP",
    "vatu": "VUV",
    "córdoba": "NIO",
    "córdobas": "NIO",
    "guaraní": "PYG",
    "guaranies": "PYG",
    "złoty": "PLN",
    "złotys": "PLN",
    "bolívar": "VES",
    "bolívares": "VES",
    "króna": "ISK",
    "krónur": "ISK",
    "tögrög": "MNT",
    "colón": "CRC",
    "colóns": "CRC",
    "renminbi yuan": "CNY",
    "yuan renminbi": "CNY",
}

# Sub-units and the currency name each is a part of, with how many make one: "50 cents" is 0.50 of
# a dollar-like currency (which one only a qualifier or the sentence can say: "U.S. cents", "euro
# cents", "fell 75 cents to $32.96"), "7 pence" 0.07 of a pound. Figures are given in the main
# unit so that amounts in one currency add up, whatever unit the copy wrote them in.
SUBUNITS: dict[str, tuple[str, int]] = {
    "cent": ("dollar", 100), "cents": ("dollar", 100), "¢": ("dollar", 100),
    "pence": ("pound", 100), "penny": ("pound", 100), "pennies": ("pound", 100),
    "p": ("pound", 100),
    "kopeck": ("ruble", 100), "kopecks": ("ruble", 100), "kopek": ("ruble", 100),
    "kopeks": ("ruble", 100), "paise": ("rupee", 100), "centime": ("franc", 100),
    "centimes": ("franc", 100), "fils": ("dinar", 1000), "halalas": ("riyal", 100),
    "satang": ("baht", 100),
}  # fmt: skip
SUBUNIT_NAMES = frozenset(name for name in SUBUNITS if name.isalpha() and len(name) > 1)

# Base names that are also everyday English words or verbs; they are a currency only after a
# number ("5 trillion won", "20 rand"), never before one ("won 52 seats", "mark 10 years").
AMBIGUOUS_BASES = frozenset(
    {"won", "pound", "pounds", "mark", "marks", "real", "rand", "sol", "som", "lek", "kip", "lei",
     "lev", "dong", "crown", "crowns", "colon", "buck", "bucks", "punt", "punts", "dram", "drams",
     "sterling", "franc", "francs", "dlr", "dlrs", "stg"}
)  # fmt: skip

# Bases that need a qualifying adjective to be money at all: "the 10,000 mark" is a
# milestone, "a real 5%" an adjective and "two drams" whisky, while "10 Deutsche marks" and
# "5 Brazilian real" are money. Plural "marks" after a number is money (old wire copy quotes the
# dollar "at 1.8470 marks").
NEEDS_ADJECTIVE = frozenset(
    {"mark", "real", "colon", "colons", "sol", "punt", "punts", "dram", "drams"}
)

# (adjective, base family) → code. The family is the base name's singular stem, see
# BASE_FAMILY below. Adjectives are lower-case; country names stand in for adjectives too
# ("malaysia ringgit", "hong kong dollars").
_DOLLAR = {
    "us": "USD", "u.s.": "USD", "u. s.": "USD", "u . s .": "USD", "american": "USD",
    "united states": "USD", "australian": "AUD", "aussie": "AUD", "canadian": "CAD",
    "hong kong": "HKD", "new zealand": "NZD", "singapore": "SGD", "singaporean": "SGD",
    "taiwan": "TWD", "new taiwan": "TWD", "taiwanese": "TWD", "zimbabwe": "ZWL",
    "zimbabwean": "ZWL", "jamaican": "JMD", "namibian": "NAD", "fiji": "FJD", "fijian": "FJD",
    "brunei": "BND", "east caribbean": "XCD", "liberian": "LRD", "bahamian": "BSD",
    "barbados": "BBD", "barbadian": "BBD", "belize": "BZD", "trinidad and tobago": "TTD",
    "guyanese": "GYD", "surinamese": "SRD", "cayman islands": "KYD", "bermudian": "BMD",
    "solomon islands": "SBD",
}  # fmt: skip
_POUND = {
    "british": "GBP", "uk": "GBP", "u.k.": "GBP", "egyptian": "EGP", "lebanese": "LBP",
    "syrian": "SYP", "sudanese": "SDG", "south sudanese": "SSP", "irish": "IEP",
    "cypriot": "CYP", "gibraltar": "GIP", "falkland islands": "FKP",
}  # fmt: skip
_FRANC = {
    "swiss": "CHF", "french": "FRF", "belgian": "BEF", "luxembourg": "LUF", "cfa": "XOF",
    "west african cfa": "XOF", "central african cfa": "XAF", "congolese": "CDF",
    "rwandan": "RWF", "burundian": "BIF", "burundi": "BIF", "guinean": "GNF",
    "djiboutian": "DJF", "comorian": "KMF", "malagasy": "MGA",
}  # fmt: skip
_RUPEE = {
    "indian": "INR", "pakistani": "PKR", "sri lankan": "LKR", "nepalese": "NPR",
    "nepali": "NPR", "mauritian": "MUR", "seychellois": "SCR",
}  # fmt: skip
_PESO = {
    "mexican": "MXN", "argentine": "ARS", "argentinian": "ARS", "chilean": "CLP",
    "colombian": "COP", "philippine": "PHP", "filipino": "PHP", "cuban": "CUP",
    "dominican": "DOP", "uruguayan": "UYU",
}  # fmt: skip
_DINAR = {
    "kuwaiti": "KWD", "iraqi": "IQD", "jordanian": "JOD", "bahraini": "BHD", "libyan": "LYD",
    "tunisian": "TND", "algerian": "DZD", "serbian": "RSD",
}  # fmt: skip
_RIYAL = {
    "saudi": "SAR", "saudi arabian": "SAR", "qatari": "QAR", "omani": "OMR", "iranian": "IRR",
    "yemeni": "YER",
}  # fmt: skip
_DIRHAM = {
    "uae": "AED", "emirati": "AED", "emirates": "AED", "united arab emirates": "AED",
    "moroccan": "MAD",
}  # fmt: skip
_SHILLING = {
    "kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS", "somali": "SOS", "austrian": "ATS",
}  # fmt: skip
_CROWN = {
    "danish": "DKK", "norwegian": "NOK", "swedish": "SEK", "icelandic": "ISK", "czech": "CZK",
    "estonian": "EEK", "slovak": "SKK",
}  # fmt: skip
_ROUBLE = {"russian": "RUB", "belarusian": "BYN", "belarus": "BYN"}
_LIRA = {"turkish": "TRY", "italian": "ITL", "maltese": "MTL"}
_WON = {"south korean": "KRW", "korean": "KRW", "north korean": "KPW"}
_KWACHA = {"zambian": "ZMW", "malawian": "MWK"}
_MANAT = {
    "azerbaijani": "AZN", "azeri": "AZN", "turkmen": "TMT", "turkmenistan": "TMT",
    "turkmenistani": "TMT",
}  # fmt: skip
_SOM = {"uzbek": "UZS", "uzbekistani": "UZS", "kyrgyz": "KGS", "kyrgyzstani": "KGS"}
_LEU = {"romanian": "RON", "moldovan": "MDL"}
_MARK = {"german": "DEM", "deutsche": "DEM", "d-": "DEM", "finnish": "FIM"}
_SINGLE = {
    "chinese": "CNY", "japanese": "JPY", "brazilian": "BRL", "south african": "ZAR",
    "nigerian": "NGN", "ghanaian": "GHS", "ethiopian": "ETB", "mongolian": "MNT",
    "ukrainian": "UAH", "kazakh": "KZT", "kazakhstani": "KZT", "georgian": "GEL",
    "armenian": "AMD", "bulgarian": "BGN", "hungarian": "HUF", "polish": "PLN",
    "croatian": "HRK", "thai": "THB", "vietnamese": "VND", "malaysian": "MYR", "malaysia": "MYR",
    "indonesian": "IDR", "indonesia": "IDR", "bangladeshi": "BDT", "cambodian": "KHR",
    "lao": "LAK", "laotian": "LAK", "myanmar": "MMK", "burmese": "MMK", "afghan": "AFN",
    "costa rican": "CRC", "venezuelan": "VES", "peruvian": "PEN", "israeli": "ILS",
    "new israeli": "ILS", "dutch": "NLG", "spanish": "ESP", "portuguese": "PTE",
    "greek": "GRD", "tajik": "TJS", "tajikistani": "TJS", "macedonian": "MKD", "albanian": "ALL",
    "paraguayan": "PYG", "guatemalan": "GTQ", "honduran": "HNL", "nicaraguan": "NIO",
    "european": "EUR", "new": "",
}  # fmt: skip

BASE_FAMILY: dict[str, dict[str, str]] = {
    "dollar": _DOLLAR,
    "pound": _POUND,
    "franc": _FRANC,
    "rupee": _RUPEE,
    "peso": _PESO,
    "dinar": _DINAR,
    "riyal": _RIYAL,
    "rial": _RIYAL,
    "dirham": _DIRHAM,
    "shilling": _SHILLING,
    "crown": _CROWN,
    "krone": _CROWN,
    "krona": _CROWN,
    "koruna": _CROWN,
    "rouble": _ROUBLE,
    "ruble": _ROUBLE,
    "lira": _LIRA,
    "won": _WON,
    "kwacha": _KWACHA,
    "manat": _MANAT,
    "som": _SOM,
    "leu": _LEU,
    "mark": _MARK,
    "markka": _MARK,
}

# Plural and variant spellings → the family stem used in BASE_FAMILY.
STEMS: dict[str, str] = {
    "dollars": "dollar", "pounds": "pound", "francs": "franc", "rupees": "rupee",
    "pesos": "peso", "dinars": "dinar", "riyals": "riyal", "rials": "rial",
    "dirhams": "dirham", "shillings": "shilling", "crowns": "crown", "kroner": "krone",
    "kronor": "krona", "kronur": "krona", "korunas": "koruna", "korun": "koruna",
    "roubles": "rouble", "rubles": "ruble", "liras": "lira", "lire": "lira", "manats": "manat",
    "soms": "som", "lei": "leu", "marks": "mark", "deutschmark": "mark",
    "deutschmarks": "mark", "markkas": "markka", "markkaa": "markka",
}  # fmt: skip


def all_adjectives() -> list[str]:
    """Every adjective any family knows, for building the name pattern."""
    adjectives = set(_SINGLE)
    for family in BASE_FAMILY.values():
        adjectives.update(family)
    adjectives.discard("new")
    adjectives.discard("d-")
    return sorted(adjectives, key=len, reverse=True)


def adjective_code(adjective: str, base: str) -> str | None:
    """The currency an adjective gives a base name ("swiss" + "francs" → CHF), if it knows one."""
    stem = STEMS.get(base, base)
    family = BASE_FAMILY.get(stem)
    if family is not None and adjective in family:
        return family[adjective]
    code = _SINGLE.get(adjective)
    return code or None
