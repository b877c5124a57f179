"""Amounts of money: ``$10 billion``, ``US$1,343 an ounce``, ``C$50M``, ``129p``.

Contract: :func:`find_money` takes any ``str`` and returns every amount it
holds, in order of appearance, or nothing; it never raises on text and runs
in time linear in its length. :func:`parse_money` reads a string that holds
exactly one amount and raises :class:`~mineralnews.errors.ParseError`
otherwise.

An amount is a figure (:mod:`mineralnews.numbers`) with a currency: a sign
or code before it (``$``, ``US$``, ``C$``, ``£``, ``€``, ``USD``, ``R`` for
the rand), a word or code after it (``dollars``, ``Canadian dollars``,
``euros``, ``EUR``), or a subunit (``84p``, ``8.5c``, ``90 cents``,
``US12.5c``). Its ``text`` is the figure with its currency and magnitude;
a price's unit (``an ounce``, ``per share``, ``/oz``) goes into ``per``
and not into ``text``. A range gives one :class:`~mineralnews.model.Money`
per bound, the magnitude applied to both: ``$3-4 million`` is 3 and 4
million, each spanning the range.

A bare ``$`` (and the word ``dollars``) is USD unless ``dollar`` says
otherwise; :func:`mineralnews.parse_article` passes the dollar an article
states its amounts are in (:func:`stated_dollar`). Cents belong to the
dollar the article's amounts are mostly in (``8.5c`` among A$ amounts is
AUD).

Not money: cashtags (``$AAPL``), a currency without a figure (``US$``),
figures without a currency, and anything inside a URL or an e-mail address.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from decimal import Decimal

import regex

from mineralnews._text import ensure_text, link_spans
from mineralnews.errors import ParseError
from mineralnews.model import Money, _builder
from mineralnews.numbers import (
    COUNT,
    FIGURE,
    FIGURE_SPACED,
    FIGURE_START,
    MAGNITUDE,
    MAGNITUDE_SEPARATOR,
    MAGNITUDE_WORD,
    SIGN,
    SPACE,
    cached_decimal,
    count_value,
    fold,
    lowered,
    magnitude,
    magnitude_power,
    scale,
)
from mineralnews.vocabulary.currencies import (
    CENT_CODES,
    CODES,
    COUNTABLE_NOUNS,
    DOLLAR_CODES,
    DOLLAR_PREFIXES,
    DOLLAR_SUFFIXES,
    NEEDS_MAGNITUDE,
    PER_UNITS,
    SIGNS,
    SPACED_DOLLAR_PREFIXES,
    STATED_DOLLARS,
    SUBUNIT_PREFIXES,
    SUBUNIT_WORDS,
    SUFFIX_CODES,
    UNIT_MODIFIERS,
    WORDS,
)
from mineralnews.vocabulary.numbers import MAGNITUDE_LETTERS, MAGNITUDE_WORDS, MAGNITUDES

__all__ = ["find_money", "parse_money", "stated_dollar"]

# -- grammar -------------------------------------------------------------------


def _spelling(spelling: str) -> str:
    # Spaces in a table's spelling may be any space; hyphens any hyphen.
    out = []
    for ch in spelling:
        if ch == " ":
            out.append(r"\s++")
        elif ch == "-":
            out.append(r"[-\u2010\u2011]")
        else:
            out.append(regex.escape(ch))
    return "".join(out)


def _alternation(spellings: Iterable[str]) -> str:
    ordered = sorted(set(spellings), key=lambda s: (-len(s), s))
    return "|".join(_spelling(s) for s in ordered)


# No currency is read from the middle of a word: "PLUS$5" and "GRAND5" are not.
_WORD_START = r"(?<![\p{L}\p{N}_])"
_END = r"(?![\p{L}\p{N}])"

# "US$", "C$", "HK$", "Cdn $" with a space for the prefixes written so, and
# "$US", "$A" as Australian papers write them.
_DOLLAR = rf"""(?:
    {_WORD_START}(?P<dp>{_alternation(SPACED_DOLLAR_PREFIXES)}){SPACE}?+\$
  | {_WORD_START}(?P<dp>{_alternation(p for p in DOLLAR_PREFIXES if p)})\$
  | (?<![\p{{L}}\p{{N}}_$])\$(?P<ds>{_alternation(DOLLAR_SUFFIXES)})(?=[0-9.]|{SPACE}[0-9])
  | (?<![\p{{L}}\p{{N}}_$])\$
)"""

# Signs ("£", "€", "Rs.") and capital ISO codes ("USD", "GBP") before a figure;
# not the second code of a currency pair ("USD/CAD 1.35" is a rate).
_SIGN_OR_CODE = rf"""(?:
    (?P<sign>{_alternation(SIGNS)})
  | (?<![\p{{L}}\p{{N}}_/])(?P<code>{_alternation(CODES)})(?=[0-9.]|{SPACE}[0-9.])
)"""


def _range(name: str) -> str:
    """A second bound captured in group ``name``: an unspaced hyphen or en dash
    ("$3-4 million", "US$18–20"), or "to" where a magnitude follows the second
    bound ("$3 to 4 million"): without one, "$3 to 4" is too often a count."""
    return rf"""(?:
        [-\u2010\u2011\u2013](?P<{name}>{FIGURE_SPACED})
      | {SPACE}++to{SPACE}++(?P<{name}>{FIGURE_SPACED})(?={MAGNITUDE})
    )"""


# A figure after a currency sign: "$1.5", "$(2.3)" (negative, as accounts
# write it), with an optional second bound and magnitude.
_PREFIXED = rf"""
    (?P<neg>{SIGN})?+
    (?:{_DOLLAR}|{_SIGN_OR_CODE})
    {SPACE}?+
    (?:\((?P<paren>{FIGURE_SPACED})\)|(?P<a>{FIGURE_SPACED}))
    {_range("b")}?+
    {magnitude("mag")}?+
    (?![\p{{L}}\p{{N}}]|[.,][0-9])
"""

# Cents marked with their dollar: "US12.5c", "A8.5c".
_PREFIXED_CENTS = rf"""
    {_WORD_START}(?P<cp>{_alternation(SUBUNIT_PREFIXES)})
    (?P<ca>{FIGURE})[c¢]
    (?![\p{{L}}\p{{N}}]|\.\p{{L}})
"""

# The rand: "R86.52", "R7 billion". "R" is read only where the figure could
# not be a code or a grade ("R2", "R10"): with decimals, thousands or a
# magnitude, checked after the match.
_RAND = rf"""
    (?<![\p{{L}}\p{{N}}_$.])R(?P<ra>{FIGURE_SPACED})
    {magnitude("rmag")}?+
    (?![\p{{L}}\p{{N}}]|[.,][0-9])
"""

# The currency after a figure: a subunit ("84p", "8.5c", "90 cents", "5 US
# cents"), a word ("dollars", "Canadian dollars") or a capital code ("EUR").
_SUBUNIT_AFTER = rf"""(?:
        (?P<unit>[cp¢])(?![\p{{L}}\p{{N}}]|\.\p{{L}})
      | {SPACE}?+(?P<unit>(?i:{_alternation(SUBUNIT_WORDS)})){_END}
)"""
_CURRENCY_AFTER = rf"""(?:
        {SPACE}++(?P<word>(?i:{_alternation(WORDS)})){_END}
      | {SPACE}?+(?P<scode>{_alternation(SUFFIX_CODES)}){_END}
)"""

# A figure with its currency after it: "1.5 billion dollars", "500 EUR",
# "84p", "90 cents". The lookahead lets the scan skip what cannot start one.
# After "between" or "from", the bounds may be joined by words: "between 420
# and 460 cents", "from 380 to 460 cents"; elsewhere "rose 12 to 460 cents"
# reads the same, but "in 2024 to 460 cents" would not.
_SUFFIXED = rf"""
    (?=[0-9.]){FIGURE_START}
    (?:
        (?<=(?i:between){SPACE}++)
        (?P<sa>{FIGURE_SPACED}){SPACE}++and{SPACE}++(?P<sb>{FIGURE_SPACED})
      | (?<=(?i:from){SPACE}++)
        (?P<sa>{FIGURE_SPACED}){SPACE}++to{SPACE}++(?P<sb>{FIGURE_SPACED})
      | (?P<sa>{FIGURE_SPACED}){_range("sb")}?+
    )
    {magnitude("smag")}?+
    (?:{_SUBUNIT_AFTER}|{_CURRENCY_AFTER})
"""

# "five million Canadian dollars": found from its magnitude and currency,
# the count then read back from the magnitude (see _COUNT_BEFORE).
_COUNTED = rf"""
    {_WORD_START}(?P<cmag>{MAGNITUDE_WORD}){_CURRENCY_AFTER}
"""
_COUNT_BEFORE = regex.compile(rf"{_WORD_START}(?P<count>{COUNT}){SPACE}++\Z", regex.VERSION1)


def _first_characters(spellings: Iterable[str]) -> str:
    return "".join(sorted({regex.escape(s[0]) for s in spellings if s}))


# What an amount with its currency first can start with: a sign, "$", or
# the capital of a prefix or code. Tested before anything else, so the scan
# skips the rest of the text at the cost of one character class.
_PREFIX_FIRST = _first_characters(
    ["$", "-", "\u2212", "+", "R", *DOLLAR_PREFIXES, *SIGNS, *CODES, *SUBUNIT_PREFIXES]
)

# How many characters at most stand between the start of a prefixed amount
# and its first digit: a sign, the longest currency before the figure with
# its "$" and a space, a space, "(" and the point of ".5". The table's
# spellings hold no spaces, which would make it unbounded.
_PREFIX_SPELLINGS = [*SPACED_DOLLAR_PREFIXES, *DOLLAR_PREFIXES, *SIGNS, *CODES]
if any(ch.isspace() for s in _PREFIX_SPELLINGS for ch in s):
    raise AssertionError("a currency prefix holds a space")
_BEFORE_DIGIT = 1 + max(map(len, _PREFIX_SPELLINGS)) + 2 + 3

_F = regex.VERBOSE | regex.VERSION1
#: Each form of amount is its own pattern: tried apart and merged by
#: position, they run several times faster than one alternation of them all.
#: Each is tried only where it can start (see "where to try the patterns").
#: The prefixed form needs its first characters and a digit close after them:
#: most capitals stand nowhere near a figure.
PATTERNS = {
    "prefixed": regex.compile(
        rf"(?=[{_PREFIX_FIRST}][^0-9]{{0,{_BEFORE_DIGIT}}}+[0-9]){_PREFIXED}", _F
    ),
    "prefixed_cents": regex.compile(_PREFIXED_CENTS, _F),
    "rand": regex.compile(_RAND, _F),
    "suffixed": regex.compile(_SUFFIXED, _F),
    "counted": regex.compile(_COUNTED, _F),
}

# What a price is per, right after the amount: "an ounce", "per diluted
# share", "/oz", "-a-share"; or "each" / "apiece", whose noun is found in
# the sentence before.
_ABBREVIATED_UNITS = [u for u in PER_UNITS if len(u) <= 3 and u.lower() == u]
PER = regex.compile(
    rf"""
    (?:
        {SPACE}*+/{SPACE}*+(?P<unit>(?i:{_alternation(PER_UNITS)}))
      | {SPACE}++(?i:per){SPACE}++(?:(?i:{_alternation(UNIT_MODIFIERS)}){SPACE}++)?+
            (?P<unit>(?i:{_alternation(PER_UNITS)}))
      | {SPACE}++(?i:an?+){SPACE}++(?:(?i:{_alternation(UNIT_MODIFIERS)}){SPACE}++)?+
            (?!(?:{_alternation(_ABBREVIATED_UNITS)}){_END})
            (?P<unit>(?i:{_alternation(PER_UNITS)}))
      | [-\u2010\u2011](?i:an?|per)[-\u2010\u2011](?P<unit>(?i:{_alternation(PER_UNITS)}))
      | {SPACE}++(?P<each>(?i:each|apiece))
    )
    {_END}
    """,
    regex.VERBOSE | regex.VERSION1,
)
# The tables keyed as matches are looked up: see numbers.fold.
_UNIT_OF = {fold(k): v for k, v in PER_UNITS.items()}
_WORDS = {fold(k): v for k, v in WORDS.items()}
# The subunit letters too: "84p", "8.5c", "5¢".
_SUBUNITS = {fold(k): v for k, v in SUBUNIT_WORDS.items()} | {"p": "GBP", "c": None, "¢": None}
_NEEDS_MAGNITUDE = {fold(k) for k in NEEDS_MAGNITUDE}
_NOUNS = {fold(k): v for k, v in COUNTABLE_NOUNS.items()}
_STATED = {fold(k): v for k, v in STATED_DOLLARS.items()}

# "for every Centamin share held plus US12.5c": a per-share amount.
_FOR_EVERY = regex.compile(
    rf"(?i:\b(?:for|per)\s++(?:every|each)\s++(?:[\p{{L}}\p{{N}}'’.&-]++\s++){{0,3}}?"
    rf"(?P<noun>{_alternation(COUNTABLE_NOUNS)})){_END}"
)
# "earnings per share topped $5.16": amounts in a clause about a per-share
# figure. Not any "per share": in "$0.15 per share, or $600,000" the second
# amount is the total.
_PER_SHARE_CUE = regex.compile(
    r"\b(?i:(?:earnings|dividends?|profits?|loss|income|EPS)\s++per[-\s]share"
    r"|per[-\s]share\s++(?:earnings|dividends?|profits?|loss|income))\b|\bEPS\b"
)
_NOUN = regex.compile(rf"(?i:\b(?:{_alternation(COUNTABLE_NOUNS)})){_END}")
# Where a sentence, or for per-share cues a clause, begins.
_SENTENCE_BREAK = regex.compile(r"[.!?](?=\s)|\n")
_CLAUSE_BREAK = regex.compile(r"[.!?;](?=\s)|\n|\b(?:while|whereas|but)\b")

# "all amounts are in Canadian dollars", "All figures in C$", "(expressed in
# Canadian dollars)", "All dollar amounts are expressed in US dollars".
# Only a statement about all amounts: "the value in Australian dollars rose"
# speaks of one figure.
_STATEMENT = regex.compile(
    rf"""
    (?=[aAuUeEpPsSſ(])   # what the three forms start with, in any case: a cheap skip
    (?i:
        \b(?:all|unless[^.\n]{{0,40}}?)\s++(?:[\p{{L}}$]++\s++){{0,3}}?
            (?:amounts?|figures?|values?|prices?|numbers?|currency|dollars)\b
            [^.\n]{{0,60}}?\bin\s++
      | \b(?:expressed|stated|presented)\s++in\s++
      | \(\s*+in\s++(?:(?:thousands|millions)\s++of\s++)?+
    )
    (?P<dollar>(?i:{_alternation(STATED_DOLLARS)}))
    (?![\p{{L}}\p{{N}}])
    """,
    regex.VERBOSE | regex.VERSION1,
)

# Cheap test that a text can hold money at all: a figure, or the magnitude
# of a spelled count ("one billion dollars"). Apart, the first scan stops at
# the first digit of almost every text.
_DIGIT = regex.compile(r"[0-9]")
_MAGNITUDE_WORD = regex.compile(MAGNITUDE_WORD, regex.VERSION1)


if not all(w.isascii() and w.islower() for w in MAGNITUDE_WORDS):
    raise AssertionError("a magnitude word is not in lower-case ASCII")


def _may_hold(text: str) -> bool:
    if _DIGIT.search(text) is not None:
        return True
    # Without a figure, the magnitude words are looked for in the lower-cased
    # text (see numbers.lowered): a few substring tests, many times faster
    # than a case-insensitive scan of the text.
    low = lowered(text)
    if low is not None:
        return any(word in low for word in MAGNITUDE_WORDS)
    return _MAGNITUDE_WORD.search(text) is not None


# What a statement of the dollar must hold, lower-cased: a word that opens
# one of its three forms, and the "in" before its dollar.
_STATEMENT_OPENERS = ("all", "unless", "expressed", "stated", "presented")
_OPEN_PARENTHESIS_IN = regex.compile(r"\(\s*+in\s")
# Found wherever _STATEMENT's "in" and dollar stand, and in a few places
# more, by the standard library's engine, which finds the "in" fast.
_IN_DOLLAR = re.compile(
    rf"""in\s+(?:(?:thousands|millions)\s+of\s+)?
    (?:{_alternation(s.lower() for s in STATED_DOLLARS)})""",
    re.VERBOSE,
)


def _may_state(text: str) -> bool:
    low = lowered(text)
    if low is None:
        return True
    # The "in" and its dollar first: one scan, and found in few texts.
    if _IN_DOLLAR.search(low) is None:
        return False
    return any(_word_starts(low, w) for w in _STATEMENT_OPENERS) or (
        "(" in low and _OPEN_PARENTHESIS_IN.search(low) is not None
    )


_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


def _word_starts(low: str, word: str) -> bool:
    """Whether ``word`` stands in ``low`` where a word can start: not after
    a letter or digit ("small" holds no "all" that opens a statement)."""
    i = low.find(word)
    while i != -1:
        if not i or low[i - 1] not in _ASCII_WORD:
            return True
        i = low.find(word, i + 1)
    return False


# What the per-unit cues must hold, lower-cased: "for every" / "per each"
# hold "every" or "each"; a per-share cue "per" and "share", or "EPS".
def _may_say_every(text: str) -> bool:
    low = lowered(text)
    return low is None or "every" in low or "each" in low


def _may_say_per_share(text: str) -> bool:
    if "EPS" in text:
        return True
    low = lowered(text)
    if low is None:
        return True
    # "per share", "per-share": a "share" after "per" and one character.
    return _PER_ONE_SHARE.search(low) is not None


# One scan of the standard library, which finds its first three letters fast.
_PER_ONE_SHARE = re.compile("per.share", re.DOTALL)


# -- reading a match -----------------------------------------------------------


class _Found:
    """One amount before the article-wide choices (the dollar, cents, per),
    which then fill it in place: a plain class, as an article holds many."""

    __slots__ = ("amount", "cents", "currency", "each", "end", "per", "per_end", "power", "start")

    def __init__(
        self,
        amount: Decimal,
        currency: str | None,  # None: the dollar, or with cents the article's main dollar
        cents: bool,
        per: str | None,
        each: bool,  # "each" / "apiece": per the noun the sentence counts
        power: int,  # the power of ten a written magnitude applied, else 0
        start: int,
        end: int,
        per_end: int,  # where PER's match after the amount ends, else its end
    ) -> None:
        self.amount = amount
        self.currency = currency
        self.cents = cents
        self.per = per
        self.each = each
        self.power = power
        self.start = start
        self.end = end
        self.per_end = per_end


def _power(mag: str | None) -> int:
    return magnitude_power(mag) if mag else 0


# What _read makes of a match: its amounts (two for a range), its currency
# (None for the dollar), whether it is in cents of a dollar, and the power
# of ten its magnitude applied.
_Read = tuple[list[Decimal], str | None, bool, int]


# A match's groups, by position (see _GROUPS).
_Groups = tuple[str | None, ...]

# The groups of each form, in the order _read unpacks them.
_GROUPS = {
    "prefixed": ("neg", "dp", "ds", "sign", "code", "paren", "a", "b", "mag"),
    "prefixed_cents": ("cp", "ca"),
    "rand": ("ra", "rmag"),
    "suffixed": ("sa", "sb", "smag", "unit", "word", "scode"),
    "counted": ("cmag", "word", "scode"),
}
for _kind, _pattern in PATTERNS.items():
    _names = tuple(sorted(_pattern.groupindex, key=_pattern.groupindex.__getitem__))
    if _names != _GROUPS[_kind] or _pattern.groups != len(_names):
        raise AssertionError(f"the groups of {_kind} are not {_GROUPS[_kind]}")


def _read(kind: str, groups: _Groups, count: str | None) -> _Read | None:
    """The amounts a match of ``PATTERNS[kind]`` holds, or None if it holds none."""
    # Each form's groups are fetched at once, in their order (see _GROUPS):
    # many times cheaper than by name.
    if kind == "prefixed":
        neg, dp, ds, sign, code, paren, a, b, mag = groups
        figure = a or paren or ""
        values = [cached_decimal(figure, mag)] if figure else []
        if b:
            values.append(cached_decimal(b, mag))
        if paren or neg in ("-", "\u2212"):
            values[0] = values[0].copy_negate()
        if sign:
            currency: str | None = SIGNS[sign]
        elif code:
            currency = CODES[code]
        else:
            # No prefix is spelled with a space (see _PREFIX_SPELLINGS).
            currency = DOLLAR_PREFIXES[ds or dp or ""]
        return values, currency, False, magnitude_power(mag) if mag else 0
    if kind == "prefixed_cents":
        cp, ca = groups
        return [scale(cached_decimal(ca or ""), -2)], SUBUNIT_PREFIXES[cp or ""], True, 0
    if kind == "rand":
        ra, mag = groups
        return [cached_decimal(ra or "", mag)], "ZAR", False, _power(mag)
    unit: str | None
    if kind == "counted":
        cmag, word, scode = groups
        mag = cmag or ""
        values = [scale(count_value(count or ""), magnitude_power(mag))]
        unit = None
    else:
        sa, sb, mag, unit, word, scode = groups
        values = [cached_decimal(f, mag) for f in (sa, sb) if f]
    if unit is not None:
        if mag is not None:
            return None  # "5mp", "5 million cents": not how amounts are written
        currency = _SUBUNITS[fold(unit)]
        # Cents of a dollar, not pence or euro cents: see _dominant_dollar.
        cents = currency is None or currency in DOLLAR_CODES
        return [scale(v, -2) for v in values], currency, cents, 0
    if word is not None:
        word = fold(word)
        if word in _NEEDS_MAGNITUDE and mag is None:
            return None
        return values, _WORDS[word], False, _power(mag)
    return values, SUFFIX_CODES[scode or ""], False, _power(mag)


# Words that tell a text speaks of rand.
_RAND_CUES = regex.compile(r"\b(?:rand|Johannesburg|JSE)\b")


def _looks_like_rand(groups: _Groups, per: regex.Match[str] | None) -> bool:
    # "R2", "R10" are grades, zones and models; "R86.52", "R1 000", "R7
    # billion" and "R86 a share" are rand.
    ra, rmag = groups
    if rmag or regex.search(r"[.,\s]", ra or ""):
        return True
    return per is not None and per.group("unit") is not None


# -- where to try the patterns -------------------------------------------------
#
# Scanning the whole text with each pattern costs far more than finding the
# few places where a match can start and trying the pattern there alone.
# Each finder below returns, in order, a superset of the positions where its
# pattern can match; trying them in order, from the end of the last match,
# gives what the pattern's own scan would (see _finditer).

_SPACE_CHARS = " \u00a0\u2009\u202f"
_SIGN_CHARS = "$" + "".join(s for s in SIGNS if len(s) == 1)
_NEGATIVE_CHARS = "-\u2212+"

# The prefixes written against "$", by their last character: the "$" is
# found with str.find, then what stands before it looked up.
_BEFORE_DOLLAR: dict[str, list[str]] = {}
_BEFORE_SPACED_DOLLAR: dict[str, list[str]] = {}
for _p in DOLLAR_PREFIXES:
    if _p:
        _BEFORE_DOLLAR.setdefault(_p[-1], []).append(_p)
for _p in SPACED_DOLLAR_PREFIXES:
    _BEFORE_DOLLAR.setdefault(_p[-1], []).append(_p)
    _BEFORE_SPACED_DOLLAR.setdefault(_p[-1], []).append(_p)

# The currencies of letters before a figure: the signs "Rs." and "RMB", the
# codes, the subunit prefixes ("US12.5c") and the rand's "R". Those that end
# in a capital are found from it: a capital, a space at most, then a figure
# or its "(" (a pattern of single characters, which the scan finds fastest);
# the others ("Rs") with str.find.
_CAPITAL_BEFORE_FIGURE = regex.compile(r"[A-Z][ \u00a0\u2009\u202f]?[(.0-9]")
_LETTER_SPELLINGS = frozenset([*(s for s in SIGNS if len(s) > 1), *CODES, *SUBUNIT_PREFIXES, "R"])
_OTHER_LETTER_SPELLINGS = sorted(s for s in _LETTER_SPELLINGS if not "A" <= s[-1] <= "Z")
# One find serves the spellings that another begins ("Rs" finds "Rs.").
_OTHER_LETTER_SPELLINGS = [
    s
    for s in _OTHER_LETTER_SPELLINGS
    if not any(s != t and s.startswith(t) for t in _OTHER_LETTER_SPELLINGS)
]


def _prefixed_starts(text: str) -> tuple[list[int], list[int]]:
    """Where a prefixed amount, and where one of letters (prefixed, cents or
    rand), can start: at its currency, or at a sign just before it."""
    starts: set[int] = set()
    find = text.find
    for ch in _SIGN_CHARS:
        i = find(ch)
        while i != -1:
            starts.add(i)
            if ch == "$" and i:
                before = text[i - 1]
                for p in _BEFORE_DOLLAR.get(before, ()):
                    if text.endswith(p, 0, i):
                        starts.add(i - len(p))
                if before in _SPACE_CHARS and i > 1:
                    for p in _BEFORE_SPACED_DOLLAR.get(text[i - 2], ()):
                        if text.endswith(p, 0, i - 1):
                            starts.add(i - 1 - len(p))
            i = find(ch, i + 1)
    lettered: list[int] = []
    for m in _CAPITAL_BEFORE_FIGURE.finditer(text):
        end = m.start() + 1
        lettered.extend(
            start for start in range(max(0, end - 3), end) if text[start:end] in _LETTER_SPELLINGS
        )
    for spelling in _OTHER_LETTER_SPELLINGS:
        i = find(spelling)
        while i != -1:
            lettered.append(i)
            i = find(spelling, i + 1)
    starts.update(lettered)
    for s in list(starts):
        if s and text[s - 1] in _NEGATIVE_CHARS:
            starts.add(s - 1)
    return sorted(starts), sorted(set(lettered))


def _finditer(
    pattern: regex.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[regex.Match[str]]:
    """What ``pattern.finditer(text)`` yields, given, in order, every position
    where it can match: a scan tries each position from the end of the last
    match, and finds no match but at one of these."""
    end = 0
    for start in starts:
        if start >= end:
            m = pattern.match(text, start)
            if m is not None:
                yield m
                end = m.end()


# -- the usual prefixed amount, read by the standard library -------------------
#
# Tried at a "$" or a currency sign, the prefixed pattern costs several times
# what the standard library's engine takes for the same pattern; but its
# classes of letters and numbers and its matching in any case are the regex
# module's own. _ASCII_PREFIXED is the prefixed pattern from a dollar ("$",
# "US$", "C $") or a sign of one character, with each such test narrowed to
# ASCII; where it matches
# and what it and the pattern look at after the sign is ASCII (the figure,
# what follows it and the longest magnitude with its separator and the
# character after), the pattern matches the same text with the same groups.
# Elsewhere the pattern is tried.
#  - a dollar after a character of ASCII that is no letter, digit or "_"
#    (nor "$" before a bare "$"), or at the start;
#  - a second bound written with "to" is left to the pattern, whose test of
#    the magnitude after it reaches any distance.
_SINGLE_SIGNS = sorted(s for s in SIGNS if len(s) == 1)
_FAST_FIRST = frozenset(["$", *_SINGLE_SIGNS, *(p[0] for p in DOLLAR_PREFIXES if p)])


def _ascii_alternation(spellings: Iterable[str]) -> str:
    # As _alternation orders them: longest first.
    return "|".join(re.escape(s) for s in sorted(set(spellings), key=lambda s: (-len(s), s)))


_NOT_ALNUM = "(?![A-Za-z0-9])"
_ASCII_WORD_START = r"(?<![A-Za-z0-9_])(?<![^\x00-\x7f])"
if any(not p.isascii() or "-" in p for p in [*SPACED_DOLLAR_PREFIXES, *DOLLAR_PREFIXES]):
    raise AssertionError("a dollar prefix is not spelled in ASCII without hyphens")
_ASCII_PREFIXED = re.compile(
    rf"""
    (?=[{_PREFIX_FIRST}][^0-9]{{0,{_BEFORE_DIGIT}}}+[0-9])
    (?:
        {_ASCII_WORD_START}(?P<dp>{_ascii_alternation(SPACED_DOLLAR_PREFIXES)}){SPACE}?+\$
      | {_ASCII_WORD_START}(?P<dp2>{_ascii_alternation(p for p in DOLLAR_PREFIXES if p)})\$
      | (?<![A-Za-z0-9_$])(?<![^\x00-\x7f])\$
        (?:(?P<ds>{_ascii_alternation(DOLLAR_SUFFIXES)})(?=[0-9.]|{SPACE}[0-9]))?
      | (?P<sign>{_ascii_alternation(_SINGLE_SIGNS)})
    )
    {SPACE}?+
    (?:\((?P<paren>{FIGURE_SPACED})\)|(?P<a>{FIGURE_SPACED}))
    (?>[-\u2010\u2011\u2013](?P<b>{FIGURE_SPACED})|(?!{SPACE}++to{SPACE}++[.0-9]))
    (?:{MAGNITUDE_SEPARATOR}(?P<word>(?i:{_ascii_alternation(MAGNITUDE_WORDS)})){_NOT_ALNUM}
      |(?P<letter>{_ascii_alternation(MAGNITUDE_LETTERS)}){_NOT_ALNUM}
    )?+
    (?![A-Za-z0-9]|[.,][0-9])
    """,
    re.VERBOSE,
)
# How far past its end the prefixed pattern looks: a separator, the longest
# magnitude word and the character after it.
_LOOKS_PAST = 2 + max(map(len, MAGNITUDE_WORDS))


def _prefixed_hits(text: str, starts: list[int]) -> Iterator[_Hit]:
    """The prefixed pattern's matches from ``starts``, as _finditer finds them."""
    end = 0
    fast, match = _ASCII_PREFIXED.match, PATTERNS["prefixed"].match
    for start in starts:
        if start < end:
            continue
        if text[start] in _FAST_FIRST:
            f = fast(text, start)
            if f is not None and text[start + 1 : f.end() + _LOOKS_PAST].isascii():
                dp, dp2, ds, sign, paren, a, b, word, letter = f.groups()
                end = f.end()
                yield start, end, (None, dp or dp2, ds, sign, None, paren, a, b, word or letter)
                continue
        m = match(text, start)
        if m is not None:
            end = m.end()
            yield start, end, m.groups()


_CENTS_FIRST = {s[0] for s in SUBUNIT_PREFIXES}


def _first_letters(spelling: str) -> str:
    m = regex.match(r"\p{L}++", spelling.lower())
    return m.group() if m else ""


# The first run of letters, lower-cased, of what can follow a figure or its
# magnitude: "cents", a currency word or a code; and the magnitudes. A
# subunit letter ("84p", "5m¢") is tested apart: it stands against the figure
# or magnitude, before any letters or with none.
_CURRENCY_WORDS = frozenset(_first_letters(w) for w in [*SUBUNIT_WORDS, *WORDS, *SUFFIX_CODES])
_MAGNITUDE_WORDS = frozenset(_first_letters(w) for w in MAGNITUDES)


def _by_first(words: Iterable[str]) -> dict[str, list[str]]:
    """``words`` keyed by their first three letters, and those shorter by
    their first: a word at a position is then looked up among one or two."""
    table: dict[str, list[str]] = {}
    for w in sorted(words):
        table.setdefault(w[:3] if len(w) >= 3 else w[0], []).append(w)
    return table


_AFTER_FIGURE_WORDS = _by_first(_CURRENCY_WORDS | _MAGNITUDE_WORDS)
# The first three letters of the longer ones, and the shorter ones by their
# first letter.
_FOLLOWER_STARTS = frozenset(w[:3] for w in _CURRENCY_WORDS | _MAGNITUDE_WORDS if len(w) >= 3)
_SHORT_FOLLOWERS = _by_first(w for w in _CURRENCY_WORDS | _MAGNITUDE_WORDS if len(w) < 3)
if any(len(k) != 1 for k in _SHORT_FOLLOWERS):
    raise AssertionError("_SHORT_FOLLOWERS is keyed by first letters")
_AFTER_MAGNITUDE_WORDS = _by_first(_CURRENCY_WORDS)

# What follows the last digit of a suffixed amount: a magnitude, a subunit
# or a currency, after a hyphen or spaces or none. Found in the lower-cased
# text (see numbers.lowered) by a pattern of single characters, which the
# scan finds several times faster than any other: a digit, then the first
# letter of one of them after a hyphen or a space or none, or two spaces.
# "per" and "hours", the words most often after a figure, begin none of
# them: passed over.
_FOLLOWER_FIRSTS = "".join(sorted({w[0] for w in _CURRENCY_WORDS | _MAGNITUDE_WORDS} - {"p", "h"}))
if any(w.startswith(("per", "hou")) for w in _CURRENCY_WORDS | _MAGNITUDE_WORDS):
    raise AssertionError("a currency or magnitude begins with 'per' or 'hou'")
_DIGIT_THEN_LETTER = regex.compile(
    rf"[0-9][-\u2010\u2011 \u00a0\u2009\u202f]?(?:[{_FOLLOWER_FIRSTS}c¢]|p(?!er)|h(?!ou))"
    r"|[0-9][ \u00a0\u2009\u202f][ \u00a0\u2009\u202f]"
)


def _word_at(low: str, at: int, table: dict[str, list[str]]) -> str | None:
    """The word of ``table`` that stands at ``at`` as a whole run of letters."""
    for key in (low[at : at + 3], low[at : at + 1]):
        for w in table.get(key, ()):
            if low.startswith(w, at) and not low[at + len(w) : at + len(w) + 1].isalpha():
                return w
    return None


def _skip_spaces(text: str, at: int) -> int:
    while text[at : at + 1] in _SPACE_CHARS and at < len(text):
        at += 1
    return at


def _may_end_suffixed(low: str, last: int) -> bool:
    """Whether what follows the digit at ``last`` can end a suffixed amount:
    a currency, or a magnitude and a currency; looked up, not matched."""
    at = last + 1
    if low[at : at + 1] in "-\u2010\u2011" and at < len(low):
        at += 1
    else:
        at = _skip_spaces(low, at)
    spaced = at > last + 1
    word = _word_at(low, at, _AFTER_FIGURE_WORDS)
    if word is None:
        return not spaced and low[at : at + 1] in ("c", "p", "¢")
    if word in _CURRENCY_WORDS:
        return True
    # "5 million" is common, "5 million dollars" rare: the word after.
    at += len(word)
    if low[at : at + 1] == "¢":
        return True
    return _word_at(low, _skip_spaces(low, at), _AFTER_MAGNITUDE_WORDS) is not None


# The rest of the suffixed form after its last figure, as _SUFFIXED has it.
_AFTER_FIGURE = regex.compile(
    rf"{magnitude('smag')}?+(?:{_SUBUNIT_AFTER}|{_CURRENCY_AFTER})", regex.VERBOSE | regex.VERSION1
)
# What a figure and a range of them are written with, back from the last
# digit to the first: digits, separators, spaces, dashes, "to" and "and".
_RANGE_CHARS = frozenset("0123456789,.-\u2010\u2011\u2013toand" + _SPACE_CHARS)
_DIGITS = frozenset("0123456789")


def _trie(words: Iterable[str]) -> str:
    """A pattern that matches where a text holds the start of one of
    ``words``: the words none of which begins another, grouped by their
    first character, which the standard library's alternation tests first."""
    ordered = sorted(set(words))
    kept = [w for w in ordered if not any(w != v and w.startswith(v) for v in ordered)]
    by_first: dict[str, list[str]] = {}
    for w in kept:
        by_first.setdefault(w[0], []).append(re.escape(w[1:]))
    return "(?:{})".format(
        "|".join(
            re.escape(first) + ("(?:{})".format("|".join(rest)) if rest != [""] else "")
            for first, rest in by_first.items()
        )
    )


_SPACES_CLASS = "[ \u00a0\u2009\u202f]"
_HYPHENS_CLASS = "[-\u2010\u2011]"
# The digits where _may_end_suffixed can hold, and more: a digit, then what
# that looks up, each word read as the start of one; tested first, the
# characters that can follow the digit. A pattern of the standard library,
# which skips to the next digit several times faster than a loop over each
# digit followed by a letter; those are mostly a magnitude followed by no
# currency ("$5 million in cash"), ruled out here at once. Only the digit is
# consumed, so that no digit is passed over.
_MAY_END_SUFFIXED = re.compile(
    rf"""[0-9]
    (?=[-\u2010\u2011 \u00a0\u2009\u202f¢{
        "".join(sorted({w[0] for w in _CURRENCY_WORDS | _MAGNITUDE_WORDS} | {"c", "p"}))
    }])
    (?=
        (?:{_HYPHENS_CLASS}|{_SPACES_CLASS}*)
        (?:{_trie(_CURRENCY_WORDS)}
          |(?:{"|".join(map(re.escape, sorted(_MAGNITUDE_WORDS)))})
           (?:¢|{_SPACES_CLASS}*{_trie(_CURRENCY_WORDS)}))
      | [cp¢]
    )""",
    re.VERBOSE,
)


def _suffixed_starts(text: str, low: str) -> list[int]:
    """Where a suffixed amount can start: at the first figure of a run that
    ends before what a suffixed amount ends with."""
    starts: set[int] = set()
    for may in _MAY_END_SUFFIXED.finditer(low):
        # Every digit _DIGIT_THEN_LETTER's scan finds is one it matches at:
        # what follows its digit holds no digit.
        hit = _DIGIT_THEN_LETTER.match(low, may.start())
        if hit is None:
            continue
        # Most figures are followed by a word that begins nothing here ("per",
        # "hours"): told apart by its first three letters alone.
        letters = low[hit.end() - 1 : hit.end() + 2]
        if letters not in _FOLLOWER_STARTS:
            initial = letters[:1]
            if initial in _SHORT_FOLLOWERS:
                if not any(
                    letters.startswith(w) and not letters[len(w) : len(w) + 1].isalpha()
                    for w in _SHORT_FOLLOWERS[initial]
                ):
                    continue
            elif initial in "cp¢":
                if hit.end() - hit.start() > 2:
                    continue  # a subunit stands against its figure
            elif initial not in _SPACE_CHARS:
                continue
        last = hit.start()
        if not _may_end_suffixed(low, last) or _AFTER_FIGURE.match(text, last + 1) is None:
            continue
        first = last
        while first and text[first - 1] in _RANGE_CHARS:
            first -= 1
        starts.update(
            i
            for i in range(first, last + 1)
            if text[i] in "0123456789." and (i == 0 or text[i - 1] not in _DIGITS)
        )
    return sorted(starts)


# A counted amount is kept only after a spelled count and a space (see
# _COUNT_BEFORE), so only a magnitude after a space is tried: found, in the
# lower-cased text, from the space by a pattern of the standard library that
# tests the words' first letters first.
_SPACE_THEN_MAGNITUDE = re.compile(f"{_SPACES_CLASS}{_trie(MAGNITUDE_WORDS)}")
# Nor can one counted match hide another: no currency word holds a magnitude.
if any(fold(t) in MAGNITUDE_WORDS for w in WORDS for t in w.split()):
    raise AssertionError("a currency word holds a magnitude")


# Trying a pattern at a position costs about as much as scanning 40
# characters: where magnitudes are denser than that, the pattern's own scan
# is the faster way to the same matches.
_SCAN_EVERY = 40


def _counted_starts(low: str) -> list[int] | None:
    """Where a counted amount that is kept can start; None where magnitudes
    are so dense that the pattern's scan is faster."""
    starts: list[int] = []
    most = len(low) // _SCAN_EVERY
    for hit in _SPACE_THEN_MAGNITUDE.finditer(low):
        most -= 1
        if most < 0:
            return None
        # Kept only after a spelled count and spaces: a letter before them.
        before = hit.start()
        while before and low[before - 1] in _SPACE_CHARS:
            before -= 1
        if before and low[before - 1].isalpha():
            starts.append(hit.start() + 1)
    return starts


# A match as the merge takes it: its start, its end and its groups.
_Hit = tuple[int, int, _Groups]


def _hits(matches: Iterable[regex.Match[str]]) -> Iterator[_Hit]:
    for m in matches:
        yield m.start(), m.end(), m.groups()


def _candidates(text: str) -> dict[str, Iterable[_Hit]]:
    prefixed, lettered = _prefixed_starts(text)
    cents = [s for s in lettered if text[s] in _CENTS_FIRST]
    rand = [s for s in lettered if text[s] == "R"]
    low = lowered(text)
    if low is None:
        suffixed: Iterable[regex.Match[str]] = PATTERNS["suffixed"].finditer(text)
        counted: Iterable[regex.Match[str]] = PATTERNS["counted"].finditer(text)
    else:
        suffixed = _finditer(PATTERNS["suffixed"], text, _suffixed_starts(text, low))
        counted_starts = _counted_starts(low)
        if counted_starts is None:
            counted = PATTERNS["counted"].finditer(text)
        else:
            counted = _finditer(PATTERNS["counted"], text, counted_starts)
    return {
        "prefixed": _prefixed_hits(text, prefixed),
        "prefixed_cents": _hits(_finditer(PATTERNS["prefixed_cents"], text, cents)),
        "rand": _hits(_finditer(PATTERNS["rand"], text, rand)),
        "suffixed": _hits(suffixed),
        "counted": _hits(counted),
    }


def _matches(text: str) -> list[tuple[int, int, str, _Groups, str | None]]:
    """Every form's matches, merged by position, none overlapping another.

    Each item is (start, end, kind, groups, count): ``count`` is the spelled
    count read back from a "counted" match, whose start it moves.
    """
    forms = [(kind, list(found)) for kind, found in _candidates(text).items()]
    held = [(kind, hits) for kind, hits in forms if hits]
    if len(held) == 1 and held[0][0] != "counted":
        # One form alone, mostly the prefixed: its matches, tried from the
        # end of the last one, are in order and overlap none.
        kind, hits = held[0]
        return [(start, end, kind, groups, None) for start, end, groups in hits]
    # Sorted by start, the longest first, then in the order of the forms: the
    # form's place breaks ties, so no two keys are equal.
    keyed = []
    for place, (kind, found) in enumerate(forms):
        for start, end, groups in found:
            count = None
            if kind == "counted":
                before = _COUNT_BEFORE.search(text, max(0, start - 40), start)
                if before is None:
                    continue
                start, count = before.start(), before.group("count")
            keyed.append((start, -end, place, kind, groups, count))
    keyed.sort()
    merged = []
    last_end = -1
    for start, negative_end, _place, kind, groups, count in keyed:
        if start >= last_end:
            merged.append((start, -negative_end, kind, groups, count))
            last_end = -negative_end
    return merged


# What PER can start with; and, in the lower-cased text after spaces, how
# each of its forms opens there (a "/", "per", "a" or "an" and a space,
# "apiece", "each"): most amounts are followed by none ("and" is common).
_PER_FIRST = frozenset(_SPACE_CHARS + "/-\u2010\u2011")
_PER_WORD_STARTS = (
    "/",
    "per",
    "each",
    "apiece",
    *(article + space for article in ("a", "an") for space in _SPACE_CHARS),
)


def _per_match(text: str, end: int, low: str | None) -> regex.Match[str] | None:
    """``PER.match(text, end)``, skipped where it cannot match."""
    # Most amounts are followed by what begins no unit.
    if text[end : end + 1] not in _PER_FIRST:
        return None
    if low is not None and text[end] in _SPACE_CHARS:
        after = end + 1
        while text[after : after + 1] in _SPACE_CHARS and after < len(text):
            after += 1
        if not low.startswith(_PER_WORD_STARTS, after):
            return None
    return PER.match(text, end)


@functools.lru_cache(maxsize=256)
def _unit_of(unit: str) -> str:
    return _UNIT_OF[fold(unit)]


def _scan(text: str) -> list[_Found]:
    # The spans of the text's addresses, kept for the other finders of an
    # article; link_spans tells at once that most texts hold none.
    links = link_spans(text)
    low = lowered(text)
    found: list[_Found] = []
    append = found.append
    overlaps = links.overlaps if links else None
    # Whole rand figures ("R712"), kept until the text shows it speaks of rand.
    plain_rand: list[tuple[int, int, _Groups, regex.Match[str] | None]] = []

    def add(
        start: int,
        end: int,
        kind: str,
        groups: _Groups,
        count: str | None,
        per_match: regex.Match[str] | None,
    ) -> None:
        read = _read(kind, groups, count)
        if read is None:
            return
        values, currency, cents, power = read
        per, each, per_end = None, False, end
        if per_match is not None:
            unit = per_match.groups()[0]  # PER's groups: "unit", "each"
            if unit is not None:
                per = _unit_of(unit)
            else:
                each = True
            per_end = per_match.end()
        for value in values:
            append(_Found(value, currency, cents, per, each, power, start, end, per_end))

    for start, end, kind, groups, count in _matches(text):
        if overlaps is not None and overlaps(start, end):
            continue
        # Most amounts are followed by what begins no unit: told here at once.
        per_match = _per_match(text, end, low) if text[end : end + 1] in _PER_FIRST else None
        if kind == "rand" and not _looks_like_rand(groups, per_match):
            if len(groups[0] or "") >= 2:
                plain_rand.append((start, end, groups, per_match))
            continue
        add(start, end, kind, groups, count, per_match)
    # "Gold Fields rose to R402.10 and Harmony to R712": where the text speaks
    # of rand, a whole figure after "R" is rand too, not a grade or a model.
    if plain_rand and (
        any(f.currency == "ZAR" for f in found) or _RAND_CUES.search(text) is not None
    ):
        for start, end, groups, per_match in plain_rand:
            add(start, end, "rand", groups, None, per_match)
        found.sort(key=lambda f: f.start)
    return found


# -- article-wide choices ------------------------------------------------------


class _Cues:
    """Where the text's sentences and clauses start, and the words that tell
    what an amount is per: each kind found in one pass over the text, the
    first time an amount needs it, then looked up for each amount by
    bisection, so many amounts cost no more than a few."""

    def __init__(self, text: str) -> None:
        self.text = text

    @functools.cached_property
    def sentences(self) -> list[int]:
        return [m.end() for m in _SENTENCE_BREAK.finditer(self.text)]

    @functools.cached_property
    def clauses(self) -> list[int]:
        return [m.end() for m in _CLAUSE_BREAK.finditer(self.text)]

    @functools.cached_property
    def _nouns(self) -> tuple[list[int], list[str]]:
        nouns = [(m.end(), _NOUNS[fold(m.group())]) for m in _NOUN.finditer(self.text)]
        return [e for e, _ in nouns], [n for _, n in nouns]

    @functools.cached_property
    def _every(self) -> tuple[list[int], list[str]]:
        if not _may_say_every(self.text):
            return [], []
        found = _FOR_EVERY.finditer(self.text)
        every = [(m.end(), _NOUNS[fold(m.group("noun"))]) for m in found]
        return [e for e, _ in every], [n for _, n in every]

    @functools.cached_property
    def per_share_ends(self) -> list[int]:
        if not _may_say_per_share(self.text):
            return []
        return [m.end() for m in _PER_SHARE_CUE.finditer(self.text)]

    @functools.cached_property
    def found(self) -> bool:
        """Whether the text holds a cue for "for every" or "per share"."""
        return bool(self._every[0]) or bool(self.per_share_ends)

    @staticmethod
    def _last(ends: list[int], pos: int, since: int) -> int | None:
        """Index of the last cue ending by ``pos`` and not before ``since``."""
        i = bisect.bisect_right(ends, pos) - 1
        return i if i >= 0 and ends[i] > since else None

    def _start(self, breaks: list[int], pos: int) -> int:
        i = bisect.bisect_right(breaks, pos) - 1
        return breaks[i] if i >= 0 else 0

    def per(self, f: _Found) -> str | None:
        """The unit an amount with no written unit is per, from its sentence."""
        every_ends, every = self._every
        if not f.each and not every_ends and (f.power or not self.per_share_ends):
            return None  # no cue anywhere: the sentence need not be found
        sentence = self._start(self.sentences, f.start)
        if f.each:
            noun_ends, nouns = self._nouns
            i = self._last(noun_ends, f.start, sentence)
            return nouns[i] if i is not None else None
        i = self._last(every_ends, f.start, sentence)
        if i is not None:
            return every[i]
        if not f.power:
            clause = self._start(self.clauses, f.start)
            if self._last(self.per_share_ends, f.start, clause) is not None:
                return "share"
        return None


# Between a price and its conversion: "£34 a share (about $42.50)".
_CONVERSION = regex.compile(
    r"\s*+\(\s*+(?i:about|around|approximately|approx\.|roughly|some|nearly|almost|or|c\.|~)?+\s*+"
)
# Between the bounds of a written-out range: "$3.6 million to $4 million".
_JOINER = regex.compile(r"\s*+(?:[-\u2013]|to|and)\s*+")


# What _JOINER holds between its spaces: a gap that, stripped, is none of
# these is no joiner (str.strip strips every character \s matches).
_JOINERS = frozenset({"-", "\u2013", "to", "and"})


def _per_end(text: str, end: int) -> int:
    m = PER.match(text, end)
    return m.end() if m is not None else end


def _link_neighbours(text: str, found: list[_Found]) -> None:
    """Share a unit and a magnitude between neighbours, in place."""
    for i in range(1, len(found)):
        prev, cur = found[i - 1], found[i]
        if prev.start == cur.start:
            continue  # the bounds of one range
        if cur.per is None and prev.per is not None:
            gap = _CONVERSION.fullmatch(text, prev.per_end, cur.start)
            if gap is not None and text[cur.end : cur.end + 1] == ")":
                cur.per = prev.per
        if (
            prev.currency == cur.currency
            and text[prev.end : cur.start].strip() in _JOINERS
            and _JOINER.fullmatch(text, prev.end, cur.start)
        ):
            # "$3 to $4 million": the magnitude of the second bound is the first's.
            if cur.power and not prev.power and 0 < prev.amount < 1000 and not prev.cents:
                prev.amount = scale(prev.amount, cur.power)
                prev.power = cur.power
            if prev.per is None and cur.per is not None:
                prev.per = cur.per


def _dominant_dollar(found: list[_Found], dollar: str) -> str:
    counts = Counter(
        (f.currency or dollar)
        for f in found
        if not f.cents and (f.currency is None or f.currency in CENT_CODES)
    )
    if not counts:
        return dollar
    best = max(counts.values())
    return dollar if counts[dollar] == best else counts.most_common(1)[0][0]


def stated_dollar(text: str) -> str | None:
    """The dollar an article states its amounts are in, as an ISO 4217 code.

    >>> stated_dollar("Acme Gold reported a loss. All amounts are in Canadian dollars.")
    'CAD'
    >>> stated_dollar("Acme Gold reported a loss of $3 million.") is None
    True
    """
    text = ensure_text(text)
    if not _may_state(text):
        return None
    m = _STATEMENT.search(text)
    if m is None:
        return None
    return _STATED[fold(m.group("dollar"))]


def find_money(text: str, *, dollar: str = "USD") -> tuple[Money, ...]:
    """Every amount of money in ``text``, in order of appearance.

    ``dollar`` is the ISO 4217 code a bare ``$`` and the word ``dollars``
    stand for.

    >>> [(str(m.amount), m.currency, m.per, m.text)
    ...  for m in find_money("Gold hit US$1,343 an ounce; the deal is worth C$50M.")]
    [('1343', 'USD', 'ounce', 'US$1,343'), ('50000000', 'CAD', None, 'C$50M')]
    """
    text = ensure_text(text)
    dollar = ensure_text(dollar, "dollar")
    if not _may_hold(text):
        return ()
    found = _scan(text)
    if not found:
        return ()
    cents_dollar = _dominant_dollar(found, dollar)
    cues = _Cues(text)
    cued: bool | None = None  # whether the text holds a cue, asked once
    for f in found:
        if f.per is None:
            if f.each:
                f.per = cues.per(f)
            else:
                if cued is None:
                    cued = cues.found
                if cued:
                    f.per = cues.per(f)
        if f.currency is None:
            f.currency = cents_dollar if f.cents else dollar
    _link_neighbours(text, found)
    return tuple(
        [
            _new_money(
                amount=f.amount,
                currency=f.currency or dollar,
                per=f.per,
                text=text[f.start : f.end],
                start=f.start,
                end=f.end,
            )
            for f in found
        ]
    )


# As attrs' __init__ builds it, through the slots' own setters: half the
# time, and a text holds many.
_new_money = _builder(Money)


def parse_money(s: str) -> Money:
    """The one amount ``s`` holds, such as an API field's ``"US$1.5 billion"``.

    Spaces around it, and a unit after it (``"$1,920/oz"``), are allowed;
    anything else raises :class:`~mineralnews.errors.ParseError`, a
    :class:`ValueError`.

    >>> m = parse_money("C$2.5B")
    >>> m.amount, m.currency
    (Decimal('2500000000'), 'CAD')
    >>> parse_money("$3-4 million")
    Traceback (most recent call last):
    ...
    mineralnews.errors.ParseError: not exactly one amount of money: '$3-4 million'
    """
    s = ensure_text(s, "s")
    found = find_money(s)
    if len(found) != 1:
        raise ParseError("not exactly one amount of money", s)
    (money,) = found
    rest = _per_end(s, money.end)
    if s[: money.start].strip() or s[rest:].strip():
        raise ParseError("not exactly one amount of money", s)
    return money
