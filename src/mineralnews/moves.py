"""Price moves: what moved, which way, by how much, and when.

Contract: :func:`find_moves` takes any ``str`` and returns the percentage
price changes it reports, in order of appearance, or nothing; it never
raises on text and runs in time linear in its length.

A move is anchored on a percentage and the words around it:

- the direction, from a verb or particle before the figure (``rose 3%``,
  ``up 3%``, ``lost 84p, or 1.5 per cent``), an adjective or noun after it
  (``16.86% higher``, ``a 14.2% surge``), or a word that carries on the
  previous move (``an additional 8.89%``); hedges (``as much as``,
  ``nearly``, ``more than``) stay out of the value;
- what moved: the subject of the clause — a company, index, sector or
  commodity — or, for ``it``, ``the stock``, ``shares``, ``the company``,
  ``the index``, the last one named; figures joined by ``and`` are given to
  subjects joined by ``and``, in order;
- its symbol: the listing the article gives that subject anywhere — an
  exchange listing (``(NYSE: MP)``), a bare symbol after the name
  (``Cameco Corp. CCJ``, ``S&P 500 (SPX)``) or a Reuters code
  (``BHP BHP.AX``, ``.AXJO``); None when the article gives none;
- the session (``pre-market``, ``after-hours``, ``regular``) and the period
  (``over the past 24 hours``) when written.

Not moves: shares of a total (``80% of imports``), stakes, premiums, caps
(``up to 5%``), levels (``rose to 5%``, ``from 3% to 4%``), rates, yields,
tariffs, and growth of figures that are not prices (``revenue rose 12%``).
The vocabulary is :mod:`mineralnews.vocabulary.moves`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import attrs
import regex

from mineralnews._patterns import letter_tree
from mineralnews._text import ensure_text, link_spans
from mineralnews.model import Direction, Percent, PriceMove, Ticker, _builder
from mineralnews.numbers import lowered
from mineralnews.percents import find_percents
from mineralnews.tickers import find_tickers
from mineralnews.vocabulary.calendar import MONTHS
from mineralnews.vocabulary.exchanges import EXCHANGES, mic_for
from mineralnews.vocabulary.moves import (
    ADJECTIVES,
    AUXILIARIES,
    CAUSATIVES,
    COMMODITIES,
    COMMODITY_EXCHANGES,
    CONTINUATIONS,
    CURRENCY_WORDS,
    HYPOTHETICALS,
    INDEX_WORDS,
    NON_MOVE_AFTER,
    NON_PRICE_HEADS,
    NOUNS,
    OFF_VERBS,
    PERIODS,
    PLACES,
    QUALIFIERS,
    REFERENCES,
    SECTORS,
    SESSIONS,
    SUBJECT_STOPWORDS,
    VENUE_CITIES,
    VERBS,
)
from mineralnews.vocabulary.names import CORPORATE_SUFFIXES, INDUSTRY_TAILS, NAME_ABBREVIATIONS
from mineralnews.vocabulary.units import QUANTITY_UNITS

__all__ = ["find_moves"]

# -- grammar -------------------------------------------------------------------


def _words(phrases: Iterable[str]) -> str:
    """An alternation of phrases, longest first, spaces matching any run of spaces."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(regex.escape(p).replace(r"\ ", r"\s++") for p in ordered)


def _tree(phrases: Iterable[str], *, reverse: bool = True, fold: bool = True) -> str:
    """:func:`~mineralnews._patterns.letter_tree` for the patterns here, which
    match in any case and mostly read leftwards from a figure."""
    return letter_tree(phrases, reverse=reverse, fold=fold)


_QUALIFIER = _words(QUALIFIERS)
# An amount moved before the percentage: "lost 84p, or 1.5 per cent",
# "up 42.5 points or 0.6%".
# The amount may carry its currency: "$1.20", "C$0.45", "R12.35", "USD 3",
# and "a share" after it: "rose $1.20 a share, or 3%".
# _LEFT reads right to left and takes the first prefix that fits for good: the
# lone signs come last, or the "$" of "US$" would be taken alone and the
# letters before it would end the match.
_AMOUNT = r"""
    (?:[A-Z]{1,3}\$|Rs\.?+|R|(?:USD|CAD|AUD|ZAR|GBP|EUR|HKD|CHF|JPY|CNY|INR)\s?+|[£$€¥₹])?+
    \d++(?:,\d{3})*+(?:\.\d++)?+
    (?:\s?+(?:p|c|cents?|pence|points?|pts|[kmb]n?|million|billion))?+
    (?:\s++(?:a|per)\s++share)?+
"""
# Spaces and dashes between a verb and its figure: "up – 3.3%".
_GAP = r"(?:\s++|\s*+[–—-]\s*+)"

# What stands before a figure to give it a direction, read right to left
# from the figure: verb, "by", an amount moved and ", or", a hedge.
_LEFT = regex.compile(
    rf"""(?r)
    (?:
        (?<![\w-])(?P<up>{_tree(VERBS["up"])})
      | (?<![\w-])(?P<down>{_tree(VERBS["down"])})
      | (?<=Sector|sector|Index|index|Composite|Average|stocks|shares)
        (?:(?P<up>rose|gained|jumped|climbed|surged|added|rallied|advanced)
          |(?P<down>fell|lost|dropped|slipped|declined|slid|eased|sank|tumbled))
    )
    (?:\s++(?:by|between))?+
    (?:\s++(?P<amount>{_AMOUNT})\s*+,?+\s*+or)?+
    {_GAP}
    (?:(?<![\w-])(?P<qual>{_tree(QUALIFIERS)}){_GAP})?+
    \Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A verb that moves an object: "lifted Anglo shares as much as 2.7%".
_OBJECT = r"""
    (?P<object>
        (?:(?:(?<![\w&.'’-])\p{Lu}[\w&.'’-]*|of)\s++){0,5}?(?:shares|stock|stocks)
      | (?:the\s++|its\s++)?share\s++price
    )
"""
_CAUSATIVE = regex.compile(
    rf"""(?r)
    (?<![\w-])(?:(?P<up>{_tree(CAUSATIVES["up"])})|(?P<down>{_tree(CAUSATIVES["down"])}))
    \s++{_OBJECT}
    (?:\s++(?P<dir>up|down|higher|lower))?+
    (?:\s++by)?+
    \s++(?:(?P<qual>{_tree(QUALIFIERS)})\s++)?+
    \Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# "knocked 33.7% off the share price": the verb before, "off" after.
_OFF_LEFT = regex.compile(
    rf"(?r)(?<![\w-])(?P<verb>{_tree(OFF_VERBS)})\s++(?:(?P<qual>{_tree(QUALIFIERS)})\s++)?+\Z",
    regex.IGNORECASE,
)
_OFF_RIGHT = regex.compile(r"\s++off\b", regex.IGNORECASE)

# "a gain of 5%", "a decline of 3%": a noun, "of", the figure.
_NOUN_OF = regex.compile(
    rf"""(?r)
    (?<![\w-])(?:(?P<up>{_tree((*NOUNS["up"], "increase", "increases"))})
                |(?P<down>{_tree((*NOUNS["down"], "decrease", "decreases"))}))
    \s++of\s++(?:(?:{_tree(QUALIFIERS)})\s++)?+\Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# Before a signed figure in a list: a listing's parenthesis or a capitalised word.
_AFTER_NAME = regex.compile(r"(?r)(?:\)|(?<![\w-])\p{Lu}[\w&.'’-]*)[ \t:]*+\Z")
# Before a signed figure, a verb that states a level: "was +0.4%", "closed -2%".
_COPULA = regex.compile(
    r"(?r)(?<![\w-])(?:is|was|are|were|stood|stands|traded|trades|trading|closed|ended"
    r"|finished|last)\s++\Z",
    regex.IGNORECASE,
)
# Or a level and a comma: "ended at $1.05, -4.5%".
_AT_LEVEL = regex.compile(
    rf"""(?r)(?<![\w-])(?:is|was|are|were|stood|traded|trading|closed|ended|finished|settled|last)
    \s++at\s++{_AMOUNT}\s*+,\s*+\Z""",
    regex.VERBOSE | regex.IGNORECASE,
)
# After it: the end of the item.
_LIST_END = regex.compile(r"[ \t]*+(?:[,;)|\n]|\.(?!\S)|and\b|as\s++of\b|\Z)")
# "up 5% on the week and 12% on the month": "and", then the figure and its window.
_AND = regex.compile(
    rf"(?r)(?<![\w-])(?P<word>and)\s++(?:(?:{_QUALIFIER})\s++)?+\Z", regex.IGNORECASE
)

# "an additional 8.89%": carries on the previous move.
_CONTINUATION = regex.compile(
    rf"(?r)(?<![\w-])(?P<word>(?:an?\s++)?(?:{_words(CONTINUATIONS)}))\s++\Z",
    regex.IGNORECASE,
)

# After the figure: "16.86% higher", "a 14.2% surge".
# The adjectives of a direction after a figure, as patterns: "higher", "lower".
_UP_ADJECTIVE = _tree(ADJECTIVES["up"], reverse=False)
_DOWN_ADJECTIVE = _tree(ADJECTIVES["down"], reverse=False)
_RIGHT = regex.compile(
    rf"""
    \s*+
    (?:
        (?P<up>{_UP_ADJECTIVE})
      | (?P<down>{_DOWN_ADJECTIVE})
      | (?P<nup>{_tree((*NOUNS["up"], "increase"), reverse=False)})
      | (?P<ndown>{_tree((*NOUNS["down"], "decrease"), reverse=False)})
    )
    (?![\w-])
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# An amount moved and ", or" before a figure whose direction word follows it
# after a comma: "were 2.1p, or 0.6 per cent, higher".
_ASIDE_LEFT = regex.compile(
    rf"(?r)(?<![\w.,-]){_AMOUNT}\s*+,?+\s*+or\s++\Z", regex.VERBOSE | regex.IGNORECASE
)
_ASIDE_RIGHT = regex.compile(
    rf"""
    \s*+,\s*+
    (?:(?P<up>{_UP_ADJECTIVE})|(?P<down>{_DOWN_ADJECTIVE}))
    (?![\w-])
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# After the figure, words that make it a share, a term or a level.
_NOT_AFTER = regex.compile(
    rf"\s*+(?:{'|'.join(NON_MOVE_AFTER)})(?![\w-])",
    regex.IGNORECASE,
)

# "rose 12% in revenue": the figure that moved is named after it; "rose 5% in
# heavy volume" is how a price moved, not what.
_VOLUME = frozenset({"volume", "volumes"})
_IN_A_FIGURE = regex.compile(
    r"\s++in\s++(?:(?:the|its|their|a)\s++)?+(?:[\w-]++\s++)?"
    rf"(?:{_tree(NON_PRICE_HEADS - _VOLUME, reverse=False)})(?![\w-])",
    regex.IGNORECASE,
)

# After the figure, a level counted in units: "fell 0.3% to 870.5 tonnes".
_TO_QUANTITY = regex.compile(
    r"\s*+,?+\s*+(?:to|from)\s++(?:(?:about|around|roughly|nearly|some|a\s++record)\s++)?+"
    r"\d[\d,]*+(?:\.\d++)?+\s*+(?:(?:million|billion|thousand|mn|bn|m|k)\s++)?+"
    rf"(?:{_words(QUANTITY_UNITS)})(?![\w-])",
    regex.IGNORECASE,
)
# A qualifier right before the figure: "at least 40% higher".
_QUALIFIER_LEFT = regex.compile(rf"(?r)(?<![\w-])(?:{_QUALIFIER})\s++\Z", regex.IGNORECASE)
# A sentence whose subject is a figure: "Holdings of the fund fell 0.3%".
_FIGURE_SUBJECT = regex.compile(
    r"[\s\"'“‘(]*+(?P<head>\p{L}++)\s++(?:of|at|in)\s", regex.IGNORECASE
)

# Where the move happened: "on the NYSE", "in Toronto", "London-listed".
_VENUE_NAMES = {*VENUE_CITIES, *(v for vs in EXCHANGES.values() for v in vs)}
_VENUE_TREE = _tree(_VENUE_NAMES, reverse=False, fold=False)
# "\b": as for _SESSION below; every venue name starts with a letter or digit.
_ON_VENUE = rf"\b(?<![\w-])(?:on|in)\s++(?:the\s++)?+(?P<venue>{_VENUE_TREE})(?![\w-])"
_VENUE = regex.compile(rf"(?:{_ON_VENUE}|\b(?<![\w-])(?P<listed>{_VENUE_TREE})-listed(?![\w-]))")
# Without "-listed", tried at every word: most text holds no "-listed", and
# there the long list of names is tried only after "on" or "in".
_VENUE_ON = regex.compile(_ON_VENUE)

# "fell 4.1% on the NYSE and 3.8% in Toronto": a venue carries on a move too.
_VENUE_AFTER = regex.compile(rf"\s++(?:{_VENUE.pattern})")
_VENUE_ON_AFTER = regex.compile(rf"\s++(?:{_ON_VENUE})")

# Between two figures of one group: "10.51% and 10.95%", "5.14%, 6% and 7%".
_JOIN = regex.compile(
    rf"\s*+(?:,\s*+(?:and\s++)?+|and\s++|&\s*+|or\s++)(?:(?:{_QUALIFIER})\s++)?+",
    regex.IGNORECASE,
)

_BETWEEN = regex.compile(r"(?r)\bbetween\s++\Z", regex.IGNORECASE)

# "\b" before the boundary changes no match (each phrase starts with a letter)
# but lets the regex module skip the middles of words quickly.
_SESSION = regex.compile(
    "\\b(?<![\\w-])(?:"
    + "|".join(
        f"(?P<{name.replace('-', '_')}>{'|'.join(forms)})" for name, forms in SESSIONS.items()
    )
    + ")(?![\\w-])",
    regex.IGNORECASE,
)
# "\b" as for _SESSION: every window starts with a letter.
_PERIOD = regex.compile(
    rf"\b(?<![\w-])(?:{'|'.join(PERIODS)})(?![\w-])",
    regex.IGNORECASE,
)

# Words every session, window and what-if holds, whatever else it holds: a
# stretch of text without one holds none of them, and is not scanned for them.
# They are looked for with ``in`` in the case-folded text (see _folded).
# A session before the open holds "market" or "open": "pre" alone stands in
# many more words ("present", "previous").
_SESSION_KEYS = (
    "market",
    "open",
    "before",
    "ahead",
    "after",
    "extended",
    "post",
    "late",
    "regular",
)
# A window's words are looked for with runs of spaces made one space: "a year
# earlier" and "Wednesday" hold no window, but "year" and "day" alone would
# send them to the scan. Every window holds "the year", "year over", " day"...
_PERIOD_KEYS = (
    *("past", "last", "previous", "preceding", "prior", "latest", "period", "chart"),
    *("date", "ytd", "this", "since", "basis", "intraday", "overnight"),
    *(" day", " week", " month", " session", "the year", "the quarter", "year o"),
    *("in 19", "in 20"),  # "in 2019"
)
# Every reference starts with "it", "th" (they, this, the ...), "share" or "stock".
_REFERENCE_KEYS = ("it", "th", "share", "stock")
_HYPOTHETICAL_KEYS = ("would", "could", "assum", "sensitivity", "scenario", "if", "every", "each")


def _folded(text: str) -> str:
    """``text`` case-folded, each letter a pattern's IGNORECASE matches folded to it.

    str.casefold folds every such letter to its ASCII one but "İ", which it
    folds to two characters.
    """
    return text.replace("\u0130", "i").casefold()


# A session or a window right after a figure: "12% on the month", "3% after hours".
_WHEN_AFTER = regex.compile(
    rf"\s++(?:in\s++|during\s++)?+(?:the\s++)?+(?:{_SESSION.pattern}|{_PERIOD.pattern}"
    r"|(?:on\s++)?+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|yesterday\b|today\b)",
    regex.IGNORECASE,
)

# Reuters instrument codes: ".AXJO", "BHP.AX", "EScv1".
_RIC = regex.compile(
    r"""
    \.[A-Z][A-Z0-9]{1,12}+
  | [A-Z][A-Z0-9]{1,5}+\.(?:AX|L|TO|V|CN|N|O|OQ|K|HK|SS|SZ|T|PA|DE|AS|MI|MC|SA|J|JO|NS|BO
                          |SI|KS|KQ|NZ|ST|OL|HE|CO|S|VX|F|BR|LS|MX|BA|TW|TWO|P|A|U)
    # One letter before a suffix no initials end in: K.TO, F.N ("U.S" and
    # "J.P" are initials).
  | [A-Z]\.(?:TO|N|AX|OQ|HK|DE|PA|AS|MI|SA|JO|NS|BO|SI|KS|NZ|ST|OL|HE|CO|VX|BR|LS|MX|TW)
  | [A-Z]{1,4}+cv?+[1-9]
  | [A-Z]{3,6}+=(?:[A-Z]{1,2}+)?+
  | CM[A-Z]{2}+[0-9]                 # LME metals: CMCU3 copper, CMAL3 aluminium
  | [0-9]{4,6}+\.(?:T|HK|SS|SZ|KS|KQ|TW|TWO|SI|BO|NS)   # Asian codes: 7203.T, 0700.HK
    """,
    regex.VERBOSE,
)
_SYMBOL_SUBJECT = regex.compile(r"[A-Z]{2,5}+")
_SHARES_AFTER = regex.compile(r"\s++(?:shares|stock)\b")
_CASHTAG = regex.compile(r"\$[A-Z]{1,6}+(?:\.[A-Z]{1,2}+)?+")
# A symbol in parentheses after a name: "(SPX)", "(DIV)", "(7203.T)", an
# index's code "(.JALSH)".
_PAREN_SYMBOL = regex.compile(
    r"\(\s*+(\^?+[A-Z][A-Z0-9]{0,5}+(?:[._][A-Za-z]{1,3}+)?+|[0-9]{4,6}+\.[A-Z]{1,3}+"
    r"|\.[A-Z][A-Z0-9]{1,6}+)\s*+\)"
)
_BARE_SYMBOL = regex.compile(r"[A-Z]{2,5}+")


def _is_bare_symbol(core: str) -> bool:
    # Most words are too long or hold a lower-case letter: no pattern to try.
    return len(core) <= 5 and core.isupper() and _BARE_SYMBOL.fullmatch(core) is not None


def _may_be_ric(core: str) -> bool:
    """False for a word no Reuters code can be: it holds a lower-case letter and
    does not end in a digit (only "EScv1"-style codes hold lower case)."""
    return core == core.upper() or core[-1:].isdigit()


_NOT_SYMBOLS = frozenset(
    {
        "CEO",
        "CFO",
        "COO",
        "USD",
        "CAD",
        "AUD",
        "GBP",
        "EUR",
        "ETF",
        "IPO",
        "AGM",
        "EPS",
        "NAV",
        "GDP",
        "USA",
        "LLC",
        "INC",
        "LTD",
        "PLC",
        "AI",
        "EV",
        "EVS",
        "ESG",
        "PEA",
        "BFS",
        "DFS",
        "PFS",
        "NI",
        "JV",
        "MOU",
        "LOI",
        "OTC",
        "TSX",
        "ASX",
        "LSE",
        "NYSE",
        "AIM",
        "CSE",
        "ET",
        "EST",
        "EDT",
        "GMT",
        "UTC",
        "AM",
        "PM",
        "UK",
        "US",
        "EU",
        "SA",
        "NSW",
        "WA",
        "QLD",
        "BC",
    }
)

# Words whose full stop ends no sentence: "3 p.m. ET", "No. 2", "St. Louis".
_NOT_SENTENCE_ENDS = ("a.m", "p.m", "no", "vs", "st", "mt")
# A sentence ends at a line break, or at stops, maybe with closing marks after
# them, that end a token (see _ends_sentence).
_SENTENCE_STOPS = ".!?"
_SENTENCE_CLOSERS = "\"'”’)"
_LINE_BREAK = re.compile("\n")
# A month's short form, whose stop before its day ends no sentence: "Sept. 30".
# The calendar's spellings shorter than their month's full name.
_MONTH_STOPS = frozenset(
    spelling.casefold()
    for spelling, month in MONTHS.items()
    if len(spelling) < max(len(s) for s, m in MONTHS.items() if m == month)
)
# The characters ``regex`` takes for ``\s``, written out so the standard ``re``
# module, whose ``\s`` differs, finds the same tokens: it lists them faster.
_SPACES = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
# The last character of a token that may end a sentence, a space after it.
_STOP_LAST = re.compile(f"[{re.escape(_SENTENCE_STOPS + _SENTENCE_CLOSERS)}](?=[{_SPACES}])")
_LEAD_PUNCT = "(\"'“‘[«"
_TRAIL_PUNCT = ",;:)\"'”’]».!?"
_TOKEN = re.compile(f"[^{_SPACES}]++")
# Each token as a letter, from its first character: "a" a lower-case word,
# which only ends a name; "B" a figure, which starts none but may go on one; "A"
# a token that may start a name. Made in C from the first characters: those
# past Latin-1 are made "?", an "A". An amount ("$5") is an "A" here, though it
# starts no name. A lower-case word that starts as "of", "de" and "plc" do is
# an "o"; those that are one of them ("Bank of Montreal", "Banco de Chile", "Acme
# plc"), with their marks, are made "J" after: they go on a name.
_KIND_TABLE = bytes(
    ord("o")
    if chr(b) in "odp"
    else ord("a")
    if chr(b) in "abcdefghijklmnopqrstuvwxyz"
    else ord("B")
    if chr(b) in "0123456789"
    else ord("A")
    for b in range(256)
)
_LOWER_IN_NAMES = frozenset({"of", "de", "plc"})
# The tokens that may be one of those.
_MAY_JOIN = re.compile(b"o")
# The stretches of tokens that may start or go on a name, with one that may
# start a name among them: the tokens around them only end one. A stretch is
# tried from its first token alone, so a long one without an "A" costs no retries.
_NAME_STRETCH = re.compile(rb"(?<![BJ])[BJ]*+A[ABJ]*+")
_PREPOSITIONS = frozenset(
    {
        "in",
        "on",
        "at",
        "from",
        "to",
        "into",
        "for",
        "with",
        "by",
        "of",
        "over",
        "against",
        "versus",
        "vs",
        "vs.",
        "than",
        "like",
        "near",
        "across",
        "about",
        "behind",
        "toward",
        "towards",
        "via",
        "under",
        "above",
        "below",
        "through",
        "outside",
        "inside",
        "within",
    }
)
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})
# Words that end a subject's noun phrase when reading leftwards.
_NP_STOP = frozenset(
    {
        "and",
        "or",
        "but",
        "while",
        "whereas",
        "although",
        "though",
        "as",
        "after",
        "before",
        "since",
        "when",
        "if",
        "because",
        "which",
        "who",
        "that",
        "where",
        "with",
        "by",
        "to",
        "from",
        "in",
        "on",
        "at",
        "for",
        "than",
        "versus",
        "vs",
        "including",
        "said",
        "says",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "be",
        "been",
        "being",
        "not",
        "also",
        "led",
        "helped",
        "followed",
        "caused",
        "saw",
        "see",
        "sees",
        "leaving",
        "making",
    }
)


def _may_be_relative(text: str, floor: int, anchor: int) -> bool:
    """False where no relative clause (", which", ", who", ", that") can end at ``anchor``.

    The words after its comma hold no comma, so that comma is the last one.
    """
    comma = text.rfind(",", floor, anchor)
    if comma < 0:
        return False
    words = _folded(text[comma:anchor])
    return "wh" in words or "that" in words


_RELATIVE = regex.compile(
    rf"(?r),\s*+(?:which|who|that)\s++(?:(?:{_words(a for a in AUXILIARIES)})\s++)*+\Z",
    regex.IGNORECASE,
)
_AUX_WORDS = frozenset(a for a in AUXILIARIES if " " not in a)
_LEADING_SUBORDINATORS = frozenset({"after", "before", "following", "despite", "since", "having"})
_NP_NOUNS = frozenset(
    {
        "shares",
        "share",
        "stock",
        "stocks",
        "price",
        "prices",
        "index",
        "futures",
        "sector",
        "banks",
        "miners",
        "producers",
        "firms",
        "companies",
        "names",
        "equities",
        "units",
        "composite",
        "average",
        "benchmark",
        "gauge",
        "contract",
        "contracts",
        "spot",
    }
)
# A commodity's price: "spot gold price", "palladium prices", "copper futures".
# Found from its last word back, so the long list of metals is tried only there.
# "\b" as for _SESSION: both words start with a letter.
_COMMODITY_TAIL = regex.compile(r"\b(?<![\w-])(?:prices?+|futures)(?![\w-])", regex.IGNORECASE)
_COMMODITY = regex.compile(
    rf"""(?r)
    (?<![\w-])
    (?:(?:spot|world|global|benchmark|international|london|comex|lme)\s++)?+
    (?:{_tree(COMMODITIES)})
    \s++\Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


_SPOT = regex.compile(
    rf"\b(?<![\w-])spot\s++(?:{_tree(COMMODITIES, reverse=False)})(?![\w-])"
    r"(?!\s++(?:prices?+|futures))",
    regex.IGNORECASE,
)


# The last words of the commodities, case-folded: _COMMODITY reads one
# leftwards from a space, so the word before that space ends in one of these.
_COMMODITY_ENDS = tuple({c.split()[-1].casefold() for c in COMMODITIES})


# The words _COMMODITY_TAIL matches, in lower case.
_PRICE_WORDS = re.compile("price|futures")


def _commodity_tails(text: str, low: str | None) -> Iterable[regex.Match[str]]:
    """The matches of _COMMODITY_TAIL in ``text``, in order.

    Each starts where ``low`` holds one of its words: those few places are
    tried alone, the rest of the text is not scanned. A match there is the one
    the scan finds, its boundaries read around it.
    """
    if low is None:
        return _COMMODITY_TAIL.finditer(text)
    found = (_COMMODITY_TAIL.match(text, m.start()) for m in _PRICE_WORDS.finditer(low))
    return [m for m in found if m is not None]


def _commodities(text: str, low: str | None = None) -> list[tuple[int, int]]:
    """The spans of the commodity prices ``text`` names ("spot gold price").

    ``low`` is :func:`mineralnews.numbers.lowered` of ``text``, which the
    article's other finders share; without it the whole text is scanned.
    """
    found = []
    for m in _commodity_tails(text, low):
        before = text[max(0, m.start() - 40) : m.start()]
        # str.isspace and str.split take every space the pattern's \s matches.
        if not before[-1:].isspace():
            continue
        words = _folded(before).split()
        if not (words and words[-1].endswith(_COMMODITY_ENDS)):
            continue
        head = _COMMODITY.match(text, max(0, m.start() - 40), m.start())
        if head is not None:
            found.append((head.start(), m.end()))
    # "Spot gold was up 0.4%": the spot market names the metal alone.
    if "spot" in (low if low is not None else _folded(text)):
        found.extend(m.span() for m in _SPOT.finditer(text))
    found.sort()
    return found


_REFERENCE = regex.compile(
    rf"\b(?<![\w-])(?:{_tree(REFERENCES, reverse=False)})(?![\w-])"
    r"(?!\s++(?:markets?+|exchanges?+)\b)",
    regex.IGNORECASE,
)

# An index or a sector glued to its verb by a lost space: "The Energy Sectorrose 0.3%".
_GLUED_VERBS = (
    "rose|fell|gained|lost|dropped|jumped|climbed|slipped|surged|declined|added|rallied|slid|eased"
)
_GLUED = regex.compile(rf"(\p{{L}}*?(?:Sector|Index|Composite|Average))(?:{_GLUED_VERBS})$")
_GLUED_ENDS = tuple(_GLUED_VERBS.split("|"))
_REFERENCE_AFTER = regex.compile(
    rf"\s*+(?P<ref>{_words(REFERENCES)})(?![\w-])",
    regex.IGNORECASE,
)

_NAME_SPLIT = regex.compile(r"[\s,]++")
# What ends a name's possessive: "Acme's", "Acme’s", "Miners’".
_POSSESSIVE_MARKS = ("'s", "’s", "’")
_POSSESSIVE = regex.compile(r"['’]s?+$")
_INITIALS_SPLIT = regex.compile(r"[\s\-/]++")
_OF = regex.compile(r"\bof\b")
_IN = regex.compile(r"\s++(?:in|for|of)\s++")
_WORD = regex.compile(r"[\w-]++")
_POSSESSOR = regex.compile(r"(?<![\w-])(its|their)\s++(?:\w++\s++)?+\Z", regex.IGNORECASE)
_HEAD_SPLIT = regex.compile(r"[\s’']++")
_EACH_AFTER = regex.compile(r"\s*+(?:each|apiece)\b", regex.IGNORECASE)
_BOTH = regex.compile(r"\b(?:both|each)\b", regex.IGNORECASE)

_GROUP_NOUNS = frozenset(
    {
        "banks",
        "miners",
        "producers",
        "firms",
        "companies",
        "names",
        "equities",
        "lenders",
        "insurers",
        "explorers",
        "developers",
        "stocks",
        "sector",
        "index",
        "futures",
        "market",
        "markets",
        "group",
        "groups",
        "dollar",
        "currency",
        "bonds",
    }
)
# Where the words about a move end: a comma, or a conjunction that opens
# another clause ("rose 18% after the company raised its guidance for the year").
_HYPOTHETICAL = regex.compile(
    rf"\b(?<![\w-])(?:{_words(HYPOTHETICALS)})(?![\w-])", regex.IGNORECASE
)
# The punctuation is found first with str.find, the words only before it.
_CLAUSE_WORD = regex.compile(
    r"\b(?<![\w-])(?:after(?![\s-]++(?:the\s++(?:closing\s++)?+bell|hours|market))|as|while|following|when|because|but|which|although|though"
    r"|whereas|despite|amid|on\s++(?:news|reports|hopes|fears))(?![\w-])",
    regex.IGNORECASE,
)
_RELATIVE_BETWEEN = regex.compile(
    rf"(?r),\s*+(?:which|who)\s[^,;.!?]{{1,120}}?,\s*+(?:(?:{_words(AUXILIARIES)})\s++)*+\Z",
    regex.IGNORECASE,
)
# The last few lower-case words before a comma: "the materials group".
_TAIL_WORDS = regex.compile(
    r"(?:(?<![\w-])(?:the|a|an|its|their)\s++)?+(?:[a-z][\w-]*+\s++){0,3}+(?P<head>[a-z][\w-]*+)\Z"
)
_COMMODITY_WORDS = frozenset(c for c in COMMODITIES if " " not in c)
_DETERMINER_LEAD = regex.compile(r"^(?:the|a|an)\s++", regex.IGNORECASE)

_MAX_LEFT = 200  # how far back a direction word may stand, in characters
# How far after a figure its words are read. Every forward match is bounded:
# a pattern that needs a word ("off") would otherwise look for it to the end.
_MAX_RIGHT = 120
_MAX_NP_TOKENS = 14
_GROUP_SPAN = 60  # listings closer than this belong to one group
_MAX_BACK = 500  # how far back in its sentence a move's subject may stand

# -- the article's names, symbols and sentences -------------------------------------


@attrs.frozen
class _Name:
    start: int
    end: int
    text: str
    symbol: str | None
    kind: str  # "issuer", "index", "commodity", "place"
    strong: bool  # named as what trades, not merely mentioned
    after_preposition: bool


# Made without the per-field ``object.__setattr__`` of the frozen class's own
# ``__init__``: an article names thousands of things.
_new_name = _builder(_Name)


class _Token(NamedTuple):
    start: int
    end: int
    core_start: int
    core_end: int
    core: str
    lead: str
    trail: str
    newline: bool  # a line break stands between this token and the one before


# First characters of the tokens that start no name: figures and those words.
_DIGITS = frozenset("0123456789")
_OPENS_NO_NAME = _DIGITS | frozenset("odp")
_PAREN = re.compile(r"[()]")


class _Tokens(dict[int, _Token]):
    """The whitespace-separated tokens of a text, each split when first read.

    Most tokens of news are lower-case words that only the few look-ups near
    a figure read: the text is split into spans once, and a token's marks and
    core are worked out only when it is asked for. A token read before is a
    plain dict look-up, made in C: the scans read the same tokens many times.
    """

    __slots__ = ("_text", "after_newline", "break_tokens", "breaks", "ends", "kinds", "starts")

    def __init__(self, text: str) -> None:
        super().__init__()
        self._text = text
        found = list(_TOKEN.finditer(text))
        # Unbound methods, mapped in C: no Python call per token.
        self.starts: list[int] = list(map(re.Match.start, found))
        self.ends: list[int] = list(map(re.Match.end, found))
        # A letter per token: see _KIND_TABLE.
        firsts = "".join(map(text.__getitem__, self.starts))
        kinds = bytearray(firsts.encode("latin-1", "replace").translate(_KIND_TABLE))
        # The "o" tokens' words are read in C: only those that join a name come back.
        maybe = list(map(re.Match.start, _MAY_JOIN.finditer(kinds)))
        spans = map(slice, map(self.starts.__getitem__, maybe), map(self.ends.__getitem__, maybe))
        bare = map(str.rstrip, map(text.__getitem__, spans), itertools.repeat(_TRAIL_PUNCT))
        for i in itertools.compress(maybe, map(_LOWER_IN_NAMES.__contains__, bare)):
            kinds[i] = ord("J")
        self.kinds = bytes(kinds)
        # Where each line starts, past its line break.
        self.breaks: list[int] = (
            list(map(re.Match.end, _LINE_BREAK.finditer(text))) if "\n" in text else []
        )
        # The tokens with a line break before them; the count of tokens for a
        # line break after the last one.
        self.break_tokens = list(
            map(functools.partial(bisect.bisect_left, self.starts), self.breaks)
        )
        self.after_newline = set(self.break_tokens)

    def __len__(self) -> int:
        return len(self.starts)

    def __missing__(self, i: int) -> _Token:
        tok = self[i] = self._split(i + len(self.starts) if i < 0 else i)
        return tok

    def _split(self, i: int) -> _Token:
        s, e = self.starts[i], self.ends[i]
        lead, core, trail = _parts(self._text[s:e])
        cs = s + len(lead)
        newline = i in self.after_newline
        # Made without the keyword handling of the generated ``__new__``.
        return tuple.__new__(_Token, (s, e, cs, cs + len(core), core, lead, trail, newline))

    def core_and_trail(self, i: int) -> tuple[str, str]:
        """The core and the trail of token ``i``, read without splitting its token."""
        _, core, trail = _parts(self._text[self.starts[i] : self.ends[i]])
        return core, trail

    def name_stretches(self) -> list[tuple[int, int]]:
        """The stretches of tokens, ``[start, end)``, where a name may stand: the
        tokens that may start or go on a name, between lower-case words, and one
        that may start a name among them. The others hold none.
        """
        return [m.span() for m in _NAME_STRETCH.finditer(self.kinds)]


@functools.lru_cache(maxsize=8192)
def _parts(word: str) -> tuple[str, str, str]:
    """A token's marks before, its core, and its marks after.

    Cached: news repeats its words, with their commas and stops.
    """
    if word.isalnum():
        # Most tokens are bare words: no marks to take off.
        return "", word, ""
    rest = word.lstrip(_LEAD_PUNCT)
    core = rest.rstrip(_TRAIL_PUNCT)
    trail = rest[len(core) :]
    # "Corp." and "U.S." keep their full stop.
    if trail[:1] == "." and (core + "." in NAME_ABBREVIATIONS or _is_initials(core)):
        core += "."
        trail = trail[1:]
    return word[: len(word) - len(rest)], core, trail


def _month_stop(text: str, end: int) -> bool:
    """Whether the token that ends at ``end`` is a month's short form and its stop."""
    word = text[max(0, end - 8) : end].rsplit(None, 1)[-1]
    return word.lstrip(_LEAD_PUNCT).rstrip(".").casefold() in _MONTH_STOPS


@functools.lru_cache(maxsize=4096)
def _ends_sentence(word: str) -> bool:
    """Whether a token followed by a space ends a sentence: it ends in stops,
    maybe with closing marks after them, and is no abbreviation ("Corp.",
    "U.S.", "p.m.", "No.").

    Cached: news ends its sentences with the same few words.
    """
    closed = word.rstrip(_SENTENCE_CLOSERS)
    before = closed.rstrip(_SENTENCE_STOPS)
    if len(before) == len(closed):
        return False
    # Most stops follow a plain word or figure, which always ends one: no
    # abbreviation is in lower case or holds no capital but a stop.
    if (
        before.isascii()
        and before.isalnum()
        and not before[0].isupper()
        and before.lower() not in _NOT_SENTENCE_ENDS
    ):
        return True
    lead, core, _ = _parts(word)
    # The first stop is the abbreviation's own.
    if core.endswith(".") and len(lead) + len(core) > len(before):
        return False
    return core.casefold() not in _NOT_SENTENCE_ENDS


def _in_parens(text: str, toks: _Tokens) -> bytearray:
    """Whether each token stands inside parentheses, a line break closing them all.

    Only tokens with a parenthesis change the depth, so the depth is worked out
    at those alone and spread to the tokens after them, up to the next line
    break. Their marks are read with _parts: no token is split.
    """
    starts, ends, n = toks.starts, toks.ends, len(toks)
    flags = bytearray(n)
    if "(" not in text:
        # Nothing opens: a closing parenthesis alone leaves the depth at 0.
        return flags
    # A parenthesis is no space: it stands in a token, found in C. Each token
    # once, in order.
    past = map(
        functools.partial(bisect.bisect_right, starts), map(re.Match.start, _PAREN.finditer(text))
    )
    at = [i - 1 for i in dict.fromkeys(past)]
    # In order; a token may come twice, and the count of tokens last: no token
    # with a parenthesis stands at or after it.
    breaks = toks.break_tokens
    depth = 0
    last = -1
    for k, i in enumerate(at):
        # A line break since the last token with a parenthesis closes them all.
        if depth > 0:
            b = bisect.bisect_right(breaks, last)
            if b < len(breaks) and breaks[b] <= i:
                depth = 0
        # An abbreviation's stop moved into the core leaves the parentheses be.
        lead, _, trail = _parts(text[starts[i] : ends[i]])
        flags[i] = depth > 0 or "(" in lead
        depth = max(0, depth + lead.count("(") - trail.count(")"))
        if depth > 0:
            upto = at[k + 1] if k + 1 < len(at) else n
            b = bisect.bisect_right(breaks, i)
            if b < len(breaks) and breaks[b] < upto:
                upto = breaks[b]
            if upto > i + 1:
                flags[i + 1 : upto] = b"\x01" * (upto - i - 1)
        last = i
    return flags


def _in_listings(
    in_parens: bytearray, starts: list[int], ends: list[int], tickers: Sequence[Ticker]
) -> bytearray:
    """Whether each token stands inside parentheses or overlaps the listing found
    for it: the last one, in the order given, at or before the token's end.

    A token overlaps only listings that span it: those few tokens are looked at
    alone, when the listings come in order.
    """
    flags = bytearray(in_parens)
    spans = [(t.start, t.end) for t in tickers]

    def overlaps(i: int) -> bool:
        k = bisect.bisect_right(spans, (ends[i], ends[i])) - 1
        return k >= 0 and spans[k][1] > starts[i]

    near: Iterable[int]
    if spans == sorted(spans):
        near = (
            i
            for s, e in spans
            for i in range(bisect.bisect_left(ends, s), bisect.bisect_left(starts, e))
        )
    else:
        near = range(len(starts))
    for i in near:
        if overlaps(i):
            flags[i] = 1
    return flags


def _is_initials(core: str) -> bool:
    return len(core) >= 3 and core.count(".") >= 1 and all(len(p) <= 1 for p in core.split("."))


@functools.lru_cache(maxsize=4096)
def _norm(name: str) -> str:
    # Cached: an article gives the same few names again and again.
    words = [w for w in _NAME_SPLIT.split(name.strip()) if w]
    while words and words[0] in ("The", "the"):
        words.pop(0)
    while len(words) > 1 and words[-1].rstrip(".") in _SUFFIXES:
        words.pop()
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1])
    # "Freeport" is a short form of "Freeport-McMoRan".
    return " ".join(words).casefold().replace(".", "").replace("-", " ").replace("‐", " ")


_SUFFIXES = frozenset({s.rstrip(".") for s in CORPORATE_SUFFIXES} | {"Group", "Holdings", "Cos"})
# The words of a company's shares, which name no company themselves.
_SHARE_WORDS = frozenset({"shares", "share", "stock", "stocks"})
_NOT_NAME_WORDS = frozenset(
    _SHARE_WORDS
    | {"is", "are", "was", "were", "has", "have", "had", "will", "closes", "closed", "ends"}
    | {"ended", "finishes", "finished", "opens", "opened", "trades", "traded", "trading"}
    | {"settles", "settled", "sits", "stands"}
    | {v for vs in VERBS.values() for v in vs if " " not in v}
) - {"off", "add", "firm", "firms", "advance", "pop", "rally", "rebound"}
_GENERIC_FIRST = frozenset(
    {
        "first",
        "new",
        "great",
        "american",
        "royal",
        "gold",
        "silver",
        "energy",
        "global",
        "international",
        "united",
        "general",
        "north",
        "south",
        "west",
        "east",
        "western",
        "northern",
        "southern",
        "eastern",
        "canadian",
        "australian",
        "african",
        "british",
        "national",
        "pacific",
        "atlantic",
        "china",
        "chinese",
        "us",
        "the",
        "class",
    }
)
# Bare capitalised words that start no name, read without splitting their token.
_OPENS_NO_RUN = frozenset(
    w
    for w in SUBJECT_STOPWORDS
    if w.isalpha()
    and w[0].isupper()
    and not w.endswith(_GLUED_ENDS)
    and w.casefold() not in _NOT_NAME_WORDS
)
_INDEX_TAILS = frozenset({"composite", "index", "industrial", "industrials", "average", "futures"})


class _Word(NamedTuple):
    """What the name scan asks of a token: worked out once per word, marks and all."""

    no_start: bool  # a figure, an amount ("$5") or "of", "de", "plc": starts no name
    no_run: bool  # a bare word that starts no name: "The", "May"
    lead: str  # the marks before the core
    core: str
    trail: str  # the marks after it
    lower: bool  # a lower-case word: it only ends a name
    cashtag: bool  # "$ABCD"
    ric: bool  # a Reuters code, unless a mark stands before it
    glued: int  # where an index glued to its verb ends ("Indexrose"), else 0
    namelike: bool  # a name's word, with no parenthesis before it
    year: bool  # "2025" goes on a name: "Vision 2030"
    legal: bool  # a legal form goes on a name: "Acme Ltd"
    joiner: bool  # "of", "de", "&" join two names' words
    stop: bool  # a word that starts no subject
    symbol: bool  # may be a bare symbol written after a name
    suffix: bool  # a legal form or "Group", after which a bare symbol may follow
    possessive: bool  # "Acme's"


@functools.lru_cache(maxsize=16384)
def _word(word: str) -> _Word:
    # Cached: news repeats its names and sentence openers, with their marks.
    lead, core, trail = _parts(word)
    plain = core.isalpha()
    glued = _GLUED.match(core) if core.endswith(_GLUED_ENDS) else None
    first = word[0]
    return _Word(
        no_start=first in _OPENS_NO_NAME or (first in "$€£¥" and word[1:2] in _DIGITS),
        no_run=word in _OPENS_NO_RUN,
        lead=lead,
        core=core,
        trail=trail,
        lower=core[:1].islower() and core not in ("of", "de", "plc"),
        cashtag=not plain and core[:1] == "$" and _CASHTAG.fullmatch(core) is not None,
        ric=not plain and _may_be_ric(core) and _RIC.fullmatch(core) is not None,
        glued=glued.end(1) if glued else 0,
        namelike=(core[0].isupper() if plain else _is_name_core(core))
        and core.casefold() not in _NOT_NAME_WORDS
        and not lead.startswith(("(", "[")),
        year=core.isdigit() and 2 <= len(core) <= 4,
        legal=core.rstrip(".") in CORPORATE_SUFFIXES,
        joiner=core in ("of", "de", "&"),
        stop=core in SUBJECT_STOPWORDS,
        symbol=_is_bare_symbol(core) and core not in _NOT_SYMBOLS,
        suffix=core.rstrip(".") in _SUFFIXES,
        possessive=core.endswith(_POSSESSIVE_MARKS),
    )


@functools.lru_cache(maxsize=4096)
def _name_kind(name: str) -> str:
    # Cached: an article gives the same few names again and again.
    words = name.split()
    if name in PLACES or (len(words) == 1 and name.rstrip(".") in PLACES):
        return "place"
    # A dateline's city in capitals: "TORONTO, Oct 8 (Reuters) -".
    if name.isupper() and len(name) > 3 and name.title() in PLACES:
        return "place"
    if any(w in INDEX_WORDS for w in words) or name.startswith("S&P"):
        return "index"
    if name.casefold() in _COMMODITY_WORDS:
        return "commodity"
    return "issuer"


def _is_name_core(core: str) -> bool:
    if not core or not (core[0].isupper() or core.startswith("S&P")) or "$" in core:
        return False
    if core.endswith(("-listed", "-based", "-focused", "-owned")):
        return False
    # Letters are never digits: most names need no count.
    return core.isalpha() or sum(ch.isdigit() for ch in core) * 2 <= len(core)


# A full stop that ends a sentence or an abbreviation; not the one in "17.56".
# The standard re module lists them faster: its pattern spells out the spaces
# of ``regex``'s \s (see _SPACES).
_FULL_STOP = re.compile(f"\\.(?=[{_SPACES}])")


def _chunk_starts(text: str) -> list[int]:
    """Starts of the pieces of ``text`` between full stops: 0, then each full stop
    before a space.

    Pieces are small, so a look-up scans little more than the words it asks about;
    no smaller, so a figure's decimal point does not cost a scan of its own.
    """
    # Their starts are read in C: no Python call per stop.
    return [0, *map(re.Match.start, _FULL_STOP.finditer(text, 1))]


class _Walls(NamedTuple):
    """Where a scan of a piece of text may start and stop for a window of it.

    A character no match of a pattern holds (a "wall") splits the scan: the
    scan from just after a wall finds what the scan from further back finds,
    as no match crosses it, and the pattern reads no further than the first
    wall after a window to match inside it (its look-ahead stops there too).
    """

    before: regex.Pattern[str]  # the last wall before a position, read leftwards
    after: regex.Pattern[str]  # the first wall after one


def _walls(holds: str) -> _Walls:
    """The walls of a pattern whose matches, and the look-aheads after them, hold
    only the characters of the class ``holds``."""
    return _Walls(regex.compile(rf"(?r)[^{holds}]"), regex.compile(rf"[^{holds}]"))


# References are words, spaces and apostrophes; sessions add a hyphen
# ("pre-market"), windows figures ("past 24 hours", "4-hour"). A letter
# IGNORECASE matches is a letter, whatever its case.
_REFERENCE_WALLS = _walls(r"\p{L}\s'’")
_SESSION_WALLS = _walls(r"\p{L}\s\-")
_PERIOD_WALLS = _walls(r"\p{L}\s\d\-")
_HYPOTHETICAL_WALLS = _walls(r"\p{L}\s")


# A window this long or shorter is scanned alone (see _Matches), between the
# walls within this reach of it.
_WALL_WINDOW = 160
_WALL_REACH = 100


class _Matches:
    """The matches of a pattern over the text, looked up by position.

    The text is scanned piece by piece, each piece once and only when a look-up
    reaches it: the words looked for (references, sessions, periods, what-ifs)
    never hold a full stop, so no match crosses from one piece into the next,
    and the matches are those of one scan of the whole text.

    A piece not scanned yet is not scanned whole for one look-up: only the
    stretch around the window that lies between two characters no match holds
    (see _Walls), where the scan of the piece is bound to find the same
    matches.
    """

    __slots__ = ("_chunks", "_keys", "_pattern", "_spaced", "_starts", "_text", "_walls")

    def __init__(
        self,
        pattern: regex.Pattern[str],
        text: str,
        starts: list[int],
        keys: tuple[str, ...] | None = None,
        spaced: bool = False,
        walls: _Walls | None = None,
    ) -> None:
        self._pattern = pattern
        self._walls = walls
        # Words one of which every match holds: where all are missing, no match is.
        self._keys = keys
        # The keys are looked for with each run of spaces made one space.
        self._spaced = spaced
        self._text = text
        self._starts = starts
        # Per piece: its matches and their starts.
        self._chunks: dict[int, tuple[list[regex.Match[str]], list[int]]] = {}

    def _chunk(self, k: int) -> tuple[list[regex.Match[str]], list[int]]:
        start = self._starts[k]
        end = self._starts[k + 1] if k + 1 < len(self._starts) else len(self._text)
        found = list(self._pattern.finditer(self._text, start, end))
        got = self._chunks[k] = (found, [m.start() for m in found])
        return got

    def _may_hold(self, lo: int, hi: int) -> bool:
        """False when ``[lo, hi)`` holds none of the words every match holds."""
        return self._keys is None or self.holds_a_key(_folded(self._text[lo:hi]))

    def holds_a_key(self, window: str) -> bool:
        """Whether ``window``, a case-folded stretch of the text (see _folded),
        holds one of the words every match holds. A stretch of a window that
        holds none holds none either."""
        keys = self._keys
        if keys is None:
            return True
        # str.split splits at every space the patterns' \s matches, and more;
        # a printable window holds no space but " ", and a window without two
        # in a row is already spaced but at its ends.
        if self._spaced and not (window.isprintable() and "  " not in window):
            window = " ".join(window.split())
        return any(map(window.__contains__, keys))

    def _scan(self, lo: int, hi: int, most: int) -> list[regex.Match[str]]:
        """The first ``most`` (0: all) matches that lie inside ``[lo, hi)``, in order."""
        pieces, chunks = self._starts, self._chunks
        out: list[regex.Match[str]] = []
        k = max(0, bisect.bisect_right(pieces, lo) - 1)
        walls = self._walls
        if walls is not None and hi - lo <= _WALL_WINDOW and k not in chunks:
            # A short window in a piece not scanned yet: the stretch around it
            # between walls is scanned, if walls stand near it. Else the piece
            # is scanned once, for all look-ups.
            begin = pieces[k]
            end = pieces[k + 1] if k + 1 < len(pieces) else len(self._text)
            if hi <= end:
                text = self._text
                wall = walls.before.search(text, max(begin, lo - _WALL_REACH), lo)
                start = wall.end() if wall is not None else begin
                wall = walls.after.search(text, hi, min(end, hi + _WALL_REACH))
                stop = wall.end() if wall is not None else end
                if lo - start <= _WALL_REACH and stop - hi <= _WALL_REACH:
                    return self._scan_between(start, stop, lo, hi, most)
        while k < len(pieces) and pieces[k] < hi:
            got = chunks.get(k)
            if got is None:
                got = self._chunk(k)
            found, starts = got
            for i in range(bisect.bisect_left(starts, lo), len(found)):
                if starts[i] >= hi:
                    return out
                if found[i].end() <= hi:
                    out.append(found[i])
                    if len(out) == most:
                        return out
            k += 1
        return out

    def _scan_between(
        self, start: int, stop: int, lo: int, hi: int, most: int
    ) -> list[regex.Match[str]]:
        """:meth:`_scan` of ``[lo, hi)`` by a scan of ``[start, stop)``, a stretch
        of one piece that starts after a wall (or the piece's start) and ends
        after one (or at the piece's end)."""
        out: list[regex.Match[str]] = []
        for m in self._pattern.finditer(self._text, start, stop):
            if m.start() >= hi:
                break
            if m.start() >= lo and m.end() <= hi:
                out.append(m)
                if len(out) == most:
                    break
        return out

    def within(self, lo: int, hi: int) -> list[regex.Match[str]]:
        """The matches that lie inside ``[lo, hi)``, in order."""
        return self._scan(lo, hi, 0) if self._may_hold(lo, hi) else []

    def first(self, lo: int, hi: int) -> regex.Match[str] | None:
        """The first match inside ``[lo, hi)``, or None: ``within(lo, hi)[0]``."""
        found = self._scan(lo, hi, 1) if self._may_hold(lo, hi) else None
        return found[0] if found else None

    def first_held(self, lo: int, hi: int) -> regex.Match[str] | None:
        """:meth:`first`, for a window known to hold a key (see :meth:`holds_a_key`)."""
        found = self._scan(lo, hi, 1)
        return found[0] if found else None


class _Article:
    """Names, symbols and sentences of one text, for linking moves to subjects."""

    def __init__(self, text: str, tickers: Sequence[Ticker]) -> None:
        self.text = text
        self.tokens = _Tokens(text)
        self.token_starts = self.tokens.starts
        self.sentence_starts = self._sentences()
        # Subjects found so far, in order: (position, subject, symbol, kind).
        self.found: list[tuple[int, str | None, str | None, str]] = []
        self._tickers = tickers
        self.scanned = False

    # Scans of the whole text, made when first needed: a text whose figures are
    # no moves never pays for them.

    @functools.cached_property
    def chunk_starts(self) -> list[int]:
        return _chunk_starts(self.text)

    @functools.cached_property
    def in_parens(self) -> bytearray:
        """Which tokens stand inside parentheses: "(ASX: RSG)", "(up 2.46 to 1,458.00, Charts)"."""
        return _in_parens(self.text, self.tokens)

    @functools.cached_property
    def references(self) -> _Matches:
        return _Matches(
            _REFERENCE, self.text, self.chunk_starts, _REFERENCE_KEYS, walls=_REFERENCE_WALLS
        )

    @functools.cached_property
    def sessions(self) -> _Matches:
        return _Matches(_SESSION, self.text, self.chunk_starts, _SESSION_KEYS, walls=_SESSION_WALLS)

    @functools.cached_property
    def periods(self) -> _Matches:
        return _Matches(
            _PERIOD, self.text, self.chunk_starts, _PERIOD_KEYS, spaced=True, walls=_PERIOD_WALLS
        )

    @functools.cached_property
    def hypotheticals(self) -> _Matches:
        return _Matches(
            _HYPOTHETICAL,
            self.text,
            self.chunk_starts,
            _HYPOTHETICAL_KEYS,
            walls=_HYPOTHETICAL_WALLS,
        )

    def scan(self) -> None:
        """Find the article's names, listings and commodities, once."""
        if self.scanned:
            return
        self.scanned = True
        text, tickers = self.text, self._tickers
        self.names: list[_Name] = []
        self.symbols: dict[str, str] = {}
        self._scan_names(tickers)
        self.name_starts = [n.start for n in self.names]
        # Every listing the article gives, by the name it gives it to.
        self.links: list[tuple[int, str, str]] = []
        for t in tickers:
            if t.company:
                self.links.append((t.start, _norm(t.company), t.symbol))
            self.symbols[t.symbol.casefold()] = t.symbol
        for n in self.names:
            if n.symbol is not None:
                self.links.append((n.start, _norm(n.text), n.symbol))
                self.symbols[n.symbol.casefold()] = n.symbol
        self.links.sort()
        commodities = [
            _new_name(
                start=start,
                end=end,
                text=text[start:end],
                symbol=None,
                kind="commodity",
                strong=True,
                after_preposition=False,
            )
            for start, end in _commodities(text, lowered(text))
        ]
        self.commodities = commodities
        self.commodity_ends = [c.end for c in commodities]
        # The listings by the first word of the name, for a quick look-up.
        self.links_by_word: dict[str, list[tuple[int, str, str]]] = {}
        for link in self.links:
            # A name of marks alone ("-") normalises to spaces: no word to file it by.
            first = link[1].split(maxsplit=1)[:1]
            if first:
                self.links_by_word.setdefault(first[0], []).append(link)

    # sentences ------------------------------------------------------------------

    def _sentences(self) -> list[int]:
        text, toks = self.text, self.tokens
        starts, ends = toks.starts, toks.ends
        # A stop ends its token, before a space, with closing marks after it: the
        # tokens that end in neither are not read. All in C but the cached verdict.
        at = list(map(re.Match.end, _STOP_LAST.finditer(text)))
        firsts = map(starts.__getitem__, map(functools.partial(bisect.bisect_left, ends), at))
        words = map(text.__getitem__, map(slice, firsts, at))
        stops = list(itertools.compress(at, map(_ends_sentence, words)))
        # "the quarter ended Sept. 30, up 22%": a month's short form before its day.
        stops = [e for e in stops if not (text[e + 1 : e + 2].isdigit() and _month_stop(text, e))]
        # A line break ends one too; no stop's end is just past one.
        if toks.breaks:
            stops = sorted(stops + toks.breaks)
        return [0, *stops]

    def sentence_start(self, pos: int) -> int:
        return self.sentence_starts[bisect.bisect_right(self.sentence_starts, pos) - 1]

    def sentence_end(self, pos: int) -> int:
        i = bisect.bisect_right(self.sentence_starts, pos)
        return self.sentence_starts[i] if i < len(self.sentence_starts) else len(self.text)

    # names -------------------------------------------------------------------------

    def _scan_names(self, tickers: Sequence[Ticker]) -> None:
        toks = self.tokens
        ticker_at: dict[int, Ticker] = {}
        for t in tickers:
            ticker_at.setdefault(t.start, t)
        ticker_starts = sorted(ticker_at)
        run: list[int] = []
        sentence_first = True

        def close(end: int | None = None, symbol: str | None = None) -> None:
            nonlocal run
            if run:
                self._add_run(run, ticker_at, ticker_starts, sentence_first, end, symbol)
            run = []

        starts, ends, text = toks.starts, toks.ends, self.text
        # Tokens that start no name: inside parentheses, or in a listing's span.
        blocked = _in_listings(self.in_parens, starts, ends, tickers)
        after_newline = toks.after_newline
        # Of the last token of the run: its trail, and whether it is a legal form.
        run_trail = ""
        run_suffix = False
        for a, b in toks.name_stretches():
            # Lower-case words stand before: they only end a name.
            sentence_first = a == 0
            for i in range(a, b):
                (
                    no_start,
                    no_run,
                    lead,
                    core,
                    trail,
                    lower,
                    cashtag,
                    ric,
                    glued,
                    namelike,
                    year,
                    legal,
                    joiner,
                    stop,
                    symbol,
                    suffix,
                    possessive,
                ) = _word(text[starts[i] : ends[i]])
                if no_start and not run:
                    # A figure, an amount or "of" starts no name; it only ends a sentence's
                    # first words, unless it stands in a listing or parentheses.
                    if i in after_newline:
                        sentence_first = True
                    if sentence_first and not blocked[i]:
                        sentence_first = False
                    continue
                # The token before ends a sentence: read only when it ends in a stop.
                ends_sentence = (
                    i > 0
                    and text[ends[i - 1] - 1] in ".!?"
                    and _parts(text[starts[i - 1] : ends[i - 1]])[2][-1:] in (".", "!", "?")
                )
                if no_run and not run:
                    # "The", "May": a bare word that starts no name; it may start a sentence.
                    if ends_sentence or i in after_newline:
                        sentence_first = True
                    continue
                newline = i in after_newline
                s = starts[i]
                core_start = s + len(lead)
                if newline or (ends_sentence and core[:1].isupper()):
                    if run:
                        close()
                    sentence_first = True
                # Most words are lower case: they only end a name.
                if lower:
                    if run:
                        close()
                    sentence_first = False
                    continue
                if blocked[i]:
                    close()
                    continue
                if cashtag:
                    # "$ABCD rose 5%": a cashtag names the subject and its symbol.
                    close()
                    sentence_first = False
                    core_end = core_start + len(core)
                    name = _new_name(
                        start=core_start,
                        end=core_end,
                        text=core,
                        symbol=core[1:],
                        kind="issuer",
                        strong=True,
                        after_preposition=False,
                    )
                    self.names.append(name)
                    continue
                if ric and not lead:
                    self._add_ric(i, run)
                    run = []
                    sentence_first = False
                    continue
                # A word of a name: the run's tokens are read again when it closes.
                toks[i] = tuple.__new__(
                    _Token,
                    (s, ends[i], core_start, core_start + len(core), core, lead, trail, newline),
                )
                if glued:
                    run.append(i)
                    close(end=core_start + glued)
                    sentence_first = False
                    continue
                if run:
                    namelike = namelike or (year and not run_trail) or legal
                    if joiner and not run_trail and i + 1 < len(toks):
                        nxt = toks[i + 1]
                        if _is_name_core(nxt.core) and not nxt.lead and not trail:
                            run.append(i)
                            run_trail, run_suffix = trail, suffix
                            continue
                if namelike and run and run_trail:
                    close()
                    sentence_first = False
                if namelike and not run and stop:
                    continue
                if namelike:
                    # "Cameco Corp. CCJ": a bare symbol after a legal suffix.
                    # "Haulstar Technologies HLST slipped": a bare symbol between a
                    # name and a lower-case word, not the name's initials.
                    if run and symbol and (run_suffix or self._bare_symbol_after(run, i)):
                        close(symbol=core)
                        sentence_first = False
                        continue
                    run.append(i)
                    run_trail, run_suffix = trail, suffix
                    if (possessive and not self._name_goes_on(i)) or (trail and trail[0] != "."):
                        close()
                        sentence_first = False
                    continue
                close()
                sentence_first = False
            close()

    def _bare_symbol_after(self, run: list[int], i: int) -> bool:
        toks = self.tokens
        core, last = toks[i].core, toks[run[-1]]
        if not _is_bare_symbol(core) or core in _NOT_SYMBOLS or core in INDEX_WORDS:
            return False
        # "Vellmar AG fell": a legal form ends the name, it is no symbol.
        if core in _SUFFIXES or core in CORPORATE_SUFFIXES or core.title() in _SUFFIXES:
            return False
        if last.trail or last.core.isupper() or not last.core[:1].isupper():
            return False
        if toks[i].trail not in ("", ",") or i + 1 >= len(toks):
            return False
        nxt = toks[i + 1]
        if nxt.lead or not nxt.core[:1].islower() or nxt.newline:
            return False
        name = " ".join(toks[j].core for j in run)
        return not _is_acronym(core, name) and core.casefold() not in name.casefold()

    def _name_goes_on(self, i: int) -> bool:
        """After a possessive, the name goes on to a legal suffix: "Domino's Pizza Inc."."""
        toks = self.tokens
        for j in range(i + 1, min(i + 5, len(toks))):
            core = toks[j].core
            if not _is_name_core(core) or toks[j].lead:
                return False
            if core.rstrip(".") in _SUFFIXES:
                return True
            if toks[j].trail and toks[j].trail[0] != ".":
                return False
        return False

    def _add_run(
        self,
        run: list[int],
        ticker_at: dict[int, Ticker],
        ticker_starts: list[int],
        sentence_first: bool,
        end_at: int | None,
        symbol_after: str | None,
    ) -> None:
        """Record the name the tokens ``run`` spell, with its listing if one follows.

        ``end_at`` cuts a name glued to its verb; ``symbol_after`` is a bare
        symbol written after it ("Cameco Corp. CCJ").
        """
        toks, text = self.tokens, self.text
        while run and toks[run[0]].core in SUBJECT_STOPWORDS:
            run = run[1:]
        while run and toks[run[-1]].core in ("of", "de", "&"):
            run = run[:-1]
        if not run:
            return
        start = toks[run[0]].core_start
        end = end_at if end_at is not None else toks[run[-1]].core_end
        name = text[start:end]
        # Most names end in no possessive.
        if name.endswith(_POSSESSIVE_MARKS):
            for mark in _POSSESSIVE_MARKS:
                if name.endswith(mark):
                    name = name[: -len(mark)]
                    end -= len(mark)
        name = name.strip("\"“”‘’'")
        if not name or name in SUBJECT_STOPWORDS:
            return
        start = text.find(name, start, end + 1)
        end = start + len(name)
        kind = _name_kind(name)
        symbol: str | None = None
        strong = False
        # The listing or symbol that follows the name.
        j = bisect.bisect_left(ticker_starts, end)
        if j < len(ticker_starts) and ticker_starts[j] - end <= 4:
            symbol = ticker_at[ticker_starts[j]].symbol
            strong = True
        elif symbol_after is not None:
            symbol = symbol_after
            strong = True
        else:
            after = text[end : end + 40]
            # "Sibanye Stillwater's (SSWJ.J) shares": past a possessive's mark.
            if after[:2] in ("'s", "’s"):
                after = after[2:]
            spaced = after.lstrip(" \u00a0")
            # Most names are followed by no parenthesis: no pattern to try.
            m = _PAREN_SYMBOL.match(spaced) if spaced[:1] == "(" else None
            if m and after[: len(after) - len(spaced)].count(" ") <= 1:
                sym = m.group(1)
                if sym not in _NOT_SYMBOLS and not _is_acronym(sym, name):
                    symbol = sym
                    strong = True
        if not strong:
            # Named as what trades: "X shares", "shares of X", "X (up 1.46 ...)".
            rest = text[end : end + 20]
            # Only a mark or a space is taken off: most names are followed by neither.
            # A possessive's mark, then spaces.
            if rest[:1] in ("'", "’"):
                rest = rest[2:] if rest[1:2] == "s" else rest[1:]
            rest = rest.lstrip(_SPACES)
            strong = rest.startswith(("shares", "stock", "share price", "Shares"))
            strong = strong or (sentence_first and rest.startswith("("))
            # Only "o", "f" and " " in either case fold to "of ": most names
            # follow no "of".
            strong = strong or (
                text[max(0, start - 3) : start].casefold() == "of "
                and text[max(0, start - 10) : start].casefold().endswith("shares of ")
            )
        after_prep = False
        j = run[0] - 1
        if j >= 0:
            # The words before: a bare word is read without splitting its token.
            prev, trail = toks.core_and_trail(j)
            prev = prev.casefold()
            if prev in _PREPOSITIONS:
                after_prep = not trail
            elif prev in _DETERMINERS and j > 0 and not trail:
                after_prep = toks.core_and_trail(j - 1)[0].casefold() in _PREPOSITIONS
        self.names.append(
            _new_name(
                start=start,
                end=end,
                text=name,
                symbol=symbol,
                kind=kind,
                strong=strong,
                after_preposition=after_prep,
            )
        )

    def _add_ric(self, i: int, run: list[int]) -> None:
        toks, text = self.tokens, self.text
        tok = toks[i]
        if run:
            first, last = toks[run[0]], toks[run[-1]]
            while run and toks[run[0]].core in SUBJECT_STOPWORDS:
                run = run[1:]
            if run:
                first = toks[run[0]]
            start, end = first.core_start, last.core_end
        else:
            # "Energy firms .AXEJ": the words back to a determiner or a comma.
            j = i - 1
            while j >= 0 and i - j <= 5 and not toks[j].trail:
                if toks[j].core.casefold() in _DETERMINERS | _PREPOSITIONS | _NP_STOP:
                    break
                if toks[j].core in SUBJECT_STOPWORDS:
                    break
                j -= 1
            # Marks alone before the code ("The - BHP.AX") name nothing either.
            if j == i - 1 or not any(
                ch.isalnum() for ch in text[toks[j + 1].core_start : toks[i - 1].core_end]
            ):
                # The code stands alone: it names the subject itself ("BHP.AX fell").
                kind = "index" if tok.core.startswith(".") else "issuer"
                self.names.append(
                    _new_name(
                        start=tok.core_start,
                        end=tok.core_end,
                        text=tok.core,
                        symbol=tok.core,
                        kind=kind,
                        strong=True,
                        after_preposition=False,
                    )
                )
                return
            start, end = toks[j + 1].core_start, toks[i - 1].core_end
            # "Kestrel Lake's Toronto-listed shares KLM.TO": the owner of the
            # shares is named (an index's code stays with the index's words).
            if toks[i - 1].core.casefold() in _SHARE_WORDS:
                for k in range(j + 1, i - 1):
                    if toks[k].core.endswith(("'s", "’s")):
                        end = toks[k].core_end
                        break
        name = text[start:end]
        for mark in ("'s", "’s"):
            if name.endswith(mark):
                name, end = name[: -len(mark)], end - len(mark)
        if not name:
            return
        kind = (
            "index"
            if tok.core.startswith(".") or any(w in INDEX_WORDS for w in name.split())
            else "issuer"
        )
        self.names.append(
            _new_name(
                start=start,
                end=end,
                text=name,
                symbol=tok.core,
                kind=kind,
                strong=True,
                after_preposition=False,
            )
        )

    # symbols -----------------------------------------------------------------------

    @functools.cached_property
    def grouped_listings(self) -> dict[str, list[Ticker]]:
        """The listings of each symbol written in one group: "(TSX: RBM; NYSE: RBMC)"."""
        groups: list[list[Ticker]] = []
        for t in sorted(self._tickers, key=lambda t: t.start):
            if groups and 0 <= t.start - groups[-1][-1].end <= 4:
                groups[-1].append(t)
            else:
                groups.append([t])
        by_symbol: dict[str, list[Ticker]] = {}
        for group in groups:
            if len({t.symbol for t in group}) > 1:
                for t in group:
                    by_symbol.setdefault(t.symbol, group)
        return by_symbol

    def venue_symbol(self, symbol: str | None, lo: int, at: int, hi: int) -> str | None:
        """Of a group of listings, the one on the venue the sentence names, else ``symbol``.

        The first venue after the figure at ``at`` counts, else the last before it.
        """
        group = self.grouped_listings.get(symbol) if symbol is not None else None
        if not group:
            return symbol
        text = self.text
        venues = _VENUE if "-listed" in text[lo : max(at, hi)] else _VENUE_ON
        venue = venues.search(text, at, hi)
        if venue is None:
            before = list(venues.finditer(text, lo, at))
            venue = before[-1] if before else None
        mics: set[str] = set()
        if venue is not None:
            name = venue.group("venue") or venue.group("listed")
            city = next((c for c in VENUE_CITIES if c.casefold() == name.casefold()), None)
            if city is not None:
                mics.update(VENUE_CITIES[city])
            else:
                mic = mic_for(name)
                if mic is not None:
                    mics.add(mic)
        if not mics or any(t.symbol == symbol and t.mic in mics for t in group):
            return symbol
        return next((t.symbol for t in group if t.mic in mics), symbol)

    @functools.cached_property
    def _symbols_of(self) -> dict[str, tuple[str | None, list[tuple[int, str]]]]:
        # Per subject, read after scan(): the symbol the article gives it, or the
        # listings it may be, by position. An article names a few subjects often.
        return {}

    def symbol_for(self, subject: str | None, pos: int) -> str | None:
        """The symbol the article gives ``subject``, the latest before ``pos`` preferred."""
        if not subject:
            return None
        got = self._symbols_of.get(subject)
        if got is None:
            got = self._symbols_of[subject] = self._listings_of(subject)
        symbol, found = got
        if not found:
            return symbol
        # The latest listing group named before, else the first after;
        # of a group such as "(NYSE: GOLD; TSX: ABX)", its first symbol.
        before = [f for f in found if f[0] <= pos]
        at = before[-1][0] if before else found[0][0]
        return next(sym for start, sym in found if start >= at - _GROUP_SPAN)

    def _listings_of(self, subject: str) -> tuple[str | None, list[tuple[int, str]]]:
        """The one symbol the article gives ``subject``, or None and the listings
        that may be its own, in order, when they are several."""
        bare = subject.strip().lstrip("$")
        if bare.casefold() in self.symbols and bare.isupper():
            return self.symbols[bare.casefold()], []
        key = _norm(subject)
        words = key.split()
        if not words:
            return None, []
        exact: list[tuple[int, str]] = []
        loose: list[tuple[int, str]] = []
        for at, name, symbol in self.links_by_word.get(words[0], ()):
            if name == key:
                exact.append((at, symbol))
                continue
            nwords = name.split()
            shorter = len(words) < len(nwords) and nwords[: len(words)] == words
            longer = len(nwords) < len(words) and words[: len(nwords)] == nwords
            # "Anglo" for "Anglo American"; "Nasdaq Composite" for "Nasdaq".
            # "Kestrel Lake Minerals" for "Kestrel Lake": its trade and legal form.
            if (shorter and (len(words) > 1 or words[0] not in _GENERIC_FIRST)) or (
                longer
                and all(
                    w in _INDEX_TAILS or w.title() in _SUFFIXES or w.title() in INDUSTRY_TAILS
                    for w in words[len(nwords) :]
                )
            ):
                loose.append((at, symbol))
        for found in (exact, loose):
            if found:
                if len({s for _, s in found}) == 1:
                    return found[0][1], []
                found.sort()
                return None, found
        return None, []

    # subjects -----------------------------------------------------------------------

    @functools.cached_property
    def commodity_starts(self) -> list[int]:
        # Read after scan(): the commodities are in order of their spans.
        return [c.start for c in self.commodities]

    def commodities_starting(self, lo: int, hi: int) -> list[_Name]:
        """The commodities that start inside ``[lo, hi)``, in order."""
        k = bisect.bisect_left(self.commodity_starts, lo)
        return self.commodities[k : bisect.bisect_left(self.commodity_starts, hi, k)]

    def commodities_within(self, lo: int, hi: int) -> list[_Name]:
        """The commodities that lie inside ``[lo, hi)``, in order."""
        return [c for c in self.commodities_starting(lo, hi) if c.end <= hi]

    def names_between(self, start: int, end: int) -> list[_Name]:
        lo = bisect.bisect_left(self.name_starts, start)
        hi = bisect.bisect_left(self.name_starts, end)
        return [n for n in self.names[lo:hi] if n.end <= end]

    def last_entity(self, pos: int, kind: str) -> tuple[str | None, str | None] | None:
        """The last subject named before ``pos`` that a reference of ``kind`` may mean."""
        best: tuple[int, str | None, str | None] | None = None
        weak: tuple[int, str | None, str | None] | None = None
        lo = bisect.bisect_left(self.name_starts, pos)
        for n in reversed(self.names[max(0, lo - 400) : lo]):
            if n.end > pos or n.kind == "place":
                continue
            if kind == "issuer" and n.kind != "issuer":
                continue
            if kind == "index" and n.kind != "index":
                continue
            if n.strong or kind == "index":
                best = (n.start, n.text, n.symbol)
                break
            if weak is None:
                weak = (n.start, n.text, n.symbol)
        for at, subject, symbol, skind in reversed(self.found[-50:]):
            if at >= pos:
                continue
            if kind != "any" and skind != kind:
                continue
            if best is None or at > best[0]:
                best = (at, subject, symbol)
            break
        if kind == "any":
            k = bisect.bisect_right(self.commodity_ends, pos) - 1
            if k >= 0:
                c = self.commodities[k]
                if best is None or c.start > best[0]:
                    best = (c.start, c.text, None)
        if best is None:
            best = weak
        if best is None:
            return None
        return best[1], best[2] if best[2] is not None else self.symbol_for(best[1], pos)


def _is_acronym(symbol: str, name: str) -> bool:
    """True when ``symbol`` is built of the initials of ``name`` (ECB, PGM, SEC)."""
    initials = "".join(w[0] for w in _INITIALS_SPLIT.split(name) if w).upper()
    letters = symbol.upper()
    return len(letters) >= 2 and (initials.endswith(letters) or letters == initials)


# -- percentages ----------------------------------------------------------------


def _after_spaces(text: str, pos: int, end: int, skip: str = "") -> str:
    """The first character after the spaces (and ``skip`` marks) from ``pos``, or
    "" when they run on for more than a few characters, up to ``end``.

    str.isspace holds for every character the patterns' \\s matches (and a few
    control characters more): a pattern that needs a word after its spaces can
    match only where that word's first character is returned, or "".
    """
    return text[pos : min(end, pos + 12)].lstrip().lstrip(skip).lstrip()[:1]


# What a join of figures starts with after its spaces: ",", "and", "&", "or".
_JOIN_FIRST = ",aA&oO"


def _may_join(text: str, start: int, end: int) -> bool:
    return _after_spaces(text, start, end) in _JOIN_FIRST


def _groups(text: str, percents: Sequence[Percent]) -> list[list[Percent]]:
    """Figures joined by "and" or commas, which share one direction word.

    A list joined by commas alone is no group ("rose 5%, 3% below its peak"):
    one of its joins must be a word such as "and".
    """
    groups: list[list[Percent]] = []
    worded: list[bool] = []
    for p in percents:
        if groups:
            last = groups[-1][-1]
            # "15-20%" gives two figures at one span; "10.51% and 10.95%" two joined.
            if p.start == last.start:
                groups[-1].append(p)
                worded[-1] = True
                continue
            join = (
                _JOIN.fullmatch(text, last.end, p.start)
                if last.end <= p.start and _may_join(text, last.end, p.start)
                else None
            )
            if join is not None:
                groups[-1].append(p)
                worded[-1] = worded[-1] or "," not in join.group() or "and" in join.group()
                continue
        groups.append([p])
        worded.append(False)
    out: list[list[Percent]] = []
    for group, ok in zip(groups, worded, strict=True):
        out.extend([group] if ok or len(group) == 1 else [[p] for p in group])
    return out


# -- moves --------------------------------------------------------------------------


class _Found(NamedTuple):
    direction: Direction
    anchor: int  # where the clause's verb or direction word starts
    spans: list[tuple[int, int]]  # one text span per figure
    kind: str  # "verb", "after", "noun", "causative", "off", "continuation"
    object: tuple[int, int] | None = None


def _word_before(text: str, lo: int, at: int) -> str:
    """The end of the last word before ``at``, past spaces and a dash, case-folded.

    The patterns read leftwards from a figure end in a word and such a gap: when
    the word is none of theirs, the pattern is not tried.
    """
    return _folded(text[lo:at].rstrip().rstrip("–—-").rstrip()[-20:])


def _last_words(phrases: Iterable[str]) -> tuple[str, ...]:
    return tuple({p.split()[-1].casefold() for p in phrases})


_QUALIFIER_ENDS = _last_words(QUALIFIERS)
_LEFT_ENDS = (
    *_last_words((*VERBS["up"], *VERBS["down"], *_GLUED_VERBS.split("|"))),
    *("by", "between", "or"),
    *_QUALIFIER_ENDS,
)
_CAUSATIVE_ENDS = (
    *("shares", "stock", "stocks", "price", "up", "down", "higher", "lower", "by"),
    *_QUALIFIER_ENDS,
)
_OFF_ENDS = (*_last_words(OFF_VERBS), *_QUALIFIER_ENDS)
_NOUN_OF_ENDS = ("of", *_QUALIFIER_ENDS)
_CONTINUATION_ENDS = _last_words(CONTINUATIONS)
_AND_ENDS = ("and", *_QUALIFIER_ENDS)


def _first_words(alternatives: Iterable[str]) -> tuple[str, ...]:
    """The literal letters each pattern of ``alternatives`` starts with, case-folded:
    "tariffs?" starts with "tariff", "a\\syear" with "a"."""
    words = set()
    for alt in alternatives:
        m = regex.match(r"[A-Za-z]++", alt)
        assert m is not None, alt
        word = m.group()
        if alt[m.end() : m.end() + 1] in ("?", "*", "{"):
            word = word[:-1]
        words.add(word.casefold())
    return tuple(sorted(words))


# The first words of what stands after a figure: of the words that make it
# no move, and of the adjectives and nouns that give its direction.
_NOT_AFTER_FIRST = _first_words(NON_MOVE_AFTER)
_RIGHT_FIRST = tuple(
    sorted(
        {
            p.split()[0].casefold()
            for p in (*ADJECTIVES["up"], *ADJECTIVES["down"], *NOUNS["up"], *NOUNS["down"])
        }
        | {"increase", "decrease"}
    )
)
# The longest of those words, and more: the head read after a figure holds it whole.
_HEAD_LENGTH = 16


def _head_after(text: str, pos: int) -> str | None:
    """The first characters after the spaces at ``pos``, in lower case; None when
    they are not all ASCII or the spaces run on.

    A pattern that reads spaces and then one of a list of words can match at
    ``pos`` only where this head starts with one of them: str.isspace holds for
    every character the patterns' \\s matches, and ASCII letters are the same
    under IGNORECASE as in lower case.
    """
    seg = text[pos : pos + 2 * _HEAD_LENGTH]
    head = seg.lstrip()[:_HEAD_LENGTH]
    if not head.isascii() or (len(head) < _HEAD_LENGTH and pos + len(seg) < len(text)):
        return None
    return head.lower()


# The verbs of _LEFT by their last word, case-folded, for the last words that
# do not end in a hedge, "by", "between" or "or" ("lost 84p, or 5%"): for each,
# the direction of the verb alone, if it is one, and of the two-word verbs it
# ends ("edged up"), by their first word. A word that ends in a hedge's
# letters ("recover") is left to the pattern, which tells the two apart.
def _verb_ends() -> dict[str, tuple[Direction | None, dict[str, Direction]]]:
    unsafe = set()
    unsafe_ends = (*{q.casefold().split()[-1] for q in QUALIFIERS}, "by", "between", "or")
    ends: dict[str, tuple[Direction | None, dict[str, Direction]]] = {}
    # The "up" verbs first: _LEFT tries them first.
    for direction in ("down", "up"):
        for verb in VERBS[direction]:
            words = verb.casefold().split()
            *first, last = words
            pairs = ends.setdefault(last, (None, {}))[1]
            if first:
                pairs[first[0]] = direction
                if len(words) > 2 or not all(w.isalpha() for w in words):
                    unsafe.add(last)
            else:
                ends[last] = (direction, pairs)
    return {
        w: v
        for w, v in ends.items()
        if w.isascii() and w.isalpha() and w not in unsafe and not w.endswith(unsafe_ends)
    }


_VERB_ENDS = _verb_ends()
# A verb is read from this far before a figure.
_VERB_REACH = 32


def _verb_before(text: str, lo: int, at: int) -> tuple[Direction, int] | None:
    """The direction and start of a verb right before ``at``, past spaces: what
    _LEFT finds there ("rose 5%", "edged up 5%"), found with no pattern. None
    when the word before is none of _VERB_ENDS, or more than a space stands
    between words.

    The verb's words are the last words of the stretch, each after a space:
    the first starts after ``lo``, past a boundary.
    """
    seg = text[max(lo, at - _VERB_REACH) : at]
    words = seg.rstrip(_SPACES)
    if len(words) == len(seg):
        return None
    parts = words.rsplit(" ", 2)
    if len(parts) < 2 or not parts[-1].isascii():
        return None
    got = _VERB_ENDS.get(parts[-1].lower())
    if got is None:
        return None
    alone, pairs = got
    start = at - len(seg) + len(words) - len(parts[-1])
    if pairs:
        if len(parts) < 3 or not parts[1]:
            return None
        before = parts[1]
        if before.isascii() and before.isalpha():
            # Of the verbs of one direction the longer wins, as in _LEFT's tree.
            pair = pairs.get(before.lower())
            if pair is not None and (alone is None or pair == "up" or alone == "down"):
                return pair, start - 1 - len(before)
        elif before[-1].isalpha() or before[-1].isspace():
            # "ticKed up" with a Kelvin sign, "edged\n up": for the pattern.
            return None
        # Else a mark ends the word before: "a year earlier, up 12%".
    return (alone, start) if alone is not None else None


def _no_move_after(text: str, end: int, after: str | None) -> bool:
    """Whether words after the figure ending at ``end`` make it no move ("5% stake");
    ``after`` is :func:`_head_after` there."""
    return (after is None or after.startswith(_NOT_AFTER_FIRST)) and (
        _NOT_AFTER.match(text, end, end + _MAX_RIGHT) is not None
    )


def _direction(
    text: str, group: list[Percent], lo: int, previous: Direction | None
) -> _Found | None:
    first, last = group[0], group[-1]
    after = _head_after(text, last.end)
    verb = _verb_before(text, lo, first.start)
    before = ""
    if verb is None:
        before = _word_before(text, lo, first.start)
        m = _LEFT.match(text, lo, first.start) if before.endswith(_LEFT_ENDS) else None
        if m is not None:
            side: Direction = "up" if m.group("up") is not None else "down"
            verb = (side, m.start(side))
    if verb is not None:
        direction, verb_start = verb
        if _no_move_after(text, last.end, after) or (
            # Most figures are followed by no "in": no pattern to try.
            (
                after.startswith("in")
                if after is not None
                else _folded(_after_spaces(text, last.end, last.end + _MAX_RIGHT)) in ("i", "")
            )
            and _IN_A_FIGURE.match(text, last.end, last.end + _MAX_RIGHT)
        ):
            return None
        return _Found(direction, verb_start, [(verb_start, p.end) for p in group], "verb")
    m = _CAUSATIVE.match(text, lo, first.start) if before.endswith(_CAUSATIVE_ENDS) else None
    if m is not None:
        if m.group("dir") is not None:
            direction = "up" if m.group("dir").casefold() in ("up", "higher") else "down"
        else:
            direction = "up" if m.group("up") is not None else "down"
        start = m.start()
        return _Found(
            direction, start, [(start, p.end) for p in group], "causative", m.span("object")
        )
    m = _OFF_LEFT.match(text, lo, first.start) if before.endswith(_OFF_ENDS) else None
    if m is not None and _OFF_RIGHT.match(text, last.end, last.end + _MAX_RIGHT):
        start = m.start("verb")
        return _Found("down", start, [(start, p.end) for p in group], "off")
    m = (
        _RIGHT.match(text, last.end, last.end + _MAX_RIGHT)
        if after is None or after.startswith(_RIGHT_FIRST)
        else None
    )
    # "were 2.1p, or 0.6%, higher": the direction word after the aside's comma.
    if (
        m is None
        and len(group) == 1
        and (after is None or after.startswith(","))
        and before.endswith("or")
        and _ASIDE_LEFT.match(text, lo, first.start)
    ):
        m = _ASIDE_RIGHT.match(text, last.end, last.end + _MAX_RIGHT)
    if m is not None:
        if m.group("up") is not None or m.group("down") is not None:
            direction = "up" if m.group("up") is not None else "down"
            # "earnings would be at least 40% higher": the clause starts before the hedge.
            q = _QUALIFIER_LEFT.match(text, lo, first.start)
            anchor = q.start() if q is not None else first.start
            return _Found(direction, anchor, [(p.start, m.end()) for p in group], "after")
        direction = "up" if m.group("nup") is not None else "down"
        return _Found(direction, first.start, [(p.start, m.end()) for p in group], "noun")
    m = _NOUN_OF.match(text, lo, first.start) if before.endswith(_NOUN_OF_ENDS) else None
    if m is not None and not _no_move_after(text, last.end, after):
        direction = "up" if m.group("up") is not None else "down"
        start = m.start()
        return _Found(direction, start, [(start, p.end) for p in group], "noun")
    # "(+5.2%)": the sign inside the parentheses, before or in the figure.
    head = text[max(0, first.start - 2) : first.start + 1]
    sign = next((c for c in head[-2:] if c in "+-−"), "")
    if (
        len(group) == 1
        and sign
        and text[last.end : last.end + 1] == ")"
        and head[: head.index(sign)].endswith("(")
    ):
        direction = "up" if sign == "+" else "down"
        return _Found(direction, first.start, [(first.start, first.end)], "signed")
    # "Atlas Gold (TSX: AGX) +12%, Orion -3%": a signed figure right after a name.
    if (
        len(group) == 1
        and first.text[:1] in ("+", "-", "−")
        and _AFTER_NAME.match(text, lo, first.start)
        and _LIST_END.match(text, last.end, last.end + _MAX_RIGHT)
    ):
        direction = "up" if first.text[0] == "+" else "down"
        return _Found(direction, first.start, [(first.start, first.end)], "signed")
    # "Gold was +0.4% at $2,751/oz": a signed figure after "was" or "closed".
    if all(p.text[:1] in ("+", "-", "−") for p in group):
        m = _COPULA.match(text, lo, first.start)
        if m is None and text[first.start - 2 : first.start].strip() == ",":
            m = _AT_LEVEL.match(text, lo, first.start)
        if m is not None:
            direction = "up" if first.text[0] == "+" else "down"
            return _Found(direction, m.start(), [(p.start, p.end) for p in group], "signed")
    # The rest carries on the previous move: there must be one.
    if previous is None:
        return None
    m = _CONTINUATION.match(text, lo, first.start) if before.endswith(_CONTINUATION_ENDS) else None
    if m is None and before.endswith(_AND_ENDS):
        # "and" is looked for first: most words that end a hedge stand after none.
        m = _AND.match(text, lo, first.start)
        if m is not None and not (
            _WHEN_AFTER.match(text, last.end, last.end + _MAX_RIGHT)
            or (
                (after is None or after.startswith(("on", "in")))
                and _VENUE_ON_AFTER.match(text, last.end, last.end + _MAX_RIGHT)
            )
            or (
                "-listed" in text[last.end : last.end + _MAX_RIGHT]
                and _VENUE_AFTER.match(text, last.end, last.end + _MAX_RIGHT)
            )
        ):
            m = None
    if m is not None:
        if _no_move_after(text, last.end, after):
            return None
        start = m.start("word")
        if text[start : start + 3].casefold() in ("an ", "a "):
            start = text.find(" ", start) + 1
        return _Found(previous, start, [(start, p.end) for p in group], "continuation")
    return None


def _clause_reach(art: _Article, end: int, stop: int) -> int:
    """How far the words about a move may run from ``end``: to a sentence end, a
    comma or semicolon, ``stop`` or 120 characters, whichever comes first."""
    limit = min(art.sentence_end(end), stop, end + 120)
    text = art.text
    for mark in ",;":
        at = text.find(mark, end, limit)
        if at >= 0:
            limit = at
    return limit


def _session_and_period(
    art: _Article, found: _Found, group_end: int, stop: int, left_from: int
) -> tuple[str | None, str | None]:
    """The session and the window of a move: after its figures in their clause,
    else before them in the sentence."""
    text, sessions, periods = art.text, art.sessions, art.periods
    session = period = None
    a, b = group_end, _clause_reach(art, group_end, stop)
    anchor = found.anchor
    # Both windows lie in the words from the first to the end of the clause:
    # most hold no word of a session or a window, and need no more reading.
    # A window holds no word its whole stretch lacks: a kind of word the
    # stretch lacks is not looked for again in either window.
    stretch = _folded(text[left_from:b])
    may_session = sessions.holds_a_key(stretch)
    may_period = periods.holds_a_key(stretch)
    if not (may_session or may_period):
        return None, None
    # Each character folds to one, mostly: the windows are then slices of the
    # stretch, not folded again.
    aligned = len(stretch) == b - left_from
    end = b

    def folded(lo: int, hi: int) -> str:
        if aligned and left_from <= lo <= hi <= end:
            return stretch[lo - left_from : hi - left_from]
        return _folded(text[lo:hi])

    # The clause after the figures ends at a word such as "after" or "while".
    # Most clauses hold no word of a session or a window as far as they may
    # run: those need not be cut, nor scanned.
    window = folded(a, b)
    after_session = may_session and sessions.holds_a_key(window)
    after_period = may_period and periods.holds_a_key(window)
    if after_session or after_period:
        m = _CLAUSE_WORD.search(text, a, b)
        if m is not None:
            b = m.start()
            window = folded(a, b)
            after_session = after_session and sessions.holds_a_key(window)
            after_period = after_period and periods.holds_a_key(window)
        if after_session:
            m = sessions.first_held(a, b)
            if m is not None:
                session = _session_name(m)
        if after_period:
            m = periods.first_held(a, b)
            if m is not None:
                period = m.group()
    if (session is None and may_session) or (period is None and may_period):
        # Else the words before the verb: "In pre-market trading, Atlas rose 5%".
        a, b = left_from, anchor
        window = folded(a, b)
        if session is None and may_session and sessions.holds_a_key(window):
            m = sessions.first_held(a, b)
            if m is not None:
                session = _session_name(m)
        if period is None and may_period and periods.holds_a_key(window):
            m = periods.first_held(a, b)
            if m is not None:
                period = m.group()
    return session, period


def _session_name(m: regex.Match[str]) -> str:
    """The session a match of _SESSION names: the name of its group that matched."""
    return next(k for k, v in m.groupdict().items() if v).replace("_", "-")


def _np_before(art: _Article, pos: int, floor: int) -> tuple[int, int] | None:
    """The noun phrase that ends just before ``pos``, auxiliaries skipped.

    None when a comma or the clause's start comes first: the verb then has
    its subject further back ("Implats was the biggest riser, surging 12%").
    """
    toks, starts = art.tokens, art.token_starts
    i = bisect.bisect_left(starts, pos) - 1
    # Skip auxiliaries and adverbs: "has been", "is currently", "were trading".
    # A token's start is read before the token: the one before the clause is
    # not split for nothing.
    skipped = 0
    while i >= 0 and starts[i] >= floor:
        tok = toks[i]
        if tok.core.casefold() not in _AUX_WORDS:
            break
        skipped += 1
        if skipped > 6 or tok.trail:
            return None
        i -= 1
    if i < 0 or starts[i] < floor:
        return None
    tok = toks[i]
    if tok.trail and tok.trail[0] in ",;:.!?":
        return None
    end = tok.core_end
    n = 0
    in_parens = art.in_parens
    while i >= 0 and n < _MAX_NP_TOKENS and starts[i] >= floor:
        tok = toks[i]
        if not in_parens[i]:
            trail = tok.trail
            if (
                n
                and trail
                and (trail[0] in ",;:!?" or (trail[0] == "." and not tok.core.endswith(".")))
            ):
                break
            word = tok.core.casefold()
            if word in _NP_STOP and not (word == "and" and _joins_names(art, i)):
                break
        n += 1
        i -= 1
    start = toks[i + 1].core_start
    return (start, end) if start < end else None


def _joins_names(art: _Article, i: int) -> bool:
    toks = art.tokens
    if i == 0 or i + 1 >= len(toks):
        return False
    before, after = toks[i - 1], toks[i + 1]
    left_ok = _is_name_core(before.core) or before.core.endswith(")") or before.trail == ")"
    # "BHP and Rio": a symbol or an acronym; "rose 3.2% and Barrick": a figure
    # ends a clause, not a name.
    left_ok = left_ok or (before.core.upper() == before.core and not before.core[:1].isdigit())
    right_ok = _is_name_core(after.core) or after.core.casefold() in ("even", "the")
    return left_ok and right_ok and not before.trail.startswith((",", ";", "."))


def _subjects_in_np(art: _Article, start: int, end: int, in_np: list[_Name]) -> list[_Name]:
    """The subjects among ``in_np``, the names of the phrase ``[start, end)``."""
    names = [n for n in in_np if n.kind != "place"]
    text = art.text[start:end]
    # "Shares of X", "the index of European shares": the part before "of" heads it.
    of = _OF.search(text) if "of" in text else None
    if of is not None and names:
        cut = start + of.start()
        head = [n for n in names if n.end <= cut and not _inside_name(n, cut)]
        tail = [n for n in names if n.start >= cut]
        if head and not any(n.start < cut < n.end for n in names):
            return head[-1:] if len(head) == 1 else head
        if tail and not head:
            # "Shares of Atlas and Orion rose 2% and 3%": the names listed
            # after "of", not those of a clause about the first.
            chain = tail[:1]
            for n in tail[1:]:
                if not _CHAINED.fullmatch(art.text, chain[-1].end, n.start):
                    break
                chain.append(n)
            return chain
    return names


def _inside_name(n: _Name, pos: int) -> bool:
    return n.start < pos < n.end


def _resolve_reference(art: _Article, phrase: str, pos: int) -> tuple[str | None, str | None]:
    # "X agreed to be bought by Y, sending its shares up 31%": "its" is the
    # sentence's subject's, not the last name's.
    if phrase[:4].casefold() == "its ":
        opened = art.sentence_start(pos)
        opened = max(opened, art.text.rfind(";", opened, pos) + 1)
        owner = next(
            (
                n
                for n in art.names_between(opened, pos)
                if n.kind == "issuer" and not n.after_preposition
            ),
            None,
        )
        if owner is not None:
            symbol = owner.symbol
            return owner.text, symbol if symbol is not None else art.symbol_for(owner.text, pos)
    kind = REFERENCES.get(phrase.casefold().replace("’", "'"), None)
    if kind is None:
        kind = REFERENCES.get(phrase.casefold(), "issuer")
    got = art.last_entity(pos, kind)
    if got is None and kind != "any":
        got = art.last_entity(pos, "any")
    return got if got is not None else (None, None)


# Between two names of a list: a listing or a bare symbol, then a comma or "and".
_CHAINED = regex.compile(
    r"\s*+(?:\([^()]{0,40}+\)\s*+|[A-Z][A-Z0-9.]{1,7}+\s++)?+"
    r"(?:,\s*+(?:and\s++)?+|and\s++(?:even\s++)?+)"
)


def _group_of(art: _Article, names: list[_Name], want: int) -> list[_Name] | None:
    """The nearest ``want`` names joined by "and" or commas, the last ones first."""
    if len(names) < want:
        return None
    text = art.text
    for last in range(len(names) - 1, want - 2, -1):
        chain = [names[last]]
        for n in reversed(names[:last]):
            if not _CHAINED.fullmatch(text, n.end, chain[0].start):
                break
            chain.insert(0, n)
            if len(chain) == want:
                return chain
    return None


# Between "shares" and the name they are of: "shares of Atlas Gold".
_OF_GAP = regex.compile(r"\s++of\s++", regex.IGNORECASE)


# Before a figure, the comma and article of an aside: "…, an 8% increase".
_ASIDE_OPEN = regex.compile(r"(?r),\s*+(?:an?\s++)?+\Z", regex.IGNORECASE)
# The nouns of what trades, as _NP_NOUNS less those a unit price is counted in
# ("$0.27 per share").
_TRADED_NOUNS = _NP_NOUNS - {"share", "units"}


def _sizes_a_figure(text: str, floor: int, anchor: int) -> bool:
    """True when the figure at ``anchor`` opens an aside after a comma and the
    clause before it last names a figure rather than what trades."""
    m = _ASIDE_OPEN.match(text, floor, anchor)
    return m is not None and _names_a_figure_last(text, floor, m.start())


# How far back from its comma the clause before an aside is read.
_CLAUSE_BACK = 200


def _names_a_figure_last(text: str, floor: int, comma: int) -> bool:
    """True when the clause that ends at ``comma`` names a figure ("dividend",
    "revenue", "112,000 ounces") after the last thing that trades ("shares",
    "stock", "price") it names, if any. A capitalised word counts only first
    in its clause: "Atlas Resources, up 4%" names a company."""
    lo = max(floor, comma - _CLAUSE_BACK)
    opened = max(text.rfind(";", lo, comma), text.rfind(":", lo, comma), lo - 1) + 1
    words = _WORD.findall(text, opened, comma)
    for i in range(len(words) - 1, -1, -1):
        folded = words[i].casefold()
        if i and not words[i][:1].islower():
            continue
        if folded in NON_PRICE_HEADS:
            return True
        # "produced 112,000 ounces in the quarter, up 14%": a count of goods.
        if folded in QUANTITY_UNITS and i > 0 and _COUNT.fullmatch(words[i - 1]):
            return True
        if folded in _TRADED_NOUNS:
            return False
    return False


def _pick(
    art: _Article, found: _Found, group: list[Percent], floor: int
) -> list[tuple[str | None, str | None]] | None:
    """The subjects of a move: one per figure, or one for all. None: not a move."""
    text = art.text
    want = len(group)
    distribute = (
        want > 1
        and group[0].start != group[-1].start
        and not _BETWEEN.match(text, floor, group[0].start)
    )
    anchor = found.anchor

    def named(n: _Name) -> tuple[str | None, str | None]:
        symbol = n.symbol if n.symbol is not None else art.symbol_for(n.text, n.start)
        # "ATLX shares were up 5%", "Movers: ATLX +5%": a bare symbol trades
        # under its own name.
        if (
            symbol is None
            and _SYMBOL_SUBJECT.fullmatch(n.text)
            and n.text not in _NOT_SYMBOLS
            and n.text not in INDEX_WORDS
            and (
                found.kind == "signed"
                or _SHARES_AFTER.match(text, n.end, n.end + _MAX_RIGHT) is not None
            )
        ):
            symbol = n.text
        return n.text, symbol

    # "lifted Anglo shares": the object of the verb moved.
    if found.kind == "causative" and found.object is not None:
        s, e = found.object
        names = art.names_between(s, e)
        if names:
            return [named(names[-1])]
        return [_resolve_reference(art, "the stock", s)]
    # "knocked 33.7% off the share price".
    if found.kind == "off":
        return [_resolve_reference(art, "the share price", anchor)]
    # "raised the dividend to $0.27 a share, an 8% increase": an aside that
    # sizes the change of the figure just named.
    if found.kind == "noun" and _sizes_a_figure(text, floor, anchor):
        return None
    # "reported revenue of $480 million for the quarter ended Sept. 30, up 22%":
    # a bare "up" or "down" after a comma tells how the clause's figure grew.
    if (
        found.kind == "verb"
        and text[anchor : anchor + 3].casefold() in ("up ", "dow")
        and text[floor:anchor].rstrip().endswith(",")
        and _names_a_figure_last(text, floor, text.rindex(",", floor, anchor))
    ):
        return None
    # "a 10% rise in the gold price would lift the NPV by 15%" is a what-if.
    if found.kind == "noun" and art.hypotheticals.first(
        floor, min(art.sentence_end(anchor), anchor + 300)
    ):
        return None
    # "a 0.5% gain in the broader mining sector index .AXMM".
    if found.kind == "noun":
        tail = text[found.spans[-1][1] : found.spans[-1][1] + 80]
        m = _IN.match(tail)
        if m is not None:
            start = found.spans[-1][1] + m.end()
            stop = min(art.sentence_end(start), start + 80)
            comma = text.find(",", start, stop)
            stop = comma if comma >= 0 else stop
            names = [n for n in art.names_between(start, min(stop, start + 80)) if n.symbol]
            names = names or art.names_between(start, min(stop, start + 60))
            names = [n for n in names if n.kind != "place"]
            if names:
                return [named(names[-1])]
            ref = _REFERENCE.match(text, start, stop)
            if ref is not None:
                return [_resolve_reference(art, ref.group(), start)]
            # "a 12% rise in revenue" is growth, not a price move.
            words = [w.casefold() for w in _WORD.findall(text, start, stop)[:4]]
            if any(w in NON_PRICE_HEADS for w in words) and not any(w in _NP_NOUNS for w in words):
                return None
        before = text[max(floor, anchor - 40) : anchor]
        det = _POSSESSOR.search(before)
        if det is not None:
            return [_resolve_reference(art, det.group(1), anchor)]
    # "After rising 8% last week, NVDA ...": the subject follows the comma.
    lead = text[floor:anchor].strip().split(" ", 1)[0].casefold()
    if lead in _LEADING_SUBORDINATORS:
        comma = text.find(",", found.spans[-1][1], min(art.sentence_end(anchor), anchor + 200))
        if comma >= 0:
            names = [n for n in art.names_between(comma, comma + 60) if n.kind != "place"]
            names += art.commodities_starting(comma, comma + 60)
            if names:
                return [named(min(names, key=lambda n: n.start))]
            ref = _REFERENCE_AFTER.match(text, comma + 1, comma + 60)
            if ref is not None:
                return [_resolve_reference(art, ref.group("ref"), comma)]
    # ", which closed down 4.7%": the name before the comma.
    relative = (
        _RELATIVE.match(text, floor, anchor) if _may_be_relative(text, floor, anchor) else None
    )
    if relative is not None:
        names = [n for n in art.names_between(floor, relative.start()) if n.kind != "place"]
        if names:
            return [named(names[-1])]
    # The noun phrase right before the verb: "Cameco and Uranium Energy surged".
    np = _np_before(art, anchor, floor)
    # "Copper on the LME slipped": the market it trades on is no subject.
    if np is not None:
        # A preposition stands before spaces: most phrases open their sentence.
        prep = (
            _PREPOSITION_LEFT.match(text, floor, np[0])
            if np[0] > floor and text[np[0] - 1].isspace()
            else None
        )
        if prep is not None and _is_venue(text[np[0] : np[1]]):
            np = _np_before(art, prep.start(), floor) or np
    if np is not None:
        s, e = np
        phrase = text[s:e]
        bare_head = phrase.rstrip(".,;:")
        # A printable phrase holds no space but " ": most hold no quote either.
        if bare_head.isprintable() and "'" not in bare_head and "’" not in bare_head:
            head = bare_head.rsplit(" ", 1)[-1].casefold()
        else:
            head = _HEAD_SPLIT.split(bare_head)[-1].casefold()
        in_np = art.names_between(s, e)
        names = _subjects_in_np(art, s, e, in_np)
        # "MSCI's broadest index of Asia-Pacific shares outside Japan
        # .MIAPJ0000PUS was down 0.5%": an index's code ends the whole phrase.
        last = in_np[-1:]
        if (
            last
            and last[0].symbol is not None
            and last[0].symbol.startswith(".")
            and text[last[0].end : e].strip() == last[0].symbol
        ):
            index = _DETERMINER_LEAD.sub("", text[s : last[0].end])
            # "Japan's Nikkei": the country is where the index is, not its name.
            place, mark, rest = index.replace("’s ", "'s ").partition("'s ")
            if mark and rest and place in PLACES:
                index = index[len(place) + len(mark) :]
            return [(index, last[0].symbol)]
        # "with basic resources down 1.9%", "utilities fell 1%": a sector by its
        # common words, the phrase's last one to three.
        if not names:
            words = bare_head.casefold().split()
            for k in (3, 2, 1):
                if len(words) >= k and " ".join(words[-k:]) in SECTORS:
                    return [(_DETERMINER_LEAD.sub("", bare_head), None)]
        # "Tamar Resources rose" is a company; "After-tax NPV rose" is not.
        acronym = bare_head[-len(head) :].isupper()
        if head in NON_PRICE_HEADS and (
            acronym or not any(n.end >= e - 1 and n.text.casefold() != head for n in names)
        ):
            return None
        # "the company's cash position": a figure after the owner's name.
        owner_end = max([s, *(n.end for n in names)])
        # The phrase's references are read only where no name ends it: a phrase
        # with a name is given to the name, and a reference inside ends no later.
        np_refs = art.references.within(s, e) if owner_end < e else []
        if np_refs:
            owner_end = max(owner_end, np_refs[-1].end())
        # Most phrases end with their owner's name: no words after it to read.
        after_owner = (
            [w.casefold() for w in _WORD.findall(text, owner_end, e)] if owner_end < e else []
        )
        if any(w in NON_PRICE_HEADS for w in after_owner) and not any(
            w in _NP_NOUNS for w in after_owner
        ):
            return None
        commodity = next(iter(art.commodities_within(s, e)), None)
        if commodity is not None and all(commodity.start <= n.start for n in names):
            # "Spot gold XAU=": a code right after the commodity is its symbol.
            coded = [n for n in names if n.symbol and n.start <= commodity.end + 2]
            return [(commodity.text, coded[-1].symbol if coded else None)]
        # "Benchmark nickel slipped": a bare metal heads the phrase, the name before
        # it only qualifies it.
        if (
            head in _COMMODITY_WORDS
            and bare_head[-len(head) :].islower()
            and not any(n.end > e - len(head) for n in names)
        ):
            return [(_DETERMINER_LEAD.sub("", phrase), None)]
        # "Revenue of A$312m (A$287m a year ago), up 9%": a capitalised figure's
        # name owns the phrase, and figures grow; they are not traded.
        if names and names[-1].text.casefold() in NON_PRICE_HEADS:
            return None
        if names:
            # Most verbs follow their subject with no "both" or "each" between.
            between = _folded(text[e:anchor])
            both = (("both" in between or "each" in between) and _BOTH.search(text, e, anchor)) or (
                want == 1 and _EACH_AFTER.match(text, group[-1].end, group[-1].end + _MAX_RIGHT)
            )
            if distribute:
                # "BHP, Rio Tinto and Fortescue rose 2%, 3% and 4%": the phrase
                # ends at the list's first comma; the list runs on before it.
                if len(names) < want:
                    names = [n for n in art.names_between(floor, e) if n.kind != "place"]
                chain = _group_of(art, names, want)
                if chain is not None:
                    return [named(n) for n in chain]
            if both and len(names) >= 2:
                chain = _group_of(art, names, 2) or names[-2:]
                return [named(n) for n in chain]
            return [named(names[-1])]
        ref = np_refs[-1] if np_refs else None
        if ref is not None:
            return [_resolve_reference(art, ref.group(), s)]
        # "while silver slipped 0.5%": a commodity named by its bare word.
        if head in _COMMODITY_WORDS:
            return [(_DETERMINER_LEAD.sub("", phrase), None)]
        # "the rand was 0.6% firmer": a currency named by its common noun.
        if head in CURRENCY_WORDS:
            return [(_DETERMINER_LEAD.sub("", phrase), None)]
        # "with the big banks rising 0.5%": a group named by a common noun.
        if head in _GROUP_NOUNS:
            return [(phrase, None)]
    # "expects production to increase by 25%": growth of a figure, not a price.
    bare = found.kind in ("noun", "signed") or text[anchor : anchor + 3].casefold() in (
        "up ",
        "dow",
    )
    if _grows_a_figure(art, anchor, floor, reach=8 if bare else 4):
        return None
    # "the materials group, which includes miners, rose 1.8%": the subject
    # stands before the relative clause.
    relative = (
        _RELATIVE_BETWEEN.match(text, floor, anchor)
        if "wh" in _folded(text[floor:anchor]) and text.find(",", floor, anchor) >= 0
        else None
    )
    if relative is not None:
        comma = relative.start()
        names = [n for n in art.names_between(floor, comma) if n.kind != "place"]
        if names and comma - names[-1].end <= 2:
            return [named(names[-1])]
        group_np = _TAIL_WORDS.search(text, max(floor, comma - 60), comma)
        if group_np is not None and group_np.group("head").casefold() in _GROUP_NOUNS:
            words = group_np.group().split()
            while words and words[0].casefold() in _NP_STOP:
                words.pop(0)
            return [(" ".join(words), None)]
    # "Holdings of the fund ... fell 0.3%": the sentence's subject is a figure.
    if floor == art.sentence_start(anchor):
        subject = _FIGURE_SUBJECT.match(text, floor, anchor)
        if subject is not None and subject.group("head").casefold() in NON_PRICE_HEADS:
            return None
    # The nearest name, listing or commodity before the verb in the sentence.
    candidates: list[_Name] = [n for n in art.names_between(floor, anchor) if n.kind != "place"]
    candidates += art.commodities_within(floor, anchor)
    candidates.sort(key=lambda n: n.start)
    if distribute:
        chain = _group_of(art, candidates, want)
        if chain is not None:
            return [named(n) for n in chain]
    singles = [n for n in candidates if not n.after_preposition]
    best_name = singles[-1] if singles else None
    # "the biggest faller on the index": a reference after a preposition is
    # where the subject stands, not what moved. The last other one counts.
    best_ref = next(
        (
            r
            for r in reversed(art.references.within(floor, anchor))
            if not _PREPOSITION_LEFT.match(text, max(floor, r.start() - 20), r.start())
        ),
        None,
    )
    if best_ref is not None and (best_name is None or best_ref.start() > best_name.end):
        # "Shares of Atlas Gold ... slid 5%, after sliding 14%": the name after
        # "of" is the one the shares are of.
        if best_ref.group().casefold().endswith(("shares", "stock")):
            owner = next((n for n in candidates if n.start >= best_ref.end()), None)
            if owner is not None and _OF_GAP.fullmatch(text, best_ref.end(), owner.start):
                return [named(owner)]
        return [_resolve_reference(art, best_ref.group(), best_ref.start())]
    if best_name is not None:
        # "- Revenue: US$12.4 million (…), an increase of 27%": a figure's name.
        if best_name.text.casefold() in NON_PRICE_HEADS:
            return None
        return [named(best_name)]
    got = art.last_entity(anchor, "issuer") or art.last_entity(anchor, "any")
    return [got if got is not None else (None, None)]


_COUNT = regex.compile(r"\d[\d,]*+(?:\.\d++)?+(?:[kmb]n?+)?+|million|billion|thousand")


_PREPOSITION_LEFT = regex.compile(
    r"(?r)(?<![\w-])(?:on|in|at|across|among|from|into|to|than|versus)\s++\Z", regex.IGNORECASE
)


def _is_venue(phrase: str) -> bool:
    """True for a market a subject trades on: "the LME", "the Shanghai Futures Exchange"."""
    name = _DETERMINER_LEAD.sub("", phrase.strip())
    return (
        name in COMMODITY_EXCHANGES
        or name in _VENUE_NAMES
        or name.endswith(("Exchange", "exchange"))
    )


def _grows_a_figure(art: _Article, anchor: int, floor: int, reach: int = 4) -> bool:
    """True when a lower-case word just before the verb names a figure, not a price.

    ``reach`` words are read back; past one comma too when ``reach`` is over 4
    ("Revenue was $5 million, up 12%").
    """
    toks, starts = art.tokens, art.token_starts
    i = bisect.bisect_left(starts, anchor) - 1
    seen = 0
    commas = 0 if reach <= 4 else 1
    while i >= 0 and starts[i] >= floor and seen < reach:
        tok = toks[i]
        if tok.trail and tok.trail[0] in ",;:.!?" and not art.in_parens[i]:
            if tok.trail[0] != "," or commas == 0:
                break
            commas -= 1
        word = tok.core.casefold()
        if word in _NP_NOUNS:
            return False
        # Most words are none of these heads: the word before is read only for one.
        if word in NON_PRICE_HEADS and (
            tok.core[:1].islower() or i == 0 or toks[i - 1].trail[-1:] in (".", "!", "?", "•")
        ):
            return True
        # "delivered 1,250 trucks in the quarter, up 14%": a count of goods.
        if word in QUANTITY_UNITS and i > 0 and _COUNT.fullmatch(toks[i - 1].core):
            return True
        seen += 1
        i -= 1
    return False


@functools.lru_cache(maxsize=4096)
def _kind_of(subject: str | None) -> str:
    # Cached: an article names the same few subjects again and again.
    if not subject:
        return "issuer"
    words = subject.split()
    if any(w in INDEX_WORDS for w in words) or subject.startswith((".", "S&P")):
        return "index"
    if _commodities(subject):
        return "commodity"
    return "issuer"


_new_move = _builder(PriceMove)


def find_moves(
    text: str,
    tickers: Sequence[Ticker] | None = None,
    percents: Sequence[Percent] | None = None,
) -> tuple[PriceMove, ...]:
    """Every percentage price move in ``text``, in order of appearance.

    ``tickers`` and ``percents`` are the listings and percentages already
    found in ``text``, if the caller has them; they are found here otherwise.

    >>> [(m.subject, m.symbol, m.direction, m.percent, m.session)
    ...  for m in find_moves("Atlas Gold (TSX: AGX) rose 4.5% in pre-market trading.")]
    [('Atlas Gold', 'AGX', 'up', Decimal('4.5'), 'pre-market')]
    """
    text = ensure_text(text)
    if percents is None:
        percents = find_percents(text)
    if not percents:
        return ()
    if tickers is None:
        tickers = find_tickers(text)
    # Every address holds "://", "www." or "@": most texts hold none.
    if "@" in text or "://" in text or "www." in text.casefold():
        links = link_spans(text)
        figures = [p for p in percents if not (links and links.overlaps(p.start, p.end))]
    else:
        figures = list(percents)
    art = _Article(text, tickers)
    moves: list[PriceMove] = []
    groups = _groups(text, figures)
    previous: tuple[Direction, list[tuple[str | None, str | None]], int] | None = None
    for g, group in enumerate(groups):
        first = group[0]
        floor = max(art.sentence_start(first.start), first.start - _MAX_BACK)
        lo = max(floor, first.start - _MAX_LEFT)
        prev_dir = None
        if previous is not None and first.start - previous[2] < 300:
            prev_dir = previous[0]
        found = _direction(text, group, lo, prev_dir)
        if found is None and len(group) > 1 and group[0].start != group[-1].start:
            # "rose 5% and 3% of its float changed hands": the list was no list.
            group = group[:1]
            found = _direction(text, group, lo, prev_dir)
        if found is None:
            continue
        last_end = max(e for _, e in found.spans)
        # Only "to" or "from" starts a level: most figures are followed by neither.
        if _after_spaces(text, last_end, last_end + _MAX_RIGHT, ",") in "tTfF" and (
            _TO_QUANTITY.match(text, last_end, last_end + _MAX_RIGHT)
        ):
            continue
        if found.kind == "continuation" and previous is not None:
            subjects = previous[1]
            if len(subjects) != len(group):
                subjects = subjects[-1:]
        else:
            art.scan()
            picked = _pick(art, found, group, floor)
            if picked is None:
                continue
            subjects = picked
        if art.grouped_listings:
            # "(TSX: RBM; NYSE: RBMC) … fell 4.1% on the NYSE": the listing that moved.
            where = (floor, min(art.sentence_end(found.anchor), found.anchor + _MAX_BACK))
            subjects = [
                (s, art.venue_symbol(sym, where[0], group[-1].end, where[1])) for s, sym in subjects
            ]
        stop = groups[g + 1][0].start if g + 1 < len(groups) else len(text)
        left_from = floor
        if moves and moves[-1].end > floor:
            left_from = found.anchor
        session, period = _session_and_period(art, found, group[-1].end, stop, left_from)
        per_figure = subjects if len(subjects) == len(group) else subjects[:1] * len(group)
        if len(subjects) > len(group):  # "X and Y have both jumped 10%"
            per_figure = subjects
            group = group * len(subjects)
            spans = found.spans * len(subjects)
        else:
            spans = found.spans
        for p, (subject, symbol), (s, e) in zip(group, per_figure, spans, strict=True):
            moves.append(
                _new_move(
                    subject=subject,
                    symbol=symbol,
                    direction=found.direction,
                    percent=abs(p.value),
                    session=session,
                    period=period,
                    text=text[s:e],
                    start=s,
                    end=e,
                )
            )
            art.found.append((p.start, subject, symbol, _kind_of(subject)))
        previous = (found.direction, subjects, group[-1].end)
    return tuple(moves)
