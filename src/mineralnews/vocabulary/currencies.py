"""Currencies as news writes them, and their ISO 4217 codes; the units prices are per.

To teach mineralnews a currency, add its spelling to the table for where it
stands: before the figure (:data:`SIGNS`, :data:`DOLLAR_PREFIXES`,
:data:`CODES`) or after it (:data:`WORDS`, :data:`SUFFIX_CODES`). A value of
``None`` is "the dollar": USD unless the article states that its amounts are
in another dollar (see :data:`STATED_DOLLARS`).
"""

from __future__ import annotations

__all__ = [
    "CENT_CODES",
    "CODES",
    "COUNTABLE_NOUNS",
    "DOLLAR_CODES",
    "DOLLAR_PREFIXES",
    "DOLLAR_SUFFIXES",
    "NEEDS_MAGNITUDE",
    "PER_UNITS",
    "SIGNS",
    "SPACED_DOLLAR_PREFIXES",
    "STATED_DOLLARS",
    "SUBUNIT_PREFIXES",
    "SUBUNIT_WORDS",
    "SUFFIX_CODES",
    "UNIT_MODIFIERS",
    "WORDS",
]

#: Letters written against "$": "US$", "C$", "A$", "HK$", "R$". The empty
#: prefix is the bare "$".
DOLLAR_PREFIXES: dict[str, str | None] = {
    "": None,
    "US": "USD",
    "U.S.": "USD",
    "USD": "USD",
    "C": "CAD",
    "CA": "CAD",
    "CAD": "CAD",
    "Can": "CAD",
    "CAN": "CAD",
    "Cdn": "CAD",
    "CDN": "CAD",
    "A": "AUD",
    "AU": "AUD",
    "AUD": "AUD",
    "Aus": "AUD",
    "AUS": "AUD",
    "NZ": "NZD",
    "NZD": "NZD",
    "HK": "HKD",
    "HKD": "HKD",
    "S": "SGD",
    "SG": "SGD",
    "SGD": "SGD",
    "R": "BRL",
    "MX": "MXN",
    "Mex": "MXN",
    "NT": "TWD",
}

#: Letters written after "$" in some papers: "$US50", "$A1.2 billion". Each
#: is also in :data:`DOLLAR_PREFIXES`, which gives its code.
DOLLAR_SUFFIXES: tuple[str, ...] = ("US", "A", "AU", "AUD", "NZ", "C", "Can", "CAN", "HK")

#: Prefixes that may stand a space apart from their "$" ("Cdn $667,000").
#: Not "A" or "C": "A $5 million loan" opens a sentence with an article.
SPACED_DOLLAR_PREFIXES: frozenset[str] = frozenset(
    {"US", "U.S.", "Cdn", "CDN", "Can", "CAN", "AU", "Aus", "NZ", "HK"}
)

#: Currency signs and abbreviations written before the figure.
SIGNS: dict[str, str] = {
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₦": "NGN",
    "₱": "PHP",
    "₪": "ILS",
    "Rs.": "INR",
    "Rs": "INR",
    "RMB": "CNY",
}

#: ISO 4217 codes, written in capitals before the figure ("USD34.6 million",
#: "GBP 27 million").
CODES: dict[str, str] = {
    code: code
    for code in [
        "USD",
        "CAD",
        "AUD",
        "NZD",
        "HKD",
        "SGD",
        "GBP",
        "EUR",
        "JPY",
        "CNY",
        "CNH",
        "CHF",
        "ZAR",
        "BRL",
        "INR",
        "MXN",
        "KRW",
        "RUB",
        "SEK",
        "NOK",
        "DKK",
        "PLN",
        "TRY",
        "IDR",
        "MYR",
        "THB",
        "PHP",
        "CLP",
        "PEN",
        "COP",
        "ARS",
        "ILS",
        "AED",
        "SAR",
        "NGN",
        "GHS",
        "KZT",
        "TWD",
        "ZMW",
    ]
}

#: Codes also read after the figure ("500 million EUR"): the ones that are
#: not English words or common abbreviations in capitals.
SUFFIX_CODES: dict[str, str] = {
    code: code
    for code in [
        "USD",
        "CAD",
        "AUD",
        "NZD",
        "HKD",
        "SGD",
        "GBP",
        "EUR",
        "JPY",
        "CNY",
        "CHF",
        "ZAR",
        "BRL",
        "INR",
        "MXN",
        "KRW",
        "RUB",
        "SEK",
        "NOK",
        "DKK",
    ]
}

#: Currency words written after the figure ("1.5 billion dollars",
#: "5 million Canadian dollars"), matched in any case.
WORDS: dict[str, str | None] = {
    "dollars": None,
    "dollar": None,
    "US dollars": "USD",
    "U.S. dollars": "USD",
    "American dollars": "USD",
    "Canadian dollars": "CAD",
    "Australian dollars": "AUD",
    "New Zealand dollars": "NZD",
    "Hong Kong dollars": "HKD",
    "Singapore dollars": "SGD",
    "Taiwan dollars": "TWD",
    "New Taiwan dollars": "TWD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "British pounds": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "Japanese yen": "JPY",
    "yuan": "CNY",
    "Chinese yuan": "CNY",
    "renminbi": "CNY",
    "rand": "ZAR",
    "South African rand": "ZAR",
    "Swiss francs": "CHF",
    "rupees": "INR",
    "Indian rupees": "INR",
    "roubles": "RUB",
    "rubles": "RUB",
    "reais": "BRL",
    "Brazilian reais": "BRL",
    "Mexican pesos": "MXN",
    "Chilean pesos": "CLP",
    "Colombian pesos": "COP",
    "Argentine pesos": "ARS",
    "Philippine pesos": "PHP",
    "won": "KRW",
    "Korean won": "KRW",
    "South Korean won": "KRW",
    "Swedish kronor": "SEK",
    "kronor": "SEK",
    "Norwegian kroner": "NOK",
    "Danish kroner": "DKK",
    "zlotys": "PLN",
    "zloty": "PLN",
    "rupiah": "IDR",
    "ringgit": "MYR",
    "baht": "THB",
    "dirhams": "AED",
    "riyals": "SAR",
    "shekels": "ILS",
    "lira": "TRY",
    "naira": "NGN",
    "cedis": "GHS",
    "kwacha": "ZMW",
    "tenge": "KZT",
}

#: Words that are money only after a magnitude: "3 trillion won", never
#: "the team 5 won".
NEEDS_MAGNITUDE: frozenset[str] = frozenset({"won"})

#: Dollar currencies: the ones cents and a stated "$" may belong to.
DOLLAR_CODES: frozenset[str] = frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "MXN"})

#: The currencies plain cents ("66c", "90 cents") may belong to: the dollars,
#: and the rand of a text whose amounts are mostly rand.
CENT_CODES: frozenset[str] = DOLLAR_CODES | {"ZAR"}

#: Hundredths written as words after a figure ("90 cents", "84 pence", "5 US
#: cents"), matched in any case, and the currency each is a hundredth of:
#: None for cents of the article's own dollar.
SUBUNIT_WORDS: dict[str, str | None] = {
    "cent": None,
    "cents": None,
    "pence": "GBP",
    "US cents": "USD",
    "U.S. cents": "USD",
    "Canadian cents": "CAD",
    "Australian cents": "AUD",
    "New Zealand cents": "NZD",
    "NZ cents": "NZD",
    "Hong Kong cents": "HKD",
    "Singapore cents": "SGD",
    "euro cents": "EUR",
    "South African cents": "ZAR",
    "SA cents": "ZAR",
    # Before a noun, singular: "a 3.5 Australian cent dividend".
    "US cent": "USD",
    "U.S. cent": "USD",
    "Canadian cent": "CAD",
    "Australian cent": "AUD",
    "New Zealand cent": "NZD",
    "NZ cent": "NZD",
    "Hong Kong cent": "HKD",
    "Singapore cent": "SGD",
    "euro cent": "EUR",
    "South African cent": "ZAR",
    "SA cent": "ZAR",
}

#: Letters written against a figure in cents: "US12.5c", "A8.5c".
SUBUNIT_PREFIXES: dict[str, str] = {"US": "USD", "A": "AUD", "AU": "AUD", "NZ": "NZD"}

#: How an article names the dollar its bare "$" amounts are in: "all amounts
#: are in Canadian dollars", "All figures in C$", "(expressed in US dollars)".
STATED_DOLLARS: dict[str, str] = {
    "Canadian dollars": "CAD",
    "Canadian dollar": "CAD",
    "C$": "CAD",
    "CAD": "CAD",
    "CDN$": "CAD",
    "Cdn$": "CAD",
    "Australian dollars": "AUD",
    "Australian dollar": "AUD",
    "A$": "AUD",
    "AUD": "AUD",
    "US dollars": "USD",
    "U.S. dollars": "USD",
    "United States dollars": "USD",
    "US$": "USD",
    "USD": "USD",
    "New Zealand dollars": "NZD",
    "NZ$": "NZD",
    "Hong Kong dollars": "HKD",
    "HK$": "HKD",
    "Singapore dollars": "SGD",
}

#: The unit a price is per, as written after "per", "a", "an" or "/" ->
#: the singular noun. Matched in any case.
PER_UNITS: dict[str, str] = {
    "ounce": "ounce",
    "ounces": "ounce",
    "oz": "ounce",
    "tonne": "tonne",
    "tonnes": "tonne",
    "t": "tonne",
    "mt": "tonne",
    "dmt": "tonne",
    "wmt": "tonne",
    "ton": "ton",
    "tons": "ton",
    "dmtu": "dmtu",
    "mtu": "mtu",
    "pound": "pound",
    "lb": "pound",
    "lbs": "pound",
    "share": "share",
    "sh": "share",
    "unit": "unit",
    "warrant": "warrant",
    "barrel": "barrel",
    "bbl": "barrel",
    "kilogram": "kilogram",
    "kilo": "kilogram",
    "kg": "kilogram",
    "gram": "gram",
    "g": "gram",
    "carat": "carat",
    "ct": "carat",
    "MMBtu": "MMBtu",
    "megawatt hour": "megawatt hour",
    "megawatt-hour": "megawatt hour",
    "MWh": "megawatt hour",
    "kilowatt hour": "kilowatt hour",
    "kilowatt-hour": "kilowatt hour",
    "kWh": "kilowatt hour",
    "gallon": "gallon",
    "litre": "litre",
    "liter": "litre",
    "bushel": "bushel",
}

#: Words between "per" and its unit that do not change it: "per diluted share",
#: "a troy ounce", "per dry metric tonne".
UNIT_MODIFIERS: tuple[str, ...] = (
    "fully diluted",
    "diluted",
    "basic",
    "common",
    "ordinary",
    "troy",
    "dry metric",
    "wet metric",
    "metric",
    "short",
    "long",
)

#: Nouns that "each" or "apiece" refers back to: "shares at 8.5c each",
#: "units at C$0.125 apiece". Plural and singular -> the singular.
COUNTABLE_NOUNS: dict[str, str] = {
    "shares": "share",
    "share": "share",
    "units": "unit",
    "unit": "unit",
    "warrants": "warrant",
    "warrant": "warrant",
    "ounces": "ounce",
    "ounce": "ounce",
    "tonnes": "tonne",
    "tonne": "tonne",
    "notes": "note",
    "note": "note",
}
