"""The number grammar every figure-reading parser shares.

Named regex fragments, composed by :mod:`mineralnews.percents`,
:mod:`mineralnews.money` and any later parser into bigger patterns, and
:func:`to_decimal`, which turns a matched figure and its magnitude into an
exact :class:`~decimal.Decimal`:

>>> to_decimal("1,281.55"), to_decimal("2.5", "B"), to_decimal("1 000")
(Decimal('1281.55'), Decimal('2500000000'), Decimal('1000'))

Every fragment is atomic or possessive, so a long run of digits, commas or
spaces is read once and never re-tried: the patterns built from them run in
time linear in the text.
"""

from __future__ import annotations

import functools
from decimal import Context, Decimal

import regex

from mineralnews.vocabulary.numbers import (
    COUNT_WORDS,
    MAGNITUDE_LETTERS,
    MAGNITUDE_WORDS,
    MAGNITUDES,
)

__all__ = [
    "COUNT",
    "FIGURE",
    "FIGURE_SPACED",
    "FIGURE_START",
    "MAGNITUDE",
    "MAGNITUDE_LETTER",
    "MAGNITUDE_SEPARATOR",
    "MAGNITUDE_WORD",
    "MINUS_SIGNS",
    "SIGN",
    "SPACE",
    "cached_decimal",
    "count_value",
    "fold",
    "lowered",
    "magnitude",
    "magnitude_power",
    "scale",
    "to_decimal",
]

# -- fragments -----------------------------------------------------------------

#: One space inside a figure or between a figure and its word: the ordinary
#: space, the non-breaking space and the thin spaces typesetters use.
SPACE = r"[ \u00a0\u2009\u202f]"

#: A figure starts on its own: not inside a word ("Q3", "CO2"), nor inside
#: another figure ("1.5" read from the "5"). Before any pattern that starts
#: with a digit, this also keeps ``finditer`` from re-trying every digit of
#: a long run.
FIGURE_START = r"(?<![\p{L}\p{N}_])(?<![0-9][.,])"

# Thousands grouped by commas: "1,343", "40,000,800". A group is exactly
# three digits, so "1,5" and "12,34" are not read as one figure.
_COMMA_GROUPS = r"[0-9]{1,3}+(?:,[0-9]{3}+(?![0-9]))++"

# Thousands grouped by commas or spaces: "1 000", "1\u00a0073".
_SPACED_GROUPS = rf"[0-9]{{1,3}}+(?:(?:,|{SPACE})[0-9]{{3}}+(?![0-9]))++"

_DECIMALS = r"(?:\.[0-9]++)?+"

#: A figure with comma thousands and decimals: "21.34", "1,500,000", ".5".
FIGURE = rf"(?>(?:{_COMMA_GROUPS}|[0-9]++){_DECIMALS}|\.[0-9]++)"

#: A figure whose thousands may also be grouped by spaces ("$1 000"): for
#: amounts of money, where a currency sign makes the grouping unambiguous.
FIGURE_SPACED = rf"(?>(?:{_SPACED_GROUPS}|[0-9]++){_DECIMALS}|\.[0-9]++)"

#: Signs read as a minus: the hyphen-minus and the Unicode minus.
MINUS_SIGNS = "-\u2212"

#: A sign before a figure or a currency sign. It counts only at the start of
#: a word: in "4.75%-5%", "3-5%" and "A$3-4" the hyphen joins a range, and a
#: dash set apart by a space ("up \u2013 3.3%") is punctuation.
SIGN = rf"(?<![^\s(\[{{\"'“‘:;=~≈])[{MINUS_SIGNS}+]"


def _alternation(words: list[str]) -> str:
    # Longest first, so "mln" is preferred to "m" and "billion" to "bn".
    return "|".join(regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


#: Between a figure and a spelled magnitude: nothing, one space or a hyphen
#: ("$10billion", "$10 billion", "$49-billion").
MAGNITUDE_SEPARATOR = rf"(?:{SPACE}|[-\u2010\u2011])?+"

#: A spelled magnitude, in any case, ending a word.
MAGNITUDE_WORD = rf"(?i:{_alternation(list(MAGNITUDE_WORDS))})(?![\p{{L}}\p{{N}}])"

#: A letter magnitude, as written, attached to its figure ("$2.5B", "C$50M").
MAGNITUDE_LETTER = rf"(?:{_alternation(list(MAGNITUDE_LETTERS))})(?![\p{{L}}\p{{N}}])"


#: A magnitude after a figure, spelled or lettered, uncaptured.
MAGNITUDE = rf"(?:{MAGNITUDE_SEPARATOR}{MAGNITUDE_WORD}|{MAGNITUDE_LETTER})"


def magnitude(name: str) -> str:
    """The magnitude after a figure, its word captured in group ``name``.

    >>> bool(regex.fullmatch("5" + magnitude("m"), "5-billion"))
    True
    """
    return rf"(?:{MAGNITUDE_SEPARATOR}(?P<{name}>{MAGNITUDE_WORD})|(?P<{name}>{MAGNITUDE_LETTER}))"


_TENS = [w for w, v in COUNT_WORDS.items() if v >= 20]
_UNITS = [w for w, v in COUNT_WORDS.items() if 1 <= v <= 9 and w != "a"]
_SIMPLE = [w for w, v in COUNT_WORDS.items() if v < 20 and w != "half a"]

#: A spelled-out count, read only where a magnitude follows ("five million",
#: "twenty-five billion", "half a billion").
COUNT = (
    rf"(?i:(?:{_alternation(_TENS)})(?:[-\u2010\u2011 ](?:{_alternation(_UNITS)}))?+"
    rf"|half\s++a|(?:{_alternation(_SIMPLE)}))(?![\p{{L}}\p{{N}}])"
)


# -- values --------------------------------------------------------------------


def fold(word: str) -> str:
    """``word`` as the tables are keyed: spaces collapsed, case folded.

    Patterns match words in any case by Unicode case folding, under which
    "ſ" is an "s" and "K" (the Kelvin sign) a "k"; looking a match up by
    :meth:`str.casefold` finds what lower-casing would miss.

    >>> fold("Canadian  Dollar\u017f")
    'canadian dollars'
    """
    return " ".join(word.split()).casefold()


# Characters outside ASCII that a case-insensitive pattern reads as ASCII
# letters: their case folding holds one ("\u017f" is an "s", "\ufb06" is
# "st", "\u212a" a "k", "\u0130" an "i"). These are all the characters
# whose str.casefold() holds an ASCII letter.
_FOLDS_TO_ASCII = (
    "\u00df\u0130\u0149\u017f\u01f0\u1e96\u1e97\u1e98\u1e99\u1e9a\u1e9e\u212a"
    "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"
)


@functools.lru_cache(maxsize=2)
def lowered(text: str) -> str | None:
    """``text`` lower-cased, where a case-insensitive pattern of ASCII words
    matches just where the lower-cased text holds them, at the same offsets;
    None where a character that folds to ASCII letters makes that untrue.

    A substring test on it is many times faster than a case-insensitive
    scan, so the parsers rule out most text with one before trying a
    pattern. Cached: the parsers look at the same text one after another.

    >>> lowered("Up 5 Per Cent"), lowered("5 \u017fhares") is None
    ('up 5 per cent', True)
    """
    if text.isascii():
        return text.lower()
    try:
        written = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return None if any(ch in text for ch in _FOLDS_TO_ASCII) else text.lower()
    # The characters beyond ASCII, in UTF-8 written with bytes beyond ASCII
    # alone: few, and looked at apart.
    beyond = written.translate(None, _ASCII_BYTES).decode("utf-8")
    if any(ch in beyond for ch in _FOLDS_TO_ASCII):
        return None
    if beyond.lower() != beyond:
        return text.lower()
    # Bytes lower only ASCII letters, many times faster than str.lower reads a
    # text with any character beyond ASCII: where those are their own lower
    # case, that is all str.lower changes.
    return written.lower().decode("utf-8")


_ASCII_BYTES = bytes(range(128))


# The characters of a figure that Decimal reads as they stand.
_PLAIN = "0123456789."
_NOT_DIGITS = str.maketrans("", "", ", \u00a0\u2009\u202f")


def _context(value: Decimal, power: int) -> Context:
    # Room for every digit written and every zero a magnitude adds, so that
    # no figure, however long, is ever rounded or overflows.
    digits = len(value.as_tuple().digits)
    return Context(prec=digits + abs(power) + 2, Emax=999_999_999, Emin=-999_999_999)


def scale(value: Decimal, power: int) -> Decimal:
    """``value`` times ten to ``power``, exact, written without an exponent.

    >>> scale(Decimal("2.5"), 9), scale(Decimal("84"), -2)
    (Decimal('2500000000'), Decimal('0.84'))
    """
    if power == 0:
        return value
    sign, digits, exponent = value.as_tuple()
    if isinstance(exponent, int) and exponent <= 0 and len(digits) < 10_000 and -99 < power < 99:
        # What the context below gives, written out: the same digits, the
        # point moved, zeros added where it moves past them. Within these
        # bounds nothing can round or overflow; built thus it costs a
        # fraction of a new context.
        exponent += power
        if exponent > 0:
            return Decimal((sign, digits + (0,) * exponent, 0))
        return Decimal((sign, digits, exponent))
    ctx = _context(value, power)
    scaled = value.scaleb(power, context=ctx)
    if scaled.as_tuple().exponent > 0:  # type: ignore[operator]
        scaled = scaled.quantize(Decimal(1), context=ctx)
    return scaled


@functools.lru_cache(maxsize=256)
def magnitude_power(magnitude: str) -> int:
    """The power of ten a magnitude word or letter stands for.

    Cached: few spellings, met again and again, each folded once.

    >>> magnitude_power("Million"), magnitude_power("M"), magnitude_power("bn")
    (6, 6, 9)
    """
    return MAGNITUDES[fold(magnitude)]


def to_decimal(figure: str, magnitude: str | None = None) -> Decimal:
    """The exact value of a figure matched by :data:`FIGURE` and its magnitude.

    ``figure`` may carry a leading minus (hyphen or Unicode); thousands
    separators are dropped and the digits written after the point are kept
    (``"0.80"`` stays ``0.80``).

    >>> to_decimal("34.6", "million")
    Decimal('34600000')
    >>> to_decimal("\u22123.4")
    Decimal('-3.4')
    """
    if not figure.strip(_PLAIN) and figure.strip(".") and figure.count(".") <= 1:
        # Digits and a point at most, the usual figure: read as it stands,
        # and a magnitude applied by moving the point in the text, which
        # gives the digits and exponent scale() gives, at a fraction of it.
        if not magnitude:
            return Decimal(figure)
        power = magnitude_power(magnitude)
        if 0 < power < 99 and len(figure) < 10_000:
            whole, _, decimals = figure.partition(".")
            if len(decimals) <= power:
                return Decimal(whole + decimals + "0" * (power - len(decimals)))
            return Decimal(f"{whole}{decimals[:power]}.{decimals[power:]}")
        return scale(Decimal(figure), power)
    text = figure.translate(_NOT_DIGITS)
    negative = text[:1] in MINUS_SIGNS and text[:1] != ""
    if negative or text[:1] == "+":
        text = text[1:]
    value = Decimal(text)
    if magnitude:
        value = scale(value, magnitude_power(magnitude))
    return value.copy_negate() if negative else value


#: :func:`to_decimal`, remembered: the same figures recur in an article, and
#: a Decimal, being immutable, may be shared.
cached_decimal = functools.lru_cache(maxsize=4096)(to_decimal)


def count_value(words: str) -> Decimal:
    """The value of a spelled count matched by :data:`COUNT`.

    >>> count_value("Twenty-five"), count_value("half a")
    (Decimal('25'), Decimal('0.5'))
    """
    parts = regex.split(r"[-\u2010\u2011\s]++", fold(words))
    if parts[:1] == ["half"]:
        return COUNT_WORDS["half a"]
    return sum((COUNT_WORDS[p] for p in parts), Decimal(0))
